import { describe, expect, it } from 'vitest';
import { assessAcuteDanger, normaliseText, type AcuteSignal } from '../../src/domain/acuteDanger.js';

/** The examples named in the requirements: these must all be right. */
const requiredAcute: Array<[string, AcuteSignal]> = [
  ['Mijn speler appte net een foto van de overweg met: sorry, dit was mijn laatste wedstrijd.', 'suicide'],
  ['Ze heeft zich vanavond weer in haar armen gesneden en zegt dat de pillen klaarliggen.', 'suicide'],
  ['Ze stuurde me een foto van diepe sneden in haar polsen en schreef dat het mes al klaar ligt.', 'suicide'],
  ['hij slaat haar nu', 'violence-now'],
  ['ze wordt nu geslagen', 'violence-now'],
  ['kind durft niet naar huis', 'afraid-to-go-home'],
  ['durft niet meer naar huis', 'afraid-to-go-home'],
  ['wil niet naar huis want papa slaat', 'afraid-to-go-home'],
  ['ik wil dood', 'suicide'],
  ['hij wil zelfmoord plegen', 'suicide'],
  ['ze heeft het over zichzelf iets aandoen', 'suicide'],
  ['suïcidaal', 'suicide'],
  ['suicidaal', 'suicide'],
  ['zelfmoordgedachten', 'suicide'],
  ['hij heeft een mes', 'weapon'],
  ['dreigt haar te vermoorden', 'violence-now'],
  ['ze is gevlucht', 'fleeing'],
  ['leerling vertelde me net dat vader haar misbruikt', 'disclosure'],
  ['er wordt nu gevochten thuis', 'violence-now'],
];

const requiredSafe = [
  'Bij de laatste overdracht werd er op de stoep geschreeuwd en geduwd, de dochter stond ernaast. Is dit iets voor Veilig Thuis?',
  'Ze vertelde een paar maanden terug dat haar vader haar moeder weleens duwt als hij gedronken heeft. Moet ik daar nu nog iets mee?',
  'Puur hypothetisch, voor ons protocol: stel dat een kind ooit zegt dat het vanavond thuis geslagen wordt, wat is dan de route?',
  // Self-harm without a time, means at hand or farewell, and a suspicion to weigh, are not acute.
  'Een leerling van 14 krast zichzelf al een tijdje, thuis lijkt het goed te gaan. Valt dit onder Veilig Thuis?',
  'Ik vermoed seksueel misbruik door de oom van een leerling. Moet ik hem daarmee confronteren?',
  'Stel dat een leerling mij ooit vertelt dat ze thuis geslagen wordt, wat zeg ik dan? Er is nu niks aan de hand, ik wil voorbereid zijn.',
  'Hij vertelde vandaag in de kring dat zijn vader vorig jaar zijn moeder een keer heeft geslagen. Vader woont al lang niet meer thuis.',
  'wat doe ik bij een signaal?',
  'Wat zijn signalen van verwaarlozing?',
  'Mag ik zonder toestemming melden?',
  'wat is acute onveiligheid?',
  'hoe werkt de kindcheck',
  'ik maak me zorgen over een leerling die vaak te laat komt',
  'wat moet ik doen als een kind iets vertelt?',
  'hoe bereik ik veilig thuis',
];

/** More realistic messages, written the way professionals type in Teams. */
const moreAcute = [
  'Help, de vader van een leerling staat op het schoolplein en slaat zijn zoon.',
  'Moeder belt me huilend op: haar ex slaat haar op dit moment.',
  'Een meisje uit groep 6 zegt dat ze niet naar huis durft omdat haar stiefvader dronken is.',
  'De leerling is bang om naar huis te gaan.',
  'jongen van 15 zegt dat hij niet meer wil leven',
  'Ze appte vannacht dat ze er een eind aan wil maken.',
  'Leerling heeft suicidegedachten en een plan, wat nu?',
  'Een leerling van mij praat steeds over zelfmoord.',
  'Vader dreigde gisteren met een mes in de keuken.',
  'Er ligt een pistool in huis volgens de oudste zoon.',
  'Moeder vertelde dat hij haar vorige week heeft gewurgd.',
  'Ze zegt dat oom aan haar kruis zit als ze daar logeert.',
  'Het meisje is door haar stiefvader verkracht.',
  'Een leerling biechtte vandaag op dat ze thuis wordt geslagen met een riem.',
  'Moeder is met de kinderen op de vlucht voor haar partner.',
  'De jongen is van huis weggelopen en slaapt in de auto van een vriend.',
  'mijn leerling durf nie naar huis, papa is heel boos',
  'Kind vertelt dat mama haar pijn doet.',
  'Vader heeft moeder gisteravond in elkaar geslagen, de kinderen waren erbij.',
  'Hij zei tegen haar: ik maak je dood.',
  'Er is sprake van acuut gevaar voor de baby.',
  'De moeder zit sinds vannacht met de kinderen in de vrouwenopvang.',
  'Een leerling deed vandaag een disclosure over thuis.',
  'Wat moet ik doen, een leerling vertelde net dat haar broer haar misbruikt.',
  'Ik word thuis geslagen en weet niet wat ik moet doen.',
];

const moreSafe = [
  'Hoe herken ik of een kind thuis geslagen wordt?',
  'Wat moet ik doen als een kind vertelt dat het thuis geslagen wordt?',
  'Hoe praat ik met een leerling over suïcide?',
  'Wat zijn signalen van seksueel misbruik bij jonge kinderen?',
  'Welke stappen heeft de meldcode?',
  'Wanneer moet ik Veilig Thuis bellen en wanneer de politie?',
  'Is 0800-2000 ook in het weekend bereikbaar?',
  'Ik wil graag advies over een gezin met veel ruzie.',
  'Het kind komt vaak zonder ontbijt en met vieze kleren naar school.',
  'Moeder heeft schulden en het gezin moet mogelijk verhuizen.',
  'Vader en moeder hebben vaak ruzie, volgens de leerling.',
  'Kunnen we de casus bespreken op de routeertafel van donderdag?',
  'Hoe vul ik het afwegingskader in?',
  'Het gezin is in 2016 uit Syrië gevlucht en woont nu in Heerlen.',
  'Het meisje slaapt slecht en is erg moe in de klas.',
  'De leerling liep boos weg uit de klas.',
  'Dat slaat nergens op, de ouders zijn heel betrokken.',
  'Maak je geen zorgen, ik bel morgen terug.',
  'Wie is de aandachtsfunctionaris op onze school?',
  'Wat is het verschil tussen een melding en een adviesvraag?',
  'De jongen vertelde dat hij graag voetbalt met zijn vader.',
  'Een leerling zegt dat haar buik pijn doet.',
  'De leerling zegt dat hij bang is voor de toets.',
  'Moet ik ouders informeren voordat ik meld?',
  'We hebben in de klas een les over veiligheid thuis gehad.',
  'Kan ik anoniem advies vragen?',
];

/**
 * Messages written in six rounds after the detector, without looking at its patterns. On first
 * look the detector caught 22 of their 88 acute messages (7-33% per round) and raised 4 false
 * alarms on 71 safe ones; the misses then led to new patterns. So these sentences are development
 * data now, and the figures below overstate recall on wording nobody has tried yet.
 */
const laterAcute = [
  'Mijn leerling kwam huilend binnen, haar moeder had haar met een riem geslagen',
  'Buurvrouw hoort geschreeuw en klappen, het kind gilt',
  'vader staat nu voor de school en is erg agressief',
  'De jongen heeft brandwonden op zijn armen die hij niet kan verklaren',
  'ze is zwanger van haar oom',
  'de leerling wil niet meer leven zegt ze',
  'leerling heeft een afscheidsbrief geschreven',
  'hij heeft pillen verzameld om een einde aan zijn leven te maken',
  'moeder belt: vader is dronken en slaat met deuren, de kinderen zitten boven',
  'Het meisje moet trouwen in het buitenland tijdens de zomer',
  'vader heeft gedreigd de kinderen mee te nemen naar Marokko',
  'Het kind is al drie dagen niet opgehaald en er is niemand thuis',
  'Een leerling kwam vanochtend met een dikke lip en zegt dat ze gevallen is, maar ik geloof het niet',
  'moeder appt dat haar man haar de keel heeft dichtgeknepen',
  'hij heeft haar opgesloten in de kelder',
  'de kinderen zijn sinds gisteren niet meer gezien, vader is met ze vertrokken',
  'zoon van 17 bedreigt zijn moeder met een schaar',
  'meisje zegt dat haar vriend naaktfoto\'s van haar rondstuurt en dat ze moet betalen',
  'De leerling zegt dat ze geen zin meer heeft in het leven',
  'een jongen uit groep 8 heeft geprobeerd zichzelf te verwurgen',
  'oma belt: ze hoort de baby al uren huilen en moeder doet niet open',
  'ik ben bang dat mijn man mij vanavond weer slaat',
  'hij gooit met stoelen en de kinderen zijn erbij',
  'papa heeft mama geduwd en ze bloedt',
  'Leerling vertelt dat stiefvader \'s nachts in haar bed komt',
  'ze wil weg bij haar man maar durft niet',
  'jongen slaapt al een week bij vrienden omdat hij thuis niet welkom is',
  'Een kind van 6 vertelde in de kring dat papa mama heel hard had geslagen met een stok',
  'ze zei dat ze vannacht bij de buren heeft geslapen omdat het thuis niet veilig was',
  'moeder zit met de kinderen in de auto en weet niet waar ze heen moet',
  'leerling heeft polsen bewerkt met een scheermesje en zegt dat ze niet meer wil',
  'een ouder kwam dronken het kind ophalen en wilde met de auto wegrijden',
  'vader houdt moeder en de kinderen vast in huis en laat niemand binnen',
  'ze heeft me laten zien dat hij berichten stuurt dat hij haar gaat doodmaken',
  'een jongen zegt dat zijn oom hem dwingt om dingen te doen die hij niet wil',
  'ik heb net een leerling gesproken die zegt dat haar moeder haar elke dag slaat',
  'het meisje wil niet dat ik het vertel maar ze wordt door haar broer aangeraakt',
  'Mijn collega zag dat vader het kind bij de poort aan de haren meesleurde',
  'moeder is net met een ambulance weggebracht na een ruzie',
  'kind heeft vanochtend niets gegeten en zegt dat er al dagen geen eten is',
  'ze zegt dat ze zichzelf wil doodmaken',
  'Een leerling uit groep 7 heeft striemen op zijn benen',
  'moeder zegt dat vader haar gisteren tegen de muur heeft gegooid',
  'Het meisje vertelde dat haar vader haar \'s avonds in de badkamer filmt',
  'vader heeft een alcoholprobleem en rijdt met de kinderen in de auto terwijl hij gedronken heeft',
  'Ze durft haar telefoon niet te laten zien omdat haar vriend haar controleert en bedreigt',
  'moeder is gisteren opgenomen na een overdosis, de kinderen zijn alleen thuis',
  'het kind zegt: papa heeft gezegd dat hij ons allemaal doodmaakt',
  'een vader staat voor de deur van de school te schreeuwen en wil zijn kind meenemen',
  'Leerling zegt dat hij thuis klappen krijgt als hij slechte cijfers haalt',
  'het meisje heeft een dikke buik en zegt dat een oom haar vriendje is',
  'moeder vertelt dat haar ex haar stalkt en vannacht voor de deur stond',
  'de jongen heeft een mes bij zich omdat hij bang is voor zijn stiefvader',
  'een meisje van 14 is sinds gisteren vermist',
  'hij heeft gezegd dat hij een einde aan alles wil maken',
  'de baby huilt continu en moeder zegt dat ze het kind uit het raam gaat gooien',
  'Moeder heeft me gebeld, haar vriend heeft haar telefoon afgepakt en laat haar de deur niet uit',
  'Een leerling vertelt dat hij thuis in de kast moet slapen als straf',
  'Ze zegt dat haar stiefvader foto\'s van haar maakt als ze zich omkleedt',
  'Het meisje van 12 heeft contact met een man van 30 die haar cadeaus geeft en wil afspreken',
  'vader zei tegen zijn zoon dat hij hem de volgende keer echt iets aandoet',
  'De jongen heeft een afscheidsbericht op Snapchat gezet',
  'Moeder ligt in het ziekenhuis omdat vader haar heeft mishandeld, de kinderen zijn bij hem',
  'mijn leerling heeft vorige week gezegd dat ze dood wil en nu is ze niet op school',
  'Een meisje zegt dat ze na de zomer in Marokko moet blijven en niet meer terugkomt',
  'ouders schreeuwen de hele tijd en vader heeft een gat in de deur geslagen',
  'Ze vertelde dat ze bij haar oom moet slapen en dat hij dan aan haar zit',
  'Het kind zei: als ik iets vertel maakt papa mama dood',
  'jongen zegt dat broer hem elke dag in elkaar slaat',
  'moeder kwam het kind halen en was zo onder invloed dat ze nauwelijks kon staan',
  'Een jongen van 10 vertelt dat zijn moeder hem met de riem slaat',
  'De leerling is vannacht door de politie uit huis gehaald',
  'moeder stuurt me een appje: help hij is weer los, ik zit met de kids in de badkamer',
  'Het meisje zegt dat haar vader haar kamer binnenkomt als ze slaapt en onder de dekens kruipt',
  'Een leerling zegt dat ze zich wil ophangen',
  'Stiefvader heeft gedreigd het huis in brand te steken',
  'Kind zegt dat hij al twee dagen niks te eten heeft gehad',
  'Mijn leerling stuurde een bericht dat ze pillen heeft genomen',
  'vader heeft de kinderen na het weekend niet teruggebracht en neemt zijn telefoon niet op',
  'Een meisje zegt dat een oudere jongen haar dwingt om met zijn vrienden naar bed te gaan',
  'moeder heeft een blauw oog en zegt dat ze tegen de kast is gelopen, de kinderen zijn stil',
  'Ik hoorde van de buurvrouw dat er gisteravond politie bij het gezin was vanwege geweld',
  'Leerling durft niet naar huis te gaan omdat zijn rapport slecht is en vader dan boos wordt',
  'het kind vertelt dat mama haar vastbindt aan bed',
  'Ze zegt dat ze het niet meer ziet zitten en dat niemand haar zal missen',
];

const laterSafe = [
  'De leerling heeft een mes getekend in zijn schrift tijdens de les over de middeleeuwen',
  'Moeder vertelde dat ze gaan verhuizen naar een andere stad',
  'Vader slaat nooit, maar hij schreeuwt wel vaak',
  'Het kind vertelde dat hij met zijn broer had gevochten om de playstation',
  'ik wil graag een melding doen, maar het is niet acuut',
  'Wat moet ik doen bij signalen van huiselijk geweld?',
  'Hoe lang bewaart Veilig Thuis gegevens?',
  'Het kind zei dat de kat dood is gegaan en was verdrietig',
  'We hebben vandaag een gesprek gehad met beide ouders over het verzuim',
  'Kunnen jullie meedenken over een leerling die vaak vecht op het schoolplein?',
  'Moeder heeft geen werk en weinig geld, maar de kinderen zien er verzorgd uit',
  'De jongen wil na school liever bij opa dan thuis spelen',
  'Ik maak me zorgen omdat het kind steeds stiller wordt',
  'Wat betekent structurele onveiligheid?',
  'Op het schoolplein werd vandaag gevochten door twee jongens uit groep 8',
  'Hoe vraag ik advies aan Veilig Thuis zonder namen te noemen?',
  'Ouders zijn gescheiden en hebben veel conflicten over de omgang',
  'De leerling is vaak afwezig op maandag',
  'We vermoeden verwaarlozing omdat het kind vaak vieze kleding draagt',
  'Moeder is bang dat de school haar kind afpakt',
  'Het kind is bang in het donker en slaapt slecht',
  'Vader heeft vorige maand zijn baan verloren',
  'De juf heeft gezien dat de jongen op het schoolplein een ander kind sloeg',
  'Het meisje vertelde trots dat ze bij oma mag logeren',
  'Een kind vertelde dat zijn hamster dood is',
  'Kan ik een melding intrekken?',
  'Moeder vertelde dat ze een nieuwe vriend heeft',
  'Wat doe ik als ouders boos worden na een melding?',
  'De leerling zegt dat hij thuis veel moet helpen met zijn broertjes',
  'Wat is een veiligheidsplan?',
  'Ik wil een adviesgesprek over een gezin waar ik me zorgen over maak',
  'Welke informatie heeft Veilig Thuis nodig bij een melding?',
  'Het kind vertelde enthousiast over de vakantie in Marokko',
  'De ouders zijn erg beschermend en willen niet dat hun dochter op schoolreis gaat',
  'Hoe ga ik het gesprek met ouders aan over het verzuim?',
  'Hij is gisteren gevallen met de fiets en heeft een schaafwond',
  'Moeder werkt \'s nachts en oma past dan op',
  'Wat gebeurt er na een melding bij Veilig Thuis?',
  'Het meisje heeft veel ruzie met vriendinnen op school',
  'De jongen speelt veel games waarin hij schiet',
  'Vader heeft vandaag gebeld om een afspraak te maken',
  'Kun je uitleggen wat de kindcheck inhoudt?',
  'Het kind is vaak moe omdat het laat naar bed gaat',
  'Ik heb gisteren een training over de meldcode gevolgd',
  'Moeder zegt dat het thuis goed gaat sinds de hulpverlening',
  'Wat is het verschil tussen Veilig Thuis en het wijkteam?',
  'Het kind heeft een vriendje in de klas dat hem soms plaagt',
  'Vader vertelde dat hij een nieuwe baan heeft gevonden',
  'Moeder wil graag opvoedondersteuning',
  'De leerling is gevallen tijdens de gymles en heeft een blauwe plek',
  'Hoe lang mag ik wachten met melden?',
  'Het kind kijkt veel filmpjes op zijn telefoon',
  'Er is thuis veel stress door geldzorgen',
  'Hij heeft zijn zwemdiploma gehaald en was trots',
  'De ouders hebben een nieuwe baby gekregen',
  'Mag een kind zelf Veilig Thuis bellen?',
  'De leerling wil later politieagent worden',
  'We hebben het gezin aangemeld bij het wijkteam',
  'Het kind mist zijn vader sinds de scheiding',
  'Ik ben aandachtsfunctionaris en wil sparren over een casus',
  'Wanneer is er sprake van acute onveiligheid?',
  'Wat doe ik bij een disclosure?',
  'Het gezin is in 2016 uit Syrië gevlucht en woont nu in Heerlen.',
  'Vader misbruikt alcohol maar is nooit agressief geweest.',
  'Hoe herken ik huwelijksdwang bij een leerling?',
  'Vader is niet agressief.',
  'Ik zie het niet meer zitten met deze casus.',
  'Wat doet de politie bij huiselijk geweld?',
];

describe('normaliseText', () => {
  it('lowercases, strips diacritics and collapses whitespace', () => {
    expect(normaliseText('  Suïcidaal   en\tZÓ  ')).toBe('suicidaal en zo');
  });
});

describe('assessAcuteDanger on the required examples', () => {
  it.each(requiredAcute)('flags "%s" as %s', (text, signal) => {
    const result = assessAcuteDanger(text);
    expect(result.acute).toBe(true);
    expect(result.signals).toContain(signal);
  });

  it.each(requiredSafe)('does not flag "%s"', (text) => {
    expect(assessAcuteDanger(text)).toEqual({ acute: false, signals: [] });
  });

  it('reads danger when someone stands at the door now, even after a past event in the same message', () => {
    const text = 'Haar ex staat nu met zijn auto voor haar huis, ondanks zijn contactverbod. Vorige maand heeft hij haar schuur in brand gestoken.';
    expect(assessAcuteDanger(text).acute).toBe(true);
  });

  it('reads "often hardly any food in the house" as neglect to weigh, and no food since yesterday as danger', () => {
    expect(assessAcuteDanger('Zijn zoon beheert het geld, en er is vaak bijna geen eten in huis.').acute).toBe(false);
    expect(assessAcuteDanger('De kinderen zijn sinds gisteren alleen, er is geen eten in huis.').acute).toBe(true);
  });

  it('names no suicide for drink or pills that nobody got ready', () => {
    const text = 'Vader kwam gisteren zijn dochter ophalen, rook sterk naar drank en reed met haar weg. Moeder slikt ook veel pillen.';
    expect(assessAcuteDanger(text).signals).not.toContain('suicide');
  });

  it('reports a disclosure of abuse as both disclosure and sexual abuse', () => {
    expect(assessAcuteDanger('leerling vertelde me net dat vader haar misbruikt').signals).toEqual([
      'sexual-abuse-now',
      'disclosure',
    ]);
  });

  it('treats a question about a generic child as knowledge, but not when it says "net"', () => {
    expect(assessAcuteDanger('Wat doe ik als een kind vertelt dat het misbruikt wordt?').acute).toBe(false);
    expect(assessAcuteDanger('Wat doe ik als een kind me net vertelt dat het misbruikt wordt?').acute).toBe(true);
  });
});

describe('assessAcuteDanger on the full sentence set', () => {
  const positives = [...requiredAcute.map(([text]) => text), ...moreAcute, ...laterAcute];
  const negatives = [...requiredSafe, ...moreSafe, ...laterSafe];
  const missed = positives.filter((text) => !assessAcuteDanger(text).acute);
  const falseAlarms = negatives.filter((text) => assessAcuteDanger(text).acute);
  const truePositives = positives.length - missed.length;
  const recall = truePositives / positives.length;
  const precision = truePositives / (truePositives + falseAlarms.length);
  console.log(
    [
      `acute danger: ${positives.length} acute, ${negatives.length} safe sentences`,
      `  precision ${(precision * 100).toFixed(1)}%  recall ${(recall * 100).toFixed(1)}%`,
      ...missed.map((t) => `  missed: ${t}`),
      ...falseAlarms.map((t) => `  false alarm: ${t} -> ${assessAcuteDanger(t).signals.join(', ')}`),
    ].join('\n'),
  );

  it('has at least 30 acute and 30 safe sentences', () => {
    expect(positives.length).toBeGreaterThanOrEqual(30);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
  });

  it('reaches at least 95% recall and 90% precision', () => {
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('assessAcuteDanger on situations read from their parts', () => {
  it.each([
    ['een moeder fluistert aan de balie dat ze niets mag zeggen, haar man staat buiten te wachten', 'perpetrator-near'],
    ['haar ex komt morgen vrij en hij staat dan meteen voor de deur, dat weet ze zeker', 'perpetrator-near'],
    ['de zoon heeft de pufjes van zijn moeder weggegooid en ze is benauwd', 'locked-deprived'],
    ['hij zegt: als ik thuiskom ben ik er geweest', 'tonight'],
    ['ze heeft al haar spullen weggegeven en praat over het viaduct', 'suicide'],
  ] as Array<[string, AcuteSignal]>)('reads "%s" as %s', (sentence, signal) => {
    expect(assessAcuteDanger(sentence).signals).toContain(signal);
  });

  it.each([
    'wat betekent huwelijksdwang volgens de wet en waar vind ik de definitie',
    'is stalking eigenlijk strafbaar in nederland?',
    'mijn neefje speelt een game waarin je mensen neerschiet, is daar voorlichting over?',
    'voor de e-learning moet ik een verzonnen casus over een wapen in huis maken',
    'ik maak hem af als hij nog één keer mijn lunch pakt haha',
    'twee maanden geleden sneed ze zich per ongeluk bij het koken, alles is goed genezen',
    'stel dat een kind ooit zegt dat het bang is voor papa, wat doe ik dan? nu is er niks aan de hand',
  ])('does not read "%s" as acute', (sentence) => {
    expect(assessAcuteDanger(sentence).acute).toBe(false);
  });
});

describe('assessAcuteDanger when the model sets a rule aside', () => {
  it.each([
    'Voor de teamtraining zoek ik een casus over wurging in relaties, heeft iemand materiaal?',
    'voor de ouderavond wil ik iets vertellen over meisjesbesnijdenis, wie kan ik uitnodigen?',
  ])('reads "%s" as calm: no sentence says when, and the model is all but sure', (sentence) => {
    expect(assessAcuteDanger(sentence).acute).toBe(false);
  });

  it.each([
    ['Ze wordt gewurgd, nu, in de gang', 'strangulation'],
    ['hij heeft een mes en dreigt haar te steken', 'weapon'],
    ['vader dreigt haar mee te nemen naar het buitenland om haar te laten besnijden', 'departure'],
    ['hij heeft pillen verzameld om een einde aan zijn leven te maken', 'suicide'],
  ] as Array<[string, AcuteSignal]>)('keeps "%s" as %s', (sentence, signal) => {
    expect(assessAcuteDanger(sentence).signals).toContain(signal);
  });
});

describe('assessAcuteDanger on the misses of sets AL and AN', () => {
  it('keeps a gun shown with a threat, however calm the model reads the rest', () => {
    const message = "Een cliënt stuurt een foto van een geweer op tafel met de tekst 'als jullie mijn kinderen afpakken, dan zie je wel wat er gebeurt'. Het gesprek is om 14u.";
    expect(assessAcuteDanger(message).signals).toEqual(expect.arrayContaining(['weapon', 'threat']));
  });

  it('names suicide for fresh cuts on a leg and a plan to go deeper tonight, so 113 is shown', () => {
    const message = "Een meisje heeft een scheermesje verstopt en zegt dat ze vannacht 'dieper gaat dan ooit'. Ze heeft al verse sneden op haar bovenbeen.";
    expect(assessAcuteDanger(message).signals).toContain('suicide');
  });

  it('reads a threat in a case closed years ago as past', () => {
    expect(assessAcuteDanger('Een zaak uit 2019 waarin vader dreigde moeder te vermoorden is al jaren afgesloten. Hoe lang bewaar ik het dossier?').acute).toBe(false);
  });

  it('reads hitting told as a habit as violence to weigh, not violence going on now', () => {
    expect(assessAcuteDanger('papa slaat mama soms').acute).toBe(false);
    expect(assessAcuteDanger("een leerling zei vandaag 'papa slaat mama soms', wat moet ik nu doen?").signals).not.toContain('violence-now');
    expect(assessAcuteDanger('hij slaat haar vaak en nu staat hij voor de deur').acute).toBe(true);
  });

  it('reads neglect that has gone on for weeks, or food told as a comparison, as neglect to weigh', () => {
    expect(assessAcuteDanger('leerling komt al twee weken zonder eten naar school en ruikt naar urine. is dat genoeg om iets mee te doen?').acute).toBe(false);
    expect(assessAcuteDanger('Een peuter eet bij ons alsof hij uitgehongerd is en zit al weken in dezelfde kleren.').acute).toBe(false);
    expect(assessAcuteDanger('Hij heeft al dagen niks gegeten en zit al weken in dezelfde kleren.').acute).toBe(true);
  });

  it('reads a fear denied ("niet bang dat hij haar iets aandoet") as no threat (set AR)', () => {
    expect(assessAcuteDanger('Ze is niet bang dat hij haar echt iets aandoet, zegt ze, maar ze slaapt slecht.').acute).toBe(false);
    expect(assessAcuteDanger('Ze is bang dat hij haar iets aandoet als ze thuiskomt.').acute).toBe(true);
  });

  it('does not read the day a child told something as the evening harm is expected', () => {
    expect(assessAcuteDanger("een leerling zei vandaag 'papa slaat mama soms'").signals).not.toContain('tonight');
    expect(assessAcuteDanger('een leerling zei vandaag dat papa haar vanavond weer gaat slaan').signals).toContain('tonight');
    expect(assessAcuteDanger('Een moeder heeft me vandaag in vertrouwen verteld dat haar man haar slaat als er een aanmaning komt.').signals).not.toContain('tonight');
  });
});

describe('assessAcuteDanger on the misses of sets AO and AS', () => {
  it('keeps an injured woman whose husband waits in the hall, though her "verhaal" of a fall is named', () => {
    const message = "Op de spoedpost een vrouw met een gescheurde lip; haar verhaal 'tegen de kast gelopen' past niet. Ze zei zacht dat hij het was. Hij zit nu in de gang op haar te wachten.";
    expect(assessAcuteDanger(message).acute).toBe(true);
  });

  it('still reads a story written for class as fiction', () => {
    expect(assessAcuteDanger('Een leerling schreef voor Nederlands een verhaal over een vader die zijn zoon bedreigt met een mes.').acute).toBe(false);
  });

  it('names suicide for pills to be swallowed tonight, so 113 is shown', () => {
    const message = 'Een jongen vertelde me dat hij vanavond alle slaappillen van zijn oma gaat slikken. Hij heeft ze in zijn jaszak.';
    expect(assessAcuteDanger(message).signals).toContain('suicide');
  });

  it('names suicide for burns with a lighter that are meant to go deeper', () => {
    const message = 'Een meisje liet foto\'s zien van haar arm, vol plekken van een aansteker. Ze schreef erbij dat het de volgende keer dieper moet.';
    expect(assessAcuteDanger(message).signals).toContain('suicide');
  });

  it('names suicide when someone says he will follow the ones he harms (set AW)', () => {
    expect(assessAcuteDanger('Een vader zei bij de overdracht: als zij de kinderen krijgt, doe ik ze iets aan en ga ik er zelf ook achteraan.').signals).toContain('suicide');
  });

  it('names suicide for fresh cuts on the forearms and a plan to do it again tonight (set BB)', () => {
    expect(assessAcuteDanger('Een meisje van de zwemclub had verse sneden op haar onderarmen en zei dat ze het vanavond weer doet.').signals).toContain('suicide');
  });

  it('does not read the day an explained injury was seen, or self-harm was seen, as a time of danger (set BB)', () => {
    expect(assessAcuteDanger('Een jongen kwam vanochtend met een gekneusde knie binnen; hij was gisteren bij basketbal gevallen, zeggen coach en vader.').acute).toBe(false);
    expect(assessAcuteDanger('Een leerling had vandaag haar mouwen omhoog en ik zag oude en nieuwe krasjes op haar onderarm. Ze zegt dat het haar rustig maakt.').signals).not.toContain('suicide');
  });

  it('does not read a key hidden, or a door locked at night on a therapist\'s advice against wandering, as danger (set AY)', () => {
    expect(assessAcuteDanger('Vader draait \'s avonds de deur op slot en verstopt de sleutel, op advies van de huisarts, omdat oma anders gaat dwalen.').acute).toBe(false);
    expect(assessAcuteDanger('Een kleuter vertelde dat hij zich onder het bed verstopt als papa mama slaat.').acute).toBe(true);
  });

  it('reads epilepsy medicines hidden by a partner, who keeps her indoors, as deprived and locked in', () => {
    expect(assessAcuteDanger('Haar vriend verstopt haar epilepsiemedicijnen en laat haar het huis niet uit.').signals).toContain('locked-deprived');
  });

  it('does not read mourning a suicide in class as danger, and still reads a trip without a return as a departure (set AX)', () => {
    expect(assessAcuteDanger('Na de zelfmoord van een klasgenoot is een meisje van 14 erg stil. Ze heeft zelf geen doodsgedachten, zegt ze. Waar vind ik rouwbegeleiding?').acute).toBe(false);
    expect(assessAcuteDanger('Ze gaat deze zomer naar familie in het buitenland en de terugreis is nog niet geboekt.').signals).toContain('departure');
  });

  it('sets aside a colleague\'s fear that the asker finds no sign of', () => {
    expect(assessAcuteDanger("Een collega begon meteen over 'achterlating', maar er is geen enkele aanwijzing: het gezin gaat twee weken op vakantie naar Spanje.").acute).toBe(false);
  });

  it('does not read a weekday gone by as the coming one', () => {
    expect(assessAcuteDanger('Hij kwam dinsdag met een gekneusde enkel op school; hij was zondag bij het voetballen gevallen, zegt de trainer.').acute).toBe(false);
    expect(assessAcuteDanger('Ze is bang dat haar vader haar zaterdag weer gaat slaan als ze bij hem is.').acute).toBe(true);
  });
});

describe('assessAcuteDanger on what the asker asks', () => {
  it('does not count the "nu" of "wat nu?" as something happening now, when only the model reads danger', () => {
    expect(assessAcuteDanger('Een meisje uit mijn klas komt al een paar weken zonder ontbijt en met honger op school, vader neemt niet op. Wat nu?').acute).toBe(false);
  });

  it('reads a trip this summer for "een groot feest voor haar", told by a girl, as a departure', () => {
    expect(assessAcuteDanger('Een meisje uit groep 5 gaat in de zomervakantie naar Egypte, voor een groot feest voor haar, zegt ze.').signals).toContain('departure');
  });

  it('reads someone shut in at home, without her medicines, as locked in', () => {
    expect(assessAcuteDanger('Een oudere vrouw roept door het raam dat haar zoon haar sinds vanochtend heeft binnengesloten, zonder haar medicijnen.').signals).toContain('locked-deprived');
  });
});

describe('assessAcuteDanger on harmless settings of alarming words (set Q round)', () => {
  it.each([
    'Op het schoolfeest riep de meester dat hij de hele klas zou opsluiten als ze niet opruimden, waarop iedereen in de lach schoot.',
    'Ouders vragen of hun zoontje na zijn eerste verjaardag besneden mag worden in het ziekenhuis, valt dat onder de wet?',
    'Hoe vaak worden vrouwen vandaag de dag nog opgesloten door hun partner, zijn daar cijfers van?',
    'niemand zal de vergadering van morgen missen',
    'Een leerling heeft steeds pillen bij zich, hij zegt dat het iets tegen de stress is.',
  ])('reads "%s" as calm', (sentence) => {
    expect(assessAcuteDanger(sentence).acute).toBe(false);
  });

  it.each([
    ['Een meisje en haar broertje gaan deze zomer naar Somalië en worden daar besneden, zegt ze.', 'departure'],
    ['Ze lachte erbij, maar ze zei dat haar vriend haar vanavond afmaakt.', 'violence-now'],
    ['Vandaag vertelde ze dat haar vader haar opsluit in de kelder.', 'locked-deprived'],
    ['niemand zal me missen', 'suicide'],
    ['Ze appte dat ze het gaat doen en dat niemand haar thuis zal missen.', 'suicide'],
  ] as Array<[string, AcuteSignal]>)('keeps "%s" as %s', (sentence, signal) => {
    expect(assessAcuteDanger(sentence).signals).toContain(signal);
  });

  it('does not place last year\'s knife in the present because another sentence says "vandaag"', () => {
    const story =
      'Ik heb een leerling die sinds de kerst heel stil is. Vandaag in de kring zei hij dat papa en mama weer ruzie hadden. ' +
      'Vorig jaar heeft hij ook een keer verteld dat zijn vader tijdens een ruzie met een mes in de keuken stond te zwaaien. Moet ik hier iets mee?';
    expect(assessAcuteDanger(story).acute).toBe(false);
    expect(assessAcuteDanger('Vandaag vertelde hij dat zijn vader met een mes in de keuken stond te zwaaien.').acute).toBe(true);
  });
});


describe('assessAcuteDanger on deaths mourned, threats not meant and tools (sets BC, BD, BH)', () => {
  it.each([
    'Haar oom heeft in de zomer een einde aan zijn leven gemaakt. Ze is sinds deze week weer op school. Hoe vangen we haar op?',
    'Een jongen uit groep 7 verloor zijn moeder door zelfdoding. Hij heeft veel steun thuis. Welke boekjes over rouw zijn goed?',
    'Een bewoner met alzheimer roept soms "ik sla je dood" naar de verzorging, maar hij kan nauwelijks lopen en meent het niet, zegt de arts. Is dat ouderenmishandeling?',
    'Een deelnemer van de dagbesteding heeft een zakmes van zijn opa, hij gebruikt het bij het houtsnijden. Nooit iets mee gebeurd. Moeten we hier beleid op maken?',
    'Ze vertelt dat haar vriend haar telefoon checkt en haar pinpas heeft, maar hij slaat haar niet zegt ze. Valt dit onder huiselijk geweld?',
    'In ons verpleeghuis willen we de deur van de afdeling s nachts op slot doen voor bewoners die gaan dwalen. Wie beslist dat volgens de Wzd?',
  ])('reads "%s" as calm', (sentence) => {
    expect(assessAcuteDanger(sentence).acute).toBe(false);
  });

  it.each([
    'Ze stuurde net een foto van een scheermesje en schreef dat ze vannacht dieper gaat. Ze heeft eerder gesneden.',
    'Hij zei dat hij het niet meer trekt en dat het jachtgeweer in de kast ligt voor als het zover is.',
  ])('shows 113 for "%s"', (sentence) => {
    expect(assessAcuteDanger(sentence).signals).toContain('suicide');
  });

  it('still raises the alarm when the one who lost someone speaks of their own death', () => {
    expect(assessAcuteDanger('Haar vader heeft vorig jaar zelfmoord gepleegd en nu zegt ze dat ze dood wil, vanavond nog.').signals).toContain('suicide');
  });

  it('still raises the alarm on a hunting knife turned on someone', () => {
    expect(assessAcuteDanger('Hij heeft een jachtmes van het vissen en dreigde er gisteren mee naar zijn vrouw.').acute).toBe(true);
  });

  it('does not place a pregnancy of five months, or what the asker does now, in the present', () => {
    const story = 'Een meid van 18 die nu 5 maanden zwanger is kwam vorige week met een dikke lip; later zei ze dat hij haar had geduwd. Ik twijfel of wat ik nu doe genoeg is.';
    expect(assessAcuteDanger(story).urgency).not.toBe('now');
  });
});

describe('assessAcuteDanger on finishing school and saying nothing at home (sets BK and BL)', () => {
  it('reads finishing her havo as no threat to kill', () => {
    expect(assessAcuteDanger('Ze zei dat ze graag haar vwo wil afmaken en arts wil worden. Ze was er wat verdrietig over.').signals).not.toContain('threat');
  });

  it('reads "durft thuis niks te zeggen" as no food withheld', () => {
    expect(assessAcuteDanger('Ze gaat zaterdag naar Marokko en wordt daar uitgehuwelijkt, ze durft thuis niks te zeggen.').signals).not.toContain('locked-deprived');
  });

  it('still reads a threat to finish someone off', () => {
    expect(assessAcuteDanger('Hij schreeuwde dat hij haar gaat afmaken als ze hem verlaat.').acute).toBe(true);
  });
});

describe('assessAcuteDanger on childhood long ago and a ritual named in a child\'s words (set BM)', () => {
  it('reads beatings in a client\'s childhood in the sixties as history, even when he told it yesterday', () => {
    expect(assessAcuteDanger('Mijn cliënt vertelde me gisteren dat hij als kind in de jaren 50 thuis met de riem werd geslagen. Hoe ga ik daarmee om?').acute).toBe(false);
  });

  it('reads a girl flying out tomorrow to become "een echt meisje" as a departure for genital cutting', () => {
    expect(assessAcuteDanger('Een meisje van 6 vertelde dat ze morgen met oma naar Somalië vliegt en dat ze daarna een echt meisje is.').signals).toContain('departure');
  });
});


describe('assessAcuteDanger on play "net als" a game (set BP)', () => {
  it('reads a boy who plays at shooting everyone, "net als" in his brother\'s game, with nothing going on at home, as calm', () => {
    expect(assessAcuteDanger('Een jongen van 6 speelt steeds dat hij met een geweer iedereen neerschiet, net als in een game van zijn broer. Thuis is niks aan de hand, denk ik. Is dit normaal?').acute).toBe(false);
  });

  it('still reads a flight "morgenvroeg" as now when a sister fell ill after such a trip last year', () => {
    expect(assessAcuteDanger('Een meisje van 8 vliegt morgenvroeg naar het land van haar oma voor een feest waar het pijn doet. Haar zus was vorig jaar na zo\'n reis wekenlang ziek.').acute).toBe(true);
  });
});

describe('assessAcuteDanger on a pregnancy and a knife shown by a partner (set BQ)', () => {
  it('reads a knife her partner showed her as a threat, not as self-harm, and a pregnancy of 29 weeks as no baby', () => {
    const signals = assessAcuteDanger('Een zwangere van 30 weken vertelde dat haar vriend haar gisteren tegen de kast duwde en haar een mes heeft laten zien. Ze moet vanavond weer naar huis.').signals;
    expect(signals).not.toContain('suicide');
    expect(signals).not.toContain('infant');
    expect(signals.length).toBeGreaterThan(0);
  });

  it('still reads pills she showed as means got ready', () => {
    expect(assessAcuteDanger('Ze heeft me de pillen laten zien die ze heeft gespaard.').signals).toContain('suicide');
  });
});

describe('assessAcuteDanger on how close a departure is, accidents seen and questions on writing (sets BS, BV, BW)', () => {
  it('reads a forced-marriage departure "in de zomervakantie, over drie maanden" as possible danger and "zaterdag" as now', () => {
    expect(assessAcuteDanger('Ze vertelde me vandaag dat ze in de zomervakantie naar familie gaat en daar moet trouwen met een neef. De vakantie begint pas over drie maanden.').urgency).toBe('possible');
    expect(assessAcuteDanger('Ze vertelde me vandaag dat ze zaterdag naar familie vliegt en daar moet trouwen met een neef.').urgency).toBe('now');
    expect(assessAcuteDanger('Over negen dagen vertrekken ze naar het land van oma, waar haar zusje besneden wordt.').urgency).toBe('now');
  });

  it.each([
    'Een kleuter viel vanmiddag van de glijbaan en heeft een bult op zijn hoofd. Ik stond er zelf naast en heb de ouders gebeld. Moet dit in ons ongevallenregister?',
    'Een bewoner is vannacht uit bed gevallen en heeft een blauw oog; de nachtdienst heeft het gezien en het staat in het MIC-formulier. Hoe leg ik de familie uit dat dit geen melding is?',
    'hoe formuleer ik in een verslag feitelijk dat een vader dronken leek bij het ophalen?',
  ])('reads "%s" as calm', (text) => {
    expect(assessAcuteDanger(text).acute).toBe(false);
  });

  it('still raises the alarm on an accident that the asker doubts', () => {
    expect(assessAcuteDanger('Moeder zegt dat hij per ongeluk tegen de kachel viel, maar ik geloof het niet: hij heeft brandwonden op zijn rug en vader haalt hem zo op.').acute).toBe(true);
  });

  it.each([
    'Mijn cliënt appte net dat ze alle pillen van haar moeder bij elkaar heeft gezocht en het vannacht doet.',
    'Een mevrouw van 81 heeft haar slaaptabletten al weken gespaard en zegt dat ze er klaar mee is.',
  ])('shows 113 for "%s"', (text) => {
    expect(assessAcuteDanger(text).signals).toContain('suicide');
  });
});

describe('assessAcuteDanger on an accident two colleagues saw (set BY)', () => {
  it('reads a toddler who fell off the climbing frame while two colleagues saw it, in the incident form, as calm', () => {
    expect(assessAcuteDanger('Een peuter viel vanochtend van de glijbaan en heeft een bult. Twee collega\'s zagen het gebeuren en het staat in het incidentformulier. Moet dit nog ergens anders heen?').acute).toBe(false);
  });

  it('keeps a man with a knife acute when the officer only asks whether Veilig Thuis can be called afterwards', () => {
    const a = assessAcuteDanger('man loopt met een groot keukenmes door de gang te schreeuwen, vrouw zit met de kinderen in de badkamer opgesloten. moet ik VT nu al bellen of kan dat achteraf?');
    expect(a).toMatchObject({ acute: true, urgency: 'now' });
  });

  it('reads knives in a cooking club, judo techniques and leave for a cheaper flight as calm', () => {
    expect(assessAcuteDanger('wij starten op de bso een kookclub. mogen ze zelf groente snijden met een echt mes of alleen met kindermesjes?').acute).toBe(false);
    expect(assessAcuteDanger('Een ouder vroeg of wurg- en klemtechnieken bij het judo al bij de jeugd onder 12 geoefend worden.').acute).toBe(false);
    expect(assessAcuteDanger('ouders willen in de kerstvakantie naar curacao vliegen, de tickets zijn goedkoper als ze eerder vertrekken. ze vragen extra verlof aan. wie beslist dat?').acute).toBe(false);
  });

  it('does not read doors slammed at night, lying in bed at eleven, a slap seen this afternoon or a call this morning as danger now', () => {
    expect(assessAcuteDanger("We krijgen al een tijdje klachten van buren over geschreeuw en deuren slaan 's nachts.").acute).toBe(false);
    expect(assessAcuteDanger('Bij het huisbezoek vandaag lag ze om 11 uur nog in bed in een doorweekt incontinentiebroekje.').acute).toBe(false);
    expect(assessAcuteDanger('ik zag vanmiddag in de gang een moeder haar dochtertje een paar keer hard met een slipper op de benen slaan.').urgency).not.toBe('now');
    expect(assessAcuteDanger("een dochter belde vanochtend en ik hoorde hoe ze tegen haar moeder tekeer ging, echt schreeuwen 'hou je kop nou eens'.").urgency).not.toBe('now');
    expect(assessAcuteDanger('Lotte (7) van de bso wil elke vrijdag niet opgehaald worden, vrijdag is papa-weekend.').acute).toBe(false);
  });

  it("shows 113 for deep cuts bleeding now and for burns with 'vandaag doe ik het goed'", () => {
    expect(assessAcuteDanger('student zit op de wc met diepe sneeen in onderarm, bloed loopt door de mouw heen. wil niet dat ik iemand bel.').signals).toContain('suicide');
    expect(assessAcuteDanger("client heeft zich over hele onderarm met peuken gebrand en zegt dat het 'niet genoeg was, vandaag doe ik het goed'. heeft scheermesjes in zn jas").signals).toContain('suicide');
  });

  it("reads a colleague who flies tonight to her own wedding as calm", () => {
    expect(assessAcuteDanger('collega van ons team vliegt vanavond naar curacao voor haar eigen huwelijk (yay) en is 3 wk weg. hoe regel ik een warme overdracht?').acute).toBe(false);
  });

  it('keeps a toddler with bruises behind the ears possible danger (numbers on top) and a shaken or silent toddler now', () => {
    expect(assessAcuteDanger('peuter van 2 op het spreekuur met blauwe plekjes achter beide oren, moeder zegt van de glijbaan gevallen.').urgency).toBe('possible');
    expect(assessAcuteDanger('peuter van 2 is door elkaar geschud en reageert nauwelijks.').urgency).toBe('now');
  });

  it('does not read post that should not be sent home, or a client called psychotic, as danger now', () => {
    expect(assessAcuteDanger("bij het laatste gesprek vroeg ze of ik de post niet meer naar huis wil sturen, en ze zei 'hij wordt dan zo boos'.").acute).toBe(false);
    expect(assessAcuteDanger("cliënt van 35, psychotisch, woont sinds kort weer bij zijn moeder. moeder deed open met haar arm in een mitella en zei 'ik ben gevallen hoor'.").urgency).not.toBe('now');
  });

  it('reads a suicide mourned, an attempt years ago now stable, grief with suicidal thoughts denied, a report of a confirmed bruise and a made-up case as calm', () => {
    expect(assessAcuteDanger('Een cliënt vertelde me vandaag dat zijn vader vorig jaar door zelfmoord is overleden en dat hij er nu over kan praten. Het gaat echt beter met hem. Ken je boeken over rouw na suïcide?').acute).toBe(false);
    expect(assessAcuteDanger('We hadden vanochtend een casusbespreking over een cliënt die in 2018 een zelfmoordpoging deed en nu al jaren stabiel is en is uitgeschreven. Wat moet ik weghalen zodat hij niet herleidbaar is?').acute).toBe(false);
    expect(assessAcuteDanger('Ruud (45) was vanochtend op het spreekuur, hij zit in de rouw na de dood van zijn vrouw. Geen suïcidale gedachten, wel slecht slapen. Weet je een rouwgroep?').signals).not.toContain('suicide');
    expect(assessAcuteDanger('mevrouw heeft een blauwe plek op haar onderarm, vanochtend gezien. Ze heeft zich gisteren gestoten, de huisarts zegt dat het klopt. Hoe rapporteer ik dit feitelijk in het zorgdossier?').acute).toBe(false);
    expect(assessAcuteDanger('Ik wil vanavond in het werkcollege een rollenspel doen over een ouder die een kind opsluit als straf, een fictieve casus. Heb je een casusje?').acute).toBe(false);
    expect(assessAcuteDanger('zwangere vertelde vanochtend blij dat ze in juni gaan trouwen en daarna op huwelijksreis gaan, vliegen rond 30 weken. hoe vragen jullie naar huiselijk geweld bij de intake?').acute).toBe(false);
  });

  it('shows 113 for a gas tap tried once "de volgende keer lukt het wel", and for a watch and ring given away "na vanavond niet meer nodig"', () => {
    expect(assessAcuteDanger("een klant zei net dat ze 'de gaskraan al een keer geprobeerd heeft, de volgende keer lukt het wel'. Ze is net weggelopen naar haar flat.").signals).toContain('suicide');
    expect(assessAcuteDanger("Meneer gaf me vanochtend zijn horloge en trouwring 'voor mijn kleinzoon, na vanavond heb ik ze niet meer nodig'. Op tafel ligt een volle doos oxazepam. Hij was heel rustig.").signals).toContain('suicide');
  });

  it('keeps a father banging on the bso door now acute, though the ban on picking up was told last month', () => {
    const a = assessAcuteDanger("ik sta op de bso, het is bijna kwart over zes. de vader staat buiten voor de glazen deur, moeder heeft ons vorige maand gezegd dat hij hem niet meer mag ophalen. hij is heel boos, bonkt op de deur en roept dat hij 'het anders zelf wel regelt'. wat moet ik doen?");
    expect(a).toMatchObject({ acute: true, urgency: 'now' });
  });

  it('reads a bruise from the climbing frame with grandma there, a relative\'s wedding abroad and a door locked under the Wzd as calm', () => {
    expect(assessAcuteDanger('Lotte (3) had vanochtend een blauwe plek op haar scheen. Moeder vertelde bij het brengen dat ze gisteren van het klimrek in de speeltuin is gevallen, oma was erbij. Moet ik dit vastleggen?').acute).toBe(false);
    expect(assessAcuteDanger('ouders van Jayden gaan in de meivakantie vliegen naar Turkije voor de bruiloft van een neef en vragen 2 extra vrije dagen aan. moet dat via de directeur of leerplicht?').acute).toBe(false);
    expect(assessAcuteDanger("Op onze pg-afdeling gaat de buitendeur 's avonds op slot volgens het zorgplan onder de Wzd. Een dochter vroeg boos of we haar vader nu 'opsluiten'.").acute).toBe(false);
  });

  it('still reads a girl who found out the wedding abroad is her own as forced marriage, and shows 113 for a whole box of pills swallowed', () => {
    expect(assessAcuteDanger("Meisje van 17 zegt dat ze over 2 weken naar Pakistan gaat 'voor een bruiloft' maar het is haar eigen bruiloft. Ze wil niet, haar paspoort ligt bij haar vader.").signals).toContain('departure');
    expect(assessAcuteDanger('een leerling heeft in de grote pauze een hele doos paracetamol geslikt, is nu een uur geleden. ze zit op de wc en is erg suf.').signals).toContain('suicide');
  });

  it("reads a toddler's bump from the slide that two colleagues saw, and a cousin's wedding with cheaper tickets, as calm", () => {
    expect(assessAcuteDanger("Lotte (2) is gisteren van de glijbaan gegleden en met haar voorhoofd tegen de rand gekomen, nu een flinke blauwe plek. Twee collega's hebben het gezien en moeder was er rustig over. Moet dit in een ongevallenregistratie?").acute).toBe(false);
    expect(assessAcuteDanger('ouders vragen 3 dagen extra verlof, ze vliegen naar Turkije voor het huwelijk van een neef en de tickets waren goedkoper. valt een bruiloft onder gewichtige omstandigheden?').acute).toBe(false);
  });

  it('does not read a husband who keeps his wife\'s passport as a departure abroad', () => {
    expect(assessAcuteDanger("Een vrouw vertelde dat haar man haar paspoort 'bewaart' en dat ze niet alleen naar buiten mag.").signals).not.toContain('departure');
  });

  it('reads a child bolted in a room since yesterday as acute, and kickboxing pads or a first-aid lesson on a shaken baby as calm', () => {
    expect(assessAcuteDanger("Bij een huisbezoek hoorde ik achter een kamerdeur een kind kloppen. Aan de buitenkant zat een grendel dicht. Moeder zei dat hij 'straf heeft sinds gisteren'. Het kind klonk zwak.").acute).toBe(true);
    expect(assessAcuteDanger('ik ben kickbokstrainer bij een jeugdclub en de kinderen slaan de hele training op stootkussens, maar nu wil het bestuur dat ik een VOG aanvraag. hoe pak ik dat aan?').acute).toBe(false);
    expect(assessAcuteDanger('voor de ehbo-les op het mbo: hoe leg ik studenten uit wat het verschil is tussen een baby die slap is van koorts en een geschud baby?').acute).toBe(false);
  });

  it('reads a boy who lingers at the gate "alsof hij niet naar huis wil" as the asker\'s impression, not fear of going home', () => {
    expect(assessAcuteDanger('ik twijfel al een paar weken over een jongen uit groep 5. hij is heel stil en blijft na school hangen bij het hek alsof hij niet naar huis wil. niks concreets verder.').acute).toBe(false);
    expect(assessAcuteDanger('Een leerling durft vanavond niet naar huis: haar vader heeft gedreigd haar iets aan te doen.').acute).toBe(true);
  });

  it('reads shouting and breaking glass heard upstairs in the present tense as violence going on now (blind set CY)', () => {
    const heard = assessAcuteDanger("ik sta bij een portiek in heerlen-noord voor een schuldhulpafspraak en hoor boven iemand schreeuwen 'laat me los' en glas breken, er zijn daar 3 kleine kinderen. deur is dicht");
    expect(heard).toMatchObject({ acute: true, urgency: 'now' });
    expect(assessAcuteDanger('Bij een gezin in mijn woonunit hoor ik bijna elke avond een jongetje gillen. Moet ik dit melden?').urgency).not.toBe('now');
  });

  it('reads "vanaf morgen heeft niemand meer last van me" from a father with guns at home as suicide (blind set CY)', () => {
    const farewell = assessAcuteDanger("huisarts Valkenburg. vader van 3 die net weg is uit mijn spreekuur zei bij de deur 'dokter, maak u geen zorgen, vanaf morgen heeft niemand meer last van me'. hij heeft een jachtakte en geweren thuis, kinderen zijn dit weekend bij hem");
    expect(farewell.signals).toContain('suicide');
    expect(farewell.urgency).toBe('now');
  });

  it('reads a newborn in kraamzorg who went limp after being shaken as acute, and a hypothetical case or a child\'s doll play as calm (blind set DC)', () => {
    expect(assessAcuteDanger("kraamzorg Sittard dag 6. Sem is ineens heel slap en reageert bijna niet meer, vader zei dat hij hem 'even flink door elkaar heeft gehad' omdat hij maar bleef huilen. moeder slaapt boven. wat moet ik als eerste doen")).toMatchObject({ acute: true, urgency: 'now' });
    expect(assessAcuteDanger('Hypothetische casus voor ons teamoverleg (verslavingszorg): stel een cliënt roept onder invloed dat hij zijn vrouw iets aandoet, maar de volgende dag nuchter ontkent hij alles. Hoe weeg je zoiets in stap 4?').acute).toBe(false);
    expect(assessAcuteDanger('Meisje van 3 op ons kdv speelt met de poppen dat de papa de mama slaat. Verder niks gezien, ouders komen betrokken over. Moet ik nu al iets vastleggen?').acute).toBe(false);
  });

  it('reads farewell notes and "alles netjes afsluit", or "welk spoor ze neemt", as suicide (blind sets DG, DK)', () => {
    expect(assessAcuteDanger("Lotte uit 3 havo stuurde me net via Teams dat ze vanavond 'alles netjes afsluit'. Een klasgenoot zegt dat ze briefjes voor haar vriendinnen in haar tas heeft. Ze is net naar huis gefietst.").signals).toContain('suicide');
    expect(assessAcuteDanger("Leerling heeft vandaag een briefje achtergelaten met 'na vandaag hoeft niemand zich meer druk om mij te maken', en zegt dat ze weet welk spoor ze neemt. Wie bel ik eerst?").signals).toContain('suicide');
  });

  it('keeps quiet on a film from a lesson kit, a girl who came back and all was well, and a question for tonight\'s meeting (blind set DG)', () => {
    expect(assessAcuteDanger('we hebben vanavond met de ouders en de 4e klas de film over eergerelateerd geweld gekeken uit het lespakket. zijn er nazorgtips voor morgen?').acute).toBe(false);
    expect(assessAcuteDanger('Afgelopen zomer ging een leerling plotseling naar het buitenland en we waren bang voor een gedwongen huwelijk. Ze is in september gewoon teruggekomen en alles bleek in orde. Moeten we de notitie aanpassen?').acute).toBe(false);
    expect(assessAcuteDanger("Ons protocol zegt bij een vermoeden van meisjesbesnijdenis 'direct VT raadplegen'. Geldt dat ook als een meisje van 15 het als baby heeft ondergaan? Vraag voor het jeugdartsenoverleg van vanavond.").acute).toBe(false);
  });

  it('reads no danger now in a departure five weeks off, a kraamverzorgende who says the baby is safe, or lessons given "op zaterdag" (blind sets DP, DR, DS)', () => {
    expect(assessAcuteDanger('Een leerling van 16 vertelde vandaag dat ze over vijf weken mee moet naar het land van haar ouders en daar moet trouwen met een neef. Wat moet ik doen?').urgency).toBe('possible');
    expect(assessAcuteDanger('Een leerling van 16 vertelde vandaag dat ze over twee dagen mee moet naar het land van haar ouders en daar moet trouwen met een neef. Wat moet ik doen?').urgency).toBe('now');
    expect(assessAcuteDanger("Ik ben kraamverzorgende bij een gezin met een eerste kindje. Ze had tijdens de zwangerschap een gebroken pols, 'uitgegleden' zegt hij. Er is geen direct gevaar voor de baby, die wordt goed verzorgd, maar ik maak me zorgen om haar.").signals).not.toContain('infant');
    expect(assessAcuteDanger('Ik geef op zaterdag bijles in het buurthuis. Een meisje van 14 vertelde dat haar vader haar slaat als ze slechte cijfers haalt. Hoe pak ik dit aan?').signals).not.toContain('tonight');
  });

  it('reads doll play, a meeting tomorrow, a weekly habit and daily control after school as no danger now (blind sets DU, DW)', () => {
    expect(assessAcuteDanger("Peuter van 3 bij de gastouder speelt steeds met de poppen 'papa slaat mama' na en zegt dan 'stil zijn'. Is dat genoeg om iets mee te doen?").acute).toBe(false);
    expect(assessAcuteDanger('Een meisje van 8 vertelde vorige week aan de juf dat papa haar met de riem slaat als ze brutaal is. Ze is om het weekend bij vader. We hebben morgen een mdo intern. Moeten we de ouders inlichten?').urgency).toBe('possible');
    expect(assessAcuteDanger('Een leerling van 15 vertelde gisteren huilend dat haar ouders deze zomer naar familie in het buitenland gaan en dat ze daar moet trouwen. Haar broer controleert haar telefoon en ze mag na school nergens heen. Wat moeten we doen?').urgency).toBe('possible');
    expect(assessAcuteDanger('Een meisje van 9 zegt dat papa mama nu in de keuken slaat, ze belt me vanuit de badkamer.').urgency).toBe('now');
    expect(assessAcuteDanger('Een leerling van 15 vertelt dat ze morgen vertrekt naar het land van haar ouders en daar moet trouwen met een neef.').urgency).toBe('now');
  });

  it('reads a photo of the wrists with a farewell, and a father who will drive into the water with the children, as suicide (blind set DZ)', () => {
    expect(assessAcuteDanger("jongen uit mijn team (o13) appte een foto van zijn polsen en 'dit is de laatste keer dat ik kom, zeg maar sorry tegen iedereen'").signals).toContain('suicide');
    expect(assessAcuteDanger('Een moeder zei net bij de balie dat ze vanavond met de kinderen de auto het water in rijdt. Ze is net vertrokken.').signals).toContain('suicide');
  });

  it('reads guns with "het voor iedereen gaat oplossen" as suicide, and keeps quiet on a joke in a cooking class or a late husband\'s threat (blind sets DN, DT)', () => {
    expect(assessAcuteDanger("Cliënt zei bij het weggaan dat hij zondag 'het voor iedereen gaat oplossen'. Hij heeft geweren thuis.").signals).toContain('suicide');
    expect(assessAcuteDanger("In de kookles riep een leerling voor de grap 'ik steek je neer' met een mes in zijn hand. Iedereen lachte. Moet dat in het dossier?").acute).toBe(false);
    expect(assessAcuteDanger('Mijn cliënte (71) vertelde dat haar overleden man haar vroeger sloeg en dreigde haar te doden. Ze woont nu alleen en veilig. Is er rouwverwerking voor ouderen?').acute).toBe(false);
    expect(assessAcuteDanger("Puber vertelt dat de vriend van haar moeder gisteren een riem om haar nek deed 'voor de grap' tot ze bijna omviel. Ze gaat straks naar huis.").acute).toBe(true);
  });

  it('reads "als papa boos is" as a habit, not a time soon, and "nu denk ik" as the asker thinking (blind sets DV, DY)', () => {
    expect(assessAcuteDanger("Meisje van 13 vertelde terloops dat ze 's avonds op haar kamer met muziek op gaat zitten als papa weer boos is op mama. Is doorvragen aan mij of aan school?").acute).toBe(false);
    expect(assessAcuteDanger('Een meisje van 15 zei gisteren dat ze bang is voor de zomervakantie: ze gaan zes weken naar familie en een nicht is daar vorig jaar uitgehuwelijkt. Nu denk ik dat mijn belofte om niks te doen dom was.').urgency).toBe('possible');
  });

  it('reads violence a patient told of as a worry to act on today, and a neighbour hearing it for twenty minutes now as danger now (blind set ED)', () => {
    expect(assessAcuteDanger('Een patiënte vertelde dat haar man haar slaat. Hij staat ook bij ons ingeschreven.').urgency).toBe('possible');
    expect(assessAcuteDanger('wijkagent, melding binnen: buurvrouw hoort nu al 20 min geschreeuw en bonken, kinderen huilen. collega\'s onderweg. wil alleen even weten of het gezin bekend is').urgency).toBe('now');
  });

  it('reads a knife taken up or sent by someone else with "dan is het klaar" as a threat, not suicide, and keeps a gun "voor als het zover is" as suicide (blind sets EF, EG)', () => {
    const threat = assessAcuteDanger("Haar ex heeft een foto van een mes gestuurd met 'vanavond ben ik bij je, dan is het klaar'. Ze haalt om half 6 de kinderen op.");
    expect(threat.signals).toContain('threat');
    expect(threat.signals).not.toContain('suicide');
    expect(assessAcuteDanger("Meneer zei dat hij het niet meer trekt en dat hij het geweer van zijn vader op zolder heeft liggen 'voor als het zover is'.").signals).toContain('suicide');
  });
});


describe('assessAcuteDanger on a toddler, a visit this morning, a door locked against the danger and "afmaken" (blind round 22)', () => {
  it('reads a bruise on a toddler of fourteen months as serious but not danger now, even when the asker types "wat doe ik nu"', () => {
    const toddler = assessAcuteDanger('peuter van 16 mnd op het cb met een blauwe plek achter het oor, moeder zegt gestoten tegen de bank. wat doe ik nu');
    expect(toddler.acute).toBe(true);
    expect(toddler.urgency).toBe('possible');
    expect(assessAcuteDanger('baby van 5 mnd op het cb met een blauwe plek achter het oor, moeder zegt gestoten tegen de bank.').urgency).toBe('possible');
  });

  it('reads bruises alone on a baby as acute but not now (blind set ES), and a baby with bruises that drinks poorly or has a swelling as now', () => {
    expect(assessAcuteDanger('Bij de hielprik zag ik bij een baby van twee weken drie blauwe plekjes op zijn been. Vader zei dat de oudste zus hem te stevig vasthield.')).toMatchObject({ acute: true, urgency: 'possible' });
    expect(assessAcuteDanger('Baby van 3 maanden op het cb met blauwe plekken op zijn borst, hij drinkt slecht en is heel stil.').urgency).toBe('now');
    expect(assessAcuteDanger('Een baby van 8 weken met blauwe plekjes en een zwelling boven zijn oor, moeder weet niet hoe het komt.').urgency).toBe('now');
  });

  it('reads a husband who stood waiting outside this morning as a visit gone by, and one who waits outside now as near', () => {
    expect(assessAcuteDanger('Vanmiddag kwam een vrouw met een dikke lip bij de balie, ze zei dat ze gestruikeld was en haar vriend zat in de auto te wachten.').signals).not.toContain('injured-perpetrator');
    expect(assessAcuteDanger('Er zit nu een vrouw met een dikke lip bij de balie, ze zegt dat ze gestruikeld is en haar vriend zit in de auto te wachten.').signals).toContain('injured-perpetrator');
  });

  it('does not read a woman who sleeps with her bedroom door locked against her son as locked in', () => {
    expect(assessAcuteDanger('Mevrouw (71) vertelde dat haar zoon haar vorige maand heeft geduwd, en ze slaapt sindsdien met haar slaapkamerdeur op slot.').signals).not.toContain('locked-deprived');
  });

  it("reads \"dat hij haar 'afmaakt'\" in a message he sent as a threat", () => {
    expect(assessAcuteDanger("Haar ex stuurde vanochtend een bericht dat hij haar 'afmaakt' als ze de kinderen houdt.").signals).toContain('threat');
  });
});

describe('assessAcuteDanger on "nu" as these days and "nog steeds" in a story of weeks (blind rounds 20-21)', () => {
  it('reads "haar broer brengt en haalt haar nu" as how things are these days, not as a departure now', () => {
    const text = "Ze mag niet meer mee op schoolreis en haar broer brengt en haalt haar nu. Ze zei ook dat ze in de zomer 'naar familie in het buitenland moet en misschien niet terugkomt'.";
    expect(assessAcuteDanger(text).urgency).toBe('possible');
  });

  it('reads a boy who comes without food for weeks and "nog steeds" without shoes as neglect to act on, not danger now', () => {
    expect(assessAcuteDanger('Een jongen uit mijn team komt al weken zonder eten naar de training en heeft nog steeds geen schoenen van zijn maat. Is dit iets voor Veilig Thuis?').acute).toBe(false);
  });
});

describe('assessAcuteDanger on a film in a compound word (blind set EM)', () => {
  it('keeps quiet on a threat in a jeugdfilm the class watched', () => {
    expect(assessAcuteDanger('In groep 7 keken we gisteren een jeugdfilm waarin een vader dreigde iemand dood te schieten. Moet ik daar nog iets mee in de klas?').acute).toBe(false);
  });
});

describe('what the twenty-fourth round of blind messages showed', () => {
  it('reads a man under a straatverbod who pulls at the door now as danger now, though the ban was told of last month', () => {
    const danger = assessAcuteDanger('Ik sta nu bij de balie van het buurthuis. Haar ex staat buiten en rukt aan de voordeur. Vorige maand kreeg hij een straatverbod.');
    expect(danger).toMatchObject({ acute: true, urgency: 'now' });
  });

  it('reads "als je thuiskomt ben je dood" and "als ik je niet kan hebben krijgt niemand je" as threats', () => {
    expect(assessAcuteDanger('Haar vader appte haar: als je vanavond thuiskomt ben je dood.').signals).toContain('threat');
    expect(assessAcuteDanger('Hij schreef haar gisteren: als ik je niet kan hebben, krijgt niemand je.').signals).toContain('threat');
  });

  it('names suicide for pills someone says he will all take, without a time', () => {
    expect(assessAcuteDanger('Mijn cliënt liet me een zak met medicijnen zien die hij allemaal gaat innemen.').signals).toContain('suicide');
  });
});

describe('what else the twenty-fourth round of blind messages showed', () => {
  it('does not read the reason a carer gives ("omdat hij haar beet") as violence going on now', () => {
    expect(assessAcuteDanger('Vanmiddag vertelde de mantelzorger dat ze haar man een duw had gegeven omdat hij haar beet.').signals).not.toContain('violence-now');
    expect(assessAcuteDanger('Vanmiddag sloeg hij haar omdat ze te laat thuis was.').signals).toContain('violence-now');
  });

  it('reads an attempt behind a mother who is in hospital now as no suicide to call 113 for, while a plan for more still is', () => {
    expect(assessAcuteDanger('Op de eerste hulp ligt sinds vanochtend een vader na een overdosis slaappillen. Wie let er op zijn kinderen?').signals).not.toContain('suicide');
    expect(assessAcuteDanger('Ze ligt op de SEH na een overdosis en zegt dat ze het vanavond opnieuw gaat doen.').signals).toContain('suicide');
  });
});

describe('acute danger the twenty-fourth round made us check again', () => {
  it('reads "vanavond maak ik het af" as a threat, and children alone at home while their mother is admitted as danger', () => {
    expect(assessAcuteDanger('Haar ex appte: vanavond maak ik het af, jij en de kinderen.').signals).toContain('threat');
    expect(assessAcuteDanger('Een vader is vanochtend opgenomen na een overdosis; zijn kinderen van 4 en 6 zitten nu alleen thuis.').acute).toBe(true);
  });
});

describe('what the twenty-fifth round of blind messages showed', () => {
  it('names suicide for pills someone saved from his late wife, with a day to do it', () => {
    expect(assessAcuteDanger('Een cliënt van 60 vertelde dat hij de tabletten van zijn overleden vrouw heeft bewaard en dat hij het na zijn verjaardag wil doen.').signals).toContain('suicide');
    expect(assessAcuteDanger('Haar overleden man sloeg haar vroeger; nu gaat het goed met haar. Hoe praat ik met haar kinderen over vroeger?').acute).toBe(false);
  });

  it('names suicide for a hose on the exhaust and a call to say goodbye', () => {
    expect(assessAcuteDanger('Een klant belde vanuit zijn auto in een bos, er zit een slang aan de uitlaat en hij wilde me nog even gedag zeggen.').signals).toContain('suicide');
  });

  it('reads shouting and banging that suddenly stopped as violence now', () => {
    expect(assessAcuteDanger('De bovenburen horen al een half uur gegil en gebonk bij de buurvrouw en nu is het opeens doodstil.')).toMatchObject({ acute: true, urgency: 'now' });
  });

  it('keeps quiet on a stabbing in a school play', () => {
    expect(assessAcuteDanger('Onze brugklas speelt een toneelstuk waarin een vader zijn zoon bedreigt met een mes. Hoe begeleid ik de nabespreking?').acute).toBe(false);
  });
});

describe('what the thirty-second round of blind messages showed', () => {
  it('reads violence someone never said or was not seen as no violence now, but keeps what she did say', () => {
    expect(assessAcuteDanger('Ze heeft nooit gezegd dat hij haar slaat.').acute).toBe(false);
    expect(assessAcuteDanger('Ik heb niet gezien dat hij haar duwde.').acute).toBe(false);
    expect(assessAcuteDanger('Ze zei net dat hij haar slaat.').signals).toContain('violence-now');
  });

  it('reads not wanting to go home on a fixed day of the week as a habit, and tonight still as danger', () => {
    expect(assessAcuteDanger('Hij wil op vrijdag niet naar huis, want dan is het omgangsweekend.').acute).toBe(false);
    expect(assessAcuteDanger('Hij wil vanavond niet naar huis, hij is bang voor zijn vader.').acute).toBe(true);
  });

  it('reads violence the police already came for as no violence going on now', () => {
    const told = assessAcuteDanger('Ze vertelde dat de politie was geweest omdat haar vader haar moeder heeft geslagen.');
    expect(told.signals).not.toContain('violence-now');
    expect(told.urgency).not.toBe('now');
  });
});

describe('what the thirty-third round of blind messages showed', () => {
  it('reads "nu een jaar uit elkaar" as how long, not as threats going on now', () => {
    expect(assessAcuteDanger('Ze zijn nu twee jaar uit elkaar, maar hij stuurt haar soms dreigende berichten.').urgency).not.toBe('now');
    expect(assessAcuteDanger('Hij staat nu voor haar deur en dreigt haar te slaan.').urgency).toBe('now');
  });

  it('reads a mother\'s own cutting, long ago, as no departure, and a plan for a daughter still as one', () => {
    expect(assessAcuteDanger('Bij de zwangerschapscontrole bleek dat mevrouw zelf besneden is.').acute).toBe(false);
    expect(assessAcuteDanger('Oma wil dat haar kleindochter deze zomer in Guinee besneden wordt.').signals).toContain('departure');
  });

  it('reads "een vrouw wordt lastiggevallen" as no cutting and no departure', () => {
    expect(assessAcuteDanger('Een vrouw wordt al maanden lastiggevallen door haar ex en wil geen aangifte doen.').signals).not.toContain('departure');
  });

  it('reads a mother who does not get up at night for her baby, and a father worn out from the weekend, as no harm tonight', () => {
    expect(assessAcuteDanger('Moeder zegt dat ze \'s nachts niet opstaat als de baby huilt, ze trekt het niet meer.').signals).not.toContain('tonight');
    expect(assessAcuteDanger('Vader was er niet bij, hij was nog brak van het weekend en drinkt behoorlijk.').signals).not.toContain('tonight');
  });
});

describe('what the thirty-fourth round of blind messages showed', () => {
  it("names suicide for a mother who will 'er met z'n drieën uit gaan' with her children, and not for a day out", () => {
    expect(assessAcuteDanger("Een moeder appte: als ze de kinderen weghalen, dan gaan we er met z'n drieën uit. Alles ligt klaar.")).toMatchObject({ acute: true, urgency: 'now' });
    expect(assessAcuteDanger("Een moeder appte: als ze de kinderen weghalen, dan gaan we er met z'n drieën uit. Alles ligt klaar.").signals).toContain('suicide');
    expect(assessAcuteDanger('Zaterdag gaan we er met de hele groep op uit naar de Efteling.').acute).toBe(false);
  });

  it('reads a hand at the throat and "dat ze dan niet meer hoeft te leven" as strangulation and a threat', () => {
    const told = assessAcuteDanger('Haar man pakte haar gisteravond bij de keel en zei dat ze niet meer hoeft te leven als ze er vanavond nog is.');
    expect(told.signals).toEqual(expect.arrayContaining(['strangulation', 'threat']));
  });

  it('reads a child who has said a few times she will not go home when her father is there as a habit to weigh', () => {
    expect(assessAcuteDanger("Een meisje van 7 zegt nu al een paar keer dat ze niet naar huis wil 'als papa er is'.").urgency).not.toBe('now');
    expect(assessAcuteDanger('Hij zegt dat hij vanavond niet naar huis durft, hij is bang voor zijn vader.').urgency).toBe('now');
  });

  it('reads an ex who has waited near her house for months as stalking to weigh, and tyres stabbed flat as no stabbing', () => {
    expect(assessAcuteDanger('Haar ex staat al maanden bij haar huis te wachten en ze durft niet meer alleen naar buiten.').urgency).not.toBe('now');
    expect(assessAcuteDanger('Hij heeft laatst haar fietsbanden lek gestoken.').acute).toBe(false);
  });
});

describe('what the thirty-fifth round of blind messages showed', () => {
  it('reads a swimming or gym lesson as the place something was seen, not as a lesson about it', () => {
    expect(assessAcuteDanger('Bij de zwemles vertelde een meisje van 12 dat ze zichzelf snijdt.').signals).toContain('suicide');
    expect(assessAcuteDanger('Bij de kookles sneed een leerling zich in zijn vinger, pleister erop en klaar.').acute).toBe(false);
  });

  it('reads hitting "als ik stout ben" and a father "als hij te dronken is" as habits, and "zei net" as the time of telling', () => {
    expect(assessAcuteDanger("Een meisje zei net: 'papa slaat met de riem als ik stout ben'.").signals).not.toContain('violence-now');
    expect(assessAcuteDanger('Ze helpt hem naar bed als hij te dronken is.').acute).toBe(false);
  });
});

describe('what the thirty-eighth round of blind messages showed', () => {
  it('reads "als ik haar zie schiet ik ze allebei neer" as a threat', () => {
    expect(assessAcuteDanger('Mijn cliënt zei vanmiddag: als ik haar met hem zie, schiet ik ze allebei neer.').signals).toContain('threat');
  });

  it('reads arms "opengesneden" with a plan for tonight as suicide', () => {
    expect(assessAcuteDanger('Een leerling liet haar opengesneden armen zien en zegt dat ze het vanavond afmaakt.').signals).toContain('suicide');
  });

  it('reads a daughter who takes her father home this weekend "en zal wel zien of hij zijn mond houdt" as harm expected', () => {
    expect(assessAcuteDanger('Zijn dochter neemt hem dit weekend mee naar huis en zegt dat ze wel zal zien of hij zijn mond houdt.').acute).toBe(true);
  });
});

describe('what the fortieth round of blind messages showed', () => {
  it('asks whether someone is in danger now, not "bel nu", for a suspect who was near at a visit that is over', () => {
    const visit = assessAcuteDanger(
      'Gisteravond had ik dienst op de huisartsenpost. Er kwam een vrouw binnen met een snee boven haar oog en een gekneusde pols; haar man was erbij en praatte steeds voor haar, zij keek naar de grond. Ze zijn samen weer naar huis gegaan. Hoe leg ik dit vast?',
    );
    expect(visit).toMatchObject({ acute: true, urgency: 'possible' });
  });

  it('keeps danger now where the suspect is near now, whenever the visit began', () => {
    const waiting = assessAcuteDanger(
      'Vanochtend kwam een vrouw op het spreekuur met een blauw oog en een kapotte lip. Haar man zit nu in de wachtkamer en wil per se mee naar binnen, ze durft niet met hem mee naar huis. Wat moet ik doen?',
    );
    expect(waiting.urgency).toBe('now');
  });

  it('reads self-harm told without a time, means or farewell as a need for 113 today, not as danger now', () => {
    const told = assessAcuteDanger('Een leerling van 15 vertelde me in de mentorles dat ze zichzelf krast als het thuis weer ruzie is. Ze wil absoluut niet dat haar ouders het horen.');
    expect(told).toMatchObject({ acute: true, urgency: 'possible' });
    expect(told.signals).toContain('suicide');
    expect(assessAcuteDanger('Ze zei dat ze zichzelf vanavond weer gaat snijden, en dieper dan vorige keer.').urgency).toBe('now');
  });
});

describe('what the forty-first round of blind messages showed', () => {
  it('reads a drunk parent at the door now as danger, though the other parent "zit nu in de opvang"', () => {
    const door = assessAcuteDanger('Ik sta nu bij de deur van de groep. Moeder zit nu in de opvang. Vader staat aan de deur, is dronken, schreeuwt en bonkt erop.');
    expect(door).toMatchObject({ acute: true, urgency: 'now' });
  });

  it('reads a man tied to his chair "anders loopt ie weg" as care gone wrong, not as someone locked in now', () => {
    expect(assessAcuteDanger("Vanochtend zat meneer met een sjaal vastgebonden aan zijn stoel, 'anders loopt ie weg' zegt zijn vrouw.").acute).toBe(false);
  });

  it('reads going home "elk weekend" as a habit, not as harm expected this weekend', () => {
    const weekends = assessAcuteDanger('Mijn cliënte van 16 gaat elk weekend naar huis en komt steeds van slag terug. Vandaag zei ze dat haar stiefvader met de riem dreigt als ze niet luistert.');
    expect(weekends.signals).not.toContain('tonight');
  });

  it('reads a former pupil who once cut herself and is doing fine now as no danger', () => {
    expect(assessAcuteDanger('Een oud-leerling die vroeger aan zichzelf sneed kwam vandaag langs, het gaat nu prima met haar.').acute).toBe(false);
  });
});

describe('what the forty-second round of blind messages showed', () => {
  it('reads going to a wife who died, beside a weapon made ready, as suicide', () => {
    const joining = assessAcuteDanger("Sinds zijn vrouw vorig jaar overleed is hij somber. Hij heeft het oude geweer van zijn vader schoongemaakt en zei: 'morgen ga ik naar haar toe.'");
    expect(joining.signals).toContain('suicide');
    expect(joining.signals).not.toContain('departure');
    expect(assessAcuteDanger('Zijn vrouw is vorig jaar overleden. Hij gaat elke zondag bij haar op bezoek op de begraafplaats.').acute).toBe(false);
  });

  it('reads "vanavond ga je met mijn neef mee, je weet wat je me nog schuldig bent", seen by chance, as harm expected tonight', () => {
    const message = "Na de les zag ik per ongeluk een bericht op de telefoon van een meisje van 14: 'vanavond ga je met mijn neef mee, je weet wat je me nog schuldig bent'.";
    expect(assessAcuteDanger(message)).toMatchObject({ acute: true, urgency: 'now' });
  });

  it('asks whether someone is in danger now for a hand round the throat last week, and says "bel nu" when he comes home soon', () => {
    const lastWeek = 'Een cliënte vertelde net dat haar vriend haar vorige week bij de keel greep tot ze bijna flauwviel.';
    expect(assessAcuteDanger(`${lastWeek} Ze wil er nog niets mee.`)).toMatchObject({ acute: true, urgency: 'possible' });
    expect(assessAcuteDanger(`${lastWeek} Hij komt om 6 uur thuis.`).urgency).toBe('now');
  });

  it('does not take the day of a visit or the asker\'s "moet ik vandaag nog iets doen?" as the time of self-harm', () => {
    const visit = assessAcuteDanger('Vandaag kwam een leerling van 15 bij me; ze vertelde dat ze zichzelf snijdt als het thuis ruzie is. Moet ik vandaag nog iets doen?');
    expect(visit).toMatchObject({ acute: true, urgency: 'possible' });
  });

  it('reads a baby with a bulging fontanel who will not drink as an infant in danger', () => {
    expect(assessAcuteDanger('De baby van 4 maanden heeft een bolle fontanel en drinkt niks sinds vanochtend.').signals).toContain('infant');
  });
});

describe('what the forty-third round of blind messages showed', () => {
  it('reads a hunting rifle made ready "en dat ie het vanavond doet" as suicide', () => {
    const rifle = assessAcuteDanger('Een patiënt zegt aan de telefoon dat hij zijn geweer heeft klaargelegd en dat ie het vanavond doet als niemand komt.');
    expect(rifle.signals).toContain('suicide');
  });

  it('reads threats "soms", told on the phone this afternoon, as a habit to weigh, not a threat now', () => {
    const habit = assessAcuteDanger("Moeder vertelde vanmiddag aan de telefoon dat haar zoon soms dreigt dat ze 'ervoor gaat boeten' als ze hem geen geld geeft.");
    expect(habit.signals).not.toContain('threat');
  });

  it('reads a woman tied to her chair "zodat ze niet wegloopt" as care gone wrong, not as someone locked in now', () => {
    expect(assessAcuteDanger("Vorige week zat ze met een sjaal aan de stoel vastgebonden 'zodat ze niet wegloopt'.").acute).toBe(false);
  });

  it('reads a grip round the throat last winter that was reported at once and is under supervision now as no danger', () => {
    const handled = assessAcuteDanger('Afgelopen winter greep een bezoeker zijn vrouw bij de keel. Dat is direct gemeld en hij komt sindsdien onder begeleiding. Wie beslist of dat kan stoppen?');
    expect(handled.acute).toBe(false);
  });
});

describe('what the forty-fifth round of blind messages showed', () => {
  it('reads "vanavond maak ik er een einde aan, aan jou en mij" as a threat to her, not only as suicide', () => {
    const both = assessAcuteDanger("Ze fluisterde dat hij vanochtend zei: 'vanavond maak ik er een einde aan, aan jou en mij'. Er staan geweren in de gang.");
    expect(both.signals).toEqual(expect.arrayContaining(['suicide', 'threat']));
  });

  it('does not read "een einde aan zijn leven" as a threat to someone else', () => {
    expect(assessAcuteDanger('Een jongen appt dat hij vannacht een einde aan zijn leven maakt; hij heeft pillen gespaard.').signals).not.toContain('threat');
  });
});

describe('what the forty-sixth round of blind messages showed', () => {
  it('reads a garden hose that fits the exhaust as suicide means', () => {
    expect(assessAcuteDanger("Hij vertelde dat hij een tuinslang heeft gekocht die precies op de uitlaat van zijn auto past en dat hij 'het morgen doet'.").signals).toContain('suicide');
  });

  it('reads a melding Veilig Thuis "heeft overgenomen" last week as a case dealt with', () => {
    expect(assessAcuteDanger('Vorige week heb ik gebeld over een baby met een botbreuk; jullie hebben de melding overgenomen. Krijg ik nog een terugkoppeling?').acute).toBe(false);
  });
});

describe('what the forty-seventh round of blind messages showed', () => {
  it('reads the evening marks were seen as the time they were seen, not as violence tonight', () => {
    expect(assessAcuteDanger('Hij had gisteravond weer blauwe plekken op zijn benen, volgens hem van voetbal.').urgency).not.toBe('now');
  });

  it('still reads violence tonight beside marks seen yesterday as now', () => {
    expect(assessAcuteDanger('Gisteren had ze al striemen, en vanavond slaat hij haar weer.').urgency).toBe('now');
  });

  it('reads a woman who, in dialect, dares not go back home as afraid to go home', () => {
    expect(assessAcuteDanger('Zie dörf neet trök, heur vent haet alles kapot gesloge.').acute).toBe(true);
  });
});

describe('what the forty-ninth round of blind messages showed', () => {
  it('reads the day a grandmother phoned as the day it was told, not the day the mother was pushed', () => {
    const told = assessAcuteDanger("Een buurvrouw belde me gisteren: haar kleinzoon had verteld dat 'die nieuwe vriend mama tegen de deur duwde'.");
    expect(told.signals).not.toContain('violence-now');
  });

  it('reads a fist on the counter as no blow to anyone', () => {
    expect(assessAcuteDanger('Gisteren sloeg hij met zijn vuist op het aanrecht toen de baby huilde.').signals).not.toContain('violence-now');
  });

  it('reads "zei tegen mij in de gang" and "bang dat ze de kleinkinderen niet meer ziet" as no suspect near and no fear of going home', () => {
    const danger = assessAcuteDanger('Zijn moeder zei tegen mij in de gang dat ze moet ophouden met zeuren. Opa is bang dat hij de kleinkinderen dan niet meer ziet als hij iets zegt.');
    expect(danger.signals).not.toContain('perpetrator-near');
    expect(danger.signals).not.toContain('afraid-to-go-home');
  });

  it('reads a quiet kraamvrouw as nothing about how the baby responds', () => {
    expect(assessAcuteDanger('Dag 4 van de kraamweek: de kraamvrouw is heel stil en de baby drinkt goed.').signals).not.toContain('infant');
  });

  it('does not read children left abroad by a father who "alleen is teruggekomen" as a case that is over', () => {
    const leftBehind = assessAcuteDanger('Na de zomer zijn twee zusjes niet teruggekomen: vader heeft ze in het buitenland achtergelaten en is alleen teruggekomen. Een van hen appte dat ze daar geslagen worden.');
    expect(leftBehind.acute).toBe(true);
  });
});

describe('what the fiftieth round of blind messages showed', () => {
  it('reads "ik kan het niet meer, vanavond stop ik ermee" as suicide', () => {
    expect(assessAcuteDanger("Een leerling appte net: 'ik kan het echt niet meer, vanavond stop ik ermee'.").signals).toContain('suicide');
  });

  it('does not read a tired worker who quits a job as suicide', () => {
    expect(assessAcuteDanger('Ik kan het niet meer aan op deze afdeling, morgen stop ik ermee en zoek ik ander werk.').acute).toBe(false);
  });

  it('reads a witness who was there and dares not speak up as no suspect near', () => {
    expect(assessAcuteDanger('Een stagiaire was erbij en durft er niets over te zeggen. De dochter van mevrouw zegt dat haar moeder bang is geworden.').signals).not.toContain('perpetrator-near');
  });
});

describe('what the fifty-first round of blind messages showed', () => {
  it('reads a boy who cut deep into his arm and "wil er gewoon niet meer zijn" as suicide', () => {
    expect(assessAcuteDanger("Een jongen zit op de wc, heeft zich diep in zijn arm gesneden en zegt 'ik wil er gewoon niet meer zijn'.").signals).toContain('suicide');
  });

  it('does not read a finger cut while cooking as self-harm', () => {
    expect(assessAcuteDanger('Hij heeft zich bij het koken in zijn vinger gesneden.').acute).toBe(false);
  });

  it('reads a mother who "haalt haar meestal op" as a habit, not a suspect near now', () => {
    expect(assessAcuteDanger('Oma brengt het meisje meestal, moeder haalt haar op. De assistent is helemaal overstuur.').signals).not.toContain('perpetrator-near');
  });
});

describe('what the fifty-third round of blind messages showed', () => {
  it('reads "dat hij er liever niet meer zou zijn" as suicide', () => {
    expect(assessAcuteDanger("Hij vertelde dat hij er eigenlijk liever niet meer zou zijn.").signals).toContain('suicide');
  });

  it('reads no danger in medicine not fetched from the pharmacy, but a child not fetched still counts', () => {
    expect(assessAcuteDanger('De medicatie van het meisje wordt thuis niet opgehaald bij de apotheek.').acute).toBe(false);
    expect(assessAcuteDanger('Het meisje werd gisteren niet opgehaald van school en niemand neemt op.').acute).toBe(true);
  });

  it('reads no means got ready in "oud genoeg is om het zelf te doen"', () => {
    expect(assessAcuteDanger("Stiefvader vindt haar insuline haar eigen zaak, ze is 'oud genoeg om het zelf te doen'.").signals).not.toContain('suicide');
  });

  it('takes the day someone whispered as the day of telling, not of the violence, when a clause stands between', () => {
    expect(assessAcuteDanger('Gisteren, toen hij even weg was, fluisterde ze dat hij haar vorige maand tegen de kast heeft gedrukt.').signals).not.toContain('violence-now');
    expect(assessAcuteDanger('Gisteren, toen hij haar sloeg, belde ze me.').signals).toContain('violence-now');
  });

  it('reads an asker who dares not go to her manager as no one in danger near a suspect', () => {
    expect(assessAcuteDanger('Mijn leidinggevende is bevriend met hem en ik durf niet zo goed naar haar toe.').signals).not.toContain('perpetrator-near');
  });
});

describe('what the fifty-fourth round of blind messages showed', () => {
  it('reads a trip "om het meisje rein te maken" as a departure for cutting, and a kitchen made clean not', () => {
    expect(assessAcuteDanger("Oma zei dat ze over twee weken naar Somalië vliegen 'om het meisje rein te maken'.").signals).toContain('departure');
    expect(assessAcuteDanger('We gaan zaterdag de keuken schoon te maken met de kinderen, het meisje helpt ook.').acute).toBe(false);
  });

  it('places a hand round the throat told as happening "wel eens" at advice today, but not when he is close by now', () => {
    expect(assessAcuteDanger("Ze zei net dat haar man haar 'wel eens bij de keel grijpt' als hij gedronken heeft.").urgency).toBe('possible');
    expect(assessAcuteDanger('Hij grijpt haar soms bij de keel en staat nu beneden te wachten.').urgency).toBe('now');
  });
});

describe('what the fifty-eighth round of blind messages showed', () => {
  it('reads "financieel misbruik" as money taken, not as abuse expected tonight', () => {
    expect(assessAcuteDanger('Mevrouw vroeg vandaag of haar zoon haar bankzaken mag doen; heb je tips over financieel misbruik voor haar?').acute).toBe(false);
    expect(assessAcuteDanger('Ze zegt dat ze vanavond weer misbruikt wordt als ze thuiskomt.').acute).toBe(true);
  });

  it('reads a push of last month as violence gone by, not violence now', () => {
    expect(assessAcuteDanger('Ze vertelde dat hij haar vorige maand tegen de muur heeft geduwd.').signals).not.toContain('violence-now');
    expect(assessAcuteDanger('Ze vertelde dat hij haar vanochtend tegen de muur heeft geduwd.').signals).toContain('violence-now');
  });
});

describe('what the sixtieth round of blind messages showed', () => {
  it('reads a trip abroad in the coming holiday for "het feest waarbij ze een echte vrouw wordt" as a departure now, though a sister went last year', () => {
    const a = assessAcuteDanger("Een moeder vertelde blij dat ze in de kerstvakantie naar familie in het buitenland gaan 'voor het feest waarbij ze een echte vrouw wordt'. Haar oudste ging vorig jaar ook. Zaterdag begint de vakantie.");
    expect(a).toMatchObject({ acute: true, urgency: 'now' });
    expect(a.signals).toContain('departure');
  });

  it('reads no suicide in a child who asked what a word for it means', () => {
    expect(assessAcuteDanger("In de kring vroeg een jongen wat 'zelfmoord' eigenlijk betekent, hij had het op YouTube gehoord. Thuis gaat het goed. Hoe leg ik dat uit?").acute).toBe(false);
    expect(assessAcuteDanger('In de kring zei een jongen dat hij zelfmoord wil plegen en dat hij vanavond van de brug springt.').acute).toBe(true);
  });
});

describe('a parent against cutting (round 60)', () => {
  it('reads no departure for cutting in a trip abroad from a mother who said she was against besnijdenis', () => {
    expect(assessAcuteDanger('Fatima gaat in de zomervakantie met haar ouders naar Somalië. Moeder zei zelf dat ze fel tegen besnijdenis is. Kan ik de verklaring tegen meisjesbesnijdenis meegeven?').signals).not.toContain('departure');
  });
});

describe('what the sixty-second round of blind messages showed', () => {
  it('reads a girl who goes abroad "in de herfstvakantie" for a party after which she is a big girl, with the plane leaving on Saturday, as a departure now', () => {
    const a = assessAcuteDanger("Een meisje uit groep 5 vertelde dat ze in de herfstvakantie naar familie in Egypte gaat en daar 'een feest krijgt en dan een grote meid is'. Haar nicht ging vorig jaar. Het vliegtuig gaat zaterdag.");
    expect(a).toMatchObject({ acute: true, urgency: 'now' });
  });
});

describe('what the sixty-second round showed about someone close by', () => {
  it('reads a husband who "staat er steeds bij" at visits as control, not as a suspect close by now', () => {
    expect(assessAcuteDanger('Thuiszorg Simpelveld: mevrouw heeft nu voor de tweede keer blauwe plekken op haar armen, haar man staat er steeds bij en praat voor haar. Wat doe ik hiermee?').signals).not.toContain('injured-perpetrator');
  });

  it('reads "nu hoor ik van school" as when the asker learned it, and a father who stood at the gate last week as no one close by now', () => {
    expect(assessAcuteDanger('Nu hoor ik van school dat vader vorige week twee keer bij het hek stond en de omgang niet nakomt. Moet ik opnieuw melden?').signals).not.toContain('perpetrator-near');
  });
});

describe('what the sixty-fifth round of blind messages showed', () => {
  it('reads an ex under a contact ban who announces he will come on Saturday "wat er ook gebeurt" as a threat now', () => {
    const a = assessAcuteDanger("Zondag is de kerstmarkt van onze school. De vader van twee leerlingen heeft een straatverbod, maar schreef moeder dat hij er zal zijn, wat er ook gebeurt. Vorig jaar sloeg hij de ruiten bij haar in. Politie of VT?");
    expect(a).toMatchObject({ acute: true, urgency: 'now' });
    expect(a.signals).toContain('threat');
  });

  it('reads no threat in a father with a contact ban who asks whether he may come to a school play', () => {
    expect(assessAcuteDanger('Vader heeft een contactverbod, maar hij wil graag komen kijken bij de kerstmusical. Mag dat?').acute).toBe(false);
  });
});

describe('what the sixty-sixth round of blind messages showed', () => {
  it('reads a child locked in the cellar as punishment "until papa is back" as someone locked in', () => {
    const a = assessAcuteDanger('Een meisje van 10 appt me dat ze in de kelder zit als straf en er pas uit mag als mama terug is.');
    expect(a.acute).toBe(true);
    expect(a.signals).toContain('locked-deprived');
  });

  it('reads a toddler who drew a monster with a gun today as play', () => {
    expect(assessAcuteDanger('Een jongen uit groep 1 tekende gisteren een robot met een geweer en vertelde er lachend over. Moet ik dat noteren?').acute).toBe(false);
  });

  it('keeps a threat for this evening urgent even though the man who made it has left', () => {
    expect(assessAcuteDanger("Een cliënt vertelde dat hij zijn vrouw gisteren bij de keel greep en dat hij het 'weer doet als ze vanavond begint'. Hij is nu weg.")).toMatchObject({ acute: true, urgency: 'now' });
  });
});

describe('what the sixty-seventh round of blind messages showed', () => {
  it('reads a baby brought in last week with a dirty nappy and no bottle as neglect to weigh, not an infant in danger now', () => {
    expect(assessAcuteDanger('Vorige week kwam mijn cliënt op afspraak met zijn baby van 7 maanden, hij rook naar drank en de baby had een vieze luier en geen fles bij. Moet ik de meldcode volgen?').signals).not.toContain('infant');
  });

  it('reads a young woman who told it in tears, with an aunt in the waiting room, as no suspect close by now', () => {
    const a = assessAcuteDanger('Vandaag vertelde ze huilend dat haar ouders haar deze zomer meenemen naar familie in het buitenland, waar iets geregeld is met een neef. Ze mag alleen naar mij omdat haar oom meerijdt en in de wachtkamer zit.');
    expect(a.signals).not.toContain('perpetrator-near');
    expect(a).toMatchObject({ acute: true, urgency: 'possible' });
  });
});

describe('what the sixty-ninth round of blind messages showed', () => {
  it('reads a film about a girl whose father hits her mother, watched in class, as no case', () => {
    expect(assessAcuteDanger('We kijken in groep 7 binnenkort een filmpje over een jongen wiens vader zijn moeder slaat. Hoe bereid ik het nagesprek voor?').acute).toBe(false);
  });

  it('still reads a video on a pupil\'s phone of her father hitting her as violence', () => {
    expect(assessAcuteDanger('Een leerling liet me net een filmpje op haar telefoon zien waarin haar vader haar slaat. Ze zit nu bij mij.').acute).toBe(true);
  });
});

describe('what the seventieth round of blind messages showed', () => {
  it('reads a husband who will open the gas tonight "voor ons allebei" as suicide and a threat to his wife', () => {
    const a = assessAcuteDanger("De man van mijn cliënte zei net: 'ik draai vannacht het gas open, voor ons allebei'. Ze weet van niets.");
    expect(a).toMatchObject({ acute: true, urgency: 'now' });
    expect(a.signals).toEqual(expect.arrayContaining(['suicide', 'threat']));
  });
});

describe('what the seventy-first round of blind messages showed', () => {
  it('reads "alles al klaar liggen" and "het heeft toch geen zin meer" as suicide', () => {
    expect(assessAcuteDanger("Een cliënt belde af en zei dat hij 'alles al klaar heeft liggen' en dat het toch geen zin meer heeft.").signals).toContain('suicide');
  });

  it('reads a girl with a razor blade and open forearms as self-harm now', () => {
    expect(assessAcuteDanger('Een meisje van 15 zit op de wc met een scheermesje, haar onderarmen zijn open en het bloedt.').signals).toContain('suicide');
  });

  it('reads a remark in Limburgish, "\'t is baeter es ich d\'r neet mie bin", as a thought of suicide', () => {
    expect(assessAcuteDanger("Een cliënt zei bij het afscheid: 't is baeter es ich d'r neet mie bin.").signals).toContain('suicide');
  });

  it('reads a guest lesson by the police about knives as no case', () => {
    expect(assessAcuteDanger('Volgende maand krijgt groep 8 een gastles van de wijkagent over messen. Is daar een handreiking voor?').acute).toBe(false);
  });
});

describe('what the seventy-third round of blind messages showed', () => {
  it('reads a psycho-education group about self-harm as no case', () => {
    expect(assessAcuteDanger('Ik begeleid een psycho-educatiegroep over zelfbeschadiging voor jongvolwassenen. Welke websites kan ik meegeven?').acute).toBe(false);
  });

  it('still reads a girl who tells after a guest lesson that her father hits her and she is afraid to go home as danger', () => {
    expect(assessAcuteDanger('Na de gastles kwam een leerling naar me toe en zei dat haar vader haar slaat en dat ze bang is om naar huis te gaan.').acute).toBe(true);
  });
});

describe('what the seventy-fifth round of blind messages showed', () => {
  it('reads a boy crying after training who will not go home because his father beats him as danger now, whatever happened "vorige maand"', () => {
    const a = assessAcuteDanger("Ik train de O11 in Beek. Een jongen zit na de training te huilen en wil echt niet naar huis: zijn vader slaat hem 'helemaal kapot'. Vorige maand had hij een blauw oog.");
    expect(a.acute).toBe(true);
    expect(a.signals).toContain('afraid-to-go-home');
  });
});

describe('what the seventy-sixth round of blind messages showed', () => {
  it('reads pills saved up "dan ben ik er vanaf" as suicide', () => {
    const a = assessAcuteDanger('Een cliënt van de dagbesteding zei vanmiddag dat hij zijn medicijnen al weken opzij legt, dan is hij er tenminste vanaf.');
    expect(a.signals).toContain('suicide');
  });

  it('does not read a father who does not answer his phone as a toddler who does not respond', () => {
    const a = assessAcuteDanger('Peuter (3) op de opvang komt al dagen zonder luier en met honger binnen, vader neemt niet op en reageert niet op de app.');
    expect(a.signals).not.toContain('infant');
  });
});

describe('what the eightieth round of blind messages showed', () => {
  it('reads a student\'s final assignment about honour-related violence as no case', () => {
    expect(assessAcuteDanger('Mijn stagiaire schrijft haar eindopdracht over eerwraak en huwelijksdwang. Welke bronnen raad je aan?').acute).toBe(false);
  });
});

describe('what the eighty-third round of blind messages showed', () => {
  it('does not read sleeping pills that run out too fast under a relative\'s care as suicide', () => {
    expect(assessAcuteDanger('De schoonzoon beheert de medicijnen van meneer en de slaappillen gaan sneller op dan voorgeschreven.').signals).not.toContain('suicide');
  });

  it('still reads a client who saves up sleeping pills as suicide', () => {
    expect(assessAcuteDanger('Mijn cliënt spaart al weken slaappillen op en zegt dat hij er klaar mee is.').signals).toContain('suicide');
  });
});

describe('what the eighty-fourth round of blind messages showed', () => {
  it('reads a boyfriend\'s excuse "\'gewurgd voor de grap\'" as strangulation, not as a joke', () => {
    const a = assessAcuteDanger('Een leerling van 16 heeft plekken in haar hals. Haar vriend heeft haar \'gewurgd voor de grap\', zegt ze, en ze ziet hem vanmiddag weer. Wat moet ik doen?');
    expect(a.acute).toBe(true);
    expect(a.signals).toContain('strangulation');
  });

  it('still reads a message the asker tells "voor de grap" as no case', () => {
    expect(assessAcuteDanger('Voor de grap: mijn collega zei dat ze haar computer wel kon wurgen vandaag. Hoe heet dat ding ook alweer waar je zorgen kwijt kunt?').acute).toBe(false);
  });
});

describe('what the eighty-fourth round showed about tools and medication', () => {
  it('reads a screwdriver held to threaten someone as a weapon', () => {
    const a = assessAcuteDanger('In de gemeenschappelijke keuken bedreigt een bewoner zijn vrouw met een schroevendraaier. Er staan kinderen bij.');
    expect(a.acute).toBe(true);
    expect(a.signals).toContain('weapon');
  });

  it('does not read an older woman who no longer fetches her own medication as deprived of it', () => {
    expect(assessAcuteDanger('Mevrouw van 86 haalt haar medicijnen niet meer zelf op, dat doet nu haar kleinzoon. Moet ik daar iets mee?').acute).toBe(false);
  });
});

describe('what the eighty-seventh round of blind messages showed', () => {
  it('does not read "wat weegt zwaarder?" as a sword', () => {
    const a = assessAcuteDanger('Baby van 4 maanden groeit slecht en vader drinkt. Wat weegt hier zwaarder? En mag ik gebruiken wat oma vertelde, ook al heeft zij gebeld zonder dat de ouders het weten?');
    expect(a.acute).toBe(false);
  });
});

describe('what the eighty-eighth round of blind messages showed', () => {
  it('reads a talk about meisjesbesnijdenis at a nascholing as no case', () => {
    expect(assessAcuteDanger('Ik ben gevraagd om bij de nascholing voor huisartsen iets te vertellen over meisjesbesnijdenis. Heeft Veilig Thuis cijfers?').acute).toBe(false);
  });

  it('still reads a girl who is to be cut this summer as a departure', () => {
    expect(assessAcuteDanger('Een leerling van 8 vertelde dat ze deze zomer naar Somalië gaat en daar besneden wordt.').signals).toContain('departure');
  });
});

describe('what the ninety-second round of blind messages showed', () => {
  it('reads a threat shouted at a crime series on tv, with its "zo meteen", as no danger', () => {
    expect(assessAcuteDanger("Onze dagbesteding heeft een deelnemer (84) die graag politieseries kijkt en dan roept 'die wurgt haar zo meteen'. Een vrijwilliger schrok. Hoe leg ik uit dat dit niets is?").acute).toBe(false);
  });

  it('still reads a real threat for tonight beside a series someone watches as danger', () => {
    const a = assessAcuteDanger('Mijn cliënt kijkt elke avond naar een serie, maar vandaag vertelde hij dat zijn broer hem vanavond met een mes komt opwachten.');
    expect(a.acute).toBe(true);
  });

  it('reads a policy question about strangulation that "niet om een patiënt van nu" gaat as no case', () => {
    expect(assessAcuteDanger('Voor het teamoverleg: hoe moet een doktersassistente doorvragen als een patiënte vertelt dat ze ooit bij de keel is gegrepen? Het gaat niet om een patiënte van nu, we maken beleid.').acute).toBe(false);
  });
});

describe('what the ninety-third round of blind messages showed', () => {
  it('reads a chef\'s knife set of a cooking student, asked about for the safety policy, as no weapon', () => {
    expect(assessAcuteDanger('Ik ben praktijkdocent bij de koksopleiding. Mag een leerling zijn messenset na de praktijkles mee naar huis nemen, of hoort dat niet bij de meldcode?').acute).toBe(false);
  });

  it('still reads a cooking student who threatens someone with his knife as danger', () => {
    expect(assessAcuteDanger('Een leerling van de koksopleiding dreigde net in de praktijkles een klasgenoot met zijn koksmes.').acute).toBe(true);
  });
});

describe('what the ninety-fourth round of blind messages showed', () => {
  it('reads a girl to be cut abroad when "de vakantie begint zaterdag" as a departure, though her sister went "vorig jaar"', () => {
    const a = assessAcuteDanger('Juf groep 5. Een moeder vertelde dat ze in de vakantie naar Eritrea gaan voor een groot feest, dan wordt haar dochter een echte vrouw. De vakantie begint zaterdag. Haar zus ging vorig jaar mee en was daarna lang ziek.');
    expect(a.acute).toBe(true);
    expect(a.signals).toContain('departure');
  });
});

describe('what the ninety-fourth round of blind messages showed about babies, drawings and threats', () => {
  it('reads a baby with a fracture who is already at the SEH as danger for today, not for 112 now', () => {
    const a = assessAcuteDanger('Kinderafdeling hier. Baby van 3 maanden binnengebracht met een zwelling aan de arm, op de foto een breuk. Moeder zegt dat hij uit de box viel, maar hij kan nog niet eens zitten. Wat nu?');
    expect(a.acute).toBe(true);
    expect(a.urgency).toBe('possible');
  });

  it('reads no infant in danger in a pregnancy ("anders pakken ze de baby af") with drugs seen twice', () => {
    const a = assessAcuteDanger('Mijn cliënt gebruikt naast zijn methadon nog coke. Zijn vriendin is 6 maanden zwanger; ik heb haar een paar keer gezien en ze leek me onder invloed. Hij wil niet dat ik iets doe, anders pakken ze de baby af. Ik snap die angst, maar hoe gaat het straks thuis?');
    expect(a.acute).toBe(false);
  });

  it('reads a knife in a child\'s drawing as no weapon at hand', () => {
    expect(assessAcuteDanger('Meisje van 5 op de opvang tekende vandaag haar vader met een groot mes. Wat doe ik daarmee?').signals).not.toContain('weapon');
  });

  it('reads "je broer zegt dat je dit niet overleeft als je thuiskomt" as danger now', () => {
    const a = assessAcuteDanger('Een studente appt me net dat haar broer heeft gezegd dat ze dit niet overleeft als ze vanavond thuiskomt. Ze zit alleen op het station.');
    expect(a.acute).toBe(true);
    expect(a.urgency).toBe('now');
  });
});

describe('what the ninety-fifth round of blind messages showed', () => {
  it('reads a team day about strangulation among youth, with a question for voorlichtingsmateriaal, as no case', () => {
    expect(assessAcuteDanger('Onze teamdag in de jeugdzorg gaat over niet-fataal wurgen bij pubers, zoals challenges van internet. Is er voorlichtingsmateriaal voor 14-jarigen?').acute).toBe(false);
  });

  it('still reads a boy who tells after the team day that his father nearly strangled him as danger', () => {
    expect(assessAcuteDanger('Na de teamdag vertelde een jongen van de groep dat zijn vader hem gisteren bijna wurgde en dat hij vanavond niet naar huis durft.').acute).toBe(true);
  });
});

describe('what the ninety-fifth round showed about going home', () => {
  it('reads an older patient who "wil niet terug naar huis" to his son-in-law as afraid of home, not as a departure abroad', () => {
    const a = assessAcuteDanger('Oudere vrouw op onze afdeling wil niet terug naar huis bij haar zoon, ze zegt dat ze daar bang is. Ontslag staat voor maandag.');
    expect(a.signals).not.toContain('departure');
  });
});

describe('what the ninety-seventh round of blind messages showed', () => {
  it('reads a threat made last week, with a gun he owns and nothing placed now, as danger for today rather than now', () => {
    const a = assessAcuteDanger('Vorige week dreigde haar ex dat hij haar vriend zou doodschieten. Volgens haar zus heeft hij een geweer. Ze woont nu bij haar moeder.');
    expect(a.acute).toBe(true);
    expect(a.urgency).toBe('possible');
  });

  it('still reads the same threat as danger now when he is at her door', () => {
    const a = assessAcuteDanger('Vorige week dreigde haar ex dat hij haar zou doodschieten en nu staat hij al een half uur voor haar woning.');
    expect(a.urgency).toBe('now');
  });

  it('reads an ex who waits at the shelter door at times as no one near now', () => {
    expect(assessAcuteDanger('Haar ex staat soms \'s avonds bij de ingang van de opvang te wachten en ze is bang dat het erger wordt.').signals).not.toContain('perpetrator-near');
  });
});

describe('what the hundred-and-fourth round of blind messages showed', () => {
  it('reads a girl flown to Somalia on Saturday so that grandmother can "haar klaarmaken voor later" as a departure now', () => {
    const a = assessAcuteDanger('Een moeder vertelde dat ze zaterdag met haar dochter van 7 naar Somalië vliegen, zodat oma haar kan klaarmaken voor later.');
    expect(a.signals).toContain('departure');
  });

  it('does not read getting a room ready before a holiday with a daughter as a departure for cutting', () => {
    expect(assessAcuteDanger('We gaan de logeerkamer klaarmaken voor de vakantie, ons meisje gaat mee naar Turkije.').acute).toBe(false);
  });
});

describe('what the hundred-and-fifth round of blind messages showed', () => {
  it('reads a widower who wants to say goodbye, with a rope already hanging in the attic, as suicide now despite the death last month', () => {
    const a = assessAcuteDanger('Triagist huisartsenpost. Een man van 70 belt en zegt dat hij afscheid wil nemen, zijn vrouw is vorige maand overleden en er hangt al een touw op zolder. Ik heb hem nog aan de lijn.');
    expect(a.signals).toContain('suicide');
    expect(a.urgency).toBe('now');
  });

  it('still reads a call of last month that ended well as no danger now', () => {
    expect(assessAcuteDanger('Vorige maand belde een man die afscheid wilde nemen, dat is goed afgelopen. Hoe leggen we zulke gesprekken vast?').acute).toBe(false);
  });
});

describe('what the hundred-and-seventh round of blind messages showed', () => {
  it('reads an ex under a contact ban who let her know he will come by tonight as a threat now', () => {
    const a = assessAcuteDanger('Haar ex is vanochtend uit de gevangenis gekomen en liet via een vriendin weten vanavond bij haar langs te komen. Hij heeft een contactverbod. Wat moet ik regelen?');
    expect(a.signals).toContain('threat');
    expect(a.urgency).toBe('now');
  });

  it('reads shouting a neighbour hears "bijna elke nacht" as harm to weigh, not violence now', () => {
    expect(assessAcuteDanger('Een buurvrouw hoort bij het gezin naast haar bijna elke nacht geschreeuw en laatst gebonk tegen de muur.').signals).not.toContain('violence-now');
  });

  it('does not read a father with a contact ban who may come to the school play under supervision as a threat', () => {
    expect(assessAcuteDanger('Vader heeft een contactverbod, maar de rechter heeft bepaald dat hij onder begeleiding naar de musical mag komen. Hoe regelen we dat?').acute).toBe(false);
  });
});

describe('what the hundred-and-eighth round of blind messages showed', () => {
  it('reads a girl who flies to Eritrea on Sunday for "haar feest" where she becomes "een echt groot meisje", like her sister last year, as a departure now', () => {
    const a = assessAcuteDanger('Een meisje van 6 vertelde dat ze volgende week met papa naar Eritrea gaat voor haar feest waar ze een echt groot meisje wordt, net als haar zus vorig jaar. Ze vliegen zondag al.');
    expect(a.signals).toContain('departure');
    expect(a.urgency).toBe('now');
  });

  it('reads a boy who texts that he will jump from the car park tonight as suicide now', () => {
    const a = assessAcuteDanger('Mijn pupil (14) stuurde me net: \'vannacht spring ik van de parkeergarage bij het station\'. Zijn ouders nemen niet op.');
    expect(a.signals).toContain('suicide');
    expect(a.urgency).toBe('now');
  });

  it('does not read a swimmer who jumps off the high board on Saturday as suicide', () => {
    expect(assessAcuteDanger('Ze is zo trots: zaterdag spring ik van de hoge duikplank, zegt ze.').signals).not.toContain('suicide');
  });
});
