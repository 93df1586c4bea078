import { suspectsColleague } from './colleagueSuspicion.js';
import { lexicon, mentions, TOUCHED_BY_SOMEONE, type Lexicon } from './lexicon.js';
import { asFinancialAbuse, isPastOrFiction, LONG_AGO, SEEN_BY_CHANCE, WOUND_CARE, normaliseText, sentencesOf, withoutAsker, withoutWhatIsNoBlow, withoutOwnWedding } from './text.js';

/**
 * Reads a message that describes a situation: which kinds of signals it names, who is involved
 * (in general words only: never a name), whether it asks "moet ik hier iets mee?", and which step
 * fits now. The signal ids match the walk's signal choices, so the walk can preselect them.
 */
export type WorrySignal = 'financial' | 'injury' | 'behaviour' | 'neglect' | 'sexual' | 'domestic' | 'disclosure' | 'emotional' | 'special-route' | 'colleague' | 'parent-problems';
/** What a story tells of the home, for "Wat ik lees" in its own words rather than a general list. */
export type HomeSign = 'violence' | 'quarrels' | 'separation' | 'new-partner' | 'police' | 'substances' | 'control' | 'stalking';
export type Involved = 'child' | 'young-child' | 'youth' | 'parent' | 'partner' | 'older-adult' | 'client' | 'colleague';
/** A child of any age: a baby, a child or a youth. */
export const isYoung = (involved: Involved): boolean => involved === 'child' || involved === 'young-child' || involved === 'youth';
export type ExplicitQuestion =
  | 'keep-secret'
  | 'is-it-abuse'
  | 'talk-to-family'
  | 'speak-alone'
  | 'for-veilig-thuis'
  | 'should-record'
  | 'should-act'
  | 'what-to-do'
  | 'should-report'
  | 'may-share'
  | 'who-to-call'
  | 'police-route'
  | 'tell-before-advice'
  | 'request-information'
  | 'share-with-others'
  | 'meldcode-applies'
  /** "Geldt de meldcode ook voor een oma?" */
  | 'meldcode-for-older-people'
  | 'ask-advice-yourself'
  | 'consult-colleague'
  | 'record-safely'
  | 'unsafe-pickup'
  | 'anonymous-advice'
  | 'after-melding'
  | 'talk-to-child'
  | 'melder-known'
  | 'go-there'
  | 'police-or-vt'
  | 'confront-suspect'
  | 'advice-or-report'
  | 'meldcode-steps'
  | 'child-witness'
  | 'adult-calls-herself'
  | 'who-weighs'
  | 'kindcheck'
  | 'adult-refuses'
  | 'wait-and-see'
  | 'promise-made'
  /** "Moet ik haar vertellen dat ik VT bel?", "eerst vertellen dat ik ga melden, of mag dat achteraf?" */
  | 'tell-before-melding'
  | 'skip-talk'
  /** "Bij wie ligt dan de verantwoordelijkheid?", "blijf ik dan zelf verantwoordelijk?" */
  | 'who-is-responsible'
  | 'parent-information'
  | 'help-or-report'
  | 'help-failed'
  | 'is-it-unsafe'
  | 'injury-explained'
  /** "Wie kan dat letsel goed beoordelen?", "bij wie laat ik het letsel duiden voordat het weg is?" */
  | 'injury-assessed'
  /** "Wat doe ik met haar opmerking over niet meer willen?" */
  | 'suicidal-remark'
  | 'consult-alone';
export type NextStep = 'record' | 'consult' | 'advice' | 'kindcheck' | 'weigh-sexual-behaviour' | 'veilig-thuis-first' | 'organisation-route';

export interface WorryReading {
  signals: WorrySignal[];
  involved: Involved[];
  question?: ExplicitQuestion;
  /** Questions of other kinds in the same story, most specific first ("mag ik dit met de huisarts bespreken? en is dit iets voor Veilig Thuis?"). */
  alsoAsked: ExplicitQuestion[];
  step: NextStep;
  /** The message tells a situation rather than asking about a topic. */
  describesSituation: boolean;
  /** Someone told of harm done at home ("ze zei dat papa mama tegen de kast duwt"): a talk with the family waits for Veilig Thuis. */
  harmToldAtHome?: boolean;
  /** An injury with no explanation told: "with an explanation you doubt" would say what the story did not. */
  injuryUnexplained?: boolean;
  /** What the story tells of the home, when it names something there (signal 'domestic'). */
  homeSigns?: HomeSign[];
  /** Violence between the adults at home told in so many words ("papa slaat mama", "zijn vrouw slaat hem"), with children in the story. */
  childrenSeeViolence?: boolean;
  /** A partner or ex-partner who stalks ("staat elke dag bij de ingang", "tientallen berichten"): huiselijk geweld, also after the relationship. */
  stalkedByPartner?: boolean;
  /** Harm told as happening again and again or for a long time: "moet ik melden?" meets the norm for structurele onveiligheid. */
  harmRepeats?: boolean;
  /** A parent in an acute crisis (a psychosis, a manic episode) with young children at home: acute onveiligheid in the KNMG examples (brief §2). */
  parentInCrisis?: boolean;
  /** Signs of (attempted) strangulation: acute onveiligheid in the KNMG examples (brief §2). */
  strangled?: boolean;
  /** A relative of an adult patient or client called the asker ("haar moeder belde naar de praktijk"): what they hear is the adult's to decide. */
  relativeCalled?: boolean;
  /** "Moet ik het eerst aan haar vertellen voordat ik VT bel?" after she told the asker herself: the one who told hears it first. */
  tellsThePersonWhoTold?: boolean;
  /** Harm to an adult (a partner, an older person, a client) in a home where children live or often stay: the Kindcheck (stap 1) is for them. */
  childrenBesideAnAdult?: boolean;
}

/** Stalking: following, waiting, flooding with messages. */
const STALKING_TERMS = [
  'stalk*', 'gestalkt', 'achtervolg*', 'belaging', 'lastiggevallen', 'lastig gevallen', 'tientallen berichten', 'tientallen appjes', 'honderden berichten',
  'blijft berichten sturen', 'blijft appen', 'blijft bellen', 'staat voor haar deur', 'staat voor zijn deur', 'wacht haar op', 'wacht hem op', 'staat * bij de ingang',
  'overal volgt', 'volgt haar overal', 'volgt hem overal', 'overal achterna', 'loopt haar achterna', 'loopt hem achterna', 'voor haar flat', 'voor zijn flat', 'voor haar huis staat', 'voor zijn huis staat', 'staat * voor haar huis', 'staat * voor zijn huis', 'voor haar woning',
];

/** Control by a partner: money, phone, contacts, who speaks for whom. */
const CONTROL_TERMS = [
  'controle', 'controleert', 'geen eigen pas', 'geen eigen bankpas', 'houdt haar in de gaten', 'houdt hem in de gaten', 'jaloers', 'isoleert', 'mag niet meer', 'mag nooit', 'wacht altijd', 'checkt', 'telefoon na*',
  'geen eigen geld', 'afpakt', 'opsluit', 'sluit haar op', 'sluit hem op', 'bepaalt wie', 'bepaalt alles', 'mag niemand zien', 'niet alleen de deur uit', 'geen eigen rekening', 'boodschappengeld', 'mag * niet meer zien', 'mag * * niet meer zien', 'mag * * * niet meer zien', 'geen vriendinnen meer',
  'geen contact meer mag', 'geen contact meer mag hebben', 'geen contact * mag hebben', 'mag geen contact', 'praat alleen hij', 'voert het woord', 'doet het woord', 'deed het woord', 'praat voor haar', 'praat voor hem', 'praatte voor haar', 'spreekt voor haar', 'antwoordt voor haar', 'antwoordde voor haar',
  'antwoord op elke vraag', 'antwoord op alle vragen', 'antwoord op iedere vraag', 'praat * voor haar', 'praatte * voor haar', 'praat * voor hem', 'praatte * voor hem',
  'bonnetje* laten zien', 'beide pinpassen', 'alle pinpassen', 'euro per week voor boodschappen',
];

const SIGNAL_WORDS: Record<WorrySignal, Lexicon> = {
  financial: lexicon(['financiele uitbuiting', 'neemt geld op', 'neemt * geld op', 'geld op met', 'met haar pas', 'met zijn pas', 'internetbankieren', 'haalt er geld af', 'haalt geld af', 'geld van haar rekening', 'geld van zijn rekening', 'op haar naam afgesloten', 'op zijn naam afgesloten', 'schulden op haar naam', 'schulden op zijn naam', 'staat op haar naam', 'staan op haar naam', 'uitgebuit', 'uitbuiting', 'pinpas', 'bankpas', 'geld afgepakt', 'geld afhandig', 'rekening verdwenen', 'rekening zijn verdwenen', 'rekening is verdwenen', "euro's verdwenen", "euro's zijn verdwenen", 'geld verdwenen', 'geld is verdwenen', 'geld verdwijnt', 'niks meer mag kopen', 'niets meer mag kopen', 'mag niks meer kopen', 'mag niets meer kopen', 'spaargeld', 'rekening leeg*', 'geen geld meer', 'geld opneemt', 'geld weg', 'uit haar portemonnee', 'uit zijn portemonnee', 'portemonnee leeg', 'geld * * * weg', 'geld * * * * weg', 'aow', 'pensioen', 'uitkering', 'extra leefgeld', 'meer leefgeld', 'formulieren tekenen', 'laat * tekenen', 'papieren tekenen', 'tekenen voor een lening', 'lening op haar naam', 'lening op zijn naam', 'lening afsluiten']),
  injury: lexicon([
    'blauwe plek*', 'blauw oog', 'blauwe arm*', 'blauwe pols*', 'jaap', 'dik oog', 'dikke wang', 'gezwollen', 'bult*', 'buil*', 'wond*', 'verwond*', 'letsel', 'snee', 'brandwond*', 'schram*', 'krassen', 'striemen', 'striem', 'dikke lip',
    'gebroken', 'breuk', 'gekneusd', 'fractuur', 'fracturen', 'ribfractuur', 'polsfractuur', 'heupfractuur', 'armfractuur', 'botbreuk*', 'ribbreuk*', 'polsbreuk*', 'armbreuk*', 'pols- en', 'ander verhaal over', 'plekken', 'plek op', 'rode plek*', 'gevallen', 'trap gevallen', 'tegen de tafel', 'onhandig', 'rare verklaring',
    'verklaring klopt', 'vage verklaring', 'spoedpost', 'eerste hulp', 'in het gips', 'gesprongen lip', 'kapotte lip', 'gescheurde lip', 'tegen een kastdeur', 'tegen de kastdeur', 'vingerafdruk*', 'grijpplek*', 'knijpplek*', 'pijn bij', 'loopt mank', 'lange mouwen', 'brandplek*', 'van een sigaret', 'met een sigaret', 'sigarettenbrand*', 'peuk uitgedrukt', 'uitgedrukt op',
  ]),
  behaviour: lexicon([
    'stil', 'stiller', 'bang', 'lijkt bang', 'rare dingen', 'teruggetrokken', 'trekt zich terug', 'angstig', 'schrikt', 'schrikachtig', 'agressief', 'boos', 'woedebuien', 'druk', 'onrustig',
    'huilt', 'huilen', 'huilerig', 'slaapt slecht', 'moe', 'vermoeid', 'concentratie*', 'cijfers', 'gedrag', 'gedragsverandering', 'veranderd', 'anders dan anders',
    'niet meer zichzelf', 'afwezig', 'in zichzelf gekeerd', 'somber', 'verdrietig', 'bedplassen', 'plast weer', 'weer plassen', 'broek', 'eetproblemen', 'eet niet', 'spijbel*',
    'verzuim*', 'vaak ziek', 'te laat', 'wil niet naar huis', 'blijft hangen', 'zelfbeeld', 'faalangst', 'aanklampend', 'schuw', 'tekeningen', 'tekent',
  ]),
  neglect: lexicon([
    'vies', 'vieze', 'stinkt', 'ruikt', 'geen ontbijt', 'zonder ontbijt', 'honger', 'geen lunch', 'geen brood', 'zonder brood', 'zonder lunch', 'zonder eten', 'geen eten', 'kleding', 'kleren', 'geen jas', 'zonder jas', 'te dun', 'dunne jas', 'zomerjas', 'dunne zomerjas', 'eet stiekem', 'stiekem eten', 'stiekem eet',
    'luizen', 'tanden', 'gaatjes', 'tandarts', 'niet naar de dokter', 'niet naar de huisarts', 'nooit naar de huisarts', 'nooit naar de dokter', 'geen huisarts', 'ziek naar school', 'de deur dichtdoet', 'rondje gaat rijden', 'rondje rijden', 'alleen achterlaat', 'is niet opgehaald', 'werd niet opgehaald', 'wordt niet opgehaald', 'te laat opgehaald', 'alleen thuis',
    'verwaarloos*', 'verwaarlozing', 'vaccinaties', 'niet op afspraak*', 'niet op de afspraak*', 'afspraken gemist', 'afspraken missen', 'groeit niet', 'groeit nauwelijks', 'groeit slecht', 'nauwelijks groeit', 'niet groeit', 'slecht groeit', 'groeiachterstand', 'valt af', 'afgevallen', 'niet verschenen', 'niemand open', 'niet open', 'zorgt niet', 'geen toezicht', 'hygiene', 'ondergewicht', 'mager', 'luier*', 'rommel',
    'vuilniszak*', 'vervuild*', 'vervuiling', 'verwarming staat uit', 'verwarming uit', 'geen verwarming', 'stank', 'kale matras', 'kale matrassen', 'koelkast leeg', 'lege koelkast', 'koelkast is leeg', 'geen eten in huis', 'nauwelijks eten in huis',
    'alleen gelaten', 'alleen laat', 'laat * alleen', 'kinderen alleen', 'terwijl ze slapen', 'terwijl zij slapen', 'terwijl de kinderen slapen',
    'doorweekt', 'incontinentiemateriaal', 'niet verschoond', 'uitgedroogd', 'uitdroging', 'lippen droog', 'droge lippen', 'buiten bereik', 'doorligplek*', 'decubitus', 'niet gewassen',
    // Medication misused or withheld by whoever manages it: "de oxazepam gaat veel te snel op".
    'te snel op', 'sneller op dan', 'platgespoten', 'te veel medicatie', 'te veel medicijnen', 'extra slaappil*', 'houdt * medicijnen achter', 'houdt * medicatie achter', 'medicatie achtergehouden', 'medicijnen achtergehouden', 'krijgt * medicijnen niet', 'krijgt * medicatie niet',
  ]),
  sexual: lexicon([
    'seksue*', 'seks', 'grensoverschrijd*', 'aanraken', 'aangeraakt', 'betast', 'aan haar zat', 'aan hem zat', 'aan haar zit', 'aan hem zit', ...TOUCHED_BY_SOMEONE, 'daar aan zit', 'daar * aan zit', 'daar * * aan zit', 'daar aan zat', 'daar * aan zat', 'bloot', 'naakt', 'porno', 'intiem', 'in * onderbroek', 'aan * onderbroek', 'onderbroek uit*', 'geslachtsdeel*', 'grooming', 'groomen', 'hartjes', 'zag er goed uit', 'ziet er goed uit',
    'piemel', 'plassertje', 'kruis', 'het spelletje', 'geheime spelletje*', 'geheim spelletje', 'geheimpje-spelletje', 'geheimpje met', 'een geheimpje heeft met', 'bij hem in bed moet', 'bij hem in bed moest', 'in bed moet komen liggen', 'in bed moest komen liggen', 'misbruik*', 'loverboy*', 'pooier*', 'oudere vriend', 'dure cadeaus', 'sexting', 'naaktfoto*', 'kamer binnen', 'in de broek van', 'in zijn broek', 'in haar broek', 'handen in de broek', 'broek naar beneden', 'broek * naar beneden', 'broek omlaag', 'broek * omlaag', 'geheime spel', 'geheim spel', 'geheimpjesspel', 'onder de douche gefilmd', 'gefilmd onder de douche', 'moesten zich uitkleden', 'moest zich uitkleden', 'filmpje * rondgegaan', 'filmpje rondgestuurd', 'foto\'s moet sturen', 'foto\'s moest sturen',
  ]),
  domestic: lexicon([
    'ruzie*', 'burengerucht', 'handen op zijn oren', 'handen op haar oren', 'onder de keukentafel', 'geschreeuw', 'geschreeuwd', 'schreeuwen', 'schreeuwt', 'schreeuwde', 'schreeuwden', 'tegen de muur', 'smijt', 'smeet', 'gesmeten', 'gegil', 'gillen', 'gilt', 'vechten', 'vechtscheiding', 'scheiding', 'gescheiden', 'nieuwe vriend', 'nieuwe partner',
    'nieuwe man', 'vriend van moeder', 'vriend van mama', 'stiefvader', 'huiselijk geweld', 'partnergeweld', 'hg-melding', 'hg melding', 'politie kwam', 'politie was', 'politie is geweest', 'politie erbij', 'politie gebeld', 'politie aan de deur', 'uitschelden', 'scheldt',
    'scheldpartij*', 'slaat', 'geslagen', 'klappen', 'pijn doet', 'pijn deed', 'pijn gedaan', 'doet * pijn', 'deed * pijn', 'geduwd', 'duwt', 'duwde', 'een duw', 'duw geeft', 'duw gaf', 'bij de keel', 'zwart zag', 'keel dichtgeknepen', 'keel vastpakte', 'keel vastgepakt', 'keel vastgreep', 'keel vastgegrepen', 'schopt', 'geschopt', 'knijpt', 'kneep', 'geknepen', 'gooit met', 'gooide met', 'met dingen gooit', 'met dingen gooide', 'met spullen gooit', 'met spullen gooide', 'met een stoel', 'ingetrapt', 'ingetrapte', 'gat in de muur', 'gaten in de muur', 'dronken', 'alcohol', 'drinkt', 'drank', 'drugs', 'verslaaf*', 'wiet',
    ...STALKING_TERMS, ...CONTROL_TERMS, 'contactverbod', 'straatverbod',
    'te hard vast', 'hard vastgepakt', 'ruw vastgepakt', 'greep haar pols', 'greep hij haar pols', 'greep hij * * haar pols', 'pakte haar pols', 'snauwde hij haar', 'snauwt hij haar', 'snauwde haar', 'snauwt haar', 'kromp ineen', 'krimpt ineen',
    'afgepakt', 'zonnebril', 'bonnetjes', 'zakgeld van hem',
  ]),
  disclosure: lexicon(['vertelde', 'vertelt', 'zei', 'zegt', 'gaf aan', 'in vertrouwen', 'opgebiecht', 'geheimpje', 'geheim']),
  emotional: lexicon([
    'kleineren', 'kleineert', 'vernederd', 'vernedert', 'vernederend', 'uitgescholden', 'uitscheldt', 'scheldt * uit', 'je bent een schande', 'dom genoemd', 'waardeloos', 'genegeerd', 'negeert', 'bedreigd', 'dreigt', 'straf', 'opgesloten',
    'de riem', 'met de riem', 'pak slaag', 'slaag', 'billenkoek', 'een tik', 'tikken krijgt', 'een klap', 'klap krijgt', 'klappen krijgt', 'mep', 'meppen',
    'harde tik', 'harde klap', 'tik in * gezicht', 'klap in * gezicht', 'tik tegen * hoofd', 'mept', 'mepte', 'stom kind', 'rotkind',
    'te dom', 'zo dom', 'dom wijf', 'domme koe', 'krimpt * * in elkaar', 'laat * wel voelen', 'laat voelen', 'het haar * laat voelen', 'niks waard', 'niets waard', 'wil niemand met je', 'had je maar nooit', 'nooit geboren', 'in het donker', 'eruit gezet', 'buitengezet', 'wordt * klein', 'krimpt * in elkaar',
  ]),
  'special-route': lexicon([
    'neef op haar', 'wacht een neef', 'man voor haar', 'man voor haar gevonden', 'misschien niet terugkomt', 'niet terug mag', 'eer', 'eergerelateerd*', 'familie-eer', 'huwelijksdwang', 'uithuwelijk*', 'gedwongen huwelijk', 'trouwen', 'trouwt', 'trouwerij', 'trouwjurk', 'neef trouwen', 'verloven', 'verloving', 'verloofd', 'bruiloft', 'besnijd*', 'besneden', 'vgv',
    'genitale verminking', 'land van haar ouders', 'land van zijn ouders', 'land van de ouders', 'iemand moet ontmoeten', 'omdat het niet hoort', 'achterlating', 'land van herkomst', 'loverboy*', 'mensenhandel', 'seksuele uitbuiting', 'criminele uitbuiting', 'arbeidsuitbuiting', 'prostitutie',
  ]),
  /** A suspicion about someone who works in the organisation; the asker's own role ("ik ben trainer") is not one. */
  colleague: lexicon([
    'collega', 'een collega', 'mijn collega', 'onze collega', 'een medewerker', 'onze medewerker', 'medewerker van ons', 'stagiair*', 'stagair*', 'stagiar*', 'vrijwilliger',
    'een leerkracht van', 'een docent van', 'een leidster', 'een begeleider', 'de gastouder', 'de chauffeur', 'trainer*', 'trainster*', 'coach', 'leider', 'andere begeleider', 'andere leidster', 'invalkracht*', 'invaller*', 'oproepkracht*', 'uitzendkracht*', 'nieuwe medewerker*',
  ]),
  'parent-problems': lexicon([
    'psychisch*', 'depressie*', 'depressief', 'psychose', 'verslaaf*', 'verslaving', 'schulden', 'dakloos', 'huisuitzetting', 'overbelast*',
    'mantelzorg*', 'werkloos', 'baan kwijt', 'ziek', 'opgenomen', 'gevangenis', 'detentie',
    'drinkt', 'drankprobleem', 'alcoholprobleem', 'alcoholist*', 'alcoholafhankelijk*', 'drugsafhankelijk*', 'drugs', 'drugsgebruik', 'cocaine', 'coke', 'speed', 'heroine', 'onder invloed',
    'bipolair*', 'manisch*', 'schizofren*', 'borderline', 'psychiatri*', 'gestopt met haar medicatie', 'gestopt met zijn medicatie', 'gestopt met haar medicijnen', 'gestopt met zijn medicijnen',
  ]),
};

const INVOLVED_WORDS: Record<Involved, Lexicon> = {
  child: lexicon(['kind', 'kinderen', 'kids', 'koters', 'kleintjes', 'jochie', 'joch', 'jongetje', 'knul', 'ventje', 'knulletje', 'speler', 'spelers', 'jeugdlid', 'jeugdspeler*', 'kindje', 'leerling*', 'jongen', 'meisje', 'zoontje', 'dochtertje', 'broertje', 'zusje', 'groep *', 'klas', 'pupil', 'jungske', 'jongske', 'wichtje', 'wichske', 'pleegkind*', 'pleegzoon*', 'pleegdochter*']),
  'young-child': lexicon(['baby*', 'wieg', 'pasgeboren*', 'kraamweek', 'kraamtijd', 'borstvoeding', 'peuter*', 'dreumes*', 'kleuter*', 'zuigeling*', 'kinderdagverblijf', 'kdv', 'opvang', 'bso', 'consultatiebureau']),
  youth: lexicon(['puber*', 'tiener*', 'jongere*', 'havo', 'vwo', 'vmbo', 'mbo', 'brugklas*', 'van 10', 'van 11', 'van 12', 'van 13', 'van 14', 'van 15', 'van 16', 'van 17', 'is 12', 'is 13', 'is 14', 'is 15', 'is 16', 'is 17', 'speelster*', 'jaar oud']),
  parent: lexicon(['moeder', 'vader', 'mama', 'papa', 'ouder', 'ouders', 'stiefvader', 'stiefmoeder', 'opvoeder*', 'gezin']),
  partner: lexicon(['partner', 'partners', 'echtpaar', 'echtgeno*', 'man', 'vrouw', 'vriend', 'vriendin', 'ex', 'bij een stel', 'een stel dat', 'het stel', 'een stel in', 'een stel met', 'een stel van', 'dit stel', 'dat stel']),
  // Not 'oudere*': "een veel oudere jongen", "haar oudere broer" are no older adults.
  'older-adult': lexicon(['ouderen*', 'ouderenzorg', 'demente', 'dementerend*', 'dame', 'kleinzoon', 'kleindochter', 'kleinkind*', 'oudere dame', 'oudere vrouw', 'oudere man', 'oudere meneer', 'oudere mevrouw', 'oudere client*', 'oudere bewoner*', 'oudere patient*', 'oudere buurman', 'oudere buurvrouw', 'oudere echtpaar', 'ouder echtpaar', 'bejaard*', 'oma', 'opa', 'weduwe', 'weduwnaar', 'mevrouw', 'mevr', 'mw', 'meneer', 'dhr', 'dementie', 'dement', 'alzheimer', 'thuiszorg', 'verpleeghuis']),
  client: lexicon(['client*', 'bewoner*', 'patient*', 'inwoner*', 'hulpvrager*', 'deelnemer*', 'lvb', 'licht verstandelijk*', 'verstandelijk beperkt*', 'verstandelijke beperking', 'dagbesteding', 'ambulante begeleiding']),
  // Only counted when the message suspects them (whoIsInvolved): then the trainer or the juf is the one it is about.
  colleague: lexicon(['collega*', 'een medewerker', 'onze medewerker', 'stagiair*', 'stagair*', 'stagiar*', 'vrijwilliger*', 'trainer*', 'trainster*', 'coach', 'leider', 'leidster', 'begeleider', 'juf', 'meester', 'leerkracht', 'docent', 'gastouder']),
};

/** "Even in slaap gevallen op de bank": falling asleep is no injury. */
const FELL_ASLEEP = /\bin slaap\s+(?:\S+\s+)?(?:gevallen|valt|viel|vallen)\b/gu;
/** "Geen letsel gezien", "zonder zichtbare plekken": an injury denied is no injury signal. */
const NO_INJURY =
  /\b(?:geen|zonder|nooit|nog nooit)\s+(?:zichtbaa?re?\s+|duidelijke?\s+|lichamelijke?\s+)?(?:letsel|verwonding\p{L}*|wondjes?|wonden|blauwe plek\p{L}*|plekken|sporen)\b|\b(?:letsel|verwondingen|blauwe plekken|plekken|sporen)\s+(?:heb|zag|zie|hebben|zagen|zien)\s+(?:ik|we|wij)\s+(?:\S+\s+)?(?:niet|nooit|geen)\b/gu;
/** "Komt voor wondzorg": caring for a wound is the asker's work, no injury signal. */
/** A child or adult telling what someone at home does to them or another: a telling verb, then a person of the home and harm. */
const HOME_PERSON = String.raw`(?:papa|mama|vader|moeder|stiefvader|stiefmoeder|(?:de )?vriend van (?:mama|moeder|haar moeder|zijn moeder)|haar man|zijn vrouw|partner|broer|oom|opa|zoon|hij|zij)`;
const HARM_DONE = String.raw`(?:slaat|sloeg|slaan|geslagen|duwt|duwde|geduwd|schopt|schopte|geschopt|pijn|knijpt|kneep|opsluit|sloot|riem|klap\p{L}*|tik\p{L}*|trapt|trapte|mishandel\p{L}*|dreigt|dreigde|gooit|gooide|gegooid|spelletje|aan (?:me|mij|haar|hem) zit)`;
const HARM_TOLD_AT_HOME = new RegExp(
  String.raw`\b(?:vertelde|vertelt|verteld|zei|zegt|gezegd|gaf aan|fluisterde|liet weten|biechtte)\b[^.?!]{0,80}?\b${HOME_PERSON}\b[^.?!]{0,50}?\b${HARM_DONE}` +
    // "Zijn vader drinkt volgens hem elke avond … een keer heeft vader een stoel door de kamer gegooid."
    String.raw`|\b${HOME_PERSON}\b[^.?!]{0,40}?\bvolgens (?:hem|haar)\b[^.?!]{0,30}[.,]?[^.?!]{0,80}?\b${HARM_DONE}`,
  'u',
);
/** "Ze zei ineens 'papa werd heel boos'" beside an injury: a telling that points home, whatever words it uses for the harm. */
const PARENT_NAMED_IN_TELLING = /\b(?:vertelde|vertelt|zei|zegt|gaf aan|fluisterde)\b[^.?!]{0,60}?(?:\bdat|['"‘“])\s*(?:\p{L}+\s+){0,2}?(?:papa|mama|vader|moeder|stiefvader|stiefmoeder|haar man|zijn vrouw)\b/u;
/** An explanation given for an injury ("van de trap gevallen", "tegen de deur gestoten"), which the asker may doubt. */
const INJURY_EXPLAINED = lexicon(['gevallen', 'gestoten', 'tegenaan', 'tegen de', 'van de trap', 'ongelukje', 'onhandig', 'verklaring', 'zou gevallen', 'per ongeluk', 'bij het spelen', 'bij het sporten', 'zegt dat', 'zei dat', 'zei ze', 'zei hij']);
/** "Plast ze weer in haar broek": wetting again is a change in behaviour, not a sexual signal. */
const WETTING = /\b(?:plast|plassen|plaste|poept|poepen|poepte)\b[^.?!]{0,40}?\bin (?:haar|zijn|de|z'n|d'r) broek\b/gu;
/** A son or daughter is a child, unless the story is about an older adult: then they are grown up ("haar zoon regelt alles"). */
const SON_OR_DAUGHTER = lexicon(['zoon', 'zonen', 'dochter', 'dochters']);
/** "Koffie drinkt met collega's": colleagues she meets, no one suspected, and coffee is no drink problem. */
const AMONG_COLLEAGUES = /\b(?:met|bij|van|onder) (?:(?:haar|zijn|hun|de) )?collega'?s\b/gu;
const HARMLESS_DRINK = /\b(?:koffie|thee|water|fris|limonade)\s+(?:drinkt|drinken|dronk)\b|\b(?:drinkt|drinken|dronk)\s+(?:\S+\s+){0,2}?(?:koffie|thee|water|limonade)\b|\b(?:drinkt|dronk)\s+(?:prima|goed|slecht|weinig|genoeg|aan de borst|uit de fles|de fles|haar fles|zijn fles)\b/gu;
/** "Hij appte haar of ze alleen thuis is": someone asking whether she is alone, not a child left alone. */
const ASKED_IF_ALONE = /\bof (?:ze|zij|hij|je) alleen thuis\b/gu;
/** "Mevrouw zelf zei bijna niks": saying nothing tells nothing. */
const SAID_NOTHING = /\b(?:zei|zegt|vertelde|vertelt)\s+(?:zelf\s+)?(?:bijna\s+|verder\s+|vrijwel\s+)?(?:niks|niets|weinig|nauwelijks iets)\b/gu;

/** "Meneer (79)", "een dame van 82", "84 jaar": someone of 65 or older. */
const OLDER_AGE = /(?:\(|\bvan |\b)(?:6[5-9]|[7-9]\d|1[01]\d)(?:\)|\s*(?:jaar|jr)\b|-jarige\b|(?=[,.!?]|$|\s+(?:en|die|met|is|in|uit|woont|heeft|bij|zit|ligt|krijgt|kreeg|was|zegt|zei|vertelde|kwam|had)\b))/u;

/** "Allebei rond de 40", "een meneer van 52": an adult under 65, whom "meneer" or "mevrouw" alone does not make older. */
const YOUNGER_ADULT_AGE = /(?:\b(?:rond de|van)|\()\s*(?:1[89]|[2-5]\d|6[0-4])\b(?!\s*(?:euro|eur|procent|minuten|km|kilo|uur|keer|dagen|weken|maanden)\b)|\b(?:1[89]|[2-5]\d|6[0-4])\s*(?:jaar|jr)\b|\b(?:1[89]|[2-5]\d|6[0-4])-jarige\b/u;
/** Words that make someone older, whatever a grandchild in the story: a grandparent is older too, but may only be helping (whoIsInvolved). */
const OLDER_WORDS = ['ouderen*', 'ouderenzorg', 'bejaard*', 'weduwe', 'weduwnaar', 'dementie', 'dement', 'alzheimer', 'rollator', 'verpleeghuis', 'kleinzoon', 'kleindochter', 'kleinkind*', 'oudere dame', 'oudere vrouw', 'oudere man', 'oudere meneer', 'oudere mevrouw', 'oudere client*', 'oudere bewoner*', 'oudere patient*', 'oudere buurman', 'oudere buurvrouw', 'oudere echtpaar', 'ouder echtpaar'];
const OLDER_NOT_GRANDPARENT = lexicon(OLDER_WORDS);
const CLEARLY_OLDER = lexicon([...OLDER_WORDS, 'oma', 'opa']);

/** "Haar zoon van 30": a son or daughter who is an adult. */
const GROWN_UP_KIN = /\b(?:zoon|zonen|dochter|dochters)\s+(?:van\s+)?(?:1[89]|[2-9]\d)\b/u;

/** "Een studente van 19 op het mbo", "ze is meerderjarig": a young adult, no youth, unless a youth's age or school is named too. */
const YOUTH_AGE_OR_SCHOOL = /\b(?:van|is)\s+1[0-7]\b|\b1[0-7]\s*(?:jaar|jr)\b|\b1[0-7]-jarige\b|\(1[0-7]\)|\b(?:puber|tiener|havo|vwo|vmbo|brugklas)\p{L}*/u;
const isYoungAdult = (t: string): boolean => (/\bmeerderjarig\b/u.test(t) || YOUNGER_ADULT_AGE.test(t)) && !YOUTH_AGE_OR_SCHOOL.test(t);

function whoIsInvolved(text: string, suspect: boolean): Involved[] {
  // "Een jongetje van 14 maanden" is a young child, not a youth of fourteen; "een IQ rond de 65" is no age and "er zijn geen kinderen" no child.
  const plain = text.replace(AGE_IN_MONTHS, ' baby ').replace(NOT_AN_AGE_OR_PERSON, ' ');
  // Most messages name no opvang: the shelter test is skipped for them.
  const t = plain.includes('opvang') ? plain.replace(SHELTER_FOR_ADULTS, ' opvanghuis ') : plain;
  // "Meneer" and "mevrouw" are polite words, not an age: beside a younger age, or as a couple with no sign of age, no older adult.
  const polite = (YOUNGER_ADULT_AGE.test(t) || mentions(PARTNER_OF, t)) && !OLDER_AGE.test(t) && !mentions(CLEARLY_OLDER, t);
  const named = present(INVOLVED_WORDS, t).filter((i) => (i !== 'colleague' || suspect) && !(i === 'older-adult' && polite) && !(i === 'youth' && isYoungAdult(t)));
  const involved: Involved[] = !named.includes('older-adult') && OLDER_AGE.test(t) ? [...named, 'older-adult'] : named;
  const childByKin = !involved.includes('child') && !involved.includes('older-adult') && mentions(SON_OR_DAUGHTER, t) && !GROWN_UP_KIN.test(t);
  // "Milan (4)", "hij is pas vier", "Milan is 6 en …": a child's age in brackets, said as young, or said of a name.
  const childByAge = !involved.some(isYoung) && (CHILD_AGE.test(t) || CHILDREN_BY_AGE.test(t));
  const withKin: Involved[] = childByKin || childByAge ? ['child', ...involved] : involved;
  const young = withKin.some(isYoung);
  // Oma and opa beside a child are family who help, not an older adult the worry is about; "man", "vrouw" or "vriend"
  // beside others is someone in the story, not a partner, unless the message says whose partner.
  return withKin.filter(
    (i) => !(i === 'older-adult' && young && !OLDER_AGE.test(t) && !mentions(OLDER_NOT_GRANDPARENT, t)) && !(i === 'partner' && withKin.length > 1 && !mentions(PARTNER_OF, t)),
  );
}
/** "Bewoonster van onze opvang", "de vrouwenopvang": a shelter for adults, not a day care for young children. */
const SHELTER_FOR_ADULTS = /\b(?:vrouwenopvang|maatschappelijke opvang|nachtopvang|daklozenopvang|crisisopvang)\b|\bopvang\b(?=[^.?!]*\b(?:bewoon|bewoner|client)\p{L}*)|(?<=\b(?:bewoon|bewoner|client)\p{L}*[^.?!]{0,30})\bopvang\b/gu;
/** "Twee jongens van 8 en 12", "meisjes van 13-14", "een van mijn jongens": children by their age or as the asker's own group; "jongens" alone may be young men. */
const CHILDREN_BY_AGE = /\b(?:jongens|meisjes)\s+van\s+(?:[1-9]|1[0-7])(?:\s*(?:en|-|tot)\s*(?:[1-9]|1[0-7]))?(?!\s*(?:jaar geleden|maanden|weken|uur|\d))\b|\b(?:mijn|onze)\s+(?:jongens|meisjes)\b/u;
const CHILD_AGE = /\((?:[0-9]|1[0-7])\)|\b(?:hij|zij|ze|\p{L}+)\s+is\s+(?:[1-9]|1[0-7])(?:\s+jaar)?(?:\s+oud)?(?=\s*[,.]|\s+en\b)|\b(?:is|nog) pas (?:[1-9]|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b(?!\s+(?:dagen|weken|maanden|uur|keer))/u;
const NOT_AN_AGE_OR_PERSON = /\b(?:zijn|haar) (?:vrouw|man|partner|echtgeno\p{L}*) (?:is |was )?(?:\S+ )?(?:overleden|gestorven)\b|\biq\s+(?:van\s+|rond\s+(?:de\s+)?|onder\s+(?:de\s+)?|ongeveer\s+|van\s+rond\s+de\s+)?\d+|\b(?:geen|zonder)\s+(?:eigen\s+|thuiswonende\s+)?(?:kinderen|kind|kids)\b|\b(?:alleen|enkel)\s+(?:voor|bij)\s+kinderen\b/gu;
const AGE_IN_MONTHS = /\bvan (?:\d{1,2}|een paar|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) (?:maanden|mnd|weken)\b/gu;
const PARTNER_OF = lexicon([
  'partner', 'partners', 'echtpaar', 'echtgeno*', 'een stel dat', 'bij een stel', 'het stel', 'een stel in', 'een stel met', 'een stel van', 'dit stel', 'dat stel', 'ex', 'exman', 'ex-man', 'ex-partner', 'haar man', 'zijn vrouw', 'mijn man', 'haar vriend', 'zijn vriendin', 'nieuwe vriend', 'nieuwe vriendin', 'vriend van moeder', 'vriend van mama',
  'vriendin van vader', 'vriendin van papa', 'moeders vriend', 'samenwo*', 'getrouwd', 'relatie', 'man en vrouw', 'haar vriendje', 'haar echtgenoot', 'zijn echtgenote', 'haar ex', 'zijn ex', 'de ex',
  'zn vrouw', "z'n vrouw", "d'r man", 'de man van', 'de vrouw van', 'vriend van mevrouw', 'vriend van de moeder', 'vriend van haar moeder', 'vriend van zijn moeder', 'vriendin van', 'zn vriendin', "z'n vriendin",
]);

const WORRY_MARKER = lexicon([
  'zorgen', 'zorg over', 'bezorgd', 'zorgelijk', 'verontrustend', 'twijfel*', 'niet pluis', 'onderbuik*', 'onderbuikgevoel', 'onrustig gevoel', 'raar gevoel', 'vreemd', 'klopt niet',
  'vertrouw het niet', 'rare dingen', 'raar', 'vreemde dingen', 'zit me niet lekker', 'lekker gevoel', 'weet niet wat ik', 'weet niet goed', 'wat ik hiermee', 'hiermee moet', 'ermee moet', 'wat moet ik', 'wat kan ik', 'wat nu', 'volgende stap', 'moet ik hier',
  'moet ik er iets', 'iets mee', 'aankaarten', 'melden', 'in de gaten', 'opgeschreven', 'genoteerd', 'gesignaleerd', 'valt me op', 'viel me op', 'gemerkt',
  'gezien', 'zag', 'merk', 'lastig', 'sinds', 'de laatste tijd', 'laatste weken', 'steeds vaker', 'al een tijdje', 'opeens', 'ineens',
]);

/** Someone to share with other than Veilig Thuis (a school, a huisarts, the wijkteam): sharing that asks consent. */
const OTHER_THAN_VEILIG_THUIS = String.raw`(?:de school|school bellen|(?:zijn|haar|hun) school|de school van|de juf|de meester|de leerkracht|de mentor|(?:de|haar|zijn|hun) (?:huisarts|verloskundige|kraamzorg|jeugdverpleegkundige|werkgever|psycholoog|behandelaar|thuiszorg|wijkverpleging|wijkverpleegkundige|dagbesteding|casemanager|begeleider|praktijkondersteuner|poh)|de wijkagent|het wijkteam|de wijkteamcollega|(?:het|de) sociaal team|de jeugdarts|het consultatiebureau|het cb|de jgz|de leerplichtambtenaar|leerplicht)`;
const FAMILY = String.raw`(?:ouders?|moeder|vader|mama|papa|opa|oma|grootouders?|familie|gezin|partner|zoon|dochter|client\w*|patient\w*)`;
/** "Moet ik ouders vertellen dat ik ga melden?" asks about informing them of a melding, and "toestemming van moeder vragen" about consent: neither is the step-3 talk. */
const ABOUT_A_MELDING = /\bmeld(?!code)\p{L}*|\btoestemming\b/u;
/** Someone close whom a story may suspect, other than a parent (talking with parents is stap 3). */
const SUSPECTED_KIN = String.raw`(?:klein|schoon|stief)?(?:zoon|dochter|broer|zus|oom|tante|neef|nicht|zwager|opa|oma|buurman|buurvrouw|vriend|vriendin|partner|man|ex)`;

/** A parent under influence who collected or drove off with a child. */
const DROVE_OFF_UNDER_INFLUENCE = /^(?=.*\b(?:dronken|onder invloed|gedronken|naar drank|naar alcohol|lallend|lalde|stoned|high)\b)(?=.*\b(?:ophaal\p{L}*|ophalen|haalde|halen|meenam|meenemen|meegenomen|reed|rijden|wegreed|weggereden|wegrijden|auto)\b)/u;

interface QuestionPattern {
  kind: ExplicitQuestion;
  pattern: RegExp;
  /** The sentence asks something else when this matches it. */
  unless?: RegExp;
  /** Wide wording ("kan ik … bellen?"): a question of this kind only when the message asks nothing more specific. */
  onlyAlone?: true;
  /** The message as a whole must tell this too ("wat had ik moeten doen?" after a mother under influence drove off with her child). */
  told?: RegExp;
}

/** Parents who separated: what each may be told is then its own question. */
const SEPARATED_PARENTS = /\b(?:gezag|gescheiden|scheiding|vechtscheiding|andere ouder|co-?ouder\p{L}*|omgang\p{L}*)\b/u;

/** Sharing with Veilig Thuis, the wijkteam, the police or the huisarts, or a melding: not what a parent may be told. */
const TOLD_TO_OTHERS = /\b(?:veilig thuis|vt|wijkteam|politie|huisarts|meld(?!code)\p{L}*)\b/u;

/** "Moet ik de ouders vertellen dat ik ga melden?": telling the family, which has rules of its own (talk-to-family), not the person. */
const TOLD_TO_FAMILY = /\b(?:ouders?|vader|moeder|familie|zoon|dochter|kleinzoon|kleindochter|broer|zus|oom|tante|partner|man|vrouw|gezin)\b/u;
/** A question whether the meldcode covers an older person ("geldt de meldcode ook voor een oma?"), not whether it binds the asker. */
const OLDER_PERSON_UNDER_MELDCODE =
  /\b(?:geldt|geld|gelden|telt|tellen)\b[^.?!]{0,30}\bmeldcode\b[^.?!]{0,20}\b(?:voor|bij|als het (?:om|over))\s+(?:een\s+|de\s+|haar\s+|zijn\s+|deze\s+)?(?:oma|opa|oudere\p{L}*|ouderen\p{L}*|bejaarde\p{L}*|senior\p{L}*|grootouder\p{L}*)\b|\b(?:oma|opa|oudere\p{L}*|ouderen|bejaarde\p{L}*)\b[^.?!]{0,30}\b(?:ook\s+)?onder\s+de\s+meldcode\b/u;
/** Help that is there but does not stop the unsafety ("de hulp werkt niet", "ondanks de begeleiding", "het ging een half jaar goed, nu weer politie"). */
const HELP_FAILED = /\b(?:hulp|wijkteam|consulent|begeleiding|traject)\b[\s\S]{0,200}?\b(?:(?:\S+\s+){0,4}?later\b[^.?!]{0,30}\b)?(?:is|was)\s+(?:er\s+)?(?:weinig|niets|niks|nauwelijks)\s+(?:\S+\s+)?(?:veranderd|verbeterd|verandering|verbetering)\b|\b(?:een melding (?:\S+\s+){0,4}?gedaan|(?:heb|hebben) (?:\S+\s+){0,4}?gemeld)\b[\s\S]{0,400}?\b(?:nu|inmiddels)\b[^.?!]{0,80}\b(?:weer|opnieuw)\b|\b(?:hulp|aanpak|plan|traject|behandeling|begeleiding|hulpverlening|afspraken)\b[^.?!]{0,40}\b(?:werkt niet|helpt niet|hielp niet|niet (?:werkt|helpt|hielp|aanslaat|genoeg is)|slaat niet aan|(?:zonder|geen) (?:effect|resultaat|verbetering)|(?:niks|niets) (?:oplevert|opgeleverd|uithaalt)|mislukt|loopt vast|is vastgelopen)\b|\bondanks\s+(?:de|alle|onze|het|ons)\s+(?:\S+\s+)?(?:hulp|begeleiding|afspraken|behandeling|plan|traject|hulpverlening)\b|\b(?:ging|gaat|liep)\s+(?:het\s+)?(?:\S+\s+){0,3}?(?:goed|redelijk|beter)\b[^.?!]{0,80}\b(?:nu|maar)\b[^.?!]{0,60}\b(?:weer|opnieuw)\b/u;

/** "Mag ik eerst zelf met mijn collega praten?": talking with a worker, who may be the one suspected. */
const TALK_WITH_A_WORKER = /\b(?:moet|zal|kan|mag)\s+(?:ik|we)\s+(?:eerst\s+)?(?:zelf\s+)?(?:eerst\s+)?met\s+(?:mijn|de|die|onze|deze|m'n)\s+(?:collega|medewerker|medewerkster|trainer|trainster|leidster|begeleider|stagiair\p{L}*|juf|meester|docent|chauffeur|vrijwilliger)\s+(?:zelf\s+)?(?:\S+\s+){0,2}?(?:praten|spreken|in gesprek|een gesprek)\b/u;

/** "Dat ze soms niet meer wil", "er niet meer wil zijn": the remark itself, not the topic ("een boek over zelfmoord"). */
/** "Wil niet meer leven", and the quieter "snap niet waarom ik hier nog ben", "maakt niks uit of ik er ben". */
const NOT_WANTING_TO_LIVE = /\b(?:niet meer (?:wil|willen|wilt)(?=\s*(?:leven\b|['"’)?.,!]|$))|er niet meer (?:wil|willen|wilt|hoeft) (?:te )?zijn|dood (?:wil|willen|wilt)\b|waarom (?:ik|ze|hij) (?:hier |er )?(?:nog )?(?:ben|is|besta|bestaat)\b|(?:maakt|uitmaakt)\s+(?:\S+\s+){0,2}?(?:niks|niets|niemand)\s+(?:\S+\s+){0,2}?uit of (?:ik|ze|hij) (?:er )?(?:nog )?(?:ben|is|besta|bestaat)\b)/u;
/** The remark in a sentence about a mother or father, not about a pupil or a daughter ("ze zei dat ze niet meer wil" of a girl is her own). */
const A_PARENT = /\b(?:moeder|vader|mama|papa|kraamvrouw)\b/u;
const A_CHILD_OR_YOUTH = /\b(?:leerling\p{L}*|meisje|jongen|dochter|zoon|kind|student\p{L}*|puber)\b/u;
const isAParentsRemark = (sentence: string): boolean => NOT_WANTING_TO_LIVE.test(sentence) && A_PARENT.test(sentence) && !A_CHILD_OR_YOUTH.test(sentence);
/** A remark about not wanting to live, as someone told it ("soms gewoon niet meer wil", "er niet meer hoeft te zijn"). */
const SUICIDAL_REMARK = /(?=.*\b(?:niet meer (?:wil|willen|wilt)(?=\s*(?:leven\b|['"’)?.,!]|$))|niet meer (?:hoeft|hoef|hoeven) te (?:leven|zijn)|dood (?:wil|willen|wilt)|er niet meer (?:wil|willen|wilt|hoeft|hoeven) (?:te )?zijn|zelfmoord\p{L}*|zelfdoding|suicid\p{L}*|eind aan (?:haar|zijn|mijn|het) leven|uit het leven))/u;

/** "Man bleef de hele tijd bij haar en liet haar geen vraag zelf beantwoorden": a partner who is always there. */
const PARTNER_ALWAYS_THERE = /\b(?:bleef|blijft|zit|zat|staat|stond)\s+(?:de hele tijd|steeds|altijd|telkens)\s+(?:bij|naast)\b|\b(?:liet|laat)\s+(?:haar|hem)\s+geen\b|\b(?:voert|voerde|doet|deed)\s+(?:altijd\s+|steeds\s+)?het woord\b|\bbeantwoordt\b[^.?!]{0,30}\bvoor (?:haar|hem)\b/u;
const QUESTIONS: readonly QuestionPattern[] = [
  // First: where the file is read by the one who may be the danger, what else is asked waits.
  // "Hoe leg ik dit vast als haar man via de app meeleest?", "het dossier ligt bij hun op tafel": recording where someone who may be the danger can read it.
  { kind: 'record-safely', pattern: /^(?=.*\b(?:vastleggen|vast te leggen|leg\p{L}* (?:ik|we|je) \S+ vast|noteren|noteer|opschrijven|schrijf|schrijven|\p{L}*dossier|\p{L}*verslag|registreren)\b)(?:(?=.*\b(?:app|\p{L}*portaal|\p{L}*portal|magister|parnassys|somtoday|meelezen|meeleest|meekijkt|meekijken|inlogt|inloggen|toegang|inzage|inzien|inziet|leest (?:\S+ ){0,2}?mee|kijkt (?:\S+ ){0,2}?mee|(?:daar|er|erin|daarin) (?:\S+ ){0,2}?in (?:kijken|kijkt|lezen|leest)|de map)\b)(?=.*\b(?:hij|haar man|partner|vriend|man|meneer|mevrouw|vader|stiefvader|moeder|stiefmoeder|ouders?|zoon|dochter|familie)\b)|(?=.*\b(?:ligt|liggen|staat) (?:\S+ ){0,3}?(?:op tafel|in huis|bij (?:hen|hun|ze) thuis|bij hun)\b))/u },
  // "Kan ik dit anoniem voorleggen?", "horen de ouders dat ik advies heb gevraagd?": advice without names, which the family never hears of.
  /** "Mag ik Veilig Thuis om advies vragen zonder dat ik het eerst aan mevrouw vraag?": advice needs no consent when no names are given. */
  { kind: 'tell-before-advice', pattern: /\b(?:mag|kan|mogen|kunnen)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,3}?(?:om\s+)?advies\s+(?:vragen|inwinnen|aanvragen)\b[^.?!]{0,30}\bzonder\s+(?:dat\s+(?:ik|we|wij)\s+(?:het\s+)?(?:eerst\s+)?(?:aan\s+)?(?:haar|hem|mevrouw|meneer|de client\p{L}*|de ouders|moeder|vader)|(?:haar|zijn|hun)\s+(?:toestemming|medeweten))\b/u },
  { kind: 'anonymous-advice', pattern: /\badvies\p{L}*\b[^.?!]{0,40}\b(?:is dat|telt dat|geldt dat|is het|wordt dat|wordt het)\b[^.?!]{0,20}?\b(?:meteen |direct |gelijk |al |dan |ook )*(?:een )?melding\b|\b(?:advies|overleg|bellen|voorleggen|sparren)\p{L}*\b[^.?!]{0,50}\bzonder dat (?:ik|we|je) (?:haar|zijn|hun|de) (?:naam|namen|gegevens) (?:noem|noemen|geef|geven)\b|\banoniem\p{L}*\b[^.?!]{0,60}\b(?:advies\p{L}*|voorleggen|voor te leggen|voorleg|bespreken|bespreek|overleggen|overleg|sparren|bellen|bel)\b|\b(?:bellen|bel)\s+(?:\S+\s+){0,2}?anoniem\b|\b(?:advies\p{L}*|voorleggen|voor te leggen|overleggen|sparren)\b[^.?!]{0,50}\banoniem\b|\b(?:advies\p{L}*|bellen|voorleggen|voor te leggen|overleggen)\b[^.?!]{0,40}\bzonder\s+(?:de\s+|hun\s+|haar\s+|zijn\s+)?(?:naam|namen|gegevens)\b|\bzonder\s+(?:de\s+|hun\s+|haar\s+|zijn\s+)?(?:naam|namen)\s+(?:te\s+)?(?:noemen|geven)\b[^.?!]{0,40}\?|\b(?:horen|weten|merken|hoort|weet|merkt|krijgen|krijgt)\s+(?:de ouders|het gezin|de familie|moeder|vader|ze|zij|hij)\b[^.?!]{0,50}\b(?:advies\p{L}*|alleen (?:maar )?(?:bel|gebeld))\b|\b(?:bellen|advies\p{L}*|voorleggen)\b[^.?!]{0,30}\bzonder dat\s+(?:zijn\s+|haar\s+|de\s+|hun\s+)?(?:ouders|familie|moeder|vader|gezin)\s+(?:het\s+|dat\s+|dit\s+)?(?:\S+\s+)?(?:horen|weten|merken|hoort|weet)\b/u, unless: /\banoniem\s+(?:te\s+)?meld\p{L}*|\bmelding\p{L}*\b[^.?!]{0,25}\banoniem\b|^(?!.*\b(?:veilig ?thuis|vt|advies\p{L}*|anoniem)\b).*\b(?:huisarts|school|wijkteam|jeugdarts|kinderarts|consultatiebureau|verloskundige|politie|leerplicht\p{L}*)\b/u },
  // "Komt hij erachter dat de melding van mij komt?", "blijf ik anoniem?": whether the family hears who reported.
  // "Zonder dat hij weet dat het van ons komt?" (not "moet ik moeder zeggen dat het van ons komt?", which asks about telling her).
  { kind: 'melder-known', pattern: /\b(?:dat|of)\s+(?:het|de melding|dit)\s+van\s+(?:mij|ons)\s+(?:komt|kwam|afkomstig is)\b|\b(?:horen|hoort|weten|weet)\s+(?:\S+\s+){1,3}?dat\s+(?:hun|haar|zijn|mijn|onze)\s+naam\b/u, unless: /\b(?:zeggen|vertellen|laten weten)\s+dat\s+(?:het|de melding|dit)\s+van\s+(?:mij|ons)\b/u },
  { kind: 'melder-known', pattern: /\b(?:komt|komen|weet|weten|hoort|horen|merkt|merken|ontdekt|ontdekken)\s+(?:hij|zij|ze|de ouders|moeder|vader|het gezin|de familie|de vriend|haar vriend|de partner|die man)\s+(?:dan\s+)?(?:ook\s+)?(?:\S+\s+){0,2}?(?:te weten\s+|erachter\s+|achter\s+)?dat\s+(?:het|de melding|dit)\s+(?:\S+\s+)?(?:van|bij)\s+(?:mij|ons|school|het wijkteam|de opvang|de praktijk)\b|\b(?:weten|horen|hoort|weet)\s+(?:ze|zij|hij|de ouders|het gezin|de familie)\s+(?:dan\s+)?dat\s+(?:ik|wij|we)\s+(?:\S+\s+)?(?:gemeld|gebeld|melding)\b|\bblijf\s+(?:ik|we)\s+(?:dan\s+)?anoniem\b|\b(?:mijn|onze)\s+naam\b[^.?!]{0,40}\b(?:buiten beeld|geheim|anoniem|erbuiten|buiten|niet genoemd|niet noemen|verborgen)\b[^.?!]*\?|\bdat\s+(?:ik|wij|we)\s+(?:het|dat)\s+(?:was|waren|heb gemeld|hebben gemeld)\b/u },
  // "Mag ik eerst zelf met mijn collega praten?" about a colleague suspected: never confront (read as consulting when no colleague is suspected).
  { kind: 'confront-suspect', pattern: TALK_WITH_A_WORKER },
  // "Is het verstandig om haar man hierop aan te spreken?": never confront someone suspected.
  // "Is het slim om de kleinzoon zelf aan te spreken?", "moet ik haar broer confronteren?", "moet ik de zoon er in het ontslaggesprek mee confronteren?": whoever is suspected, never confront.
  { kind: 'confront-suspect', pattern: new RegExp(String.raw`\b(?:(?:verstandig|slim|goed|handig|wijs)\s+om|(?:moet|zal|kan|mag)\s+(?:ik|we))\s+(?:de|haar|zijn|die|hun)\s+${SUSPECTED_KIN}\s+(?:[^\s.?!]+\s+){0,8}?(?:aan te spreken|te confronteren|aanspreken|confronteren)\b`, 'u') },
  // "Moet ik haar vertellen dat ik VT bel?", "eerst vertellen dat ik ga melden of mag dat achteraf?": a melding is in principe told beforehand.
  // "Moet ik als zorgcoördinator de ouders altijd eerst inlichten voor ik meld?"
  { kind: 'tell-before-melding', pattern: /\b(?:moet|moeten|hoef|hoeven)\s+(?:ik|we|wij)\s+(?:als\s+\S+\s+)?(?:\S+\s+){0,5}?(?:inlichten|informeren|vertellen|op de hoogte (?:stellen|brengen))\s+(?:voor|voordat|voor dat)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,2}?(?:meld|melden|bel|bellen)\b(?![^.?!]{0,25}\badvies)/u },
  // "Mag ik haar (de ex) überhaupt iets terugzeggen?": telling someone outside what one knows, which needs consent.
  { kind: 'share-with-others', pattern: /\b(?:mag|kan|mogen)\s+(?:ik|we|wij)\s+(?:haar|hem|hun|de\s+\S+)\s+(?:\S+\s+){0,2}?(?:iets|wat|meer)\s+(?:terug\s*zeggen|terugzeggen|terugmailen|terugschrijven)\b/u },
  { kind: 'tell-before-melding', pattern: /\b(?:moet|moeten|zal|zullen|kan|mag|hoef)\s+(?:ik|we|wij)\s+(?:als\s+\S+\s+)?(?:\S+\s+){0,4}?(?:vertellen|zeggen|laten weten|melden|inlichten)\s+dat\s+(?:ik|we|wij)\s+(?:\S+\s+){0,3}?(?:melden|meld|bel|ga bellen|gaan bellen|inschakel)\b|\b(?:vertel|vertellen|zeg|zeggen)\b[^.?!]{0,40}\b(?:voordat|nadat)\s+(?:ik|we|wij)\s+(?:\S+\s+)?(?:meld|melden|bel|bellen)\b/u, unless: TOLD_TO_FAMILY },
  // "Ik zou de oom ook wel willen bellen": the wish to call or confront the one suspected.
  { kind: 'confront-suspect', pattern: new RegExp(String.raw`\bik\s+(?:zou|wil|wou|ga)\s+(?:\S+\s+){0,2}?(?:de|haar|zijn|die|hun)\s+${SUSPECTED_KIN}\s+(?:(?:ook|wel|even|zelf|graag|willen|eens|er|erop|op|hierop|gewoon|eigenlijk|toch|dan|nu|meteen|morgen|vanavond)\s+)*(?:bellen|opbellen|aanspreken|confronteren)\b`, 'u') },
  { kind: 'confront-suspect', pattern: /\b(?:verstandig|slim|goed|handig)\s+om\s+(?:haar man|de man|hem|de vader|haar vader|zijn vader|haar vriend|de partner|de stiefvader|de zoon|die man|de trainer|de collega)\b[^.?!]{0,50}\b(?:aan te spreken|te confronteren)\b|\b(?:moet|zal|kan|mag)\s+(?:ik|we)\s+(?:haar man|de man|hem|de vader|haar vader|zijn vader|haar vriend|de partner|de stiefvader|de zoon|de dader|die man|de trainer|de collega)\s+(?:\S+\s+){0,3}?(?:aanspreken|confronteren)\b|\b(?:moet|zal|kan|mag)\s+(?:ik|we)\s+(?:(?:hierover|daarover|erover|hier|daar|eerst|zelf|ook|wel)\s+)*met\s+(?:haar man|de man|haar vriend|haar ex|de ex|die man|de stiefvader)\s+(?:(?:hierover|daarover|erover|zelf|eerst)\s+)*(?:in gesprek|praten|spreken|een gesprek)\b/u },
  // "Moet dit naar VT of naar de politie?", "bel ik de politie of Veilig Thuis?": 112 in danger, Veilig Thuis otherwise.
  { kind: 'police-or-vt', pattern: /\b(?:veilig thuis|vt)\b[^.?!]{0,40}\bof\s+(?:\S+\s+){0,6}?(?:de\s+)?politie\b|\bpolitie\s+(?:of|en\/of)\s+(?:\S+\s+)?(?:veilig thuis|vt)\b|\b(?:moet|moeten|zal|zou|kan|mag)\s+(?:ik|we)\s+(?:\S+\s+){0,2}?(?:de\s+)?politie\s+(?:erbij\s+(?:halen|betrekken|roepen)|inschakelen|bellen|waarschuwen)\b/u },
  // "Kan ik ook naar de politie of gaat dat te ver?", "politie bellen of veilig thuis?", "moet dit niet eerder naar de zedenpolitie?"
  { kind: 'police-or-vt', pattern: /\b(?:kan|moet|mag)\s+(?:ik|we|dit|het)\s+(?:\S+\s+){0,3}?naar\s+de\s+(?:\S*politie|wijkagent)\b|\b(?:politie|wijkagent)\s+(?:bellen\s+)?of\s+(?:\S+\s+){0,2}?(?:veilig thuis|vt|jullie)\b|\b(?:veilig thuis|vt|jullie)\b[^.?!]{0,30}\bof\s+(?:aan\s+|naar\s+)?(?:de\s+)?wijkagent\b|\bof\s+moet\s+dat\s+naar\s+de\s+politie\b|\bnaar\s+de\s+politie\s+of\s+naar\s+jullie\b/u },
  // "Moet ik er zelf heen?": never go in or confront; 112 with the address.
  { kind: 'go-there', pattern: /\b(?:moet|zal|kan|mag)\s+(?:ik|we)\s+(?:er\s+)?(?:zelf\s+)?(?:erheen|heen(?:\s+gaan)?|langsgaan|langs gaan|naartoe|naar binnen)(?!\s+en\s+weer)\b|\b(?:ga|gaan|moet|moeten)\s+(?:ik|we)\s+(?:nog\s+|weer\s+|toch\s+)?(?:terug\s+)?naar\s+binnen\b[^.!]*(?:\?|$)|\bzelf\s+(?:erheen|langsgaan|langs gaan|naartoe|naar binnen)\b|\b(?:ga|gaan|rij|rijd)\s+(?:ik|we)\s+(?:er\s*heen|erheen|naartoe|langs)\b|\b(?:moet|zal|kan|mag)\s+(?:ik|we)\s+(?:\S+\s+)?(?:aanbellen|aankloppen|naar binnen gaan)\b|(?:^|[,:;]\s*|\b(?:ik|we)\s+)(?:weer\s+)?(?:teruggaan|terug gaan|terug naar binnen|teruglopen|terugrijden)\s*\?/u, unless: /\bwaar\s+(?:kan|moet|kun)\s+(?:ik|we|je)\s+(?:\S+\s+)?heen\b/u },
  // "Wat zeg ik tegen haar zonder haar te sturen?", "mag ik hem doorvragen?": how to listen to a child who tells.
  { kind: 'talk-to-child', pattern: /\bwat\s+(?:zeg|vraag|antwoord)\s+(?:ik|we)\b[^.?!]{0,30}\b(?:tegen|aan)\s+(?:haar|hem|het kind|de leerling|het meisje|de jongen)\b|\bhoe\s+(?:reageer|praat|spreek|begin)\s+(?:ik|we)\b[^.?!]{0,40}\b(?:met|tegen|bij)\s+(?:het kind|de leerling|het meisje|de jongen|de kleuter|het jongetje|het meisje)\b|\bzonder\s+(?:haar|hem|het kind)\s+(?:te\s+)?(?:sturen|beinvloeden|woorden in de mond te leggen)\b|\b(?:moet|mag|kan|zal)\s+(?:ik|we)\s+(?:haar|hem|het kind|de leerling)\s+(?:\S+\s+)?(?:doorvragen|door vragen|uitvragen|verder vragen)\b/u },
  // "Hoe begin ik hierover met haar zonder dat ze dichtklapt?", "mag ik doorvragen?", "wat zijn handige vragen om met haar in gesprek te gaan?": talking with the person it is about.
  { kind: 'talk-to-child', pattern: /\bhoe\s+(?:begin|praat|bespreek|kaart|vraag|benader|breng|open|reageer|pak|speel)\s+(?:ik|we)\s+(?:\S+\s+){0,3}?(?:zonder dat|zonder (?:haar|hem) )[^.?!]*\b(?:dichtklapt|dichtklappen|afhaakt|afhaken|ontwijkt|ontwijken|buitensluit|aangevallen|boos wordt|in de mond|wegloopt|doorvertelt|vertelt|terugtrekt|dicht gaat|schrikt)\b|\b(?:vragen|woorden|manier)\s+om\s+(?:met\s+)?(?:haar|hem|het kind|de leerling)\s+in gesprek\b|\bhoe\s+(?:houd|hou|blijf)\s+(?:ik|we)\s+(?:\S+\s+){0,3}?(?:contact|in contact|in gesprek)\b|\b(?:mag|moet|kan)\s+(?:ik|we)\s+(?:\S+\s+){0,2}?(?:doorvragen|door vragen|verder vragen|nog meer (?:over )?vragen|er nog (?:meer )?(?:over|naar) vragen)\b|\b(?:mogen|mag|kan|kunnen)\s+(?:we|wij|ik)\s+(?:\p{Lu}?\p{L}+\s+)?(?:hier|daar|er)\s+(?:zelf\s+)?(?:naar|over)\s+vragen\b|\bdoorvragen\b[^.?!]{0,30}\b(?:aan mij|aan ons|aan school)\b|\bwat\s+(?:zeg|moet ik zeggen)\s+(?:ik\s+)?tegen\s+(?!(?:de\s+)?(?:ouders?|moeder|vader|familie|collega\p{L}*|oma|opa|grootouders?|ib'?er|leidinggevende|teamleider)\b)\p{L}+\s*\?|\bhoe\s+(?:moet|kan)\s+ik\s+(?:hier\s+)?(?:nu\s+)?op\s+reageren\b|\b(?:nog een keer|opnieuw)\s+met\s+(?:haar|hem)\s+(?:over\s+)?(?:praten|in gesprek)\b/u, unless: /\b(?:moeder|vader|ouders?|mama|papa|familie)\b/u },
  // "Hoe begin ik hierover met moeder zonder dat ze dichtklapt?": the talk with a parent (stap 3).
  /** "Wat mag ik zeggen als haar moeder weer belt?": what to tell a relative who calls. */
  { kind: 'talk-to-family', pattern: new RegExp(String.raw`\bwat\s+(?:mag|kan|moet)\s+(?:ik|we)\s+(?:\S+\s+){0,2}?(?:zeggen|vertellen|antwoorden)\s+(?:als|tegen|aan|wanneer)\s+(?:haar|zijn|de)\s+${FAMILY}\b`, 'u') },
  /** "Moet ik dit aan iemand doorgeven of is dit niet mijn taak?" */
  { kind: 'should-act', pattern: /\b(?:is\s+(?:dit|dat|het)\s+(?:wel\s+|niet\s+|eigenlijk\s+)?(?:mijn|onze)\s+taak|(?:moet|moeten)\s+(?:ik|we)\s+(?:dit|dat|het)\s+(?:\S+\s+){0,2}?doorgeven)\b/u },
  { kind: 'talk-to-family', pattern: new RegExp(String.raw`\bhoe\s+(?:begin|praat|bespreek|kaart|benader|breng|zeg|pak)\s+(?:ik|we)\s+(?:\S+\s+){0,3}?(?:met|tegen|bij)\s+(?:de\s+)?${FAMILY}\b`, 'u'), unless: ABOUT_A_MELDING },
  // "Telt het voor de kinderen mee dat ze dit allemaal horen?": children who witness violence at home are harmed too.
  { kind: 'child-witness', pattern: /^(?=.*\?)(?=.*\b(?:kind|kinderen|kids|zoon|dochter|zoontje|dochtertje|kindje)\b)(?=.*\b(?:horen|hoort|zien|ziet|meemaken|meemaakt|getuige|meekrijgen|meekrijgt|erbij (?:zijn|is|waren|zijn))\b).*\b(?:telt|tellen|meetellen|mee tellen|erg|schadelijk|schade|kindermishandeling|mishandeling|slachtoffer|gevolgen)\b/u },
  // "Kan zij zelf anoniem bij Veilig Thuis bellen?": the adult herself may call, also without giving her name.
  { kind: 'adult-calls-herself', pattern: /\b(?:kan|mag|kunnen|mogen)\s+(?:zij|ze|hij|mevrouw|meneer|de vrouw|de man|mijn client\p{L}*|de client\p{L}*)\s+(?:\S+\s+){0,3}?(?:zelf|ook zelf)\s+(?:\S+\s+){0,3}?(?:veilig thuis|vt|bellen|chatten|contact)\b/u },
  // "Wat gebeurt er na een melding?", "hoe lang duurt dat?", "worden de kinderen uit huis gehaald?": what Veilig Thuis does next.
  // "Is dit al acute onveiligheid of eerder structureel?": the second afweging, applied to this story.
  { kind: 'is-it-unsafe', pattern: /\b(?:is|valt)\s+(?:dit|dat|het)\s+(?:(?:nu|al|dan|eigenlijk|eerder|echt|ook)\s+)*(?:onder\s+)?['"‘’“”]?(?:acute|structurele|acuut|structureel)\b[^.!]*\?|\bof\s+(?:eerder\s+|juist\s+)?(?:structureel|acuut|structurele onveiligheid|acute onveiligheid)\s*\?/u },
  // "Moeten we alsnog melden nu de hulp niet werkt?": help that does not stop the unsafety (afweging 5, professional norm 3).
  { kind: 'help-failed', pattern: /\b(?:alsnog|opnieuw|weer|toch|nu wel|nog een keer)\s+(?:\S+\s+){0,2}?(?:melden|een melding|(?:naar|bij) (?:veilig thuis|vt))\b[^.!]*\?|\b(?:melden|melding|veilig thuis|vt)\b[^.?!]{0,60}\b(?:hulp|aanpak|plan|traject|behandeling|begeleiding)\b[^.?!]{0,30}\b(?:niet|geen)\b[^.!]*\?/u, told: HELP_FAILED },
  // "Klopt dat verhaal?", "kan dat?" about an injury: whether the explanation fits is for letselduiding, not for the asker to prove.
  { kind: 'injury-explained', pattern: /^(?:en\s+)?kan\s+dat\b(?:\s+(?:echt|wel|zo|eigenlijk|nou|nu|ook|overhaupt))*\s*(?:,|\?)|\b(?:past|passen|kan|kunnen)\s+(?:dat|dit|die|zoiets|zulke plekken|zulk letsel)\s+(?:\S+\s+){0,2}?(?:bij|door|van|komen door|komen van)\s+(?:een|de|zo'n)\s+(?:\S+\s+)?(?:val|valpartij|ongeluk\p{L}*)\b[^.!]*\?|\b(?:klopt|kloppen|past|passen|strookt|rijmt)\b[^.?!]{0,30}\b(?:verhaal|uitleg|verklaring)\b[^.!]*\?|\b(?:verhaal|uitleg|verklaring)\b[^.?!]{0,30}\b(?:klopt|kloppen|past|passen|aannemelijk|geloofwaardig|strookt|rijmt)\b[^.!]*\?/u },
  // "Wie kan dat letsel eigenlijk goed beoordelen?", "bij wie kan ik het letsel laten beoordelen?": letselduiding (stap 2).
  { kind: 'injury-assessed', pattern: /\bwie\s+(?:\S+\s+){0,3}?(?:letsel|verwonding\p{L}*|blauwe plekken|plekken|breuk|botbreuk)\s+(?:\S+\s+){0,2}?(?:beoordelen|duiden|bekijken|onderzoeken)\b|\b(?:letsel|verwonding\p{L}*|blauwe plekken|plekken|breuk|botbreuk)\s+(?:\S+\s+){0,3}?(?:laten\s+)?(?:beoordelen|duiden|bekijken|onderzoeken)\b[^.!]*\?|\bletselduiding\b[^.!]*\?/u },
  // "Wat doe ik met haar opmerking over niet meer willen?": a remark about not wanting to live, asked about.
  // "Moet ik haar huisarts inschakelen vanwege die uitspraak?" after a remark about not wanting to live.
  /** "Wat doe ik met wat de dochter zei?" after a remark about not wanting to be there. */
  { kind: 'suicidal-remark', told: NOT_WANTING_TO_LIVE, pattern: /\bwat\s+(?:doe|moet|kan)\s+(?:ik|we)\s+(?:\S+\s+)?met\s+wat\s+(?:\S+\s+){1,3}?(?:zei|zegt|vertelde|schreef|appte)\b/u },
  { kind: 'suicidal-remark', told: NOT_WANTING_TO_LIVE, pattern: /\b(?:moet|moeten|kan|kunnen|mag|zal)\s+(?:ik|we)\s+(?:haar|zijn|de|hun)\s+huisarts\s+(?:\S+\s+)?(?:inschakelen|inlichten|bellen|informeren|waarschuwen)\b[^.?!]*\b(?:uitspraak|opmerking|uiting|wat ze zei|wat hij zei)\b/u },
  { kind: 'suicidal-remark', pattern: new RegExp(String.raw`^(?=.*\?)(?=.*\b(?:wat\s+(?:doe|moet|kan)\s+(?:ik|we)\b|hoe\s+(?:ga|gaan)\s+(?:ik|we)\s+(?:\S+\s+){0,3}?om\b|hoe\s+serieus|hoe\s+(?:reageer|reageren)\b|(?:moet|moeten)\s+(?:ik|we)\s+(?:daar|hier|er)\s+(?:\S+\s+)?(?:iets\s+)?mee\b|(?:neem|nemen)\s+(?:ik|we)\b))${SUICIDAL_REMARK.source}`, 'u') },
  // "Moet ik nu toch melden bij VT als het wijkteam er al zit?": help already there weighed against a melding (afweging 5).
  { kind: 'help-or-report', pattern: /\b(?:melden|melding)\b[^.?!]{0,40}\b(?:als|terwijl|nu|want|ook al|hoewel)\b[^.?!]{0,40}\b(?:wijkteam|hulp|hulpverlening|jeugdhulp|jeugdzorg|ggz|begeleiding|sociaal team|gezinscoach)\b[^.?!]{0,30}\b(?:er al|al betrokken|al bij|al in|al zit|al zitten|erbij)\b|\b(?:melden|melding)\b[^.?!]{0,40}\b(?:als|terwijl|nu|want|ook al|hoewel)\s+er\s+(?:al|toch al)\s+(?:\S+\s+)?(?:hulp|hulpverlening|jeugdhulp|begeleiding|een traject)\b|\b(?:(?:niet|geen)\s+(?:hoeven|hoeft|hoef|te hoeven)|(?:hoeven|hoeft|hoef)\s+(?:we|wij|ik|jullie)\s+(?:dan\s+)?(?:niet|geen))\s+(?:te\s+)?melden\b[^.?!]{0,40}\b(?:omdat|want|als|nu|aangezien|terwijl)\b[^.?!]{0,40}\b(?:al|toch al)\b/u },
  // "Moet ik melden terwijl ik toch al in het gezin zit?": the asker's own help weighed against a melding.
  { kind: 'help-or-report', pattern: /\b(?:melden|melding)\b[^.?!]{0,40}\b(?:terwijl|als|nu|hoewel|ook al)\s+(?:ik|we|wij)\s+(?:(?:toch|zelf|nu)\s+)*al\s+(?:in het gezin|bij het gezin|bij de client\p{L}*|betrokken|hulp (?:bied|bieden|geef|geven)|begeleid\p{L}*)/u },
  // "Heeft een melding nog zin, of doen we dan dubbel werk?": help already there weighed against a melding.
  { kind: 'help-or-report', pattern: /\b(?:melding|melden)\b[^.?!]{0,40}\b(?:nog zin|nog nut|zinvol|dubbel werk|dubbel)\b/u },
  /** "Is dit het moment om te melden, ook al ben ik zelf de hulpverlener?" */
  { kind: 'help-or-report', pattern: /\bmeld\p{L}*\b[^.?!]{0,30}\b(?:ook al|terwijl|hoewel)\s+(?:(?:ben|zijn)\s+)?(?:ik|we|wij)\s+(?:(?:ben|zijn)\s+)?(?:zelf\s+)?(?:de\s+)?(?:hulpverlener|hulpverlening|begeleider|begeleiding|hulp)\b/u },
  /** "Kunnen wij dit als wijkteam zelf blijven doen of moet dit naar VT?", "mogen we hier zelf mee verder of moeten we melden?" */
  { kind: 'help-or-report', pattern: /\b(?:kunnen|kan|mogen|mag)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,4}?zelf\s+(?:\S+\s+){0,2}?(?:blijven doen|blijven begeleiden|blijven oppakken|mee verder|verder|houden|doen|oppakken|afhandelen)\b[^.?!]{0,30}\bof\b[^.?!]{0,40}\b(?:melden|melding|veilig thuis|vt)\b/u },
  // "Kan ik dit zelf oplossen met extra zorg, of moet ik gewoon melden?": own help weighed against a melding.
  { kind: 'help-or-report', pattern: /\b(?:meldcode|melden|melding|veilig thuis|vt)\b[^.?!]{0,20}\bof\s+(?:kan|moet|mag|zal)\s+(?:ik|we)\s+(?:dit|het)?\s*(?:\S+\s+)?zelf\s+(?:\S+\s+)?(?:oppakken|oplossen|regelen|aanpakken|organiseren)\b/u },
  { kind: 'help-or-report', pattern: /\b(?:zelf|eigen|binnen ons)\b[^.?!]{0,60}\b(?:oplossen|oppakken|regelen|organiseren|opvangen)\b[^.?!]{0,80}\bof\s+(?:\S+\s+){0,3}?melden\b|\b(?:oplossen|oppakken|regelen|organiseren|bieden)\s*,?\s*of\s+(?:moet|moeten|zal|zullen)\s+(?:ik|we|wij)\s+(?:\S+\s+)?melden\b/u },
  // "Ze is toch al in veiligheid bij ons, dus melden hoeft niet, klopt dat?": help or safety already there weighed against a melding.
  { kind: 'help-or-report', pattern: /\b(?:al|inmiddels|nu)\s+(?:\S+\s+)?(?:in veiligheid|veilig|in de opvang|opgevangen|in behandeling|onder behandeling|in beeld)\b[^.?!]{0,60}\b(?:melden|melding)\s+(?:\S+\s+)?(?:hoeft|hoeven|is)\s+(?:dus\s+|toch\s+)?niet\b/u },
  // "Kan ik als politie ook gewoon advies vragen bij VT?": anyone may ask advice.
  { kind: 'ask-advice-yourself', pattern: /\b(?:mag|kan)\s+(?:ik|je|we)\s+(?:als\s+\S+\s+)?(?:ook\s+)?(?:gewoon\s+)?(?:zelf\s+)?advies\s+vragen\s+(?:bij|aan)\s+(?:vt|veilig thuis)\b(?![^.?!]*\bzonder\b)/u },
  // "Is dit gewoon een vechtscheiding of al iets om te melden?": whether it is time to report.
  { kind: 'should-report', pattern: /\b(?:al\s+)?iets\s+om\s+te\s+melden\b|\bal\s+(?:een\s+)?(?:reden|genoeg)\s+om\s+te\s+melden\b/u },
  // "Moet ik dat eerst met mijn leidinggevende afstemmen?": consulting someone in one's own organisation (stap 2).
  { kind: 'consult-colleague', pattern: /\b(?:moet|moeten|mag|kan|zal)\s+(?:ik|we)\s+(?:dat|dit|het)?\s*(?:eerst\s+)?met\s+(?:de|mijn|onze|m'n)\s+(?:leidinggevende|teamleider|aandacht\p{L}*|ib'?er|intern begeleider|zorgcoordinator|coordinator|directeur|behandelaar)\s+(?:afstemmen|overleggen|bespreken|doornemen)\b(?![^.?!]*\bof\b)/u },
  // "Wat als meneer gewoon geen hulp wil?": an adult who says no.
  // "Ze wil niet dat ik er iets mee doe. Moet ik het toch doorgeven?", "ook als Dylan dat niet wil?": reporting against an adult's wish.
  { kind: 'adult-refuses', pattern: /\b(?:moet|mag|kan|zal)\s+(?:ik|we)\s+(?:dit|dat|het)\s+(?:dan\s+)?toch\s+(?:\S+\s+)?(?:doorgeven|melden|doorzetten|bespreken|vertellen)\b[^.!]*\?|\book\s+(?:als|al)\s+\S+\s+(?:dat|het|dit)\s+(?:zelf\s+)?niet\s+wil\p{L}*\b[^.!]*\?/u, told: /\b(?:wil|wilde|wilt)\s+(?:\S+\s+)?niet\s+dat\s+(?:ik|we|wij)\b|\bniet\s+wil\p{L}*\b/u, unless: /\b112\b/u },
  { kind: 'adult-refuses', pattern: /\bwat\s+(?:als|nou als|dan als)\s+(?:meneer|mevrouw|hij|zij|ze|de client\p{L}*|de patient\p{L}*)\s+(?:gewoon\s+|zelf\s+|echt\s+)?(?:geen hulp wil|niks wil|niets wil|weigert|nee zegt)\b/u },
  // "Moet ik het eerst met hem bespreken, of maakt dat het juist gevaarlijker voor haar?": the talk skipped for safety.
  { kind: 'skip-talk', pattern: /\b(?:bespreken|praten|in gesprek|aankaarten)\b[^.?!]{0,30}\bof\s+(?:\S+\s+){0,4}?(?:gevaarlijk\p{L}*|erger|onveilig\p{L}*)\b/u },
  // "Mag ik zonder dat mevrouw het weet advies vragen bij VT?": advice needs no one told first.
  { kind: 'tell-before-advice', pattern: /\badvies\b[^.?!]{0,40}\bzonder dat\b[^.?!]{0,30}\btoestem\p{L}*|\bzonder dat\s+(?:\S+\s+){0,2}?(?:het|dat|dit)?\s*(?:weet|weten|merkt|hoort)\b[^.?!]{0,40}\badvies\b|\badvies\b[^.?!]{0,40}\bzonder dat\s+(?:\S+\s+){0,4}?(?:het|dat|dit)?\s*(?:weet|weten|merkt|hoort)\b/u },
  // "Komt mijn naam dan bij die kleinzoon terecht?": whether the family hears who called.
  { kind: 'melder-known', pattern: /\b(?:komt|gaat)\s+(?:mijn|onze)\s+naam\s+(?:\S+\s+){0,4}?(?:terecht|bekend|mee)\b|\b(?:krijgt|hoort|weet)\s+(?:\S+\s+){0,3}?(?:mijn|onze)\s+naam\b/u },
  // "Moet ik dit zelf bij VT melden of is dat aan de arts?", "wie doet er dan een melding, zij of wij?": who weighs and reports in the asker's own organisation.
  { kind: 'who-weighs', pattern: /\bwie\s+(?:doet|gaat|maakt)\s+(?:er\s+)?(?:dan\s+)?(?:de|een|die)\s+melding\b[^.?!]{0,30}\bof\b|\bwie\s+van\s+ons\s+(?:meldt|moet melden)\b|\bwie\s+(?:moet|gaat)\s+(?:hier\s+|dan\s+|nu\s+)?(?:de\s+meldcode|dit|het)\s+(?:oppakken|doorlopen|volgen|doen)\b/u },
  { kind: 'who-weighs', pattern: /\b(?:moet|mag|kan)\s+ik\s+(?:dit|dat|het)?\s*(?:nu\s+)?zelf\s+(?:\S+\s+){0,4}?melden\s+of\s+(?:is|doet|moet)\s+(?:dat|dit|het)?\s*(?:aan|de|het|mijn|onze)\b/u },
  // "Bij wie ligt dan de verantwoordelijkheid?", "blijf ik dan zelf verantwoordelijk?": who holds the case after advice or a melding.
  { kind: 'who-is-responsible', pattern: /\bwat\s+(?:blijft|is|wordt|zou)\s+(?:dan\s+)?(?:nog\s+)?(?:mijn|onze)\s+rol\b|\b(?:bij wie ligt|wie heeft|wie is|wie draagt)\s+(?:er\s+)?(?:dan\s+)?(?:nog\s+)?(?:de\s+)?verantwoordelijk\p{L}*|\bblijf\s+(?:ik|we|wij)\s+(?:dan\s+)?(?:zelf\s+)?(?:nog\s+)?verantwoordelijk\b/u },
  // "Wat kan VT hier doen wat wij niet kunnen?": what Veilig Thuis does with a melding.
  { kind: 'after-melding', pattern: /\bwat\s+(?:kan|kunnen|doet|doen|gaat)\s+(?:vt|veilig thuis)\s+(?:\S+\s+){0,2}?(?:wat\s+(?:wij|we|ik)\s+(?:zelf\s+)?niet|meer\s+dan\s+(?:wij|we|ik)|(?:hier|daar|dan)\s+(?:eigenlijk\s+|nog\s+|precies\s+)?(?:mee\s+)?doen\s*\?|(?:eigenlijk\s+|precies\s+)?(?:met|na)\s+(?:een|zo'?n|mijn|onze|de)\s+melding)/u },
  { kind: 'after-melding', pattern: /\bhoe\s+(?:werkt|gaat|loopt)\s+(?:dat|het)\s+(?:\S+\s+){0,2}?na\s+(?:zo'?n|een|de)\s+(?:overdracht|melding)\b|\bwat\s+betekent\s+(?:een|de|zo'?n|mijn)\s+melding\b[^.?!]{0,40}\b(?:voor|met)\s+(?:mijn|onze|ons|de)\s+(?:eigen\s+)?(?:traject|begeleiding|hulp|hulpverlening|rol|contact|behandeling|werk)\b|\b(?:hoeveel\s+tijd|binnen\s+hoeveel\s+(?:dagen|weken|tijd))\b[^.?!]*\b(?:melding|meld\p{L}*|beslissen|beoordelen)\b|^(?=.*\b(?:veilig thuis|vt)\b).*\bkom(?:t|en)\s+(?:ze|zij)\s+(?:dan\s+)?(?:\S+\s+){0,4}?(?:thuis|langs|aan de deur|op bezoek|op huisbezoek)\b|\bwat\s+(?:gebeurt|gebeurd|gebeuren)\s+(?:er\s+)?(?:\S+\s+){0,3}?(?:na|met|als|nadat|daarna|dan)\b[^.?!]*\?|\bwat\s+(?:doet|doen|gaat|gaan)\s+(?:veilig thuis|vt|jullie)\s+(?:\S+\s+){0,3}?(?:met|na|daarna|dan|doen)\b|\bhoe\s*(?:lang|snel)\s+(?:duurt|gaat|reageert|reageren|pakt|pakken)\b[^.?!]*\?|\bterugkoppel\p{L}*\b[^.?!]{0,40}\bmeld(?:ing|ig|ng|inge)\b|\b(?:melding|gemeld)\b[^.?!]{0,60}\b(?:hoor|horen)\s+(?:\S+\s+)?(?:niks|niets)\b|\buit huis\s+(?:gehaald|geplaatst|halen|plaatsen|weggehaald)\b[^.?!]*\?|\bkomt\s+(?:veilig thuis|vt|er iemand)\s+(?:dan\s+)?(?:\S+\s+){0,3}?(?:thuis|langs|aan de deur|op bezoek|op huisbezoek)\b|\b(?:word|wordt|worden)\s+(?:ik|we|wij)\s+(?:\S+\s+)?(?:teruggebeld|gebeld|benaderd|gecontacteerd|geinformeerd|op de hoogte gehouden)\b|\bblijven\s+(?:wij|we)\s+(?:dan\s+)?(?:nog\s+)?betrokken\b|\bblijf\s+ik\s+(?:dan\s+)?(?:nog\s+)?betrokken\b|\b(?:hoor|horen|krijg|krijgen)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,2}?(?:iets|wat|terugkoppeling)\b[^.?!]{0,25}\b(?:terug|van|over)\b/u },
  // A police officer asking whether a zorgmelding reaches Veilig Thuis by itself or must be made again.
  { kind: 'police-route', pattern: /\bzorgmelding\p{L}*\b(?=[^.?!]*\?)|\bpolitiesyste\p{L}*|\b(?:via|door) (?:de |onze |ons )?(?:politie|systemen|systeem|bvh)\b[^.?!]*\?|\b(?:gaat|komt) (?:dat|dit|het) (?:automatisch|vanzelf) (?:naar|bij|door)\b/u },
  // "Ik heb gezegd dat het onder ons blijft, hoe kom ik uit die belofte?": secrecy already promised.
  { kind: 'promise-made', pattern: /\b(?:beloofd|gezegd|toegezegd)\b[^.?!]{0,30}\b(?:niet|niks|niets)\s+(?:door\s*(?:te\s+)?vertel\p{L}*|verder\s+(?:te\s+)?vertel\p{L}*|te\s+zeggen|zeg|zou\s+(?:doorvertellen|zeggen))\b|\b(?:heb|had)\s+(?:\S+\s+){0,4}?(?:beloofd|gezegd|toegezegd)\s+(?:dat\s+)?(?:het|ik|dit|alles)\s+(?:\S+\s+){0,3}?(?:onder ons|tussen ons|geheim|aan niemand|niks zou|niets zou|niemand)\b|\buit (?:die|deze|mijn) belofte\b|\bbelofte\b[^.?!]{0,40}\b(?:niet (?:kan |kon )?(?:houden|waarmaken|nakomen)|terugnemen|breken)\b|\biets beloofd (?:wat|dat) ik niet\b|\bgeheimhouding\b[^.?!]{0,25}\b(?:beloofd|beloven|toegezegd)\b|\b(?:wat doe ik|hoe ga ik om|wat moet ik)\s+met\s+(?:die|deze|mijn|de|haar|zijn)\s+belofte\b|\b(?:beloofd|toegezegd)\b[^.?!]{0,25}\bgeheimhouding\b/u },
  // "Waar ligt de grens tussen haar vertrouwen bewaren en iets moeten doen?": a confidence and the duty to act.
  { kind: 'keep-secret', pattern: /\bvertrouwen\s+(?:\S+\s+)?(?:bewaren|beschamen|schaden|kwijt|verliezen|niet\s+(?:beschamen|schaden|kwijtraken))\b[^.?!]*\?|\bvertrouwen\b[^.?!]{0,40}\b(?:en|of)\s+(?:\S+\s+){0,3}?(?:iets\s+)?(?:doen|moeten doen|melden|ingrijpen|actie)\b/u },
  // "Ben ik verplicht haar vooraf te vertellen dat ik Veilig Thuis om advies vraag?": advice needs no one told first.
  // "zondr toestemmig van de ouders advies vragen": typed in a hurry, still consent before advice.
  { kind: 'tell-before-advice', pattern: /\btoestem\p{L}*\b[^.?!]{0,80}\badvies\b|\badvies\b[^.?!]{0,60}\bzonde?r\s+(?:zijn\s+|haar\s+|hun\s+|de\s+)?toestem\p{L}*|\b(?:mag|kan)\s+(?:ik|we)\s+(?:\S+\s+){0,2}?(?:veilig thuis|vt)\s+(?:\S+\s+){0,2}?bellen\s+zonder\s+dat\s+(?:ze|zij|hij|de ouders|het gezin|de client)\s+(?:dat\s+|het\s+)?(?:weet|weten|merkt|merken|hoort|horen)\b|\b(?:moet|moeten|ben|zijn|hoef|hoeven)\s+(?:ik|we|wij)\b[^.?!]{0,60}\b(?:vertellen|inlichten|informeren|laten weten|op de hoogte (?:stellen|brengen))\b[^.?!]{0,50}\badvies\b|\b(?:moet|moeten)\s+(?:ik|we|wij|je|jij)\s+(?:\S+\s+){0,3}?(?:eerst\s+|eerts\s+)?(?:\S+\s+){0,2}?(?:ouders|moeder|vader|gezin|familie)\s+(?:\S+\s+)?(?:inlichten|informeren|vertellen|op de hoogte stellen|praten|spreken)\s+(?:voordat|voor|voor dat)\s+(?:ik|we|wij|je|jij)\s+(?:\S+\s+){0,2}?(?:veilig ?thuis|vt)\s+(?:bel|bellen|inschakel|raadpleeg|meld)\p{L}*|\b(?:mag|kan)\s+(?:ik|we)\s+(?:\S+\s+){0,5}?advies\s+(?:\S+\s+){0,3}?(?:vragen|inwinnen)\s+zonder\s+(?:dat\s+(?:ze|zij|hij|de ouders|het gezin|de client|mijn client)\s+(?:dat\s+|het\s+)?(?:weet|weten|hoort|horen)|(?:haar|hem|hen|de ouders|het gezin|de client)\s+te)\b|\bzonder\s+(?:haar|hem|hen|de ouders|het gezin|de client)\s+(?:\S+\s+)?te\s+(?:informeren|vertellen|inlichten)\s+advies\b/u },
  // "Geldt de meldcode ook voor een ongeboren kind?": the Kindcheck asks after a pregnancy too.
  { kind: 'kindcheck', pattern: /\b(?:geldt|gelden)\b[^.?!]{0,50}\b(?:ongeboren|zwanger\p{L}*)\b|\b(?:ongeboren|zwanger\p{L}*)\b[^.?!]{0,50}\b(?:meldcode|kindcheck)\b[^.?!]*\?/u },
  // "Geldt de meldcode ook voor een oma?", "valt een oudere ook onder de meldcode?": elder abuse is domestic violence.
  { kind: 'meldcode-for-older-people', pattern: OLDER_PERSON_UNDER_MELDCODE },
  // "Geldt de meldcode ook voor vrijwilligers?", "hebben wij ook zo'n meldcode?": who the law binds.
  // "Valt een apotheek eigenlijk onder de meldcode?": whether the asker's kind of organisation has one.
  { kind: 'meldcode-applies', pattern: /\b(?:valt|vallen)\s+(?:een|de|mijn|onze|ons|het|zo'?n)\s+(?:\S+\s+)?\S*(?:praktijk|apotheek|school|opvang|vereniging|club|corporatie|organisatie|instelling|bedrijf|dienst|team|afdeling|kerk|moskee|bureau|centrum)\s+(?:(?:eigenlijk|ook|wel|nou|dan)\s+)*onder\s+de\s+(?:wet\s+(?:verplichte\s+)?)?meldcode\b/u },
  { kind: 'meldcode-applies', pattern: /\b(?:geldt|geld|gelden|telt)\s+(?:(?:de|die|deze|zo'?n|een|het|dat|dit)\s+)?(?:\S+\s+)?meldcode\b[^.?!]{0,40}\bvoor\b|\b(?:hebben|heb|hebt)\s+(?:wij|we|ik|jullie)\s+(?:ook\s+)?(?:zo'?n|een|de)\s+meldcode\b|\b(?:vallen|val|valt)\s+(?:wij|we|ik|vrijwilligers|zij)\s+(?:\S+\s+){0,3}?onder\s+(?:de\s+)?meldcode\b|\bmeldcode\s+(?:ook\s+)?(?:verplicht\s+)?voor\s+(?:mij|ons|vrijwilligers)\b|\bvalt\s+(?:dit|dat|het)\s+(?:\S+\s+){0,2}?(?:voor|bij)\s+(?:mij|ons)\b[^.?!]{0,40}\bonder\s+(?:de\s+)?meldcode\b|\b(?:moet|moeten)\s+(?:ik|we|wij)\s+als\s+(?:\S+\s+){1,5}?(?:de\s+)?meldcode\s+(?:volgen|gebruiken|doorlopen)\b/u , unless: new RegExp(String.raw`\bstappen\b|${OLDER_PERSON_UNDER_MELDCODE.source}`, 'u') },
  // "Heb ik als vrijwilliger iets met die meldcode te maken?", "heeft een moskee eigenlijk een meldcode?", "werk ik als gastouder ook met de meldcode?"
  { kind: 'meldcode-applies', unless: OLDER_PERSON_UNDER_MELDCODE, pattern: /\b(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:als\s+\S+\s+)?(?:\S+\s+){0,3}?(?:met\s+(?:die|de|een)\s+meldcode\s+te maken|verplichtingen|een meldcode)\b|\bheeft\s+(?:een|de|onze|ons)\s+\S+\s+(?:\S+\s+)?(?:een|de)\s+meldcode\b|\bwerk\s+ik\s+(?:als\s+\S+\s+)?(?:\S+\s+)?(?:ook\s+)?met\s+(?:die|de)\s+meldcode\b|\b(?:ben|zijn)\s+(?:ik|wij|we)\s+als\s+vrijwilliger\p{L}*\s+(?:\S+\s+)?verplicht\b/u },
  // "Mag ik zelf VT bellen of moet ik eerst met de aandachtsfunctionaris overleggen?": anyone may ask advice at any step.
  { kind: 'ask-advice-yourself', pattern: /\b(?:moet|moeten)\s+(?:ik|we)\s+(?:\S+\s+){0,2}?wachten\s+(?:tot|op)\s+(?:de|mijn|onze|m'n)\s+(?:ib'?er|intern begeleider|aandacht\p{L}*|zorgco\p{L}*|leidinggevende|teamleider|directeur|directie)\b|\b(?:kunnen|kan|mogen|mag)\s+(?:we|wij|ik)\s+(?:\S+\s+){0,2}?samen\s+(?:\S+\s+)?(?:advies\p{L}*|veilig thuis|vt|bellen)\b|\b(?:mag|kan|moet)\s+(?:ik|je|we|u)\s+(?:ook\s+)?(?:meteen|direct|gelijk|rechtstreeks)\s+(?:\S+\s+){0,2}?(?:bellen|(?:veilig thuis|vt)\b)|^(?=.*\b(?:bellen|bel|advies\p{L}*|veilig thuis|vt)\b)(?!.*\bmeld)(?:.*\b(?:alle|allemaal)\b[^.?!]{0,40}\bstappen\b[^.?!]{0,40}\b(?:doorlopen|afmaken|volgen)\b|.*\bstappen\b[^.?!]{0,40}\b(?:allemaal|alle)\b[^.?!]{0,30}\b(?:doorlopen|afmaken|volgen)\b)|\b(?:mag|kan|moet)\s+(?:ik|we)\s+(?:\S+\s+){0,3}?zelf\s+(?:\S+\s+){0,3}?(?:veilig thuis|vt|advies\p{L}*)\b(?!\s+(?:\S+\s+)?meld)|\b(?:moet|moeten)\s+(?:ik|we)\s+(?:\S+\s+){0,4}?eerst\s+(?:\S+\s+){0,3}?(?:aandacht\p{L}*|ib'?er|intern begeleider|leidinggevende|directie|zorgcoordinator)\b[^.?!]{0,60}\b(?:veilig thuis|vt|advies\p{L}*)\b|\bzonder\s+(?:de\s+|mijn\s+|onze\s+)?(?:aandacht\p{L}*|ib'?er|leidinggevende|directie)\b[^.?!]{0,40}\b(?:veilig thuis|vt|bellen|advies\p{L}*)\b|\b(?:met|bij)\s+(?:de|mijn|onze|m'n)\s+(?:leidinggevende|aandacht\p{L}*|ib'?er|teamleider|coordinator)\s+(?:\S+\s+)?(?:bespreken|overleggen|melden)\s+of\s+(?:direct|meteen|gelijk|zelf)\s+(?:met\s+|bij\s+)?(?:veilig thuis|vt)\b/u },
  // "Mag je als trainer zomaar Veilig Thuis bellen?", "ik mag niet bellen met VT omdat ik geen hulpverlener ben, klopt dat?"
  { kind: 'ask-advice-yourself', pattern: /\b(?:mag|mogen|kan|kun|kunnen)\s+(?:je|ik|we|wij|u)\s+(?:\S+\s+){0,4}?(?:bellen met|contact opnemen met)\s+(?:veilig thuis|vt)\b|\b(?:je|ik|we|wij)\s+(?:als\s+\S+\s+)?(?:\S+\s+){0,2}?(?:mag|mogen|kan|kunt)\s+(?:bellen met|contact opnemen met)\s+(?:veilig thuis|vt)\b|\b(?:mag|mogen|kan|kun|kunnen)\s+(?:je|ik|we|wij|u)\s+als\s+\S+\s+(?:\S+\s+){0,3}?(?:veilig thuis|vt)\s+(?:bellen|inschakelen)\b/u },
  // "Moet ik zelf het afwegingskader doorlopen of doet VT dat na een adviesvraag?": the professional weighs, Veilig Thuis advises.
  { kind: 'who-weighs', pattern: /^(?=.*\bafwe{1,2}g\p{L}*)(?=.*\b(?:zelf|ik|wij|we)\b)(?=.*\b(?:vt|veilig thuis|jullie)\b).*\bof\b/u },
  // "Wie beslist bij ons of er gemeld wordt, ik of de aandachtsfunctionaris?": the professional weighs, with the aandachtsfunctionaris.
  { kind: 'who-weighs', pattern: /^(?=.*\bik\b)(?:.*)\bwie\s+(?:\S+\s+){0,2}?(?:beslist|besluit|bepaalt)\b(?![^.?!]*\bna\s+(?:een|de|mijn|onze)\s+melding)[^.?!]{0,50}\b(?:of\s+(?:er\s+)?(?:\S+\s+){0,4}?(?:gemeld|melding|melden)|over\s+(?:een|de)\s+melding)\b|\bwie\s+(?:beslist|besluit|bepaalt)\b[^.?!]{0,30}\bik of\b[^.?!]{0,30}\b(?:aandacht\p{L}*|leidinggevende|zorgco\p{L}*|teamleider|directeur|directie)\b/u },
  // "Moet ik de kindcheck doen?", "die kinderen zijn niet mijn patiënt", "hoe ver reikt onze verantwoordelijkheid richting de kinderen?": the Kindcheck.
  { kind: 'kindcheck', pattern: /\bkind\s?chec?k\b[^.?!]*(?:\?|$)|\b(?:aan|om)\s+(?:de|die|haar|zijn|hun)\s+kinderen\s+(?:\S+\s+){0,2}?denken\b|\bkinderen\s+(?:\S+\s+){0,2}?meewegen\b|\bverantwoordelijk\p{L}*\b[^.?!]{0,40}\b(?:voor|richting|naar)\s+(?:de|die|haar|zijn|hun)\s+kinderen\b|\bkinderen\b[^.?!]{0,30}\bniet (?:mijn|onze) (?:patient|client|clienten|patienten|leerling)\p{L}*|\b(?:alleen|enkel)\s+(?:met\s+)?(?:de|die|haar|zijn)\s+(?:ouder|moeder|vader|volwassene)\s+(?:werk|behandel|begeleid)\p{L}*|\b(?:terwijl|hoewel|maar)\s+ik\s+(?:alleen|enkel)\s+(?:haar|hem|de moeder|de vader|de ouder)\s+(?:behandel|begeleid|zie)\b|\bwie\s+(?:\S+\s+){0,3}?(?:zorgt|let|kijkt)\b[^.?!]{0,30}\b(?:die|de) kinderen\b[^.?!]*\?|\bwie\s+is\s+(?:hier\s+)?(?:nou\s+|nu\s+|eigenlijk\s+)?verantwoordelijk\b[^.?!]{0,40}\bkinderen\b|\bverwacht\b[^.?!]{0,40}\b(?:richting|voor|van ons bij|met)\s+(?:de|die|zijn|haar|hun)\s+kinderen\b/u, unless: /\b(?:hebben|heb|hadden|had)\s+(?:\S+\s+){0,2}?kind\s?chec?k\s+(?:al\s+)?(?:gedaan|uitgevoerd|gehad|afgerond)\b/u },
  // "Hij is volwassen en mag zelf beslissen toch?", "mag ik tegen zijn wil iets doen?", "moet ik ondanks haar nee toch VT inschakelen?": an adult who says no.
  { kind: 'adult-refuses', pattern: /\b(?:terwijl|als|ook al|hoewel)\s+(?:de|mijn|onze|die)\s+(?:student\p{L}*|client\p{L}*|patient\p{L}*|bewoner|deelnemer)\b[^.?!]{0,40}\b(?:niet wil|niet wilt|weigert)\b[^.?!]*\?|\b(?:volwassen|meerderjarig|wilsbekwaam)\p{L}*\b[^.?!]{0,60}\b(?:zelf (?:beslissen|bepalen|kiezen|weten)|niks wil|niets wil|geen hulp wil|niet wil|wil (?:er )?(?:niks|niets|geen hulp)|zegt dat (?:het|alles) goed gaat|zelf zegt)\b|\btegen\s+(?:haar|zijn|hun)\s+(?:wil|zin)\b[^.?!]*\?|\bondanks\s+(?:haar|zijn|hun)\s+(?:nee|weigering)\b|\b(?:terwijl|als|ook al)\s+(?:zij|ze|hij|mevrouw|meneer|de client\p{L}*)\s+(?:dat|het)?\s*(?:zelf\s+)?(?:niet wil|niet wilt|weigert|geen hulp wil|(?:niks|niets) (?:wil|wilt))\b[^.?!]*\?|\b(?:ook al|terwijl|hoewel)\s+(?:wil|wilt)\s+(?:zij|ze|hij|mevrouw|meneer|de client\p{L}*)\s+(?:dat|het)?\s*(?:zelf\s+)?niet\b[^.?!]*\?|\b(?:als|terwijl|ook al|hoewel)\s+(?:zij|ze|hij|mevrouw|meneer|de client\p{L}*)\s+(?:zelf\s+)?(?:zegt|aangeeft|laat weten)\s+dat\s+(?:ze|zij|hij)\s+(?:het|dat|dit)?\s*(?:\S+\s+)?(?:niet wil|niet wilt|geen hulp wil)\b[^.?!]*\?|\b(?:als|wanneer)\s+(?:zij|ze|hij|mevrouw|meneer)\s+(?:\S+\s+)?(?:zelf\s+)?zegt\s+dat\s+(?:er\s+)?(?:niks|niets)\s+aan\s+de\s+hand\s+is\b/u, unless: /\b112\b/u },
  // "Hoe lang is aankijken eigenlijk verantwoord?", "moet ik nu al iets doen of kan het wachten?": waiting needs a plan.
  { kind: 'wait-and-see', pattern: /\b(?:aankijken|afwachten|observeren|even wachten|de kat uit de boom)\b[^.?!]{0,50}\b(?:hoe lang|verantwoord|hoelang|tot wanneer)\b|\b(?:hoe lang|hoelang)\b[^.?!]{0,30}\b(?:aankijken|afwachten|observeren|wachten)\b|\b(?:kan|mag)\s+(?:het|dit|dat)\s+(?:nog\s+)?(?:even\s+)?wachten\b[^.?!]*\?|\bof\s+(?:eerst\s+)?(?:even\s+)?(?:aankijken|afwachten|de kat uit de boom kijken)\s*\?|\b(?:eerst|nog even)\s+(?:\S+\s+)?(?:aankijken|afwachten)\b[^.?!]*\?|\bhoe lang\s+dan\s*\?|\bof\s+(?:eerst\s+)?(?:nog\s+)?(?:meer|verder)\s+(?:zien|afwachten|kijken|signalen\s+(?:verzamelen|afwachten))\s*\?/u },
  // "Is dit mishandeling en moet ik melden? Of kan ik beter eerst zelf respijtzorg regelen?": own help weighed against a melding.
  { kind: 'help-or-report', told: /\bmeld/u, pattern: /\b(?:kan|moet|zal|mag)\s+(?:ik|we)\s+(?:\S+\s+){0,2}?(?:beter\s+)?eerst\s+zelf\b[^.?!]{0,60}\b(?:regelen|oppakken|oplossen|organiseren|aanpakken|inzetten)\b[^.!]*\?/u },
  // "Kunnen we dit zelf met hulp oppakken of moeten we melden?", "melden, of mag ik eerst met hem een plan maken?": afwegingen 3 and 4.
  { kind: 'help-or-report', pattern: /\b(?:melden|melding)\b[^.?!]{0,30}\bof\s+(?:eerst\s+)?(?:zelf\s+)?(?:verder\s+)?(?:uitzoeken|onderzoeken|afwachten|aankijken)\b|\bzelf\b[^.?!]{0,60}\b(?:hulp|oppakken|oplossen|begeleiden|aanpakken|plan)\b[^.?!]{0,60}\bof\b[^.?!]{0,40}\b(?:melden|melding|veilig thuis|vt)\b|\b(?:melden|melding|veilig thuis|vt)\b[^.?!]{0,50}\bof\s+(?:\S+\s+){0,6}?(?:eerst|beter|zelf)\b[^.?!]{0,50}\b(?:hulp|plan|ontlast\p{L}*|zorgen dat|regelen|oppakken|aanpakken|oplossen|opvangen|begeleiden|proberen|probeer)\b|\b(?:hulp|een plan)\s+(?:\S+\s+){0,4}?(?:of|dan)\s+(?:\S+\s+){0,3}?(?:melden|melding)\b|\b(?:melden|melding)\b[^.?!]{0,30}\bof\b[^.?!]{0,50}\b(?:binnen|in)\s+(?:ons|onze|mijn|het|de)\s+(?:eigen\s+)?(?:traject|begeleiding|hulpverlening|zorg|behandeling)\b/u },
  // "Eerst advies vragen of gelijk melden?": advice while in doubt, a melding where the afwegingskader expects one.
  { kind: 'advice-or-report', pattern: /^(?=.*(?:\?|\b(?:moet|moeten|zal|zou|kan|beter|eerst|gelijk|meteen|direct)\b))(?:.*\badvies\p{L}*\s+(?:\S+\s+){0,2}?of\s+(?:\S+\s+){0,4}?(?:melden|melding)\b|.*\b(?:melden|melding|meldingssituatie|meldsituatie)\s+(?:\S+\s+){0,3}?of\s+(?:\S+\s+){0,4}?advies\p{L}*)/u },
  // "Wat zijn de stappen van de meldcode ook alweer?": the five steps.
  { kind: 'meldcode-steps', pattern: /\b(?:wat|welke)\s+(?:zijn\s+)?(?:(?:nou|nu|ook alweer|alweer|precies|eigenlijk|nogmaals)\s+){0,3}(?:(?:de|die)\s+)?(?:5\s+|vijf\s+)?(?:meldcode\s*)?(?:stappen|stapen|stappne)\b/u },
  // "Kan ik de bank of de corporatie om info vragen zonder toestemming?": gathering information, which the meldrecht does not cover.
  // "Mag de vader, die ook gezag heeft, het leerlingdossier krijgen?", "mag ik die informatie aan vader geven?" in a separation.
  {
    kind: 'parent-information',
    pattern: /\b(?:vader|moeder|ouder|pa|ma)\b[^.?!]{0,80}\b(?:recht op (?:informatie|info|inzage)|informatie|info|inzage|(?:leerling)?dossier|verslag\p{L}*|rapport\p{L}*|gegevens)\b[^.!]{0,60}\?|\b(?:informatie|info|inzage|(?:leerling)?dossier|verslag\p{L}*|rapport\p{L}*|gegevens)\b[^.?!]{0,40}\b(?:aan|naar|met)\s+(?:de\s+)?(?:vader|moeder|andere ouder|ouder)\b[^.!]{0,40}\?/u,
    unless: TOLD_TO_OTHERS,
    told: SEPARATED_PARENTS,
  },
  // "Wat mag ik delen?" after "vader wil dat we alle info over zijn zoon ook naar hem sturen".
  {
    kind: 'parent-information',
    pattern: /\bwat\s+(?:mag|kan|moet)\s+(?:ik|we)\s+(?:\S+\s+){0,2}?(?:delen|vertellen|geven|doorgeven)\b/u,
    unless: TOLD_TO_OTHERS,
    told: new RegExp(String.raw`^(?=[\s\S]*${SEPARATED_PARENTS.source})[\s\S]*\b(?:vader|moeder)\b[^.?!]{0,60}\b(?:wil|wilt|vraagt|eist)\b[^.?!]{0,60}\b(?:info|informatie|dossier|leerlingdossier|verslagen|rapport\p{L}*|gegevens)\b`, 'u'),
  },
  // "Mag ik de vader iets vertellen, hij heeft ook gezag?": a parent with gezag asks to be told.
  {
    kind: 'parent-information',
    pattern: /^(?=[^.?!]*\bgezag\b)[^.?!]*\b(?:mag|kan|moet)\s+(?:ik|we|wij)\s+(?:de\s+|die\s+)?(?:biologische\s+)?(?:vader|moeder)\s+(?:iets|wat|alles|meer|dit|dat|het)\s+(?:\S+\s+)?(?:vertellen|laten weten|informeren|geven)\b/u,
    unless: TOLD_TO_OTHERS,
  },
  { kind: 'request-information', pattern: /\b(?:mag|kan|moet)\s+(?:ik|we|wij)\b[^.?!]{0,60}\b(?:om (?:info|informatie|gegevens) (?:vragen|te vragen)|(?:info|informatie|gegevens) (?:opvragen|op te vragen)|navraag doen)\b/u },
  // "Mag ik de school bellen om te vragen hoe het met hem gaat?": sharing with someone other than Veilig Thuis, which asks consent.
  // "Hoe zit het met mijn beroepsgeheim als ik contact wil met school of de jeugdverpleegkundige?"
  { kind: 'share-with-others', pattern: new RegExp(String.raw`\bberoepsgeheim\b[^.?!]{0,60}\b(?:contact|bellen|delen|overleggen|bespreken|informeren)\b[^.?!]{0,30}(?:\bmet school\b|\b${OTHER_THAN_VEILIG_THUIS}\b)`, 'u'), unless: /\b(?:veilig thuis|vt)\b/u },
  // "Mag ik haar man bellen zonder dat zij dat goed vindt?": sharing with family needs consent in principle.
  { kind: 'share-with-others', pattern: /\b(?:mag|kan|mogen)\s+(?:ik|we)\s+(?:de|die|haar|zijn|hun)\s+(?:man|vrouw|partner|vader|moeder|ex|oma|opa|zus|broer|dochter|zoon|familie)\s+(?:\S+\s+)?(?:terug)?(?:mailen|bellen|appen|informeren|inlichten)\b[^.?!]{0,20}\bzonder\b/u },
  // "Mogen we Veilig Thuis bellen zonder toestemming van de ouders?": the meldrecht.
  { kind: 'may-share', pattern: /\b(?:mag|mogen|kan|kunnen)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,2}?(?:veilig thuis|vt)\s+(?:\S+\s+)?(?:bellen|inschakelen|informeren|inlichten|benaderen)\b[^.?!]{0,30}\bzonder\s+(?:\S+\s+)?(?:toestemming|medeweten|dat)\b/u },
  // "Mag ik de vader terugmailen of schend ik dan mijn beroepsgeheim?": sharing with a parent or relative, not with Veilig Thuis.
  { kind: 'share-with-others', pattern: /\b(?:mag|kan)\s+(?:ik|we)\s+(?:de|die|haar|zijn|hun)\s+(?:vader|moeder|ex|oma|opa|zus|broer|dochter|zoon|familie)\s+(?:\S+\s+)?(?:terug)?(?:mailen|bellen|appen|informeren|inlichten|antwoorden)\b[^.?!]{0,60}\b(?:beroepsgeheim|geheimhouding|zwijgplicht|privacy)\b/u },
  { kind: 'share-with-others', pattern: new RegExp(String.raw`^(?=.*\b(?:delen|bespreken|doorgeven|vertellen|informeren|inlichten|uitwisselen|afstemmen|overleggen|geven|bellen|navragen|om te vragen hoe|om te horen|contact (?:opnemen|zoeken|leggen))\b).*\b(?:mag|kan)\s+(?:ik|we)\b[^.?!]{0,60}\b${OTHER_THAN_VEILIG_THUIS}\b`, 'u'), unless: /\b(?:veilig thuis|vt|melden)\b/u },
  // "Met wie doe ik collegiale consultatie als ik in m'n eentje werk?", "we hebben geen aandachtsfunctionaris, met wie overleg ik?"
  { kind: 'consult-alone', pattern: /\bmet wie\b[^.?!]{0,40}\b(?:collegiale consultatie|overleg\p{L}*|sparren|consult\p{L}*)\b[^.?!]{0,60}\b(?:alleen|eentje|zelfstandig|solo|geen aandachtsfunctionaris)\b|\b(?:geen|zonder)\s+(?:eigen\s+)?aandachtsfunctionaris\b[^.?!]{0,60}\b(?:met wie|wie)\b[^.?!]*\?|\b(?:in (?:m'n|mijn) eentje|alleen|zelfstandig|solo)\s+werk\p{L}*\b[^.?!]{0,40}\b(?:met wie|wie)\b[^.?!]{0,40}\b(?:overleg\p{L}*|consultatie|sparren)\b/u },
  // "Moet ik de huisarts hierop wijzen?", "zal ik de ib'er inlichten?": consulting someone in one's own organisation (stap 2).
  // The huisarts is a colleague for those who work in the practice (an assistant, a POH), for whoever "wijst hem erop", and where
  // the asker would "neerleggen bij de huisarts": hand it to someone in the practice.
  { kind: 'consult-colleague', pattern: /\b(?:moet|moeten|mag|kan|zal|zou)\s+(?:ik|we)\s+(?:\S+\s+){0,3}?(?:de|mijn|onze|ons|m'n)\s+(?:leidinggevende|teamleider|aandacht\p{L}*|ib'?er|intern begeleider|zorgcoordinator|coordinator|directeur|directie|collega\p{L}*|behandelaar)\s+(?:\S+\s+){0,2}?(?:(?:hier|daar|er)?op\s+wijzen|wijzen|inlichten|informeren|op de hoogte (?:brengen|stellen)|inschakelen|bij betrekken|erbij betrekken)\b|^(?=.*\b(?:doktersassistent\p{L}*|assistente|poh|praktijkondersteuner)\b).*\b(?:moet|moeten|mag|kan|zal|zou)\s+(?:ik|we)\s+(?:\S+\s+){0,3}?(?:de|mijn|onze)\s+huisarts\s+(?:\S+\s+){0,2}?(?:(?:hier|daar|er)?op\s+wijzen|wijzen|inlichten|informeren|op de hoogte (?:brengen|stellen))\b|\b(?:moet|moeten|mag|kan|zal|zou)\s+(?:ik|we)\s+(?:\S+\s+){0,2}?bij\s+(?:de|mijn|onze|m'n)\s+(?:huisarts|leidinggevende|teamleider|aandacht\p{L}*|ib'?er|intern begeleider|zorgcoordinator|coordinator|directeur|directie)\s+(?:neerleggen|leggen|voorleggen|aankaarten|melden)\b|\b(?:de|mijn|onze)\s+(?:huisarts|arts)\s+(?:hier|daar|er)op\s+wijzen\b/u },
  // "Moet ik dit melden, gezien mijn beroepsgeheim?", "ik zit klem tussen mijn beroepsgeheim en de kinderen": the meldrecht.
  { kind: 'may-share', pattern: /\b(?:gezien|met|ondanks|vanwege|tussen)\s+(?:mijn|ons|het|m'n)\s+beroepsgeheim\b|\bberoepsgeheim\b[^.?!]{0,90}\?/u, unless: new RegExp(String.raw`^(?!.*\b(?:veilig thuis|vt|melden|melding)\b).*\b${OTHER_THAN_VEILIG_THUIS}\b`, 'u') },
  // "Zit steeds opgesloten als zijn dochter weg is. Klopt dit wel?" asks whether it is all right, that is whether it is abuse.
  // "Het is geen mishandeling toch?": whether what the story tells counts.
  // "Is slecht gebit al reden voor de meldcode?": whether what the story tells counts.
  { kind: 'is-it-abuse', pattern: /\bis\s+(?:\S+\s+){1,4}?(?:al\s+|genoeg\s+|een\s+)*reden\s+(?:voor\s+(?:de\s+)?meldcode|om\s+(?:de\s+meldcode|te\s+melden))\b/u },
  { kind: 'is-it-abuse', pattern: /\b(?:het|dit|dat)\s+is\s+(?:toch\s+|ook\s+|eigenlijk\s+)?geen\s+(?:echte\s+)?(?:\p{L}*mishandeling|\p{L}*misbruik|huiselijk geweld)\b[^.!]*\?|\bgeen\s+(?:\p{L}*mishandeling|\p{L}*misbruik)\s*,?\s*toch\s*\?/u },
  { kind: 'is-it-abuse', pattern: /\b\p{L}+\s+of\s+(?:\p{L}*mishandeling|verwaarlozing|huiselijk geweld|\p{L}*misbruik|uitbuiting)\s*\?|\b(?:is|valt)\s+(?:dit|dat|het)\b[^.?!]{0,40}\bof\s+(?:\S+\s+){0,2}?(?:\p{L}*mishandeling|verwaarlozing|huiselijk geweld|\p{L}*misbruik|uitbuiting)\b|\bof (?:dit|dat|het|zoiets) (?:(?:nog|al|ook|wel)\s+)?onder (?:\S+\s+)?(?:huiselijk geweld|\p{L}*mishandeling|verwaarlozing|\p{L}*misbruik|\p{L}*geweld)\s+valt\b|\bklopt\s+(?:dit|dat|het|zoiets)\s+(?:wel|niet)\s*\?|\bvalt\s+(?:dit|dat|het|zoiets)\s+(?:\S+\s+){0,3}?onder(?:\s+(?:\S+\s+)?(?:\p{L}*mishandeling|huiselijk geweld|verwaarlozing|\p{L}*misbruik|\p{L}*geweld)\b|\s*\?|\s*$)|\b(?:is|valt)\s+(?:dit|dat|het|zoiets)\s+(?:(?:nou|nu|echt|wel|ook|dan|eigenlijk|al)\s+){0,3}(?:(?:een\s+)?(?:vorm van|soort)\s+)?(?:(?:kinder|ouderen|psychische|emotionele|lichamelijke|financiele?|financieel|seksuele)\s*)?(?:mishandeling|verwaarlozing|huiselijk geweld|misbruik|geweld|uitbuiting)\b/u },
  // "Is dit wat ze dwingende controle noemen?", "kan dit loverboy zijn?", "telt dit als medische verwaarlozing?", "valt dwingende controle ook onder huiselijk geweld?"
  /** "Ik weet niet of dit nou onder huiselijk geweld valt", "of het onder ouderenmishandeling valt". */
  { kind: 'is-it-abuse', pattern: /\b(?:of|valt)\s+(?:dit|dat|het)\s+(?:(?:nou|nu|wel|eigenlijk|echt|al)\s+)*onder\s+(?:huiselijk geweld|kindermishandeling|ouderenmishandeling|mishandeling|verwaarlozing|partnergeweld)\b/u },
  { kind: 'is-it-abuse', pattern: /\b(?:valt|vallen|telt|tellen)\s+(?:zulke?|zo'?n|deze|die|dit soort|dat soort|dergelijke)\s+(?:\S+\s+){1,5}?(?:eigenlijk\s+|ook\s+|nou\s+|dan\s+)*(?:onder|als|mee)\b|\bis\s+dit\s+wat\s+(?:ze|men|jullie)\s+(?:een\s+)?\S+(?:\s+\S+)?\s+noem\p{L}*|\b(?:kan|zou)\s+(?:dit|dat|het)\s+(?:\S+\s+){0,3}?(?:loverboy\p{L}*|uitbuiting|mensenhandel|huwelijksdwang|eergerelateerd\p{L}*|mishandeling|verwaarlozing|misbruik)\b[^.?!]*\?|\b(?:telt|tellen)\s+(?:dit|dat|het)\s+(?:\S+\s+){0,2}?als\s+(?:\S+\s+){0,2}?(?:\p{L}*mishandeling|verwaarlozing|huiselijk geweld|misbruik|geweld)\b|\b(?:valt|vallen)\s+(?:\S+\s+){1,3}?(?:ook\s+)?onder\s+(?:huiselijk geweld|kindermishandeling|mishandeling)\b[^.?!]*\?|\bsignalen\s+van\s+(?:een\s+)?(?:loverboy\p{L}*|misbruik|mishandeling|verwaarlozing|uitbuiting)\s*\?|\b(?:is|zijn)\s+(?:dit|dat|het)\s+(?:nou\s+)?(?:gewoon\s+)?(?:cultureel|normaal|opvoeding)\b[^.?!]{0,40}\bof\b|\bben\s+ik\s+te\s+(?:snel|streng)\s+als\s+ik\s+aan\s+(?:\p{L}*mishandeling|verwaarlozing|misbruik)\b|\b(?:is|zijn)\s+(?:dit|dat|het)\s+(?:niet\s+)?gewoon\s+(?:vrijheidsberoving|mishandeling|verwaarlozing|uitbuiting)\b|\b(?:is|valt)\s+(?:dit|dat|het)\s+(?:(?:nou|nu|dan|eigenlijk|al|ook|wel|echt)\s+){0,3}(?:(?:een\s+)?(?:geval|vorm)\s+van\s+)?ontspoorde\s+(?:mantel)?zorg\b|\b(?:als|terwijl|zonder dat|ook al)\s+(?:er\s+)?(?:geen|niet)\s+(?:\S+\s+)?(?:geweld|geslagen|slaan)\s*(?:is|wordt|speelt|gebeurt)?\s*\?|\bof\s+is\s+(?:dit|dat|het|hij|zij|ze)\s+(?:(?:gewoon|nou|eigenlijk|vooral)\s+)*(?:een\s+)?(?:overbel\p{L}*|uitgeputte|overvraagde)\s+(?:mantelzorger|partner|man|vrouw|echtgenoot|zoon|dochter)\b/u },
  // "Mogen we weigeren haar mee te geven als hij weer dronken binnenkomt?": handing a child to a parent who may endanger it.
  // "Wat had ik moeten doen?", "hadden we haar mogen tegenhouden?" after a parent under influence drove off with a child.
  { kind: 'unsafe-pickup', told: DROVE_OFF_UNDER_INFLUENCE, pattern: /\b(?:wat\s+(?:had|hadden)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,3}?moeten\s+doen|(?:had|hadden|mag|mogen|mocht|mochten)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,5}?(?:mogen\s+)?tegenhouden|(?:mag|mogen|kan|kunnen)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,2}?(?:de\s+)?politie\s+bellen\s+als)\b/u },
  { kind: 'unsafe-pickup', pattern: /^(?=.*\b(?:ophaal\p{L}*|ophalen|op te halen|haalt \S+ op|meegeven|mee te geven|mee(?: te)? laten gaan|meenemen|mee naar huis)\b).*\b(?:mag|mogen|kan|kunnen|moet|moeten)\s+(?:ik|we|wij)\b[^.?!]{0,40}\b(?:weigeren|tegenhouden|niet meegeven|niet mee (?:te )?geven|niet laten (?:meegaan|gaan))\b|\b(?:mag|mogen|kan|kunnen)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,3}?(?:hier|bij ons|bij mij|binnen) (?:houden|laten blijven|laten slapen)\b/u },
  // "Vader kwam dronken met de auto … als hij weer zo binnenkomt, mogen we haar dan meegeven?": the next pickup by a parent under influence, told before the question.
  { kind: 'unsafe-pickup', told: /\b(?:dronken|gedronken|onder invloed|naar drank|naar alcohol)\b/u, pattern: /^(?=.*\b(?:als|wanneer)\b)(?=.*\bdan\b).*\b(?:mag|mogen|kan|kunnen|moet|moeten)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,3}?(?:meegeven|mee (?:te )?geven|mee laten gaan|laten meegaan)\b/u },
  // "Mag ik hem meegeven als ik denk dat ze gedronken heeft en met de auto is?": handing a child to a parent under influence.
  // "Wat moet ik doen als ze straks weer zo binnenkomt en het kind mee wil nemen in de auto?"
  { kind: 'unsafe-pickup', pattern: /\bwat\s+(?:moet|moeten|kan|kunnen|doe|doen)\s+(?:ik|we|wij)\b[^.?!]{0,20}\bals\b(?=[^.?!]*\b(?:mee (?:wil |wilt )?(?:nemen|neemt)|meenemen|meeneemt|ophalen|ophaalt|komt halen)\b)(?=[^.?!]*\b(?:auto|rijden|rijdt|dronken|onder invloed|gedronken|zo binnenkomt)\b)/u },
  { kind: 'unsafe-pickup', pattern: /\b(?:mag|mogen|kan|kunnen|moet|moeten)\s+(?:ik|we|wij)\b[^.?!]{0,40}\b(?:meegeven|mee (?:te )?geven|mee laten gaan|laten meegaan)\b[^.?!]{0,60}\b(?:gedronken|dronken|onder invloed|drank|high|gebruikt)\b/u },
  // "Mag ik het kind meegeven aan vader als hij weer komt?": handing a child to a parent at the door.
  { kind: 'unsafe-pickup', pattern: /\b(?:mag|mogen|kan|kunnen|moet|moeten)\s+(?:ik|we|wij)\b[^.?!]{0,30}\b(?:meegeven|mee (?:te )?geven|mee laten gaan|laten meegaan)\s+(?:aan|met)\s+(?:de\s+|zijn\s+|haar\s+|hun\s+)?(?:vader|moeder|papa|mama|ouder|stiefvader|opa|oma)\b/u },
  // "Wat als moeder weer drinkend komt ophalen, mag ik dan het kind gewoon meegeven?": handing over at pickup.
  { kind: 'unsafe-pickup', pattern: /^(?=.*\b(?:ophaal\p{L}*|ophalen|op te halen|haalt (?:\S+ ){1,2}op|komt halen)\b).*\b(?:mag|mogen|kan|kunnen|moet|moeten)\s+(?:ik|we|wij)\b[^.?!]{0,40}\b(?:meegeven|mee (?:te )?geven|mee laten gaan|laten meegaan)\b/u },
  { kind: 'talk-to-family', pattern: new RegExp(String.raw`\b(?:moet|moeten|kan|kunnen|mag|mogen|zal|zullen|zou|zouden)\s+(?:ik|we|wij)\b[^.?!]{0,40}\b${FAMILY}\b[^.?!]{0,40}\b(?:aanspreken|bespreken|inlichten|informeren|vertellen|zeggen|praten|benaderen|aankaarten|confronteren|op aanspreken|bellen|opbellen|vragen|beginnen)\b|\b(?:eerst|zelf)\s+(?:met|in gesprek met)\s+(?:de\s+)?${FAMILY}\b|\bwat als\s+(?:de\s+)?${FAMILY}\b[^.?!]{0,30}\b(?:boos|kwaad|agressief)\b|\b(?:bellen|benaderen|spreken|informeren|vragen)\s+(?:we|wij|ik)\s+(?:\S+\s+)?(?:de\s+)?${FAMILY}\b`, 'u'), unless: ABOUT_A_MELDING },
  // "Is het slim om de moeder te bellen?", "is het verstandig dat ik de moeder hier zelf op aanspreek?"
  { kind: 'talk-to-family', pattern: new RegExp(String.raw`\b(?:is het|lijkt het (?:me|je)?)\s*(?:\S+\s+)?(?:verstandig|slim|goed|een goed idee|handig)\s+(?:dat|als|om)\s+(?:ik|we)?\s*(?:\S+\s+){0,1}?(?:de\s+)?${FAMILY}\b[^.?!]{0,40}\b(?:bel|bellen|te bellen|vertel|vertellen|te vertellen|aanspreek|aanspreken)\b`, 'u'), unless: ABOUT_A_MELDING },
  // "Moet moeder dit weten?", "eerst moeder bellen of eerst Veilig Thuis?", "ik wilde morgen de ouders bellen, is dat verstandig?"
  { kind: 'talk-to-family', pattern: new RegExp(String.raw`\b(?:moet|moeten)\s+(?:(?:de|haar|zijn)\s+)?(?:ouders?|moeder|vader|familie)\b(?:\s+van\s+\S+(?:\s+\S+)?)?\s+(?:dit|dat|het|hiervan|ervan)?\s*(?:ook\s+|wel\s+|nou\s+|nu\s+|al\s+)*(?:weten|horen|ingelicht|geinformeerd|op de hoogte)\b|\beerst\s+(?:de\s+)?${FAMILY}\s+(?:bellen|spreken|inlichten)\b|\b(?:bel|spreek)\s+ik\s+(?:eerst\s+)?(?:de\s+)?${FAMILY}\b|\b(?:de\s+)?${FAMILY}\s+(?:\S+\s+){0,4}?(?:bellen|spreken|vragen)\b[^.?!]{0,60}\b(?:verstandig|slim|goed idee|erger)\b|\bmet\s+(?:de\s+)?${FAMILY}\s+(?:\S+\s+)?in gesprek\b[^.?!]*\?|\bgesprek\s+met\s+(?:de\s+)?${FAMILY}\s+(?:\S+\s+){0,2}?(?:plannen|aangaan|aanga|voeren|voer|begin)\b`, 'u'), unless: ABOUT_A_MELDING },
  // "Moet ik dit nu al melden bij VT of eerst zelf met moeder praten?": the talk of step 3 weighed against a melding.
  { kind: 'talk-to-family', pattern: new RegExp(String.raw`\bmeld\p{L}*\b[^.?!]{0,40}\bof\s+(?:\S+\s+){0,2}?(?:eerst|zelf)\s+(?:\S+\s+){0,2}?(?:met|in gesprek met)\s+(?:de\s+)?${FAMILY}\b|\b(?:eerst|zelf)\s+(?:\S+\s+){0,2}?(?:met|in gesprek met)\s+(?:de\s+)?${FAMILY}\b[^.?!]{0,40}\bof\s+(?:\S+\s+){0,2}?meld\p{L}*`, 'u') },
  // "Kan dat als die vriend erbij is?": a talk with the suspect present.
  // "Vader bleef de hele tijd bij haar … kan ik haar later bellen?": reaching her without the partner who is always there.
  { kind: 'speak-alone', told: PARTNER_ALWAYS_THERE, pattern: /\b(?:kan|mag|zal|moet)\s+(?:ik|we)\s+(?:haar|hem|mevrouw|meneer|de moeder|de vrouw)\s+(?!(?:moeder|vader|ouders|man|vriend|partner|broer|zus|familie|oma|opa|zoon|dochter)\b)(?:\S+\s+){0,2}?(?:bellen|opbellen|appen|mailen|benaderen)\b/u },
  // "Mag ik de ex vertellen wat ik gezien heb?": what the asker saw, told to someone outside, which needs consent.
  { kind: 'share-with-others', pattern: /\b(?:mag|kan)\s+(?:ik|we)\s+(?:de|die|haar|zijn|hun)\s+(?:ex|ex-partner|expartner|ex-vrouw|ex-man|moeder van \S+|vader van \S+|familie|oma|opa|zus|broer)\s+(?:\S+\s+)?(?:vertellen|laten weten|informeren over)\s+wat\s+(?:ik|we)\s+(?:\S+\s+)?(?:gezien|gehoord|weet|weten|zag|hoorde)\b/u },
  // "Kan ik het aankaarten als man en broer er weer bij zitten?": more than one of them there.
  { kind: 'speak-alone', pattern: /\b(?:als|terwijl|wanneer|met)\s+(?:(?:die|de|haar|zijn|hun)\s+)?(?:nieuwe\s+)?(?:vriend|partner|man|vrouw|vader|moeder|stiefvader|zoon|dochter)(?:\s+(?:en|of)\s+(?:(?:die|de|haar|zijn|hun)\s+)?(?:vriend|partner|man|vrouw|vader|moeder|stiefvader|zoon|dochter|broer|zus|schoonmoeder|schoonvader|oom|tante))?\s+(?:(?:(?:er\s+)?(?:waarschijnlijk|vast|altijd|steeds|ook|weer|dan)\s+){0,2}(?:er\s*bij|erbij|bij|ernaast|in de buurt|aanwezig)|er\s+(?:\S+\s+){0,5}?(?:bij|naast))\s+(?:is|zit|staat|zijn|zitten|staan)\b[^.?!]*\?/u },
  // "Moet ik meneer eerst alleen spreken, zonder zoon erbij?"
  { kind: 'speak-alone', pattern: /\b(?:meneer|mevrouw|de client\p{L}*|de patient\p{L}*|de bewoner\p{L}*)\s+(?:\S+\s+){0,3}?alleen\s+(?:te\s+)?(?:spreken|zien)\b|\bzonder\s+(?:de\s+|haar\s+|zijn\s+|hun\s+)?(?:zoon|dochter|man|vrouw|partner|vriend|broer|vader|moeder|schoonzoon|schoondochter)\s+erbij\b[^.?!]*\?/u },
  // "Mag ik moeder uitnodigen, ook al is de kans groot dat die vriend meekomt?": the suspect at the talk.
  { kind: 'speak-alone', pattern: /\b(?:dat|als|terwijl)\s+(?:die|de|haar|zijn|hun)\s+(?:nieuwe\s+)?(?:vriend|partner|man|vrouw|vader|moeder|stiefvader|zoon|dochter)\s+(?:\S+\s+)?(?:meekomt|mee komt|erbij komt|erbij zit|meegaat)\b/u },
  // "Hoe krijg ik haar even alleen?", "ik krijg haar nooit alleen te spreken": seeing someone without the partner who is always there.
  { kind: 'speak-alone', pattern: /\b(?:krijg|krijgen|spreek|spreken|zie|zien|praat|praten)\s+(?:ik|we|wij)\s+(?:\S+\s+)?(?:met\s+)?(?:haar|hem|(?:de\s+)?(?:vrouw|moeder|mama|vader|client\p{L}*|patient\p{L}*))\s+(?:\S+\s+){0,3}?alleen\b|\b(?:haar|hem|moeder|vader|de (?:vrouw|moeder|client\p{L}*|patient\p{L}*))\s+(?:\S+\s+){0,3}?alleen\s+(?:te\s+)?(?:spreken|zien|krijgen)\b|\bzonder (?:haar|hem|de (?:vrouw|moeder|client\p{L}*|patient\p{L}*))\s+(?:\S+\s+)?in gevaar te brengen\b|\bzonder dat (?:het|de situatie|dat)\s+(?:\S+\s+){0,3}?(?:gevaarlijker|erger|onveiliger)\b|\bzonder dat (?:hij|zij|ze|haar man|haar vriend|haar partner|zijn vrouw|de partner|de vader|de moeder)\s+(?:er\s*bij|erbij|in de buurt|meekijkt|meeluistert|het merkt|het doorheeft|(?:\S+\s+)?(?:argwaan|achterdocht)\s+krijgt|achterdochtig\s+wordt|(?:er\s+)?lucht\s+van\s+krijgt|(?:het\s+|iets\s+)?in de gaten (?:heeft|krijgt))\b|\b(?:hoe|wanneer)\s+(?:vraag|spreek|benader)\s+(?:ik|we)\s+(?:haar|hem)\s+(?:er\s+)?(?:naar|op aan|alleen)\b|\bzonder (?:het )?gevaar te vergroten\b|\bzonder\s+(?:het|de situatie|dat)\s+(?:\S+\s+){0,3}?(?:erger|gevaarlijker|onveiliger)\s+te\s+maken\b|\b(?:als|terwijl|wanneer|nu)\s+(?:hij|zij|ze|haar man|haar zoon|zijn zoon|haar dochter|zijn dochter|haar vriend|de partner|de zoon|de dochter)\s+(?:er\s+)?(?:\S+\s+)?(?:altijd|steeds|telkens|elke keer|ook)\s+(?:bij|erbij|naast)\s+(?:is|zit|staat|blijft)\b/u },
  // "Hoe begin ik dat gesprek met de ouders?", "hoe maak ik dit bespreekbaar?": how to hold the step-3 talk.
  // "Moet ik haar verhaal met hem bespreken, dat is toch stap 3, of mag ik dat overslaan?": when the step-3 talk may be skipped.
  // "In welke stap zit het gesprek met de ouders, en mag je die stap overslaan?"
  { kind: 'skip-talk', pattern: /\bgesprek\b[^?!]{0,80}\b(?:mag|kan|mogen)\s+(?:je|ik|we)\s+(?:die|deze|dat|dit|het)\s+(?:stap|gesprek)\s+(?:\S+\s+)?(?:overslaan|skippen|weglaten)\b/u },
  { kind: 'skip-talk', pattern: /\bstap (?:3|drie)\b[^?!]{0,80}\b(?:overslaan|overslaan\?|skippen|weglaten|laten vallen)\b|\b(?:overslaan|skippen)\b[^.?!]{0,40}\bstap (?:3|drie)\b|\b(?:welke|een)\s+(?:van\s+de\s+)?(?:\S+\s+)?stap(?:pen)?\s+(?:\S+\s+){0,5}?(?:overslaan|skippen|weglaten)\b/u },
  { kind: 'talk-to-family', pattern: new RegExp(String.raw`\bhoe\s+(?:begin|open|voer|start|maak|breng|kan)\s+(?:ik|we)\b[^.?!]{0,40}\b(?:gesprek|bespreekbaar|ter sprake)\b`, 'u'), unless: ABOUT_A_MELDING },
  // "Moet ik dit ergens vastleggen?", "moet ik zoiets toch noteren?", "hoe leg ik dat achteraf vast?"
  { kind: 'should-record', pattern: /\bwat\s+(?:moet|hoort|mag|zet|schrijf)\s+(?:er\s+|ik\s+)?(?:precies\s+|dan\s+|allemaal\s+)?(?:in|op)\s+(?:het|ons|de|zijn|haar)\s+\p{L}*dossier\b|\b(?:moet|moeten|hoef|hoeven|kan|kunnen|zal|zou|mag)\s+(?:ik|we|wij|je)\b[^.?!]{0,40}\b(?:vastleggen|vast te leggen|noteren|te noteren|registreren|te registreren|opschrijven|op te schrijven|bijhouden|bij te houden|(?:in|op) (?:het|ons|de) \p{L}*(?:dossier|volgsysteem|systeem) (?:zetten|opnemen|noteren))\b|\bhoe leg (?:ik|je|we) (?:\S+\s+){0,3}?vast\b|\bwat\s+(?:schrijf|noteer|zet)\s+(?:ik|we|je)\b|\bhoe\s+(?:schrijf|noteer|formuleer|verwoord|rapporteer|registreer)\s+(?:ik|we|je)\b|\bwat\b[^.?!]{0,30}\b(?:vastleggen|vast te leggen|noteren|opschrijven|op te schrijven)\b|\b(?:schrijven|schrijf|noteren|noteer)\s+(?:we|ik|je)\b[^.?!]{0,40}\?|\b(?:zet|zetten)\s+(?:ik|we|je)\b[^.?!]{0,40}\b(?:dossier|interpretatie|erin|er ook in)\b/u },
  // "Kan ik dit melden ook als zij dat niet wil?": a melding without consent, which the meldrecht allows.
  { kind: 'may-share', pattern: /\b(?:meld\p{L}*|doorgeven|delen)\b[^.?!]{0,50}\b(?:zonder (?:haar |zijn |hun |de )?(?:toestemming|medewerking)|(?:als|terwijl|hoewel) (?:zij|hij|ze|de ouders|de client\p{L}*) (?:dat |het )?(?:zelf )?(?:niet wil(?:len)?|weiger\p{L}*)|tegen (?:haar|zijn|hun) (?:zin|wil))/u },
  // "Is dit iets voor Veilig Thuis of alleen voor kinderen?", "moet ik nu meteen VT bellen of eerst naar de ib'er?"
  { kind: 'for-veilig-thuis', pattern: /\b(?:veilig thuis|vt|jullie)\b[^.?!]{0,40}\b(?:alleen|ook|enkel)\s+(?:voor|bij|met)\s+(?:kinderen|volwassenen|ouderen)\b|\b(?:alleen|ook|enkel)\s+(?:voor|bij)\s+(?:kinderen|volwassenen|ouderen)\s*\?|\b(?:is|valt)\s+(?:dit|dat|zoiets|het)\s+(?:(?:nou|nu|dan|eigenlijk|al|ook|wel|echt)\s+){0,3}(?:iets voor|onder)\s+(?:veilig thuis|vt)\b|\b(?:hoort|past)\s+(?:dit|dat|zoiets|het)\s+(?:\S+\s+)?(?:bij|voor)\s+(?:veilig thuis|vt)\b|\b(?:moet|moeten|mag|kan|zal|zou)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,3}?(?:veilig thuis|vt)\s+(?:bellen|inschakelen|benaderen)\b|\b(?:bel|bellen)\s+(?:ik|we)\s+(?:\S+\s+){0,2}?(?:veilig thuis|vt)\b|\b(?:of|meteen|direct|gelijk)\s+(?:\S+\s+)?(?:veilig thuis|vt)\s+(?:bellen|inschakelen)\b|\bis\s+(?:dit|dat|het)\s+(?:nu\s+|dan\s+)?(?:meteen|direct|gelijk|al)\s+(?:een\s+(?:zaak|melding)\s+)?(?:voor\s+)?(?:veilig thuis|vt)\s*\?/u },
  // "baby groeit nauwelijks, ouders komen niet op afspraken. zorgelijk?" and "moet ik de meldcode volgen?" ask whether to act on it too.
  { kind: 'should-act', pattern: /\b(?:moet|moeten|kan|kunnen|mag)\s+(?:ik|we|wij)\s+(?:hier|daar|er|dit|hierop)?\s*(?:iets|wat)\b(?!\s+(?:melden|delen|vertellen))|\b(?:is|valt)\s+(?:dit|dat|het)\s+(?:al\s+)?(?:iets|genoeg|ernstig genoeg|reden|zorgelijk|een signaal|onder de meldcode)\b|\b(?:moet|moeten|kan|kunnen|mag)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,4}?(?:iets|wat)\s+mee\b|\bmoet (?:ik|je) (?:me|mij|je) (?:\S+\s+)?(?:zorgen|ongerust)\b|\b(?:overdrijf|overreageer)\s+ik\b|\bin de gaten houden\b|\biets voor de meldcode\b|\b(?:een\s+)?(?:situatie|geval|zaak)\s+voor\s+de\s+meldcode\b|\bof (?:ik|we) (?:daar|hier|er) (?:\S+ ){0,2}?(?:iets|wat) mee (?:moet|moeten|mag|kan)\b|\b(?:moet|moeten)\s+(?:ik|we|wij)\s+(?:de\s+)?meldcode\s+(?:volgen|gebruiken|doorlopen|inzetten)\b|\b(?:een\s+)?meldcode[\s-]?(?:ding|geval|situatie|zaak)\b|\b(?:zorgelijk|verontrustend|alarmerend|ernstig genoeg|reden tot zorg)\s*\?/u },
  // "Moet ik nu al iets doen?", "is dit al een reden voor de meldcode?", "ben ik nou overdreven?", "serieus nemen of niet?"
  { kind: 'should-act', pattern: /\b(?:moet|moeten)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,2}?(?:iets|wat)\s+met\s+(?:de|die|onze|ons)\s+meldcode\b|\b(?:moet|moeten)\s+(?:ik|we|wij)\s+(?:nu\s+)?(?:al\s+)?(?:sowieso\s+)?(?:zelf\s+)?(?:nog\s+)?(?:iets|wat)\s*(?:doen)?\s*(?:\?|$|of\b)|\b(?:is|valt)\s+(?:dit|dat|het)\s+(?:nou\s+|nu\s+|al\s+|dan\s+|ook\s+)*(?:een\s+)?(?:reden|zwaar genoeg|erg genoeg)\b|\b(?:zwaar|erg|ernstig)\s+genoeg\s+voor\s+(?:de\s+)?meldcode\b|\b(?:valt|vallen)\s+(?:dit|dat|het)\s+(?:\S+\s+){0,2}?onder\s+(?:de|onze|ons|jullie)\s+meldcode\b|\bmoet\s+(?:dit|dat|het)\s+(?:\S+\s+)?via\s+de\s+meldcode\b|\b(?:ben|zie)\s+ik\s+(?:nou\s+|nu\s+|gewoon\s+)?(?:te\s+)?(?:overdreven|paranoide|te snel|te streng|spoken|overbezorgd|te bezorgd|overdreven bezorgd)\b|\bserieus nemen of niet\b|\bdoe ik hier iets mee\b|\bhoe serieus\s+(?:ik\s+)?(?:dit|dat|het)\b|\bheeft het zin om\b/u },
  // "Is dit een situatie waarin ik moet melden?": the same question in a subordinate clause.
  { kind: 'should-report', pattern: /\b(?:moet|mag|kan|moeten|mogen|kunnen)\s+(?:ik|we|wij|dit|het)\s+(?:\S+\s+){0,3}?(?:melden|gemeld|een melding)\b|\bmelden of niet\b|\b(?:waarin|waarbij)\s+(?:ik|we|wij)\s+(?:\S+\s+)?(?:moet|moeten)\s+melden\b/u },
  // "Moet ik dit volgens de meldcode bij Veilig Thuis melden?", "ben ik verplicht om dit te melden?", "wanneer is het genoeg om te melden?"
  { kind: 'should-report', pattern: /\b(?:moet|moeten)\s+(?:ik|we|wij)\s+(?:dit|dat|het)\s+(?:\S+\s+){0,6}?melden\b|\b(?:ben|zijn)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,3}?verplicht\s+(?:om\s+)?(?:dit\s+|het\s+)?(?:te\s+melden|iets te doen)\b|\bwanneer\s+(?:is\s+het\s+(?:nou\s+)?genoeg|moet\s+ik)\s+(?:om\s+)?(?:echt\s+)?(?:te\s+)?melden\b|\bmoet\s+ik\s+dit\s+doorgeven\b|\b(?:is|zijn)\s+(?:dit|dat|het|deze signalen|die signalen)\s+(?:\S+\s+){0,2}?(?:voldoende|genoeg|reden)\s+(?:\S+\s+){0,2}?(?:voor\s+een\s+melding|om\s+te\s+melden)\b|^\s*(?:dus\s+)?melden\s+(?:bij\s+\S+\s+)?of\b|\bis\s+(?:dit|dat|het\s+nu)\s+(?:nu\s+)?(?:het|een)\s+moment\s+om\s+(?:\S+\s+)?(?:te\s+)?melden\b|\b(?:moet|hoort)\s+(?:dit|dat|zoiets)\s+(?:\S+\s+)?(?:naar|bij)\s+(?:veilig thuis|vt)\b(?!\s+(?:of|en)\b)|\bof\s+(?:dit|dat|het)\s+(?:nu\s+)?(?:al\s+)?(?:het|een)\s+moment\s+is\s+(?:voor\s+een\s+melding|om\s+(?:\S+\s+)?te\s+melden)\b|\b(?:valt|is)\s+(?:dit|dat|het)\s+(?:\S+\s+)?(?:onder\s+)?structurele\s+onveiligheid\b/u },
  { kind: 'may-share', pattern: /\b(?:mag|kan)\s+(?:ik|we)\b.{0,40}\b(?:delen|uitwisselen|doorgeven|doorvertellen)\b|\b(?:mag|kan)\s+(?:ik|we)\b.{0,40}\bzonder\s+(?:(?:haar|zijn|hun|de)\s+)?toestemming\b|\b(?:mag|kan)\s+(?:ik|we)\s+(?:als\s+\S+\s+)?(?:zomaar\s+|gewoon\s+)?(?:die |deze |de |haar |zijn |hun )?(?:informatie|gegevens)\b.{0,30}\b(?:geven|verstrekken)\b/u, unless: /\b(?:wie|waar)\s+(?:kan|kun|moet|mag)\s+(?:ik|we)\b/u },
  { kind: 'may-share', pattern: /\b(?:mag|kan)\s+(?:ik|we)\b.{0,40}\b(?:vertellen|informeren|inlichten|neerleggen|bellen|bespreken|overleggen)\b/u, unless: /\b(?:wie|waar)\s+(?:kan|kun|moet|mag)\s+(?:ik|we)\b/u, onlyAlone: true },
  // Not "oma, bij wie ze soms slaapt": only "bij wie" that asks.
  { kind: 'who-to-call', pattern: /\b(?:wie|waar)\s+(?:moet|kan|kun|bel|meld)\b|\bbij wie\s+(?:moet|moeten|kan|kunnen|kun|meld|bel|ga)\s+(?:ik|we|wij|je)\b|\bbij wie\s+(?:ik|we|wij)\s+(?:\S+\s+){0,3}?(?:moet|moeten|kan|kunnen|zou|zouden|terecht)\b|\ben bij wie\b(?![^.!]*\bverantwoordelijk)|\bbij wie\b(?![^.!]*\bverantwoordelijk)[^.!]*\?|\bwie bel ik\b/u },
  { kind: 'what-to-do', pattern: /\bwat\s+(?:moet|moeten|kan|kunnen|kun|doe|doen|zou|zouden)\s+(?:ik|we|wij|je|jij|u|jullie)\b|\b(?:wat zijn|welke)\s+(?:(?:mijn|onze|de|hier)\s+)?(?:opties|mogelijkheden)\b|\bhoe\s+(?:pak|pakken|moet|moeten)\s+(?:ik|we|wij)\b(?:\s+\S+){0,3}?\s+aan\b|\bhoe kijk(?:en|t)? (?:jullie|jij|u)\b|\bhoe zit (?:dat|dit|het)\b|\bwat nu\b|\bvolgende stap\b|\bhoe pak ik\b|\bhoe ga ik\b|\bwat is (?:hier |nu |dan )?(?:de )?(?:wijsheid|wijs|verstandig)\b|\bhoe verder\b/u },
  // "Telt het ongeboren kind mee in de afweging?": after the story's other questions, which say what to do first.
  { kind: 'kindcheck', pattern: /\b(?:telt|tellen)\b[^.?!]{0,30}\b(?:ongeboren|zwangerschap)\b[^.?!]*\bmee\b/u },
  // "Valt dit onder de meldcode als het door haar eigen man gebeurt?", "kan ik hier de meldcode voor gebruiken?": whether it is Veilig Thuis's field, when no other kind of question claims it.
  { kind: 'for-veilig-thuis', pattern: /\b(?:valt|vallen)\s+(?:dit|dat|het|zoiets)\s+(?:ook\s+|wel\s+|eigenlijk\s+)?onder\s+(?:de\s+)?meldcode\b|\biets\s+voor\s+de\s+meldcode\b|\b(?:kan|mag)\s+(?:ik|we)\s+(?:hier|daar)\s+(?:ook\s+)?(?:de\s+)?meldcode\s+(?:voor\s+)?(?:gebruiken|volgen|inzetten)\b/u },
];

/** "Papa slaat mama", "zijn vrouw slaat en krabt hem", "haar man heeft haar tegen de muur geduwd": one adult at home hurting the other. */
const PARTNER_VIOLENCE =
  /\b(?:papa|vader|stiefvader)\b[^.?!]{0,30}?\b(?:deur|spullen|servies|tafel|ruit|raam|tv)\b[^.?!]{0,15}?\b(?:kapot|ingetrapt|ingeslagen|stukgeslagen)\b[^.?!]{0,30}?\b(?:mama|moeder)\b[^.?!]{0,15}?\b(?:huilde|huilt|schreeuwde|gilde|bang)\b|\b(?:papa|vader|stiefvader)\b[^.?!]{0,30}?\b(?:slaat|sloeg|geslagen|schopt|schopte|duwt|duwde|geduwd|mishandelt|gooit|gooide)\b[^.?!]{0,20}?\b(?:mama|moeder)\b|\b(?:papa|vader|stiefvader)\s+(?:\S+\s+)?(?:mama|moeder)\s+(?:\S+\s+){0,3}?(?:slaat|sloeg|schopt|schopte|duwt|duwde|mishandelt)\b|\b(?:de|die|haar|moeders|mama's)\s+(?:nieuwe\s+)?(?:vriend|partner)\s+(?:\S+\s+)?(?:mama|moeder)\s+(?:\S+\s+){0,3}?(?:slaat|sloeg|schopt|schopte|duwt|duwde|mishandelt|wurgt|wurgde)\b|\b(?:haar man|haar partner|haar vriend|zijn vrouw|zijn partner|zijn vriendin)\b[^.?!]{0,60}?\b(?:slaat|sloeg|geslagen|schopt|schopte|duwt|duwde|geduwd|mishandelt|krabt|wurgt|wurgde|gooit|gooide)\b/u;

/** Violence at home told as coming back ("voor de derde keer geweest na geschreeuw, gebonk"): the children in it live with it. */
const AGAIN_AND_AGAIN = /\b(?:(?:voor|al) de (?:derde|vierde|vijfde|zoveelste|[3-9]e|[3-9]de|\d\de) keer|(?:al\s+)?(?:drie|vier|vijf|meerdere|verschillende|zo vaak|zoveel|[3-9]|\d\d)\s+keer|steeds weer|telkens weer|keer op keer)\b/u;
const FIGHT_AT_HOME = /\b(?:geschreeuw|gebonk|twist|huiselijke twist|ruzies?|klappen|vechten|ingetrapte|huiselijk geweld|geweld thuis|slaat|sloeg|mishandel\p{L}*)\b/u;
const violenceAtHomeAgain = (told: string): boolean => sentencesOf(told).some((s) => AGAIN_AND_AGAIN.test(s) && FIGHT_AT_HOME.test(s));

/** Again and again, or for months and longer: a pattern, which the afwegingskader calls structurele onveiligheid (brief §2). */
const REPEATS =
  /\b(?:voor de (?:tweede|derde|vierde|vijfde|zoveelste|[2-9]e|[2-9]de|\d\de) keer|(?:de |het )?(?:tweede|derde|vierde|vijfde|[2-9]e|[2-9]de) keer (?:deze|dit|in|binnen|sinds)|(?:al\s+)?(?:twee|drie|vier|vijf|meerdere|verschillende|zo vaak|zoveel|[2-9]|\d\d)\s+keer|steeds weer|telkens(?: weer)?|(?:soms|vaker|vaak|regelmatig|wel eens|weleens) uit de hand|keer op keer|steeds vaker|herhaaldelijk|(?:sinds|al) (?:een )?(?:paar |aantal )?(?:maanden|jaren))\b/u;
/** Harm done by someone, not only a worry: an injury, belittling or violence at home. */
const harmIn = (sentence: string): boolean =>
  [SIGNAL_WORDS.injury, SIGNAL_WORDS.emotional, HOME_SIGN_WORDS.violence, HOME_SIGN_WORDS.quarrels, HOME_SIGN_WORDS.police].some((words) => mentions(words, sentence)) || UNDER_INFLUENCE_WITH_A_CHILD.test(sentence);
/** "Kwam alweer onder invloed het kind ophalen": a parent whose addiction again and again puts the child at risk (KNMG example of structurele onveiligheid). */
const UNDER_INFLUENCE_WITH_A_CHILD = /\b(?:onder invloed|dronken|stoned|high|lam)\b[^.?!]{0,40}\b(?:ophalen|op te halen|ophaalde|ophaalt|halen|brengen|bracht|achter het stuur|rijdt|reed)\b|\b(?:ophalen|ophaalde|ophaalt|bracht|brengt|reed|rijdt)\b[^.?!]{0,40}\b(?:onder invloed|dronken|stoned|high)\b/u;
/** "Hun jongske zat onder de keukentafel met zijn handen op zijn oren": a child hiding from what happens between the adults. */
const CHILD_HIDING = /\b(?:handen op (?:zijn|haar|de) oren|onder de (?:keuken)?tafel (?:zat|zit|gekropen|verstopt)|(?:zat|zit) (?:\S+ ){0,3}?onder de (?:keuken)?tafel|verstopt? zich (?:\S+ ){0,3}?(?:in de kast|op de wc|op zijn kamer|op haar kamer|onder)|verstopte zich)\b/u;
/** "Twee kids lagen boven en hebben alles gehoord": children who heard or saw what went on. */
const CHILDREN_HEARD_IT = /\b(?:kinderen|kids|kind|kindje|jongens|meisjes|zoon|dochter)\b[^.?!]{0,60}\b(?:alles|het|dat|die ruzie|het geweld)\s+(?:\S+\s+)?(?:gehoord|gezien|meegekregen|meegemaakt)\b/u;
/** A police call-out for violence at home ("HG-melding", "huiselijk geweld"), which children who heard it live with. */
const VIOLENCE_AT_HOME_CALLOUT = /\b(?:hg-?melding\p{L}*|hg-?zaak|hg-?incident|huiselijk geweld|huiselijke twist|partnergeweld)\b/u;
const FIGHT_AT_HOME_NOW = /\b(?:burengerucht|ruzie|geschreeuw|schreeuw\p{L}*|huilend|huilde|gedronken|dronken|geslagen|klappen|politie)\b/u;
/** "Sinds een week weer manisch", "is psychotisch", "hoort stemmen": a parent's acute psychiatric crisis. */
/** A psychosis told in its signs: voices, neighbours who listen in through the tv, medication stopped with no sleep. */
const PARENT_IN_CRISIS = /\b(?:psychotisch\p{L}*|psychose|manisch\p{L}*|in een manie|hoort stemmen|praat (?:\S+ )?over stemmen|(?:hem|haar) (?:\S+ ){0,3}?(?:afluisteren|afluistert|bespioneren|bespioneert)|via de (?:tv|televisie|radio|muren) (?:\S+ )?(?:afluisteren|afluistert|bekeken|beinvloed)|(?:gestopt|opgehouden) met (?:zijn|haar) (?:medicatie|medicijnen|antipsychotica|lithium)\b(?=[^.]*\b(?:slaapt (?:nauwelijks|niet)|afluister\p{L}*|stemmen|verward)))\b/u;
/** "Gewurgd", "bij de keel gegrepen", "striemen in haar hals": (attempted) strangulation, told or seen. */
const STRANGLED = /\b(?:ver)?wurgde\b|\b(?:ge|ver)wurgd\b|\b(?:ver)?wurgt\b|\bwurgsporen\b|\bkeel (?:\S+ )?dicht(?:geknepen|gedrukt|knijpt|kneep)\b|\bbij (?:de|haar|zijn) (?:keel|strot) (?:\S+ )?(?:gegrepen|gepakt|greep|pakte|grijpt|pakt)\b|\bhand(?:en)? om (?:haar|zijn|de) (?:keel|hals|nek)\b|\b(?:haar|zijn) (?:keel|hals|strot) (?:\S+ )?(?:vastpakte|vastpakt|vastgepakt|vastgreep|vastgegrepen|dichtkneep|dichtknijpt|dichtgeknepen)\b|\b(?:striem|striemen|plek|plekken|afdrukken|vingerafdrukken|rode plekken|blauwe plekken|puntbloedinkjes)\s+(?:\S+\s+){0,2}?(?:in|op|rond|om)\s+(?:haar|zijn|de)\s+(?:hals|keel)\b|\b(?:plek|plekken|striemen|afdrukken|vingerafdrukken)\s+(?:\S+\s+){0,2}?(?:in|op)\s+(?:haar|zijn)\s+nek\b(?=[^.]*\b(?:sjaal|coltrui|kraag|wegstop\p{L}*|weggestopt|verstop\p{L}*))|\b(?:sjaal|coltrui|kraag)\b[^.]*\b(?:plek|plekken|striemen|afdrukken|vingerafdrukken)\s+(?:\S+\s+){0,2}?(?:in|op)\s+(?:haar|zijn)\s+nek\b/u;
/** A lesson, a film, the news or a sport: strangulation talked about, not done to someone in the story. */
const ONLY_TALKED_ABOUT = /\b(?:les|lessen|gastles|train\p{L}*|leert|leren|scholing|e-learning|module|docu\p{L}*|film\p{L}*|serie|nieuws\p{L}*|krant|artikel|game|spel|techniek\p{L}*|grepen|judo\p{L}*|sport\p{L}*|oefen\p{L}*|cijfer\p{L}*|strafbaar|wet)\b/u;
/** "Oma zei 'dit is niet de eerste keer'" beside an injury: someone who knows says the harm has happened before. */
const NOT_THE_FIRST_TIME = /\b(?:niet (?:de|het) eerste keer|niet voor het eerst|al vaker (?:gebeurd|gebeurt|gezien|voorgekomen))\b/u;
/** "Een paar oudere gele plekken", "plekken in verschillende kleuren": injuries of different ages. */
const OLDER_INJURIES = /\b(?:oudere|oude)\s+(?:\S+\s+)?(?:plekken|plekjes|blauwe plekken|blauwe plekjes|breuken|littekens|brandwonden)\b|\b(?:plekken|plekjes)\b[^.?!]{0,30}\b(?:verschillende (?:kleuren|stadia)|in alle kleuren)\b/u;
/** "Al maanden blauwe plekken", "telkens weer geschreeuw": harm that repeats or lasts, told in one sentence or said of an injury. */
const harmRepeats = (told: string): boolean =>
  sentencesOf(told).some((s) => REPEATS.test(s) && harmIn(s)) || (mentions(SIGNAL_WORDS.injury, told) && (NOT_THE_FIRST_TIME.test(told) || OLDER_INJURIES.test(told)));

/** Telling a situation: first person seeing or hearing, a named child or adult, time words. */
const SITUATION_MARKER = /\b(?:ik (?:zie|zag|merk|hoor|hoorde|heb|had|maak|vind|twijfel)|mijn (?:leerling|client\w*|pupil|peuter|klas)|een (?:leerling|jongen|meisje|kind|client\w*|peuter|moeder|vader) (?:van|uit|in|bij|op|met|die|heeft|had|is|zegt|zei|vertelde|komt|kwam)|(?:vandaag|gisteren|vanochtend|vorige week|deze week|sinds|de laatste tijd|al weken|al een tijdje))\b/u;

/** The asker works in a huisartsenpraktijk (a POH, an assistant), where the huisarts is a colleague. */
/** "Mag ik met de dochter en de thuiszorg informatie uitwisselen?": sharing outside the practice, whatever the huisarts does. */
const SHARED_OUTSIDE_THE_PRACTICE = /\b(?:met|aan)\s+(?:de|het|haar|zijn)\s+(?:\S+\s+(?:en|of)\s+(?:de|het)\s+)?(?:thuiszorg|wijkteam|wijkverpleging|school|dochter|zoon|familie|casemanager)\b[^.?!]{0,40}\b(?:delen|uitwisselen|bespreken|doorgeven|vertellen)\b/u;
const IN_GP_PRACTICE = /\b(?:poh(?:-ggz|-ouderen| ggz| ouderen)?|praktijkondersteuner\p{L}*|doktersassistent\p{L}*|assistente|huisartsenpraktijk|huisartsenassistent\p{L}*)\b/u;

/** Asked to keep it secret ("ze vroeg me het niet door te vertellen"), in a message that asks what to do with that. */
const SECRECY = /\b(?:vraagt|vroeg|vragen|vroegen) (?:me|mij|ons)\b[^.?!]{0,40}\b(?:geheim|niet door|aan niemand|niks|niets)|\bdat ik (?:het )?(?:niet|niks|niets|aan niemand) (?:mag|mocht|zou) (?:door)?vertellen|\bik (?:mag|mocht) (?:het )?(?:niet|niks|niets|aan niemand) (?:door)?vertellen|\b(?:me|mij|ik)\b[^.?!]{0,40}\bgeheim (?:te )?houden\b/u;
const asksAboutSecrecy = (t: string): boolean => SECRECY.test(t) && t.includes('?');

/** "Wat moet ik doen?", "moet ik hier iets mee?": a second question of these kinds adds little to a specific one. */
export const GENERAL_QUESTIONS: ReadonlySet<ExplicitQuestion> = new Set(['what-to-do', 'should-act', 'should-report']);

/** Questions whose answer says when and how to call Veilig Thuis ("mag ik zelf VT bellen?", "eerst advies of melden?"). */
const ANSWERS_WHETHER_VEILIG_THUIS: ReadonlySet<ExplicitQuestion> = new Set(['ask-advice-yourself', 'anonymous-advice', 'tell-before-advice', 'advice-or-report', 'meldcode-applies', 'police-or-vt']);

/** The kinds of question the sentences ask, most specific first, each once. */
/** A sentence heard as the narrower question is not also the wider one: sharing with the wijkagent is no melding without consent, talking to her while he stands beside her asks how to speak her alone. */
const NARROWER: Partial<Record<ExplicitQuestion, readonly ExplicitQuestion[]>> = { 'may-share': ['share-with-others'], 'talk-to-family': ['speak-alone'] };

/** `story`: the whole message a question stands in, whose telling some kinds need ("vanwege die uitspraak" after a remark on not wanting to live). */
export function questionsIn(sentences: readonly string[], story: string = sentences.join(' ')): ExplicitQuestion[] {
  const whole = story;
  const hears = ({ pattern, unless }: QuestionPattern, sentence: string): boolean => pattern.test(sentence) && !unless?.test(sentence);
  const narrower = (kind: ExplicitQuestion, sentence: string): boolean => QUESTIONS.some((q) => (NARROWER[kind] ?? []).includes(q.kind) && (!q.told || q.told.test(whole)) && hears(q, sentence));
  const asked = QUESTIONS.filter((q) => (!q.told || q.told.test(whole)) && sentences.some((sentence) => hears(q, sentence) && !narrower(q.kind, sentence)));
  const specific = asked.filter((q) => !q.onlyAlone);
  return [...new Set((specific.length > 0 ? specific : asked).map((q) => q.kind))];
}

function present<K extends string>(words: Record<K, Lexicon>, text: string): K[] {
  return (Object.keys(words) as K[]).filter((key) => mentions(words[key], text));
}

/**
 * Sexual behaviour between children ("doet bij andere kinderen seksuele dingen na") is weighed with the
 * Vlaggensysteem (brief §6); Veilig Thuis first, before any talk with the parents, once it points to abuse
 * at home (brief §7).
 */
const BETWEEN_CHILDREN = lexicon([
  'bij andere kinderen', 'met andere kinderen', 'bij een ander kind', 'met een ander kind', 'tussen kinderen', 'onder kinderen', 'andere kleuters', 'andere peuters',
  'doktertje', 'seksueel gedrag', 'seksuele spelletjes', 'doet * na', 'doet dingen na', 'na te doen', 'nadoen',
]);

/** "Dat is een geheimpjesspel, dat mag van oom": sexual behaviour a child says an adult allows or does with them points to abuse, not play. */
const LEARNED_FROM_AN_ADULT = /\b(?:mag|mocht|doet|deed|doen|speelt|speelde|spelen|leert|leerde|geleerd)\s+(?:\S+\s+){0,3}?(?:van|met)\s+(?:(?:mijn|haar|zijn|de)\s+)?(?:oom|ome|opa|papa|vader|stiefvader|stiefpapa|buurman|neef|oppas|vriend van mama|vriend van (?:haar|zijn) moeder)\b|\bmet\s+(?:(?:mijn|haar|zijn|de)\s+)?(?:oom|ome|opa|papa|vader|stiefvader|stiefpapa|buurman|neef|oppas)\b[^.?!]{0,40}?\b(?:geheim\p{L}*|\p{L}*spelletje\p{L}*|\p{L}*spel)\b/u;

/** A child the asker sees in their own work: the Kindcheck is for professionals who see the parent, not the child. */
const CHILD_IN_OWN_CARE = lexicon(['leerling*', 'mijn klas', 'in de klas', 'groep *', 'pupil', 'mijn groep', 'op de opvang', 'op de bso', 'op het kdv', 'op school', 'consultatiebureau', 'op het cb', 'jgz', 'jeugdverpleegkundige', 'jeugdarts']);

/** Stalking and threats between (ex-)partners, which can escalate. */
const THREATENED = lexicon([...STALKING_TERMS, 'bedreigt', 'bedreigd', 'bedreigde', 'dreigt', 'dreigde', 'gedreigd', 'krijgt niemand']);

const HOME_SIGN_WORDS: Record<Exclude<HomeSign, 'stalking'>, Lexicon> = {
  violence: lexicon(['slaat', 'geslagen', 'sloeg', 'klappen', 'gevochten hebben', 'hebben gevochten', 'vechtpartij*', 'geknokt', 'geduwd', 'duwt', 'duwde', 'duwen', 'een duw', 'schopt', 'geschopt', 'knijpt', 'kneep', 'geknepen', 'tegen de muur', 'gooit met', 'gooide met', 'met dingen gooit', 'met dingen gooide', 'met spullen gooit', 'met spullen gooide', 'met een stoel', 'ingetrapt', 'ingetrapte', 'gat in de muur', 'gaten in de muur', 'gat in de deur', 'gat in de * deur', 'gat in de slaapkamerdeur', 'gat in de badkamerdeur', 'gat in de voordeur', 'uit de hand loopt', 'uit de hand liep']),
  quarrels: lexicon(['ruzie*', 'thuis * knalt', 'thuis knalt', 'knalt thuis', 'geschreeuw', 'geschreeuwd', 'schreeuwen', 'schreeuwt', 'gegil', 'gillen', 'gilt', 'vechten', 'uitschelden', 'scheldt', 'scheldpartij*']),
  separation: lexicon(['vechtscheiding', 'scheiding', 'gescheiden']),
  'new-partner': lexicon(['nieuwe vriend', 'nieuwe partner', 'nieuwe man', 'vriend van moeder', 'vriend van mama']),
  police: lexicon(['politie kwam', 'politie was', 'politie is geweest', 'politie erbij', 'politie gebeld', 'politie aan de deur']),
  substances: lexicon(['dronken', 'alcohol', 'drinkt', 'drank', 'drugs', 'verslaaf*', 'wiet']),
  // Someone who manages another's money or wants to know where they are: control at home, not yet a sign of domestic violence by itself.
  control: lexicon([...CONTROL_TERMS, 'beheert', 'locatie', 'moet laten weten waar']),
};

const DENIED = /\b(?:niet|nooit|geen|zonder|niks|niets)\b/u;

/** "Ruzie en drank thuis": what the home signal is made of, in the order of HomeSign. */
function homeSignsIn(t: string): HomeSign[] {
  // "Hij slaat haar niet, zegt ze", "er wordt nooit gedronken": a denial names nothing; control words carry their own "niet".
  const affirmed = t
    .replace(HARMLESS_DRINK, ' ')
    .split(/[.,;:!?'"()\n]|\bmaar\b/u)
    .filter((clause) => !DENIED.test(clause))
    .join(' . ');
  const signs = (Object.keys(HOME_SIGN_WORDS) as (keyof typeof HOME_SIGN_WORDS)[]).filter((sign) => mentions(HOME_SIGN_WORDS[sign], sign === 'control' ? t : affirmed));
  return tellsOfStalking(t) ? [...signs, 'stalking'] : signs;
}

const STALKING = lexicon(STALKING_TERMS);
/**
 * "Haar ex volgt haar al maanden, duikt bij haar werk op en stuurt 50 berichten per dag": an ex who pursues her, told in
 * any words for following, turning up, lying in wait or flooding her with messages.
 */
const EX_PURSUES =
  /\b(?:ex|exman|ex-man|exvriend|ex-vriend|ex-partner|expartner|ex-vriendin|exvriendin|ex-vrouw|exvrouw|vroegere (?:vriend|partner))\b[^.?!]{0,80}?\b(?:volgt|volgde|gevolgd|blijft (?:haar|hem) volgen|opduikt|opdook|opduiken|duikt (?:\S+ ){0,3}?op|dook (?:\S+ ){0,3}?op|opwacht|opwachtte|opgewacht|wacht (?:haar|hem) (?:\S+ ){0,3}?op|(?:staat|stond|stonden|staan) (?:\S+ ){0,4}?te wachten|(?:staat|stond) (?:steeds|telkens|vaak|weer|elke dag|elke avond|'s nachts) (?:\S+ )?voor (?:de|haar|zijn) (?:deur|woning|huis|flat)|belt (?:haar |hem )?(?:'s nachts|midden in de nacht)|(?:\d{2,}|tientallen|honderden|tig|ontelbaar|heel veel) (?:\S+ )?(?:berichten|appjes|apps|sms'?jes|telefoontjes|mails)|(?:elke dag|iedere dag|dagelijks|de hele dag|dag en nacht|continu|constant) (?:\S+ ){0,2}?(?:appt|belt|sms't|mailt|berichten stuurt)|(?:appt|belt|sms't|mailt) (?:\S+ ){0,2}?(?:elke dag|iedere dag|dagelijks|de hele dag|dag en nacht|continu|constant))\b/u;
/** Stalking in its own words, or an ex who pursues her. */
const tellsOfStalking = (t: string): boolean => mentions(STALKING, t) || EX_PURSUES.test(t);
const EX_OR_PARTNER = lexicon(['ex', 'vroegere vriend', 'vroegere partner', 'vorige vriend', 'oud-partner', 'exman', 'ex-man', 'exvriend', 'ex-vriend', 'ex-partner', 'expartner', 'ex-vriendin', 'exvriendin', 'ex-vrouw', 'exvrouw', 'haar man', 'zijn vrouw', 'haar vriend', 'zijn vriendin', 'partner', 'vorige relatie', 'oude relatie', 'uit elkaar', 'vechtscheiding', 'gescheiden', 'gaan scheiden']);

const RELATIVE = String.raw`(?:moeder|vader|ouders|zus|zuster|broer|dochter|zoon|schoonmoeder|schoonvader|tante|oom|familie)`;
/** "Haar moeder belde vanmiddag naar de praktijk", "gisteren belde haar zus": a relative who turned to the asker. */
const RELATIVE_CALLED = new RegExp(
  String.raw`\b(?:haar|zijn)\s+(${RELATIVE})\s+(?:\S+\s+){0,2}?(?:belde|mailde|heeft\s+(?:\S+\s+){0,3}?(?:gebeld|gemaild))\b|\b(?:belde|mailde)\s+(?:\S+\s+){0,2}?(?:haar|zijn)\s+(${RELATIVE})\b`,
  'u',
);
const TELL = String.raw`(?:vertellen|vertel|terugbellen|terug bellen|informeren|inlichten|zeggen|laten weten)`;
/** "Mag ik de moeder terugbellen en haar iets vertellen?", "wat mag ik de dochter vertellen?": a question about telling that relative. */
const asksToTell = (relative: string, t: string): boolean =>
  new RegExp(String.raw`\b${relative}\b[^.?!]{0,60}\b${TELL}\b[^.!]*\?|\b${TELL}\b[^.?!]{0,40}\b${relative}\b[^.!]*\?`, 'u').test(t);
/** A relative of an adult in the asker's care called, and the asker asks what they may tell that relative. */
function asksAboutARelativeWhoCalled(t: string): boolean {
  const called = RELATIVE_CALLED.exec(t);
  const relative = called?.[1] ?? called?.[2];
  return relative !== undefined && ADULT_IN_CARE.test(t) && asksToTell(relative, t);
}
/** "Eerst nog aan haar vertellen voordat ik VT bel", "haar vertellen dat ik meld": telling the one who told, not the parents. */
const TELL_THE_ONE_WHO_TOLD = /\b(?:haar|hem)\s+(?:(?:eerst|nog|wel|zelf)\s+)*(?:vertellen|zeggen|laten weten|inlichten)\b[^.?!]{0,30}\b(?:voor|voordat|dat)\s+(?:ik|we|wij)\b/u;
/** The person the story is about is an adult in the asker's care: "mevrouw (32)", "een patiënte van 23". */
const ADULT_IN_CARE = /\b(?:mevrouw|meneer|mevr|dhr|patiente|cliente|bewoonster)\b|\((?:1[89]|[2-9]\d)\)|\bvan (?:1[89]|[2-9]\d)\b(?!\s*(?:euro|procent|minuten|uur|keer|dagen|weken|maanden))/u;

/** Harm done to an adult that children at home may see or suffer: every sign of harm but the worries about a parent's own problems (neglect only of an older person: neglected children are the story themselves). */
const HARM_TO_AN_ADULT: ReadonlySet<WorrySignal> = new Set<WorrySignal>(['domestic', 'injury', 'emotional', 'financial', 'neglect']);
/** "Hun twee kinderen van 6 en 9", "de kleinkinderen slapen er elk weekend": children named beside the story of an adult client or older person, not the asker's own pupils. */
const childrenBesideAnAdult = (signals: readonly WorrySignal[], involved: readonly Involved[], t: string): boolean =>
  involved.some((i) => i === 'older-adult' || i === 'client') && CHILDREN_NAMED.test(t) && signals.some((s) => HARM_TO_AN_ADULT.has(s) && (s !== 'neglect' || involved.includes('older-adult'))) && !mentions(CHILD_IN_OWN_CARE, t) && !GROWN_UP_KIN.test(t);
/** "Ze gaan netjes uit elkaar via een mediator": a separation or a new partner alone is no harm for the Kindcheck line. */
const harmBeyondASeparation = (signals: readonly WorrySignal[], homeSigns: readonly HomeSign[] = []): boolean =>
  signals.some((s) => s !== 'domestic' && HARM_TO_AN_ADULT.has(s)) || homeSigns.some((sign) => sign !== 'separation' && sign !== 'new-partner');
/** Children said to be there: by number or age, or grandchildren who stay over (a grandson who lives in may be a grown man). */
const CHILDREN_NAMED = /\b(?:kinderen|kids|kindjes|kleintjes)\s+(?:van\s+|\(\s*)(?:[0-9]|1[0-7])\b|\b(?:zoon|dochter|zoontje|dochtertje|kind|kindje|jongen|meisje)\s+(?:van\s+|\(\s*)(?:[0-9]|1[0-7])\b(?!\s*(?:weken|maanden))|\b(?:twee|drie|vier|vijf|[2-9])\s+(?:kleine\s+|jonge\s+)?kinderen\b|\bkleinkind\p{L}*\b[^.?!]*\b(?:logeren|logeert|slapen|slaapt|komen|komt|zijn)\b/u;

/** "Bij mijn huisbezoek deed niemand open", "ouders reageren nergens op": a family the asker cannot reach. */
const FAMILY_UNREACHABLE = /\bniemand\s+(?:\S+\s+)?(?:deed|doet|doen|deden)\s+(?:\S+\s+)?open\b|\b(?:ouders?|moeder|vader|het gezin)\s+(?:reageren|reageert|reageerden|reageerde)\s+(?:\S+\s+)?(?:nergens|niet|nooit)\b/u;

/** The asker's time with the family runs out ("nog maar 3 dagen", "mijn laatste dienst"). */
const LAST_DAYS = /\bnog (?:maar |ongeveer )?(?:\d|een|twee|drie|vier|vijf) (?:dag|dagen|dienst|diensten)\b|\b(?:mijn|onze) laatste (?:dag|dienst)\b/u;

function stepFor(signals: WorrySignal[], involved: Involved[], t: string): NextStep {
  if (signals.includes('special-route')) return 'veilig-thuis-first';
  if (signals.includes('colleague') && involved.includes('colleague')) return 'organisation-route';
  if (signals.includes('sexual')) return mentions(BETWEEN_CHILDREN, t) && !LEARNED_FROM_AN_ADULT.test(t) ? 'weigh-sexual-behaviour' : 'veilig-thuis-first';
  // Only a parent's own problems (addiction, psychiatric illness, debts), no sign of harm yet: the Kindcheck (stap 1).
  // Not for an older adult's carer, nor when the asker already sees the child (a pupil, a toddler at the opvang).
  const kindcheckFits = !involved.includes('older-adult') && !mentions(CHILD_IN_OWN_CARE, t) && !GROWN_UP_KIN.test(t);
  if (kindcheckFits && signals.includes('parent-problems') && signals.every((s) => s === 'parent-problems' || s === 'disclosure')) return 'kindcheck';
  // A parent's own crisis together with signs of harm to the children: advice today, not a talk this week.
  const parentInCrisisAndHarm = signals.includes('parent-problems') && signals.some((s) => s === 'neglect' || s === 'domestic');
  // A baby or toddler in neglect cannot wait for a talk this week.
  const youngChildNeglected = signals.includes('neglect') && involved.includes('young-child');
  // "Ik ben er nog maar 3 dagen": a talk this week may come too late.
  const timeRunsOut = signals.length > 0 && LAST_DAYS.test(t);
  // Someone stalked or threatened ("hij staat elke avond voor haar deur", "dreigt haar iets aan te doen"): advice today.
  const threatened = signals.length > 0 && (mentions(THREATENED, t) || tellsOfStalking(t));
  // A child out of sight whose family cannot be reached ("niemand deed open", "ouders reageren nergens op"): advice today.
  const childOutOfSight = signals.length > 0 && involved.some(isYoung) && FAMILY_UNREACHABLE.test(t);
  if (signals.includes('injury') || parentInCrisisAndHarm || youngChildNeglected || timeRunsOut || threatened || childOutOfSight || (signals.includes('disclosure') && signals.length > 1)) return 'advice';
  if (signals.length >= 3) return 'consult';
  return signals.length > 0 ? 'consult' : 'record';
}

/** Harm that repeats is structurele onveiligheid, where melden is the norm: advice today, not a talk this week. */
const atLeastAdviceWhenItRepeats = (step: NextStep, repeats: boolean): NextStep => (repeats && (step === 'record' || step === 'consult') ? 'advice' : step);
/** Someone hit, pushed or kicked at home: advice today, not a talk this week; a step that asks more stays. */
const atLeastAdviceForViolence = (step: NextStep, signals: readonly WorrySignal[], told: string): NextStep =>
  (step === 'record' || step === 'consult') && signals.includes('domestic') && homeSignsIn(told).includes('violence') ? 'advice' : step;

export function readWorry(text: string): WorryReading {
  const t = withoutOwnWedding(normaliseText(text));
  // A colleague counts only as a suspect, not as the asker's own role or as someone who told them something.
  const suspect = suspectsColleague(t.replace(AMONG_COLLEAGUES, ' '));
  // What the story tells of others, without the asker's own role and without what only sounds like a blow.
  const told = withoutWhatIsNoBlow(withoutAsker(t));
  const read = present(SIGNAL_WORDS, asFinancialAbuse(told).replace(NO_INJURY, ' ').replace(WOUND_CARE, ' ').replace(FELL_ASLEEP, ' ').replace(WETTING, ' weer plassen ').replace(SAID_NOTHING, ' ').replace(ASKED_IF_ALONE, ' ').replace(HARMLESS_DRINK, ' ')).filter((s) => s !== 'colleague' || suspect);
  const found: WorrySignal[] = EX_PURSUES.test(told) && !read.includes('domestic') ? [...read, 'domestic'] : read;
  // "vertelde" alone is no signal; it only says how the worry reached the asker.
  const involved = whoIsInvolved(t, suspect);
  // "Moeder zei dat ze soms niet meer wil": a parent's remark about not wanting to live tells of what she can still carry.
  const parentsRemark = !found.includes('parent-problems') && sentencesOf(told).some(isAParentsRemark) && !isPastOrFiction(t) ? ['parent-problems' as const] : [];
  const signals = [...found, ...parentsRemark].filter((s) => s !== 'disclosure' || found.length + parentsRemark.length > 1);
  const worried = mentions(WORRY_MARKER, t);
  const words = t.split(/\s+/).length;
  // About a child, "tegen haar wil" asks whether one may report without consent: the meldrecht, not an adult's own say.
  const mayBeAnAdult = involved.some((i) => i === 'client' || i === 'older-adult' || i === 'partner') || !involved.some(isYoung);
  // In a huisartsenpraktijk the huisarts is a colleague: sharing with them is collegiale consultatie, not sharing with others.
  const asked = [
    ...new Set(
      questionsIn(sentencesOf(t))
        // "Klopt dat verhaal?" asks about an injury's explanation only where an injury is told.
        .filter((kind) => kind !== 'injury-explained' || signals.includes('injury'))
        .map((kind): ExplicitQuestion =>
        kind === 'share-with-others' && IN_GP_PRACTICE.test(t) && /\bhuisarts\b/u.test(t) && !SHARED_OUTSIDE_THE_PRACTICE.test(t) ? 'consult-colleague' : kind === 'adult-refuses' && !mayBeAnAdult ? 'may-share' : kind === 'confront-suspect' && !suspect && TALK_WITH_A_WORKER.test(t) ? 'consult-colleague' : kind,
      ),
    ),
  ];
  // A specific question comes before "moet ik hier iets mee?", which the step below answers anyway.
  // Children who see one adult at home hurt the other, or violence at home again and again: "moet ik melden?" has an
  // answer of its own, which comes first, and the step is advice today, not "bespreek het deze week".
  const childrenSeeViolence = (PARTNER_VIOLENCE.test(told) || violenceAtHomeAgain(told) || (CHILD_HIDING.test(told) && FIGHT_AT_HOME_NOW.test(told)) || (CHILDREN_HEARD_IT.test(told) && VIOLENCE_AT_HOME_CALLOUT.test(told))) && involved.some(isYoung);
  // "Had twee jaar geleden een psychose" is history, not a crisis now.
  const parentInCrisis = !childrenSeeViolence && sentencesOf(told).some((s) => PARENT_IN_CRISIS.test(s) && !LONG_AGO.test(s)) && involved.some(isYoung) && involved.some((i) => i === 'parent' || i === 'client');
  const strangled = !childrenSeeViolence && !parentInCrisis && sentencesOf(told).some((s) => STRANGLED.test(s) && !LONG_AGO.test(s) && !DENIED.test(s) && !ONLY_TALKED_ABOUT.test(s));
  const repeats = !childrenSeeViolence && harmRepeats(told);
  // What the story tells of the home, read once: for "Wat ik lees" and for the Kindcheck line.
  const homeSigns = signals.includes('domestic') ? homeSignsIn(told) : undefined;
  const reportFirst = childrenSeeViolence || parentInCrisis || strangled ? asked.find((kind) => kind === 'should-report' || kind === 'should-act') : undefined;
  const question = asksAboutSecrecy(t) ? 'keep-secret' : (reportFirst ?? asked.find((kind) => !GENERAL_QUESTIONS.has(kind)) ?? asked[0]);
  // Recording safely already says how to record.
  const second = asked.filter((kind) => kind !== question && !(question === 'record-safely' && kind === 'should-record'));
  // "Wat moet ik doen?" beside specific questions adds nothing: the step below answers it; nor does "is dit iets voor
  // Veilig Thuis?" about a child beside a question whose answer already says when to call Veilig Thuis (about an adult,
  // that Veilig Thuis is there for adults too is news).
  const saysWhenVeiligThuis = involved.some(isYoung) && asked.some((kind) => ANSWERS_WHETHER_VEILIG_THUIS.has(kind));
  const specific = second.filter((kind) => !GENERAL_QUESTIONS.has(kind) && !(kind === 'for-veilig-thuis' && saysWhenVeiligThuis));
  const alsoAsked = specific.length > 0 ? specific : second.filter((kind) => GENERAL_QUESTIONS.has(kind)).slice(0, 1);
  const describesSituation =
    involved.length > 0 && (SITUATION_MARKER.test(t) || words >= 18 || (question !== undefined && words >= 6)) && (signals.length > 0 || worried);
  return {
    signals,
    involved,
    question,
    alsoAsked,
    step: childrenSeeViolence || parentInCrisis || strangled ? 'advice' : atLeastAdviceWhenItRepeats(atLeastAdviceForViolence(stepFor(signals, involved, t), signals, told), repeats),
    describesSituation,
    ...(HARM_TOLD_AT_HOME.test(t) || (signals.includes('injury') && PARENT_NAMED_IN_TELLING.test(t)) ? { harmToldAtHome: true } : {}),
    ...(signals.includes('injury') && !mentions(INJURY_EXPLAINED, t.replace(SEEN_BY_CHANCE, ' ')) ? { injuryUnexplained: true } : {}),
    ...(homeSigns ? { homeSigns } : {}),
    ...(tellsOfStalking(t) && mentions(EX_OR_PARTNER, t) ? { stalkedByPartner: true } : {}),
    ...(childrenSeeViolence ? { childrenSeeViolence: true } : {}),
    ...(repeats ? { harmRepeats: true } : {}),
    ...(parentInCrisis ? { parentInCrisis: true } : {}),
    ...(strangled ? { strangled: true } : {}),
    ...(asksAboutARelativeWhoCalled(t) ? { relativeCalled: true } : {}),
    ...(asked.includes('tell-before-melding') && found.includes('disclosure') && TELL_THE_ONE_WHO_TOLD.test(t) ? { tellsThePersonWhoTold: true } : {}),
    ...(childrenBesideAnAdult(signals, involved, t) && harmBeyondASeparation(signals, homeSigns) && !childrenSeeViolence && !parentInCrisis ? { childrenBesideAnAdult: true } : {}),
  };
}
