import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, textsTo, type TestBot } from '../../helpers/testBot.js';
import { channelMessage, executeAction, installInTeam, personalMessage, personalWhere, teamChannel, type TestUser } from '../../helpers/activities.js';
import { buttons, cardOf, texts } from '../../helpers/cards.js';

/** What the person sees after one message in a fresh personal chat: every reply, card texts flattened. */
interface Seen {
  replies: Record<string, unknown>[];
  all: string;
  first: string;
}

describe('what a professional sees when typing in their own words', () => {
  let t: TestBot;
  let n = 0;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => t?.stop());

  const freshUser = (): TestUser => {
    n += 1;
    return { id: `29:understanding-${n}`, aadObjectId: `aad-understanding-${n}`, name: 'Professional' };
  };

  async function say(text: string, user: TestUser = freshUser()): Promise<Seen & { user: TestUser }> {
    const before = t.connector.calls.length;
    const res = await t.send(personalMessage(t.connector.url, user, text));
    expect(res.status).toBe(200);
    const replies = t.connector.calls.slice(before).filter((c) => c.conversationId === `a:personal-${user.aadObjectId}`).map((c) => c.body);
    const seen = replies.map((r) => [String(r.text ?? ''), r.attachments ? texts(cardOf(r)) : ''].join('\n'));
    return { user, replies, all: seen.join('\n'), first: seen[0] ?? '' };
  }

  describe('a message that describes a worry', () => {
    const story =
      'Hoi, ik ben leerkracht groep 5. Een meisje in mijn klas is de laatste weken heel stil en schrikt als ik achter haar sta. ' +
      'Vandaag had ze een blauwe plek op haar arm, ze zei dat ze van de trap was gevallen maar keek me niet aan. ' +
      'Moeder heeft sinds kort een nieuwe vriend. Moet ik hier iets mee?';

    it('gets "Wat ik lees" in general words, the answer to its question, the step that fits, and the walk with the signals', async () => {
      const seen = await say(story);
      expect(seen.replies).toHaveLength(1);
      expect(seen.all).toContain('Wat ik lees');
      expect(seen.all).toMatch(/letsel/);
      expect(seen.all).toMatch(/gedrag/);
      expect(seen.all).toContain('een kind');
      expect(seen.all).toMatch(/Moet je hier iets mee\? Ja/);
      expect(seen.all).toMatch(/Wat nu past/);
      expect(seen.all).not.toMatch(/geen passend antwoord/i);
      const walk = buttons(cardOf(seen.replies[0])).find((b) => b.title === 'Meldcode-stappen doorlopen');
      expect(walk?.data).toMatchObject({ signals: expect.arrayContaining(['injury', 'behaviour']) });
    });

    it('starts the walk from that button', async () => {
      const seen = await say(story);
      const walk = buttons(cardOf(seen.replies[0])).find((b) => b.title === 'Meldcode-stappen doorlopen')!;
      const res = await t.send(executeAction(t.connector.url, seen.user, personalWhere(seen.user), walk.verb!, walk.data));
      expect(res.status).toBe(200);
      expect(texts(cardOf(res.body))).toMatch(/sector|acuut|gevaar/i);
    });

    it('never repeats a name from the message', async () => {
      const seen = await say('Ik maak me zorgen om Noortje uit groep 3, ze komt steeds zonder ontbijt en in vieze kleren. Wat moet ik doen?');
      expect(seen.all).toContain('verwaarlozing');
      expect(seen.all).not.toContain('Noortje');
    });

    it('answers the specific question a worry also asks, from the article about it, with the step below', async () => {
      const seen = await say('Kan ik anoniem melden als wijkverpleegkundige? Een meneer die ik verzorg heeft steeds blauwe plekken en zijn zoon is nogal agressief.');
      expect(seen.replies).toHaveLength(1);
      expect(seen.all).toContain('Wat ik lees');
      expect(seen.all).toMatch(/Op je vraag:.*anoniem/i);
      expect(seen.all).toMatch(/Wat nu past/);
      expect(buttons(cardOf(seen.replies[0])).map((b) => b.title)).toContain('Lees het hele antwoord: Anonimiteit van de melder: blijf ik anoniem als ik meld?');
    });

    it('answers both questions of a story that asks two, each from its own article', async () => {
      const seen = await say(
        'Wijkverpleegkundige hier. Bij een mevrouw van 81 die ik verzorg is de koelkast vaak leeg en haar zoon beheert haar pinpas. ' +
          'Kan ik anoniem melden bij Veilig Thuis? En moet ik de zoon vertellen dat ik ga melden?',
      );
      expect(seen.replies).toHaveLength(1);
      expect(seen.all).toMatch(/Op je vraag:/);
      expect(seen.all).toMatch(/Op je andere vraag:/);
      const reads = buttons(cardOf(seen.replies[0])).map((b) => b.title).filter((title) => title.startsWith('Lees het hele antwoord'));
      expect(reads).toHaveLength(2);
      expect(reads.join('\n')).toMatch(/anoniem/i);
      expect(seen.all).toMatch(/Wat nu past/);
    });

    it('hears a question typed without a question mark at the end of a story', async () => {
      const seen = await say('Een vader van een leerling ruikt elke ochtend naar drank en het kind is vaak moe en verdrietig. Hoe zit het dan met de privacy van het gezin als ik advies vraag');
      expect(seen.all).toMatch(/Op je vraag:/);
    });

    it('does not read a pupil who is no longer in class as a wish to be dead', async () => {
      const seen = await say('Een leerling is vorige week uit huis geplaatst en zit nu op een andere school. Hoe vertel ik de klas waarom ze er niet meer is');
      expect(seen.all).not.toMatch(/113|suïcide/i);
    });

    it('reads small round burns and a slap in the face as signals, never "geen passend antwoord"', async () => {
      const burns = await say('Bij de voetbaltraining zag ik bij een jochie van 9 kleine ronde brandplekjes op zijn pols, net sigaretten. Hij zei dat het van de kachel kwam.');
      expect(burns.all).toMatch(/letsel/);
      const slap = await say('In de supermarkt gaf een vader zijn dochtertje een harde klap in haar gezicht en schold haar uit.');
      expect(slap.all).toContain('Wat ik lees');
      for (const seen of [burns, slap]) expect(seen.all).not.toMatch(/geen passend antwoord/i);
    });

    it('answers "moet ik hier iets mee?" itself when no article is about what it asks', async () => {
      const seen = await say('Een jongen uit mijn klas komt al weken zonder jas en zonder brood naar school en is erg moe. Moet ik hier iets mee?');
      expect(seen.all).not.toMatch(/Op je vraag/);
      expect(seen.all).toMatch(/Moet je hier iets mee\? Ja/);
    });

    it('answers how to see someone alone: not where the suspect is, no confrontation, ask Veilig Thuis how', async () => {
      const seen = await say('Op het consultatiebureau zit een moeder met een dik oog, haar man praat steeds voor haar. Hoe krijg ik haar even alleen?');
      expect(seen.all).toMatch(/Spreek je zorg niet uit waar degene bij is die je verdenkt, en confronteer die niet/);
      expect(seen.all).toContain('0800-2000');
      expect(seen.all).not.toMatch(/geen vast antwoord/);
    });

    it('answers "moet ik dit vastleggen?" after an explained injury with what to write down', async () => {
      const seen = await say('Een meisje uit groep 4 heeft een schaafwond op haar knie, vader zei dat ze van de step viel en dat zag de overblijfmoeder ook. Moet ik dat nog noteren?');
      expect(seen.all).toMatch(/Leg het kort en feitelijk vast/);
      expect(seen.all).not.toMatch(/geen vast antwoord/);
    });

    it('answers a request for secrecy: promise none, advice without names, the meldrecht', async () => {
      const seen = await say('Een cliënte met een blauwe plek op haar arm vroeg me het geheim te houden, haar vriend wordt soms heel boos. Wat zijn mijn opties?');
      expect(seen.all).toMatch(/Beloof geen geheimhouding/);
      expect(seen.all).toMatch(/meldrecht/);
    });

    it('answers how to go about it without putting her in danger as a question how to see her alone, with no article on telling parents', async () => {
      const seen = await say('Huisarts hier. Een patiënte komt steeds met blauwe plekken en haar man zit er altijd bij en praat voor haar. Hoe pak ik dit aan zonder haar in gevaar te brengen?');
      expect(seen.all).toMatch(/Spreek je zorg niet uit waar degene bij is die je verdenkt/);
      expect(seen.all).not.toMatch(/Moet ik de ouders vertellen/);
    });

    it('asks for Veilig Thuis first when a child who told of beatings at home is the one the parents would hear about', async () => {
      const seen = await say('Een jongen van 13 uit mijn team vertelde na de training dat zijn vader hem met de riem slaat als hij slechte cijfers haalt. Moet ik de ouders vertellen dat ik ga melden?');
      expect(seen.first).toMatch(/Op je vraag:\*\* Nu nog niet\. .*vraag dan eerst advies aan Veilig Thuis voordat je iets met de ouders/);
      expect(seen.first).not.toMatch(/In principe wel/);
    });

    it('answers the question a story asks below its special route, such as how to see a girl alone', async () => {
      const seen = await say('Een meisje van 15 uit ons jongerencentrum heeft een vriend van 23 met een dure auto, ze krijgt dure cadeaus en spijbelt. Hoe spreek ik haar alleen zonder dat hij erachter komt?');
      const lines = seen.first.split('\n');
      const route = lines.findIndex((l) => /Neem eerst contact op met Veilig Thuis/.test(l));
      const answer = lines.findIndex((l) => /Spreek je zorg niet uit waar degene bij is/.test(l));
      expect(route).toBeGreaterThanOrEqual(0);
      expect(answer).toBeGreaterThan(route);
    });

    it('answers a question about anonymity from its article below a special route, and keeps the route\'s own article', async () => {
      const seen = await say('Een meisje van 16 uit ons buurthuis heeft een vriend van 24 die haar met een dure auto ophaalt, ze heeft ineens dure kleren en blijft nachten weg. Kan ik dit anoniem melden zodat ze niet weet dat het van mij komt?');
      expect(seen.all).toMatch(/Neem eerst contact op met Veilig Thuis/);
      expect(seen.all).toMatch(/niet anoniem melden/);
      const titles = buttons(cardOf(seen.replies[0])).map((b) => b.title);
      expect(titles.some((t) => /Anonimiteit/.test(t))).toBe(true);
      expect(titles.some((t) => /^Lees ook: Mensenhandel/.test(t))).toBe(true);
    });

    it('tells a police officer honestly that the route of a zorgmelding is a regional agreement, and to call Veilig Thuis when in doubt', async () => {
      const seen = await say('wijkagent hier, 3e keer deze maand geschreeuw bij hetzelfde gezin met 2 kleine kinderen. moet ik dit zelf naar VT doorzetten of gaat dat automatisch via ons systeem?');
      expect(seen.all).toMatch(/hangt af van de werkafspraken in de regio/);
      expect(seen.all).toContain('0800-2000');
    });

    it('answers both questions of a story that asks whether it may be shared and whether it is for Veilig Thuis', async () => {
      const seen = await say('Ik ben wijkverpleegkundige bij een meneer van 88. Zijn dochter heeft zijn pinpas en hij eet nauwelijks nog. Mag ik dit met zijn huisarts bespreken zonder dat hij toestemming geeft? En is dit al iets voor Veilig Thuis?');
      expect(seen.all).toMatch(/Wil je iets delen met het wijkteam, de huisarts of een andere organisatie, dan vraag je daar in principe eerst toestemming voor/);
      expect(seen.all).toMatch(/Veilig Thuis is er voor elke zorg/);
    });

    it('answers whether to talk to the parents first with step 3 and when to skip it', async () => {
      const seen = await say('Een meisje uit groep 4 komt al weken zonder ontbijt en in te dunne kleren naar school. Moet ik de moeder hierop aanspreken?');
      expect(seen.all).toMatch(/stap 3/);
      expect(seen.all).toMatch(/Sla het gesprek over als het de veiligheid/);
    });

    it('never advises talking to the parents first when the signals call for Veilig Thuis first', async () => {
      const seen = await say('Een meisje van 14 heeft sinds kort een veel oudere vriend die haar dure cadeaus geeft en ze praat over seks. Moet ik de moeder hierop aanspreken?');
      expect(seen.all).not.toMatch(/hoort bij stap 3/);
      expect(seen.all).toMatch(/niet eerst met de ouders/);
    });

    it('sends a worry about Veilig Thuis first for signs of a loverboy that no single word names', async () => {
      const seen = await say('Een meisje van 15 van ons jongerencentrum wordt steeds opgehaald door een veel oudere jongen en heeft ineens dure spullen. Wat kan ik doen?');
      expect(seen.all).toMatch(/Mensenhandel, loverboy/);
      expect(seen.all).toMatch(/eerst contact op met Veilig Thuis/);
      expect(seen.all).not.toContain('een oudere');
    });

    it('sends signs of honour-related control to Veilig Thuis first, never to a talk with the parents', async () => {
      const seen = await say(
        'Een leerling van 14 uit mijn mentorklas mag niet mee op schoolkamp en haar broer leest haar berichten. Ze zei dat als haar vader ontdekt dat ze met jongens praat, er iets ergs gebeurt. Zal ik de ouders uitnodigen voor een gesprek?',
      );
      expect(seen.all).toMatch(/Eergerelateerd geweld/);
      expect(seen.all).toMatch(/eerst contact op met Veilig Thuis/);
      expect(seen.all).not.toMatch(/hoort bij stap 3/);
    });

    it('gives the route for a suspected colleague when the asker names their workplace in the same sentence', async () => {
      const seen = await say('Ik werk op een kinderdagverblijf en een collega van mij knijpt peuters in hun arm als ze niet luisteren. Wat moet ik doen?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in Kinderopvang/);
      expect(seen.first.split('\n').find((line) => line.trim())).not.toMatch(/112/);
    });

    it('gives the suicide route with 113 for self-harm and a wish to be gone, without the acute card when nothing says it is now', async () => {
      const seen = await say('Een cliënt van 16 vertelde vandaag dat hij zich soms krast en dat het misschien beter is als hij er niet meer is. Met zijn ouders gaat het goed.');
      expect(seen.first.split('\n').find((line) => line.trim())).not.toMatch(/^Direct levensgevaar/);
      expect(seen.all).toContain('113 Zelfmoordpreventie');
    });

    it('weighs sexual behaviour between young children with the Vlaggensysteem before anything else', async () => {
      const seen = await say('Een peuter op onze groep doet bij andere peuters seksuele dingen na die ik niet bij zijn leeftijd vind passen. Hoe beoordeel ik dat?');
      expect(seen.all).toMatch(/Weeg het gedrag met het Vlaggensysteem/);
      expect(seen.all).toMatch(/voordat je het met de ouders bespreekt/);
      expect(buttons(cardOf(seen.replies[0])).map((b) => b.title)).toContain('Lees ook: Het Vlaggensysteem');
    });

    it('tells a professional that Veilig Thuis may be given information without consent when it asks for it', async () => {
      const seen = await say('Ik ben wijkverpleegkundige en zie bij een moeder die ik bezoek al een paar keer blauwe plekken. Veilig Thuis vraagt mij nu gegevens over dat gezin. Mag ik die gegevens geven zonder toestemming van de moeder?');
      expect(seen.all).toMatch(/meldrecht geldt voor een melding en als Veilig Thuis jou om informatie vraagt/);
      expect(seen.all).not.toMatch(/Een school heeft geen beroepsgeheim/);
    });

    it('names the consultation partner of the asker\'s sector: the intern begeleider only at school', async () => {
      const atSchool = await say('Ik ben leerkracht. Een jongen uit mijn klas is al weken somber en moe. Wat nu?');
      expect(atSchool.all).toMatch(/aandachtsfunctionaris of intern begeleider/);
      const inCare = await say('Ik ben wijkverpleegkundige. Een meneer die ik verzorg is al weken somber en trekt zich terug sinds zijn zoon bij hem woont. Wat nu?');
      expect(inCare.all).toMatch(/aandachtsfunctionaris of een deskundige collega/);
      expect(inCare.all).not.toMatch(/intern begeleider/);
      expect(buttons(cardOf(inCare.replies[0])).map((b) => b.title)).toContain('Lees ook: Ouderenmishandeling');
    });

    it('finds the article for a message that is one long question about words that only together name a topic', async () => {
      const seen = await say(
        'Even een vraag: als een jongen in een gedicht voor Nederlands schrijft dat hij soms dood wil, terwijl hij in de klas vrolijk lijkt en zegt dat het maar een gedicht is, hoe ga ik daar dan verstandig mee om met mijn team?',
      );
      expect(seen.first).toMatch(/Suïcidale uitingen en zelfbeschadiging/);
    });

    it('tells a neighbour what holds for a bystander: Veilig Thuis for everyone, their name only with their consent', async () => {
      const seen = await say('Ik woon naast een gezin in Kerkrade en hoor de moeder bijna elke dag tegen haar dochtertje schreeuwen dat ze niks waard is. Dit is privé, ik werk er niet. Kan ik dit doorgeven zonder dat ze weet dat het van mij komt?');
      expect(seen.all).toMatch(/Ook als je geen beroepskracht bent/);
      expect(seen.all).toMatch(/uitdrukkelijke toestemming/);
      expect(buttons(cardOf(seen.replies[0])).map((b) => b.title)).toContain('Lees het hele antwoord: Zorgen als buur, familielid of vrijwilliger');
      expect(seen.all).not.toMatch(/Een professionele melder geeft altijd zijn eigen naam/);
    });

    it('answers "kan ik melden als zij dat niet wil?" with the meldrecht, not with how to make a melding', async () => {
      const seen = await say('Ik help een oudere dame van 79 met het huishouden. Haar kleindochter heeft haar bankpas en er is nooit geld voor boodschappen. Ze wil niet dat ik iets doe. Mag ik dit melden terwijl zij dat niet wil?');
      expect(seen.all).toMatch(/ook zonder toestemming/);
      expect(seen.all).toMatch(/vertel het de persoon/);
    });

    it('does not read the grown-up son of an older woman as a child, nor "financieel misbruik" as a sexual signal', async () => {
      const seen = await say('Ik ben thuiszorgmedewerker. Een mevrouw van 86 vertelde dat haar zoon elke week geld van haar rekening haalt en dat ze daardoor haar medicijnen niet kan betalen. Is dat financieel misbruik?');
      expect(seen.first).toContain('Het gaat om een oudere.');
      expect(seen.first).not.toMatch(/een kind|seksueel gebied/);
    });

    it('reads an age of 65 or more as an older adult, whose son is no child, and a pension taken as money taken', async () => {
      const seen = await say('Een bewoner (81) van onze seniorenflat zit in een koud huis vol rommel, en zijn zoon neemt elke maand zijn pensioen mee. Moeten wij als woningcorporatie hier iets mee?');
      expect(seen.first).toMatch(/Het gaat om [^.]*een oudere/);
      expect(seen.first).toContain('financiële uitbuiting');
      expect(seen.first).not.toMatch(/Het gaat om [^.]*kind/);
    });

    it('answers "is dit ook huiselijk geweld?" with what that form of abuse is, not only with "you need not decide that"', async () => {
      const seen = await say('Mijn collega vertelde dat haar schoonzus van haar man geen eigen bankrekening mag hebben en elke avond moet laten zien met wie ze heeft geappt. Is dit ook huiselijk geweld?');
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\*/);
      expect(seen.first).toMatch(/hoef je niet zelf vast te stellen/);
    });

    it('says so when a story asks something no article or short answer covers, and points to an advisor', async () => {
      const seen = await say('Ik ben maatschappelijk werker. Een cliënte van 40 vertelde dat haar man haar telefoon controleert en haar geen geld geeft voor de boodschappen. Kan zij hier straks ook een eigen huurwoning krijgen?');
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\* daar heb ik geen vast antwoord op/);
      expect(buttons(cardOf(seen.replies[0])).map((b) => b.title)).toContain('Advies vragen aan Veilig Thuis');
    });

    it.each([
      ['Is dit nou iets voor Veilig Thuis, of is dat alleen voor kinderen?'],
      ['Moet ik dit eerst met mijn teamleider bespreken of gelijk VT bellen?'],
    ])('answers whether this is for Veilig Thuis: for adults too, advice at any step (%s)', async (question) => {
      const seen = await say(`Ik ben buurtcoach in Beek. Een meneer van 80 die ik bezoek, zegt dat zijn kleinzoon elke week zijn pinpas leent en dat hij sindsdien bijna niets meer op zijn rekening heeft. ${question}`);
      expect(seen.first).toMatch(/ook ouderen/);
      expect(seen.first).toMatch(/Advies vragen is nog geen melding/);
    });

    it('answers "moeten wij hier nog iets mee?" with yes and why', async () => {
      const seen = await say('Onze conciërge zag dat een meisje uit groep 7 al dagen in dezelfde vieze kleren komt en elke ochtend zonder ontbijt op school zit. Moeten wij als school hier nog iets mee?');
      expect(seen.first).toMatch(/Moet je hier iets mee\? Ja/);
    });

    it('points a worry about a client whose own problems may harm his children to the Kindcheck', async () => {
      const seen = await say('Ik ben maatschappelijk werker. Een cliënt met een zware depressie drinkt elke avond, en hij zorgt overdag alleen voor zijn twee kleuters. Ik twijfel of ik daar iets mee moet, hij is mijn cliënt en niet de kinderen.');
      expect(buttons(cardOf(seen.replies[0])).map((b) => b.title)).toContain('Lees ook: Wat is de Kindcheck?');
    });

    it('gives the Kindcheck as the step for a client whose addiction or illness may harm the children at home', async () => {
      const seen = await say('Ik werk bij de verslavingszorg. Mijn cliënte van 29 gebruikt bijna elke dag speed en heeft thuis een zoontje van 3 en een dochter van 6. Ze zegt dat de kinderen er niks van merken. Wat verwacht de meldcode hier van mij?');
      expect(seen.first).toMatch(/\*\*Wat nu past:\*\* Doe de Kindcheck/);
    });

    it('answers "valt dit ook onder mishandeling?" in a story about a fighting divorce', async () => {
      const seen = await say('De ouders van een jongen uit mijn klas liggen in een vechtscheiding en trekken allebei aan hem; hij huilt veel en slaapt slecht. Valt dit eigenlijk ook onder kindermishandeling?');
      expect(seen.all).toMatch(/als ouders hun kind in hun strijd betrekken/);
    });

    it('answers a message that only tells about someone, asking nothing, as a worry and never with "geen passend antwoord"', async () => {
      const seen = await say('Een buurvrouw van mijn moeder draagt al weken een col en een zonnebril, ook als het bewolkt is. Haar man brengt en haalt haar overal en ze mag nooit alleen de stad in.');
      expect(seen.all).toContain('Wat ik lees');
      expect(seen.all).not.toMatch(/geen passend antwoord/i);
    });

    it('reads a story that asks "is dit al iets voor Veilig Thuis?" as a worry, even without a listed signal word', async () => {
      const seen = await say('Ik ben fysiotherapeut en behandel een meisje van 9. Haar vader zegt bij het brengen steeds dat ze lui en onhandig is en dat hij spijt heeft van haar. Het kind wordt dan heel stil. Is dit al iets voor Veilig Thuis?');
      expect(seen.all).toContain('Wat ik lees');
      expect(seen.all).toMatch(/Veilig Thuis is er voor elke zorg/);
    });

    it('does not send a story in which a teacher only reports a child\'s behaviour down the route for a suspected colleague', async () => {
      const seen = await say('Als intern begeleider had ik vandaag de juf van groep 1 bij me. Een kleuter doet de laatste tijd seksuele dingen na met poppen en zei dat een oom "een geheim spelletje" met haar doet. Bellen we de ouders om te vragen wie die oom is?');
      expect(seen.all).not.toMatch(/bevoegd gezag|vertrouwensinspecteur/);
      expect(seen.all).toMatch(/Vraag Veilig Thuis \(0800-2000\) eerst of en hoe een gesprek veilig kan/);
    });

    it('sends a worry about Veilig Thuis first, and never to the family, for signs of forced marriage', async () => {
      const seen = await say('Een leerling van 15 vertelde dat haar ouders willen dat ze trouwt met een neef. Ik weet niet goed wat ik hiermee moet.');
      expect(seen.all).toMatch(/eerst contact op met Veilig Thuis/);
      expect(seen.all).toMatch(/Confronteer niemand/);
    });
  });

  describe('a message about acute danger', () => {
    it('gets one card with 112 and Veilig Thuis on top and what it read, and no article after it', async () => {
      const seen = await say('Een leerling durft vanavond niet naar huis: haar vader heeft gedreigd haar iets aan te doen.');
      expect(seen.replies).toHaveLength(1);
      expect(seen.first.split('\n').find((line) => line.trim())).toMatch(/112/);
      expect(seen.first).toContain('0800-2000');
      expect(seen.first).toContain('Wat ik lees');
      expect(seen.first).not.toContain('een acute situatie');
    });

    it('keeps 112 for direct danger to life and sends other acute danger to Veilig Thuis', async () => {
      const seen = await say('Vader heeft de baby door elkaar geschud en nu reageert hij nauwelijks.');
      expect(seen.first).toMatch(/levensgevaar/);
      expect(seen.first).toMatch(/geen direct levensgevaar\? Bel meteen Veilig Thuis: 0800-2000/);
    });

    it('puts Veilig Thuis before telling the parents when a message in danger asks about telling them', async () => {
      const seen = await say('Mijn leerling zegt dat haar stiefvader haar vannacht weer gaat slaan. Moet ik de ouders vertellen dat ik ga melden?');
      expect(seen.first.split('\n').find((line) => line.trim())).toMatch(/112/);
      expect(seen.all).toMatch(/Vraag dan eerst advies aan Veilig Thuis voordat je iets met de ouders/);
    });

    it('answers a question asked in the same message below the danger block', async () => {
      const seen = await say('Mijn leerling zegt dat haar stiefvader haar vannacht weer gaat slaan. Mag ik melden zonder toestemming van de ouders?');
      expect(seen.replies).toHaveLength(1);
      const lines = seen.first.split('\n');
      const phone = lines.findIndex((l) => l.includes('112'));
      const answer = lines.findIndex((l) => /toestemming/i.test(l));
      expect(phone).toBeGreaterThanOrEqual(0);
      expect(answer).toBeGreaterThan(phone);
      expect(buttons(cardOf(seen.replies[0])).map((b) => b.title)).toContain('Lees het hele antwoord');
    });

    it.each([
      ['someone who would rather be dead than go home, and knows how many pills', 'Een jongen van 16 uit mijn groep zegt dat hij liever dood is dan vanavond terug naar zijn vader. Hij heeft een strip pillen bij zich en zegt dat hij weet hoeveel.'],
      ['a pupil who shows a blade and says he will do it tonight', 'een jongen uit 3 havo liet me net een mesje zien en zegt dat hij het vanavond thuis echt gaat doen. hij zit nu bij mij'],
      ['a farewell with a time', "Een meisje uit mijn klas zette net in de groepsapp een foto van het spoor met 'dag iedereen, om 10 uur is het klaar'."],
      ['a threat to kill the family and himself', 'Een cliënt zei net aan de telefoon dat hij vannacht het gas opendraait, met zijn vrouw en kinderen erbij en zichzelf erbij.'],
    ])('adds 113 to 112 for %s', async (_, text) => {
      const seen = await say(text);
      expect(seen.first).toMatch(/112/);
      expect(seen.all).toMatch(/113/);
    });

    it('puts 112 first for an injured toddler whose suspected abuser wants to take her home now', async () => {
      const seen = await say('Op de spoedeisende hulp ligt een jongetje van 2 met een gebroken been, de uitleg van de ouders klopt niet. Zijn stiefvader loopt in de gang te ijsberen en wil hem nu mee naar huis nemen.');
      expect(seen.first.split('\n').find((line) => line.trim())).toMatch(/112/);
    });


    it('raises no alarm for the explanation "tegen de kast gelopen", for violence denied, a habit, a counted past, a figure of speech, a child\'s talk or drawing, or a thriller', async () => {
      for (const text of [
        'Een peuter komt al weken in dezelfde kleren en is drie keer niet opgehaald; toen kwam na een uur een oom. Wat kan ik het beste doen?',
        'Mijn neefje doet aan karate en heeft vaak blauwe plekken, dat hoort er nu eenmaal bij. Hoe zie je het verschil met mishandeling?',
        "Een kleuter schreeuwde vandaag 'ik maak je dood' tegen zijn vriendje omdat die zijn emmertje pakte. Hoe reageer ik daar goed op?",
        'In de thriller die ik lees wordt een meisje achtergelaten bij familie in het buitenland. Gebeurt dat echt, en waar let je op?',
        'Een leerling heeft sneetjes op haar arm; ze zei niet dat ze dood wil, wel dat het haar rustig maakt. Hoe ga ik het gesprek aan?',
        'Een cliënte had blauwe plekken op haar arm; ze zei dat ze tegen de kast was gelopen. Hoe vraag ik daar rustig naar door?',
        'Bij de buren hoor ik vaak schreeuwen. Slaan hoor ik nie, maar het is wel elke avond. Wat kan ik doen?',
        'Een jongen in mijn team heeft vaak blauwe plekken. Zijn vader staat elke wedstrijd langs de lijn te schelden. Wat kan ik als trainer doen?',
        'Een kleuter in mijn groep tekent steeds een monster met een pistool naast een bed. Waar let ik op?',
      ]) {
        const seen = await say(text);
        expect(seen.first.split('\n').find((line) => line.trim()), text).not.toMatch(/112/);
      }
    });

    it('adds 113 Zelfmoordpreventie for suicide, with Veilig Thuis only where the home is unsafe', async () => {
      const seen = await say('Een jongen uit 3 havo heeft pillen verzameld en wil er dit weekend een einde aan maken.');
      expect(seen.first).toMatch(/112/);
      expect(seen.first).toContain('113');
      expect(seen.first).toContain('0800-0113');
      expect(seen.first).toContain('113.nl');
      expect(seen.first).toMatch(/Is het thuis niet veilig\?/);
    });

    it('keeps the numbers on top when only the model reads danger, and gives below them the step and the walk a worry needs', async () => {
      const seen = await say('leerling zei vanochtend dat haar moeder haar vriend heeft gezegd dat hij haar mag straffen zoals hij wil');
      expect(seen.replies).toHaveLength(1);
      const lines = seen.first.split('\n').filter((line) => line.trim());
      expect(lines[0]).toBe('Is iemand nu in gevaar? Bel 112.');
      expect(seen.first).toContain('0800-2000');
      expect(seen.first).not.toContain('Direct levensgevaar');
      expect(seen.first).toContain('een situatie die onveilig kan zijn');
      expect(seen.first).toContain('Het gaat om een kind');
      const step = lines.findIndex((line) => line === 'Is er nu geen direct gevaar?');
      expect(step).toBeGreaterThan(lines.findIndex((line) => line.includes('0800-2000')));
      expect(lines[step + 1]).toMatch(/aandachtsfunctionaris|Veilig Thuis/);
      expect(buttons(cardOf(seen.replies[0])).map((b) => b.title)).toEqual(['Meldcode-stappen doorlopen', 'Advies vragen aan Veilig Thuis']);
    });

    it('answers a story whose danger is not placed now below the numbers: what it tells, its question, and the step if there is no danger now', async () => {
      const seen = await say(
        'Ik ben gastouder in Brunssum. Een meisje van 4 dat ik opvang krijgt thuis al dagen geen eten mee en eet bij mij alles wat ze ziet. Haar kleren zijn vies en ze heeft steeds luizen. Is dat al verwaarlozing?',
      );
      expect(seen.replies).toHaveLength(1);
      const lines = seen.first.split('\n').filter((line) => line.trim());
      expect(lines[0]).toMatch(/112/);
      expect(seen.first).toContain('signalen van verwaarlozing');
      expect(seen.first).not.toMatch(/opgesloten/);
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\*/);
      const step = lines.findIndex((line) => line === 'Is er nu geen direct gevaar?');
      expect(step).toBeGreaterThan(lines.findIndex((line) => line.includes('0800-2000')));
      expect(lines[step + 1]).toMatch(/Vraag vandaag nog advies aan Veilig Thuis/);
      expect(buttons(cardOf(seen.replies[0])).map((b) => b.title)).toContain('Meldcode-stappen doorlopen');
    });

    it('answers a long story read as danger now below the numbers: what it tells, and the step if there is no danger right now', async () => {
      const seen = await say(
        'Wijkverpleegkundige hier. Meneer van 84 met vergevorderde dementie, zijn vrouw zorgt dag en nacht voor hem en is op. Net, tijdens mijn bezoek, duwde ze hem hardhandig terug in zijn stoel en schold ze hem uit toen hij wilde opstaan, en hij heeft plekken op zijn onderarmen. Ik twijfel of dit overbelasting is of dat ik iets moet doen.',
      );
      const lines = seen.first.split('\n').filter((line) => line.trim());
      expect(lines[0]).toBe('Direct levensgevaar? Bel nu 112');
      expect(seen.first).toContain('Wat ik lees');
      expect(seen.first).toMatch(/Het gaat om .*een oudere/);
      const step = lines.indexOf('Is er nu geen direct gevaar?');
      expect(step).toBeGreaterThan(lines.findIndex((line) => line.includes('0800-2000')));
      expect(lines[step + 1]).toContain('Vraag vandaag nog advies aan Veilig Thuis');
      expect(buttons(cardOf(seen.replies[0])).map((b) => b.title)).toContain('Meldcode-stappen doorlopen');
    });

    it('reads violence told in the present tense as happening now, with no step for "no danger now"', async () => {
      const seen = await say('ben op huisbezoek, in de keuken schopt de stiefvader de moeder, de kinderen zitten op de bank te kijken. wat doe ik');
      expect(seen.first.split('\n').find((line) => line.trim())).toBe('Direct levensgevaar? Bel nu 112');
      expect(seen.first).toContain('Je beschrijft geweld');
      expect(seen.first).not.toContain('Is er nu geen direct gevaar?');
    });

    it('shows no article under the numbers when a danger message asks nothing', async () => {
      const seen = await say('De vader van een peuter uit mijn groep kwam dronken binnen en duwde de moeder net hard tegen de deurpost, ze bloedt aan haar hoofd. Hij staat nog buiten te roepen.');
      expect(seen.first.split('\n').find((line) => line.trim())).toMatch(/112/);
      expect(buttons(cardOf(seen.replies[0])).map((b) => b.title)).not.toContain('Lees het hele antwoord');
    });

    it.each([
      ['shaking a baby', 'De oppas vertelde dat de vriend van moeder de baby hard heeft geschud omdat hij bleef huilen.'],
      ['an imminent departure for besnijdenis', 'Een meisje uit groep 4 gaat volgende week naar familie in Somalië en vertelde dat ze daar besneden wordt.'],
      ['someone locked in', 'Een cliënte zegt dat haar man haar opsluit in de slaapkamer als hij naar zijn werk gaat.'],
    ])('recognises %s', async (_what, text) => {
      const seen = await say(text);
      expect(seen.first.split('\n').find((line) => line.trim())).toMatch(/112/);
    });
  });

  describe('questions with typos, run-together words and question types', () => {
    it.each([
      ['wat is het afwegingskadr eigenljk', 'afwegingskader'],
      ['hoe bereik ik veiligthuis', 'Hoe bereik ik Veilig Thuis'],
      ['wat zijn signalen van verwaarlzing bij een kleutr', 'verwaarlozing'],
      ['mag ik meldn zonder toestemmming van de oders', 'zonder toestemming'],
    ])('understands "%s"', async (question, expected) => {
      const seen = await say(question);
      expect(seen.first).toContain(expected);
      expect(seen.all).not.toMatch(/geen passend antwoord/i);
    });

    it('reads chat shorthand ("n" for een, "t" for het) as the words they stand for', async () => {
      const seen = await say('is t nou n meldplicht of n meldrecht voor mij als juf?');
      expect(seen.first).toMatch(/^\s*Meldrecht of meldplicht\?/);
    });

    it('answers who at school is involved in deciding about a melding with the school roles', async () => {
      const seen = await say('wie beslist op onze basisschool of we gaan melden, de juf of de directie?');
      expect(seen.first).toMatch(/Wie is op school het aanspreekpunt bij zorgen\?/);
    });

    it('answers for the sector the asker names, not with an article written for schools', async () => {
      const seen = await say('Mag ik als verloskundige zonder toestemming van mijn cliënte gegevens aan Veilig Thuis geven, of schend ik dan mijn beroepsgeheim?');
      expect(seen.first).not.toMatch(/mag een school/i);
    });

    it('answers who decides about a melding without sending the asker to the route for a suspected colleague', async () => {
      const seen = await say('wie neemt bij ons uiteindelijk het besluit om te melden, de mentor of de directeur?');
      expect(seen.first).not.toMatch(/Vermoeden van seksueel misbruik door een medewerker/);
      expect(seen.all).toMatch(/meldrecht geldt voor elke beroepskracht/);
    });

    it('tells a volunteer that Veilig Thuis is there for them too, not the route for a suspected colleague', async () => {
      const seen = await say('ik ben vrijwilliger bij de scouting, geldt die meldcode ook voor mij?');
      expect(seen.first).toMatch(/Voor wie geldt de meldcode\?/);
      expect(seen.first).toMatch(/als vrijwilliger, dan kun je zonder meldcode altijd Veilig Thuis bellen/);
      expect(seen.first).not.toMatch(/vermoeden over iemand die in de organisatie werkt/);
    });

    it('answers how long Veilig Thuis takes after a melding with the veiligheidsbeoordeling, not the ten-week onderzoek', async () => {
      const seen = await say('hoelang duurt het voor ik iets hoor na mijn meldng? wil het weten want ouders vragen ernaar');
      expect(seen.first).toMatch(/veiligheidsbeoordeling, binnen 5 werkdagen/);
    });

    it('answers whether an aandachtsfunctionaris is compulsory without saying the article does not answer it', async () => {
      const seen = await say('moet ons kinderdagverblijf verplicht een aandachtfunctionaris hebben?');
      expect(seen.first).toMatch(/De aandachtsfunctionaris/);
      expect(seen.all).toMatch(/Is een aandachtsfunctionaris verplicht\?/);
      expect(seen.all).not.toMatch(/geeft geen direct antwoord/);
    });

    it('answers a question about a child caught between fighting parents with the article on a vechtscheiding, and offers it for such a story', async () => {
      expect((await say('is het kindermishandeling als gescheiden ouders hun kind als boodschapper gebruiken?')).first).toMatch(/Een kind in een vechtscheiding/);
      const story = await say('De ouders van een jongen van 8 uit mijn klas zijn gescheiden en maken ruzie over hem. Vader wil dat ik opschrijf dat moeder hem verwaarloost, moeder stuurt boze mails over vader. De jongen is erg stil. Hoe ga ik hiermee om?');
      expect(buttons(cardOf(story.replies[0])).map((b) => b.title)).toContain('Lees ook: Een kind in een vechtscheiding');
    });

    it('answers who is responsible after a melding without saying the article does not answer a question about whom to reach', async () => {
      const seen = await say('wie is er verantwoordelijk voor de veiligheid van het kind nadat ik gemeld heb, ik of veilig thuis?');
      expect(seen.first).toMatch(/Wat is mijn rol na een melding\?/);
      expect(seen.first).not.toMatch(/geen direct antwoord/);
    });

    it('offers an advisor, without claiming the article fails, when the best article may give another kind of answer than asked', async () => {
      const seen = await say('moet een fysiotherapiepraktijk ook een meldcode gebruiken?');
      expect(seen.first).toMatch(/meldcode/i);
      expect(seen.first).toMatch(/Staat het antwoord op de vraag of het moet hier niet in\? Vraag het een adviseur van Veilig Thuis/);
    });

    it('answers the better of two questions in one message', async () => {
      const seen = await say('hoeveel stappen had de meldcode ook alweer? en moet ik die allemaal gehad hebben voor ik vt bel');
      expect(seen.first).toMatch(/Wat is de meldcode huiselijk geweld en kindermishandeling\?/);
      expect(seen.all).toMatch(/advies vragen kan bij elke stap/);
    });

    it('answers one of several questions when the message as a whole matches no article', async () => {
      const seen = await say('Wat doet een aandachtsfunctionaris precies? Bij onze hockeyvereniging hebben we er geen, en ik vraag me af of dat eigenlijk verplicht is.');
      expect(seen.first).toContain('De aandachtsfunctionaris');
      expect(seen.all).not.toMatch(/geen passend antwoord/i);
    });
  });

  // Round seven of blind sets (heldOutCB–CG, measured first on 233c056): what its judges found missing or wrong.
  describe('what the seventh round of blind messages showed', () => {
    const heading = (seen: Seen) => seen.first.split('\n').find((line) => line.trim()) ?? '';

    it('sends a volunteer trainer who grooms boys to the club route, with Veilig Thuis and no confrontation, not to the kinderopvang', async () => {
      const seen = await say(
        'ben buurtsportcoach. we hebben een vrijwillige trainer bij het voetbal, aardige gast. maar hij appt prive met een paar jongens van 12, ' +
          "geeft ze cadeautjes en heeft er een al twee keer alleen thuisgebracht. een jongen liet me per ongeluk een bericht zien: 'ons geheimpje'. hoe pak ik dit aan?",
      );
      expect(seen.all).toContain('Sportclub, scouting of andere vereniging');
      expect(seen.all).toMatch(/bestuur van de club/);
      expect(seen.all).toMatch(/spreek de trainer of vrijwilliger er niet op aan/);
      expect(seen.all).toContain('0800-2000');
      expect(seen.all).not.toMatch(/houder van de kinderopvang/);
    });

    it('does not suspect the volunteer who saw the bruises, and answers a volunteer that Veilig Thuis is there for them too', async () => {
      const seen = await say(
        'Op scoutingkamp zag een leidster bij de tekencontrole streepvormige blauwe plekken op de benen van een jongen van 10. Hij zei meteen dat hij van de trampoline was gevallen. ' +
          "Wij zijn allemaal vrijwilligers, hebben wij ook zo'n meldcode?",
      );
      expect(seen.all).not.toMatch(/vermoeden over iemand die in de organisatie werkt/);
      expect(seen.all).toMatch(/zonder meldcode altijd Veilig Thuis bellen/);
    });

    it('answers "must I tell her before I ask Veilig Thuis for advice?" with no, and what holds for a melding', async () => {
      const seen = await say(
        'Ik begeleid als casemanager een cliënte van 31 die probeert te stoppen met alcohol; haar dochter van 4 woont bij haar. De koelkast was leeg en het kind om elf uur nog in pyjama. ' +
          'Ben ik verplicht haar vooraf te vertellen dat ik Veilig Thuis om advies vraag?',
      );
      expect(seen.all).toMatch(/Advies vragen aan Veilig Thuis kan zonder toestemming en zonder dat je het de cliënt of het gezin eerst vertelt/);
      expect(seen.all).toMatch(/Alleen een melding bespreek je in principe eerst/);
    });

    it('answers the second question of a knowledge question below the first', async () => {
      const seen = await say('moet ik bij een anoniem advies bij vt ook de naam van het gezin geven? en telt dat als melding, ik snap het verschil tussen advies en melding niet zo goed');
      expect(seen.all).toMatch(/Kan ik anoniem advies vragen/);
      expect(seen.all).toMatch(/Op je andere vraag: Advies vragen of melden: wat is het verschil\?/);
      const typos = await say('hoeveel stapppen heeft de meldcode eigenlijk en bij welke stap hoort hetafwegingskader');
      expect(typos.all).toMatch(/afwegingskader/i);
      expect(typos.all).toMatch(/Op je andere vraag: Wat is de meldcode/);
    });

    it('tells someone writing in English that English at Veilig Thuis is not in its sources, and the route when a colleague is suspected', async () => {
      const seen = await say('Hi, my Dutch is not good enough yet. A resident freezes whenever one staff member of the evening shift comes in. Who should I tell first, and can I contact Veilig Thuis in English?');
      expect(seen.all).toMatch(/Whether Veilig Thuis can talk with you in English is not in my sources/);
      expect(seen.all).toMatch(/tell your manager or the board at once, do not confront that person yourself/);
    });

    it('puts 112 first for a police officer at a door with a man and a knife, though he asks whether Veilig Thuis can wait', async () => {
      const seen = await say(
        'ben nu als wijkagent bij een woning, buurvrouw belde ons. man loopt met een groot keukenmes door de gang te schreeuwen, vrouw zit met de 2 kinderen in de badkamer opgesloten. moet ik VT nu al bellen of kan dat achteraf?',
      );
      expect(heading(seen)).toMatch(/112/);
    });

    it('raises no alarm for knives in a cooking club, judo techniques or leave for a cheaper flight', async () => {
      for (const text of [
        'wij starten op de bso een kookclub voor de 8+ kinderen. mogen ze zelf groente snijden met een echt mes of alleen met kindermesjes?',
        'Ik ben judotrainer. Een ouder vroeg of wurg- en klemtechnieken al bij de jeugd onder 12 geoefend worden. Mag dat volgens de bondsregels?',
        'ouders van een leerling willen in de kerstvakantie naar curacao vliegen maar de tickets zijn goedkoper als ze 3 dagen eerder vertrekken. ze vragen extra verlof aan. wie beslist dat?',
      ]) {
        const seen = await say(text);
        expect(seen.all, text).not.toMatch(/Bel nu 112|Is er nu gevaar\?/);
      }
    });

    it('does not read doors slammed at night, lying in bed at eleven or a slap seen this afternoon as danger tonight', async () => {
      for (const text of [
        "We krijgen al een tijdje klachten van buren over geschreeuw en deuren slaan 's nachts. Een buurvrouw zag het jongetje vorige week 's avonds op de galerij staan. Is dit iets voor Veilig Thuis?",
        'Bij het huisbezoek vandaag lag mevrouw (86) om 11 uur nog in bed in een doorweekt incontinentiebroekje, met een open plek op haar stuit. Is dit iets voor Veilig Thuis?',
        'ik werk op een azc locatie en zag vanmiddag in de gang een moeder haar dochtertje een paar keer hard met een slipper op de benen slaan. ik twijfel of ik het er bij laten moet',
      ]) {
        const seen = await say(text);
        expect(seen.all, text).not.toMatch(/Direct levensgevaar/);
      }
    });

    it('tells a mentor about a girl with a man in his early twenties the loverboy route, not the rule for bystanders nor a trip abroad', async () => {
      const seen = await say(
        'ik ben mentor van een havo 3 klas en maak me zorgen om een meisje van 14. ze wordt na school opgehaald door een jongen in een zwarte audi, ik schat begin 20. ' +
          'ze heeft opeens een nieuwe iphone en een vriendin zei dat ze bij hem was. mag ik dit met de wijkagent delen?',
      );
      expect(seen.all).toMatch(/Mensenhandel, loverboy/);
      expect(seen.all).not.toMatch(/geen beroepskracht/);
      expect(seen.all).not.toMatch(/naar het buitenland wordt gebracht/);
    });

    it('does not give a care worker the rules for schools, and says the meldrecht does not cover asking a bank for information', async () => {
      const care = await say(
        "Ik ben persoonlijk begeleider bij een dagbesteding. Een cliënte van 23 met een lvb heeft een 'vriend' van 45 die haar ophaalt, ze heeft ineens een nieuwe telefoon. Mag ik dit met haar mentor delen?",
      );
      expect(care.all).not.toMatch(/Een school heeft geen beroepsgeheim/);
      const bank = await say(
        'Ik kom bij een meneer van 81; zijn neef heeft zijn pinpas en er is een huurachterstand. Wat zet ik in het dossier? En kan ik de bank of de corporatie om info vragen zonder toestemming van meneer?',
      );
      expect(bank.all).toMatch(/niet om zonder toestemming informatie op te vragen bij anderen/);
      expect(bank.all).toMatch(/Leg het kort en feitelijk vast/);
    });

    it('sends a bso colleague who takes a girl on his lap and photographs her to the kinderopvang route, and a nurse colleague heard shouting to the care route', async () => {
      const bso = await say(
        'Ik werk op een bso en we hebben een mannelijke collega die door iedereen geliefd is. Maar hij heeft veel aandacht voor één meisje van 7. Ze zit vaak bij hem op schoot, hij neemt haar mee naar het kantoortje en dan gaat de deur dicht. ' +
          "Vorige week maakte hij met zijn eigen telefoon foto's van haar. Moet ik dit bij de directie of buiten de organisatie melden?",
      );
      expect(bso.all).toMatch(/houder/);
      const care = await say(
        "ik werk als verzorgende in de wijk. een collega van me heeft cliënten waar ik ook kom. bij een mevrouw van 91 zag ik paarse plekken om haar polsen en ze zei 'niet zo hard'. ik heb hem door de deur heen tegen haar horen schreeuwen. moet dit naar VT of naar mijn teamleider?",
      );
      expect(care.all).toMatch(/Inspectie Gezondheidszorg en Jeugd/);
    });

    it('answers "mag ik de school bellen?" with consent for sharing with others, not with the meldrecht alone', async () => {
      const seen = await say(
        'Ik ben ambulant hulpverlener in de verslavingszorg. Mijn cliënte drinkt weer en haar zoon van 7 zorgt voor zijn zusje. Mag ik de school bellen om te vragen hoe het met hem gaat? Ze heeft geen toestemming gegeven.',
      );
      expect(seen.all).toMatch(/Wil je iets delen met het wijkteam, de huisarts of een andere organisatie, dan vraag je daar in principe eerst toestemming voor/);
      expect(seen.all).not.toMatch(/Een beroepsgeheim houdt je niet tegen/);
    });

    it('gives no "tell the parents, in principle" where Veilig Thuis comes first, nor the article on advice to a question about the parents', async () => {
      const seen = await say(
        "Op zomerkamp hebben oudere verkenners bij jongens van 11 een 'inwijding' gedaan: ze moesten zich uitkleden en één jongen is onder de douche gefilmd en dat filmpje is rondgegaan. Wat moeten we nu doen en wat vertellen we aan de ouders?",
      );
      expect(seen.all).not.toMatch(/In principe wel: je bespreekt met de ouders/);
      expect(seen.all).not.toMatch(/Moet ik het gezin vertellen dat ik Veilig Thuis om advies vraag/);
    });

    it('sends a volunteer or a housing corporation to their own organisation, not to an aandachtsfunctionaris they do not have', async () => {
      for (const text of [
        'Ik ben vrijwilliger bij de voetbalclub. Een jongen van 11 zegt dat hij vaak geen ontbijt krijgt en heeft al weken dezelfde trui aan. Wat moet ik doen?',
        "Ik ben wijkbeheerder bij een woningcorporatie. Buren klagen over geschreeuw en een kind dat 's avonds laat alleen op de galerij staat. Wat kan ik doen?",
      ]) {
        const seen = await say(text);
        expect(seen.all, text).toMatch(/je leidinggevende of coördinator \(bij een club of vereniging: de vertrouwenspersoon of het bestuur\)/);
        expect(seen.all, text).not.toMatch(/aandachtsfunctionaris/);
      }
    });

    it('does not call a couple of about forty older adults, nor a divorce violence between adults', async () => {
      const couple = await say(
        "Ik ben schuldhulpverlener en heb een stel in traject, allebei rond de 40. Meneer doet altijd het woord. Zij heeft geen eigen bankpas en krijgt 'zakgeld' van hem. Mag ik haar apart uitnodigen?",
      );
      expect(couple.all).not.toMatch(/oudere/i);
      expect(couple.all).not.toMatch(/Ouderenmishandeling/);
      const divorce = await say('Een jongen uit mijn team wiens ouders gescheiden zijn, wordt vaak door niemand opgehaald en is stil. Moet ik hier iets mee?');
      expect(divorce.all).not.toMatch(/geweld tussen volwassenen/);
    });
  });

  describe('concrete questions the blind judges found unanswered', () => {
    it('answers whether the meldcode holds for a volunteer, in a story and as a question with typos', async () => {
      const story = await say(
        'Ik doe vrijwilligerswerk bij de voedselbank. Een moeder die pakketten haalt heeft steeds blauwe plekken en haar zoontje van 6 is heel stil en mager. geldt de meldcode ook voor ons vrijwilligers, of moet ik dit aan de coordinator laten?',
      );
      expect(story.first).toMatch(/\*\*Op je vraag:\*\* De Wet verplichte meldcode geldt voor organisaties en hun beroepskrachten/);
      expect(story.first).not.toMatch(/aandachtsfunctionaris/);
      const question = await say('geld de meldcode huiselijkgeweld ook voor vrijwillgers bij de voedselbank of alleen voor mensen die er betaald werken?');
      expect(question.first).toMatch(/^\s*Voor wie geldt de meldcode\?/);
    });

    it('tells an intern begeleider that they may ask Veilig Thuis for advice themselves, before the aandachtsfunctionaris', async () => {
      const story = await say(
        "ik ben ib'er. een meisje uit groep 6 heeft al weken blauwe plekken en zegt steeds dat ze gevallen is. onze aandachtsfunctionaris is ziek. moet ik eerst wachten tot zij terug is of mag ik zelf veilig thuis bellen?",
      );
      expect(story.first).toMatch(/\*\*Op je vraag:\*\* Ja\. Je mag bij elke stap van de meldcode en bij elke twijfel zelf Veilig Thuis om advies vragen/);
      expect(story.first).not.toMatch(/draagkracht van een ouder/);
      const question = await say('moet ik eerst met onze aandachtfunctionaris overleggen of mag ik ook zelf gewoon adviesvragen bij vt? en moet het afwegingskader dan al ingevult zijn');
      expect(question.first).toMatch(/Mag ik zelf Veilig Thuis om advies vragen\?[\s\S]*stap 4 en 5/);
    });

    it('names signs of exploitation in what it read for a girl picked up by an older "vriend", never an (ex-)partner', async () => {
      const seen = await say(
        'ik ben trainer van de meiden onder 16 bij een voetbalclub in brunssum. een van mijn speelsters is 15 en wordt sinds een paar weken na de training opgehaald door een man die volgens mij zeker 25 is, in een dikke auto. ze noemt hem haar vriend. ze heeft ineens nieuwe airpods en een dure jas en mist steeds vaker trainingen. moet ik haar ouders bellen?',
      );
      expect(seen.first).toMatch(/Je beschrijft signalen van uitbuiting \(loverboy- of mensenhandelproblematiek\)/);
      expect(seen.first).toMatch(/Het gaat om .*een jongere/);
      expect(seen.first).not.toMatch(/\(ex-\)partner|huwelijksdwang/);
    });

    it('gives a care worker whose client tells of a night-shift colleague the care route, not "Veilig Thuis first" for a parent (blind set DB)', async () => {
      const seen = await say("Ik werk als persoonlijk begeleider op een woonlocatie voor volwassenen met een verstandelijke beperking in Sittard. Een van onze bewoners, Sanne (34, niveau ongeveer 6-8 jaar), heeft mij gisteren verteld dat een collega van de nachtdienst 'spelletjes' met haar doet op haar kamer en dat ze dat geheim moet houden anders mag ze niet meer naar haar moeder. Ze zei het heel terloops tijdens het koken. Ik schrok me kapot. Deze collega werkt hier al 12 jaar, iedereen mag hem, ik ook eigenlijk. Ik heb het nog aan niemand verteld want ik weet niet of ik Sanne goed begrepen heb, ze fantaseert soms ook wel. Mijn teamleider is goed bevriend met hem. Wat moet ik nu doen? Moet ik eerst naar de teamleider of meteen hoger? En moet ik Sanne er nog meer over vragen of juist niet? Ik wil ook niet dat hij onterecht beschuldigd wordt.");
      expect(seen.first).toMatch(/de route in Zorg/);
      expect(seen.first).not.toMatch(/door een ouder of verzorger/);
    });

    it('gives a parish volunteer coordinator the route for a club, never the school board (blind set DB)', async () => {
      const seen = await say("Ik ben coördinator kinderwerk van onze parochie in Valkenburg (zondagsschool en een jeugdclub op woensdagmiddag, kinderen 6-12 jaar). Een van onze vrijwilligers, een man van in de 60 die al jaren trouw meedraait, valt me de laatste tijd op. Hij wil de kinderen steeds op schoot, geeft bepaalde meisjes snoep als ze 'lief' zijn en appt ook met een paar kinderen van 10-11 jaar via hun eigen telefoon. Een moeder vroeg me vorige week of het klopt dat hij haar dochter had gevraagd foto's te sturen van haar nieuwe zwempak. Ik heb nog niks gedaan. Onze pastoor wil er liever geen ophef over, 'hij bedoelt het goed'. We hebben geen meldcode zoals een school die heeft denk ik, we zijn maar vrijwilligers. Maar ik lig er wakker van. Wat moet ik doen, moet ik hem aanspreken? Moet ik de ouders van de andere kinderen inlichten? En moet dit naar de politie of naar jullie?");
      expect(seen.first).not.toMatch(/schoolbestuur|Inspectie van het Onderwijs/);
      expect(seen.first).toMatch(/bestuur/);
    });

    it('does not tell a wijkconsulent of a housing corporation the bystander rule on their name, and says whether it is for Veilig Thuis (blind set DB)', async () => {
      const seen = await say("Goedemiddag, ik werk als wijkconsulent bij een woningcorporatie in Heerlen-Noord. Vorige week was ik bij een gezin voor een klacht over schimmel, moeder met drie kinderen en een vriend die er volgens mij niet officieel woont. De woning was echt heel erg, vuilniszakken in de gang, in de kinderkamer alleen een matras op de grond zonder laken en het rook naar urine. De jongste is denk ik een jaar of 2 en liep rond in alleen een luier, het was daar koud want de verwarming doet het niet sinds oktober zeggen ze. Toen ik vroeg naar de kinderen werd de vriend meteen geïrriteerd en zei dat ik voor de schimmel kwam en niet voor de rest. Er is ook huurachterstand van 4 maanden. Ik weet niet goed of dit mijn taak is, ik ben geen hulpverlener en ik wil niet dat het gezin straks de deur niet meer voor ons openmaakt. Maar het zit me niet lekker. Is dit iets voor Veilig Thuis of moet ik eerder het wijkteam inschakelen? En mag ik dat zomaar doen zonder toestemming van de huurder?");
      expect(seen.first).not.toMatch(/Ook als je geen beroepskracht bent|uitdrukkelijke toestemming/);
      expect(seen.first).toMatch(/Veilig Thuis is er voor elke zorg over huiselijk geweld of kindermishandeling/);
    });

    it('names the threat and the strangulation of a long acute story and offers no step for "no danger now" (blind set DF)', async () => {
      const seen = await say("help ik weet niet wat ik moet doen. ik ben ambulant hulpverlener wijkteam Heerlen Noord. cliente appte net (17:40) dat haar man in haar telefoon heeft gezien dat ze met mij over een opvangplek heeft gepraat. hij heeft haar gebeld en gezegd dat hij vanavond na zijn werk thuiskomt en 'dat ze het dan wel zal merken' en dat ze 'het huis niet levend uitkomt'. hij heeft haar vorig jaar al eens gewurgd, er ligt een oud rapport. kinderen van 2 en 5 zijn bij haar thuis. ze durft niet weg want ze heeft geen geld en geen auto. hij komt rond 19 uur thuis. wat nu??");
      expect(seen.first.split('\n').find((line) => line.trim())).toBe('Direct levensgevaar? Bel nu 112');
      expect(seen.first).toMatch(/Je beschrijft .*een dreiging of bedreiging.* wurging of een hand om de keel/);
      expect(seen.first).not.toContain('Is er nu geen direct gevaar?');
    });

    it('takes thanks with a plan that names a colleague as a sign-off, not as a new case (blind set DD)', async () => {
      const seen = await say("oke helder, dank je wel! ik ga het morgen eerst in ons MDO bespreken met de specialist ouderengeneeskunde en dan bel ik VT voor advies. kom er nog op terug");
      expect(seen.all).toMatch(/Leg vast met wie je het besprak/);
      expect(seen.all).not.toMatch(/Wat ik lees/);
    });

    it('answers whether the meldcode holds for a POH-GGZ, and whether the parents hear who called (blind sets DD, DE)', async () => {
      expect((await say("moet ik als poh ggz ookde meldcode volgen of geld dat alleen voor de huisarts zelf")).first).toMatch(/^\s*Voor wie geldt de meldcode\?/);
      expect((await say("wat is het verschil tussen advies vragen en een meling doen bij vt? krijgen ouders dan te horen dat ik gebelt heb")).first).toMatch(/Op je andere vraag: Anonimiteit van de melder/);
    });

    it('sends a mentor whose pupil may be married to a cousin to Veilig Thuis first, not to a talk with the parents (blind set DE)', async () => {
      const seen = await say("Goedemiddag. Ik ben mentor van een 3 vmbo klas in Heerlen. Een leerling van mij, Yasmina, 15 jaar, bleef na de les hangen en vertelde dat haar oudere broer haar telefoon elke avond controleert en dat ze niet meer met vriendinnen de stad in mag omdat 'mensen praten'. Ze zei ook half lachend dat ze 'misschien straks wel getrouwd wordt met een neef, dan hoef ik hier toch niet meer te komen'. Ze lachte erbij maar haar ogen niet. Er is geen datum genoemd of een reis, maar ze mist wel steeds vaker lessen. Mijn teamleider zegt: plan een gesprek met de ouders, dan hoor je hoe het zit. Ik heb daar een raar gevoel bij. Is dat verstandig of moet ik eerst iets anders doen? En moet dit via de zorgcoördinator?");
      expect(seen.first).toMatch(/Huwelijksdwang/);
      expect(seen.first).toMatch(/Neem eerst contact op met Veilig Thuis/);
    });

    it('tells a doctor\'s assistant to point the huisarts to it, as consultation of stap 2 (blind set DD)', async () => {
      const seen = await say("als doktersassistente zie ik dat een moeder deze maand al 3x belde voor haar zoontje van 2 met 'gevallen', en ik zag in het HAP bericht dat ze daar ook al was geweest.. toeval of moet ik de huisarts hierop wijzen?");
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\* Ja\. Overleg met een collega die er verstand van heeft/);
      expect(seen.first).not.toMatch(/daar heb ik geen vast antwoord op/);
    });

    it('answers how to see a mother alone without the partner with ways to do so, and answers the second question too (blind sets DA, CZ)', async () => {
      for (const text of ["Even sparren. Ik ben jeugdverpleegkundige op het cb in Kerkrade. Vanochtend kwam moeder met baby Nora (4 mnd) op consult, de groeicurve buigt af en moeder zag er heel moe en afwezig uit. Partner was mee en gaf op elke vraag al antwoord voordat zij iets kon zeggen, ook bij de vragen over hoe zij zich voelt. Toen ze Nora uitkleedde zag ik bij moeder een paar geelgroene plekken rond haar pols, ze trok meteen haar mouw omlaag. Partner zei nog lachend 'ze is zo onhandig he'. Ik heb niks gezegd omdat hij erbij zat en nu voelt het alsof ik het verprutst heb. Hoe krijg ik moeder alleen te spreken zonder dat hij argwaan krijgt? En is dit al iets om bij VT te melden of moet ik eerst zelf iets proberen?", "ik ben verloskundige in heerlen en zit met een zwangere van 28 weken die ik niet goed kan plaatsen. ze komt altijd met haar vriend en hij beantwoordt eigenlijk alle vragen, ook als ik haar echt direct aankijk. vorige week vroeg ik standaard naar veiligheid thuis (dat doen we bij intake en rond 30 wkn) en toen zei hij lachend 'hoezo, ben ik soms een gevaar?' en zij lachte mee maar keek naar de grond. ze heeft al 2 controles afgezegd via een appje van zijn nummer. bij het bloeddruk meten zag ik kleine blauwe plekjes om haar pols, kan natuurlijk van alles zijn. ze is 21, eerste kindje, familie woont in turkije. ik wil haar zo graag even alleen spreken maar hij gaat nooit weg. hoe pak ik dat aan zonder dat hij argwaan krijgt en het thuis erger wordt? en is dit al iets om met VT te overleggen of ben ik te vroeg?"]) {
        const seen = await say(text);
        expect(seen.all).toMatch(/\*\*Op je (?:andere )?vraag:\*\* Spreek je zorg niet uit waar degene bij is die je verdenkt/);
        expect(seen.all).toMatch(/een deel van de afspraak dat je met iedereen alleen doet/);
      }
    });

    it('tells a midwife whose client\'s partner reads the file through an app how to record without raising the danger (blind set CT)', async () => {
      const seen = await say("even sparren. ik ben verloskundige in heerlen, cliënte is 24 weken zwanger van haar eerste. haar partner komt bij elke controle mee en beantwoordt alle vragen die ik aan háár stel, ook over hoe ze zich voelt. toen hij vorige keer even naar de auto liep om de parkeerschijf te verzetten zei ze heel snel dat ze haar telefoon niet mag houden als hij naar zijn werk gaat en dat ze geen eigen pinpas heeft. daarna kwam hij terug en deed ze weer alsof er niks aan de hand was. de echo heeft ze al twee keer verzet. ik wil haar echt niet kwijtraken als cliënt. wat zet ik in het dossier zonder dat het een risico wordt als hij via de app meekijkt in haar zwangerschapsdossier?");
      expect(seen.all).toMatch(/\*\*Op je vraag:\*\* Leg het feitelijk vast, zoals altijd\. Kan iemand die de persoon bedreigt meelezen/);
      expect(seen.all).toMatch(/afgeschermd vastleggen/);
    });

    it('answers "mogen we weigeren haar mee te geven?" about a drunk parent at pick-up with 112 for danger and what to agree beforehand (blind set DA)', async () => {
      const seen = await say('als een ouder ooit dronken zijn kind komt ophalen, mogen we dan weigeren het mee te geven? vraag is voor ons nieuwe protocol');
      expect(seen.all).toMatch(/Komt een kind in direct gevaar als het meegaat, bijvoorbeeld met een ouder die onder invloed wil rijden of dreigt\? Houd het kind dan bij je op een veilige plek, spreek de ouder er niet op aan en bel 112/);
    });

    it('gives a bso worker whose colleague messages a girl "about a drawing" the kinderopvang route (blind set DL)', async () => {
      const seen = await say("ik werk als pm'er op een bso in sittard en ik zit hier echt mee. een collega van mij (man, al jaren in dienst, iedereen vindt hem top) neemt een meisje van 8 heel vaak apart, laatst zag ik dat hij haar een appje stuurde via zijn eigen telefoon en hij zei dat het over een tekening ging. ze zit ook steeds bij hem op schoot terwijl andere kinderen dat niet doen. misschien ben ik gewoon jaloers of overdreven, dat zei een andere collega ook al. mijn leidinggevende is goed bevriend met hem dus ik weet niet bij wie ik terecht kan. wie moet ik eerst inlichten? en moet ik dit ook aan de ouders vertellen?");
      expect(seen.first).toMatch(/de route in Kinderopvang/);
    });

    it('tells a home carer how to record when the family can read the zorgportaal, and a trainer that the girl may stay (blind sets DM, DJ)', async () => {
      expect((await say("Goedemiddag, ik werk als verzorgende in de thuiszorg in Kerkrade en ik zit al een paar weken met iets. Ik kom drie keer per week bij een mevrouw van 84, ze is nog redelijk helder maar loopt slecht. Sinds haar zoon weer bij haar woont (hij is gescheiden en had geen huis meer) gaat het eigenlijk steeds slechter. De koelkast is vaak bijna leeg terwijl ze wel een goed pensioen heeft volgens mij, haar bankpas ligt niet meer in haar tasje en toen ik vroeg of ze boodschappen had laten doen zei ze 'dat regelt hij allemaal'. Vorige week had ze een blauwe plek op haar bovenarm, ze zei dat ze tegen de deurpost was gelopen maar het zag eruit als vingers eerlijk gezegd. En als de zoon thuis is zegt ze bijna niks en kijkt ze steeds naar hem. Ik wil niet meteen van alles denken want hij zorgt ook wel voor haar en ze is gek op hem. Is dit iets voor VT of moet ik eerst naar mijn teamleider? En hoe schrijf ik dit op in het dossier zonder dat de zoon het kan lezen, want de familie heeft toegang tot het zorgportaal")).all).toMatch(/afgeschermd vastleggen/);
      expect((await say("ik sta nu bij de handbalvereniging in geleen, training is om 9 uur afgelopen. meisje van 11 zit huilend in de kleedkamer en wil niet mee naar huis. haar vader kwam haar net halen en was duidelijk dronken, stond te schreeuwen en greep haar hard bij haar arm. ze vertelde me net dat hij gisteren haar moeder heeft geslagen en zei dat 'zij vanavond aan de beurt is'. moeder neemt de telefoon niet op. vader zit nu in zn auto op de parkeerplaats te wachten met de motor aan. ik ben alleen met een andere trainster. wat moet ik doen, mag ik haar gewoon hier houden??")).all).toMatch(/Komt een kind in direct gevaar als het meegaat/);
    });

    it('answers both questions of "welke stappen heeft de meldcode en is dat afwegingskader verplicht", the five steps named', async () => {
      const seen = await say('welke stapppen heeft de meldcode nou precies en is dat afwegingskader ook verplciht voor ons als mbodocent? zit bij een roc in heerlen');
      expect(seen.first).toMatch(/afwegingskader/i);
      expect(seen.first).toMatch(/Op je andere vraag: Wat is de meldcode[\s\S]*1 signalen in kaart brengen, 2 collegiale consultatie/);
    });
  });

  describe('what the seventeenth round of blind messages asked', () => {
    it('answers whether advice can be asked without names and whether the family hears of it, in a story and as a short question', async () => {
      const story = await say(
        'Ik werk als wijkverpleegkundige bij een meneer van 58 met een hersenletsel. Zijn broer beheert zijn geld en meneer heeft nooit meer eten in huis. Kan ik dit eerst anoniem voorleggen, zonder zijn naam, en hoort de broer dan dat ik advies heb gevraagd?',
      );
      expect(story.first).toMatch(/\*\*Op je vraag:\*\* Ja\. Advies vragen kan anoniem: je legt de situatie voor zonder namen|^\s*Kan ik anoniem advies vragen bij Veilig Thuis\?/);
      const question = await say('horen de ouders ervan als ik bij vt alleen advies vraag of blijft dat anoniem?');
      expect(question.first).toMatch(/^\s*Kan ik anoniem advies vragen bij Veilig Thuis\?/);
    });

    it('says what Veilig Thuis does after a melding and how long it takes, when a story asks it', async () => {
      const seen = await say(
        'Ik ben jongerenwerker in Kerkrade. Een jongen van 15 vertelt dat zijn stiefvader zijn moeder regelmatig uitscheldt en een keer heeft geduwd. Ik ga waarschijnlijk melden, maar wat gebeurt er na zo een melding precies, en worden de kinderen dan uit huis gehaald?',
      );
      expect(seen.first).toMatch(/Na een melding beoordeelt Veilig Thuis eerst hoe veilig het is: meteen bij acute onveiligheid, anders binnen 5 werkdagen/);
      expect(seen.first).toMatch(/meestal overgedragen, vaak aan het lokale team/);
    });

    it('answers "moet ik de ouders inlichten?" with Veilig Thuis first when the child told of violence at home, never "in principe wel" alone', async () => {
      const seen = await say(
        'Ik ben leidster op een kinderdagverblijf. Een meisje van 4 zei vanochtend bij het tekenen dat papa mama vaak pijn doet en dat zij dan onder de tafel kruipt. Moet ik de ouders hier wel over inlichten? En hoe schrijf ik dit op?',
      );
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\* Nu nog niet\./);
      expect(seen.first).not.toMatch(/\*\*Op je vraag:\*\* In principe wel/);
      expect(seen.first).toMatch(/\*\*Op je andere vraag:\*\* Leg het kort en feitelijk vast/);
    });

    it('gives a volunteer no rule on telling the family about a melding, which is a professional\'s step', async () => {
      const seen = await say(
        'Ik ben vrijwilliger bij de kerk en bezoek een mevrouw van 88. Haar kleinzoon woont bij haar en neemt haar pensioen op, ze heeft vaak geen eten. Moet ik de familie vertellen dat ik Veilig Thuis bel?',
      );
      expect(seen.first).not.toMatch(/In principe wel: je bespreekt met de ouders of de cliënt/);
      expect(seen.first).toMatch(/Ook als je geen beroepskracht bent/);
    });

    it('reads a 19-year-old student as a young adult and money taken by her boyfriend as partner violence, not elder abuse', async () => {
      const seen = await say(
        'Ik ben docent op een mbo in Heerlen. Een studente van 19 met een licht verstandelijke beperking woont sinds kort samen met een vriend van 34. Hij heeft haar pinpas en ze heeft nooit geld voor lunch. Is dit al financieel misbruik of huiselijk geweld?',
      );
      expect(seen.first).not.toMatch(/een jongere|Ouderenmishandeling|ouderen kunnen/i);
      expect(seen.first).toMatch(/Huiselijk geweld is lichamelijk, geestelijk of seksueel geweld, of de bedreiging daarmee, door iemand uit de huiselijke kring/);
    });

    it('hears "moet ik dit bij de huisarts neerleggen?" as consulting a colleague, and a trainer who snapchats girls alone as a suspicion at the club', async () => {
      const assistant = await say('Ik ben doktersassistente. Een mevrouw van 79 komt voor de derde keer met een wond aan haar arm en haar zoon praat steeds voor haar. Moet ik dit bij de huisarts neerleggen of zelf iets doen?');
      expect(assistant.first).toMatch(/\*\*Op je vraag:\*\* Ja\. Overleg met een collega die er verstand van heeft/);
      const club = await say("Ik zit in het bestuur van een judoclub. Een trainer stuurt meisjes van 12 privé snapchats en biedt 'extra training' aan, alleen met hem. Tegen wie moet ik dit zeggen?");
      expect(club.first).toMatch(/route in Sportclub, scouting of andere vereniging[\s\S]*spreek de trainer of vrijwilliger er niet op aan/);
      expect(club.first).not.toMatch(/In stap 3 bespreek je je zorgen open met de betrokkene/);
    });

    it('reads wetting again as a change in behaviour, not a sexual signal, and answers "hoe schrijf ik dit op?"', async () => {
      const seen = await say('Ik werk op een bso. Een meisje van 6 zei gisteren dat papa mama tegen de muur duwt. Ze plast sinds kort weer in haar broek. Moet ik dit tegen moeder zeggen? En hoe schrijf ik dit op in ons systeem?');
      expect(seen.first).not.toMatch(/seksueel gebied/);
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\* Nu nog niet\./);
      expect(seen.first).toMatch(/\*\*Op je andere vraag:\*\* Leg het kort en feitelijk vast/);
    });

    it('answers how to listen to a child without steering it, in a story', async () => {
      const seen = await say(
        'Ik ben juf van groep 4. Een jongen van 7 zei vandaag in de kring dat zijn stiefvader hem in de kelder opsluit als hij stout is. Daarna zei hij niks meer. Ik ga het met onze ib-er bespreken, maar als hij er morgen weer over begint, wat zeg ik dan tegen hem zonder hem te sturen?',
      );
      expect(seen.first).toMatch(/Stel open vragen en vul niets in/);
      expect(seen.first).toMatch(/Beloof geen geheimhouding/);
    });

    it('tells a club trainer and a parish volunteer whom to talk to without an aandachtsfunctionaris, and reads no suspect colleague in the volunteer\'s own role', async () => {
      const trainer = await say('trainer bij een voetbalclub in stein, jongen van 10 uit mijn team komt steeds zonder eten en in te kleine schoenen. bij wie moet ik dit kwijt?');
      expect(trainer.first).toMatch(/\*\*Op je vraag:\*\* Voor overleg: je leidinggevende of coördinator \(bij een club of vereniging: het bestuur/);
      expect(trainer.first).not.toMatch(/aandachtsfunctionaris/);
      const volunteer = await say("Ik bezoek als vrijwilliger van de kerk wekelijks een mevrouw van 88. Ze had weer een blauwe plek op haar arm, 'gevallen' zegt ze. Haar zoon woont bij haar. Wat kan ik doen?");
      expect(volunteer.first).not.toMatch(/vermoeden over iemand die in de organisatie werkt/);
    });

    it('answers "moet ik haar ouders inlichten?" about an adult client with the client herself first, and a POH\'s huisarts as a colleague', async () => {
      const adult = await say('Ik ben ambulant begeleider van een vrouw van 24 met een licht verstandelijke beperking. Haar nieuwe vriend beheert haar geld en ze mag haar vriendinnen niet meer zien. Moet ik haar ouders hierover inlichten?');
      expect(adult.first).toMatch(/\*\*Op je vraag:\*\* Gaat het om een volwassene, dan bespreek je je zorg en een eventuele melding in principe met die persoon zelf/);
      const poh = await say('Ik ben POH-GGZ in een huisartsenpraktijk. Een vrouw van 40 vertelde dat haar man haar telefoon controleert en haar een keer heeft geduwd. Mag ik dit met de huisarts bespreken?');
      expect(poh.first).toMatch(/\*\*Op je vraag:\*\* Ja\. Overleg met een collega die er verstand van heeft/);
    });

    it('answers "wat is veilig thuis eigenlijk?" with what Veilig Thuis does', async () => {
      const seen = await say('wat is veilig thuis eigenlijk?');
      expect(seen.first).toMatch(/^\s*Wat doet Veilig Thuis\?/);
    });

    it('answers whether the family will hear who reported, and tells someone in danger not to go there', async () => {
      const known = await say('Ik ben jeugdverpleegkundige. Een moeder vertelde dat haar vriend haar slaat en de kinderen zien het. Als ik meld, komt hij er dan achter dat het van mij komt?');
      expect(known.first).toMatch(/Tegenover Veilig Thuis kun je als professional niet anoniem melden|Als professional meld je niet anoniem bij Veilig Thuis/);
      const danger = await say('Mijn cliënte belt net: haar ex staat met een mes in haar keuken en de kinderen zijn thuis. Moet ik er zelf heen?');
      expect(danger.first).toMatch(/Ga er niet zelf heen en spreek niemand aan: bel 112/);
    });

    it('answers "moet dit naar VT of naar de politie?" with 112 in danger and Veilig Thuis otherwise', async () => {
      const seen = await say('Ik ben mentor. Een leerling van 16 moet volgens mij drugs rondbrengen voor oudere jongens en heeft een blauw oog omdat hij "iets moest terugbetalen". Moet dit naar VT of naar de politie?');
      expect(seen.first).toMatch(/Is iemand nu of in de komende uren in gevaar, bel dan de politie via 112\. Zonder direct gevaar is Veilig Thuis/);
    });

    it('answers "moet ik hem aanspreken?" with no confrontation, "zonder dat zijn ouders het horen?" with anonymous advice, and a file the son reads before anything else', async () => {
      const confront = await say('Ik ben POH. Een patiënte vertelde dat haar man haar slaat. Hij staat ook bij ons ingeschreven. Is het verstandig om haar man hierop aan te spreken?');
      expect(confront.first).toMatch(/\*\*Op je vraag:\*\* Nee\. Spreek niemand aan die je verdenkt/);
      const anonymous = await say("Jongerenwerker hier. Een jongen van 16 slaapt al een week bij vrienden, hij wil niet naar huis na ruzie met zijn stiefvader. Kan ik jullie bellen zonder dat zijn ouders het meteen horen?");
      expect(anonymous.first).toMatch(/\*\*Op je vraag:\*\* Ja\. Advies vragen kan anoniem/);
      const file = await say('Ik werk in de thuiszorg bij een mevrouw van 86. Haar zoon neemt haar pensioen op en kleineert haar. Mag ik dit met de huisarts bespreken? En moet ik het in het zorgdossier zetten, want de zoon leest soms mee in de map?');
      expect(file.first).toMatch(/\*\*Op je vraag:\*\* Leg het feitelijk vast, zoals altijd\. Kan iemand die de persoon bedreigt meelezen/);
    });

    it('finds the article for a question of a known kind that the search misses', async () => {
      const seen = await say('Vraagje: ik ben huisarts, mag ik met mijn beroepsgehiem eigenlijk zonder toestemming van de patiënt info geven aan veilig thuis als ze mij terugbellen over een melding die iemand anders deed? of geld dat alleen als ik zelf meld');
      expect(seen.first).toMatch(/^\s*Beroepsgeheim en melden bij Veilig Thuis[\s\S]*bij vragen van Veilig Thuis tijdens een onderzoek/);
    });

    it('hears a file that lies on the family\'s table, and sends signs of a marriage abroad to Veilig Thuis first without the stap-3 talk with the parents', async () => {
      const file = await say('Ik ben kraamverzorgende. De vader houdt alles in de gaten en gaat tegen haar tekeer als de baby huilt. Wat schrijf ik wel en niet in het kraamdossier, want dat ligt gewoon bij hun op tafel?');
      expect(file.first).toMatch(/\*\*Op je vraag:\*\* Leg het feitelijk vast, zoals altijd/);
      const abroad = await say("Ik ben mentor. Een leerling van 15 zei dat ze deze zomer 'misschien niet terugkomt' en dat haar tante in het buitenland 'een goede man voor haar heeft gevonden'. Haar telefoon is afgepakt. Kan ik het bespreken met de ouders?");
      expect(abroad.first).toMatch(/Veilig Thuis eerst/);
      expect(abroad.first).not.toMatch(/In stap 3 bespreek je je zorgen open met de betrokkene/);
    });

    it('tells a volunteer who asks whether the man will find out that her name goes to the family only with her consent', async () => {
      const seen = await say('Ik geef taalles en een vrouw had een blauwe plek bij haar oog, haar man wacht altijd buiten. Geldt de meldcode ook voor vrijwilligers zoals ik? En komt die man er dan achter dat het van ons komt?');
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\* Ook als je geen beroepskracht bent[\s\S]*alleen met jouw uitdrukkelijke toestemming/);
    });

    it('says that huiselijk geweld needs no blows', async () => {
      const seen = await say('Ik ben taalcoach. Een vrouw vertelt dat haar man haar paspoort heeft, haar geen eigen geld geeft en haar uitscheldt. Hij slaat haar niet. Is dit dan wel huiselijk geweld?');
      expect(seen.first).toMatch(/Er hoeft dus niet geslagen te worden/);
    });

    it('names a colleague\'s route in English only where the message is about a colleague', async () => {
      const home = await say('Hi, I work at an international school. A pupil has bruises and says his dad hits him when he is drunk. Can I call Veilig Thuis in English?');
      expect(home.all).not.toMatch(/works in your organisation/);
      const colleague = await say('Hi, I think a colleague at our daycare is too rough with the babies. She shook one yesterday. What should I do?');
      expect(colleague.all).toMatch(/works in your organisation/);
    });
  });

  describe('what the twenty-second round of blind messages asked', () => {
    it('answers a specific question beside the articles, so "moet ik de vader aanspreken?" is not lost', async () => {
      const seen = await say(
        'Ik ben vrijwilliger bij de scouting in Beek. Een jongen van 11 zei na de opkomst dat zijn vader hem met de riem slaat als hij te laat thuis is. Hij vroeg of ik het aan niemand wil vertellen. Moet ik de vader erop aanspreken? En wat doet Veilig Thuis als ik bel?',
      );
      expect(seen.all).toMatch(/Nu nog niet\. Vertelde het kind of de persoon zelf over geweld thuis, vraag dan eerst advies aan Veilig Thuis/);
    });

    it('tells whether to ask advice first or report at once', async () => {
      const seen = await say('Docent in Beek. Een meisje uit mijn mentorklas heeft voor de tweede keer striemen op haar benen en zegt dat ze gevallen is. Moet ik eerst advies vragen of meteen een melding doen?');
      // Striemen for the second time repeat: the norm for structurele onveiligheid answers it, with advice first for doubt.
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\* Je beschrijft iets wat zich herhaalt/);
      expect(seen.first).toMatch(/structurele onveiligheid/);
      expect(seen.first).toMatch(/vraag dan eerst advies/);
    });

    it('lists the five steps when a story asks for them', async () => {
      const seen = await say(
        'Ik ben net begonnen als begeleider op een dagbesteding in Sittard. Een deelnemer van 30 komt steeds met blauwe plekken en zegt dat zijn broer boos wordt. Welke stappen van de meldcode moet ik nu volgen, en mag ik dit met de huisarts overleggen?',
      );
      expect(seen.first).toMatch(/1 signalen in kaart brengen, 2 collegiale consultatie en zo nodig Veilig Thuis raadplegen, 3 gesprek met de betrokkene\(n\), 4 wegen, 5 beslissen/);
    });

    it('answers how to speak with an older client when her son is always there', async () => {
      const seen = await say(
        'Ik ben wijkverpleegkundige in Simpelveld bij een mevrouw van 88. Haar zoon heeft haar pinpas en de koelkast is leeg. Hoe bespreek ik dit met haar als hij er altijd bij zit?',
      );
      expect(seen.first).toMatch(/Spreek je zorg niet uit waar degene bij is die je verdenkt/);
    });

    it('reads a trip to "het land van haar ouders" to "iemand ontmoeten" as Veilig Thuis first, not a talk with the parents', async () => {
      const seen = await say(
        'Ik ben coach van een hockeyteam in Valkenburg. Een speelster van 15 zegt dat ze na de zomer niet terugkomt omdat ze in het land van haar ouders iemand moet ontmoeten. Moet ik haar ouders bellen?',
      );
      expect(seen.first).toMatch(/Veilig Thuis eerst/);
      expect(seen.first).not.toMatch(/Een gesprek met de ouders of de cliënt hoort bij stap 3/);
    });

    it('says that control without blows can be huiselijk geweld, between adults', async () => {
      const seen = await say(
        'Ik ben schuldhulpverlener in Landgraaf. Een cliënte van 41 mag van haar man niet zelf pinnen, hij leest haar berichten en ze mag haar moeder niet meer zien. Slaan doet hij niet, zegt ze. Is dit wel huiselijk geweld?',
      );
      expect(seen.first).toMatch(/Ook zonder slaan kan het huiselijk geweld zijn/);
    });

    it('answers "wat gebeurt er dan met die collega?" below a colleague\'s route with the organisation, not with what Veilig Thuis does after a melding', async () => {
      const seen = await say(
        'Ik werk op een kinderdagverblijf in Geleen. Een collega neemt een peuter steeds mee naar de slaapkamer als de anderen buiten zijn, en maakt dan foto\'s met zijn eigen telefoon. Wat gebeurt er met die collega als ik dit meld?',
      );
      expect(seen.first).toMatch(/Meld het direct bij de houder/);
      expect(seen.first).toMatch(/Wat er daarna met de collega gebeurt, beslist je organisatie/);
      expect(seen.first).not.toMatch(/Na een melding beoordeelt Veilig Thuis/);
    });

    it('tells a worker that Veilig Thuis is there for an adult client who may be exploited, and answers the question about the police', async () => {
      const seen = await say(
        'Ik ben woonbegeleider in Kerkrade. Een bewoonster van 25 met een licht verstandelijke beperking heeft een veel oudere vriend van internet, ze krijgt dure cadeaus en moet soms iets terugdoen voor zijn vrienden. Moet ik de politie inschakelen?',
      );
      expect(seen.first).toMatch(/dat kan ook als het om een volwassene gaat/);
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\* Is iemand nu of in de komende uren in gevaar, bel dan de politie via 112/);
    });

    it('says money taken from an older person can be financieel misbruik, a form of elder abuse, when the story asks', async () => {
      const seen = await say(
        'Ik ben thuiszorgmedewerker in Nuth. Een meneer van 86 heeft nooit meer boodschappengeld sinds zijn kleinzoon zijn bankpas beheert. Is dit nou al financiële uitbuiting?',
      );
      expect(seen.first).toMatch(/Dit kunnen signalen zijn van financieel misbruik\./);
      expect(seen.first).toMatch(/een vorm van ouderenmishandeling/);
    });

    it('reads a debt to be earned back by meeting his friends as exploitation of an adult client, Veilig Thuis first', async () => {
      const seen = await say(
        'Ik begeleid een vrouw van 24 met een licht verstandelijke beperking. Haar nieuwe vriend zegt dat ze hem 500 euro schuldig is en dat ze dat kan terugverdienen door vrienden van hem te ontmoeten. Wat moet ik doen?',
      );
      expect(seen.first).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
      expect(seen.first).toMatch(/dat kan ook als het om een volwassene gaat/);
    });

    it('reads a colleague who holds a resident down at night without a plan as a suspicion at work, with the zorg route', async () => {
      const seen = await say(
        'Ik werk als verzorgende in een verpleeghuis in Heerlen. Een collega van de nachtdienst zet een bewoonster met dementie volgens een stagiaire elke nacht stevig vast in bed, dat staat nergens in het zorgplan. Wat moet ik hiermee?',
      );
      expect(seen.first).toMatch(/Een vermoeden over een medewerker: de route in/);
      expect(seen.first).toMatch(/Zorg/);
    });

    it('answers a POH who asks to share with the huisarts as consulting a colleague, not as sharing with another organisation', async () => {
      const seen = await say(
        'Ik ben POH-GGZ in een huisartsenpraktijk in Kerkrade. Een cliënt van 45 vertelde dat hij zijn vrouw soms bij de arm grijpt als hij boos is. Mag ik dit met de huisarts bespreken?',
      );
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\* Ja\. Overleg met een collega/);
      expect(seen.first).not.toMatch(/Wil je iets delen met het wijkteam, de huisarts of een andere organisatie, dan vraag je daar in principe eerst toestemming voor/);
    });

    it('does not read a mother who fell asleep after drinking as an injury, and asks for advice today for her children left alone', async () => {
      const seen = await say(
        'Ik behandel in de verslavingszorg een moeder van 35, alcoholafhankelijk, met twee kinderen van 3 en 6. Ze vertelde dat ze zondag in slaap viel na een fles wijn terwijl de kinderen alleen in de tuin speelden. Is dit een geval voor de meldcode?',
      );
      expect(seen.first).not.toMatch(/letsel of een verwonding/);
      expect(seen.first).toMatch(/zorgen over de draagkracht van een ouder/);
      expect(seen.first).toMatch(/Vraag vandaag nog advies aan Veilig Thuis/);
    });

    it('reads a boy who hands over packages, with new expensive things and older youths who collect him, as possible exploitation', async () => {
      const seen = await say(
        'Ik ben jongerenwerker in Kerkrade. Een jongen van 15 wordt sinds kort opgehaald door oudere jongens in een dure auto, heeft een tweede telefoon en ik zag hem gisteren pakketjes rondbrengen in de wijk. Waar kan ik hiermee terecht?',
      );
      expect(seen.first).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('tells someone in danger now what to do now, not the step for when there is no danger', async () => {
      const seen = await say(
        'ik sta bij de uitgang van de sporthal in Heerlen, een jongen van 10 uit mijn team durft niet naar buiten omdat zijn vader daar dronken staat te schreeuwen dat hij moet komen, hij zei vorige week al dat zijn vader hem slaat. wat moet ik nu doen?',
      );
      expect(seen.first).toMatch(/112/);
      expect(seen.first).toMatch(/Wat je nu doet/);
      expect(seen.first).toMatch(/laat het niet meegaan met iemand die het in gevaar brengt/);
      expect(seen.first).not.toMatch(/Is er nu geen direct gevaar\?/);
    });
  });

  describe('what the twenty-third round of blind messages showed', () => {
    it('does not tell someone to call 112 now about what a child told of yesterday, where no clear danger is named', async () => {
      const seen = await say(
        'Ik werk op een bso in Beek. Een jongen van 7 zei gisteren bij het tekenen dat papa mama tegen de deur heeft geduwd en dat mama toen huilde en bloedde. Hij zei het heel gewoon. Wat moet ik doen?',
      );
      expect(seen.first).not.toMatch(/Bel nu 112 en zeg wat er gebeurt/);
    });
  });

  describe('what the twenty-fourth round of blind messages showed', () => {
    it('puts 112 first for a drunk father under a contactverbod who pulls at the door now, and answers whether to hand the child over', async () => {
      const seen = await say(
        'ik sta nu bij de ingang van onze bso. de vader van een meisje van 6 is dronken en roept buiten dat hij haar komt halen, er is een contactverbod. hij trekt aan de deur. mag ik haar meegeven of tegenhouden?',
      );
      expect(seen.first).toMatch(/Direct levensgevaar\? Bel nu 112/);
      expect(seen.first).toMatch(/Houd het kind dan bij je op een veilige plek/);
      expect(seen.first).not.toMatch(/iemand die bang is/);
    });

    it('gives what to do now above the route of honour-related violence when a girl is threatened with death tonight', async () => {
      const seen = await say(
        'Ik ben jongerenwerker. Een meisje van 17 zit hier bij mij op kantoor. Haar broer appte net: als je vanavond thuiskomt ben je dood, je hebt de familie te schande gemaakt. Ze durft niet naar huis. Wat moet ik nu doen?',
      );
      expect(seen.first).toMatch(/Direct levensgevaar\? Bel nu 112/);
      expect(seen.first).toMatch(/Wat je nu doet/);
      expect(seen.first).toMatch(/Eergerelateerd geweld/);
      expect(seen.first.indexOf('Wat je nu doet')).toBeLessThan(seen.first.indexOf('Eergerelateerd geweld'));
    });

    it('shows 113 for a teenager who sent a photo of pills he will all take', async () => {
      const seen = await say('Een leerling van 15 stuurde me gisteravond laat een foto van een doosje pillen die hij allemaal gaat nemen. Hij leest mijn berichten niet meer. Moet ik 112 bellen of eerst zijn ouders?');
      expect(seen.first.trim()).toMatch(/^Direct levensgevaar\? Bel nu 112/);
      expect(seen.first).toMatch(/Bel 113 Zelfmoordpreventie/);
    });

    it('answers three questions of a story: is it abuse, may I share it, and how do I speak her alone', async () => {
      const seen = await say(
        'Ik ben wijkverpleegkundige in Simpelveld. Een mevrouw van 81 heeft sinds haar kleinzoon bij haar woont nooit meer geld voor boodschappen, hij heeft haar pinpas. Is dit al financiele uitbuiting? Mag ik dit zonder haar toestemming doorgeven aan Veilig Thuis? En hoe spreek ik haar alleen als haar kleinzoon er altijd bij is?',
      );
      expect(seen.all).toMatch(/financieel misbruik/);
      expect(seen.all).toMatch(/geen toestemming nodig/);
      expect(seen.all).toMatch(/Spreek je zorg niet uit waar degene bij is/);
    });

    it('answers "kan ik hier VT over bellen?" once, not again as "is dit iets voor Veilig Thuis?" beside "mag ik zelf bellen?"', async () => {
      const seen = await say(
        'Ik ben leerkracht in Vaals. Een meisje uit groep 6 zei dat haar stiefvader haar vaak hard in haar arm knijpt. Mag ik zelf Veilig Thuis bellen of moet dat via de intern begeleider? En moet ik haar moeder dan inlichten?',
      );
      expect(seen.all.match(/Veilig Thuis is er voor elke zorg/g) ?? []).toHaveLength(0);
      expect(seen.all).toMatch(/Op je andere vraag/);
    });

    it('answers "is dit iets voor VT of meer voor de politie?" with when to call which', async () => {
      const seen = await say(
        'Ik ben ambulant begeleider in Heerlen. Een cliënt van 23 met een lichte verstandelijke beperking moet van zijn nieuwe vrienden elke week geld pinnen en hun pakketjes bewaren. Hij is bang voor ze. Is dit iets voor VT of meer voor de politie?',
      );
      expect(seen.all).toMatch(/bel dan de politie via 112. Zonder direct gevaar is Veilig Thuis/);
    });

    it('tells a social worker that children who hear the fights are harmed too', async () => {
      const seen = await say(
        'Ik ben maatschappelijk werker in Kerkrade. Een cliënte vertelt dat haar man haar uitscheldt en soms tegen de muur duwt; de kinderen van 5 en 8 liggen dan boven in bed. Telt het voor de kinderen mee dat ze die ruzies horen?',
      );
      expect(seen.all).toMatch(/getuige zijn van huiselijk geweld|slachtoffer van psychische mishandeling/);
    });

    it('tells a volunteer that the woman can call Veilig Thuis herself, and that the chat takes no melding', async () => {
      const seen = await say(
        'Ik ben vrijwilliger bij het taalcafé in Sittard. Een deelneemster van 30 vertelt dat haar man al haar geld beheert en haar opsluit als hij weggaat. Kan zij zelf anoniem Veilig Thuis bellen?',
      );
      expect(seen.all).toMatch(/kan Veilig Thuis zelf bellen/);
      expect(seen.all).toMatch(/via de chat kan geen melding worden gedaan/);
    });

    it('answers "komen ze dan meteen bij het gezin aan de deur?" with what Veilig Thuis does after a melding', async () => {
      const seen = await say(
        'Ik ben diaken in Brunssum. Een moeder uit onze parochie vertelde dat haar man de kinderen met een riem slaat. Als ik Veilig Thuis bel, komen ze dan meteen bij het gezin aan de deur?',
      );
      expect(seen.all).toMatch(/beoordeelt Veilig Thuis eerst hoe veilig het is/);
    });

    it('answers "armoede of verwaarlozing?": that need not be settled first', async () => {
      const seen = await say(
        'Ik werk op een bso in Landgraaf. Een jongen van 7 heeft al weken dezelfde kapotte schoenen, geen jas en vaak honger; moeder zegt dat er geen geld is. Is dit nou armoede of verwaarlozing?',
      );
      expect(seen.all).toMatch(/hoef je niet zelf vast te stellen/);
    });

    it('tells a doctor that Veilig Thuis is there for adults too', async () => {
      const seen = await say(
        'Huisarts hier. Een patiënte van 58, geen kinderen, wordt al maanden gestalkt door haar ex: hij staat elke avond voor haar deur en stuurt tientallen berichten. Kunnen jullie hier iets mee of is Veilig Thuis alleen voor kinderen?',
      );
      expect(seen.all).toMatch(/bij kinderen en bij volwassenen/);
      expect(seen.all).not.toMatch(/Het gaat om een kind/);
    });

    it('answers where trust ends and acting begins as a question about keeping a secret', async () => {
      const seen = await say(
        'Ik ben thuisbegeleider in Beek. Een moeder vertelde me in vertrouwen dat haar vriend haar slaat als hij gedronken heeft, maar ik mag het aan niemand vertellen. Hoe bewaar ik haar vertrouwen en doe ik toch wat nodig is?',
      );
      expect(seen.all).toMatch(/Beloof geen geheimhouding/);
    });

    it('answers "moet ik alle stappen doorlopen of mag ik meteen Veilig Thuis bellen?" with advice at every step', async () => {
      const seen = await say('moet ik de stappen van de meldcode eerst allemaal doorlopen of mag ik ook meteen vt bellen?');
      expect(seen.first).toMatch(/bij elke stap van de meldcode/);
      expect(seen.first).not.toMatch(/De Kindertelefoon\n/);
    });

    it('answers "ouderenmishandeling of ontspoorde mantelzorg?" about an exhausted carer without calling it danger now', async () => {
      const seen = await say(
        'Ik ben casemanager dementie in Voerendaal. Een man van 82 zorgt dag en nacht voor zijn vrouw met Alzheimer en is uitgeput. Vanochtend gaf hij toe dat hij haar een harde duw had gegeven omdat ze hem krabde. Is dit ouderenmishandeling of ontspoorde mantelzorg?',
      );
      expect(seen.first).toMatch(/Ook als het uit overbelasting voortkomt, kan het ouderenmishandeling zijn/);
      expect(seen.first).not.toMatch(/Direct levensgevaar/);
    });

    it('gives a SEH nurse the Kindcheck for the children of a mother admitted after an overdose, not 113 for the mother', async () => {
      const seen = await say(
        'Ik ben verpleegkundige op de spoedeisende hulp in Sittard. Vannacht is een vader binnengebracht na een overdosis, hij wordt opgenomen. Zijn twee kinderen van 3 en 6 zouden bij een kennis zijn, maar niemand weet bij wie. Wat moet ik nu nog doen voor mijn dienst erop zit?',
      );
      expect(seen.first).toMatch(/Kindcheck/);
      expect(seen.first).not.toMatch(/eerst de veiligheid: bel nu/);
    });

    it('gives a club board the route for a suspicion against a trainer, though the trainer explains "oefeningen"', async () => {
      const seen = await say(
        'Ik zit in het bestuur van een judovereniging in Stein. Een van onze trainers appt jongens van 12 privé, geeft ze thuis "extra oefeningen" en zegt dat ze het niet tegen hun ouders moeten vertellen. Valt dit onder Veilig Thuis?',
      );
      expect(seen.first).toMatch(/de route in Sportclub, scouting of andere vereniging/);
    });

    it('tells a newcomer who introduces herself and asks what the bot can do what it can do', async () => {
      const seen = await say('goedemorgen, ik ben net begonnen als praktijkondersteuner. wat kan ik jou allemaal vragen?');
      expect(seen.all).toMatch(/Wat je hier kunt typen/);
      expect(seen.all).not.toMatch(/geen passend antwoord/i);
    });
  });

  describe('what the twenty-fifth round of blind messages showed', () => {
    it('puts 112 and 113 first for a man who saved his late wife\'s pills and named a day', async () => {
      const seen = await say('Ik ben wijkverpleegkundige. Een meneer van 70 liet me vanochtend zien dat hij de slaappillen van zijn overleden vrouw heeft gespaard; hij wil het doen na de kerst, zei hij. Wat moet ik nu?');
      expect(seen.first.trim()).toMatch(/^Direct levensgevaar\? Bel nu 112/);
      expect(seen.first).toMatch(/Bel 113 Zelfmoordpreventie/);
    });

    it('puts 112 first when the shouting and banging next door has suddenly stopped', async () => {
      const seen = await say('Ik ben huismeester van een flat in Kerkrade. Bij een gezin op drie hoor ik al een half uur gegil en gebonk en nu is het ineens stil. Wat moet ik doen?');
      expect(seen.first.trim()).toMatch(/^Direct levensgevaar\? Bel nu 112/);
    });

    it('sends a girl who must get engaged to a cousin abroad this summer to Veilig Thuis first, not to a talk with her father', async () => {
      const seen = await say(
        'Ik ben vrijwilliger bij het huiswerkcafé van de moskee in Heerlen. Een meisje van 16 vertelde dat ze deze zomer in Turkije moet verloven met een neef; ze wil dat niet en haar vader heeft haar paspoort. Moet ik met haar vader praten?',
      );
      expect(seen.first).toMatch(/Veilig Thuis/);
      expect(seen.first).toMatch(/Bespreek je zorg niet eerst met de ouders of de familie/);
    });

    it('gives a day-care worker the route for a colleague who grabs a toddler hard, even with typos', async () => {
      const seen = await say('geldt de meldcode ook als een collga op onze opvang een peuter steeds hard vastpakt? of gaat dat anders');
      expect(seen.first).toMatch(/houder/);
    });

    it('sends sexual behaviour a child says an uncle allows to Veilig Thuis first, with no rule to tell the parents', async () => {
      const seen = await say(
        'Ik werk op een bso. Een jongen van 6 trok vandaag bij een meisje de broek naar beneden en zei: dat is ons geheime spel, dat mag van opa. Moet ik dit aan zijn ouders vertellen?',
      );
      expect(seen.first).toMatch(/Veilig Thuis/);
      expect(seen.first).not.toMatch(/In principe wel: je bespreekt met de ouders/);
    });

    it('does not tell a huisartsenpost of a carer who rang last night that there is danger to life now', async () => {
      const seen = await say('Op de huisartsenpost belde vannacht een vrouw van 80 die zei dat ze haar man met dementie soms hard in zijn stoel duwt omdat ze het niet meer trekt. Wat moeten wij nu doen?');
      expect(seen.first).not.toMatch(/Direct levensgevaar/);
    });

    it('gives what to do now, not how to ask for advice, when a death threat is going on during a home visit', async () => {
      const seen = await say(
        'Ik sta nu bij een huisbezoek voor het wijkteam. Vader schreeuwt in de keuken dat hij moeder gaat vermoorden, ze bloedt aan haar lip en de kinderen huilen boven. Bel ik eerst mijn leidinggevende of Veilig Thuis?',
      );
      expect(seen.first).toMatch(/Wat je nu doet/);
      expect(seen.first).not.toMatch(/Je mag bij elke stap van de meldcode/);
    });

    it('answers "do I weigh the afwegingskader myself or does VT?" with the step in which the asker weighs', async () => {
      const seen = await say('Ik ben ib\'er. Doen wij het afwegingskader zelf, of doet Veilig Thuis dat als we bellen voor advies?');
      expect(seen.first).toMatch(/In stap 4 schat je het risico/);
    });

    it('answers a drama teacher about a stabbing in a school play without an alarm', async () => {
      const seen = await say('Ik ben docent drama op een vmbo. In ons toneelstuk wordt een moeder door haar vriend neergestoken. Hoe bespreek ik dat na met de klas?');
      expect(seen.first).not.toMatch(/Bel nu 112|Is iemand nu in gevaar/);
    });
  });

  describe('what the twenty-sixth round of blind messages showed', () => {
    it('puts 112 and 113 first for a boy who texts he goes to the viaduct after class, while he is still in class', async () => {
      const seen = await say("Een leerling van 14 appte mij net 'na het laatste uur ga ik naar het viaduct, het spijt me'. Zijn docent zegt dat hij nog in de les zit. Wat moet ik doen?");
      expect(seen.first.trim()).toMatch(/^Direct levensgevaar\? Bel nu 112/);
      expect(seen.first).toMatch(/Bel 113 Zelfmoordpreventie/);
    });

    it('puts 112 first for young children alone at home for days with no one knowing where their mother is', async () => {
      const seen = await say('Ik ben buurtcoach in Landgraaf. Drie kinderen van 4, 6 en 8 zitten sinds zaterdag alleen thuis, niemand weet waar hun moeder is. Wie moet ik bellen?');
      expect(seen.first.trim()).toMatch(/^(?:Direct levensgevaar\? Bel nu 112|Is iemand nu in gevaar\? Bel 112)/);
    });

    it('shows 113 beside 112 for a man found unresponsive next to empty pill strips and a letter', async () => {
      const seen = await say('Ik ben thuiszorger. Meneer lag niet aanspreekbaar in bed, naast hem lege strips en een brief voor zijn dochter. De ambulance komt. Wat nu?');
      expect(seen.first.trim()).toMatch(/^Direct levensgevaar\? Bel nu 112/);
      expect(seen.first).toMatch(/113/);
    });

    it('answers a new user who asks what the bot can do and whether it remembers what she types', async () => {
      const seen = await say('Hallo! Ik werk sinds deze week als intern begeleider op een basisschool in Simpelveld en mijn directeur zei dat ik jou kon proberen. Wat kun jij allemaal? En bewaar je wat ik hier over leerlingen schrijf?');
      expect(seen.first).toMatch(/Welkom bij de Veilig Thuis assistent/);
      expect(seen.first).toMatch(/bewaar ik niet/);
      expect(seen.first).toMatch(/vergeet mijn gegevens/);
      expect(seen.first).not.toMatch(/Wat ik lees/);
    });

    it('tells someone who asks whether she may type names here not to, and what is kept', async () => {
      const seen = await say('mag ik hier gewoon de namen van de kinderen noemen als ik een vraag heb?');
      expect(seen.first).toMatch(/Typ geen namen, BSN, adressen/);
    });

    it('sends a girl who goes abroad "for a long time" this summer, where a cousin was married off, to Veilig Thuis first and never to the talk with her parents', async () => {
      const seen = await say(
        "Ik ben mentor in Brunssum. Een leerling van 14 vertelde huilend dat ze deze zomer 'voor heel lang' met haar vader naar familie in het buitenland gaat; haar zus is daar vorig jaar getrouwd met een veel oudere man. Ze wil niet dat ik haar ouders bel. Onze gewoonte is eerst met ouders praten, moet dat hier ook?",
      );
      expect(seen.first).toMatch(/Bespreek je zorg niet eerst met de ouders of de familie/);
      expect(seen.first).toMatch(/Wat je wie vertelt, bespreek je eerst met Veilig Thuis/);
      expect(seen.first).not.toMatch(/In stap 3 bespreek je je zorgen open/);
    });

    it('asks, for bruises on a toddler seen this morning, whether anyone is in danger now instead of telling to call 112 now', async () => {
      const seen = await say('Ik ben pm\'er op een kdv in Beek. Vanochtend zag ik bij het verschonen van een peuter van 2 blauwe plekken op zijn bovenarmen, als vingers. Mijn leidinggevende reageert niet. Moet ik vader vanmiddag bij het ophalen ernaar vragen?');
      expect(seen.first.trim()).toMatch(/^Is iemand nu in gevaar\? Bel 112/);
      expect(seen.first).not.toMatch(/Bel nu 112 en zeg wat er gebeurt/);
    });

    it('does not read an employee whose husband checks on her at work as a colleague suspected of abuse', async () => {
      const seen = await say('Ik werk bij personeelszaken van een bouwbedrijf in Kerkrade. Een medewerkster van ons komt vaak met lange mouwen in de zomer. Haar leidinggevende zag een blauwe plek op haar pols en haar man staat elke dag bij de poort te wachten. Wat kan ik als werkgever doen?');
      expect(seen.first).not.toMatch(/iemand die in je organisatie werkt/);
    });

    it('answers "hoelang duurt het voor vt terugkoppelt" about one\'s own melding with what happens after a melding', async () => {
      const seen = await say('hoelang duurt het eigenlijk voor vt iets laat horen na een melding? ik heb twee weken terug gemeld over een vader en zijn zoon en hoor niks');
      expect(seen.first).toMatch(/veiligheidsbeoordeling/);
      expect(seen.first).not.toMatch(/Wat ik lees/);
    });

    it('sends a boyfriend of 21 with new phones and nights away to Veilig Thuis first as possible loverboy exploitation', async () => {
      const seen = await say("Ik ben jeugdhulpverlener in Landgraaf. Een meisje van 15 heeft een 'vriend' van 22, krijgt gelnagels en een nieuwe iphone en blijft 's nachts weg. Hoe ga ik hier mee om?");
      expect(seen.first).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('answers "valt zulke controle onder de meldcode?" about a woman whose husband reads her messages: violence without blows', async () => {
      const seen = await say('Ik ben maatschappelijk werker. Een vrouw van 35 vertelt dat haar man al haar berichten leest en haar geen eigen geld geeft; hij slaat niet. Valt zulk gedrag eigenlijk onder de meldcode?');
      expect(seen.first).toMatch(/Ook zonder slaan kan het huiselijk geweld zijn|Er hoeft dus niet geslagen te worden/);
    });

    it('asks, for a trip this summer where a girl will become "a big girl", whether anyone is in danger now rather than telling to call 112 now', async () => {
      const seen = await say("Een meisje van 5 uit mijn klas vertelde vandaag dat ze deze zomer naar tante in Sierra Leone gaat 'om een echte vrouw te worden, met een feest'. Ik twijfel of ik me nu iets inbeeld. Moet ik dit aan moeder vragen?");
      expect(seen.first.trim()).toMatch(/^Is iemand nu in gevaar\? Bel 112/);
      expect(seen.first).toMatch(/Bespreek je zorg niet eerst met de ouders of de familie/);
    });

    it('still reads a lesson about what to say to a child as no danger', async () => {
      const seen = await say('We bespraken in de les hoe je reageert als een kind zegt dat het thuis geslagen wordt. Hoe doe je dat goed?');
      expect(seen.first.trim()).not.toMatch(/^Direct levensgevaar/);
    });
  });

  describe('what the twenty-seventh round of blind messages showed', () => {
    it('answers a new aandachtsfunctionaris who asks what she can ask and whether she may type names, with the overview and what is kept', async () => {
      const seen = await say('Goedemiddag! Ik ben sinds kort aandachtsfunctionaris bij een thuiszorgorganisatie in Beekdaelen, nog erg zoekende. Wat kan ik allemaal aan je vragen? En moet ik opletten met namen als ik hier iets typ?');
      expect(seen.first).toMatch(/Welkom bij de Veilig Thuis assistent/);
      expect(seen.first).toMatch(/Typ geen namen/);
    });

    it('answers "kun je ook helpen met een verslag?" with the overview of what the bot does', async () => {
      const seen = await say('Hoi, ik ben net begonnen als mentor op een vmbo in Kerkrade. Kun je ook helpen met een verslag voor het dossier?');
      expect(seen.first).toMatch(/Welkom bij de Veilig Thuis assistent/);
    });

    it('answers a GGZ worker who wants to call the school despite his beroepsgeheim with the rule for sharing with others, not the meldrecht', async () => {
      const seen = await say('Ik ben behandelaar bij de GGZ in Sittard. Een cliënt van 45 met een psychose zorgt alleen voor zijn dochter van 8. Mag ik met mijn beroepsgeheim haar school bellen om te vragen hoe het met haar gaat?');
      expect(seen.first).toMatch(/Wil je iets delen met het wijkteam, de huisarts of een andere organisatie, dan vraag je daar in principe eerst toestemming voor/);
    });

    it('does not tell a nurse to consult the intern begeleider', async () => {
      const seen = await say('Ik ben verpleegkundige in een verpleeghuis in Vaals. Een bewoonster van 88 heeft na elk bezoek van haar schoonzoon blauwe plekken op haar armen. Bij wie moet ik hiermee terecht?');
      expect(seen.first).not.toMatch(/intern begeleider/);
    });

    it('treats a schuldhulpverlener from the gemeente as a professional, not as a bystander whose name is kept from the family', async () => {
      const seen = await say('Vraag uit de schuldhulp van de gemeente Brunssum. Ik begeleid een vrouw van 38 met twee kinderen; haar ex heeft leningen op haar naam afgesloten en neemt nog steeds haar post mee. Ik ben geen hulpverlener op dat gebied. Moet ik hier iets mee richting Veilig Thuis?');
      expect(seen.first).not.toMatch(/alleen met jouw uitdrukkelijke toestemming/);
    });

    it('sends a bso worker whose temp colleague grabs children hard to the houder, not the home meldcode', async () => {
      const seen = await say('Ik werk op een bso in Meerssen. Een invalkracht pakt de kinderen vaak heel hard vast en gisteren had een jongen van 7 rode plekken op zijn arm. Moet dit via Veilig Thuis?');
      expect(seen.first).toMatch(/houder/);
      expect(seen.first).not.toMatch(/In stap 3 bespreek je je zorgen open/);
    });

    it('answers whether to hand a toddler to a mother who seems to have been drinking and came by car', async () => {
      const seen = await say('Ik ben pm\'er op een peutergroep in Stein. Moeder van een peuter van 3 ruikt bij het ophalen vaak naar drank. Mag ik hem meegeven als ik denk dat ze gedronken heeft en ze met de auto is?');
      expect(seen.first).toMatch(/Houd het kind dan bij je op een veilige plek/);
    });

    it('tells a youth worker who already promised to keep it secret how to go back on that promise', async () => {
      const seen = await say('Ik ben jongerenwerker in Kerkrade. Een meisje van 15 vertelde dat haar stiefvader haar moeder slaat en ik heb haar beloofd dat het geheim blijft. Hoe maak ik dat nu goed zonder haar kwijt te raken?');
      expect(seen.first).toMatch(/zeg eerlijk dat je die belofte niet kunt houden/);
    });

    it('answers whether control without blows is domestic violence also when the couple has children', async () => {
      const seen = await say('Ik ben maatschappelijk werker. Een moeder van twee kinderen vertelt dat haar man haar loon beheert en haar telefoon controleert; slaan doet hij niet. Is dit dan huiselijk geweld of niet?');
      expect(seen.first).toMatch(/Ook zonder slaan kan het huiselijk geweld zijn/);
    });

    it('answers "een collega zei dat jij me kan helpen … wordt wat ik typ doorgestuurd?" with the overview and what goes to Veilig Thuis', async () => {
      const seen = await say('Hallo! Ik werk sinds kort als ib\'er in Landgraaf, nog even wennen, en een collega zei dat jij me kunt helpen. Wat kun je allemaal? En wordt wat ik hier schrijf ergens bewaard?');
      expect(seen.first).toMatch(/Welkom bij de Veilig Thuis assistent/);
      expect(seen.first).toMatch(/Alleen een adviesvraag die je zelf verstuurt, gaat naar Veilig Thuis/);
    });

    it('answers a trainer who heard he may not call Veilig Thuis because he is no care worker', async () => {
      const seen = await say('Ik ben trainer bij een turnvereniging in Stein. Iemand zei dat je als vrijwilliger niet zomaar mag bellen met Veilig Thuis. Klopt dat?');
      expect(seen.first).toMatch(/zelf Veilig Thuis om advies vragen|kun je Veilig Thuis altijd bellen/);
    });

    it('reads a film night about a teenager who takes her life as a film, not as danger', async () => {
      const seen = await say('Na onze filmavond over een meisje dat zelfmoord pleegt, willen we het gesprek aangaan met de jongeren. Zijn daar tips voor?');
      expect(seen.first.trim()).not.toMatch(/^Direct levensgevaar/);
    });

    it('hears "overleg met Veilig Thuis zonder dat ik haar naam noem" as anonymous advice, and "wat schrijf ik op" as how to record', async () => {
      const seen = await say('Ik ben huisarts in Gulpen. Een patiënte van 33 vertelt dat haar partner haar geld afpakt en haar bedreigt. Kan ik overleggen met Veilig Thuis zonder dat ik haar naam noem? En wat schrijf ik in het dossier, alleen wat ze zei?');
      expect(seen.first).toMatch(/Advies vragen kan anoniem|zonder namen/);
      expect(seen.first).not.toMatch(/daar heb ik geen vast antwoord op/);
    });

    it('reads a cousin "her uncle has chosen for her" abroad this summer as forced marriage, with Veilig Thuis before the mother', async () => {
      const seen = await say('Ik ben vrijwilliger bij het huiswerkcafé in Heerlen. Een meisje van 16 vertelde vanmiddag na het huiswerk dat haar vader in Marokko een neef voor haar heeft uitgekozen en dat ze deze zomer gaan. Zal ik eerst even met haar moeder praten?');
      expect(seen.first).toMatch(/Huwelijksdwang/);
      expect(seen.first).toMatch(/Bespreek je zorg niet eerst met de ouders of de familie/);
    });

    it('does not read a mother who calls her toddler "dat ding" as danger tonight', async () => {
      const seen = await say("Peuter van 2 vanochtend op het consultatiebureau: zegt nog niks, moeder noemt hem steeds 'dat ding' en hij had een dun jasje aan terwijl het vroor. Is dit al iets voor de meldcode?");
      expect(seen.first.trim()).not.toMatch(/^Direct levensgevaar/);
    });
  });

  describe('the questions of a story that no kind of question heard before', () => {
    it('says so when one question of a story is answered and another has no answer of ours', async () => {
      const seen = await say('Ik ben vrijwilliger bij de voedselbank. Een vrouw van 29 vertelt dat haar man haar uitscheldt en haar pas afpakt. Mag ik als vrijwilliger Veilig Thuis bellen? En kan zij haar kinderbijslag op een eigen rekening laten storten?');
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\*/);
      expect(seen.first).toMatch(/\*\*Op je andere vraag:\*\* daar heb ik geen vast antwoord op/);
    });

    it('tells a GGZ worker who treats only the mother what the Kindcheck asks of them', async () => {
      const seen = await say('Ik ben sociaal psychiatrisch verpleegkundige in Heerlen. Een cliënte van 35 met een zware depressie komt haar bed nauwelijks uit; ze heeft een zoon van 6 en een dochter van 9. Tot waar gaat mijn verantwoordelijkheid voor die kinderen, ik behandel alleen haar?');
      expect(seen.first).toMatch(/Kindcheck/);
      expect(seen.first).toMatch(/minderjarige kinderen/);
    });

    it('answers a worker whose adult client says no with her own say and the meldrecht', async () => {
      const seen = await say('Ik ben schuldhulpmaatje in Vaals. Een man van 58 geeft elke maand zijn uitkering af aan zijn broer en heeft zelf niets meer te eten. Hij is volwassen en wil er niks mee, dus mag ik dan eigenlijk wel iets doen?');
      expect(seen.first).toMatch(/Een volwassene beslist in principe zelf/);
      expect(seen.first).toMatch(/meldrecht/);
    });

    it('answers "hoe lang kun je dit aankijken?" with a plan instead of waiting', async () => {
      const seen = await say('Ik werk op een peuteropvang in Stein. Een meisje van 3 komt al weken in te kleine kleren en met honger binnen. Mijn leidinggevende zegt dat we het nog even moeten aankijken, maar hoe lang is dat nog verantwoord?');
      expect(seen.first).toMatch(/Afwachten zonder plan is geen stap van de meldcode/);
    });

    it('tells how to talk with a woman at risk of violence, not with a child', async () => {
      const seen = await say('Ik ben taalcoach in Kerkrade. Een vrouw van 30 vertelde dat haar man haar telefoon afpakt en haar opsluit als hij weggaat. Hoe praat ik hierover met haar zonder dat ze zich terugtrekt of het aan hem vertelt?');
      expect(seen.first).toMatch(/Spreek de persoon alleen/);
      expect(seen.first).not.toMatch(/neem het kind serieus/);
    });

    it('tells a teacher how to respond to a child who tells, when asked how to react', async () => {
      const seen = await say('Een jongen uit groep 7 vertelde vanmiddag dat zijn stiefvader hem met een riem slaat als hij slechte cijfers haalt. Hoe moet ik hier nu op reageren?');
      expect(seen.first).toMatch(/Luister rustig en neem het kind serieus/);
    });

    it('answers whether the parents must know, where a toddler told of a man who touches her', async () => {
      const seen = await say('Ik werk op een kdv in Meerssen. Een meisje van 3 zei bij het verschonen dat de vriend van mama daar ook altijd aan zit. Moeten haar ouders dit nu weten?');
      expect(seen.first).toMatch(/Bespreek (?:je zorg|het) nu niet eerst met de ouders/);
    });

    it('answers "wie beslist of we melden, ik of de aandachtsfunctionaris?" with the asker\'s own weighing', async () => {
      const seen = await say('Ik ben begeleider op een woongroep in Sittard. Een bewoner van 30 komt na elk weekend bij zijn broer terug met blauwe plekken. Wie beslist eigenlijk of dit gemeld wordt, ik of onze aandachtsfunctionaris?');
      expect(seen.first).toMatch(/Dat doe jij, samen met je aandachtsfunctionaris/);
    });
  });

  describe('questions about the bot in wording no list held (round 29, before its blind sets)', () => {
    it.each([
      ['hallo! ik ben net gestart als zorgcoördinator op een vmbo in Heerlen. wat doet deze bot precies voor mij, en kan ik hier gerust casussen inzetten?', false],
      ['Goedemiddag, ik zag deze assistent in Teams staan. Waar is hij voor bedoeld en leest Veilig Thuis mee met wat ik hier schrijf?', true],
      ['Wat voor vragen kan ik hier stellen? Ik ben vertrouwenspersoon bij een hockeyclub.', false],
    ])('answers "%s" with what the bot does', async (text, keeps) => {
      const seen = await say(text);
      expect(seen.first).toMatch(/Welkom bij de Veilig Thuis assistent/);
      expect(seen.all).toContain('"vergeet mijn gegevens"');
      if (keeps) expect(seen.all).toMatch(/bewaar ik niet/);
      expect(seen.all).not.toMatch(/geen passend antwoord/i);
    });
  });

  describe('stalking by a partner or an ex-partner (round 29, before its blind sets)', () => {
    it('says stalking by an ex is huiselijk geweld for Veilig Thuis, and names it in what it read', async () => {
      const seen = await say(
        'Ik werk als trajectbegeleider bij een re-integratiebureau in Brunssum. Een deelneemster van 27 vertelt dat haar vroegere vriend haar al sinds de zomer achtervolgt: hij wacht haar op bij de bushalte en blijft appen, ook midden in de nacht. Hoort zoiets bij Veilig Thuis thuis of is dat puur iets voor de politie?',
      );
      expect(seen.first).toMatch(/stalking door een partner of ex-partner/);
      expect(seen.first).toMatch(/Op je vraag:\*\* Ja\. Stalking door een partner of ex-partner is huiselijk geweld: de wet rekent ook een ex-partner tot de huiselijke kring/);
      expect(seen.first).not.toMatch(/^Bel nu 112/);
    });
  });

  describe('what the bot read of the home, in the story\'s own terms (round 29, before its blind sets)', () => {
    it('names the drinking and the quarrels a story tells, instead of a general list', async () => {
      const seen = await say(
        'Ik ben gastouder in Voerendaal. Een meisje van 3 dat ik opvang vertelt steeds dat papa en mama schreeuwen, en haar vader ruikt bij het halen vaak naar drank. Moet ik hier iets mee?',
      );
      expect(seen.first).toMatch(/Je beschrijft [^.]*ruzie of geschreeuw thuis[^.]*drank- of drugsgebruik/);
      expect(seen.first).not.toMatch(/zoals ruzie, een scheiding/);
    });

    it('does not say it read violence that the story denies, nor bruises the asker says she never saw', async () => {
      const seen = await say(
        'Als thuisbegeleider zie ik een vrouw van 35 van wie de man haar telefoon controleert en haar geld beheert. Ze benadrukt dat hij haar nooit slaat, en blauwe plekken heb ik ook nooit gezien. Valt dit onder huiselijk geweld?',
      );
      expect(seen.first).toMatch(/controle of afsluiten van anderen/);
      expect(seen.first).not.toMatch(/lichamelijk geweld,|lichamelijk geweld en|letsel of een verwonding/);
    });
  });

  describe('what the twenty-ninth round of blind messages showed', () => {
    it('answers follow-up questions on who can read what one types, and on typing names, beside a question about the bot', async () => {
      const seen = await say('Dag. Voor ik iets over een gezin vertel: slaat deze bot mijn berichten op, en kan mijn leidinggevende dat lezen? Mag ik hier gewoon namen typen?');
      expect(seen.first).toMatch(/Welkom bij de Veilig Thuis assistent/);
      expect(seen.all).toMatch(/Typ geen namen/);
    });

    it('does not read coffee with colleagues as a suspicion at work, nor a Kindcheck already done as a question about it', async () => {
      const work = await say('POH-GGZ hier. Een patiënte vertelt dat haar man woedend wordt als ze na het werk thee drinkt met collega\'s, en hij beheert haar bankpas. Telt dit als huiselijk geweld?');
      expect(work.all).not.toMatch(/iemand die in de organisatie werkt|in je organisatie werkt/);
      expect(work.first).not.toMatch(/drank- of drugsgebruik/);
      const done = await say('Wij hebben de kindcheck al gedaan bij een moeder met een psychose en twee kinderen van 3 en 6; er is geen eten in huis. Mag ik de vader bellen zonder haar toestemming?');
      expect(done.first).not.toMatch(/Op je vraag:\*\* Ja, daar hoort de Kindcheck bij/);
    });

    it('answers "moet ik de ouders bellen?" with Veilig Thuis first when a child with a bruise names a parent, and claims no explanation nobody gave', async () => {
      const told = await say('Juf van groep 3 in Simpelveld. Een jongen heeft sinds een paar weken vaker blauwe plekken op zijn bovenarm en zei vorige week zacht dat mama "soms heel hard knijpt". Moet ik zijn ouders bellen?');
      expect(told.all).toMatch(/eerst advies aan Veilig Thuis voordat je iets met de ouders/);
      const seen = await say('Als wijkagent zag ik bij een oudere heer blauwe plekken op zijn polsen tijdens een controle, zijn zoon voerde het woord. Wat moet ik hiermee?');
      expect(seen.first).toMatch(/Je beschrijft letsel of een verwonding[ ,.]/);
      expect(seen.first).not.toMatch(/verklaring die je niet vertrouwt/);
    });

    it('does not say someone told something when she said nothing, nor call a fist on the table violence, nor a couple older', async () => {
      const seen = await say('Budgetcoach in Stein. Bij een stel dat ik begeleid zit meneer erbij, hij slaat met zijn vuist op tafel als zij iets vraagt en noemt haar een domme koe; mevrouw zegt verder niks. Er zijn geen kinderen. Valt dit onder huiselijk geweld?');
      expect(seen.first).not.toMatch(/iets wat iemand jou zelf vertelde|lichamelijk geweld|een oudere|draagkracht van een ouder/);
      expect(seen.first).toMatch(/kleineren, dreigen/);
    });

    it('reads a boyfriend who is clearly older, with new expensive things, as possible loverboy signs: Veilig Thuis before the family', async () => {
      const seen = await say('Mentor op een havo in Geleen. Een leerlinge van 14 stapt na school in bij een man die flink ouder is, en ze loopt sinds kort met een nieuwe iPhone en dure schoenen. Moet ik haar ouders hierover bellen?');
      expect(seen.first).toMatch(/signalen van uitbuiting/);
      expect(seen.all).toMatch(/Bespreek je zorg niet eerst met de ouders of de familie/);
    });

    it('answers whether to confront a grandson, a brother-in-law or a neighbour with no', async () => {
      const seen = await say('Ik ben thuiszorgmedewerker. Bij een mevrouw van 88 neemt haar schoonzoon steeds geld op met haar pas, en ze durft er niets van te zeggen. Is het verstandig om de schoonzoon er zelf op aan te spreken?');
      expect(seen.first).toMatch(/Op je vraag:\*\* Nee\. Spreek niemand aan die je verdenkt/);
      expect(seen.first).not.toMatch(/\(ex-\)partner/);
    });

    it('answers whether stap 3 may be skipped with when the talk is left out, and reads a school system a parent sees as recording safely', async () => {
      const skip = await say('Casemanager GGZ: mijn cliënt heeft vorige maand zijn moeder geduwd, bij wie hij woont; zij wil niet dat hij weet dat ze het mij vertelde. Ik moet volgens stap 3 met hem in gesprek, maar mag ik die stap hier overslaan?');
      expect(skip.first).toMatch(/Op je vraag:\*\* Alleen het gesprek van stap 3 mag je overslaan, en alleen om de veiligheid/);
      const record = await say('Een leerling van 12 vertelde me dat zijn stiefvader hem slaat. Wat noteer ik in ParnasSys, zijn stiefvader kan daar ook in kijken?');
      expect(record.all).toMatch(/Zet dan niets in het deel dat die persoon kan zien/);
    });

    it('answers a beroepsgeheim question about contacting the school with the rule for sharing with others, not the meldrecht', async () => {
      const seen = await say('Ik ben psychiater bij een FACT-team. Mijn cliënte heeft een psychose en twee kinderen van 5 en 9 die vaak niet op school komen. Hoe zit het met mijn beroepsgeheim als ik contact wil opnemen met school?');
      expect(seen.all).toMatch(/Met anderen, zoals het wijkteam(?: of de wijkagent)?, deel je in principe met toestemming|toestemming/);
      expect(seen.first).not.toMatch(/Op je vraag:\*\* Met Veilig Thuis mag je informatie delen, ook zonder toestemming/);
    });

    it('talks about an adult as an adult beside a Veilig Thuis-first route', async () => {
      const seen = await say('Ik werk bij een woonvoorziening voor mensen met een licht verstandelijke beperking. Een bewoonster van 26 heeft via een datingapp een veel oudere vriend, ze krijgt dure cadeaus en moet nu steeds bij zijn vrienden langs. Hoe begin ik hierover een gesprek met haar?');
      expect(seen.all).toMatch(/signalen van uitbuiting/);
      expect(seen.all).not.toMatch(/neem het kind serieus/);
    });

    it('answers a question about what the bot keeps that follows a remark about who is asking and why', async () => {
      const seen = await say('Goeiemiddag, ik ben begeleider bij een inloophuis in Heerlen. Voor ik iets over een bezoeker vertel: blijft wat ik hier intyp bewaard, en kan iemand anders het inzien?');
      expect(seen.first).toMatch(/Welkom bij de Veilig Thuis assistent/);
      expect(seen.all).toMatch(/Ik bewaar niet|bewaar ik niet/);
    });

    it('reads a father who writes he takes himself and the children with him as suicide, and adds 113', async () => {
      const seen = await say('Jeugdconsulent hier. Een vader appt zijn ex dat hij zichzelf en de kinderen zaterdag "mee op reis neemt, voorgoed". De kinderen zijn vanaf morgen bij hem. Wat nu?');
      expect(seen.first).toMatch(/112/);
      expect(seen.all).toContain('113');
    });

    it('does not put 112 first for a mother who is often under influence at pickup, and still answers the worry', async () => {
      const seen = await say('Ik help als vrijwilliger bij de huiswerkklas in Beek. Een meisje van 8 heeft vaak dezelfde kleren aan en vader lijkt regelmatig dronken als hij haar komt halen. Wat kan ik als vrijwilliger doen?');
      expect(seen.first).not.toMatch(/Bel nu 112/);
      expect(seen.all).toMatch(/Veilig Thuis/);
      expect(seen.all).toMatch(/Wat ik lees/);
    });
  });

  describe('what the thirty-first round of blind messages showed', () => {
    it.each([
      'Goedemorgen! Ik werk sinds kort als jeugdcoach bij de gemeente Beek. Voordat ik hier iets over een jongere neerzet: kan mijn teamleider dat later teruglezen? En mag ik namen van jongeren gebruiken?',
      'Hallo, ik ben begeleider bij beschermd wonen. Voordat ik iets typ: wordt wat ik hier invul bewaard? Mag ik namen van bewoners noemen?',
    ])('answers "%s" with what the bot keeps and that names stay out', async (text) => {
      const seen = await say(text);
      expect(seen.first).toMatch(/Welkom bij de Veilig Thuis assistent/);
      expect(seen.all).toMatch(/bewaar ik niet[\s\S]*Typ geen namen/);
    });

    it('answers what to do when a parent who smells of drink wants to drive off with a toddler at pickup', async () => {
      const seen = await say('Ik werk op een kinderdagverblijf in Vaals. Een peuter komt vaak met een volle luier en zonder eten, en vader ruikt bij het halen naar drank en komt met de auto. Wat moet ik doen als hij straks weer zo binnenkomt en haar mee wil nemen in de auto?');
      expect(seen.all).toMatch(/Houd het kind dan bij je op een veilige plek/);
    });
  });

  describe('what the thirty-second round of blind messages showed', () => {
    it.each([
      'Ik ben praktijkondersteuner in Brunssum. Een patiënte komt alleen nog met haar vriend, die alles voor haar invult. Ze heeft niet verteld dat hij haar slaat, en ik zag ook geen plekken. Hoort dit bij de meldcode?',
      'Jongerenwerker hier. Een meisje van 15 zit bij ons elke dinsdag tot sluitingstijd; ze wil op dinsdag niet naar huis omdat haar vader dan thuiswerkt. Wat is een goede volgende stap?',
      'Thuishulp in Landgraaf: een oudere mevrouw zegt dat haar man met alzheimer soms uitvalt. Ze slaapt sinds kort in de logeerkamer met de deur op slot. Moet ik dit doorgeven?',
      'Een kleuter vertelde vanmorgen dat de politie gisteren bij hen was omdat papa mama heeft geslagen. Moet ik de moeder daarover aanspreken of eerst overleggen?',
      'Kraamverzorgende hier, ik sta in een gezin in Stein. Vader is vaak dronken en moeder zegt dat hij dan wel eens doordraait. Met wie bespreek ik dit?',
    ])('does not put the numbers first for "%s"', async (text) => {
      const seen = await say(text);
      expect(seen.first).not.toMatch(/Direct levensgevaar/);
    });

    it('answers a question about what the bot can do and keeps, with an alternative after a comma', async () => {
      const seen = await say('Hallo, ik werk sinds kort als jeugdverpleegkundige. Wat kun je allemaal? En blijft wat ik hier schrijf bewaard, of komt het ergens terecht, zoals bij de gemeente?');
      expect(seen.first).toMatch(/Welkom bij de Veilig Thuis assistent/);
      expect(seen.all).toMatch(/Teams bewaart de chatgeschiedenis binnen je eigen organisatie/);
    });

    it('tells an English-speaking asker about a planned marriage abroad not to talk with the family and to call Veilig Thuis before the trip', async () => {
      const seen = await say('Hello, I coach a girls team in Sittard. A player (15) says her uncle arranged that she has to marry a cousin when they visit family this summer. Should I speak with her parents?');
      expect(seen.all).toMatch(/forced marriage, female genital mutilation \(FGM\)/);
      expect(seen.all).toMatch(/Call Veilig Thuis \(0800-2000\) now, before the trip/);
      expect(seen.all).not.toMatch(/Do not raise it first with the person you suspect/);
    });

    it('does not read a treated man of forty with children as a loverboy, and hears what is expected for his children', async () => {
      const seen = await say(
        'Ik ben verpleegkundige bij een ambulant ggz-team. We begeleiden een man van 44 met een bipolaire stoornis die \'s nachts niet slaapt en schreeuwt. Hij woont met zijn vrouw en drie kinderen. Wat wordt er van ons verwacht richting die kinderen?',
      );
      expect(seen.all).not.toMatch(/loverboy/);
      expect(seen.all).toMatch(/Kindcheck/);
    });

    it('answers how to see a client alone without the partner growing suspicious, and whether to wait for more', async () => {
      const seen = await say(
        'Ik ben fysiotherapeut in Meerssen. Een vrouw van 30 komt altijd met haar man, die de hele behandeling in de ruimte blijft en voor haar antwoordt. Ze had laatst een blauwe plek in haar nek. Hoe spreek ik haar eens zonder dat hij argwaan krijgt? En moet ik nu al iets of eerst meer zien?',
      );
      expect(seen.all).toMatch(/een deel van de afspraak dat je met iedereen alleen doet/);
      expect(seen.all).toMatch(/Afwachten zonder plan is geen stap van de meldcode/);
    });
  });

  describe('what the thirty-third round of blind messages showed', () => {
    it('answers what happens to what one types about clients as a question about the bot', async () => {
      const seen = await say('Goedendag, ik ben net gestart als wijkverpleegkundige in Kerkrade. Wat kun je voor me doen? En wordt wat ik hier over patiënten schrijf ergens bewaard of gaat het door naar de gemeente?');
      expect(seen.first).toMatch(/Welkom bij de Veilig Thuis assistent/);
      expect(seen.all).toMatch(/Ik bewaar niet|bewaar ik niet/);
    });

    it('reads a grandmother who wants a little girl "klaargemaakt zoals het hoort" on a trip to Eritrea as planned cutting', async () => {
      const seen = await say('Een vader op de peuterspeelzaal vertelde dat zijn dochtertje van 3 deze zomer met oma naar Eritrea gaat, en dat oma haar daar wil laten klaarmaken zoals het hoort. Wat moet ik hiermee?');
      expect(seen.all).toMatch(/Vrouwelijke genitale verminking \(VGV, meisjesbesnijdenis\)/);
    });

    it('does not read a mother who will not leave her children behind in the house as achterlating', async () => {
      const seen = await say('Ik zit in de auto voor het huis van een cliënte; haar man loopt binnen met een mes en roept dat hij haar vanavond afmaakt. Ze wil weg maar wil de kinderen niet achterlaten. Wat moet ik doen?');
      expect(seen.first).toMatch(/112/);
      expect(seen.all).not.toMatch(/achterlating/i);
    });

    it('sends a self-harm story with violence at home to Veilig Thuis today, and has the parents wait for that', async () => {
      const seen = await say(
        'Ik ben schoolmaatschappelijk werker. Een meisje van 14 heeft sneden in haar benen en zegt dat ze het doet als het thuis escaleert. Haar moeder drinkt volgens haar veel en heeft haar vorige week een klap gegeven. Ze wil niet dat haar ouders iets weten. Moet ik haar ouders inlichten?',
      );
      expect(seen.all).toMatch(/Vertelde de persoon je zelf over geweld thuis\? Bel vandaag nog Veilig Thuis/);
      expect(seen.all).toMatch(/Nu nog niet/);
      expect(seen.all).not.toMatch(/In principe wel/);
    });

    it('hears "anoniem bellen" with typos as a question about anonymous advice', async () => {
      const seen = await say('mag ik veiligthuis anoniem bellen als ik twijfl over een gezin?');
      expect(seen.first).toMatch(/Kan ik anoniem advies vragen bij Veilig Thuis\?/);
    });

    it('answers an adult who wants nothing done, asked as "als zij zelf niks wil"', async () => {
      const seen = await say('Ik ben wijkagent in Vaals. Een vrouw wordt al maanden lastiggevallen door haar ex, hij staat vaak voor haar deur en stuurt haar dreigende appjes. Ze wil geen aangifte doen. Kan Veilig Thuis iets doen als zij zelf niks wil?');
      expect(seen.all).toMatch(/Een volwassene beslist in principe zelf/);
    });
  });

  describe('what the thirty-fourth round of blind messages showed', () => {
    it('names no injury the asker never saw, and no drinking for a baby who drinks well', async () => {
      const seen = await say(
        'Ik ben kraamverzorgster in Landgraaf. De baby drinkt prima, maar de vader beslist alles en moeder mag haar eigen bankpas niet houden. Ik heb nog nooit blauwe plekken gezien, maar ze schrikt als hij binnenkomt. Moet ik hier iets mee?',
      );
      expect(seen.first).not.toMatch(/letsel of een verwonding/);
      expect(seen.first).not.toMatch(/drank- of drugsgebruik/);
    });

    it('answers "moet ik eerst de ouders inlichten voordat ik Veilig Thuis bel?" with advice that needs no telling first', async () => {
      const seen = await say(
        'Ik ben juf in groep 3 in Vaals. Een meisje heeft voor de tweede keer striemen op haar benen en zegt dat ze is gevallen. Moet ik eerst de ouders inlichten voordat ik Veilig Thuis bel?',
      );
      expect(seen.all).toMatch(/Advies vragen aan Veilig Thuis kan zonder toestemming en zonder dat je het de cliënt of het gezin eerst vertelt/);
      expect(seen.all).not.toMatch(/In principe wel/);
    });

    it('answers whether control without blows counts, asked as "als er geen geweld is?"', async () => {
      const seen = await say(
        'Op ons kinderdagverblijf zien we een moeder die geen eigen geld heeft en steeds door haar man gebeld wordt waar ze is. Valt dat onder de meldcode als er geen geweld is?',
      );
      expect(seen.all).toMatch(/Ook zonder slaan kan het huiselijk geweld zijn/);
    });

    it('reads fresh cuts on a forearm as self-harm, and self-harm beside a marriage abroad as Veilig Thuis first with 113', async () => {
      const cuts = await say('Jongerenwerker hier. Een jongen van 16 heeft snijwonden op zijn onderarm, vers en ook oudere, en zegt dat het stress is. Wat kan ik doen?');
      expect(cuts.all).toMatch(/113 Zelfmoordpreventie/);
      const marriage = await say(
        'Een leerling van 16 heeft sneetjes op haar arm en zegt dat ze deze zomer in Turkije moet trouwen met een neef. Haar broers controleren haar telefoon. Wat moet ik doen?',
      );
      expect(marriage.all).toMatch(/Huwelijksdwang/);
      expect(marriage.all).toMatch(/113/);
    });
  });

  describe('what the thirty-fifth round of blind messages showed', () => {
    it('reads "wordt dat ergens bewaard?" after a question about what happens to what one types as about the bot', async () => {
      const seen = await say('Goedemiddag, ik ben nieuw als ib\'er in Simpelveld. Eerst even dit: wat doe je met wat ik hier intyp? Wordt dat ergens opgeslagen of doorgestuurd?');
      expect(seen.first).toMatch(/Welkom bij de Veilig Thuis assistent/);
      expect(seen.all).toMatch(/Ik bewaar niet|bewaar ik niet/);
    });

    it('answers "is advies vragen meteen een melding?" with anonymous advice', async () => {
      const seen = await say('als ik bij jullie advies vraag, telt dat dan al als melding? en horen de ouders dat dan?');
      expect(seen.first).toMatch(/Kan ik anoniem advies vragen bij Veilig Thuis\?/);
    });

    it('does not put the numbers first for a belt "als ik stout ben", a father "als hij te dronken is", or a wife locked in at night "anders loopt ze weg"', async () => {
      for (const text of [
        "Een kleuter zei net tegen mij: 'mama slaat met de slipper als ik niet luister'. Ik zag geen plekken. Wat moet ik doen?",
        'Ik kom bij een vader voor wondzorg aan zijn voet. Zijn dochter van 13 zorgt voor alles en helpt hem naar bed als hij te dronken is. Moet ik de school inlichten?',
        "Mantelzorger (79) vertelt dat hij zijn vrouw met dementie 's nachts in de slaapkamer opsluit, anders loopt ze weg, en dat hij haar soms een duw geeft. Is dit ontspoorde mantelzorg?",
      ]) {
        const seen = await say(text);
        expect(seen.first, text).not.toMatch(/Direct levensgevaar/);
      }
    });

    it('reads thin scratches on the forearms as self-harm', async () => {
      const seen = await say('Bij zwemles zag ik krasjes op de onderarmen van een meisje van 13; ze trok snel een handdoek om zich heen. Wat doe ik hiermee?');
      expect(seen.all).toMatch(/113 Zelfmoordpreventie/);
    });
  });

  describe('what the thirty-sixth round of blind messages showed', () => {
    it('answers a doctor about repeated fractures and a changing story, never "geen passend antwoord"', async () => {
      const seen = await say('Huisarts in Gulpen. Vrouw van 82, binnen een halfjaar een heupfractuur en nu een polsbreuk; haar zoon vertelt steeds een ander verhaal over hoe ze viel. Is dit iets voor de meldcode?');
      expect(seen.first).not.toMatch(/Geen passend antwoord/);
      expect(seen.first).toMatch(/letsel of een verwonding/);
    });

    it('does not take colleagues who heard a husband swear at a resident as a suspicion against staff', async () => {
      const seen = await say(
        'Ik werk in een verpleeghuis in Kerkrade. Collega\'s hebben gehoord dat de echtgenoot van een bewoonster haar uitscheldt, en ik zag hem haar hardhandig in haar stoel duwen. Valt dit onder de meldcode of is hij gewoon een overbelaste mantelzorger?',
      );
      expect(seen.all).not.toMatch(/Spreek de collega er niet op aan|geweld in de zorgrelatie/i);
      expect(seen.all).toMatch(/Ook als het uit overbelasting voortkomt, kan het ouderenmishandeling zijn/);
    });

    it('reads a boyfriend "van een jaar of 23" with a second phone and nights away as loverboy signs', async () => {
      const seen = await say('Een meisje van 14 op onze club heeft een vriend die volgens anderen een jaar of 23 is. Ze heeft een tweede telefoon en blijft soms nachten weg. Moet ik haar ouders bellen?');
      expect(seen.all).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('reads "een stel in traject" with meneer and mevrouw as a couple, not as older adults', async () => {
      const seen = await say('Ik ben budgetcoach. Ik begeleid een stel in traject; meneer beheert al het geld en mevrouw krijgt leefgeld per week. Ze mag haar zus niet meer zien. Is dit huiselijk geweld?');
      expect(seen.first).not.toMatch(/een oudere/);
      expect(seen.all).toMatch(/Ook zonder slaan kan het huiselijk geweld zijn/);
    });

    it('answers "wat hadden we moeten doen?" after a mother under influence drove off with her toddler', async () => {
      const seen = await say(
        'Gisteren haalde een moeder haar peuter op bij ons kinderdagverblijf in Beek; ze was duidelijk onder invloed en reed daarna met hem weg in de auto. Wat hadden we eigenlijk moeten doen?',
      );
      expect(seen.all).toMatch(/Houd het kind dan bij je op een veilige plek/);
    });
  });

  describe('what the thirty-seventh round of blind messages showed', () => {
    it('answers "kan mijn directeur of iemand anders dit later teruglezen?" beside a question about what the bot keeps', async () => {
      const seen = await say('Hallo, ik ben mentor op een vmbo in Landgraaf. Voordat ik iets over een leerling typ: wordt wat ik hier invul bewaard, en kan de schoolleiding of iemand anders dat later nog inzien?');
      expect(seen.first).toMatch(/Welkom bij de Veilig Thuis assistent/);
      expect(seen.all).toMatch(/Teams bewaart de chatgeschiedenis binnen je eigen organisatie/);
    });

    it('does not read a daughter who visits as staff because colleagues saw bruises after her visit', async () => {
      const seen = await say(
        'Ik werk op een pg-afdeling in Brunssum. Een zoon bezoekt zijn moeder met dementie elke dag en schreeuwt tegen haar. Drie collega\'s hebben na zijn bezoek nieuwe blauwe plekken op haar armen gezien. Wat is de volgende stap?',
      );
      expect(seen.all).not.toMatch(/Spreek de collega er niet op aan|geweld in de zorgrelatie/i);
    });

    it('does not read a visiting son as staff when colleagues saw him grab his father, and "hij" is the resident', async () => {
      const seen = await say(
        'Op onze somatische afdeling in Stein ligt een meneer van 88. Zijn zoon komt dagelijks en is zelf overbelast. Vorige week hebben twee collega\'s gezien dat hij zijn vader ruw bij de schouder greep. Hij had daarna een blauwe plek. Is dit iets voor Veilig Thuis?',
      );
      expect(seen.all).not.toMatch(/Spreek de collega er niet op aan|geweld in de zorgrelatie/i);
    });

    it('does not say an injury came with an explanation when the asker only saw it by chance', async () => {
      const seen = await say('Ik ben zwemjuf in Meerssen. Bij het omkleden zag ik per ongeluk blauwe striemen op de benen van een meisje van 9. Hoe pak ik dit aan?');
      expect(seen.first).not.toMatch(/met een verklaring die je niet vertrouwt/);
    });

    it('answers "wat zijn nou precies de stappen van de meldcode voor ons?" with the steps, not who the meldcode is for', async () => {
      const seen = await say('wat zijn nou eigenlijk de stappen van de meldcode voor ons als tandartspraktijk? ik vergeet ze steeds');
      expect(seen.first).toMatch(/1 signalen in kaart brengen, 2 collegiale/);
    });

    it('answers "moet je eerst met de ouders praten voordat je bij veiligthuis meldt?" with advice that needs no telling first', async () => {
      const seen = await say('moeten we als bso eerst met de ouders praten voordat we bij veiligthuis bellen, of mag dat meteen?');
      expect(seen.all).toMatch(/Advies vragen aan Veilig Thuis kan zonder toestemming en zonder dat je het de cliënt of het gezin eerst vertelt/);
    });

    it('reads "welke stapen zijn er" with a typo as a question about the steps', async () => {
      const seen = await say('welke stapen zijn er nou in de meldcode? ik ben ze kwijt');
      expect(seen.first).toMatch(/1 signalen in kaart brengen, 2 collegiale/);
    });

    it('reads "vanavond maken we het af, je bent gewaarschuwd" as a threat', async () => {
      const seen = await say('Een cliënte belt me: haar ex stuurde net "vanavond maken we het af, je bent gewaarschuwd". Ze zit thuis met de kinderen. Wat moet ik nu doen?');
      expect(seen.first).toMatch(/Direct levensgevaar\? Bel nu 112/);
      expect(seen.all).toMatch(/een dreiging of bedreiging/);
    });
  });

  describe('what the fortieth round of blind messages showed', () => {
    it('tells someone who typed a name here how to take it out of the Teams chat, and whom to tell', async () => {
      const seen = await say('Help, ik heb zojuist de achternaam en het adres van een gezin in dit gesprek gezet. Blijft dat ergens staan en kan het nog weg?');
      expect(seen.first).toMatch(/Ik bewaar niet wat je hier in gewone woorden typt/);
      expect(seen.first).toMatch(/drie puntjes en kies Verwijderen/);
      expect(seen.first).toMatch(/privacy officer of functionaris gegevensbescherming/);
    });

    it('asks whether someone is in danger now, instead of "bel nu", for self-harm told without a time, means or farewell', async () => {
      const seen = await say('Een leerling van 15 vertelde me in de mentorles dat ze zichzelf krast als het thuis weer ruzie is. Ze wil absoluut niet dat haar ouders het horen. Welke stappen horen hierbij?');
      expect(seen.first).toMatch(/^\s*Is iemand nu in gevaar\? Bel 112\./);
      expect(seen.first).toMatch(/113/);
      expect(seen.first).not.toMatch(/Direct levensgevaar/);
    });

    it('puts 112 first for a drunk parent banging on the door now, even where the other parent is safe in a shelter', async () => {
      const seen = await say(
        'ik sta nu bij de bso-deur. de moeder van Noa (4) zit sinds vorige week in de opvang, haar ex staat aan de deur, hij is dronken, schreeuwt en wil Noa meenemen. hij bonkt erop. wat doe ik?',
      );
      expect(seen.first).toMatch(/^\s*Direct levensgevaar\? Bel nu 112/);
    });

    it('answers a police officer who asks whether what is typed here is kept and who can read it back', async () => {
      const seen = await say('Korte check vooraf: ik werk bij de wijkpolitie in Kerkrade. Wordt wat ik hier typ bewaard, en kan iemand anders het later teruglezen?');
      expect(seen.all).toMatch(/Teams bewaart de chatgeschiedenis binnen je eigen organisatie/);
    });

    it('answers "advies vragen zondr toestemmig" typed in a hurry with advice needing no consent, not with the rule for a melding', async () => {
      const seen = await say('mag ik als zwemjuf zondr toestemmig van de ouders advies vragen bij veilig thuis?');
      expect(seen.first).toMatch(/Advies vragen aan Veilig Thuis kan zonder toestemming/);
    });

    it('does not read a teacher who came to the ib\'er about a boy as a suspect colleague', async () => {
      const seen = await say(
        'Ik ben ib\'er. Een leerkracht van groep 4 kwam vanochtend bij me over een meisje. Ze had gisteren bij gym blauwe plekken op haar rug en zei dat ze van de fiets was gevallen. Moeten we eerst met de ouders praten?',
      );
      expect(seen.all).not.toMatch(/vertrouwensinspecteur|Spreek de collega er niet op aan/);
    });

    it('answers "mag vader informatie krijgen?" in a separation with what parents with and without gezag may be told', async () => {
      const seen = await say(
        'Ik ben mentor op het vmbo. De ouders van een leerling zijn gescheiden en hebben allebei gezag. Moeder wil niet dat we vader nog iets vertellen. Mag ik vader de rapporten en het verslag van het gesprek sturen?',
      );
      expect(seen.first).toMatch(/Op je vraag:\*\* Na een scheiding houden beide ouders meestal het gezag/);
      expect(seen.first).toMatch(/1:377c/);
    });

    it('puts the danger to her first, not the route for suicide alone, when he means to end her life and his own', async () => {
      const seen = await say(
        "Ik zit in de auto na een huisbezoek. Mijn cliënte fluisterde dat haar man vanochtend zei: 'vanavond maak ik er een einde aan, aan jou en mij'. Hij heeft geweren in de kast. Wat moet ik nu doen?",
      );
      expect(seen.first).toMatch(/^\s*Direct levensgevaar\? Bel nu 112/);
      expect(seen.first).toMatch(/een dreiging of bedreiging/);
      expect(seen.first).not.toMatch(/^Zelfdoding of zelfbeschadiging$/m);
    });

    it('answers "moet ik melden vanwege de kinderen?" where one parent hits the other with structural unsafety and the meldrecht', async () => {
      const seen = await say(
        'Ik ben schuldhulpverlener. Een cliënte vertelde dat haar man haar slaat als hij gedronken heeft. Ze hebben twee kinderen van 5 en 8 die thuis zijn als het gebeurt. Ze wil geen melding. Is dit een situatie waarin ik moet melden vanwege de kinderen?',
      );
      expect(seen.first).toMatch(/Op je vraag:\*\* Ja\. Kinderen die geweld tussen de volwassenen thuis zien of horen, zijn zelf slachtoffer/);
      expect(seen.first).toMatch(/structurele onveiligheid/);
    });

    it('asks whether someone is in danger now for a suspect who was near at a visit that is over', async () => {
      const seen = await say(
        'Gisteravond had ik dienst op de huisartsenpost. Er kwam een vrouw binnen met een snee boven haar oog en een gekneusde pols; haar man was erbij en praatte steeds voor haar. Ze zijn samen weer naar huis gegaan. Hoe leg ik dit vast?',
      );
      expect(seen.first).toMatch(/^\s*Is iemand nu in gevaar\? Bel 112\./);
      expect(seen.first).not.toMatch(/Direct levensgevaar/);
    });
  });

  describe('what the forty-seventh round of blind messages showed', () => {
    it('gives the Veilig Thuis-first route for a girl picked up by a man "van rond de 24" who brings her presents and takes her to parties', async () => {
      const seen = await say(
        'Ik ben trainer bij een volleybalclub. Een meisje van 15 wordt sinds kort na de training opgehaald door een man van rond de 24. Ze heeft opeens dure sneakers en slaapt vaak niet thuis. Moet ik haar ouders bellen?',
      );
      expect(seen.first).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
      expect(seen.first).toMatch(/voordat je iets met de ouders of de familie bespreekt/);
    });

    it('reads a brother who checks her phone and a girl who may no longer go out alone as honour-related control', async () => {
      const seen = await say(
        'Ik ben mentor op het mbo. Een studente van 18 vertelde dat haar broer haar telefoon controleert en dat ze nergens meer alleen heen mag. Mag ik haar ouders uitnodigen om het te bespreken?',
      );
      expect(seen.first).toMatch(/Eergerelateerd geweld/);
      expect(seen.first).toMatch(/Bespreek je zorg niet eerst met de ouders of de familie/);
    });

    it('answers a police officer called to the same home again, with the children there, with structural unsafety', async () => {
      const seen = await say(
        'Ik ben wijkagent. We zijn nu al vier keer uitgerukt naar een gezin met drie kinderen na geschreeuw en gebonk; de laatste keer zaten de kinderen huilend op de bank. Is dit genoeg voor een melding bij Veilig Thuis?',
      );
      expect(seen.first).toMatch(/Ja\. Kinderen die geweld tussen de volwassenen thuis zien of horen/);
      expect(seen.first).toMatch(/Vraag vandaag nog advies aan Veilig Thuis/);
    });

    it('tells a leerplichtambtenaar that the meldcode for education covers leerplicht too', async () => {
      const seen = await say(
        'Ik werk als leerplichtambtenaar. Een jongen van 12 verzuimt veel en thuis lijkt niemand voor hem te zorgen. Valt dit voor mij ook onder de meldcode?',
      );
      expect(seen.first).toMatch(/het onderwijs \(ook leerplichtambtenaren en RMC-medewerkers\)/);
    });

    it('does not say "bel nu 112" for marks a trainer saw on a girl at this evening\'s training', async () => {
      const seen = await say('een speelster van mijn team had vanavond weer rode striemen op haar armen, ze zegt dat het van de kat is. ik geloof er niks van');
      expect(seen.first).not.toMatch(/Direct levensgevaar/);
    });

    it('puts 112 first for a woman who, in Zuid-Limburg dialect, dares not go back to a home her husband smashed up today', async () => {
      const seen = await say('Ze zit hier bij ons op kantoor. Heur vent haet vanmiddag alles kapot gesloge en zie dörf neet trök nao hoes. Wat noe?');
      expect(seen.first).toMatch(/^\s*Direct levensgevaar\? Bel nu 112/);
    });
  });

  describe('what the forty-eighth round of blind messages showed', () => {
    it('tells someone who writes from where a girl is held now to call 112, above the route for exploitation', async () => {
      const seen = await say(
        'het is bijna middernacht, een meisje van 15 dat ik begeleid appt me dat ze bij een man van 26 is, dat er straks vrienden van hem komen en dat ze \'lief moet zijn voor zijn vrienden\', en dat hij de deur op slot heeft gedaan. wat moet ik doen?',
      );
      expect(seen.first).toMatch(/^\s*Direct levensgevaar\? Bel nu 112/);
      expect(seen.first).toMatch(/Wat je nu doet:\*\* Bel nu 112/);
    });

    it('does not read a father who grabbed his son "in zijn nek" after a lost match, or fear "als we verliezen", as danger now', async () => {
      const seen = await say(
        'Ik ben trainer bij een hockeyclub. Een vader greep zijn zoon vorige maand na een nederlaag hard in zijn nek. Zijn zoon zegt dat hij bang is om naar huis te gaan als ze verliezen. Mag ik zelf Veilig Thuis bellen?',
      );
      expect(seen.first).not.toMatch(/Direct levensgevaar/);
      expect(seen.first).not.toMatch(/wurging/);
    });

    it('takes a suspected carer "een van onze verzorgenden" to the route for a worker, not the meldcode walk', async () => {
      const seen = await say('Ik ben coördinator wijkverpleging. Een cliënte vertelde dat een van onze verzorgenden haar knijpt als ze niet snel genoeg opstaat. Moet ik dit bij Veilig Thuis melden?');
      expect(seen.first).toMatch(/Een vermoeden over een medewerker/);
    });

    it('answers "welke stap mag ik overslaan?" with only the talk of step 3, and only for safety', async () => {
      const seen = await say('welke stap van de meldcode mag ik overslaan als ik bang ben voor de reactie van de moeder?');
      expect(seen.all).toMatch(/Alleen het gesprek van stap 3 mag je overslaan, en alleen om de veiligheid/);
    });

    it('answers "mag ik de vader iets vertellen, hij heeft ook gezag?" with what a parent with gezag may be told', async () => {
      const seen = await say(
        'Ik begeleid een moeder met twee kinderen; haar nieuwe vriend drinkt en er is veel ruzie. De vader van de kinderen belt me elke week. Mag ik de vader iets vertellen, hij heeft toch ook gezag?',
      );
      expect(seen.first).toMatch(/1:377c/);
    });
  });

  describe('what the forty-ninth round of blind messages showed', () => {
    it('does not say "bel nu 112" for a push told second-hand by a grandmother who phoned yesterday', async () => {
      const seen = await say(
        'Ik werk in het wijkteam. Opa belde me gisteren: zijn kleindochter had bij hem gelogeerd en verteld dat de vriend van haar moeder mama tegen de muur duwde. Opa is bang dat hij de kinderen niet meer ziet als hij er iets van zegt. Moet ik nu melden of eerst met moeder praten?',
      );
      expect(seen.first).not.toMatch(/Direct levensgevaar/);
    });
  });

  describe('what the fiftieth round of blind messages showed', () => {
    it('answers a police officer\'s "valt dit onder structurele onveiligheid?" about a home visited again and again with children there', async () => {
      const seen = await say(
        'Ik ben wijkagent. Bij één gezin zijn we dit jaar al drie keer geweest voor geschreeuw en gebonk; er wonen twee kinderen van 5 en 8 die dan boven zitten. Valt dit onder structurele onveiligheid?',
      );
      expect(seen.first).toMatch(/Op je vraag:\*\* Ja\. Kinderen die geweld tussen de volwassenen thuis zien of horen/);
    });

    it('takes a day-care worker who sees a colleague handle toddlers ever more roughly to the route for a worker', async () => {
      const seen = await say('Ik werk op een peuteropvang. Een collega gaat steeds ruwer om met de kinderen; vandaag smeet ze een jongetje op zijn matje. Moet ik dit bij Veilig Thuis melden?');
      expect(seen.first).toMatch(/Een vermoeden over een medewerker/);
    });

    it('does not suspect the colleagues who only saw the bruises', async () => {
      const seen = await say(
        'Wijkverpleging hier. Een meneer van 88 woont bij zijn zoon. Vorige week zagen twee collega\'s los van elkaar blauwe plekken op zijn armen; de zoon zegt dat hij valt. Mag ik de zoon erop aanspreken?',
      );
      expect(seen.first).not.toMatch(/Een vermoeden over een medewerker/);
    });

    it('puts "bel nu 112" above the route for a girl locked in her room before a flight tomorrow morning to a forced marriage', async () => {
      const seen = await say(
        'Jongerenwerker hier. Een meisje van 17 appt dat haar vader haar kamer op slot heeft gedaan en dat ze morgenochtend naar het buitenland vliegen om haar uit te huwelijken. Bel ik Veilig Thuis of de politie?',
      );
      expect(seen.first).toMatch(/^\s*Direct levensgevaar\? Bel nu 112/);
      expect(seen.first).toMatch(/Wat je nu doet:\*\* Bel nu 112/);
    });

    it('answers "hoelang duurt het voordat vt iets doet met een melding?" typed in a hurry', async () => {
      const seen = await say('hoelang duurt het eer vt iets doet met mijn meldign, of verdwijnt die in een la?');
      expect(seen.all).not.toMatch(/Geen passend antwoord/);
      expect(seen.all).toMatch(/5 werkdagen/);
    });
  });

  describe('what the fifty-first round of blind messages showed', () => {
    it('takes a child\'s report that a stand-in at the bso touched him to the route for a worker, not the danger of going home', async () => {
      const seen = await say(
        'Ik werk op een bso. Een vader kwam vanochtend huilend naar mij toe: zijn dochter had thuis verteld dat een van onze invalkrachten aan haar billen had gezeten bij het omkleden. Moet ik Veilig Thuis bellen? Ik ben bang dat ik mijn baan kwijtraak.',
      );
      expect(seen.first).not.toMatch(/Direct levensgevaar/);
      expect(seen.first).toMatch(/Een vermoeden over een medewerker/);
    });

    it('gives 113 to a girl with scratches who told a friend she "er niet meer wil zijn"', async () => {
      const seen = await say("Een meisje uit groep 7 heeft krassen op haar armen en zei tegen een vriendinnetje dat ze 'er niet meer wil zijn'. Wat nu?");
      expect(seen.first).toMatch(/113/);
    });

    it('keeps a club trainer from telling the mother first when a child says "mama\'s vriend" does sexual things to her, also when asking how to write it down', async () => {
      const seen = await say(
        'Ik ben trainster bij een turnclub. Een meisje van 8 doet seksuele dingen na en zei tegen mijn assistent: dat doet mama\'s vriend ook bij mij. Moet ik dit aan de moeder vertellen? Hoe schrijf ik dit op?',
      );
      expect(seen.first).not.toMatch(/In principe wel/);
      expect(seen.all).toMatch(/Veilig Thuis/);
    });

    it('tells someone outside a locked house who asks "moet ik aanbellen?" not to go in but to call 112', async () => {
      const seen = await say('Ik sta voor het huis van een cliënte, haar man heeft de deur op slot gedraaid en ik hoor binnen geschreeuw. Moet ik aanbellen?');
      expect(seen.first).toMatch(/Ga er niet zelf heen en spreek niemand aan: bel 112/);
    });
  });

  describe('what the fifty-second round of blind messages showed', () => {
    it('puts 112 first for a girl who phones from a toilet, is lent out to men and may not leave the house', async () => {
      const seen = await say("Een meisje van 15 belt me vanuit de badkamer: ze wordt door een 'vriend' uitgeleend aan mannen en ze mag de deur niet uit. Wat moet ik doen?");
      expect(seen.first).toMatch(/^\s*Direct levensgevaar\? Bel nu 112/);
      expect(seen.first).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('does not say "bel nu 112" for a mother who said in tears at the door that her husband "soms hard wordt"', async () => {
      const seen = await say("Een moeder zei vanochtend huilend bij de deur van de opvang dat haar man 'soms hard wordt', en liep toen weg. Wat moet ik nu doen?");
      expect(seen.first).not.toMatch(/Direct levensgevaar|Wat je nu doet/);
    });

    it('takes "die andere zuster" who pushes a client hard into bed to the route for a worker', async () => {
      const seen = await say('Ik ben wijkverpleegkundige. Een cliënte van 90 vertelde dat die andere zuster haar \'s avonds hardhandig in bed duwt. Het is een collega uit mijn team. Moet ik dit via de meldcode doen?');
      expect(seen.first).toMatch(/Een vermoeden over een medewerker/);
    });

    it('gives 113 and the huisarts for a client who says that in a few weeks nobody need worry about him any more', async () => {
      const seen = await say("Ik ben POH-GGZ. Een cliënt van 60 die alleen woont zei bij het weggaan: 'over een maand hoeft niemand zich meer druk om mij te maken'. Is dit iets voor Veilig Thuis?");
      expect(seen.first).toMatch(/113/);
      expect(seen.first).toMatch(/Betrek de huisarts/);
    });
  });

  describe('what the fifty-third round of blind messages showed', () => {
    it('gives 113 to a pupil who wrote in an essay that she would rather not be here any more', async () => {
      const seen = await say("Een leerling van 15 schreef in haar dagboekopdracht dat ze 'er liever niet meer zou zijn'. Wat doe ik als eerste?");
      expect(seen.first).toMatch(/113/);
    });

    it('reads no danger in insulin that is not fetched from the pharmacy, and no suicide in a child "old enough to do it herself"', async () => {
      const seen = await say("Arts op de kinderafdeling. Een jongen van 11 met diabetes komt steeds terug: thuis wordt zijn insuline niet opgehaald bij de apotheek. Zijn vader vindt hem 'groot genoeg om het zelf te doen'. Valt dit onder de meldcode?");
      expect(seen.all).not.toMatch(/113|zelfdoding|Direct levensgevaar/);
    });

    it('answers an adult who told of a push against the wall that this is a disclosure, not a child\'s', async () => {
      const seen = await say("Ik ben maatschappelijk werker. Een cliënte van 40 heeft geen eigen pas, haar man beheert alles. Toen hij even weg was, zei ze dat hij haar tegen de muur heeft gedrukt en dat ik het aan niemand mag vertellen. Is dit een disclosure? Mag ik dit doorvertellen?");
      expect(seen.all).toMatch(/Vertelt een volwassene uit zichzelf over geweld/);
      expect(seen.all).not.toMatch(/Vertelt een kind uit zichzelf/);
      expect(seen.all).toMatch(/lichamelijk geweld/);
    });

    it('reads an ex who follows her everywhere and waits by her flat as stalking, and answers "moet ik hier iets mee?" with it', async () => {
      const seen = await say('Cliënte van de schuldhulp zei dat haar ex haar overal volgt en elke nacht voor haar flat staat te wachten. Ik doe alleen haar geldzaken, moet ik hier iets mee?');
      expect(seen.all).toMatch(/stalking door een partner of ex-partner/);
      expect(seen.all).toMatch(/Stalking door een partner of ex-partner is huiselijk geweld/);
    });

    it('does not send a colleague who refused to hand over a child to the route for a suspected worker', async () => {
      const seen = await say('Ik werk op een kinderdagverblijf. Toen een collega gisteren een peuter niet aan de vader meegaf, ging hij tegen haar schreeuwen in de hal. Moeder heeft aangifte gedaan tegen hem. Moeten wij dit melden?');
      expect(seen.all).not.toMatch(/Een vermoeden over een medewerker/);
    });

    it('reads "mag hem op woensdag ophalen" as an arrangement, not a pick-up that comes tonight', async () => {
      const seen = await say('Een vader met een contactverbod voor de moeder mag volgens de omgangsregeling zijn zoon op woensdag bij ons ophalen. Moeder is bang voor hem. Wat leggen we vast?');
      expect(seen.first).not.toMatch(/Wat je nu doet|Direct levensgevaar/);
    });

    it('hears "hoort dit bij VT?" and "moet dit naar VT?" as questions', async () => {
      const stalking = await say("Een cliënte zegt dat haar vroegere vriend haar overal volgt en 's avonds voor haar huis staat. Hoort dit bij VT?");
      expect(stalking.all).toMatch(/\*\*Op je vraag:\*\* Ja\. Stalking door een partner/);
      const again = await say('Wijkagent. Al vier keer geweest bij hetzelfde gezin om geschreeuw en ruzie, de dochter van 8 zit er steeds bij. Moet dit naar VT, er is geen letsel?');
      expect(again.all).toMatch(/Kinderen die geweld tussen de volwassenen thuis zien of horen/);
    });

    it('answers "moet ik melden?" about bruises again and again with the norm for structurele onveiligheid', async () => {
      const seen = await say('Jongen van 10 uit mijn klas komt nu voor de vierde keer dit schooljaar met blauwe plekken op zijn benen. Hij zegt dat hij gevallen is. Moet ik dit melden?');
      expect(seen.all).toMatch(/\*\*Op je vraag:\*\* Je beschrijft iets wat zich herhaalt of al langer duurt\. Zulke patronen heten in het afwegingskader structurele onveiligheid/);
      const once = await say('Jongen van 10 uit mijn klas had vandaag een schram op zijn arm, van de speeltuin zegt hij. Moet ik dit melden?');
      expect(once.all).not.toMatch(/structurele onveiligheid, en daarbij/);
    });

    it('answers "kunnen we dit zelf met hulp oppakken of moeten we melden?" with how the last steps weigh help against a melding', async () => {
      const seen = await say('Zorgcoördinator vo. Moeder van een leerling van 13 gebruikt drugs, hij zorgt voor zijn zusje en verzuimt veel. Kunnen we dit zelf met hulp oppakken of moeten we melden? En mag ik de leerplichtambtenaar vertellen wat ik weet?');
      expect(seen.all).toMatch(/kun je zelf genoeg hulp bieden of regelen, en nemen de betrokkenen die aan\?/);
      expect(seen.all).toMatch(/Met anderen, zoals het wijkteam(?: of de wijkagent)?, deel je in principe met toestemming|vraag je daar in principe eerst toestemming voor/);
    });

    it('answers "hoe pak ik dit aan zonder dat ze dichtklapt?" about an older woman with how to talk with her', async () => {
      const seen = await say('Mevrouw van 85 had blauwe plekken op haar armen, haar kleinzoon woont sinds kort bij haar. Ze zegt dat ze gevallen is. Hoe pak ik dit aan zonder dat ze dichtklapt?');
      expect(seen.all).toMatch(/Spreek de persoon alleen, op een rustig moment/);
    });
  });

  describe('what the fifty-fourth round of blind messages showed', () => {
    it('reads "Milan (4)" as a child, so a disclosure in play gets the answer for a child, not for an adult', async () => {
      const seen = await say("Ik ben zelfstandig ergotherapeut. Sven (5) zei tijdens het spelen 'papa slaat mama als ze huilt'. Is dit een disclosure? Moet ik zijn moeder inlichten?");
      expect(seen.all).not.toMatch(/Vertelt een volwassene uit zichzelf|Gaat het om een volwassene/);
    });

    it('tells someone who works alone with whom to consult', async () => {
      const seen = await say('Ik ben zelfstandig diëtist en een cliënt van 15 vertelde dat zijn stiefvader hem slaat. Met wie doe ik collegiale consultatie als ik alleen werk?');
      expect(seen.all).toMatch(/Werk je alleen of heeft je organisatie geen aandachtsfunctionaris, overleg dan met een deskundige vakgenoot/);
    });

    it('answers a teacher who promised a child secrecy, and who asks whether to tell grandpa', async () => {
      const seen = await say('Pianodocent. Een meisje van 8 zei dat mama haar vaak knijpt en vroeg of ik het geheim hou; ik heb geheimhouding beloofd. Moet ik het aan oma vertellen, die haar altijd brengt? Hoe los ik die belofte op?');
      expect(seen.all).toMatch(/belofte|beloofd/i);
      expect(seen.all).not.toMatch(/daar heb ik geen vast antwoord op[\s\S]*daar heb ik geen vast antwoord op/);
    });

    it('gives "Veilig Thuis vandaag" rather than "bel nu 112" for a hand round the throat told as something that happens at times', async () => {
      const seen = await say("Cliënte zei net dat haar vriend haar soms bij de keel pakt als hij boos is. Wat doe ik hiermee?");
      expect(seen.first).not.toMatch(/Direct levensgevaar|Wat je nu doet/);
      expect(seen.first).toMatch(/Bel 112/);
    });

    it('gives the route for suicide to a resident who thinks everyone is better off without him, in a story where "thuis speelt verder niks"', async () => {
      const seen = await say('Bewoner van ons beschermd wonen zei dat hij soms denkt dat iedereen beter af is zonder hem. Thuis speelt verder niks. Is dit iets voor Veilig Thuis?');
      expect(seen.all).toMatch(/113/);
    });

    it('takes a colleague who "gaat over grenzen" with a client to the route for a worker', async () => {
      const seen = await say('Ik werk in de gehandicaptenzorg. Een collega gaat volgens mij over grenzen bij een cliënte die niet kan praten: hij verzorgt haar met de deur op slot. Wat moet ik doen?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker/);
    });

    it('reads a man "van een jaar of twintig" with presents and a car as loverboy signs', async () => {
      const seen = await say('Trainer hier. Een meisje van 14 wordt na training opgehaald door een man van een jaar of twintig in een Audi en heeft ineens dure sneakers. Moet ik haar ouders bellen?');
      expect(seen.all).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('reads a trip to make a girl "rein" as genital cutting before a departure', async () => {
      const seen = await say("Oma vertelde dat ze in de zomer naar familie gaan 'om het meisje rein te maken'. Het meisje is 6. Wat moet ik doen?");
      expect(seen.first).toMatch(/Vrouwelijke genitale verminking/);
    });
  });

  describe('what the fifty-fifth round of blind messages showed', () => {
    it('gives danger first, not "geen passend antwoord", when a husband comes home drunk at 2 tonight and beat her last year', async () => {
      const seen = await say('Vrouw belt de HAP: haar man zit nog in de kroeg en komt rond 2 uur stomdronken thuis, vorig jaar met oud en nieuw sloeg hij haar bont en blauw. Ze heeft 2 kleintjes. Moet ze afwachten?');
      expect(seen.first).toMatch(/Bel 112/);
      expect(seen.all).not.toMatch(/Geen passend antwoord/);
    });

    it('reads no departure in a question about handing out the verklaring tegen meisjesbesnijdenis', async () => {
      const seen = await say('Vraag over de verklaring tegen meisjesbesnijdenis: kan ik die als jeugdverpleegkundige meegeven aan ouders uit Eritrea die deze zomer op familiebezoek gaan? Ik heb geen zorgen.');
      expect(seen.first).not.toMatch(/^\s*(?:Direct levensgevaar|Is iemand nu in gevaar)/);
    });

    it('does not say "bel nu 112" when a client just told that her partner hits her when he has been drinking', async () => {
      const seen = await say("cliënte vertelde net dat haar vriend haar slaat als hij gedronken heeft, ze wil geen hulp. en nu?");
      expect(seen.first).not.toMatch(/Direct levensgevaar|Wat je nu doet/);
      expect(seen.first).toMatch(/Is er nu geen direct gevaar\?/);
    });

    it('reads no suicide in "moeder neemt niet op" beside a boy put out of the house', async () => {
      const seen = await say('Jongen van 16 zegt dat zijn vader hem gisteren de deur uit heeft gezet, hij slaapt nu bij een vriend. Moeder neemt niet op. Wat moet ik doen?');
      expect(seen.all).not.toMatch(/113|zelfdoding/);
    });

    it('tells a volunteer that his name goes to the family only with his consent', async () => {
      const seen = await say('Ik ben trainer (vrijwilliger) bij een hockeyclub. Een speler van 12 heeft voor de derde keer blauwe plekken op zijn armen en zijn vader schreeuwt langs de lijn. Wij als club hebben geen meldcode. Mag ik zelf Veilig Thuis bellen, en krijgt die vader dan te horen dat ik het was?');
      expect(seen.all).toMatch(/alleen met jouw uitdrukkelijke toestemming (?:bekend aan het gezin|aan het gezin bekendgemaakt)/);
      expect(seen.all).not.toMatch(/als professional niet anoniem/);
    });

    it('hears "papa mama heel hard slaat" from a child as violence between the adults', async () => {
      const seen = await say('Meisje van 6 op de bso vertelde dat papa mama soms heel hard slaat. Moet ik dit melden?');
      expect(seen.all).toMatch(/Kinderen die geweld tussen de volwassenen thuis zien of horen/);
    });

    it('reads "bij wie ze soms slaapt" as no question, and "wat doe ik met die belofte?" as one', async () => {
      const seen = await say("Mentor vo. Een leerling van 14, die soms bij oma slaapt, bij wie ze zich veilig voelt, vertelde dat haar stiefvader met een stoel gooide. Moet ik dit melden? En wat doe ik met die belofte dat ik het niet doorvertel?");
      expect(seen.all).toMatch(/zeg eerlijk dat je die belofte niet kunt houden/);
      expect(seen.all).not.toMatch(/Voor overleg: je aandachtsfunctionaris \(op school ook de intern begeleider\)/);
    });
  });

  describe('what the fifty-sixth round of blind messages showed', () => {
    it('gives the route for suicide, with 113, to a client who said everyone would be better off without him', async () => {
      const seen = await say('Cliënt van de budgetcoaching zei bij het weggaan dat iedereen beter af zou zijn zonder hem. Hij lachte erbij. Wat doe ik hiermee?');
      expect(seen.all).toMatch(/113 Zelfmoordpreventie/);
    });

    it("takes a teacher's suspicion of a trainee at school to the route for schools, though the story names a sports training", async () => {
      const seen = await say('Ik ben leerkracht op een basisschool. Onze stagiair stuurt een leerling van 11 complimentjes over haar lichaam via Snapchat en trok haar na de voetbaltraining op schoot. Moet ik wachten tot de directeur terug is?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in Onderwijs/);
    });

    it('reads a girl promised "een groot feest alleen voor haar" in Somalia this summer as signs of cutting', async () => {
      const seen = await say("IB'er. Een meisje van 8 vertelde dat ze in de zomer naar Somalië gaat voor 'een feest alleen voor haar', en dan is ze een grote meid. Moet ik eerst met moeder praten?");
      expect(seen.all).toMatch(/Vrouwelijke genitale verminking/);
    });

    it('reads no stalking in a grandmother who "bemoeit zich volgens haar overal mee"', async () => {
      const seen = await say('Jeugdverpleegkundige. Een baby van 3 maanden groeit slecht en had een luier die al uren niet verschoond was. Moeder is uitgeput; haar eigen moeder woont bij hen in en bemoeit zich volgens haar overal mee. Is dit iets voor Veilig Thuis of probeer ik eerst zelf hulp te regelen?');
      expect(seen.all).not.toMatch(/stalking/i);
      expect(seen.all).toMatch(/kun je zelf genoeg hulp bieden of regelen/);
    });
  });

  describe('what the fifty-seventh round of blind messages showed', () => {
    it("gives the route for suicide, with 113, to a client who said 'het hoeft voor mij niet meer'", async () => {
      const seen = await say("Een cliënt van de verslavingszorg zei vandaag: 'het hoeft voor mij niet meer'. Hij woont bij zijn zus, daar is het rustig. Is dit iets voor Veilig Thuis?");
      expect(seen.all).toMatch(/113 Zelfmoordpreventie/);
    });
  });

  describe('what the fifty-eighth round of blind messages showed', () => {
    it('tells a worker whose client is pursued by her ex that stalking by an ex is huiselijk geweld, and that she can report it to the police', async () => {
      const seen = await say('Ik ben maatschappelijk werker in Sittard. Een cliënte vertelt dat haar ex al weken bij haar sportschool opduikt en haar tientallen keren per dag belt. Hoort dat bij Veilig Thuis of moet ze naar de politie?');
      expect(seen.all).toMatch(/Stalking door een partner of ex-partner is huiselijk geweld/);
      expect(seen.all).toMatch(/aangifte doen bij de politie/);
    });

    it('reads a much older man who picks a pupil up in an expensive car as signs of a loverboy, though the asker spoke to the mother last month', async () => {
      const seen = await say(
        'Ik ben mentor op een vmbo in Heerlen. Een leerling van 15 wordt de laatste tijd na school opgehaald door een man van rond de 30 in een dure auto en heeft ineens dure kleding. Vorige maand sprak ik haar moeder over haar verzuim. Moet ik met de ouders om tafel?',
      );
      expect(seen.all).toMatch(/mensenhandel|uitbuiting|loverboy/i);
      expect(seen.all).toMatch(/Bespreek je zorg niet eerst met de ouders of de familie/);
    });

    it('tells a home carer who hears violence behind the door now what to do now, not "if there is no danger now"', async () => {
      const seen = await say('Ik sta nu op de galerij bij een cliënte in Kerkrade, avonddienst. Ik hoor haar kleinzoon binnen tegen haar schreeuwen en iets tegen de muur smijten, ze roept dat hij moet stoppen. Wat moet ik doen?');
      expect(seen.first).toMatch(/Bel nu 112 en zeg wat er gebeurt/);
      expect(seen.first).not.toMatch(/Is er nu geen direct gevaar\?/);
    });

    it('tells a worker at a crèche with a mother threatened with death tonight what to do now, beside the answer on keeping the child', async () => {
      const seen = await say(
        'Ik sta op het kinderdagverblijf in Brunssum. Een moeder kwam haar dochtertje halen en vertelde huilend dat haar ex vanochtend zei dat hij haar vannacht komt vermoorden en de kleine meeneemt. Ze heeft een dikke lip. Wat moet ik nu doen, mag ik het kindje hier houden?',
      );
      expect(seen.first).toMatch(/Bel nu 112 en zeg wat er gebeurt/);
    });

    it('does not answer "kan ik haar hier houden?" about a woman with the rule for a child at pick-up', async () => {
      const seen = await say('Doktersassistente in Beek. Een patiënte met een blauw oog zegt dat haar man haar gisteren bij de keel greep. Hij wacht nu buiten in de auto op haar. Kan ik haar hier houden?');
      expect(seen.first).toMatch(/Bel nu 112/);
      expect(seen.all).not.toMatch(/Komt een kind in direct gevaar als het meegaat/);
    });

    it('answers "melden of eerst met moeder praten?" with the talk of step 3, and a talk with the suspect present with seeing her alone', async () => {
      const seen = await say(
        'Ik ben juf van groep 4 in Landgraaf. Een jongen (7) heeft sinds de nieuwe vriend van zijn moeder vaker blauwe plekken op zijn arm en zegt dat hij "gewoon" viel. Moet ik dit meteen melden of eerst zelf met moeder in gesprek? En kan dat gesprek als haar vriend erbij is?',
      );
      expect(seen.all).toMatch(/Een gesprek met de ouders of de cliënt hoort bij stap 3/);
      expect(seen.all).toMatch(/Spreek je zorg niet uit waar degene bij is die je verdenkt/);
      expect(seen.all).not.toMatch(/Je mag bij elke stap van de meldcode en bij elke twijfel zelf Veilig Thuis om advies vragen/);
    });

    it('reads a push of last month, told in a whisper, as a worry to weigh today, and answers whether to report without consent and whether the name stays out', async () => {
      const seen = await say(
        'Ik ben schuldhulpverlener in Heerlen. Bij een huisbezoek fluisterde mevrouw dat haar man haar vorige maand tegen de kast heeft geduwd, en dat hij al het geld beheert. Er zijn twee kinderen van 5 en 8. Moet ik melden, ook al wil zij dat niet? En kan mijn naam buiten beeld blijven?',
      );
      expect(seen.first).not.toMatch(/Bel nu 112/);
      expect(seen.all).toMatch(/met het meldrecht mag je zonder toestemming melden/);
      expect(seen.all).toMatch(/Tegenover het gezin kan Veilig Thuis je naam bij uitzondering geheimhouden|behalve als dat jou, collega's of de betrokkenen in gevaar brengt/);
    });

    it('answers "melden of binnen ons eigen traject oppakken?" about shouting and police again and again with the norm for structurele onveiligheid, and does not read a zorgmelding told as a question', async () => {
      const seen = await say(
        'Ik ben gezinscoach in Simpelveld. Vader drinkt, er wordt vaak geschreeuwd en de politie kwam twee keer; dat stond in de zorgmelding die we kregen. Moeder wil geen extra instanties. Is dit een situatie om te melden, of kan ik het binnen ons eigen traject oppakken?',
      );
      expect(seen.all).toMatch(/structurele onveiligheid, en daarbij is melden bij Veilig Thuis de professionele norm, ook als er al hulp is/);
      expect(seen.all).not.toMatch(/Hoe een zorgmelding van de politie bij Veilig Thuis terechtkomt/);
      expect(seen.all).not.toMatch(/Seksueel misbruik door een ouder of verzorger/);
    });

    it('answers "moet ik melden nu het wijkteam er al bij is?" with afweging 5, and "bij wie ligt de verantwoordelijkheid?" with who holds the case after advice or a melding', async () => {
      const seen = await say(
        'Ik ben zorgcoördinator op een basisschool in Nuth. Twee zusjes komen al maanden zonder eten en in vieze kleren, moeder zegt afspraken met het wijkteam steeds af. Moet ik nog melden terwijl het wijkteam er al bij is? En bij wie ligt dan de verantwoordelijkheid?',
      );
      expect(seen.all).toMatch(/Lukt dat niet, of stopt de onveiligheid niet, dan meld je alsnog/);
      expect(seen.all).toMatch(/Na een melding neemt Veilig Thuis de verantwoordelijkheid voor het zicht op veiligheid over/);
      expect(seen.all).not.toMatch(/Voor overleg: je aandachtsfunctionaris \(op school ook de intern begeleider\)/);
    });

    it('does not answer "mag ik de huisarts bellen zonder dat moeder het weet?" as anonymous advice from Veilig Thuis', async () => {
      const seen = await say(
        'Ik ben jeugdverpleegkundige in Kerkrade. Een baby van 3 maanden groeit slecht en moeder zegt dat ze het niet meer trekt; oma vertelde dat de baby vaak urenlang niet verschoond wordt. Mag ik de huisarts bellen zonder dat moeder het weet?',
      );
      expect(seen.all).not.toMatch(/Advies vragen kan anoniem/);
      expect(seen.all).toMatch(/vraag je daar in principe eerst toestemming voor/);
    });

    it('gives a worry with someone pushed at home the advice of today, not a talk this week', async () => {
      const seen = await say('Ik ben woonconsulent bij een corporatie in Sittard. Buren klagen al weken over geschreeuw bij één adres en zagen de man zijn vrouw in het trappenhuis duwen. Wat moet ik hiermee?');
      expect(seen.all).toMatch(/Vraag vandaag nog advies aan Veilig Thuis/);
      expect(seen.all).not.toMatch(/bespreek het deze week/);
    });

    it('does not raise the alarm for a question about general tips on financieel misbruik for an older patient', async () => {
      const seen = await say('Meneer Peters (79) vroeg vandaag of hij zijn dochter kan machtigen voor zijn bankzaken. Ik twijfel niet aan haar, maar heb je tips over financieel misbruik die ik hem kan meegeven?');
      expect(seen.first).not.toMatch(/Bel nu 112|Is iemand nu in gevaar\?/);
    });
  });

  describe('what the fifty-ninth round of blind messages showed', () => {
    it('keeps a husband who bruises his wife in a nursing home on the route of the meldcode when a colleague only heard him shout', async () => {
      const seen = await say(
        'Ik ben verzorgende in een verpleeghuis in Voerendaal. De man van een bewoonster (81) sluit bij zijn bezoek steeds de deur, en daarna heeft ze blauwe plekken op haar polsen. Een collega van de late dienst hoorde hem tegen haar schreeuwen. Moet ik dit bij Veilig Thuis melden?',
      );
      expect(seen.all).not.toMatch(/Spreek de collega niet aan|Inspectie Gezondheidszorg en Jeugd/);
    });

    it('reads a man "van ik schat 25" who picks a student up and wants something back for the presents as signs of a loverboy', async () => {
      const seen = await say(
        'Ik ben docent op een mbo in Maastricht. Een studente van 16 wordt sinds een paar weken opgehaald door een man van ik schat 25, en volgens een klasgenoot moet ze "wat terug doen" voor de cadeaus. Wat is de volgende stap?',
      );
      expect(seen.all).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('hears "melden of eerst zelf iets proberen?" and "contact opnemen met de school zonder dat zij het weet?"', async () => {
      const seen = await say(
        'Ik ben ambulant begeleider in Heerlen bij een moeder (28) met twee kleine kinderen. Haar nieuwe vriend beheert haar geld en er is vaak geen eten in huis. Moet ik dit melden of eerst zelf iets proberen? En mag ik contact opnemen met de school van de oudste zonder dat zij dat weet?',
      );
      expect(seen.all).toMatch(/Dat weeg je in de laatste stappen van de meldcode/);
      expect(seen.all).toMatch(/Met anderen, zoals het wijkteam(?: of de wijkagent)?, deel je in principe met toestemming|vraag je daar in principe eerst toestemming voor/);
      expect(seen.all).not.toMatch(/Je mag bij elke stap van de meldcode en bij elke twijfel zelf Veilig Thuis om advies vragen/);
    });
  });

  describe('what the sixtieth round of blind messages showed', () => {
    it('gives the route for a suspected worker to a teacher whose pupils got snapchats from an intern who asks them to train together', async () => {
      const seen = await say(
        'Ik ben mentor op een vmbo in Beek. Een paar meiden lieten me snapchats zien van een stagiair gym die vraagt of ze na school samen trainen, en een van hen zat al eens bij hem in de auto. Is het genoeg dat ik het aan de teamleider vertel?',
      );
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in Onderwijs/);
      expect(seen.all).toMatch(/Het is niet genoeg om het alleen aan een schoolleider/);
    });

    it("keeps a resident's husband on the route of the meldcode when colleagues only saw the bruises after his visits", async () => {
      const seen = await say(
        "Ik ben EVV'er in een verpleeghuis in Heerlen. Een bewoonster met dementie krijgt vaak bezoek van haar man. Twee keer hebben collega's na zijn bezoek blauwe plekken op haar armen gezien. Valt dit onder de meldcode nu het haar eigen man is?",
      );
      expect(seen.all).not.toMatch(/Inspectie Gezondheidszorg en Jeugd|Een vermoeden over een medewerker/);
    });

    it('gives the route for a suspected worker when a carer is "grof tegen" a resident', async () => {
      const seen = await say(
        'Ik werk als helpende in een woonvorm voor ouderen in Gulpen. Een collega verzorgende is grof tegen een bewoner met dementie en zei dat hij de hele dag in bed blijft als hij nog eens in zijn broek plast. Moet dit intern of naar Veilig Thuis?',
      );
      expect(seen.all).toMatch(/Een vermoeden over een medewerker/);
    });

    it('answers "is dat iets voor 113 of voor VT?" with the route for suicide', async () => {
      const seen = await say('Ik ben kraamverzorgende in Brunssum. De kraamvrouw zei vandaag, toen haar man weg was, dat ze het soms niet meer ziet zitten. Thuis lijkt het verder rustig. Is dat iets voor 113 of voor VT?');
      expect(seen.all).toMatch(/113 Zelfmoordpreventie/);
      expect(seen.all).toMatch(/Veilig Thuis \(0800-2000\) is er als de thuissituatie onveilig is/);
    });

    it('hears "mag ik iets doen als zij zegt dat ze het niet wil?" about an older client', async () => {
      const seen = await say(
        'Ik ben wijkverpleegkundige in Meerssen. Mevrouw (81) woont met haar zoon, die tegen haar schreeuwt en haar geld beheert. Ze zegt steeds dat ik niks moet doen. Mag ik toch iets doen als zij zegt dat ze het niet wil?',
      );
      expect(seen.all).toMatch(/Een volwassene beslist in principe zelf/);
    });
  });

  describe('what the sixty-first round of blind messages showed', () => {
    it('reads a grandfather who "springt bij" as helping out, not as suicide', async () => {
      const seen = await say('Ik ben leerkracht in groep 1 in Stein. Een kleuter komt al weken zonder eten en in vieze kleren; opa springt bij, maar hij is zelf ziek. Moet ik dit melden?');
      expect(seen.all).not.toMatch(/113|Zelfdoding/);
    });

    it('hears "moet ik nog melden als er al hulp is?" as help weighed against a melding', async () => {
      const seen = await say('Ik ben IB\'er in Meerssen. Een meisje uit groep 3 komt al maanden zonder ontbijt en in te kleine kleren, het wijkteam komt thuis maar er verandert niks. Moet ik dan nog zelf bij VT melden als er al hulp is?');
      expect(seen.all).toMatch(/Lukt dat niet, of stopt de onveiligheid niet, dan meld je alsnog/);
      expect(seen.all).not.toMatch(/Je mag bij elke stap van de meldcode en bij elke twijfel zelf Veilig Thuis om advies vragen/);
    });

    it('reads money gone from an older resident\'s purse after every visit as a worry about financial abuse', async () => {
      const seen = await say('Een bewoonster in ons verpleeghuis in Eijsden zegt na elk bezoek van haar neef dat er geld uit haar portemonnee weg is. Bij wie moet ik dit neerleggen?');
      expect(seen.all).toMatch(/financiële uitbuiting/);
      expect(seen.all).not.toMatch(/Geen passend antwoord/);
    });

    it('tells a police officer called to fights for the 4th time, with the children crying, that children who see it are victims too', async () => {
      const seen = await say('Wijkagent in Kerkrade. Gisteravond voor de 4e keer dit jaar bij hetzelfde gezin voor ruzie, de kinderen zaten huilend op de trap. Loopt dit vanzelf via jullie of moet ik zelf nog iets doen?');
      expect(seen.all).toMatch(/\*\*Op je vraag:\*\* Ja\. Kinderen die geweld tussen de volwassenen thuis zien of horen, zijn zelf slachtoffer/);
    });
  });

  describe('what the sixty-third round of blind messages showed', () => {
    it('does not read "Patiënt, man van 41" as a much older boyfriend', async () => {
      const seen = await say(
        'Huisarts in Vaals. Patiënt, man van 38, vader van een dochter van 4, drinkt weer sinds zijn opname en praat \'s nachts tegen haar over stemmen. Zijn partner maakt zich zorgen. Wat is voor mij de juiste volgorde?',
      );
      expect(seen.all).not.toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('names a threat told as a condition ("als ze weggaat") but gives the step of today, not "bel nu 112", and answers the questions', async () => {
      const seen = await say(
        'Ik ben budgetcoach in Heerlen. Bij de intake zei de zus van mevrouw dat hij dreigt de kinderen mee te nemen naar zijn familie als ze bij hem weggaat. Mevrouw heeft geen eigen pinpas. Moet ik hier zelf iets mee of is dit voor het wijkteam?',
      );
      expect(seen.first).not.toMatch(/Bel nu 112 en zeg wat er gebeurt/);
      expect(seen.first).toMatch(/Vraag vandaag nog advies aan Veilig Thuis/);
    });
  });

  describe('what the sixty-fourth round of blind messages showed', () => {
    it('answers "ga ik terug naar binnen??" beside a man with a knife with: do not go there yourself', async () => {
      const seen = await say('Ik zit nu in mijn auto voor het huis van een cliënte in Eijsden. Haar zoon loopt dronken met een mes rond en zegt dat hij haar vannacht iets aandoet. Ze heeft zich opgesloten. Wat moet ik doen, ga ik terug naar binnen??');
      expect(seen.first).toMatch(/Ga er niet zelf heen en spreek niemand aan/);
      expect(seen.first).not.toMatch(/\*\*Op je vraag:\*\* Ja\./);
    });

    it('reads "ik heb de naam van mijn cliënt genoemd, wordt dat opgeslagen, kan ik het verwijderen?" as a question about the bot', async () => {
      const seen = await say('Oeps, ik heb net de achternaam van een cliënt getypt. Wordt dat ergens opgeslagen en kan iemand anders dat lezen? Kan ik het nog verwijderen?');
      expect(seen.all).toMatch(/Ik bewaar niet|bewaar ik niet/);
      expect(seen.all).not.toMatch(/113|Zelfmoordpreventie/);
    });

    it('tells a volunteer who asks to call Veilig Thuis without the family knowing it was him that his name goes to them only with his consent', async () => {
      const seen = await say(
        'Ik ben vrijwillig trainer bij een hockeyclub in Heerlen. Een vader trok zijn dochter na de wedstrijd hard aan haar arm de auto in en ze had later blauwe plekken. Kan ik zelf VT bellen zonder dat de familie weet dat het van mij komt?',
      );
      expect(seen.all).toMatch(/maakt Veilig Thuis je naam alleen met jouw uitdrukkelijke toestemming bekend aan het gezin/);
      expect(seen.all).not.toMatch(/Pas bij een melding geef je de namen/);
    });
  });

  describe('what the sixty-fifth round of blind messages showed', () => {
    it('gives a teacher whose pupil shows late-night messages from a colleague the route for a suspected worker, not neglect', async () => {
      const seen = await say(
        'Ik ben mentor in 3 vwo in Heerlen. Een leerling liet me appjes zien van een collega, docent muziek. Berichten laat op de avond, of ze alleen thuis is en dat ze er goed uitzag. Moet ik de meldcode volgen of eerst zelf met hem praten?',
      );
      expect(seen.all).toMatch(/Een vermoeden over een medewerker/);
      expect(seen.all).toMatch(/spreek de collega er niet op aan/);
      expect(seen.all).not.toMatch(/signalen van verwaarlozing/);
    });

    it('reads a young woman with a much older online "vriend", a pricey phone and weekends away as signs of a loverboy: Veilig Thuis before the family', async () => {
      const seen = await say(
        "Ik begeleid in een woonvorm in Stein een vrouw van 19 met een licht verstandelijke beperking. Ze heeft een 'vriend' van rond de 35 die ze online kent. Ze heeft opeens een dure telefoon en is hele weekenden weg. Moet ik eerst met haar ouders praten?",
      );
      expect(seen.all).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
      expect(seen.all).toMatch(/Bespreek je zorg niet eerst met de ouders of de familie/);
    });

    it('does not read a phone hidden "voor mij" as someone hiding from violence', async () => {
      const seen = await say('Sinds kort heeft ze nieuwe sneakers en een tweede telefoon die ze voor mij verstopt. School meldde dat ze drie dagen heeft verzuimd. Wat moet ik doen?');
      expect(seen.first).not.toMatch(/Direct levensgevaar|Is iemand nu in gevaar\? Bel 112/);
    });

    it('answers "melding, of lossen we het zelf op met extra zorg?" with the weighing of help against a melding', async () => {
      const seen = await say(
        'Ik ben wijkverpleegkundige in Brunssum. Mevrouw (81) wordt verzorgd door haar zoon, die erg kortaf tegen haar is; ik zag blauwe plekken op haar polsen. Moet dit een melding worden of is dit iets wat wij zelf met extra zorg kunnen oplossen?',
      );
      expect(seen.all).toMatch(/kun je zelf genoeg hulp bieden of regelen/);
      expect(seen.all).not.toMatch(/daar heb ik geen vast antwoord op/);
    });

    it('answers "ze is toch al veilig in de opvang, dus melden hoeft niet, klopt dat?" with the weighing, not silence', async () => {
      const seen = await say(
        'Ik werk in de vrouwenopvang in Heerlen. Een moeder met twee kinderen zit sinds kort bij ons; haar ex staat geregeld bij de ingang en stuurt dreigende berichten. Een collega zegt: ze is nu toch al in veiligheid, dus melden hoeft niet. Klopt dat?',
      );
      expect(seen.all).toMatch(/Zie je acute of structurele onveiligheid/);
    });

    it('reads "dit is niet de eerste keer" beside an injury to a toddler as harm that repeats: melden is the norm', async () => {
      const seen = await say(
        'Ik ben leerkracht van groep 2 in Sittard. Een kleuter van 5 had vorige week een brandwond op zijn hand; de verhalen van moeder en haar vriend verschillen. Een tante zei tegen mij: dit is niet de eerste keer. Moet ik melden?',
      );
      expect(seen.all).toMatch(/structurele onveiligheid, en daarbij is melden bij Veilig Thuis de professionele norm/);
      expect(seen.all).not.toMatch(/Melden hoeft nu nog niet vast te staan/);
    });

    it('answers "geldt de meldcode ook voor een ongeboren kind?" with the Kindcheck, not the list of sectors', async () => {
      const seen = await say(
        'Ik ben ambulant begeleider in de verslavingszorg in Kerkrade. Mijn cliënt gebruikt veel en zijn vriendin is zwanger; volgens haar zus vallen er soms klappen. Geldt de meldcode ook voor een ongeboren kind?',
      );
      expect(seen.all).toMatch(/\*\*Op je vraag:\*\* Ja, daar hoort de Kindcheck bij/);
    });

    it('answers "mag ik de vader terugmailen of schend ik mijn beroepsgeheim?" with the rule for sharing outside Veilig Thuis', async () => {
      const seen = await say(
        'Ik ben psychiater bij de ggz in Heerlen. Mijn cliënte is sinds kort psychotisch en haar kinderen zijn om de week bij haar. Hun vader mailde mij bezorgd. Mag ik de vader terugmailen of schend ik dan mijn beroepsgeheim?',
      );
      expect(seen.all).toMatch(/Met anderen, zoals het wijkteam(?: of de wijkagent)?, deel je in principe met toestemming|vraag je daar in principe eerst toestemming voor/);
    });
  });

  describe('what the sixty-sixth round of blind messages showed', () => {
    it('reads a girl who tells of "een geheimpje" with her stepfather and having to lie in his bed as a sign of sexual abuse: Veilig Thuis before the parents', async () => {
      const seen = await say(
        'Ik werk op de bso in Meerssen. Een meisje van 8 zei tijdens het knutselen dat ze een geheimpje heeft met Tom en dat ze bij hem in bed moet komen liggen als mama nachtdienst heeft. Tom is haar stiefvader. Moet ik haar vader inlichten?',
      );
      expect(seen.all).toMatch(/signalen op seksueel gebied/);
      expect(seen.all).toMatch(/Bespreek het nu niet eerst met de ouders of de familie|Vraag Veilig Thuis \(0800-2000\) eerst of en hoe een gesprek veilig kan/);
      expect(seen.all).not.toMatch(/Een gesprek met de ouders of de cliënt hoort bij stap 3/);
    });

    it('gives 113 to a client who says she thinks of "er maar niet meer te zijn", beside the stalking she tells of', async () => {
      const seen = await say(
        'Ik ben maatschappelijk werker in Vaals. Een cliënte wordt al maanden gestalkt door haar ex. Aan het eind van het gesprek zei ze dat ze er soms aan denkt om er maar niet meer te zijn. Wat doe ik eerst?',
      );
      expect(seen.first).toMatch(/113/);
    });

    it('does not tell a police officer to call 112 now about strangling last night when the man had already gone', async () => {
      const seen = await say('Vannacht een melding in Kerkrade: de vrouw had striemen in haar hals, de kinderen zaten huilend op de bank en meneer was al vertrokken. Zij wil geen aangifte doen. Moet ik hier nog iets mee?');
      expect(seen.first).not.toMatch(/Direct levensgevaar\? Bel nu 112/);
      expect(seen.first).toMatch(/Veilig Thuis/);
    });

    it('reads "plast sinds een paar weken weer in zijn broek" as a change in behaviour, not a sexual signal', async () => {
      const seen = await say('Ik ben gastouder in Beek. Een jongen van 3 plast sinds een paar weken weer in zijn broek en zijn ouders liggen in een scheiding. Wat moet ik doen?');
      expect(seen.all).not.toMatch(/signalen op seksueel gebied/);
    });

    it('reads a bruise of last week and a grandmother who talked at the door as no suspect close by now', async () => {
      const seen = await say(
        'Ik werk op een kdv in Heerlen. Vorige week had een peuter een blauwe plek op zijn wang, moeder zei dat hij gevallen was. Gisteren zei oma (die hem op dinsdag brengt) bij de deur dat ze zich zorgen maakt sinds de nieuwe vriend er woont. Moet ik dit al melden?',
      );
      expect(seen.first).not.toMatch(/Direct levensgevaar\? Bel nu 112/);
    });

    it('hears "wie doet er dan een melding, zij of wij?" and "kindchek" typed in a hurry', async () => {
      const who = await say('Ik werk bij een gastouderbureau. Een gastouder ziet al weken blauwe plekken bij een kind van 2 en de verhalen kloppen niet. Wie doet er dan een melding, zij of wij?');
      expect(who.all).toMatch(/Dat doe jij, samen met je aandachtsfunctionaris/);
      const kindcheck = await say('als kraamverzorgende moet ik de kindchek ook doen bij een moeder die drinkt? en wat schrijf ik dan op?');
      expect(kindcheck.all).toMatch(/\*\*Op je vraag:\*\* Ja, daar hoort de Kindcheck bij/);
    });
  });

  describe('what the sixty-seventh round of blind messages showed', () => {
    it('reads a pupil of 14 whose "vriend" is 22 and picks her up in an expensive car as signs of a loverboy, without a trip abroad that no one named', async () => {
      const seen = await say(
        "Ik ben doktersassistente in Brunssum. Een meisje van 14 kwam met een vriendin; die zei dat 'haar vriend' 22 is, haar met een dure auto ophaalt en haar een nieuwe iphone gaf. De huisarts is tot morgen weg. Mag ik haar moeder bellen?",
      );
      expect(seen.all).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
      expect(seen.all).not.toMatch(/Staat een vertrek naar het buitenland voor de deur/);
    });

    it('reads toddlers on a bare mattress with an empty fridge as neglect', async () => {
      const seen = await say('Terug van huisbezoek in Stein: een peuter en een kleuter slapen op een kale matras en de koelkast is leeg. Moet ik hier iets mee?');
      expect(seen.all).toMatch(/signalen van verwaarlozing/);
    });

    it('reads "geeft haar wel eens een duw" as violence between partners', async () => {
      const seen = await say('Cliënt bij de reclassering zei dat hij zijn vriendin wel eens een duw geeft als ze moeilijk doet. Moet ik hier iets mee?');
      expect(seen.all).toMatch(/iets in de thuissituatie|lichamelijk geweld/);
      expect(seen.all).not.toMatch(/bij een club of vereniging/);
    });

    it('hears "mag ik zonder dat zij het weet advies vragen?", "komt mijn naam dan bij haar zoon terecht?" and "moet ik dat eerst met mijn leidinggevende afstemmen?"', async () => {
      const seen = await say(
        'Ik ben thuiszorgmedewerker in Vaals. Bij een mevrouw van 88 verdwijnt geld sinds haar zoon haar pinpas heeft. Mag ik zonder dat mevrouw het weet advies vragen bij Veilig Thuis? En komt mijn naam dan bij haar zoon terecht?',
      );
      expect(seen.all).toMatch(/Advies vragen aan Veilig Thuis kan zonder toestemming/);
      expect(seen.all).not.toMatch(/daar heb ik geen vast antwoord op/);
      const colleague = await say('Een kleuter vertelt dat papa mama slaat. Ik wil Veilig Thuis om advies vragen. Moet ik dat eerst met mijn leidinggevende afstemmen?');
      expect(colleague.all).toMatch(/Overleg met een collega die er verstand van heeft/);
    });

    it('answers an English question about reporting without the woman\'s permission and whether they will tell her who called', async () => {
      const seen = await say("Hi, I work at a shelter in Maastricht and my Dutch is basic. Can I report a case to Veilig Thuis without the woman's permission? And will they tell her it was me?");
      expect(seen.all).toMatch(/without the consent of the people involved/);
      expect(seen.all).toMatch(/in principle tells the family who reported/);
    });
  });

  describe('what the sixty-eighth round of blind messages showed', () => {
    it('answers "moet ik dit melden?" about a parent in a psychosis with young children at home with the norm for acute onveiligheid', async () => {
      const seen = await say(
        'Ik ben SPV in een ggz-team in Heerlen. Mijn cliënte is sinds een paar dagen psychotisch en zorgt alleen voor haar kinderen van 3 en 6. Haar zus past af en toe op. Moet ik dit melden?',
      );
      expect(seen.all).toMatch(/Een ouder in een acute crisis, zoals een psychose, met jonge kinderen thuis/);
      expect(seen.all).not.toMatch(/Melden hoeft nu nog niet vast te staan/);
    });

    it('tells a school doctor whose pupil told of a father who hits, beside self-harm, that the afwegingskader expects a melding', async () => {
      const seen = await say(
        'Jeugdarts hier. Een leerling van 13 heeft krassen op haar arm en vertelde toen ik ernaar vroeg dat haar vader haar slaat als hij gedronken heeft. Ze zegt geen plannen te hebben om zichzelf iets aan te doen. Moet ik melden?',
      );
      expect(seen.all).toMatch(/113/);
      expect(seen.all).toMatch(/dan verwacht het afwegingskader een melding/);
    });

    it('reads a girl of 15 whose "vriend heeft van rond de 24" picks her up in an Audi as signs of a loverboy', async () => {
      const seen = await say(
        "Ik ben mentor op een vmbo in Kerkrade. Een leerling van 15 heeft opeens merkkleding en een nieuwe iphone; een klasgenote zegt dat ze een vriend heeft van rond de 24 die haar ophaalt in een Audi. De mentor wil morgen moeder uitnodigen. Is dat verstandig?",
      );
      expect(seen.all).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('hears "wie moet hier de meldcode oppakken, ik of de thuiszorg?" from a Wmo-consulent, and advice "zonder dat mevrouw daar toestemming voor geeft"', async () => {
      const seen = await say(
        'Ik ben Wmo-consulent in Meerssen. Een man van 80 met dementie heeft blauwe plekken en zijn vrouw, die alleen voor hem zorgt, is op. Wie moet hier de meldcode oppakken, ik of de thuiszorg? En kan ik VT om advies vragen zonder dat mevrouw daar toestemming voor geeft?',
      );
      expect(seen.all).toMatch(/Dat doe jij, samen met je aandachtsfunctionaris/);
      expect(seen.all).toMatch(/Advies vragen aan Veilig Thuis kan zonder toestemming/);
      expect(seen.all).not.toMatch(/op school ook de intern begeleider/);
    });
  });

  describe('what the sixty-ninth round of blind messages showed', () => {
    it('gives 113 and the route for suicide to a pupil who wrote "ik wil niet meer bestaan", with a calm home', async () => {
      const seen = await say("Een leerling uit groep 7 schreef vandaag in zijn agenda 'ik wil gewoon niet meer bestaan'. Thuis lijkt het goed te gaan. Moet ik Veilig Thuis bellen?");
      expect(seen.first).toMatch(/113/);
      expect(seen.all).toMatch(/Zelfdoding of zelfbeschadiging/);
    });

    it('reads a girl going to her mother\'s country in the summer for a party after which she is "echt een vrouw" as a sign of cutting, and not as danger now because the mentor meets the mother next week', async () => {
      const seen = await say(
        "Een meisje van 11 vertelde dat ze in de zomervakantie naar het land van haar moeder gaat voor een feest waarna ze 'echt een vrouw is'. De mentor wil moeder volgende week uitnodigen om te vragen wat de plannen zijn. Is dat verstandig?",
      );
      expect(seen.all).toMatch(/Vrouwelijke genitale verminking/);
      expect(seen.all).toMatch(/Neem eerst contact op met Veilig Thuis/);
      expect(seen.first).not.toMatch(/Direct levensgevaar\? Bel nu 112/);
    });

    it('gives a nursing-home worker who suspects a "nachtdienstcollega" the route for a suspected worker', async () => {
      const seen = await say(
        'Ik werk in een verpleeghuis in Beek. Een stagiaire zag hoe een nachtdienstcollega een bewoner hardhandig in bed duwde en tegen hem schreeuwde. Moet ik dit bij Veilig Thuis melden?',
      );
      expect(seen.all).toMatch(/Een vermoeden over een medewerker/);
      expect(seen.all).toMatch(/Inspectie Gezondheidszorg en Jeugd/);
    });

    it('hears "mag ik moeder uitnodigen, ook al komt die vriend mee?" and "melden of eerst zelf verder uitzoeken?"', async () => {
      const seen = await say(
        'Ik ben mentor in Kerkrade. Een leerling van 14 vertelde dat de nieuwe vriend van haar moeder dronken tegen haar schreeuwt en een stoel tegen de muur gooide. Mag ik moeder uitnodigen, ook al is de kans groot dat die vriend meekomt? En moet ik dit melden of eerst zelf verder uitzoeken?',
      );
      expect(seen.all).toMatch(/Spreek je zorg niet uit waar degene bij is die je verdenkt/);
      expect(seen.all).not.toMatch(/daar heb ik geen vast antwoord op/);
    });
  });

  describe('what the seventieth round of blind messages showed', () => {
    it('gives 113 to a mentor whose pupil cuts himself, with fresh cuts, and who was pushed against the wall at home last month', async () => {
      const seen = await say(
        "Ik ben mentor in Brunssum. Na de les liet een leerling van 16 zijn armen zien, sommige sneetjes vers. Hij zei 'soms wil ik niet meer wakker worden'. De vriend van zijn moeder heeft hem vorige maand tegen de muur gezet. Moet ik 113 bellen of Veilig Thuis?",
      );
      expect(seen.first).toMatch(/113/);
      expect(seen.all).toMatch(/Veilig Thuis/);
      expect(seen.all).not.toMatch(/Een volwassene beslist in principe zelf/);
    });

    it('tells a police officer who asks "kan ik als politie ook advies vragen bij VT?" that yes, anyone may', async () => {
      const seen = await say('Wijkagent in Vaals. Buren melden steeds geschreeuw en een huilende baby bij een jong stel. Kan ik als politie ook gewoon advies vragen bij VT?');
      expect(seen.all).toMatch(/Iedereen kan Veilig Thuis bellen voor advies of een melding/);
    });

    it('answers "valt dit onder de meldcode als het door haar eigen man gebeurt?" from a nursing home with Veilig Thuis for older people too', async () => {
      const seen = await say(
        'Ik ben EVV\'er in een verpleeghuis in Kerkrade. De man van een bewoonster knijpt haar hard in de pols als ze niet wil eten; gisteren had ze striemen. Valt dit onder de meldcode als het door haar eigen man gebeurt?',
      );
      expect(seen.all).toMatch(/Veilig Thuis is er voor elke zorg over huiselijk geweld of kindermishandeling, bij kinderen en bij volwassenen, ook ouderen/);
    });
  });

  describe('what the seventy-first round of blind messages showed', () => {
    it('hears "waar kan ik heen als ik bij mijn teamleider niet terechtkan?" as a question of whom to turn to, not of going to a scene', async () => {
      const seen = await say(
        'Ik werk in een verpleeghuis in Brunssum. Een nachtdienstcollega trekt bewoners ruw uit bed en scheldt ze uit. Zij is bevriend met onze teamleider. Waar kan ik heen als ik er bij mijn teamleider niet mee terechtkan?',
      );
      expect(seen.all).not.toMatch(/Ga er niet zelf heen en spreek niemand aan: bel 112, geef het adres/);
      expect(seen.all).toMatch(/Een vermoeden over een medewerker/);
    });

    it('hears "kan dat gesprek wel als stiefvader er waarschijnlijk bij zit?"', async () => {
      const seen = await say('Een kleuter heeft steeds blauwe plekken en is bang voor haar stiefvader. Moet ik eerst met moeder praten? En kan dat gesprek wel als stiefvader er waarschijnlijk bij zit?');
      expect(seen.all).toMatch(/Spreek je zorg niet uit waar degene bij is die je verdenkt/);
    });

    it('reads a woman of 19 picked up each night by "een man van in de dertig" in an expensive car, with two phones, as signs of exploitation', async () => {
      const seen = await say(
        'Nachtopvang hier. Een vrouw van 19 wordt elke avond opgehaald door een man van in de dertig in een dure auto en komt pas tegen de ochtend terug. Ze heeft ineens twee telefoons. Mijn collega wil hem vanavond aanspreken. Is dat verstandig?',
      );
      expect(seen.all).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });
  });

  describe('what the seventy-second round of blind messages showed', () => {
    it('gives a PE teacher who saw "sneden op de onderarm" of a pupil with a calm home the route for self-harm with 113', async () => {
      const seen = await say('In de gymles zag ik sneden op de onderarm van een leerling uit 2 vwo. Ze zegt dat het thuis goed gaat. Moet dit naar VT?');
      expect(seen.all).toMatch(/113 Zelfmoordpreventie/);
      expect(seen.all).not.toMatch(/Melden hoeft nu nog niet vast te staan/);
    });

    it('reads a girl going to Somalia this summer "voor haar grote feest", like her cousin last year, as a sign of cutting', async () => {
      const seen = await say(
        'Een meisje uit groep 5 vertelde dat ze deze zomer met mama naar Somalië gaat voor haar grote feest, net als haar nichtje vorig jaar. De directeur wil eerst een gesprek met moeder. Is dat verstandig?',
      );
      expect(seen.all).toMatch(/Vrouwelijke genitale verminking/);
      expect(seen.all).toMatch(/Bespreek je zorg niet eerst met de ouders of de familie/);
    });

    it('reads a toddler under the kitchen table with his hands over his ears while his father was drunk as a child who witnesses violence at home', async () => {
      const seen = await say('Net terug van een burengerucht in Kerkrade. Vader had flink gedronken, moeder zat huilend op de bank en hun jongske van 3 zat onder de keukentafel met zijn handen op zijn oren. Moet ik hier iets mee?');
      expect(seen.all).toMatch(/Vraag vandaag nog advies aan Veilig Thuis/);
      expect(seen.all).toMatch(/Het gaat om een kind/);
    });
  });

  describe('what the seventy-third round of blind messages showed', () => {
    it('reads a police call-out to the same address "al de derde keer", with a child crying on the stairs, as a child who witnesses violence again and again', async () => {
      const seen = await say('Gisteravond bij een huiselijke twist in Eijsden, al de derde keer dit jaar op hetzelfde adres. Een meisje van 5 zat huilend boven aan de trap. Moet dit naar VT?');
      expect(seen.all).toMatch(/getuige zijn van huiselijk geweld is een vorm van kindermishandeling/);
      expect(seen.all).not.toMatch(/Melden hoeft nu nog niet vast te staan/);
    });

    it('answers "is dat ook iets voor de meldcode, hij is toch volwassen?" about a man hit by his girlfriend with Veilig Thuis for adults too', async () => {
      const seen = await say("Een student van 20 zei dat zijn vriendin hem weer geslagen heeft en zijn bankpas afpakt. Is dat ook iets voor de meldcode, hij is toch volwassen?");
      expect(seen.all).toMatch(/bij kinderen en bij volwassenen/);
    });
  });

  describe('what the seventy-fourth round of blind messages showed', () => {
    it('hears "wat moet er precies in het dossier?" as a question about recording', async () => {
      const seen = await say('Ik ben leidinggevende op een kdv in Stein. Een peuter komt vaak in dezelfde kleren en eet alsof ze dagen niks gehad heeft. Collega\'s schreven het op losse briefjes. Wat moet er precies in het dossier?');
      expect(seen.all).toMatch(/Leg het kort en feitelijk vast/);
      expect(seen.all).not.toMatch(/daar heb ik geen vast antwoord op/);
    });

    it('answers "do I need her permission before I call them?" in English with the meldrecht', async () => {
      const seen = await say('Hi, I work at a youth care organisation in Heerlen and my Dutch is basic. A mother I support says her father hits her son when he babysits. Do I need her permission before I call Veilig Thuis?');
      expect(seen.all).toMatch(/without the consent of the people involved/);
    });
  });

  describe('what the seventy-fifth and seventy-sixth rounds of blind messages showed', () => {
    it('gives a driver who keeps his hand on a client\'s thigh the route for a care worker, not the meldcode for home', async () => {
      const seen = await say('Ik begeleid op een woongroep in Sittard. Een bewoonster met een verstandelijke beperking zegt dat de chauffeur van de rolstoelbus steeds zijn hand op haar been legt als hij de riemen vastmaakt. Moet dit naar Veilig Thuis?');
      expect(seen.all).toMatch(/Inspectie Gezondheidszorg en Jeugd/);
      expect(seen.all).not.toMatch(/bespreek je je zorg en een eventuele melding in principe met die persoon zelf/);
    });

    it('reads a colleague who kissed a client and sends her private messages as a suspected worker', async () => {
      const seen = await say('Ik werk als begeleider in een beschermde woonvorm in Heerlen. Een bewoonster van 24 vertelde dat een collega van de avonddienst haar heeft gezoend op de gang en haar priveberichten stuurt. Welke route hoort hierbij?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker/);
    });

    it('does not suspect a colleague the child startles at when the violence is played out with dolls', async () => {
      const seen = await say('Ik ben pm\'er op een kdv in Beek. Een meisje van 3 is stil, schrikt als een invalkracht de groep op komt en speelt op de bank dat de papa-pop de mama-pop slaat. Thuis is er een nieuwe vriend. Moet ik dit melden?');
      expect(seen.all).not.toMatch(/Een vermoeden over een medewerker/);
      expect(seen.all).not.toMatch(/vertrouwensinspecteur/);
    });

    it('sends a girl whose father took her passport and who will be "voorgesteld" abroad to Veilig Thuis before any talk with the parents', async () => {
      const seen = await say('Ik ben mentor op een vmbo in Heerlen. Een vriendin van een leerling van 15 vertelde dat ze deze zomer in het land van haar ouders aan iemand voorgesteld gaat worden en dat haar vader haar paspoort heeft ingenomen. Zal ik eerst de ouders uitnodigen?');
      expect(seen.all).toMatch(/Huwelijksdwang/);
      expect(seen.all).toMatch(/Bespreek je zorg niet eerst met de ouders of de familie/);
    });

    it('gives someone saving up pills the route for suicide with 113 and the huisarts, not "Veilig Thuis denkt mee"', async () => {
      const seen = await say('meneer bij wie ik de boodschappen doe (Vaals) liet me net een doosje zien: hij bewaart al zijn pillen, dan is hij er straks vanaf. hij woont alleen. wat nu?');
      expect(seen.first).toMatch(/113/);
      expect(seen.first).toMatch(/Betrek de huisarts/);
      expect(seen.first).not.toMatch(/Daarna denkt Veilig Thuis met je mee/);
    });

    it('reads a mother who does not answer the app as out of reach, not as a toddler who does not respond', async () => {
      const seen = await say('kleuter (4) op onze bso in Landgraaf heeft al dagen honger en dezelfde vieze broek aan, papa reageert niet op mijn berichten. is dit al iets voor de meldcode?');
      expect(seen.first).not.toMatch(/Bel nu 112/);
      expect(seen.all).toMatch(/verwaarlozing/);
    });

    it('answers "hoeven we niet te melden omdat er al hulp is?" for children who see a partner push their mother: help is no reason', async () => {
      const seen = await say('Ik ben gezinscoach in het wijkteam Stein en begeleid een moeder met twee meisjes van 6 en 10. Haar partner heeft moeder waar de meisjes bij waren hard tegen de kast geduwd, zegt de buurvrouw. Mijn collega vindt dat we niet hoeven te melden omdat er al hulp is. Klopt dat?');
      expect(seen.all).toMatch(/Dat er al hulp is, is geen reden om niet te melden/);
      expect(seen.all).not.toMatch(/\*\*Op je vraag:\*\* Ja\./);
    });

    it('answers a mentor who promised a pupil to tell no one that the promise cannot be kept', async () => {
      const seen = await say('vmbo heerlen. leerling (14) vertelde me net dat haar moeder haar gisteren met een pollepel heeft geslagen. ik heb beloofd het niet door te vertellen. kan dat nog?');
      expect(seen.all).toMatch(/zeg eerlijk dat je die belofte niet kunt houden/);
    });

    it('tells a teacher that the meldcode covers a grandmother whose son takes her money, and not to call him', async () => {
      const seen = await say('Ik geef les op een mbo in Kerkrade. Een student vertelde dat haar oma van 80 bij haar zoon woont, dat hij haar pinpas heeft en dat ze blauwe plekken op haar armen had. Geldt de meldcode ook voor een oma? Ik wil de zoon eigenlijk zelf bellen.');
      expect(seen.all).toMatch(/ouderenmishandeling hoort daarbij/);
      expect(seen.all).toMatch(/Spreek niemand aan die je verdenkt/);
    });
  });

  describe('what the seventy-seventh round of blind messages showed', () => {
    it('gives the route for a gastouder\'s housemate when a child tells of secret games under a blanket with the gastouder\'s son', async () => {
      const seen = await say('Ik werk bij een gastouderbureau in Sittard. Een jongen van 5 vertelde zijn vader dat de zoon van zijn gastouder, een student die daar woont, spelletjes met hem doet onder de deken en dat het geheim moet blijven. Bel ik nu Veilig Thuis of eerst de gastouder?');
      expect(seen.all).toMatch(/de route in Kinderopvang/);
      expect(seen.all).toMatch(/vertrouwensinspecteur/);
    });

    it('answers "blijf ik verantwoordelijk na een advies?" with the difference between advice and a melding', async () => {
      const seen = await say('neemt veiligthuis de zaak over als ik alleen advies vraag, of blijf ik zelf verantwoordelijk?');
      expect(seen.first).toMatch(/Advies vragen of melden: wat is het verschil\?/);
    });

    it('tells someone in clear danger who asks "eerst VT bellen?" what to do now, not that Veilig Thuis is there for every worry', async () => {
      const seen = await say('Mijn cliënte in Kerkrade belt net fluisterend: haar man staat met een mes in de gang en zegt dat hij haar vanavond vermoordt, de kinderen liggen boven. Ik ben niet in de buurt. Moet ik eerst Veilig Thuis bellen?');
      expect(seen.first).toMatch(/Wat je nu doet/);
      expect(seen.first).not.toMatch(/Veilig Thuis is er voor elke zorg/);
    });

    it('answers "moet ik het met zijn dochter bespreken?" about an older man whose son keeps his money with the rule for an adult', async () => {
      const seen = await say('Ik ben ergotherapeut en kom bij een meneer van 84 in Stein. Zijn zoon beheert sinds kort al zijn geld en meneer heeft geen eten in huis. Vorige week had hij een blauw oog, "gestoten" zei de zoon. Moet ik het met zijn dochter bespreken?');
      expect(seen.all).toMatch(/bespreek je je zorg en een eventuele melding in principe met die persoon zelf/);
    });

    it('hears "heb ik als logopedist eigenlijk wel iets met die meldcode te maken?"', async () => {
      const seen = await say('Ik ben logopedist in Beek en een kind vertelde dat papa mama slaat. Heb ik als logopedist eigenlijk wel iets met die meldcode te maken?');
      expect(seen.all).toMatch(/De Wet verplichte meldcode geldt voor organisaties en hun beroepskrachten/);
    });

    it('answers "moet ik haar vertellen dat ik Veilig Thuis bel?": in principe beforehand, unless safety forbids', async () => {
      const seen = await say('Ik ben praktijkondersteuner in Landgraaf. Een patiënte met een depressie verwaarloost haar kinderen van 2 en 4 volgens de buurvrouw. Ik denk dat ik moet melden. Moet ik haar vertellen dat ik Veilig Thuis bel, of kan dat achteraf?');
      expect(seen.all).toMatch(/In principe vooraf/);
    });

    it('answers "mogen we Veilig Thuis bellen zonder toestemming van de ouders?" with the meldrecht', async () => {
      const seen = await say('Ik ben kinderverpleegkundige in Sittard. Een baby van 5 maanden heeft een gebroken arm en de ouders vertellen elk iets anders. Mogen we Veilig Thuis bellen zonder toestemming van de ouders?');
      expect(seen.all).toMatch(/Met Veilig Thuis mag je informatie delen, ook zonder toestemming|voor een melding bij Veilig Thuis heb je geen toestemming nodig/);
    });

    it('answers "mag ik het kind aan vader meegeven?" after a separation with stalking, and counts the stalking as domestic violence', async () => {
      const seen = await say('Ik werk op een bso in Meerssen. De ouders van een meisje van 7 zijn uit elkaar. Moeder zegt dat vader haar overal volgt en haar tientallen berichten per dag stuurt; vorige week stond hij schreeuwend aan onze deur. Mag ik het kind meegeven aan vader als hij komt? En valt dit onder de meldcode?');
      expect(seen.all).toMatch(/Houd het kind dan bij je op een veilige plek/);
      expect(seen.all).toMatch(/Stalking door een partner of ex-partner is huiselijk geweld/);
    });

    it('answers "kan ik dit zelf oplossen met extra zorg, of moet ik melden?" about a mother in a psychosis with toddlers: the norm for acute onveiligheid', async () => {
      const seen = await say('Ik werk in een FACT-team in Heerlen. Een moeder van twee peuters is psychotisch en laat de kleintjes soms uren alleen, zegt haar zus. Kan ik dit zelf oplossen door extra zorg te regelen, of moet ik melden?');
      expect(seen.all).toMatch(/telt in de voorbeelden van de KNMG-meldcode als acute onveiligheid/);
    });
  });

  describe('what the seventy-eighth round of blind messages showed', () => {
    it('does not read a husband who wants extra sleeping pills "dan is ze rustig" for his wife as suicide', async () => {
      const seen = await say('Ik werk bij de apotheek in Sittard. Een meneer vraagt of zijn vrouw met alzheimer wat extra slaappillen mag, zodat ze \'s nachts rustig blijft. Is dit iets om op te letten?');
      expect(seen.first).not.toMatch(/113/);
      expect(seen.first).not.toMatch(/Zelfdoding/);
    });

    it('suspects a volunteer whom a trainee saw with his hand under a client\'s sweater, though her husband is named later', async () => {
      const seen = await say('Ik coördineer een dagbesteding in Heerlen. Een vrijwilliger (man, 70) is vaak alleen met een deelneemster met dementie. Vanochtend zag een stagiaire dat hij zijn hand onder haar shirt had. Haar man woont in een verpleeghuis. Wat moeten we doen?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker/);
    });

    it('suspects a colleague in a day nursery when the next sentence tells what the asker saw her do', async () => {
      const seen = await say('Ik werk op een kinderdagverblijf in Geleen. Een collega is de laatste tijd erg snauwerig. Vanochtend zag ik dat ze een peuter hard aan zijn arm meesleurde naar de gang. Bij wie moet ik dit melden?');
      expect(seen.all).toMatch(/de route in Kinderopvang/);
    });

    it('answers a police officer whose call-out children heard that children who witness violence at home are victims too', async () => {
      const seen = await say('Vanavond HG-melding in Kerkrade, de kinderen van 4 en 8 zaten op de trap en hebben alles gezien. Moeder wil geen aangifte doen. Moet dit nog naar Veilig Thuis?');
      expect(seen.all).toMatch(/getuige zijn van huiselijk geweld is een vorm van kindermishandeling/);
    });

    it('does not read a father who wants to beat up his daughter\'s much older "vriend" as danger now', async () => {
      const seen = await say('Wijkteam Beek. Moeder kwam vandaag bij me, ze is ten einde raad. Haar dochter van 14 heeft een vriend van 24 die haar ophaalt in een dure auto en haar cadeaus geeft. Vader wil die jongen in elkaar slaan. Moet ik met het meisje zelf praten?');
      expect(seen.first).not.toMatch(/Bel nu 112/);
      expect(seen.all).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('gives a mother\'s boyfriend who comes to the child\'s room when mother works nights the route for sexual abuse by a carer', async () => {
      const seen = await say('Ik ben gezinsvoogd. Een meisje van 10 vertelde me vandaag dat de vriend van haar moeder aan haar zit als mama nachtdienst heeft. Moet ik de moeder bellen?');
      expect(seen.all).toMatch(/Seksueel misbruik door een ouder of verzorger/);
    });

    it('answers "mag ik dit met de casemanager bespreken zonder toestemming?" with the rule for sharing outside Veilig Thuis', async () => {
      const seen = await say('Ik ben wijkverpleegkundige in Voerendaal. Bij een mevrouw van 86 neemt haar neef steeds geld op van haar rekening. Mag ik dit met de casemanager bespreken zonder dat mevrouw toestemming geeft?');
      expect(seen.all).toMatch(/Wil je iets delen met het wijkteam, de huisarts of een andere organisatie, dan vraag je daar in principe eerst/);
    });
  });

  describe('what the seventy-ninth round of blind messages showed', () => {
    it('tells a home carer outside with a drunk man and a knife who asks "teruggaan?" not to go back in, never "Ja"', async () => {
      const seen = await say('ik sta buiten bij een cliënt in Gulpen, avondronde. haar zoon is dronken, zwaait met een mes en roept dat hij er vannacht een eind aan maakt, aan hen allebei. hij heeft me buitengezet. wat nu, teruggaan?');
      expect(seen.first).toMatch(/Ga er niet zelf heen en spreek niemand aan: bel 112/);
      expect(seen.first).not.toMatch(/\*\*Op je vraag:\*\* Ja\./);
      expect(seen.first).not.toMatch(/koppelt minstens twee keer terug/);
    });

    it('answers "is dit iets voor de meldcode of kan ik het zelf oppakken?" beside the route for a suicidal remark', async () => {
      const seen = await say('Ik ben jeugdverpleegkundige in Kerkrade. Een moeder van een baby van 2 maanden huilt veel en zei dat iedereen beter af is zonder haar. Haar vriend drinkt elke avond en er wordt veel geschreeuwd, zegt de oma. Is dit iets voor de meldcode of kan ik het zelf oppakken met extra bezoeken?');
      expect(seen.all).toMatch(/113/);
      expect(seen.all).toMatch(/Dat weeg je in de laatste stappen van de meldcode|Dat er al hulp is, is geen reden om niet te melden/);
      expect(seen.all).toMatch(/Je beschrijft ook onveiligheid thuis/);
    });

    it('reads a "gast van een jaar of 21" with a fancy car, gifts and weekends away as signs of a loverboy', async () => {
      const seen = await say('Jongerenwerker Heerlen. Een meisje van 15 wordt na het buurthuis opgehaald door een gast van een jaar of 21 in een dure auto, ze heeft ineens een nieuwe telefoon. Mag ik haar ouders bellen?');
      expect(seen.all).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('hears "heeft een melding nog zin, of doen we dubbel werk?" and "wat blijft dan mijn rol?"', async () => {
      const seen = await say('Ik ben gezinscoach in Brunssum. Bij de overdracht tussen de gescheiden ouders gaat het steeds weer mis: al drie keer geschreeuw en duwen terwijl de kinderen van 5 en 8 erbij stonden. Wij zitten er al bovenop. Heeft een melding bij Veilig Thuis nog zin, of doen we dan dubbel werk? En wat blijft dan mijn rol?');
      expect(seen.all).toMatch(/Dat er al hulp is, is geen reden om niet te melden|structurele onveiligheid/);
      expect(seen.all).toMatch(/Na een melding neemt Veilig Thuis de verantwoordelijkheid voor het zicht op veiligheid over/);
    });
  });

  describe('what the eightieth round of blind messages showed', () => {
    it('gives a pupil who cuts herself "als ze thuis weer ruzie hebben", with a father who threatens when drunk, Veilig Thuis as part of the route', async () => {
      const seen = await say('Ik ben mentor in Sittard. Een leerling van 15 krast zichzelf, vooral als ze thuis weer ruzie hebben; haar vader zou haar moeder bedreigen als hij gedronken heeft. Is dit iets voor 113 of voor Veilig Thuis?');
      expect(seen.all).toMatch(/113/);
      expect(seen.all).toMatch(/Je beschrijft ook onveiligheid thuis/);
    });

    it('gives a driver suspected of touching a client, who "staat morgen weer voor de deur", the care route without "bel nu 112" as what to do now', async () => {
      const seen = await say('Ik werk op een dagbesteding in Kerkrade. Een cliënte van 28 vertelde dat de chauffeur van het busje aan haar borsten zit als ze als laatste uitstapt. Hij staat morgen gewoon weer voor de deur. Moet dit via Veilig Thuis of via mijn manager?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker/);
      expect(seen.all).not.toMatch(/Wat je nu doet/);
    });
  });

  describe('what the eighty-second round of blind messages showed', () => {
    it('answers "moeten we alsnog melden nu de hulp niet werkt?" with the norm to report again, not "melden hoeft nog niet vast te staan"', async () => {
      const seen = await say('Ik ben schuldhulpverlener in Landgraaf. Sinds de zomer zit er een gezinscoach bij een gezin waar de vader zijn vrouw slaat, en er zijn afspraken gemaakt. Toch hoorde ik vorige week dat de politie er weer was en de jongste van 6 wil niet meer naar huis. Moeten we alsnog melden nu de hulp niets oplevert?');
      expect(seen.all).toMatch(/\(opnieuw\) melden bij Veilig Thuis de norm/);
      expect(seen.all).not.toMatch(/Melden hoeft nu nog niet vast te staan/);
    });

    it('answers "klopt dat verhaal?" about an injury: not for the asker to prove, and letselduiding can help', async () => {
      const seen = await say('Bij de fysio zag ik vandaag een kleuter van 4 met een ronde brandplek op zijn onderarm. Vader zegt dat hij tegen de kachel is gelopen. Klopt die uitleg?');
      expect(seen.all).toMatch(/Of het verhaal klopt, hoef je niet zelf uit te zoeken of te bewijzen/);
      expect(seen.all).toMatch(/letselduiding/);
      expect(seen.all).not.toMatch(/daar heb ik geen vast antwoord op/);
    });

    it('answers "moet ik melden?" about marks in the neck as acute onveiligheid, where melden is the norm', async () => {
      const seen = await say('Ik ben tandarts in Stein. Bij een patiënte van 30 zag ik deze week striemen in haar hals. Ze zei dat het van een sjaal kwam, maar ze keek weg. Mag ik dit met mijn beroepsgeheim wel delen, en moet ik hier melden?');
      expect(seen.first).toMatch(/poging tot verwurging[^.]*acute onveiligheid/);
      expect(seen.first).toMatch(/melden bij Veilig Thuis de norm/);
    });

    it('does not read a lesson about strangulation or a judo hold as strangulation in the story', async () => {
      const seen = await say('Ik ben mentor en geef volgende week een les over geweld in relaties. Een leerling vroeg of het strafbaar is als iemand je bij de keel pakt. Moet ik daar iets mee?');
      expect(seen.all).not.toMatch(/poging tot verwurging/);
    });

    it('answers a carer whose client "wil niet dat ik er iets mee doe. Moet ik het toch doorgeven?" with what holds when an adult says no', async () => {
      const seen = await say('Een meneer van 80 bij wie ik de steunkousen aantrek, zei dat zijn dochter hem soms opsluit in zijn kamer als ze boos is. Hij wil niet dat ik er iets mee doe. Moet ik dit toch doorgeven?');
      expect(seen.first).toMatch(/Een volwassene beslist in principe zelf/);
      expect(seen.first).not.toMatch(/daar heb ik geen vast antwoord op/);
    });

    it('gives a neighbour who asks the same what holds for a bystander, not the professional\'s meldrecht', async () => {
      const seen = await say('Ik woon naast een oudere vrouw en haar zoon schreeuwt elke avond tegen haar en neemt haar pinpas mee. Ze wil niet dat ik iets doe. Mag ik het toch melden?');
      expect(seen.first).toMatch(/Ook als je geen beroepskracht bent/);
      expect(seen.first).not.toMatch(/met het meldrecht mag je zonder toestemming melden/);
    });

    it('says the reason a parent in crisis meets the norm once, though two questions lead to it', async () => {
      const seen = await say('Ik ben behandelaar bij de ggz in Heerlen. Een moeder van twee kinderen van 3 en 6 is sinds een week psychotisch en hoort stemmen; haar man werkt nachten. Moet ik hier melden? Of hoeven we niet te melden omdat er al hulp is via ons?');
      expect(seen.first.match(/telt in de voorbeelden van de KNMG-meldcode als acute onveiligheid/g)).toHaveLength(1);
      expect(seen.first).toMatch(/Dat er al hulp is, is geen reden om niet te melden/);
    });
  });

  describe('what the eighty-third round of blind messages showed', () => {
    it('gives a day-care worker whose colleague yanks a toddler by the arm the route for a suspected worker, and "Nee" to talking with the colleague first', async () => {
      const seen = await say('Ik werk op een peuterspeelzaal in Landgraaf. Een collega trok vanmiddag een meisje van 3 met een ruk aan haar arm de gang op en schreeuwde in haar gezicht. Het is al vaker gebeurd. Mag ik eerst zelf met mijn collega praten?');
      expect(seen.first).toMatch(/Een vermoeden over een medewerker/);
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\* Nee\. Spreek de collega er niet zelf op aan/);
    });

    it('hears "mag ik eerst met mijn collega praten?" as consulting when no colleague is suspected', async () => {
      const seen = await say('Ik ben leerkracht in Sittard. Een jongen uit mijn groep komt al weken zonder eten en met vieze kleren. Mag ik eerst met mijn collega praten?');
      expect(seen.first).not.toMatch(/Spreek de collega er niet zelf op aan|Een vermoeden over een medewerker/);
    });

    it('reads a secret game a child plays "met oom" as abuse by an adult at home: Veilig Thuis before any talk with the mother', async () => {
      const seen = await say('Op de bso doet een meisje van 6 seksuele dingen na bij andere kinderen. Ze vertelde dat ze dat met oom doet, het geheime spelletje als mama werkt. Mag ik vanmiddag met moeder hierover beginnen?');
      expect(seen.first).toMatch(/Bespreek het nu niet eerst met de ouders of de familie/);
      expect(seen.first).not.toMatch(/Vlaggensysteem/);
    });

    it('answers "zonder dat hij weet dat het van ons komt?" with what a professional melder can and cannot keep from the family', async () => {
      const seen = await say('Ik ben maatschappelijk werker in Heerlen. Een cliënte vertelde dat haar man haar slaat als hij gedronken heeft. Kan ik melden zonder dat hij weet dat het van ons komt?');
      expect(seen.all).toMatch(/als professional niet anoniem/);
    });

    it('answers "mag ik met de man in gesprek?" about a woman he controls with "Nee", never confront', async () => {
      const seen = await say('Een bewoonster van onze vrouwenopvang zegt dat haar man haar telefoon afpakt en haar overal laat volgen. Mag ik hierover met de man in gesprek?');
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\* Nee\. Spreek niemand aan die je verdenkt/);
      expect(seen.first).not.toMatch(/jong kind/);
    });

    it('reads medication that runs out too fast under a relative\'s care, and "mw", as a worry about an older person', async () => {
      const seen = await say('Wijkverpleging Eijsden. De zoon beheert de medicatie van mw en de slaappillen gaan veel te snel op. Hoe pak ik dit aan?');
      expect(seen.first).toMatch(/Het gaat om een oudere/);
      expect(seen.first).not.toMatch(/Geen passend antwoord/);
    });

    it('reads a loan a nephew makes an older client sign for as money taken', async () => {
      const seen = await say('Ik ben bewindvoerder. Mijn cliënte van 80 belt steeds om extra leefgeld en haar neef laat haar formulieren tekenen voor een lening. Wat kan ik doen?');
      expect(seen.first).toMatch(/financiële uitbuiting/);
    });

    it('gives a professional who asks "dit is privé" as a neighbour what holds for a bystander', async () => {
      const seen = await say('Ik werk zelf in de jeugdzorg, maar dit is privé: mijn buurman scheldt zijn dochtertje elke avond uit en zet haar buiten. Kan ik dit doorgeven zonder dat hij weet dat het van mij komt?');
      expect(seen.first).toMatch(/Ook als je geen beroepskracht bent/);
      expect(seen.first).not.toMatch(/als professional niet anoniem/);
    });
  });

  describe('what the eighty-fourth round of blind messages showed', () => {
    it('gives a neighbour who works in child care but asks "als buurvrouw" what a bystander does, not the professional\'s melder rule or an aandachtsfunctionaris', async () => {
      const seen = await say('Dit is eigenlijk privé. Bij mijn buren in Beek is er bijna elke avond geschreeuw en ik hoor hun kleuter huilen. Ik werk zelf op een kinderdagverblijf, maar kan ik als buurvrouw iets doen zonder dat ze weten dat het van mij komt?');
      expect(seen.first).toMatch(/Ook als je geen beroepskracht bent/);
      expect(seen.first).toMatch(/bel Veilig Thuis om je zorg te bespreken/);
      expect(seen.first).not.toMatch(/als professional niet anoniem|aandachtsfunctionaris/);
    });

    it('does not read "als de vriend van mama" in a day-care worker\'s story as a bystander speaking', async () => {
      const seen = await say('Een meisje van 4 op onze bso huilt elke keer als de vriend van mama haar komt halen en wil niet mee. Wat moet ik hiermee?');
      expect(seen.first).not.toMatch(/Ook als je geen beroepskracht bent/);
    });

    it('answers a volunteer who asks "mag ik zelf VT bellen?" without sending them to an aandachtsfunctionaris', async () => {
      const seen = await say('Ik ben vrijwilliger bij de scouting. Een jongen van 10 zei dat zijn vader hem slaat als hij te laat thuis is. Mag ik zelf Veilig Thuis bellen?');
      expect(seen.first).toMatch(/Iedereen kan Veilig Thuis bellen voor advies of een melding/);
      expect(seen.first).not.toMatch(/aandachtsfunctionaris/);
    });

    it('hears "is dit meteen VT?" about a child out of sight whose family cannot be reached, and makes the step advice today', async () => {
      const seen = await say('Leerplicht hier: meisje van 9 al twee weken niet op school, ouders reageren nergens op en bij het huisbezoek deed niemand open, al hoorde ik binnen een kind. Is dit meteen VT?');
      expect(seen.first).toMatch(/\*\*Op je vraag:\*\*/);
      expect(seen.first).toMatch(/Vraag vandaag nog advies aan Veilig Thuis/);
    });
  });

  describe('what the eighty-fifth round of blind messages showed', () => {
    it('answers "hoeveel tijd heeft Veilig Thuis na een melding?", misspelled, with the veiligheidsbeoordeling within working days', async () => {
      const seen = await say('hoeveel tijd krijgt vt na een meldng om te beslissen wat ze doen? en horen we als opvang daarna nog iets terug');
      expect(seen.first).toMatch(/binnen 5 werkdagen/);
    });
  });

  describe('what the eighty-sixth round of blind messages showed', () => {
    it('answers "het is geen mishandeling toch?" about a child who lacks food and care: neglect is child abuse too', async () => {
      const seen = await say('Ik werk op een peutergroep in Sittard. Een meisje van 3 komt al weken met honger, in te kleine kleren en met een luier van de hele nacht. Moeder lijkt het niet te trekken. Het is geen mishandeling toch?');
      expect(seen.first).toMatch(/Verwaarlozing is ook kindermishandeling/);
    });

    it('keeps a Wmo cleaner who says "ik ben geen hulpverlener" a professional melder', async () => {
      const seen = await say('Ik doe huishoudelijke hulp via de Wmo. Bij een cliënte schreeuwt haar man steeds tegen haar en ze had een blauwe plek. Ik ben geen hulpverlener, ik maak alleen schoon. Weet hij dan dat het van mij komt als het gemeld wordt?');
      expect(seen.first).toMatch(/als professional niet anoniem/);
      expect(seen.first).not.toMatch(/Ook als je geen beroepskracht bent/);
    });

    it('gives a pedagogisch medewerker on a youth-care group the route for youth care, not for child care', async () => {
      const seen = await say('Ik ben pedagogisch medewerker op een leefgroep voor jongens. Een collega stuurt een jongen van 13 \'s avonds privé appjes en zegt dat het hun geheimpje is. Moet ik naar de inspectie?');
      expect(seen.first).toMatch(/de route in Jeugdhulp/);
      expect(seen.first).not.toMatch(/houder van de kinderopvang/);
    });
  });

  describe('what the eighty-seventh round of blind messages showed', () => {
    it('reads a teacher who sends a pupil "je bent de mooiste" and "niks tegen je ouders zeggen" as a suspected colleague', async () => {
      const seen = await say('Ik ben docent op een vmbo. Een leerling van 15 liet me berichten zien van een collega, haar gymdocent. Hij schrijft dat ze de mooiste is en dat ze samen iets gaan drinken, niks tegen je ouders zeggen. Moet ik de ouders bellen?');
      expect(seen.first).toMatch(/Een vermoeden over een medewerker/);
    });

    it('reads a man "van ver in de twintig" who picks up a girl of 15 and wants photos as signs of a loverboy', async () => {
      const seen = await say('Ik ben trainster bij de hockey. Een meisje van 15 wordt na de training opgehaald door een jongen van ver in de twintig in een dure auto en moet foto\'s voor hem sturen. Moet ik dit met haar moeder bespreken?');
      expect(seen.first).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });
  });

  describe('what the eighty-eighth round of blind messages showed', () => {
    it('does not answer "moet ik haar terugbellen?" with what Veilig Thuis tells a melder afterwards', async () => {
      const seen = await say('Doktersassistente hier. Een vrouw met een striem in haar hals zei zachtjes dat haar man steeds erger wordt, toen belde hij en ging ze weg. Moet ik haar terugbellen terwijl hij misschien meeluistert?');
      expect(seen.all).not.toMatch(/koppelt minstens twee keer terug/);
    });

    it('does not answer "horen de klagers dan dat hun naam genoemd wordt?" with "Ja" about terugkoppeling', async () => {
      const seen = await say('Ik ben coördinator buurtbemiddeling. Buren vertelden dat er bij het gezin naast hen elke avond geschreeuwd wordt en een kind van 6 laat buiten zit. Mogen wij als buurtbemiddeling bij Veilig Thuis melden, en horen de klagers dan dat hun naam genoemd wordt?');
      expect(seen.all).not.toMatch(/Ja\. Veilig Thuis koppelt minstens twee keer terug/);
    });
  });

  describe('what the eighty-ninth round of blind messages showed', () => {
    it('answers "is dit al acute onveiligheid of eerder structureel?" about a psychotic parent with young children by applying it: acute, melden is the norm', async () => {
      const seen = await say('Ik ben SPV in Sittard. Mijn cliënte is sinds een paar dagen psychotisch en slaapt niet; haar kinderen van 2 en 5 lopen in vieze kleren rond en de oudste gaat niet naar school. Is dit al acute onveiligheid of eerder structureel?');
      expect(seen.first).toMatch(/telt in de voorbeelden van de KNMG-meldcode als acute onveiligheid/);
      expect(seen.first).not.toMatch(/De tweede afwegingsvraag: is er sprake van/);
    });

    it('answers "is dit structurele onveiligheid?" about an ex who keeps stalking with what stalking that gets worse counts as', async () => {
      const seen = await say('Wijkteam hier. Een moeder wordt al maanden gestalkt door haar ex: tientallen berichten per dag en hij staat steeds voor de deur. De kinderen zijn bang. Is dit structurele onveiligheid?');
      expect(seen.first).toMatch(/telt als structurele onveiligheid/);
    });
  });

  describe('what the ninetieth and ninety-first rounds of blind messages showed', () => {
    it('answers "wie kan die blauwe plekken goed beoordelen?" with letselduiding, the LECK for doctors and Veilig Thuis for others', async () => {
      const seen = await say('Jeugdarts hier. Een baby van 5 maanden heeft blauwe plekken op zijn oor, vader zegt dat hij tegen de box rolde. Wie kan die blauwe plekken goed beoordelen voordat ze weg zijn?');
      expect(seen.first).toMatch(/deskundige op het gebied van letselduiding/);
      expect(seen.first).toMatch(/Landelijk Expertise Centrum Kindermishandeling/);
    });

    it('does not read a colleague whose judgement is quoted ("volgens de arts-assistent") as a suspected worker', async () => {
      const seen = await say('Ik ben SEH-verpleegkundige. Een peuter kwam binnen met een gebroken pols. Volgens de arts-assistent past het letsel niet bij de val en zaten er ook oude blauwe plekken op zijn benen. Moeten wij dit melden?');
      expect(seen.all).not.toMatch(/Een vermoeden over een medewerker/);
    });

    it('does not read colleagues who see a carer at home ("collega\'s zien dat ze hem hard vastpakt") as suspected workers', async () => {
      const seen = await say('Wijkverpleging hier. Mevrouw zorgt alleen voor haar man met dementie en is op. Collega\'s zien steeds vaker dat ze hem hard bij de arm pakt en uitscheldt, en vanochtend zat hij met een riem vastgebonden in zijn stoel. Is dit ouderenmishandeling?');
      expect(seen.all).not.toMatch(/Een vermoeden over een medewerker/);
      expect(seen.all).toMatch(/ouderen/i);
    });

    it('does not read a driver who tells what he saw at home ("de chauffeur vertelde me") as a suspected worker', async () => {
      const seen = await say('Leerkracht speciaal onderwijs. Een leerling van 9 komt zonder eten naar school. De chauffeur van de taxi vertelde me dat de vriend van moeder tegen hem stond te schreeuwen bij de deur. Wat is de volgende stap?');
      expect(seen.all).not.toMatch(/Een vermoeden over een medewerker/);
    });

    it('reads a stand-in who is "te hardhandig: ik zag hem een kind meesleuren" as a suspected worker in child care', async () => {
      const seen = await say('Ik werk op een kinderdagverblijf. Een nieuwe invaller is volgens mij veel te ruw: ik zag hem een peuter aan zijn arm meesleuren naar de slaapkamer. Moet ik eerst met de ouders praten?');
      expect(seen.first).toMatch(/Een vermoeden over een medewerker/);
      expect(seen.first).toMatch(/houder/);
    });

    it('tells a neighbour who says "ik ben geen hulpverlener" that her name goes to the family only with her consent', async () => {
      const seen = await say('Ik ben geen hulpverlener, gewoon de buurman. Bijna elke nacht hoor ik de buurman schreeuwen en iets tegen de muur smijten, en daarna huilt hun peuter lang. Kan ik dit ergens melden zonder dat ze weten dat het van mij komt?');
      expect(seen.all).toMatch(/alleen met jouw uitdrukkelijke toestemming/);
      expect(seen.all).not.toMatch(/Als professional meld je niet anoniem/);
    });

    it('answers "wat doe ik met haar opmerking over niet meer willen?" with taking it seriously, 113 and what holds for a parent', async () => {
      const seen = await say('Ik ben verpleegkundige op de kinderafdeling. Een moeder van 20 met een baby die te weinig groeit zei tegen mij dat ze soms gewoon niet meer wil. Wat doe ik met die opmerking over niet meer willen?');
      expect(seen.first).toMatch(/Neem een opmerking over niet meer willen leven altijd serieus/);
      expect(seen.first).toMatch(/0800-0113/);
    });

    it('gives a student of 18 who scratches her arm to relieve tension the route for self-harm: 113, not Veilig Thuis for a safe home', async () => {
      const seen = await say('mbo-mentor hier. een studente van 19 liet vandaag per ongeluk haar arm zien, vol krassen, sommige nog vers. ze zegt dat het helpt tegen de spanning. thuis lijkt alles goed, moet dit naar VT?');
      expect(seen.all).toMatch(/113 Zelfmoordpreventie/);
      expect(seen.all).toMatch(/als de thuissituatie onveilig is/);
    });

    it('answers "mag ik zonder toestemming info delen met de wijkagent?" with consent for anyone but Veilig Thuis, not the meldrecht\'s "ja"', async () => {
      const seen = await say('Ik ben jeugd- en gezinscoach in het sociaal team. De wijkagent is al drie keer bij een gezin geweest waar ik kom, vanwege ruzies waar de kinderen bij zijn. Hij wil mijn verslagen hebben. Mag ik zonder toestemming van de ouders informatie delen met de wijkagent?');
      expect(seen.first).toMatch(/in principe (?:eerst )?(?:met )?toestemming/);
      expect(seen.first).not.toMatch(/Ja, voor een melding bij Veilig Thuis heb je geen toestemming nodig/);
      expect(seen.first).not.toMatch(/bij een club of vereniging/);
    });

    it('reads a carer of a mother with Alzheimer\'s who grabs her too hard as about an older person, not as a Kindcheck', async () => {
      const seen = await say('wmo-consulent. een mantelzorgende zoon zei vandaag dat hij zijn vader met alzheimer soms veel te hard vastpakt omdat hij het niet meer trekt. wat nu?');
      expect(seen.first).not.toMatch(/Kindcheck/);
      expect(seen.first).toMatch(/een oudere/);
    });

    it('hears "geldt de meldcode ook als het om een oudere gaat?", "terwijl de student niet wil" and "moet ik wachten tot de IB\'er tijd heeft?"', async () => {
      const older = await say('Ik ben docent op het mbo. Een student vertelt dat zijn oom steeds geld van zijn oma van 84 pakt. Geldt de meldcode ook als het om een oudere gaat?');
      expect(older.first).toMatch(/De meldcode geldt ook in de ouderenzorg|ouderenmishandeling hoort daarbij/);
      const refuses = await say('Een student van 20 vertelt dat haar vriend haar telefoon controleert en haar uitscheldt. Mag ik VT om advies vragen terwijl de student eigenlijk niet wil dat ik iets doe?');
      expect(refuses.first).toMatch(/Op je vraag/);
      expect(refuses.first).not.toMatch(/daar heb ik geen vast antwoord op/);
      const waiting = await say('Leerkracht groep 5. Een meisje komt al weken zonder ontbijt en in vieze kleren, en zegt dat mama de hele dag slaapt. Moet ik echt wachten tot de IB\'er tijd heeft?');
      expect(waiting.first).toMatch(/ook voordat je met je aandachtsfunctionaris hebt overlegd/);
    });
  });

  describe('what the ninety-second and ninety-third rounds of blind messages showed', () => {
    it('gives a bruise on a baby "net gezien" at the consultatiebureau the step of today and letselduiding, not "bel nu 112"', async () => {
      const seen = await say('Net bij het consultatiebureau een baby van 6 weken gezien met een blauwe plek op zijn wang, vader zegt dat zijn zusje van 3 er met een blokje tegenaan kwam. Kan dat, of moet ik hier nu direct iets mee?');
      expect(seen.first).not.toMatch(/Wat je nu doet/);
      expect(seen.first).toMatch(/letselduiding/);
    });

    it('gives a Wmo consultant who saw a husband grab his wife\'s wrist advice today, not a Kindcheck', async () => {
      const seen = await say('Wmo-consulent hier. Bij het huisbezoek snauwde hij haar steeds af en greep hij een keer haar pols toen ze iets vergat; zij is zijn mantelzorger. Hoe pak ik dit op?');
      expect(seen.first).not.toMatch(/Doe de Kindcheck/);
      expect(seen.first).toMatch(/Vraag vandaag nog advies aan Veilig Thuis/);
    });

    it('answers "valt zo\'n vechtscheiding onder de meldcode?" with a child drawn into the fight, and taking no side', async () => {
      const seen = await say('Leerkracht groep 3. De ouders van een meisje liggen in een vechtscheiding en laten haar berichtjes doorgeven; vader wil een verklaring van mij voor de rechter. Valt zo\'n vechtscheiding eigenlijk onder de meldcode?');
      expect(seen.all).toMatch(/als ouders hun kind in hun strijd betrekken/);
      expect(seen.all).toMatch(/Kies geen partij/);
    });

    it('reads a student who "in de les" is exhausted beside an older boyfriend and gifts as loverboy signs, Veilig Thuis first', async () => {
      const seen = await say('Mentor mbo. Een studente van 16 heeft een vriend van 23 die haar met een dure auto ophaalt, en ze heeft ineens een tweede telefoon. In de les is ze doodmoe. Mag ik dit met haar moeder bespreken?');
      expect(seen.first).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('hears "is dit \'structureel onveilig\'?", "melden terwijl ik al in het gezin zit" and "wat betekent een melding voor mijn traject?"', async () => {
      const seen = await say('Jeugdhulpverlener. Sinds de scheiding staat vader steeds voor de deur bij moeder en stuurt hij haar tientallen berichten per dag; de kinderen plassen weer in bed. Is dit \'structureel onveilig\'? Moet ik melden terwijl ik toch al in het gezin zit? En wat betekent een melding voor mijn eigen traject?');
      expect(seen.first).toMatch(/Dat weeg je met de tweede afwegingsvraag|telt als structurele onveiligheid/);
      expect(seen.first).toMatch(/je eigen hulp loopt na een melding door/);
      expect(seen.first).toMatch(/Na een melding beoordeelt Veilig Thuis eerst/);
    });

    it('answers an intern begeleider whose melding was handed over and whose pupils see violence again that melding again is the norm', async () => {
      const seen = await say('IB\'er hier. Vorig voorjaar heb ik een melding bij Veilig Thuis gedaan over twee zusjes die zagen dat vader moeder sloeg; het ging naar het sociaal team. Nu vertelt de jongste dat papa weer heeft geslagen. Kan ik gewoon opnieuw melden of moet ik eerst het sociaal team bellen?');
      expect(seen.first).toMatch(/\(opnieuw\) melden bij Veilig Thuis de norm/);
    });
  });

  describe('what the ninety-fourth round of blind messages showed', () => {
    it('answers "moet ik haar ouders bellen??" from a student afraid of her family tonight with not the family first', async () => {
      const seen = await say('Een leerling van 17 appt me net dat ze niet naar huis durft: haar oom heeft gezegd dat ze het niet overleeft als ze thuiskomt, omdat ze een vriend heeft. Ze zit bij de bushalte. Moet ik haar ouders bellen??');
      expect(seen.first).toMatch(/Bespreek het nu niet eerst met de ouders of de familie/);
      expect(seen.first).not.toMatch(/hoort bij stap 3 van de meldcode/);
    });

    it('reads "het meisje van de ochtend … dat meisje is een collega van mij" as a suspected worker, with the route in care', async () => {
      const seen = await say('Ik werk in de thuiszorg. Een cliënte van 90 vertelde me dat de dame van de avond steeds geld uit haar tas pakt en haar hardhandig in bed duwt. Die dame is een collega van mij. Moet dit naar Veilig Thuis?');
      expect(seen.first).toMatch(/Een vermoeden over een medewerker: de route in Zorg/);
    });
  });

  describe('what the ninety-fifth round of blind messages showed', () => {
    it('tells a teacher who asks "niet voor mijn werk maar privé" about her neighbours the bystander\'s rule on her name', async () => {
      const seen = await say('Vraag, niet voor mijn werk maar privé: ik werk op een basisschool, maar dit gaat over mijn buren. Ik hoor bijna elke avond geschreeuw en gegil en laatst riep de vrouw dat hij moest ophouden. Kan ik bellen zonder dat ze weten dat het van mij komt?');
      expect(seen.all).toMatch(/alleen met jouw uitdrukkelijke toestemming/);
      expect(seen.all).not.toMatch(/Tegenover Veilig Thuis kun je als professional niet anoniem melden/);
    });

    it('reads a resident who is afraid when one worker of the night shift comes in, with bruises, as a suspected worker', async () => {
      const seen = await say('Ik ben verzorgende in een verpleeghuis. Een bewoner van 84 heeft blauwe plekken op zijn armen en wordt bang als een bepaalde collega van de avonddienst binnenkomt. Moet ik Veilig Thuis bellen?');
      expect(seen.first).toMatch(/Een vermoeden over een medewerker: de route in Zorg/);
    });
  });

  describe('what the ninety-sixth and ninety-seventh rounds of blind messages showed', () => {
    it('reads a bso colleague who grabs children by the neck as a suspected worker, with the child-care route', async () => {
      const seen = await say('Ik werk op een bso in Geleen. Mijn collega grijpt de kinderen bij hun nek als ze niet opruimen, vandaag moest een meisje van 7 ervan huilen. Wat moet ik doen?');
      expect(seen.first).toMatch(/Een vermoeden over een medewerker: de route in Kinderopvang/);
    });

    it('gives a pedagogisch medewerker on a woongroep the youth-care route to the IGJ, not the child-care route', async () => {
      const seen = await say('Ik ben pedagogisch medewerker op een woongroep voor jongeren in Heerlen. Een meisje van 14 zegt dat een collega haar gisteren hard tegen de muur heeft geduwd. Waar moet ik dit melden?');
      expect(seen.first).toMatch(/de route in Jeugdhulp/);
      expect(seen.first).toMatch(/Inspectie Gezondheidszorg en Jeugd/);
      expect(seen.first).not.toMatch(/vertrouwensinspecteur van de Inspectie van het Onderwijs/);
    });

    it('does not read a father who pushed the teacher as a suspected worker', async () => {
      const seen = await say('Net stormde een vader de school binnen, duwde de juf opzij en trekt nu zijn dochter mee naar buiten. Wat moet ik doen?');
      expect(seen.first).toMatch(/112/);
      expect(seen.all).not.toMatch(/Een vermoeden over een medewerker/);
    });

    it('does not tell a shelter worker to call 112 now about an ex who waits at the door at times', async () => {
      const seen = await say('Ik werk in de daklozenopvang. Een vrouw die hier slaapt wordt gevolgd door haar ex: hij staat soms \'s avonds bij de poort te wachten en heeft haar moeder bedreigd. Ze is bang dat het erger wordt. Moet ik iets met Veilig Thuis?');
      expect(seen.all).not.toMatch(/Bel nu 112/);
      expect(seen.all).toMatch(/Veilig Thuis/);
    });

    it('reads control of money between partners, with his children from an earlier marriage, as no forced marriage', async () => {
      const seen = await say('Ik ben budgetcoach. Bij een stel beheert hij alle rekeningen en zij krijgt vijftien euro per week. Zijn twee kinderen uit een eerder huwelijk wonen bij hen. Ze mag haar vriendinnen niet meer zien. Is dit huiselijk geweld?');
      expect(seen.all).not.toMatch(/Huwelijksdwang/);
    });

    it('answers "kan ik het aankaarten als zijn moeder en zus er weer bij zitten?" with speaking her alone, not the open talk of stap 3', async () => {
      const seen = await say('Ik ben wijkcoach. Een moeder van twee vertelde me huilend dat haar man haar geen geld geeft en haar uitscheldt. Zijn moeder en zus zitten bij elk huisbezoek aan tafel. Kan ik het volgende keer aankaarten als zijn moeder en zus er weer bij zitten?');
      expect(seen.all).toMatch(/Spreek je zorg niet uit waar degene bij is die je verdenkt/);
      expect(seen.all).not.toMatch(/In stap 3 bespreek je je zorgen open met de betrokkene/);
    });

    it('answers "mag ik advies vragen zonder dat mevrouw of haar dochter het weet?" with advice that needs no consent', async () => {
      const seen = await say('Ik ben thuiszorgmedewerker. Mevrouw van 88 zegt dat haar dochter haar pinpas heeft en er is nooit eten in huis. Mag ik advies vragen bij Veilig Thuis zonder dat mevrouw of haar dochter het weet?');
      expect(seen.all).toMatch(/Advies vragen aan Veilig Thuis kan zonder toestemming/);
    });

    it('answers a police officer who asks what Veilig Thuis can do that the police cannot', async () => {
      const seen = await say('Wijkagent hier. Een moeder heeft twee keer aangifte gedaan tegen haar ex, die haar blijft volgen en berichten stuurt aan haar zoon van 10. Wat kan Veilig Thuis hier doen wat wij niet kunnen?');
      expect(seen.all).toMatch(/veiligheidsbeoordeling/);
      expect(seen.first).not.toMatch(/Welkom bij de Veilig Thuis assistent/);
    });

    it('gives a trainer whose player says "als mijn vader hoort van mijn vriend" the honour route: not the parents first', async () => {
      const seen = await say('Ik ben trainer bij een volleybalclub. Een speelster van 15 mag van haar vader niet meer komen sinds ze met jongens praatte na de wedstrijd, en haar oom houdt haar in de gaten. Ze zei: als mijn vader hoort van mijn vriend, ben ik dood. Zal ik met haar ouders gaan praten?');
      expect(seen.all).toMatch(/Eergerelateerd geweld/);
      expect(seen.all).toMatch(/Bespreek je zorg niet eerst met de ouders of de familie/);
    });

    it('gives a threat made two weeks ago, with a rifle at home and no one near now, the acute card without "bel nu 112"', async () => {
      const seen = await say('Ik ben casemanager. Twee weken geleden zei de ex van mijn cliënte tegen haar nieuwe vriend "volgende keer schiet ik je neer". Hij heeft een jachtgeweer thuis. Hoort dit bij Veilig Thuis, als melding of als adviesvraag?');
      expect(seen.first).toMatch(/112/);
      expect(seen.all).not.toMatch(/Bel nu 112/);
    });
  });

  describe('what the ninety-eighth round of blind messages showed', () => {
    it('reads a stand-in whom the asker saw through a window yank a toddler as a suspected worker, with the child-care route', async () => {
      const seen = await say('Ik werk op een peutergroep. Er is sinds kort een nieuwe invalkracht. Vanmiddag zag ik door het raampje van de verschoonruimte dat ze een jongetje van 2 hard aan zijn arm van de commode trok. Bij wie meld ik dit?');
      expect(seen.first).toMatch(/Een vermoeden over een medewerker: de route in Kinderopvang/);
    });

    it('does not open with "bel nu 112" when a grandmother whispered at yesterday\'s pickup that the boyfriend shouts at home', async () => {
      const seen = await say('Ik ben juf van groep 4. Gisteren kwam opa haar ophalen en hij vertelde, half fluisterend, dat de nieuwe vriend van mama veel schreeuwt en dat ze bij hem logeert als het thuis weer mis is. Wat schrijf ik op?');
      expect(seen.all).not.toMatch(/Bel nu 112/);
    });

    it('answers "kan ik haar later bellen?" about a mother whose partner never left her side with speaking her alone', async () => {
      const seen = await say('Jeugdverpleegkundige hier. Een moeder van een baby had vandaag een gezwollen wang, ze zei dat ze was gestruikeld. Haar man bleef de hele tijd naast haar en liet haar geen vraag zelf beantwoorden. Kan ik haar morgen bellen, of is dat niet verstandig?');
      expect(seen.all).toMatch(/Spreek je zorg niet uit waar degene bij is die je verdenkt/);
    });

    it('answers "mag ik de ex vertellen wat ik gezien heb?" with the rule that sharing with others needs consent', async () => {
      const seen = await say('Ik ben ambulant begeleider. Mijn cliënt drinkt en bij het huisbezoek had zijn vriendin een blauw oog. Zijn ex, de moeder van zijn zoontje, belde me of het daar veilig is. Mag ik de ex vertellen wat ik gezien heb?');
      expect(seen.all).toMatch(/in principe eerst toestemming/);
    });

    it('reads "het loopt soms uit de hand als we gedronken hebben" beside a hole in a door as harm that repeats', async () => {
      const seen = await say('Ik werk in de verslavingszorg. Bij mijn cliënt thuis zat een gat in de keukendeur en zijn vriendin had een dikke wang. Hij zei zelf dat het soms uit de hand loopt als ze allebei gedronken hebben. Haar dochter van 8 woont daar ook. Moet dit naar Veilig Thuis?');
      expect(seen.all).toMatch(/Je beschrijft iets wat zich herhaalt of al langer duurt/);
    });

    it('does not read a student who cut his finger with a chef\'s knife in a cooking class as self-harm', async () => {
      const seen = await say('Bij ons op de koksopleiding sneed een student zich vanochtend in zijn duim met een koksmes. Hij is naar de huisarts geweest. Moet ik dit registreren?');
      expect(seen.first).not.toMatch(/Direct levensgevaar|Is iemand nu in gevaar/);
      expect(seen.all).not.toMatch(/113/);
    });

    it('does not read a letter to all parents about meisjesbesnijdenis before the summer as a departure', async () => {
      const seen = await say('We willen voor de zomervakantie een brief naar alle ouders sturen over meisjesbesnijdenis. Wat zet ik erin?');
      expect(seen.first).not.toMatch(/Direct levensgevaar|Is iemand nu in gevaar/);
      expect(seen.first).not.toMatch(/Wat ik lees/);
      expect(seen.first).toMatch(/Vrouwelijke genitale verminking/);
    });

    it('tells who arranges a mother\'s request to see what was reported: she asks Veilig Thuis itself', async () => {
      const seen = await say('Een moeder wil inzage in het dossier van Veilig Thuis over haar gezin. Mag dat en wie regelt dat?');
      expect(seen.all).toMatch(/Die persoon dient het verzoek in bij Veilig Thuis/);
    });
  });

  describe('what the ninety-ninth round of blind messages showed', () => {
    it('reads a father who would take the children with him and die too as danger now, with 113', async () => {
      const seen = await say('Gezinscoach hier. Een vader appte me net: als jullie ze weghalen, neem ik ze mee en ga ik er zelf ook aan. De kinderen van 3 en 5 zijn nu bij hem. Wat doe ik?');
      expect(seen.first).toMatch(/Bel nu 112/);
      expect(seen.first).toMatch(/113/);
    });

    it('hears "valt een mondzorgpraktijk onder de meldcode?" and "is zo\'n gebit al reden om te melden?" beside a child with untreated teeth', async () => {
      const seen = await say('Ik werk bij een mondhygiënistenpraktijk. Een meisje van 7 heeft al maanden ontstoken kiezen en komt steeds niet op de afspraak. Valt een mondzorgpraktijk eigenlijk onder de meldcode? En is zo\'n gebit al reden om te melden?');
      expect(seen.all).toMatch(/De Wet verplichte meldcode geldt voor organisaties en hun beroepskrachten in de gezondheidszorg/);
      expect(seen.all).toMatch(/Verwaarlozing is ook kindermishandeling/);
      expect(seen.all).not.toMatch(/Ook zonder slaan kan het huiselijk geweld zijn/);
    });

    it('answers a mentor who already promised "dat het tussen ons blijft" with no secrecy and saying honestly what happens', async () => {
      const seen = await say('Een leerling van 13 vertelde dat zijn vader hem slaat. Ik heb hem beloofd dat het tussen ons blijft. Heb ik een fout gemaakt?');
      expect(seen.all).toMatch(/Ga terug naar degene aan wie je het beloofde/);
    });

    it('answers "mag je die stap ook overslaan?" about the talk with the parents with when stap 3 may be skipped', async () => {
      const seen = await say('in welke stap vande meldcode zit het gesprek met de ouders, en mag je die stap ook overslaan als je bang bent dat ze boos worden?');
      expect(seen.all).toMatch(/Wanneer mag je dit gesprek overslaan\? Alleen om veiligheidsredenen|Alleen het gesprek van stap 3 mag je overslaan, en alleen om de veiligheid/);
    });

    it('answers "is het verstandig dat ik haar moeder zelf aanspreek?" after a child told of harm with Veilig Thuis first', async () => {
      const seen = await say('Ik ben leerkracht. Een meisje van 9 zegt dat haar stiefvader haar uitscheldt en opsluit op haar kamer. Is het verstandig dat ik haar moeder daar morgen zelf op aanspreek?');
      expect(seen.all).toMatch(/Nu nog niet/);
    });

    it('answers a volunteer who asks "wat kan ik doen zonder het erger te maken?" with speaking her alone', async () => {
      const seen = await say('Ik schenk koffie bij de inloop van de kerk. Een vrouw heeft steeds blauwe plekken en kijkt angstig naar de deur als haar man komt. Wat kan ik doen zonder het voor haar erger te maken?');
      expect(seen.all).toMatch(/Spreek je zorg niet uit waar degene bij is die je verdenkt/);
    });

    it('gives a child who would "liever dood zijn", with a safe home, the route for suicide with 113', async () => {
      const seen = await say('Een meisje van 10 zei in de klas dat ze liever dood zou zijn. Thuis lijkt het goed te gaan. Wat moet ik doen?');
      expect(seen.all).toMatch(/113 Zelfmoordpreventie/);
    });

    it('finds the telephone number of Veilig Thuis when asked as "tel nr"', async () => {
      const seen = await say('wat is het tel nr van veilig thuis?');
      expect(seen.first).toMatch(/Hoe bereik ik Veilig Thuis\?/);
    });
  });

  describe('what the hundredth round of blind messages showed', () => {
    it('tells a youth worker who asks what to do now, with a boy who cannot go home because dealers come tonight, to call 112 now', async () => {
      const seen = await say('Ik ben jongerenwerker en zit nu met een jongen van 15 in de soos. Hij heeft een blauw oog en schulden bij jongens voor wie hij dealt. Ze appten hem dat ze vannacht naar zijn huis komen, waar zijn moeder en broertje zijn. Hij durft niet naar huis. Wat moet ik nu doen?');
      expect(seen.first).toMatch(/Wat je nu doet/);
      expect(seen.first).not.toMatch(/Is er nu geen direct gevaar\?/);
    });

    it('gives a day-care worker whose colleague hurt a toddler last week the child-care route, without "bel nu 112" as the step', async () => {
      const seen = await say('Ik werk op een kinderdagverblijf. Vorige week dinsdag trok een collega een jongetje van anderhalf aan één arm van de commode. Donderdag vroeg zijn moeder naar de blauwe plek en mijn collega zei dat hij tegen de kast was gelopen. Moet dit naar Veilig Thuis of ergens anders heen?');
      expect(seen.first).toMatch(/de route in Kinderopvang/);
      expect(seen.first).not.toMatch(/Wat je nu doet/);
    });

    it('reads a pharmacy assistant as a professional in care, not as a volunteer', async () => {
      const seen = await say('Ik ben apothekersassistente. Een vaste klant van 50 komt steeds met blauwe plekken en haar man haalt haar slaapmiddelen op. Geldt de meldcode eigenlijk ook voor een apotheek?');
      expect(seen.all).not.toMatch(/Ook als je geen beroepskracht bent/);
      expect(seen.all).toMatch(/De Wet verplichte meldcode geldt voor organisaties en hun beroepskrachten in de gezondheidszorg/);
    });

    it('answers "moet ik haar huisarts inschakelen vanwege die uitspraak?" after a mother said she does not want to go on', async () => {
      const seen = await say('Ik ben jeugdverpleegkundige. Een moeder van een baby van 3 maanden zei vanochtend dat ze soms niet meer wil. Moet ik haar huisarts inschakelen vanwege die uitspraak?');
      expect(seen.all).toMatch(/113/);
      expect(seen.all).not.toMatch(/daar heb ik geen vast antwoord op/);
    });

    it('answers "geld de meldcode ook voor ouderenmishandeling?" with yes', async () => {
      const seen = await say('geld de meldcode ook voor ouderenmishandeling of alleen voor kindermishandeling? ik werk in de thuiszorg en zie een meneer van 88 met een zoon die zijn geld beheert');
      expect(seen.all).toMatch(/De meldcode geldt ook in de ouderenzorg|ouderenmishandeling hoort daarbij/);
    });
  });

  describe('what the hundred-and-first round of blind messages showed', () => {
    it('reads a threat to a woman in the shelter whose ex knows where she is as danger now, though the asker works in the shelter', async () => {
      const seen = await say('Ik werk in de vrouwenopvang. Een bewoonster kreeg net een bericht van haar ex: hij weet waar ze zit en hij maakt het vandaag af. Wat doen we eerst?');
      expect(seen.first).toMatch(/Bel nu 112/);
    });

    it('answers "mag ik haar iets terugzeggen?" about a client\'s ex with the rule on sharing, not with feedback from Veilig Thuis', async () => {
      const seen = await say('Ik ben casemanager in de verslavingszorg. De ex-vrouw van mijn cliënt belde of de kinderen wel veilig zijn bij hem in het weekend, hij drinkt veel. Mag ik haar überhaupt iets terugzeggen?');
      expect(seen.all).toMatch(/in principe eerst toestemming/);
      expect(seen.all).not.toMatch(/Veilig Thuis koppelt minstens twee keer terug/);
    });

    it('hears "moet ik de ouders altijd eerst inlichten voor ik meld?"', async () => {
      const seen = await say('moet ik als mentor de ouders altijd eerst inlichten voor ik meld? ook als dat onveilig is voor de leerling?');
      expect(seen.all).toMatch(/In principe wel|tenzij de veiligheid|veiligheid van het kind/);
      expect(seen.all).not.toMatch(/daar heb ik geen vast antwoord op/);
    });

    it('answers "mogen we haar dan meegeven?" after a father came in drunk with the rule for an unsafe pickup', async () => {
      const seen = await say('Wij zijn een peuteropvang. Gisteren kwam een vader duidelijk dronken met de auto zijn dochter van 3 halen. Wat doen we als hij weer zo binnenkomt, mogen we haar dan meegeven?');
      expect(seen.all).toMatch(/Houd het kind dan bij je op een veilige plek/);
    });
  });

  describe('what the hundred-and-second round of blind messages showed', () => {
    it('does not read a son-in-law at home as a suspected worker when a nurse introduces herself before a colon', async () => {
      const seen = await say('Wijkverpleegkundige in Heerlen: cliënte van 86 zegt dat haar schoonzoon haar uitscheldt en haar soms niet laat eten. Wat nu?');
      expect(seen.all).not.toMatch(/Een vermoeden over een medewerker/);
    });

    it('does not read "een collega van de late dienst zegt dat opa …" as a suspected worker', async () => {
      const seen = await say('Ik werk op een kdv. Een peuter komt al weken met een natte luier van de hele nacht binnen en eet alsof hij dagen niks had. Een collega van de late dienst zegt dat opa vertelde dat zijn dochter het niet trekt. Wat schrijf ik op?');
      expect(seen.all).not.toMatch(/Een vermoeden over/);
    });

    it('does not read a drunk father who shouts at "mn collega" as a suspected worker', async () => {
      const seen = await say('ik sta op de bso, een vader is dronken en wil zijn kinderen in de auto zetten. hij staat nu te schreeuwen tegen mn collega en trekt aan de jas van de oudste. wat doe ik nu??');
      expect(seen.first).toMatch(/Bel nu 112/);
      expect(seen.all).not.toMatch(/Een vermoeden over/);
    });

    it('reads a girl of 14 in a car to a hotel who "vanavond moet werken om haar schuld af te betalen" as danger now', async () => {
      const seen = await say('Ik werk op een leefgroep. Een meisje van 15 appte net dat ze bij een man in de auto zit op weg naar een hotel en dat ze vanavond moet werken om haar schuld af te betalen. Wat doe ik eerst?');
      expect(seen.first).toMatch(/Bel nu 112/);
    });

    it('does not read a mother who was cut as a girl herself, with a newborn son, as a departure', async () => {
      const seen = await say('Een kraamvrouw vertelde me dat ze als klein meisje in Somalië besneden is. Ze heeft nu een zoon gekregen. Moet ik hier iets mee?');
      expect(seen.first).not.toMatch(/Direct levensgevaar|Is iemand nu in gevaar/);
    });

    it('does not give "bel nu 112" to a volunteer trainer about bruises seen three times', async () => {
      const seen = await say('ik ben vrijwillig trainer bij een hockeyclub. een meisje van 10 heeft al 3x blauwe plekken op haar armen en haar moeder is erg agressief langs de lijn. kan ik als vrijwilliger zelf iets doen?');
      expect(seen.all).not.toMatch(/Bel nu 112/);
    });
  });

  describe('what the hundred-and-third round of blind messages showed', () => {
    it('reads a resident who says "die man doet pijn" whenever one night-shift colleague is mentioned as a suspected worker', async () => {
      const seen = await say('Ik ben verzorgende in een verpleeghuis. Een bewoonster van 87 zegt \'hij doet pijn\' zodra een bepaalde nachtdienstcollega ter sprake komt, en ze heeft een blauwe plek op haar arm. Moet dit naar Veilig Thuis?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in Zorg/);
    });

    it('does not read a demented father as a child', async () => {
      const seen = await say('wmo consulent. de dochter schreeuwde tegen haar demente vader dat hij vanavond geen eten krijgt als hij zo doet. is dat al mishandeling of gewoon overbelast?');
      expect(seen.all).not.toMatch(/Het gaat om een kind\b/);
    });

    it('hears "is dit het moment om alsnog te melden?" when three months of help changed little', async () => {
      const seen = await say('Ik ben IB\'er. Een leerling verzuimt, heeft vieze kleren en geen eten mee. Moeder kreeg hulp van het wijkteam, maar drie maanden later is er weinig veranderd. Is dit het moment om alsnog bij Veilig Thuis te melden?');
      expect(seen.all).not.toMatch(/Melden hoeft nu nog niet vast te staan/);
      expect(seen.all).not.toMatch(/daar heb ik geen vast antwoord op/);
    });
  });

  describe('what the hundred-and-fourth round of blind messages showed', () => {
    it('does not read an uncle who takes photos of a girl in the bath as a suspected worker because a colleague is named', async () => {
      const seen = await say('Ik werk op een bso. Een meisje van 6 zei dat oom Kees foto\'s van haar maakt in bad, dat het een geheimpje is en dat ze dan snoep krijgt. Oom woont bij het gezin in. Mijn collega wil het meteen aan moeder vertellen. Wat moet ik doen?');
      expect(seen.all).not.toMatch(/Een vermoeden over/);
    });

    it('does not read a grandson who volunteers in the home and heard shouting as a suspected worker', async () => {
      const seen = await say('Ik ben teamleider in een verpleeghuis. Een bewoonster van 90 is na elk bezoek van haar zoon van slag en zegt dat ze moet tekenen voor het huis. Een kleinzoon die bij ons vrijwilliger is heeft geschreeuw gehoord op haar kamer. Is dit iets voor Veilig Thuis?');
      expect(seen.all).not.toMatch(/Een vermoeden over/);
    });
  });

  describe('what the hundred-and-sixth round of blind messages showed', () => {
    it('reads a jongeman of about twenty who collects a girl of 14 and buys her things as signs of exploitation, whatever the school already did', async () => {
      const seen = await say('Ik ben mentor op een vmbo. Een meisje van 14 wordt na school opgehaald door een jongeman van een jaar of 21, ze heeft ineens dure kleren en blijft \'s nachts weg. Leerplicht heeft inmiddels een verzuimmelding van ons. Moeten we haar ouders inlichten?');
      expect(seen.all).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('reads a boyfriend "van rond de dertig" of a young woman with a mild disability as an adult lover', async () => {
      const seen = await say('Ik begeleid jongvolwassenen in een woonvoorziening. Een cliënte van 18 met een licht verstandelijke beperking heeft een \'vriend\' van rond de dertig die haar ophaalt in een dure auto, en ze blijft hele weekenden weg. Wat kunnen wij doen?');
      expect(seen.all).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
    });

    it('gives the school route when a stand-in "aan ze zit" while helping girls get changed', async () => {
      const seen = await say('Ik ben intern begeleider. Twee meisjes uit groep 8 zeggen dat de invaller na het zwemmen helpt met omkleden en dan aan ze zit. De directeur wil het eerst zelf uitzoeken. Wat moet ik doen?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in Onderwijs/);
    });

    it('gives the care route when harm by "die met de baard" is told first and "die collega" comes after', async () => {
      const seen = await say('Ik werk in een verpleeghuis. Een bewoner van 88 vertelde dat \'die met de baard\' hem ruw uit bed had gesleurd en hem had uitgescholden. Hij heeft een blauwe plek op zijn arm. Die collega werkt vannacht weer. Wat moet ik doen?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in Zorg/);
    });

    it('gives a sports club the route for clubs, not for care, when the asker says "wij zijn geen school of zorginstelling"', async () => {
      const seen = await say('Ik ben jeugdcoördinator bij een hockeyclub. Een trainer stuurt een meisje van 14 laat op de avond appjes met complimentjes over haar lichaam en vraagt om foto\'s. Wij zijn geen school of zorginstelling, dus wat nu?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in (?!Zorg)/);
      expect(seen.all).not.toMatch(/Wkkgz/);
    });

    it('does not read a doctor who wants the X-rays looked at as a suspected worker', async () => {
      const seen = await say('Ik ben verpleegkundige op de spoedeisende hulp. Een baby van 10 maanden heeft een breuk in zijn arm en de ouders vertellen allebei iets anders. De arts wil de foto\'s eerst door de radioloog laten beoordelen. Moeten we de ouders vertellen dat we Veilig Thuis bellen?');
      expect(seen.all).not.toMatch(/Een vermoeden over een medewerker/);
    });

    it('tells a nurse not to confront a son "er in het gesprek mee", where money of an older woman disappears', async () => {
      const seen = await say('Ik ben verpleegkundige in het ziekenhuis. Een patiënte van 84 gaat binnenkort naar huis. Haar kleindochter vertelt dat er duizenden euro\'s van haar rekening zijn verdwenen sinds de zoon haar geld regelt. Moet ik de zoon er in het overleg over het ontslag mee confronteren?');
      expect(seen.all).toMatch(/financiële uitbuiting/);
      expect(seen.all).toMatch(/Spreek niemand aan die je verdenkt/);
    });
  });

  describe('what the hundred-and-seventh round of blind messages showed', () => {
    it('gives the child-care route when a colleague takes a girl to the office "met de deur dicht" with a hand under her shirt', async () => {
      const seen = await say('Ik werk op een kinderdagverblijf. Een collega neemt elke middag hetzelfde meisje van 4 apart in het kantoortje met de deur dicht. Vanochtend zag ik dat ze bij hem op schoot zat met zijn hand onder haar shirt. Moet ik eerst met de ouders praten?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in Kinderopvang/);
    });

    it('does not read a teacher whose words a guardian passes on ("vertelde Sems juf mij") as a suspected worker', async () => {
      const seen = await say('Ik ben jeugdbeschermer bij een gezin met een ondertoezichtstelling. Gisteren vertelde Sems juf mij dat hij in de kring zei: \'de vriend van mama heeft papa geslagen\'. Doe ik nog een melding bij Veilig Thuis of is advies genoeg?');
      expect(seen.all).not.toMatch(/Een vermoeden over een medewerker/);
    });

    it('does not tell a team to call 112 now when a neighbour hears shouting "bijna elke nacht" at a family', async () => {
      const seen = await say('Een buurvrouw belde ons wijkteam: bij een gezin met twee schoolkinderen hoort ze bijna elke nacht geschreeuw en laatst gebonk tegen de muur. Wat kunnen wij doen?');
      expect(seen.all).not.toMatch(/Bel nu 112 en zeg wat er gebeurt/);
      expect(seen.first).toMatch(/112/);
    });
  });

  describe('what the hundred-and-eighth round of blind messages showed', () => {
    it('does not read "de juf van groep 6 heeft … een blauwe plek gezien" as a suspected worker', async () => {
      const seen = await say('Ik ben intern begeleider. Een jongen zegt dat de nieuwe vriend van zijn moeder hem aan zijn haren trekt. De juf van groep 6 heeft gisteren ook een blauwe plek bij zijn oor gezien. Moet ik eerst met moeder praten?');
      expect(seen.all).not.toMatch(/Een vermoeden over een medewerker/);
    });

    it('gives the school route when an onderwijsassistent takes a girl "steeds apart" to a room whose door was locked', async () => {
      const seen = await say('Ik ben leerkracht in het speciaal onderwijs. Een onderwijsassistent neemt een meisje van 10 steeds apart mee naar de rustruimte. Gisteren zat de deur op slot. Mag ik eerst zelf met hem praten?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in Onderwijs/);
    });

    it('gives the care route when a colleague "(verz. ig)" held a client\'s wrists and swore at her', async () => {
      const seen = await say('Ik ben teamleider thuiszorg. Een collega (verpl. ig) heeft volgens een leerling bij een cliënte van 88 haar armen hard vastgehouden en haar uitgescholden. Is dit iets voor de meldcode of voor HR?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in Zorg/);
    });
  });

  describe('what the hundred-and-tenth round of blind messages showed', () => {
    it('tells a practice assistant not to tell an adult patient\'s father anything without her consent, where he called the practice', async () => {
      const seen = await say('Ik werk als assistente bij een huisarts in Sittard. Mevrouw (29) kwam gisteren met een gekneusde schouder, ze zei dat ze van de fiets was gevallen. Vanmorgen belde haar vader naar de praktijk, hij maakt zich grote zorgen over haar man. Mag ik haar vader vertellen wat ik gezien heb?');
      expect(seen.all).toMatch(/vertel je die niets over je patiënt of cliënt zonder diens toestemming/);
      expect(seen.all).toMatch(/zelf Veilig Thuis kan bellen/);
      expect(seen.all).not.toMatch(/leg uit waarom, noem wat je zag en vraag hun reactie/);
    });

    it('reads a torn lip and a plaster cast with a partner who answers every question as injury and control', async () => {
      const seen = await say('Ik ben praktijkverpleegkundige. Een vrouw van 40 kwam met een gescheurde lip, \'tegen de kastdeur\', en vorig jaar zat haar arm in het gips. Haar man gaf antwoord op iedere vraag die ik haar stelde. Wat moet ik hiermee?');
      expect(seen.all).toMatch(/letsel of een verwonding/);
      expect(seen.all).toMatch(/controle/i);
    });

    it('answers "kan dat eigenlijk?" after bruises explained by a fall as the question whether the story fits the injury', async () => {
      const seen = await say('Jongetje van 2 op het consultatiebureau met blauwe plekken op allebei zijn wangen, vader zegt dat hij van de bank is gevallen. Kan dat eigenlijk wel?');
      expect(seen.all).toMatch(/Of het verhaal klopt, hoef je niet zelf uit te zoeken/);
    });

    it('answers a wijkteam that asks whether it can carry on itself or must report with the weighing of help and melden', async () => {
      const seen = await say('Sociaal team Brunssum. Vader drinkt al jaren, moeder werkt veel en de oudste van 14 zorgt voor de kleintjes. De buren horen vaak geschreeuw. Mogen wij hier zelf mee verder of moeten we dit bij Veilig Thuis melden?');
      expect(seen.all).toMatch(/kun je zelf genoeg hulp bieden of regelen/);
    });

    it('gives 113 in English where a woman whose partner keeps her passport mentions not wanting to live anymore', async () => {
      const seen = await say('Hello, I am a nurse at the university clinic and I do not speak Dutch well. A patient (27) said her husband takes her bank card and does not let her see her friends. She also said she keeps thinking about not wanting to live anymore. What do I do?');
      expect(seen.all).toMatch(/113 Zelfmoordpreventie/);
      expect(seen.all).toMatch(/Veilig Thuis/);
    });
  });

  describe('what the hundred-and-eleventh round of blind messages showed', () => {
    it('does not tell a volunteer to call 112 now when a woman said "hij slaat me als het eten niet klaar is" while her husband was outside', async () => {
      const seen = await say('Ik help als vrijwilliger bij het taalcafé in Heerlen. Vanmiddag was haar man even buiten en toen zei een deelneemster zachtjes tegen me \'hij slaat me als het eten niet klaar is\'. Ze had een blauwe plek op haar arm. Wat moet ik nu doen?');
      expect(seen.first).toMatch(/112/);
      expect(seen.all).not.toMatch(/Bel nu 112 en zeg wat er gebeurt/);
    });

    it('does not tell a ward nurse to call 112 now for a toddler with a fracture who stays in hospital tonight', async () => {
      const seen = await say('SEH Sittard, avonddienst. Jongetje van 15 maanden binnengebracht door moeder en haar vriend met een gezwollen pols, de foto laat een breuk zien. Volgens moeder is hij van de bank gevallen, volgens de vriend bleef hij haken in het traphekje. Hij heeft ook kleine blauwe plekken achter zijn oor. De oma zei in de wachtkamer dat er vaker iets met hem gebeurt sinds die man er woont. Hij blijft vannacht voor pijnstilling. Wie belt Veilig Thuis?');
      expect(seen.first).toMatch(/112/);
      expect(seen.all).not.toMatch(/Bel nu 112 en zeg wat er gebeurt/);
    });

    it('answers "wat doe ik met wat ze zei?" after a girl says she does not see why she is still here with 113', async () => {
      const seen = await say('Ik ben jongerenwerker in Kerkrade. Een meisje van 15 zei gisteren tegen me \'ik snap niet waarom ik er nog ben\'. Thuis gooit haar stiefvader met spullen als hij gedronken heeft. Wat doe ik met wat ze zei?');
      expect(seen.all).toMatch(/113/);
      expect(seen.all).toMatch(/Neem een opmerking over niet meer willen leven altijd serieus/);
    });

    it('tells a worker that a woman who told of violence herself hears first that Veilig Thuis will be called, not that the family waits', async () => {
      const seen = await say('Ik ben gezinscoach in Landgraaf. Een moeder van drie vertelde me gisteren dat haar man haar twee weken geleden bij haar keel vastpakte. Ze wil niet dat ik iets doe. Moet ik het haar eerst vertellen voordat ik Veilig Thuis bel?');
      expect(seen.all).toMatch(/\*\*Op je vraag:\*\* In principe (?:vooraf|wel)/);
      expect(seen.all).not.toMatch(/Bespreek het nu niet eerst met de ouders/);
      expect(seen.all).not.toMatch(/Bel nu 112 en zeg wat er gebeurt/);
    });

    it('gives the norm for melden when a mother came under the influence to pick up her daughter for the third time this month', async () => {
      const seen = await say('Moeder van een meisje van 7 op onze bso in Beek kwam gisteren weer onder invloed haar dochter ophalen, de derde keer deze maand. Advies vragen of meteen melden?');
      expect(seen.all).toMatch(/structurele onveiligheid/);
      expect(seen.all).not.toMatch(/bespreek het deze week/);
    });

    it('reads a partner who keeps both bank cards as control between adults, not as a forced marriage, and answers whether advice needs consent', async () => {
      const seen = await say('Ik ben budgetcoach in Stein. Bij een cliënte heeft haar man beide pinpassen en ze moet elk bonnetje laten zien. Ik twijfel of dit onder huiselijk geweld valt of dat het gewoon een slecht huwelijk is. Mag ik Veilig Thuis om advies vragen zonder dat ik het eerst aan haar vraag?');
      expect(seen.all).not.toMatch(/Huwelijksdwang/);
      expect(seen.all).toMatch(/Advies vragen aan Veilig Thuis kan zonder toestemming/);
      expect(seen.all).toMatch(/Ook zonder slaan kan het huiselijk geweld zijn/);
    });

    it('names exploitation in English when an employer who is also the landlord keeps a worker\'s passport and wages', async () => {
      const seen = await say('Hello, I volunteer at a church in Heerlen. A young man from Romania told me his boss is also his landlord, keeps his passport and pays him almost none of his wages. Who can I contact?');
      expect(seen.all).toMatch(/exploitation or human trafficking/);
    });
  });

  describe('what the hundred-and-eleventh round showed about a worker of a care provider', () => {
    it('gives the route for a worker when a Wmo consultant says it is about "een medewerker", not the family, who grabs a woman of 81 by the wrist', async () => {
      const seen = await say('Ik ben Wmo-consulent. Een mevrouw van 81 zegt dat de thuishulp haar hard bij de pols pakt als ze te langzaam is. Het gaat dus niet om de familie maar om een medewerker van de aanbieder. Volg ik de meldcode?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in/);
      expect(seen.all).toMatch(/een oudere/);
    });
  });

  describe('what the hundred-and-twelfth round of blind messages showed', () => {
    it('gives the school route when a supply teacher ("invalleerkracht") touches girls too long while they change', async () => {
      const seen = await say('Ik ben directeur van een basisschool. Ouders vertellen dat de invalleerkracht de meisjes van groep 7 bij het omkleden te lang aanraakt. Mag ik hem er eerst zelf op aanspreken?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in Onderwijs/);
    });

    it('gives the child-care route when a child says "de grote jongen" hurts her, and the gastouder\'s son lives in', async () => {
      const seen = await say('Ik werk bij een gastouderbureau. Een meisje van 4 zegt thuis dat \'de grote jongen\' haar pijn doet bij het plassen. Bij de gastouder woont haar zoon van 17 ook in. Wat moeten wij doen?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in Kinderopvang/);
    });

    it('gives 113 first when a customer who stocks up on sleeping pills says she will not have to hold out much longer', async () => {
      const seen = await say('Apotheek Heerlen. Een vrouw haalt al weken steeds slaaptabletten op en zei vandaag zachtjes \'zo hoef ik het niet lang meer uit te houden\'. Moet ik hier iets mee?');
      expect(seen.first).toMatch(/112/);
      expect(seen.all).toMatch(/113/);
    });

    it('reads "Sem is 5 en …" as a child, not grandpa as the older person the worry is about', async () => {
      const seen = await say('Ik ben tandarts. Sem is 5 en heeft overal gaatjes, de ouders komen steeds niet op afspraken. Vandaag bracht opa hem. Moet ik melden of eerst met de ouders praten?');
      expect(seen.all).toMatch(/Het gaat om (?:een kind|een jong kind)/);
      expect(seen.all).not.toMatch(/een oudere/);
    });

    it('tells a practice assistant what she may say when the mother of an adult patient calls again', async () => {
      const seen = await say('Ik ben assistente bij de huisarts. Lisa (29) had een blauwe plek in haar nek die ze onder haar sjaal wegstopte. Haar moeder belde vorige week al ongerust. Wat mag ik zeggen als haar moeder weer belt?');
      expect(seen.all).toMatch(/vertel je die niets over je patiënt of cliënt zonder diens toestemming/);
    });

    it('reads a father who stopped his medication and thinks the neighbours listen in through the tv as a parent in crisis', async () => {
      const seen = await say('Ik ben begeleider beschermd wonen. Een cliënt is gestopt met zijn medicatie, slaapt niet meer en zegt dat de buren hem via de tv afluisteren. Zaterdag is zijn zoontje van 5 weer de hele dag bij hem. Moet ik hier iets mee?');
      expect(seen.all).toMatch(/Een ouder in een acute crisis, zoals een psychose/);
    });
  });

  describe('what the hundred-and-thirteenth round of blind messages showed', () => {
    it('reads fingerprints on both upper arms after a visit as an injury, not a question about afweging 1', async () => {
      const seen = await say('Cliënt met dementie in Sittard heeft na het bezoek van haar zoon weer vingerafdrukken op beide bovenarmen. Wat doe ik eerst?');
      expect(seen.all).toMatch(/letsel of een verwonding/);
      expect(seen.all).not.toMatch(/Afweging 1: Vermoeden/);
    });

    it('gives Veilig Thuis first, with 113 beside it, when a girl who harms herself has a "vriend" of 23 who buys her gifts and picks her up', async () => {
      const seen = await say('Ik ben behandelaar in de jeugd-ggz. Een meisje van 14 die zichzelf snijdt, vertelde over een vriend van 23 die haar met de auto van school haalt en dure kleren voor haar koopt. Ze moest laatst ook met zijn vrienden mee. Moet ik eerst met haar moeder praten?');
      expect(seen.all).toMatch(/Mensenhandel, loverboy- of pooierboyproblematiek/);
      expect(seen.all).toMatch(/113/);
      expect(seen.all).not.toMatch(/In principe wel: je bespreekt met de ouders/);
    });

    it('asks after the children when a client whose husband controls her phone and calls her names has two children of 3 and 8', async () => {
      const seen = await say('Ik ben schuldhulpverlener. Een cliënte van 35 vertelde dat haar man haar telefoon controleert en haar voortdurend uitscheldt. Ze hebben twee kinderen van 3 en 8. Wat moet ik doen?');
      expect(seen.all).toMatch(/Kindcheck/);
    });
  });

  describe('what the hundred-and-fourteenth round of blind messages showed', () => {
    it('does not tell a youth worker to call 112 now when a family "nu weer afglijdt", with no food on the days of her visits', async () => {
      const seen = await say('Ik ben gezinscoach in Heerlen en begeleid een moeder met drie jonge kinderen. Eerst ging het beter, maar nu zie ik het weer achteruitgaan: vieze luiers, geen eten in huis op de dagen dat ik kom, de oudste verzuimt veel. Is dit het moment om te melden, ook al ben ik zelf de hulpverlener?');
      expect(seen.all).toMatch(/Dat weeg je in de laatste stappen van de meldcode/);
      expect(seen.all).not.toMatch(/Bel nu 112 en zeg wat er gebeurt/);
    });

    it('gives the child-care route when the gastouder lives "met haar man en haar zoon van 16" and a girl says the boy asked her to undress', async () => {
      const seen = await say('Ik werk bij een gastouderbureau. Een meisje van 5 vertelde thuis dat de jongen bij de gastouder haar vroeg haar broek uit te doen. De gastouder woont daar met haar man en haar zoon van 16. Mag ik de gastouder alvast waarschuwen?');
      expect(seen.all).toMatch(/Een vermoeden over een medewerker: de route in Kinderopvang/);
    });

    it('gives Veilig Thuis first when a young mother may not even shower alone and types that telling means trouble with the family', async () => {
      const seen = await say('Kraamafdeling. Een moeder van 19 mag van hen niet eens alleen douchen, de schoonmoeder vertaalt alles. Toen we even alleen waren, schreef ze: niet zeggen, anders problemen met familie. Moet ik de familie erop aanspreken?');
      expect(seen.all).toMatch(/Eergerelateerd geweld/);
      expect(seen.all).toMatch(/Bespreek je zorg niet eerst met de ouders of de familie/);
    });
  });

  describe('other languages', () => {
    it('gives an English coach of a girl who cuts herself, with caring parents, 113 and the huisarts, not the Veilig Thuis steps', async () => {
      const seen = await say(
        'Hi, I coach an U16 football team in Heerlen and my Dutch is poor. One of my players has cuts on her arm and told me she sometimes wishes she wasn\'t here anymore. Her parents are lovely and supportive. What should I do?',
      );
      expect(seen.all).toMatch(/113 Zelfmoordpreventie/);
      expect(seen.all).toMatch(/huisarts/);
      expect(seen.all).not.toMatch(/reporting code \(meldcode\) in five steps/);
      expect(seen.all).not.toMatch(/Do not raise it first with the person you suspect/);
    });

    it('answers an English volunteer who asks "Veilig Thuis or the police?" first, before the general steps', async () => {
      const seen = await say(
        'Hello, I volunteer at a homework club in Heerlen. A boy of 16 says older guys make him carry packages and keep money for them, and he owes them. Should I go to Veilig Thuis or the police?',
      );
      expect(seen.all).toMatch(/Call the police \(112\) when someone is in danger now/);
      expect(seen.all).toMatch(/As a volunteer you have no meldcode of your own/);
      expect(seen.all.indexOf('Call the police')).toBeLessThan(seen.all.indexOf('reporting code'));
    });

    it('gives 113 to an English teacher who saw cuts on a pupil, and warns against telling the parents first', async () => {
      const seen = await say('Hi, I teach year 9 in Maastricht. A pupil has fresh cuts on her wrists and says her father would kill her if he knew. Do I need to tell her parents?');
      expect(seen.first).toMatch(/113/);
      expect(seen.first).toMatch(/do not tell them or their family first/);
    });

    it('tells an English-speaking teacher that a child who witnesses violence is harmed too, and not to talk to the parent first', async () => {
      const seen = await say(
        'Hi, my Dutch is not good enough for this. I teach at an international school in Maastricht. A boy in my class (7) told me his dad shoved his mum into the door last night. Should I talk to the mum first or call someone?',
      );
      expect(seen.all).toMatch(/A child who sees or hears violence between the adults at home is harmed by it too/);
      expect(seen.all).toMatch(/Do not raise it first with the person you suspect/);
    });

    it('says honestly that a residence permit is not in its sources, and that an adult can call Veilig Thuis herself', async () => {
      const seen = await say(
        'Hello, I am a student counsellor in Maastricht. A master student (24) says her husband controls all her money and pushed her. She fears for her residence permit. What happens if she calls Veilig Thuis herself?',
      );
      expect(seen.all).toMatch(/Questions about a residence permit are not in my sources/);
      expect(seen.all).toMatch(/An adult who is affected can call Veilig Thuis herself or himself/);
      expect(seen.all).not.toMatch(/A child who sees or hears violence/);
    });

    it('tells an English-speaking teacher honestly whether the family will know who reported', async () => {
      const seen = await say('Hi, I teach year 5 in Heerlen. A girl says her stepdad hits her with a belt. If I report this to Veilig Thuis, will the parents find out it was me?');
      expect(seen.all).toMatch(/As a professional you cannot report to Veilig Thuis anonymously/);
    });

    it('answers an English asker whether they may report without consent, whether they must, and what happens next', async () => {
      const seen = await say(
        'Hi, I coach a swim team in Sittard and my Dutch is poor. A boy of 12 showed me welts on his legs and says his uncle does it. Can I call Veilig Thuis without telling his mother? Am I required to report it? And what happens after I report?',
      );
      expect(seen.all).toMatch(/without the consent of the people involved[\s\S]*right to report \(meldrecht\), not a duty/);
      expect(seen.all).toMatch(/Reporting to Veilig Thuis is the professional norm when someone is unsafe now/);
      expect(seen.all).toMatch(/first assesses safety, within 5 working days/);
    });

    it('does not read "how do I report" as asking whether one must, nor photos posted without consent as sharing without consent', async () => {
      const how = await say('how do i contact veilig thuis about a neighbour child?');
      expect(how.all).not.toMatch(/professional norm/);
      const photos = await say('Hi, a student of 19 says her ex keeps texting her and put pictures of her online without her consent. What can she do?');
      expect(photos.all).not.toMatch(/right to report/);
    });

    it('answers English in English with 112 and Veilig Thuis', async () => {
      const seen = await say('Hello, I am a teacher and I am worried about a child in my class. What should I do?');
      expect(seen.all).toMatch(/only work in Dutch/);
      expect(seen.all).toContain('112');
      expect(seen.all).toContain('0800-2000');
      expect(seen.all).toMatch(/advice without naming the people involved/);
      expect(seen.all).toMatch(/five steps: 1\. write down what you see and hear/);
    });

    it('puts the numbers first, in English or German, when the message says someone is in danger now', async () => {
      const english = await say('my client just texted me that her ex is standing at her front door with a knife. her kids are inside. what do i do??');
      expect(english.replies).toHaveLength(1);
      expect(english.first.split('\n').find(Boolean)).toBe('Is someone in danger right now? Call 112.');
      expect(english.first).toContain('0800-2000');
      expect(english.first).toMatch(/When no one is in danger right now: write down what you saw and heard/);
      expect(english.first).not.toContain('113');
      const suicide = await say('A student just told me she took a lot of pills and wants to die. She is in the toilet now. What do I do?');
      expect(suicide.first).toMatch(/Thoughts of suicide: 113 or 0800-0113/);
      const german = await say('Eine Schülerin sagt mir gerade, dass sie sich nicht nach Hause traut. Ihr Vater hat sie gestern mit dem Gürtel geschlagen und heute ist er wieder betrunken.');
      expect(german.first.split('\n').find(Boolean)).toBe('Ist jemand jetzt in Gefahr? Rufen Sie 112 an.');
      const safe = await say('A 15-year-old told me her stepdad regularly hits her mum. She is at her aunt\'s this week and feels safe there. What should I do?');
      expect(safe.all).not.toContain('Call 112.');
      expect(safe.all).toMatch(/only work in Dutch/);
    });

    it('answers another language in that language', async () => {
      const seen = await say('Ich mache mir Sorgen um ein Kind in meiner Klasse, was kann ich tun?');
      expect(seen.all).toMatch(/Niederländisch/);
      expect(seen.all).toContain('112');
    });

    it('tells an English writer not to promise secrecy', async () => {
      const seen = await say('Hi, a pupil told me today that his father hits his mum, and asked me not to tell anyone. Can I keep that promise?');
      expect(seen.all).toMatch(/do not promise that/);
    });

    it('gives a worry in German the steps of the meldcode in German, not only the numbers', async () => {
      const seen = await say('Ich arbeite in einer Kita in Vaals. Ein Mädchen kommt oft hungrig und sagt, dass Papa Mama schlägt. Muss ich das melden?');
      expect(seen.all).toMatch(/schreiben Sie auf, was Sie sehen und hören/);
      expect(seen.all).toContain('0800-2000');
    });
  });

  describe('small talk and control words with nothing running', () => {
    it.each([
      ['bedankt!', /Graag gedaan/],
      ['top, dankjewel 👍', /Graag gedaan/],
      ['oke top, bedankt. ik ga het morgen eerst met onze aandachtsfunctionaris bespreken. kan ik later gewoon hier terugkomen als er iets verandert?', /Je kunt hier altijd terugkomen/],
      ['ok top dankjewel, ik ga het morgen eerst met onze ib\'er bespreken', /Leg vast met wie je het besprak/],
      ['ok', /Prima/],
      ['stop', /niets om te stoppen/],
      ['annuleren', /niets om te stoppen/],
      ['terug', /geen vorige stap/],
      ['ja', /geen vraag openstaan/],
      ['ben je een robot?', /digitale assistent/],
      ['hallo! wie ben je en wat kan ik je vragen?', /"mijn vragen"/],
      ['hoi, spreek je ook Limburgs of alleen Nederlands? 🙂', /alleen Nederlands/],
    ])('answers "%s" as a person expects', async (text, expected) => {
      const seen = await say(text);
      expect(seen.all).toMatch(expected);
      expect(seen.all).not.toMatch(/geen passend antwoord|begrijp ik niet/i);
    });

    it('takes a command or greeting that opens a short message as that command, unless an article clearly fits', async () => {
      expect((await say('help?? hoe werkt dit ding eigenlijk 😅')).all).toContain('"vergeet mijn gegevens"');
      expect((await say('stop, ik wil iets anders vragen')).all).toMatch(/niets om te stoppen/);
      expect((await say('goedemorgen! 👋 ben nieuw hier')).all).toContain('"mijn vragen"');
      expect((await say('hulp bij het afwegingskader')).first).toMatch(/afwegingskader/i);
      expect((await say('hulp bij het afwegingskader')).all).not.toContain('"vergeet mijn gegevens"');
    });

    it('answers /start and help in personal chat with every command of the place', async () => {
      for (const text of ['/start', 'help']) {
        const seen = await say(text);
        for (const command of ['signaal', 'verder', 'verslag', 'advies', 'mijn vragen', 'vergeet mijn gegevens']) expect(seen.all).toContain(`"${command}"`);
      }
    });
  });

  describe('help in a channel', () => {
    it('lists the commands of a gemeente channel, of the Veilig Thuis channel and of an unlinked channel', async () => {
      const heerlen = teamChannel('Heerlen help');
      const vt = teamChannel('VT help');
      const loose = teamChannel('Los kanaal');
      const { coordinator } = await import('../../helpers/activities.js').then((m) => m.Users);
      for (const channel of [heerlen, vt, loose]) await t.send(installInTeam(t.connector.url, coordinator, channel));
      await t.send(channelMessage(t.connector.url, coordinator, heerlen, 'koppel heerlen'));
      await t.send(channelMessage(t.connector.url, coordinator, vt, 'koppel veilig thuis'));

      await t.send(channelMessage(t.connector.url, coordinator, heerlen, 'help'));
      expect(textsTo(t.connector, heerlen.channelId).at(-1)).toMatch(/kanaal van Heerlen[\s\S]*"agenda"[\s\S]*"status"/);
      await t.send(channelMessage(t.connector.url, coordinator, vt, 'help'));
      expect(textsTo(t.connector, vt.channelId).at(-1)).toMatch(/"nieuwe overdracht"[\s\S]*"agenda versturen"[\s\S]*"cijfers"/);
      await t.send(channelMessage(t.connector.url, coordinator, loose, 'help'));
      expect(textsTo(t.connector, loose.channelId).at(-1)).toMatch(/nog niet gekoppeld[\s\S]*"koppel <gemeente>"/);
    });
  });
});
