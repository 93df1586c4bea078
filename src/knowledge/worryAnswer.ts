/**
 * The answer to a described worry below "Wat ik lees": the answers to what the story asks, then the step
 * that fits now. Both the worry card and the acute card of a story whose danger is not placed now use it.
 */
import { PhoneNumbers, type Sector } from '../domain/constants.js';
import { Timescales } from '../domain/facts.js';
import { nextStepText } from '../domain/understanding/labels.js';
import type { Asker } from '../domain/understanding/askerSector.js';
import { GENERAL_QUESTIONS, isYoung, type ExplicitQuestion, type Involved, type WorryReading } from '../domain/understanding/worry.js';
import type { Article } from './article.js';
import { AdviceWithoutTellingFirst } from './content/veiligThuis.js';
import { AskAdviceYourself, MeldcodeInFiveSteps, WhoTheMeldcodeIsFor } from './content/meldcode.js';
import { FinancialAbuseOfOlderPeople } from './content/formsOfAbuse.js';
import { isCoveredBy, traitsOf } from './questionTraits.js';

const { emergency, veiligThuis } = PhoneNumbers;

const mayShare = 'Met Veilig Thuis mag je informatie delen, ook zonder toestemming en met een beroepsgeheim: het meldrecht geldt voor een melding en als Veilig Thuis jou om informatie vraagt. Deel alleen wat nodig is, probeer eerst toestemming te krijgen en vertel het de persoon, tenzij de veiligheid dat niet toelaat. Met anderen, zoals het wijkteam of de wijkagent, deel je in principe met toestemming. Advies vragen kan altijd zonder namen.';

/** "Geldt de meldcode ook voor een oma?": elder abuse is domestic violence, so the meldcode covers it. */
const meldcodeForOlderPeople = `Ja. De meldcode gaat over huiselijk geweld en kindermishandeling, en ouderenmishandeling hoort daarbij: geweld, verwaarlozing of financieel misbruik door iemand van wie een oudere afhankelijk is, zoals een familielid of mantelzorger. Dat iemand zelf mag beslissen, betekent niet dat je niets doet: leg vast wat je zag en hoorde, en vraag Veilig Thuis om advies, ook zonder namen (${veiligThuis}).`;

/** Why children who see violence at home meet a norm for melden: the answer to "moet ik melden?" after its "Ja.", and to "hoeven we niet te melden?" after help is no reason. */
const childrenSeeViolenceReason = `Kinderen die geweld tussen de volwassenen thuis zien of horen, zijn zelf slachtoffer: getuige zijn van huiselijk geweld is een vorm van kindermishandeling, ook als ze zelf niet worden geslagen. Gebeurt het steeds weer, dan is dat structurele onveiligheid, en dan verwacht het afwegingskader een melding bij Veilig Thuis, ook als de ouder dat niet wil: het meldrecht laat je zonder toestemming melden. Vertel het de ouder in principe wel, tenzij dat de veiligheid in gevaar brengt. Twijfel je nog, vraag dan eerst advies, zonder namen (${veiligThuis}).`;

/** A question of the story that no article and no short answer covers. */
const noFixedAnswer = `daar heb ik geen vast antwoord op. Een adviseur van Veilig Thuis denkt er wel over mee: kies "Advies vragen aan Veilig Thuis" hieronder, of bel ${veiligThuis}.`;

/** "Blijf ik anoniem?" from someone who is not a professional (a volunteer, a neighbour): brief §3. */
const melderKnownNotProfessional = `Meld je niet als beroepskracht maar bijvoorbeeld als vrijwilliger of buur, dan maakt Veilig Thuis je naam alleen met jouw uitdrukkelijke toestemming bekend aan het gezin. Advies vragen kan altijd zonder namen (${veiligThuis}, gratis, 24/7).`;

export const WorryAnswerTexts = {
  stepTitle: 'Wat nu past',
  childrenTitle: 'En de kinderen',
  /** Below the answers to a story of harm to an adult with children in it (the Kindcheck, stap 1; brief §6). */
  childrenBesideAnAdult:
    'Wonen er kinderen in huis of zijn ze er vaak, ook kleinkinderen? Ga dan na hoe het met hen gaat en of ze het geweld zien of horen (de Kindcheck, stap 1 van de meldcode), en noem hen als je Veilig Thuis belt.',
  /** Instead of the step-3 answer when the signals call for Veilig Thuis first (sexual abuse, honour-related violence). */
  notTheFamilyFirst: 'Bespreek het nu niet eerst met de ouders of de familie: bij deze signalen kan dat het gevaar vergroten. Vraag eerst advies aan Veilig Thuis; zij denken mee over wie wanneer wat hoort.',
  /** Before the rule on informing the parents, when someone told of harm at home: that talk can put them at risk. */
  toldOfHarmFamilyLater: 'Vertelde het kind of de persoon zelf over geweld thuis? Vraag dan eerst advies aan Veilig Thuis voordat je iets met de ouders of de familie bespreekt: het gesprek kan het gevaar vergroten.',
  /** The answer on telling the parents about a melding, where someone told of harm at home. */
  familyAfterVeiligThuis:
    'Nu nog niet. Vertelde het kind of de persoon zelf over geweld thuis, vraag dan eerst advies aan Veilig Thuis voordat je iets met de ouders of de familie bespreekt: dat gesprek kan het gevaar vergroten. Besluit je later te melden, dan bespreek je dat in principe wel met hen, tenzij de veiligheid dat niet toelaat; Veilig Thuis denkt mee over hoe en wanneer.',
  /** The answer on talking to the family when the story is about an adult. */
  familyOfAnAdult:
    'Gaat het om een volwassene, dan bespreek je je zorg en een eventuele melding in principe met die persoon zelf, niet met de ouders of de familie. Met hen deel je alleen iets als de persoon daar toestemming voor geeft. Is iemand uit de familie zelf bij het geweld betrokken, vraag dan eerst Veilig Thuis om advies.',
  /** To "moet ik het eerst aan haar vertellen voordat ik VT bel?", asked of the person who told the asker herself (brief §5). */
  tellThePersonWhoTold:
    'In principe wel: vertel degene die het je toevertrouwde eerlijk wat je gaat doen en waarom, en beloof geen geheimhouding. Melden zonder toestemming mag (meldrecht), maar zonder toestemming is niet zonder medeweten. Zeg het als jullie alleen zijn, niet waar iemand bij is of meeluistert die geweld gebruikt. Brengt het vertellen iemand in gevaar, overleg dan eerst met Veilig Thuis hoe en wanneer (0800-2000).',
  /** To "mag ik haar moeder terugbellen en iets vertellen?" when that relative of an adult patient called (brief §3 and §5). */
  relativeWhoCalled:
    'Belt iemand uit de familie van een volwassen patiënt of cliënt, dan vertel je die niets over je patiënt of cliënt zonder diens toestemming: gezondheidsgegevens en wat iemand je als hulpverlener toevertrouwt, deel je in principe alleen met toestemming. Luisteren mag wel: leg vast wat het familielid vertelt, met datum, en weeg het mee. Zeg dat die ook zelf Veilig Thuis kan bellen voor advies (0800-2000, gratis, 24/7). Bespreek de zorg met je patiënt of cliënt zelf, alleen en niet waar de partner bij is.',
  /** "Is dit huiselijk geweld? Hij slaat haar niet": between adults, what the law counts, and that no one needs to prove it. */
  childInAFightingDivorce:
    'Ja, dat kan: deskundigen zien het als een vorm van kindermishandeling als ouders hun kind in hun strijd betrekken, als boodschapper of machtsmiddel, of door de andere ouder zwart te maken waar het kind bij is. Dan volg je de meldcode. Kies geen partij in de strijd, ook niet met een verklaring voor de advocaat van een van beide ouders: leg alleen feitelijk vast wat je zelf zag en hoorde, en wat de ouders van je vragen. Twijfel je, vraag dan advies aan Veilig Thuis (0800-2000).',
  violenceWithoutBlows:
    'Ook zonder slaan kan het huiselijk geweld zijn: de wet noemt lichamelijk, geestelijk of seksueel geweld en de bedreiging daarmee, door iemand uit de huiselijke kring. Stelselmatig controleren, iemand afsluiten van anderen, geld, telefoon of papieren afpakken en dreigen horen daarbij. Of het zo is, hoef je niet zelf vast te stellen: leg vast wat je ziet en hoort, en vraag Veilig Thuis om advies.',
  /** Below a colleague's route, where the report goes to the organisation: "wat gebeurt er dan met hem?"; "VT of politie?" and "eerst mijn leidinggevende?" are the route itself (empty: no short answer). */
  besideColleagueRoute: {
    'after-melding':
      'Wat er daarna met de collega gebeurt, beslist je organisatie (de houder, het bestuur of de zorgaanbieder), niet jij. Jij meldt wat je zag en hoorde, feitelijk en met datum, en gaat niet zelf onderzoeken of de collega aanspreken.',
    'police-or-vt': '',
    'consult-colleague': '',
    'confront-suspect':
      'Nee. Spreek de collega er niet zelf op aan en ga niet zelf onderzoeken: meld wat je zag en hoorde volgens de route hierboven, feitelijk en met datum. Je organisatie beslist over de volgende stappen, ook over het gesprek met de collega.',
    'talk-to-family':
      'Bespreek het niet zelf met de ouders of de familie. Je meldt het bij je organisatie (de houder, het bestuur of de zorgaanbieder); die beslist over de volgende stappen, ook over wat de ouders wanneer horen.',
  } as Partial<Record<ExplicitQuestion, string>>,
  signsOfFinancialAbuse: 'Dit kunnen signalen zijn van financieel misbruik.',
  melderKnownNotProfessional,
  /** "Moet ik melden?" about a parent in a psychosis or manic episode with young children at home. */
  parentInCrisis: `Een ouder in een acute crisis, zoals een psychose, met jonge kinderen thuis, telt in de voorbeelden van de KNMG-meldcode als acute onveiligheid: dan is melden bij Veilig Thuis de norm, ook zonder toestemming (meldrecht). Ga vandaag na wie nu voor de kinderen zorgt en of dat veilig is (de Kindcheck), en leg dat vast. Vertel de ouder wat je doet, tenzij dat de veiligheid in gevaar brengt. Bel Veilig Thuis (${veiligThuis}, gratis, 24/7); is een kind nu in direct gevaar: ${emergency}.`,
  /** "Moet ik melden?" where marks or words point to (attempted) strangulation. */
  strangled: `Wijzen plekken of striemen in de hals, of wat iemand vertelt, op een poging tot verwurging, dan telt dat in de voorbeelden van de KNMG-meldcode als acute onveiligheid: dan is melden bij Veilig Thuis de norm, ook zonder toestemming (meldrecht). Bespreek de melding in principe met de persoon zelf, alleen en niet waar de pleger bij is, tenzij dat de veiligheid in gevaar brengt. Zijn er kinderen, ga dan ook na hoe het met hen gaat (de Kindcheck) en noem hen in de melding. Bel Veilig Thuis vandaag (${veiligThuis}); is iemand nu in direct gevaar: ${emergency}.`,
  /** "Moet ik melden?" about harm that repeats or lasts. */
  harmRepeats: `Je beschrijft iets wat zich herhaalt of al langer duurt. Zulke patronen heten in het afwegingskader structurele onveiligheid, en daarbij is melden bij Veilig Thuis de professionele norm, ook als er al hulp is: je eigen hulp of begeleiding loopt na een melding gewoon door. Weeg het met je aandachtsfunctionaris; twijfel je of het zo ernstig is, vraag dan eerst advies, zonder namen (${veiligThuis}).`,
  /** "Is dit een disclosure?" when an adult told of violence at home. */
  adultDisclosure:
    'Ja. Vertelt een volwassene uit zichzelf over geweld en vraagt ze of hij om hulp, dan is dat een disclosure: het afwegingskader ziet dat als acute onveiligheid, en dan meld je bij Veilig Thuis. Beloof geen geheimhouding. Zeg eerlijk wat je gaat doen en bespreek de melding in principe met de persoon zelf, alleen en niet waar de pleger bij is, tenzij dat de veiligheid in gevaar brengt.',
  /** "Hoe begin ik hierover met haar zonder dat ze dichtklapt?" about an adult: the talk with the person it is about. */
  talkWithAnAdult: `Spreek de persoon alleen, op een rustig moment, nooit waar degene bij is die je verdenkt. Zeg wat je ziet en dat je je zorgen maakt, zonder te oordelen, en vraag hoe het met haar of hem gaat. Dring niet aan, beloof geen geheimhouding en laat weten dat je er blijft, ook als ze nu niets wil; wie zelf met geweld te maken heeft, kan Veilig Thuis ook zelf bellen (${veiligThuis}, gratis, 24/7). Twijfel je of het gesprek veilig is, vraag dan eerst Veilig Thuis om advies.`,
  /** Before the answer of a story that meets a norm for melden, to "hoeven we niet te melden omdat er al hulp is?" (brief §2, afweging 2). */
  helpIsNoReason: 'Dat er al hulp is, is geen reden om niet te melden: bij acute of structurele onveiligheid is melden de norm, en je eigen hulp loopt daarna gewoon door.',
  /** "Moet ik melden vanwege de kinderen?" where one adult at home hurts the other and there are children. */
  childrenSeeViolence: `Ja. ${childrenSeeViolenceReason}`,
  /** "Is stalking door haar ex iets voor Veilig Thuis of voor de politie?": an ex-partner belongs to the huiselijke kring. */
  stalkingByAPartner: `Ja. Stalking door een partner of ex-partner is huiselijk geweld: de wet rekent ook een ex-partner tot de huiselijke kring, en langdurige stalking die erger wordt, telt als structurele onveiligheid. Veilig Thuis is er voor zulk geweld, bij kinderen en bij volwassenen: het geeft jou advies (${veiligThuis}, gratis, 24/7), neemt een melding aan en schakelt zo nodig zelf de politie in. Wie gestalkt wordt, kan Veilig Thuis ook zelf bellen, en kan aangifte doen bij de politie: stalking (belaging) is strafbaar (artikel 285b Wetboek van Strafrecht). Staat hij nu voor de deur of dreigt hij: ${emergency}.`,
  /** "Het is geen mishandeling toch?" about a child who lacks food, clothes or care (brief §6: neglect is the most common form). */
  neglectIsAbuse:
    'Verwaarlozing is ook kindermishandeling: een kind dat langere tijd te weinig eten, kleding, verzorging, bescherming of (medische) zorg krijgt, wordt verwaarloosd, ook als niemand het slaat. Het is zelfs de vorm die het vaakst voorkomt. Of het zo is, hoef je niet zelf vast te stellen: leg vast wat je ziet en vraag Veilig Thuis om advies.',
  /** "Is dit ouderenmishandeling of ontspoorde mantelzorg?": harm by an overburdened carer counts too. */
  harmByACarer:
    'Ook als het uit overbelasting voortkomt, kan het ouderenmishandeling zijn: dat is geweld of verwaarlozing in een afhankelijkheidsrelatie, ook door een partner of mantelzorger die het zwaar heeft. Voor wat je doet maakt het etiket weinig uit: de meldcode geldt ook hier. Leg vast wat je zag en hoorde, en vraag Veilig Thuis om advies; zij denken mee over wat nodig is, ook voor wie de zorg draagt.',
  onYourQuestion: 'Op je vraag',
  onYourOtherQuestion: 'Op je andere vraag',
  /** A story's question that no article and no short answer covers. */
  openQuestion: `**Op je vraag:** ${noFixedAnswer}`,
  /** Beside the answers: another question of the story that no article and no short answer covers. */
  openOtherQuestion: `**Op je andere vraag:** ${noFixedAnswer}`,
  answerToQuestion: {
    'keep-secret':
      'Beloof geen geheimhouding, en zeg eerlijk met wie je overlegt en wat je gaat doen. Advies vragen aan Veilig Thuis kan zonder namen te noemen. Ook met een beroepsgeheim mag je zonder toestemming melden (meldrecht); je probeert wel eerst toestemming te krijgen en vertelt het de persoon, tenzij de veiligheid dat niet toelaat.',
    'is-it-abuse':
      'Of het mishandeling of verwaarlozing is, hoef je niet zelf vast te stellen: de meldcode vraagt geen bewijs. Leg vast wat erop wijst en wat het tegenspreekt, en weeg het samen met je aandachtsfunctionaris; bij twijfel denkt Veilig Thuis mee.',
    'talk-to-family':
      'Een gesprek met de ouders of de cliënt hoort bij stap 3 van de meldcode, na vastleggen en overleg: leg uit waarom, noem wat je zag en vraag hun reactie. Sla het gesprek over als het de veiligheid van het kind, van iemand anders of van jou in gevaar brengt, of als het contact dan verbroken kan worden; vraag dan eerst advies aan Veilig Thuis.',
    'speak-alone': `Spreek je zorg niet uit waar degene bij is die je verdenkt, en confronteer die niet: dat kan het gevaar vergroten. Zoek een gewoon moment zonder die persoon, zoals een deel van de afspraak dat je met iedereen alleen doet, en laat nooit de partner of een kind tolken. Vraag Veilig Thuis (${veiligThuis}, gratis, 24/7) hoe je de persoon veilig alleen kunt spreken; zij denken mee over het moment en de plek. Bij direct gevaar: ${emergency}.`,
    'should-record':
      'Leg het kort en feitelijk vast: wat je zag of hoorde, welke verklaring er is en van wie, en met wie je het besprak. Wat een kind of volwassene zelf zei, schrijf je letterlijk op; je eigen interpretatie houd je apart en noem je zo. Zie je na overleg geen reden tot zorg, noteer dat dan ook; komen er later meer signalen, dan is het terug te vinden.',
    'for-veilig-thuis': `Veilig Thuis is er voor elke zorg over huiselijk geweld of kindermishandeling, bij kinderen en bij volwassenen, ook ouderen. Je mag altijd bellen voor advies (${veiligThuis}, gratis, 24/7): bij elke stap van de meldcode en ook als je twijfelt. Advies vragen is nog geen melding. Overleg daarnaast met je aandachtsfunctionaris.`,
    'should-act':
      'Moet je hier iets mee? Ja. Een zorg over de veiligheid van een kind of volwassene neem je altijd serieus: de meldcode vraagt je om wat je ziet vast te leggen en erover te overleggen. Dat is nog geen melding, en je hoeft niet zeker te zijn.',
    'should-report':
      'Melden hoeft nu nog niet vast te staan. Eerst leg je vast wat je ziet en overleg je; Veilig Thuis denkt mee of een melding nodig is. Bij acute of structurele onveiligheid meld je wel altijd.',
    'may-share': mayShare,
    'share-with-others': mayShare,
    'who-to-call': `Voor overleg: je aandachtsfunctionaris (op school ook de intern begeleider). Voor advies of een melding: Veilig Thuis, ${veiligThuis} (gratis, 24/7). Bij direct gevaar: ${emergency}.`,
    'police-route': `Hoe een zorgmelding van de politie bij Veilig Thuis terechtkomt, hangt af van de werkafspraken in de regio; die staan niet in mijn bronnen. Twijfel je of het daar aankomt? Bel dan zelf Veilig Thuis (${veiligThuis}) en vraag hoe het in Zuid-Limburg loopt. Is er een kind of volwassene in direct gevaar: ${emergency}.`,
    'tell-before-advice': AdviceWithoutTellingFirst,
    'request-information': `Het meldrecht geeft je ruimte om zonder toestemming informatie met Veilig Thuis te delen, niet om zonder toestemming informatie op te vragen bij anderen, zoals een bank of een woningcorporatie. Vraag Veilig Thuis (${veiligThuis}) om advies; doet Veilig Thuis onderzoek, dan vraagt het zelf de informatie op die het nodig heeft.`,
    'meldcode-applies': WhoTheMeldcodeIsFor,
    'meldcode-for-older-people': meldcodeForOlderPeople,
    'record-safely':
      'Leg het feitelijk vast, zoals altijd. Kan iemand die de persoon bedreigt meelezen, via een app, een portaal of inzage? Zet dan niets in het deel dat die persoon kan zien waardoor het gevaar groter wordt: bespreek met je aandachtsfunctionaris of privacyfunctionaris hoe jullie het afgeschermd vastleggen, en vraag Veilig Thuis om advies.',
    'unsafe-pickup': `Komt een kind in direct gevaar als het meegaat, bijvoorbeeld met een ouder die onder invloed wil rijden of dreigt? Houd het kind dan bij je op een veilige plek, spreek de ouder er niet op aan en bel ${emergency}. Gebeurt het vaker, spreek dan met je leidinggevende af wat jullie doen en wie het kind anders kan ophalen, leg vast wat je zag en vraag Veilig Thuis (${veiligThuis}) om advies.`,
    'consult-colleague':
      'Ja. Overleg met een collega die er verstand van heeft, zoals de aandachtsfunctionaris of de behandelaar, hoort bij stap 2 van de meldcode. Vertel feitelijk wat je zag en hoorde, en leg vast met wie je het besprak en wat jullie afspraken.',
    'ask-advice-yourself': AskAdviceYourself,
    'anonymous-advice':
      'Ja. Advies vragen kan anoniem: je legt de situatie voor zonder namen, en Veilig Thuis legt dan geen gegevens van de betrokkenen vast. Het gezin hoort er dus niets van, en jij blijft verantwoordelijk voor de volgende stap. Pas bij een melding geef je de namen; die bespreek je in principe eerst met de persoon, tenzij de veiligheid dat niet toelaat.',
    'talk-to-child':
      'Luister rustig en neem het kind serieus. Stel open vragen en vul niets in, en ga niet zelf uitzoeken wat er is gebeurd. Beloof geen geheimhouding: zeg eerlijk dat je hulp gaat zoeken en wat je gaat doen. Schrijf direct daarna letterlijk op wat het kind zei, met datum en tijd, en overleg met je aandachtsfunctionaris; Veilig Thuis denkt mee over een volgend gesprek.',
    'melder-known':
      'Als professional meld je niet anoniem bij Veilig Thuis. Veilig Thuis vertelt het gezin in principe wie de melding deed, behalve als dat jou, collega\'s of de betrokkenen in gevaar brengt of de vertrouwensrelatie schaadt: bespreek dat bij je melding. Advies vragen kan altijd zonder namen.',
    'go-there': `Ga er niet zelf heen en spreek niemand aan: bel ${emergency}, geef het adres en vertel wat je weet, zoals een wapen of kinderen in huis. Blijf zelf op een veilige plek.`,
    'confront-suspect': `Nee. Spreek niemand aan die je verdenkt en ga niet zelf onderzoeken: dat kan het gevaar vergroten, voor de persoon om wie het gaat en voor jou. Leg vast wat je zag en hoorde, en vraag Veilig Thuis (${veiligThuis}) hoe je verder gaat.`,
    'police-or-vt': `Is iemand nu of in de komende uren in gevaar, bel dan de politie via ${emergency}. Zonder direct gevaar is Veilig Thuis (${veiligThuis}, gratis, 24/7) de plek voor advies en een melding, ook bij uitbuiting of mensenhandel; Veilig Thuis schakelt zo nodig zelf de politie in. Bespreek het niet eerst met de familie of met wie je verdenkt.`,
    'after-melding': `Na een melding beoordeelt Veilig Thuis eerst hoe veilig het is: meteen bij acute onveiligheid, anders binnen ${Timescales.veiligheidsbeoordelingWorkingDays} werkdagen. Daarna wordt de zaak meestal overgedragen, vaak aan het lokale team of aan hulp die er al is; Veilig Thuis doet zelf in hooguit ongeveer een op de vijf meldingen onderzoek, en de Raad voor de Kinderbescherming komt er nog minder vaak bij. Als melder hoor je na de veiligheidsbeoordeling wat er is gebeurd, en de hulp die je zelf al gaf, loopt door: daar blijf je verantwoordelijk voor. Vragen over je melding: ${veiligThuis}.`,
    'consult-alone': `Werk je alleen of heeft je organisatie geen aandachtsfunctionaris, overleg dan met een deskundige vakgenoot die je vertrouwt, zonder namen te noemen. Je kunt ook Veilig Thuis om advies vragen (${veiligThuis}, gratis, 24/7): dat hoort net zo goed bij stap 2 van de meldcode. Leg vast met wie je overlegde en wat jullie afspraken.`,
    'help-or-report': `Dat weeg je in de laatste stappen van de meldcode, het liefst met je aandachtsfunctionaris. Zie je acute of structurele onveiligheid, zoals iets wat zich steeds herhaalt, dan meld je, en weeg je de rest samen met Veilig Thuis. Zo niet: kun je zelf genoeg hulp bieden of regelen, en nemen de betrokkenen die aan? Dan mag je zelf verder, met afspraken over wat er binnen welke tijd moet veranderen. Lukt dat niet, of stopt de onveiligheid niet, dan meld je alsnog. Melden en hulp gaan samen: je eigen hulp loopt na een melding door. Twijfel je, vraag dan advies (${veiligThuis}).`,
    'is-it-unsafe': `Dat weeg je met de tweede afwegingsvraag. Acuut onveilig is het als iemand nu of in de komende uren of dagen in direct gevaar is, bijvoorbeeld bij ernstig letsel, een poging tot wurging, een wapen of een ouder in een acute crisis. Structureel onveilig is het als de onveiligheid zich herhaalt of blijft, zoals bij een kind dat steeds getuige is van geweld thuis, of bij ouders van wie de problemen de veiligheid van hun kind steeds bedreigen. In beide gevallen is melden bij Veilig Thuis de norm; twijfel je, vraag dan advies (${veiligThuis}).`,
    'help-failed': `Ja. Stopt de onveiligheid niet met de hulp die er is, of komt het geweld terug, dan is (opnieuw) melden bij Veilig Thuis de norm: dat is de vijfde afweging van het afwegingskader. Melden en hulp gaan samen: je eigen hulp loopt daarna door. Spreek met de andere betrokken hulpverleners af wie meldt, bespreek de melding in principe eerst met de betrokkenen, tenzij de veiligheid dat niet toelaat, en leg vast wat je zag en hoorde (${veiligThuis}).`,
    'injury-explained': `Of het verhaal klopt, hoef je niet zelf uit te zoeken of te bewijzen. Letsel waarvan de uitleg je niet overtuigt, is een signaal: beschrijf feitelijk wat je zag (waar, hoe groot, welke kleur) en wat er letterlijk over gezegd werd. Is de oorzaak onduidelijk, dan kun je in stap 2 van de meldcode een deskundige op het gebied van letselduiding raadplegen, en Veilig Thuis kan een arts inschakelen. Ernstig toegebracht letsel is acute onveiligheid: bel dan vandaag nog Veilig Thuis (${veiligThuis}), en bij direct gevaar ${emergency}.`,
    'injury-assessed': `Letsel waarvan de oorzaak onduidelijk is, laat je duiden door een deskundige op het gebied van letselduiding: dat hoort bij stap 2 van de meldcode. Ben je arts, dan kun je het Landelijk Expertise Centrum Kindermishandeling (LECK) raadplegen, dag en nacht bereikbaar voor artsen, of de forensisch arts van de GGD. Ben je geen arts, beschrijf het letsel dan nu feitelijk (waar, hoe groot, welke kleur, wat erover gezegd werd) en overleg met je aandachtsfunctionaris of met Veilig Thuis (${veiligThuis}): Veilig Thuis kan een arts inschakelen. Ernstig toegebracht letsel is acute onveiligheid: bel dan vandaag nog Veilig Thuis, en bij direct gevaar ${emergency}.`,
    'suicidal-remark': `Neem een opmerking over niet meer willen leven altijd serieus, ook als die terloops valt, en vraag rustig wat de persoon ermee bedoelt. Is iemands leven nu in gevaar, bel dan ${emergency}. Anders: wijs op 113 Zelfmoordpreventie (113 of 0800-0113, gratis en anoniem, dag en nacht; chat via 113.nl) en betrek de huisarts of de behandelaar. Zorgt die persoon voor kinderen? Een ouder die dreigt met zelfdoding geldt in de KNMG-voorbeelden als een acute crisis van een ouder, en dus als acute onveiligheid: overleg dan vandaag nog met Veilig Thuis (${veiligThuis}).`,
    'advice-or-report': `Twijfel je, vraag dan eerst advies: dat kan bij elke stap van de meldcode en zonder namen, en Veilig Thuis denkt mee of een melding nodig is. Meld wel bij acute of structurele onveiligheid, en als iemand je uit zichzelf over geweld vertelt en om hulp vraagt: dan verwacht het afwegingskader een melding. Na een advies blijf jij verantwoordelijk; bij een melding neemt Veilig Thuis het zicht op veiligheid van je over (${veiligThuis}, gratis, 24/7).`,
    'meldcode-steps': MeldcodeInFiveSteps,
    'child-witness':
      'Ja. Een kind dat geweld tussen de ouders ziet of hoort, is zelf slachtoffer: getuige zijn van huiselijk geweld is een vorm van kindermishandeling, ook als het kind zelf niet wordt geslagen. Gebeurt het steeds weer, dan leeft het kind in structurele onveiligheid; dan verwacht het afwegingskader een melding bij Veilig Thuis.',
    'who-weighs': `Dat doe jij, samen met je aandachtsfunctionaris: het afwegingskader hoort bij stap 4 en 5 van je eigen meldcode. Veilig Thuis adviseert en denkt mee, maar na een advies blijf jij verantwoordelijk voor de volgende stap. Pas bij een melding neemt Veilig Thuis het zicht op de veiligheid van je over (${veiligThuis}).`,
    'adult-calls-herself': `Ja. Wie zelf te maken heeft met geweld, kan Veilig Thuis zelf bellen voor advies of hulp: ${veiligThuis}, gratis en dag en nacht. Er is ook een anonieme chat van Veilig Thuis; via de chat kan geen melding worden gedaan. Je kunt aanbieden om samen te bellen.`,
    kindcheck:
      'Ja, daar hoort de Kindcheck bij (stap 1 van de meldcode), juist voor wie met de volwassene werkt. Vraag of er minderjarige kinderen bij je cliënt wonen of van hem of haar afhankelijk zijn, ook kinderen van een partner, en of je cliënt zwanger is. Vraag wie de zorg deelt en of het lukt de kinderen genoeg zorg en veiligheid te geven. Zijn er zorgen, volg dan de meldcode; is er al een hulpverlener bij het gezin, dan kan die de zorg overnemen. Zijn er geen zorgen, leg de check vast met het aantal en de leeftijd van de kinderen. Veilig Thuis denkt mee.',
    'adult-refuses': `Een volwassene beslist in principe zelf, en je zoekt eerst samen met de persoon naar hulp. Maar zegt iemand nee terwijl er geweld of uitbuiting speelt, dan mag je toch advies vragen aan Veilig Thuis, zonder namen, en met het meldrecht mag je zonder toestemming melden als dat nodig is voor de veiligheid, zeker bij acute of structurele onveiligheid of als er kinderen zijn. Vertel de persoon wat je doet, tenzij de veiligheid dat niet toelaat (${veiligThuis}).`,
    'wait-and-see':
      'Afwachten zonder plan is geen stap van de meldcode. Leg vast wat je ziet, spreek met je aandachtsfunctionaris af waar je op let en wanneer jullie opnieuw wegen, en vraag Veilig Thuis om advies als de zorg blijft of groeit: dat kan bij elke stap. Bij tekenen van acute of structurele onveiligheid wacht je niet.',
    'tell-before-melding':
      `In principe vooraf: je bespreekt een voorgenomen melding eerst met de persoon om wie het gaat, bij een kind met de ouders, en zegt wat je zorgen zijn en waarom je meldt. Dat doe je niet als het de veiligheid van het kind, de persoon, jezelf of anderen in gevaar brengt, of als je verwacht dat het contact dan verbroken wordt: overleg dan met Veilig Thuis (${veiligThuis}) en leg vast waarom.`,
    'promise-made':
      'Ga terug naar degene aan wie je het beloofde en zeg eerlijk dat je die belofte niet kunt houden, omdat je wilt dat het veilig wordt. Vertel met wie je overlegt en wat je gaat doen, en laat weten dat je er blijft. Advies vragen aan Veilig Thuis kan zonder namen; zij denken ook mee over hoe je dit gesprek voert.',
    'who-is-responsible':
      'Na een advies blijf jij verantwoordelijk voor de zorg en voor de volgende stap. Na een melding neemt Veilig Thuis de verantwoordelijkheid voor het zicht op veiligheid over; de hulp die je zelf al gaf, loopt door, en daar blijf je verantwoordelijk voor.',
    'skip-talk':
      'Alleen het gesprek van stap 3 mag je overslaan, en alleen om de veiligheid: als het de persoon om wie het gaat, iemand anders of jou in gevaar brengt, of als het contact daardoor verbroken kan worden. Leg vast waarom je het overslaat, bespreek het met je aandachtsfunctionaris en vraag Veilig Thuis om advies over wat je wanneer wel bespreekt. Vertelde iemand het je in vertrouwen, dan vertel je het niet door aan degene die je verdenkt.',
    'parent-information':
      'Na een scheiding houden beide ouders meestal het gezag, en dan hebben ze allebei recht op informatie over hun kind. Een ouder zonder gezag krijgt op zijn verzoek belangrijke informatie, bijvoorbeeld van school of een hulpverlener, tenzij het belang van het kind zich daartegen verzet (artikel 1:377c Burgerlijk Wetboek). Kies geen partij in de strijd tussen de ouders. Heb je zorgen over de veiligheid van het kind of van een ouder, vraag dan eerst advies aan Veilig Thuis over wat je wanneer deelt.',
    'what-to-do': 'Hieronder staat de stap die nu past. De meldcode-stappen helpen je daarna verder, met je signalen al ingevuld.',
  } satisfies Record<ExplicitQuestion, string>,
  whoToCallOutsideSchool: `Voor overleg: je aandachtsfunctionaris, of een deskundige collega als je organisatie die niet heeft. Voor advies of een melding: Veilig Thuis, ${veiligThuis} (gratis, 24/7). Bij direct gevaar: ${emergency}.`,
  /** For someone whose organisation has no meldcode (a volunteer, a club, the police): no aandachtsfunctionaris to consult. */
  outsideMeldcode: {
    'melder-known': melderKnownNotProfessional,
    // "Kan ik zelf VT bellen zonder dat de familie weet dat het van mij komt?" from a volunteer: the rule for a melder who is no professional.
    'anonymous-advice': `Ja. ${melderKnownNotProfessional}`,
    'who-to-call': `Voor overleg: je leidinggevende of coördinator (bij een club of vereniging: het bestuur, of de vertrouwenspersoon als de club die heeft), niet iemand die zelf bij de zorg betrokken is. Voor advies of een melding kan iedereen bij Veilig Thuis terecht, ook zonder meldcode: ${veiligThuis} (gratis, 24/7). Bij direct gevaar: ${emergency}.`,
    'ask-advice-yourself': `Ja. Iedereen kan Veilig Thuis bellen voor advies of een melding, ook zonder meldcode en zonder namen te noemen (${veiligThuis}, gratis, 24/7).`,
    'consult-colleague':
      'Ja. Overleg met je leidinggevende of coördinator (bij een club of vereniging: de vertrouwenspersoon of het bestuur), niet met iemand die zelf bij de zorg of bij het gezin betrokken is. Vertel feitelijk wat je zag en hoorde, en leg vast met wie je het besprak en wat jullie afspraken.',
  } as Partial<Record<ExplicitQuestion, string>>,
} as const;

const T = WorryAnswerTexts;

export const answeredWithoutArticles = (question?: ExplicitQuestion): boolean => traitsOf(question).ownAnswerFirst === true;
/** The articles on telling the family about a melding or a worry. */
const INFORMING_THE_FAMILY = new Set(['ouders-informeren-over-melding']);
export const isAboutInformingTheFamily = (article: Pick<Article, 'id'>): boolean => INFORMING_THE_FAMILY.has(article.id);
const harmWasTold = (reading: WorryReading): boolean => reading.harmToldAtHome === true;
const ADULT: ReadonlySet<Involved> = new Set<Involved>(['client', 'older-adult', 'partner']);
/** An older person with no young child or youth in the story: "het kind" there is their grown-up son or daughter. */
export const aboutAnOlderPerson = (reading: WorryReading): boolean => reading.involved.includes('older-adult') && !reading.involved.some((i) => i === 'young-child' || i === 'youth');
/** A story about an adult only: their own family hears nothing without them. */
const aboutAnAdult = (reading: WorryReading): boolean => !reading.involved.some(isYoung) && reading.involved.some((i) => ADULT.has(i));

/** "Is dit al financiële uitbuiting?" about an older person whose money goes. */
const isMoneyTakenFromAnOlderPerson = (reading: WorryReading): boolean => reading.involved.includes('older-adult') && reading.signals.includes('financial');
/** Control, threats or money taken between adults, with or without children who see it: the question is whether that counts without blows. */
const isViolenceBetweenAdults = (reading: WorryReading): boolean =>
  (aboutAnAdult(reading) || reading.involved.includes('partner')) && reading.signals.some((s) => s === 'domestic' || s === 'emotional' || s === 'financial') && !reading.involved.includes('older-adult');

/** "Moet ik de ouders inlichten?": Veilig Thuis first where the signals or a telling call for it, the adult themselves first, else stap 3. */
function familyAnswer(reading: WorryReading): string {
  if (reading.step === 'veilig-thuis-first') return T.notTheFamilyFirst;
  if (reading.relativeCalled) return T.relativeWhoCalled;
  if (harmWasTold(reading)) return T.familyAfterVeiligThuis;
  return aboutAnAdult(reading) || aboutAnOlderPerson(reading) ? T.familyOfAnAdult : T.answerToQuestion['talk-to-family'];
}

/** Someone told of harm at home, or the story is about an adult: "tell the parents, in principle" is not the answer. */
const summaryFor = (reading: WorryReading, outsideMeldcode = false) => (article: Pick<Article, 'id' | 'summary'>): string => {
  if (isAboutInformingTheFamily(article) && (harmWasTold(reading) || aboutAnAdult(reading))) return familyAnswer(reading);
  // The article speaks of professionals; a volunteer or neighbour is named to the family only with their consent (brief §3).
  if (article.id === MELDER_KNOWN && outsideMeldcode) return T.melderKnownNotProfessional;
  // The article on asking advice oneself speaks of the aandachtsfunctionaris, whom a volunteer or neighbour does not have.
  if (article.id === ASKING_ADVICE_ONESELF && outsideMeldcode) return T.outsideMeldcode['ask-advice-yourself'] ?? article.summary;
  // The article speaks of a child; an adult who tells is a disclosure too (brief §2).
  if (article.id === CHILD_DISCLOSURE && aboutAnAdult(reading)) return T.adultDisclosure;
  return article.summary;
};
const CHILD_DISCLOSURE = 'disclosure-kind-vertelt';
const ASKING_ADVICE_ONESELF = 'zelf-advies-vragen';
const MELDER_KNOWN = 'anonimiteit-melder';

/**
 * A child who lacks food, clothes or care: "het is geen mishandeling toch?" is answered that neglect is child abuse.
 * Not where a client is named: a grown-up client ("een man van 46 … hun jongen") may read as a child.
 */
export const isNeglectOfAChild = (reading: WorryReading): boolean => reading.signals.includes('neglect') && reading.involved.some(isYoung) && !reading.involved.includes('client');

/** "Moet ik melden?", "moet ik hier iets mee?": whether to report, which violence between the adults with children at home answers. */
const REPORT_QUESTIONS: ReadonlySet<ExplicitQuestion> = new Set(['should-report', 'should-act', 'is-it-unsafe']);

/** "Moet ik melden?" in a story that answers it in its own words: children who see violence at home, or harm that repeats. */
const reportReasonOf = (reading: WorryReading): string | undefined =>
  reading.childrenSeeViolence ? childrenSeeViolenceReason : reading.parentInCrisis ? T.parentInCrisis : reading.strangled ? T.strangled : reading.harmRepeats ? T.harmRepeats : undefined;
const reportAnswerOf = (reading: WorryReading): string | undefined => (reading.childrenSeeViolence ? T.childrenSeeViolence : reportReasonOf(reading));
/** "Hoeven we niet te melden omdat er al hulp is?": not "Ja", but that help already there is no reason not to (harm that repeats says so itself). */
const helpIsNoReasonOf = (reading: WorryReading): string | undefined => {
  const reason = reportReasonOf(reading);
  return reason && !reading.harmRepeats ? `${T.helpIsNoReason} ${reason}` : reason;
};

/** Questions that stalking by a partner answers in its own words: whether it counts, whether to act on it, and whether it is for Veilig Thuis or the police. */
const STALKING_QUESTIONS: ReadonlySet<ExplicitQuestion> = new Set(['for-veilig-thuis', 'police-or-vt', 'is-it-abuse', 'meldcode-applies', 'should-act', 'is-it-unsafe']);

/** The short answer to a question of this kind, in the words this story needs (an adult, a telling, a volunteer). */
function shortAnswer(kind: ExplicitQuestion, reading: WorryReading, outsideMeldcode: boolean, sector?: Sector): string {
  // The intern begeleider is a school's: a nurse or a day-care worker consults their aandachtsfunctionaris.
  if (kind === 'who-to-call' && !outsideMeldcode && sector !== undefined && sector !== 'onderwijs') return T.whoToCallOutsideSchool;
  if (kind === 'talk-to-family') return familyAnswer(reading);
  // Where Veilig Thuis comes first, the family hears nothing yet; the person who told the asker herself still hears what happens.
  if (kind === 'tell-before-melding' && reading.step === 'veilig-thuis-first') return reading.tellsThePersonWhoTold ? T.tellThePersonWhoTold : T.notTheFamilyFirst;
  // An older person's story speaks of the talk with them, even where their children are named.
  if (kind === 'talk-to-child' && (aboutAnAdult(reading) || reading.involved.includes('older-adult'))) return T.talkWithAnAdult;
  if (reading.stalkedByPartner && STALKING_QUESTIONS.has(kind)) return T.stalkingByAPartner;
  // "Advies vragen of meteen melden?" in a story that meets a norm for melden: that norm, without the "Ja." a yes-or-no question gets.
  const ownReport = REPORT_QUESTIONS.has(kind) ? reportAnswerOf(reading) : kind === 'help-or-report' ? helpIsNoReasonOf(reading) : kind === 'advice-or-report' ? reportReasonOf(reading) : undefined;
  if (ownReport) return ownReport;
  // "Valt zo'n vechtscheiding onder de meldcode?": a child drawn into the parents' fight (a child who lacks care is answered as neglect).
  if (kind === 'is-it-abuse' && reading.homeSigns?.includes('separation') && reading.involved.some(isYoung) && !isNeglectOfAChild(reading)) return T.childInAFightingDivorce;
  if (kind === 'is-it-abuse' && isMoneyTakenFromAnOlderPerson(reading)) return `${T.signsOfFinancialAbuse} ${FinancialAbuseOfOlderPeople}`;
  if (kind === 'is-it-abuse' && reading.involved.includes('older-adult')) return T.harmByACarer;
  // A child who lacks care is answered as neglect, even where a new partner of the mother is named.
  if (kind === 'is-it-abuse' && isNeglectOfAChild(reading)) return T.neglectIsAbuse;
  if (kind === 'is-it-abuse' && isViolenceBetweenAdults(reading)) return T.violenceWithoutBlows;
  return (outsideMeldcode ? T.outsideMeldcode[kind] : undefined) ?? T.answerToQuestion[kind];
}

/** Questions about what to do at all ("moet ik hier iets mee?", "bij wie kan ik terecht?"): the step below answers them, an article adds to it. */
const ANSWERED_BY_THE_STEP: ReadonlySet<ExplicitQuestion> = new Set([...GENERAL_QUESTIONS, 'who-to-call']);
/** The answers at most in one card: more pushes the step off the screen. */
const maxAnswers = 3;
/** Shorter sentences ("Ja.", "Bel 112.") may stand in more than one answer. */
const minRepeatedSentence = 40;
/**
 * Two questions with the same short answer ("mag ik dit delen?", "mag ik het de school vertellen?") get it once, and a
 * long sentence an earlier answer gave already ("een ouder in een acute crisis … telt als acute onveiligheid") is not said again.
 */
const withoutRepeats = (lines: readonly string[]): string[] => {
  const said = new Set<string>();
  const kept: string[] = [];
  for (const line of lines) {
    const label = /^\*\*[^*]+:\*\* /u.exec(line)?.[0] ?? '';
    const sentences = line.slice(label.length).split(/(?<=[.?!])\s+/u);
    const fresh = sentences.filter((sentence) => sentence.length < minRepeatedSentence || !said.has(sentence));
    sentences.forEach((sentence) => said.add(sentence));
    if (fresh.some((sentence) => sentence.length >= minRepeatedSentence)) kept.push(label + fresh.join(' '));
  }
  return kept;
};

/**
 * The specific questions answered from their articles, with "is dit mishandeling?" answered beside a single one;
 * without an article, the short answer to "moet ik hier iets mee?" and the like. A specific question no article
 * covers ("moet ik de ouders aanspreken?") keeps its own short answer beside the articles.
 */
export function answerLines(reading: WorryReading, asked: readonly Pick<Article, 'id' | 'summary'>[], openQuestion = false, asker: Asker = 'professional', sector?: Sector): string[] {
  // Neither a volunteer nor a neighbour is a professional melder, nor has an aandachtsfunctionaris.
  const outsideMeldcode = asker !== 'professional';
  const { question, alsoAsked } = reading;
  const answerTo = (kind: ExplicitQuestion): string => shortAnswer(kind, reading, outsideMeldcode, sector);
  const short = question && answerTo(question);
  // "Moet ik melden?" with children who see violence at home has an answer of its own, which no step or article gives.
  const ownReportAnswer = question !== undefined && REPORT_QUESTIONS.has(question) && reportAnswerOf(reading) !== undefined;
  // "Moet ik hier iets mee?" answered by that answer of its own is labelled like any answer.
  const judgement = short && (!traitsOf(question).unlabelled || ownReportAnswer) ? `**${T.onYourQuestion}:** ${short}` : short;
  const others = alsoAsked.filter((kind) => traitsOf(kind).second);
  const otherLines = (kinds: readonly ExplicitQuestion[]) => kinds.map((kind) => `**${T.onYourOtherQuestion}:** ${answerTo(kind)}`);
  const openOther = openQuestion ? [T.openOtherQuestion] : [];
  if (asked.length === 0) return judgement ? [...withoutRepeats([judgement, ...otherLines(others)]).slice(0, maxAnswers), ...openOther] : openQuestion ? [T.openQuestion] : [];
  const summaryOf = summaryFor(reading, outsideMeldcode);
  // One article answers one question: a question with a short answer of its own that no article covers gets it too.
  const coveredByArticle = (kind: ExplicitQuestion) => isCoveredBy(kind, asked) || (kind === 'talk-to-family' && asked.some(isAboutInformingTheFamily));
  const ownFirst = question !== undefined && (!ANSWERED_BY_THE_STEP.has(question) || ownReportAnswer) && !traitsOf(question).keptBesideArticle && !coveredByArticle(question);
  const alsoJudged = short && traitsOf(question).keptBesideArticle && asked.length === 1 ? [short] : [];
  const first = ownFirst && judgement ? [judgement] : alsoJudged;
  const answers = asked.map((article, i) => `**${i === 0 && !(ownFirst && judgement) ? T.onYourQuestion : T.onYourOtherQuestion}:** ${summaryOf(article)}`);
  const othersBeside = otherLines(others.filter((kind) => !coveredByArticle(kind))).slice(0, Math.max(0, maxAnswers - first.length - 1));
  return [...withoutRepeats([...first, ...answers.slice(0, Math.max(1, maxAnswers - first.length - othersBeside.length)), ...othersBeside]), ...openOther];
}

/** Below a colleague's route, "wat gebeurt er dan met hem?" is the organisation's to decide, not Veilig Thuis's. */
export function answerBesideRoute(reading: WorryReading, asked: readonly Pick<Article, 'id' | 'summary'>[] = [], aboutColleague = false): string[] {
  const besideColleague = (kind: ExplicitQuestion) => (aboutColleague ? T.besideColleagueRoute[kind] : undefined);
  const answerTo = (kind?: ExplicitQuestion): string | undefined =>
    kind && (besideColleague(kind) ?? (traitsOf(kind).besideRoute && !isCoveredBy(kind, asked) ? shortAnswer(kind, reading, false) : undefined));
  const short = [reading.question, ...reading.alsoAsked].map(answerTo).filter((answer): answer is string => Boolean(answer));
  return [...new Set([...short, ...asked.map(summaryFor(reading))])].slice(0, maxAnswers).map((answer, i) => `**${i === 0 ? T.onYourQuestion : T.onYourOtherQuestion}:** ${answer}`);
}

/** The answers, then "**Wat nu past:** …" in the words of the asker's sector. */
export function worryAnswerLines(reading: WorryReading, asked: readonly Pick<Article, 'id' | 'summary'>[], openQuestion: boolean, sector?: Sector, asker: Asker = 'professional'): string[] {
  const answers = answerLines(reading, asked, openQuestion, asker, sector);
  // Children beside an adult's story get the Kindcheck, unless an answer already speaks of it.
  const children = reading.childrenBesideAnAdult && !answers.some((line) => /Kindcheck/u.test(line)) ? [`**${T.childrenTitle}:** ${T.childrenBesideAnAdult}`] : [];
  return [...answers, ...children, `**${T.stepTitle}:** ${nextStepText(reading.step, sector, asker)}`];
}
