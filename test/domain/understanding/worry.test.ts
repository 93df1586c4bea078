import { describe, expect, it } from 'vitest';
import { readWorry } from '../../../src/domain/understanding/worry.js';

describe('the worry reader on who is suspected', () => {
  it('does not send a volunteer who worries about a child at home to the route for suspected colleagues', () => {
    const reading = readWorry('ik ben maar vrijwilliger bij de tennisclub. een jongen van 11 zegt dat hij vaak geen ontbijt krijgt en heeft al weken dezelfde trui aan. bij wie moet ik zijn?');
    expect(reading.step).not.toBe('organisation-route');
    expect(reading.involved).not.toContain('colleague');
  });

  it('does not suspect a colleague who only discussed it with the intern begeleider', () => {
    const reading = readWorry('Vorig jaar vertelde hij over ruzie thuis, toen heeft mijn collega dat met de ib\'er besproken. Hij zegt zelf dat papa hem nooit slaat.');
    expect(reading.step).not.toBe('organisation-route');
  });

  it('does not suspect a colleague who only gives their opinion', () => {
    const reading = readWorry('Een meisje van 5 op de opvang vertelt steeds over geheimpjes met haar oom. Mijn collega vindt het kletspraat, maar ik twijfel. Wat moet ik doen?');
    expect(reading.step).not.toBe('organisation-route');
  });

  it('reads no signal in the role or the fear of the asker', () => {
    expect(readWorry('Ik ben huisarts. Mag ik zonder toestemming van mijn patiënt gegevens delen met Veilig Thuis?').signals).toEqual([]);
    expect(readWorry('Ik wil melden, maar ik ben eerlijk gezegd bang voor de reactie van vader. Kan ik anoniem melden?').signals).toEqual([]);
  });

  it('reads the suspicion after the asker says where they work', () => {
    expect(readWorry('Ik werk in een verpleeghuis en vermoed dat een collega een bewoner slaat. Moet ik de meldcode volgen?').step).toBe('organisation-route');
  });

  it('sends a suspicion against a colleague to that route', () => {
    const reading = readWorry('Ik zag gisteren dat een collega een kind van 4 hardhandig aan de arm meesleurde en hem uitschold. Wat moet ik doen?');
    expect(reading.step).toBe('organisation-route');
    expect(reading.involved).toContain('colleague');
  });
});

describe('the worry reader on signals', () => {
  it('reads "aan haar zat" as a sexual signal', () => {
    expect(readWorry('Ze vertelde me dat een buurman vroeger aan haar zat toen ze klein was. Wat kan ik doen?').signals).toContain('sexual');
  });
});

describe('the worry reader on what is asked', () => {
  it('hears "is dit al mishandeling?" as a question whether it is abuse', () => {
    expect(readWorry('Ze heeft weer blauwe plekken en vader schreeuwt veel. Is dit al mishandeling of ben ik te streng?').question).toBe('is-it-abuse');
  });

  it('hears a question about being asked to keep it secret', () => {
    expect(readWorry('Ze fluisterde dat hij soms heel boos wordt en dat ik het niet mocht doorvertellen. Wat zijn mijn opties?').question).toBe('keep-secret');
    expect(readWorry('Ze fluisterde dat hij soms heel boos wordt en dat ik het niet mocht doorvertellen.').question).toBeUndefined();
  });

  it('hears a question about talking to the parents first', () => {
    expect(readWorry('Een jongen uit mijn klas komt vaak zonder eten. Moet ik de moeder hierop aanspreken?').question).toBe('talk-to-family');
    expect(readWorry('Haar vader is nogal opvliegend. Wat als vader dan boos wordt?').question).toBe('talk-to-family');
  });
});

describe('the worry reader on a baby who does not thrive', () => {
  it('reads a baby who hardly grows and missed appointments as neglect, and "zorgelijk?" as asking whether to act', () => {
    const reading = readWorry('Als jeugdarts zie ik een baby van 3 maanden die nauwelijks groeit, ouders komen steeds niet op afspraken. zorgelijk?');
    expect(reading.signals).toContain('neglect');
    expect(reading.question).toBe('should-act');
  });
});

describe('the worry reader on the ways people ask what to do', () => {
  it.each(['wat zou jij doen?', 'wat zijn mijn opties?', 'hoe pakken we dit aan?', 'hoe kijken jullie hiernaar?', 'wat moeten we doen?', 'hoe zit dat?'])(
    'reads "%s" at the end of a worry as asking what to do',
    (question) => {
      expect(readWorry(`Een meisje van 7 op de bso heeft altijd honger en haar kleren ruiken niet fris. ${question}`).question).toBe('what-to-do');
    },
  );
});

describe('the worry reader on more questions a story ends with', () => {
  const story = 'Een oudere meneer op mijn route zit steeds opgesloten in zijn kamer als zijn dochter weg is.';
  it.each([
    ['Klopt dit wel?', 'is-it-abuse'],
    ['Mag ik dit doorvertellen aan de zorgcoördinator?', 'may-share'],
    ['Mag ik eigenlijk wel iets doen zonder zijn toestemming?', 'may-share'],
    ['Moet ik de meldcode volgen of niet?', 'should-act'],
  ] as const)('reads "%s" as %s', (question, kind) => {
    expect(readWorry(`${story} ${question}`).question).toBe(kind);
  });
});

describe('the worry reader on everyday words for children', () => {
  it('reads "kids" as children, so repeated rows at one address are a situation with children in it', () => {
    const reading = readWorry('Voor de derde keer melden buren geschreeuw en ruzie bij hetzelfde gezinnetje, er wonen drie kids. Doe ik hier iets mee?');
    expect(reading.involved).toContain('child');
    expect(reading.describesSituation).toBe(true);
  });
});

describe('the worry reader on what the asker says of themselves and of what they did not see', () => {
  it('does not read an injury that was not seen ("geen letsel gezien") as an injury signal', () => {
    expect(readWorry('Ze vertelt dat haar man haar telefoon controleert. Geen letsel gezien.').signals).not.toContain('injury');
    expect(readWorry('Geen blauwe plekken, maar wel een wond op haar arm.').signals).toContain('injury');
  });

  it('does not read the asker\'s role "huisarts hier" as neglect, but a child kept from the huisarts is', () => {
    expect(readWorry('huisarts hier, een vraag over een moeder en haar zoon').signals).not.toContain('neglect');
    expect(readWorry('Hij wordt nooit naar de huisarts gebracht, ook niet met koorts.').signals).toContain('neglect');
  });

  it('reads a benefit handed over to a housemate as a financial signal and hands in the trousers of other children as sexual', () => {
    expect(readWorry('Mijn cliënt geeft haar hele uitkering af aan een man die bij haar woont.').signals).toContain('financial');
    expect(readWorry('Een kleuter stopt zijn handen in de broek van andere kinderen.').signals).toContain('sexual');
  });
});

describe('the worry reader on asking how to see someone alone, how to start the talk, and whether to write it down', () => {
  it.each([
    ['Hoe krijg ik haar even alleen?', 'speak-alone'],
    ['Ik krijg hem nooit alleen te spreken, zijn vrouw is er altijd bij.', 'speak-alone'],
    ['Hoe begin ik dat gesprek met de ouders zonder dat ze boos worden?', 'talk-to-family'],
    ['Moet ik dit toch in het leerlingdossier zetten?', 'should-record'],
    ['hoe leg ik dat achteraf netjes vast?', 'should-record'],
  ])('hears "%s" as %s', (sentence, kind) => {
    expect(readWorry(sentence).question).toBe(kind);
  });
});

describe('the worry reader on exploitation and on exchanging information (set AV)', () => {
  it('reads "financieel uitgebuit" as a financial signal and "info uitwisselen met de thuiszorg" as asking whether one may share with another organisation', () => {
    const reading = readWorry('Mag ik zomaar info uitwisselen met de thuiszorg over een mevrouw van 88 die door haar kleinzoon financieel wordt uitgebuit?');
    expect(reading.signals).toContain('financial');
    expect(reading.question).toBe('share-with-others');
  });
});

describe('the worry reader on adults with a disability and on whom to call (set AU)', () => {
  it('reads someone with a mild intellectual disability at the dagbesteding as a client the story is about', () => {
    expect(readWorry('Een man van 30 met een LVB op onze dagbesteding heeft elke maand al na een week geen geld meer.').involved).toContain('client');
  });

  it('hears "wie kan ik hierover bellen?" as asking whom to call, not whether one may share', () => {
    expect(readWorry('Zijn nieuwe huisgenoten nemen zijn geld af. Wie kan ik hierover bellen?').question).toBe('who-to-call');
    expect(readWorry('Zijn nieuwe huisgenoten nemen zijn geld af. Wie kan ik hierover bellen, Veilig Thuis of de politie?').question).toBe('police-or-vt');
  });
});

describe('the worry reader on workers who only heard or doubt (set AT)', () => {
  it('does not suspect a worker who was told something, or a colleague who would rather do nothing', () => {
    expect(readWorry('Op kamp vertelde een jongen aan een andere leider dat hij op zijn kamer moet blijven als de nieuwe vriend van zijn moeder thuis is.').signals).not.toContain('colleague');
    expect(readWorry('Mijn collega wil er niks mee, want het zijn zulke betrokken ouders en ze vreest voor de relatie met het gezin.').signals).not.toContain('colleague');
  });
});

describe('the worry reader on coercive control (set AU)', () => {
  it('reads a partner who holds all the money and decides whom she sees as partner violence, and "trouwens" as no marriage', () => {
    const reading = readWorry('Beide partners zitten aan tafel maar alleen hij praat. Zij heeft geen eigen rekening en moet de bonnetjes laten zien. De schulden staan trouwens op haar naam.');
    expect(reading.signals).toContain('domestic');
    expect(reading.signals).not.toContain('special-route');
    expect(reading.involved).toContain('partner');
  });
});

describe('the worry reader on older adults, carers and children already seen (sets BE, BF, BG)', () => {
  it('reads neglect of an older woman by her live-in daughter as neglect of an older adult, not as a case for the Kindcheck', () => {
    const reading = readWorry('mevr 91 jr, dochter woont in als mantelzorger. vanochtend lag mevr in doorweekt incontinentiemateriaal en de drinkbeker stond buiten bereik. dochter zei dat ze het niet meer trekt.');
    expect(reading.involved).toContain('older-adult');
    expect(reading.signals).toContain('neglect');
    expect(reading.step).not.toBe('kindcheck');
  });

  it('does not send a teacher who worries about a pupil\'s mother to the Kindcheck', () => {
    const reading = readWorry('Een leerling uit groep 6 vertelt dat haar moeder depressief is en de hele dag in bed ligt. Wat moet ik doen?');
    expect(reading.step).not.toBe('kindcheck');
  });

  it('reads no injury in the wound care that is the asker\'s work', () => {
    expect(readWorry('Ik kom bij meneer (84) voor wondzorg aan zijn been. Zijn kleinzoon heeft zijn bankpas en de koelkast is leeg.').signals).not.toContain('injury');
  });

  it('reads no sexual signal in a dirty nappy or underpants', () => {
    expect(readWorry('De peuters liepen in een vieze luier of onderbroek door het koude huis, overal vuilniszakken.').signals).not.toContain('sexual');
  });

  it('reads a volunteer trainer sending a girl late-night messages with hearts as a suspicion against someone in the club', () => {
    const reading = readWorry('Ik ben vrijwilliger bij de korfbal. Een andere trainer heeft de meiden onder 12. Een moeder vertelde me dat hij haar dochter laat op de avond appjes met hartjes stuurt. Bij wie moet ik dit melden?');
    expect(reading.signals).toContain('sexual');
    expect(reading.step).toBe('organisation-route');
  });

  it('reads "je bent een schande" from a father at the sideline as belittling, not as honour-related violence', () => {
    const reading = readWorry('Een vader roept elke wedstrijd tegen zijn dochter dat ze een schande is en uitscheldt haar voor lui. Is dit al mishandeling?');
    expect(reading.signals).toContain('emotional');
    expect(reading.signals).not.toContain('special-route');
  });

  it('hears "zonder haar in gevaar te brengen" as a question how to see her alone', () => {
    expect(readWorry('Haar man zit altijd bij het consult en praat voor haar. Ze heeft steeds blauwe plekken. Hoe pak ik dit aan zonder haar in gevaar te brengen?').question).toBe('speak-alone');
  });
});

describe('the worry reader on what police officers, care workers and club staff ask (sets BK and BL)', () => {
  it('hears an officer asking whether a zorgmelding reaches Veilig Thuis by itself', () => {
    expect(readWorry('wijkagent hier. 4e keer ruzie op hetzelfde adres, 3 kinderen thuis. gaat dat automatisch naar VT via ons systeem of moet ik zelf iets doen?').question).toBe('police-route');
    expect(readWorry('Haar vader is al weken somber. Gaat het vanzelf over?').question).not.toBe('police-route');
  });

  it('hears professional secrecy in the question as a question about the meldrecht', () => {
    expect(readWorry('Mijn cliënt laat zijn dochtertje van 3 uren alleen. Mag ik dit melden, gezien mijn beroepsgeheim?').question).toBe('may-share');
  });

  it('reads young children left alone at night by a parent in crisis as neglect that asks for advice today', () => {
    const reading = readWorry('Mijn cliënt met een psychose gaat s nachts de straat op terwijl de kinderen slapen, ze zijn 3 en 6. Wat moet ik hiermee?');
    expect(reading.signals).toContain('neglect');
    expect(reading.step).toBe('advice');
  });

  it('hears "zonder dat het erger wordt" as a question how to act without raising the danger', () => {
    expect(readWorry('Haar vriend leest al haar berichten en ze had een blauwe pols. Hoe pak ik dit aan zonder dat het voor haar erger wordt?').question).toBe('speak-alone');
  });

  it('reads several volunteer trainers named in the plural as people in the club who may be suspected', () => {
    const reading = readWorry('Een van onze vrijwillige trainers van de meiden O11 stuurt een meisje s avonds laat appjes met hartjes. Een moeder liet me de appjes zien die hij stuurde. Bij wie leg ik dit neer?');
    expect(reading.step).toBe('organisation-route');
  });
});

describe('the worry reader on a baby in neglect, a pregnancy and a housing corporation (sets BQ and BR)', () => {
  it('asks for advice today, not a talk this week, for a baby in a house with hardly any food', () => {
    expect(readWorry('Bij het huisbezoek zag ik een baby van 5 maanden in een vervuild huis, bijna geen eten en overal vuilniszakken. Moeder leek verward.').step).toBe('advice');
  });

  it('hears "mogen wij dit melden" as a question whether to report', () => {
    expect(readWorry('Buren horen al weken geschreeuw bij een gezin met kleine kinderen. Mogen wij als verhuurder dit melden bij Veilig Thuis?').question).toBeDefined();
  });
});

describe('the worry reader on questions about what to write down (set BQ)', () => {
  it.each([
    'Een leerling vertelde over ruzie thuis. Wat moeten we nu precies vastleggen?',
    'Een leerling vertelde over ruzie thuis. Schrijven we haar woorden letterlijk op?',
    'Een leerling vertelde over ruzie thuis. Zet ik mijn eigen interpretatie er ook in?',
  ])('hears "%s" as a question what to record', (text) => {
    expect(readWorry(text).question).toBe('should-record');
  });
});

describe('the worry reader on an intern written "stagair" and a melding "als ze het zelf niet wil" (sets BZ and CA)', () => {
  it('reads an intern at the kdv who takes a toddler to the sleeping room as a suspicion in the organisation', () => {
    expect(readWorry('de stagair op onze groep filmt de peuters met zn eigen telefoon en neemt een meisje steeds mee naar de slaapkamer. overdrijf ik?').step).toBe('organisation-route');
  });

  it('hears "mogen we dit melden als ze het zelf niet wil" about an adult as a question about her own say and the meldrecht', () => {
    expect(readWorry('Een cliënte met een lvb geeft al haar geld aan een online vriend. Mogen we dit melden als ze het zelf niet wil?').question).toBe('adult-refuses');
  });

  it('hears "tegen haar wil" about a girl of thirteen as a question about the meldrecht, not about an adult\'s own say', () => {
    expect(readWorry('Een leerling van 13 wordt opgehaald door een man van 23 en krijgt dure cadeaus. Mag ik dit met haar moeder bespreken terwijl ze dat niet wil?').question).not.toBe('adult-refuses');
  });

  it('reads grooming signs around a volunteer named a sentence earlier as a suspicion in the club', () => {
    const reading = readWorry(
      "We hebben een nieuwe assistent, vrijwilliger van 24. Maar er zit me iets niet lekker. Hij heeft met spelers snapchat en brengt er een steeds alleen naar huis. 'Hun geheimpje', zei de jongen.",
    );
    expect(reading.step).toBe('organisation-route');
  });

  it('does not suspect the worker who saw something ("zag een leidster"), but does the one the asker saw ("ik zag een collega")', () => {
    expect(readWorry('Zaterdag zag een leidster bij de tekencontrole blauwe plekken op zijn benen. Hij zei dat hij gevallen was.').signals).not.toContain('colleague');
    expect(readWorry('Ik zag een collega op het kinderdagverblijf een peuter hardhandig door elkaar schudden. Bij wie moet ik dit melden?').step).toBe('organisation-route');
  });

  it('hears "ben ik verplicht haar vooraf te vertellen dat ik Veilig Thuis om advies vraag" as its own question', () => {
    expect(readWorry('Mijn cliënte drinkt en haar dochter van 4 was om elf uur nog in pyjama. Ben ik verplicht haar vooraf te vertellen dat ik Veilig Thuis om advies vraag?').question).toBe('tell-before-advice');
  });

  it('does not make "meneer" older when the message says the adults are about forty, nor a son of thirty a child', () => {
    expect(readWorry('Ik heb een stel in traject, allebei rond de 40. Meneer doet altijd het woord en zij heeft geen eigen bankpas.').involved).not.toContain('older-adult');
    const reading = readWorry('Ik kom bij een vrouw van 58; haar zoon van 30 met psychische problemen woont bij haar. Ze zei zachtjes: hij was het, maar zeg niks.');
    expect(reading.involved).not.toContain('child');
    expect(reading.step).not.toBe('kindcheck');
  });

  it('reads a mother who closes the door on crying twins of seven weeks and drives off as neglect of a baby: advice today', () => {
    const reading = readWorry("moeder van een tweeling van 7 weken vertelde op het cb dat als ze 's nachts blijven krijsen ze 'gewoon de deur dichtdoet en een rondje gaat rijden'.");
    expect(reading.signals).toContain('neglect');
    expect(reading.step).toBe('advice');
  });

  it('hears "kan ik de bank om info vragen zonder toestemming" as a question about gathering information', () => {
    expect(readWorry('De neef heeft zijn pinpas. Kan ik de bank of de corporatie om info vragen zonder toestemming van meneer?').question).toBe('request-information');
  });

  it('reads a youth-care colleague who sends a client of 15 late-night messages with hearts and calls himself her best friend as a suspicion', () => {
    const reading = readWorry("ik werk als ambulant jeugdhulpverlener. een collega van me heeft een cliënt van 15. ik zag op zijn scherm whatsappjes met haar om 23:40 met hartjes erbij. hij heeft haar ook mee naar de mcdonalds genomen en zij noemt hem 'mijn beste vriend'.");
    expect(reading.step).toBe('organisation-route');
  });

  it('reads a cousin "die op haar wacht" in Turkey this summer as a sign of forced marriage', () => {
    expect(readWorry("de oudste dochter van 16 gaat niet meer naar school. ze gaan deze zomer naar turkije en daar wacht een neef op haar. gisteren appte ze me 'kunt u me helpen'.").signals).toContain('special-route');
  });

  it('does not make "mevrouw (41)" an older adult', () => {
    expect(readWorry("mevrouw (41) komt voor de derde keer dit jaar met een 'val van de trap', nu een gebroken pols.").involved).not.toContain('older-adult');
  });
});

describe('who a story is about, in what it names (blind judges: "Wat ik lees" claimed people the message did not)', () => {
  it('reads a boy of fourteen months as a young child, not a youth', () => {
    const { involved } = readWorry('Vannacht is een jongetje van 14 maanden opgenomen met een gebroken arm. Ouders zeggen dat hij uit de box is geklommen.');
    expect(involved).toContain('young-child');
    expect(involved).not.toContain('youth');
  });

  it('reads oma beside a child as family who helps, not an older adult the worry is about', () => {
    expect(readWorry('Politie is vannacht bij het gezin geweest, de kinderen van 6 en 8 zaten boven op slot. Oma is gekomen om op te passen. Moet ik nog iets doen?').involved).not.toContain('older-adult');
    expect(readWorry('Een oudere dame met dementie, haar kleinzoon beheert haar pinpas en ze eet slecht. Is dit iets voor Veilig Thuis?').involved).toContain('older-adult');
  });

  it('names a partner only where the message says whose partner', () => {
    expect(readWorry('Een vrijwilliger, een man van in de 60, wil de kinderen steeds op schoot en geeft meisjes cadeautjes. Wat moet ik doen?').involved).not.toContain('partner');
    expect(readWorry('Ze vertelde dat haar man haar telefoon controleert en dat de kinderen bang zijn. Wat moet ik doen?').involved).toContain('partner');
  });
});

describe('the worry reader on who is involved (blind round 17)', () => {
  it('reads no child where the message says there are none, and no older adult in an IQ of 65', () => {
    expect(readWorry('Mijn cliënte van 35 heeft blauwe plekken op haar bovenarm en haar man controleert haar telefoon. Er zijn geen kinderen. Hoe begin ik dat gesprek?').involved).not.toContain('child');
    expect(readWorry("Cliënte is 22, iq rond de 65, en heeft sinds kort een 'vriend' van eind 30 die haar geld afpakt. Is dit uitbuiting?").involved).not.toContain('older-adult');
  });

  it('reads a student of 19 on the mbo as a young adult, and a pupil of 15 on the mbo as a youth', () => {
    expect(readWorry('Een studente van 19 op ons mbo woont samen met een vriend van 34 die haar pinpas heeft. Wat moet ik doen?').involved).not.toContain('youth');
    expect(readWorry('Een leerling van 15 op ons mbo wordt opgehaald door een man van 30 die hij zijn vriend noemt. Wat moet ik doen?').involved).toContain('youth');
  });
});

describe('the worry reader on questions and suspects of blind round 19', () => {
  it('hears "hoe vraag ik haar ernaar zonder dat hij erbij is?" as seeing her alone, and a colleague who takes a toddler to the changing room behind a closed door as a suspect', () => {
    expect(readWorry('Ze heeft een rode plek op haar arm en hij loopt steeds in en uit. Hoe vraag ik haar er naar zonder dat hij erbij is?').question).toBe('speak-alone');
    expect(readWorry('Ik werk op een kdv. Een collega neemt steeds hetzelfde meisje van 2 mee naar de verschoonruimte en doet dan de deur dicht. Is dit iets voor VT?').step).toBe('organisation-route');
    expect(readWorry('Een vader schreeuwt bij de deur van de bso. Collega belt 112, moet ik de kinderen binnen houden en de deur op slot?').step).not.toBe('organisation-route');
  });
});

describe('the worry reader on time that runs out', () => {
  it('asks for advice today where the asker has only days left with the family, not a talk this week', () => {
    expect(readWorry('Ik ben kraamverzorgende. De vader schreeuwt de hele dag en moeder durft de baby niet bij hem te laten. Ik ben er nog maar 2 dagen. Wat kan ik doen?').step).toBe('advice');
    expect(readWorry('Bij mijn laatste bezoek hoorde ik ruzie tussen de ouders. Moet ik dit melden?').step).not.toBe('advice');
  });
});


describe('the worry reader on advice or a melding, the five steps, calling the parents and a son who is always there (round 22)', () => {
  it.each([
    ['Eerst advies vragen of gelijk melden?', 'advice-or-report'],
    ['is dit iets voor een melding of kan ik beter eerst advies inwinnen?', 'advice-or-report'],
    ['wat zijn de stappen van de meldcode ook alweer?', 'meldcode-steps'],
    ['Welke stappen moet ik nu volgen?', 'meldcode-steps'],
    ['Moeten we moeder hier nu over informeren?', 'talk-to-family'],
    ['Moet ik de ouders bellen om te vragen waarom ze stopt?', 'talk-to-family'],
    ['Hoe bespreek ik dit met haar als haar zoon er altijd bij zit?', 'speak-alone'],
  ])('reads "%s" as %s', (question, kind) => {
    expect(readWorry(`Een leerling van 12 heeft weer blauwe plekken op haar arm. ${question}`).question).toBe(kind);
  });

  it('does not read a sentence that only tells of advice or a melding as that question', () => {
    expect(readWorry('Ik heb vorige week advies gevraagd en geen melding gedaan. Een leerling van 12 heeft weer blauwe plekken.').question).toBeUndefined();
  });
});

describe('the worry reader on advice without consent, asking the mother at pickup and handing a child over (round 23)', () => {
  it.each([
    ['Heb ik toestemming van de ouders nodig om Veilig Thuis te bellen voor alleen een advies?', 'tell-before-advice'],
    ['Mag ik advies vragen bij Veilig Thuis zonder zijn toestemming?', 'tell-before-advice'],
    ['kan ik veilig thuis bellen zonder dat zij dat weet?', 'tell-before-advice'],
    ['Mag ik dit gewoon aan moeder vragen bij het ophalen?', 'talk-to-family'],
    ['en wat als moeder weer drinkend komt ophalen, mag ik dan het kind gewoon meegeven??', 'unsafe-pickup'],
  ])('reads "%s" as %s', (question, kind) => {
    expect(readWorry(`Een meisje van 5 uit onze groep heeft weer een blauwe plek. ${question}`).question).toBe(kind);
  });

  it('does not read "wat kan ik haar meegeven?" or "toestemming van moeder vragen" as a pickup or a talk with the family', () => {
    expect(readWorry('Een cliënte van 34 vertelde dat haar partner haar slaat. Wat kan ik haar in het volgende gesprek meegeven?').question).not.toBe('unsafe-pickup');
    expect(readWorry('Een baby van 9 maanden huilt nooit. Moet ik daarvoor eerst toestemming van moeder vragen?').question).not.toBe('talk-to-family');
  });
});

describe('what the twenty-fourth round of blind messages asked', () => {
  it('reads every question of a story, the specific ones besides the first', () => {
    const reading = readWorry(
      'Een cliënte van 40 wordt door haar ex gestalkt. Kan zij zelf Veilig Thuis bellen? Telt het voor de kinderen mee dat ze zijn dreigementen horen? En is dit iets voor VT of voor de politie?',
    );
    expect([reading.question, ...reading.alsoAsked]).toEqual(expect.arrayContaining(['adult-calls-herself', 'child-witness', 'police-or-vt']));
  });

  it('asks for advice today, not a talk this week, when someone is stalked or threatened', () => {
    expect(readWorry('Mijn cliënte van 52 wordt al weken achtervolgd door haar ex, hij staat elke avond bij haar huis.').step).toBe('advice');
  });
});

describe('what a separated parent may be told', () => {
  it('reads "mag ik die informatie aan vader geven?" and "wat mag ik delen?" in a separation as that question', () => {
    expect(readWorry('De ouders zitten in een vechtscheiding. Vader vraagt om het leerlingdossier. Mag ik die informatie aan vader geven?').question).toBe('parent-information');
    expect(readWorry('De ouders zijn gescheiden. Vader wil dat we alle info over zijn zoon ook naar hem sturen. Wat mag ik delen?').question).toBe('parent-information');
    expect(readWorry('De ouders zitten in een vechtscheiding. Vader eist alle verslagen. Wat mag ik aan vader geven?').question).toBe('parent-information');
  });

  it('does not read a question about sharing with Veilig Thuis in a separation as that question', () => {
    expect(readWorry('De ouders zijn gescheiden. Mag ik informatie over vader aan Veilig Thuis geven?').question).not.toBe('parent-information');
  });
});

describe('children who see one adult at home hurt the other', () => {
  it('reads "haar man slaat haar" with children in the story as children who see violence, and asks whether to report', () => {
    const reading = readWorry('Een cliënte vertelde dat haar man haar slaat. Ze hebben twee kinderen van 5 en 8. Is dit een situatie waarin ik moet melden?');
    expect(reading).toMatchObject({ childrenSeeViolence: true, question: 'should-report' });
  });

  it('does not read a quarrel or a separation as violence between the adults', () => {
    expect(readWorry('De ouders van een leerling van 8 maken veel ruzie en gaan scheiden. Moet ik hier iets mee?').childrenSeeViolence).toBeUndefined();
  });
});
