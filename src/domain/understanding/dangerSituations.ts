import { Words, mentions, type Lexicon } from './lexicon.js';
import { ACUTE_SPAN, CHRONIC, COUNTED_PAST, DENIED_RIGHT_AFTER, FINISHED_WORK, LONG_AGO, NOT_MEANT, WILL_FINISH, isConfirmedAccident, isFramedAsGeneric, isToolUse, sentencesOf, WOUND_CARE_OR_THE_WOUND_TENDED, withoutLeftInTheHouse, withoutAsIf, saysWhenItHappens, withoutDailyControl, withoutDayOfAVisit, withoutDeniedFear, withoutDayMarksSeen, withoutTimeOfTelling } from './text.js';

/**
 * Acute danger read from what is happening (afwegingskader: acute onveiligheid; brief §2 and §7):
 * each situation is a combination of concepts within one sentence or two neighbouring ones, such
 * as "a weapon" + "held, shown or used", or "a baby" + "shaken or not responding". The concepts are
 * the word lists in lexicon.ts, so a new phrasing of the same situation still counts.
 */
export type DangerSituation =
  | 'weapon'
  | 'threat'
  | 'strangulation'
  | 'violence-now'
  | 'afraid-to-go-home'
  | 'injured-perpetrator'
  | 'perpetrator-near'
  | 'infant'
  | 'suicide'
  | 'departure'
  | 'locked-deprived'
  | 'tonight';

type Concept = keyof typeof Words;

/** "Slaan hoor ik niet", "hij slaat haar niet": violence denied right after it is named. */
const DENIED_AFTER = new RegExp(String.raw`^\s+(?:hoor|zie|merk|zag|hoorde)\s+(?:ik|we|wij)\s+(?:\S+\s+)?(?:niet|nooit)\b|^${DENIED_RIGHT_AFTER}`, 'u');

/** A match counts unless a negation sits right before it ("geen mes", "niet bedreigd", "zei niet dat ze dood wil"). */
const NEGATED_BEFORE = /(?:^|[\s(,;:'"])(?:geen|niet|nooit|zonder|nergens)\s+(?:\S+\s+)?$|\bniet dat (?:ze|zij|hij|ik)\s+$/u;
/** The person speaking about themselves as professional ("ik ben bang dat ...", "ik durf niet naar haar toe") is not a person in danger. */
const ASKER_WORRIES = /\bik\s+(?:snap|begrijp|ken|deel)\s+(?:die|deze|de|zijn|haar|hun)\s+angst\b|\bik\s+(?:ben|was|word)\s+(?:\S+\s+)?(?:bang|angstig)\b|\bbang\s+dat\s+ik\b|\bik\s+durf\s+(?:\S+\s+){0,3}?naar\s+\S+(?:\s+\S+)?\s+toe\b/u;
/** Fear of losing someone ("bang dat hij weer vertrekt") is not fear of someone or of home. */
const FEAR_OF_LOSING = /\b(?:bang|angst|angstig)\s+(?:dat|om)\s+(?:\S+\s+){0,4}?(?:vertrekt|weggaat|weg gaat|verhuist|verlaat|kwijt te raken|kwijtraakt|kwijtraak|kwijt raak|verliest|verlies|te verliezen|niet meer ziet|niet meer mag zien|niet meer te zien krijgt)\b/gu;
const ABOUT_SELF = /\b(?:zichzelf|zich|mezelf|mijzelf)\b/u;

/** "Zijn vader staat elke wedstrijd langs de lijn", "twee keer niet opgehaald": a habit or counted past, not something happening now. */
const HABITUAL = new RegExp(String.raw`\b(?:elke|iedere|elk|ieder) (?:wedstrijd|keer|week|weekend|training|dag|ochtend|middag|avond|nacht|zondag|zaterdag|vrijdag)\b|\bsteeds vaker\b|\bregelmatig\b|\baltijd\b|\bmeestal\b|\b${COUNTED_PAST}\b|\bwordt\b[^.?!]{0,30}\bopgehaald\b|\bals (?:ze|we|wij|hij|zij|jullie) (?:\S+ )?(?:verliezen|verliest|verloren|slecht spelen|slecht speelt)\b`, 'u');

const HOME = /\b(?:naar huis|thuis|terug naar|huis ?toe)\b/u;
/** "Bang om naar zijn vader te gaan" in one sentence; not panic in one and "trekt naar zijn vader" in the next. */
const TO_A_PARENT = /\bnaar (?:zijn|haar|z'n|d'r) (?:vader|moeder|papa|mama)\b/u;

/** "Ze slaapt nu met haar slaapkamerdeur op slot": someone who locks a door against the danger is not locked in. */
const LOCKS_HERSELF_IN = /\b(?:slaapt|sliep|slapen|zit|zat)\s+(?:\S+\s+){0,5}?met\s+(?:haar|zijn|de)\s+(?:\S+\s+)?\S*deur\s+op slot\b|\b(?:doet|deed|draait|draaide)\s+(?:zelf\s+)?(?:haar|zijn)\s+(?:\S+\s+)?\S*deur\s+op slot\b/gu;
/** The professional locking up the building ("ik sluit de school af en doe alles op slot"). */
const ASKER_LOCKS = /\bik\s+(?:sluit|doe|draai|zet)\b[^.?!]{0,60}\b(?:af|op slot|dicht)\b|\b(?:volgens het zorgplan|onder de wzd|wet zorg en dwang|onvrijwillige zorg)\b|\bof (?:we|wij) (?:\S+ ){0,3}?'?opsluit\p{L}*/u;
/** "Opa springt bij", "de buurvrouw sprong af en toe bij": helping out, not jumping. */
const HELPS_OUT_AFTER = /^\s+(?:(?:ook|wel|vaak|soms|af en toe|regelmatig|nog)\s+)?bij\b|^\s+in de bres\b/u;
/** "Na een zelfmoord in zijn klas", "overleden door zelfdoding": someone else's death mourned, not a plan. */
const MOURNED_BEFORE = /\b(?:na|door|sinds|rond)\s+(?:een|de|die)\s+$|\boverleden\s+(?:door|na)\s+$/u;
const MOURNED_AFTER = /^\s*(?:van|in|op|bij)\s+(?:een|zijn|haar|de|onze|hun|het)\s+(?:\p{L}+\s+)?(?:klas\p{L}*|vriend\p{L}*|school|team|broer|zus|vader|moeder|oom|tante|opa|oma|collega\p{L}*|leerling\p{L}*|buur\p{L}*|familie\p{L}*)\b/u;
/** A door locked to keep someone from wandering, on a professional's advice: care, not someone locked in. */
const LOCKED_FOR_CARE = /\bop advies van (?:de |zijn |haar |hun )?(?:behandelaar|arts|huisarts|ggz|psychiater|casemanager|specialist\p{L}*)\b|\bals (?:hij|zij|ze|ie) (?:\S+ )?(?:boodschappen|naar de winkel|even weg)\b|\bzodat (?:ze|hij|zij|ie) niet (?:kan )?(?:weg)?(?:loopt|lopen|gaat dwalen|gaat zwerven)\b|\b(?:anders|dan)\s+(?:gaat\s+)?(?:zwerven|dwalen|weglopen|gaat zwerven|gaat dwalen|loopt weg|dwaalt|loopt (?:ze|hij|zij|ie) weg|gaat (?:ze|hij|zij|ie) (?:zwerven|dwalen))\b|\b(?:die|gaan|gaat)\s+(?:\S+\s+)?(?:dwalen|zwerven)\b|\b(?:dwaalgedrag|wegloopgedrag|onvrijwillige zorg|wzd|wet zorg en dwang)\b/u;

/** Something (a thing not named: "dat zwarte ding") held or pressed against someone's head. */
const HELD_AGAINST_HEAD = /\b(?:ding|iets|voorwerp)\b.{0,60}\btegen\s+(?:\S+\s+){0,2}(?:hoofd|slaap|keel)\s+(?:hield|houdt|hielden|gehouden|zette|drukte|gedrukt)\b/u;

/** The organisation Veilig Thuis is no home: "bang dat ze Veilig Thuis bellen" is no fear of going home. */
const VEILIG_THUIS = /(?<!\b(?:niet|meer|zich)\s)\bveilig thuis\b/gu;
/** A patient who stops taking their own medication, or no longer fetches it herself, is not deprived of it ("neemt zijn medicatie niet meer", "haalt haar medicatie niet meer zelf op"). */
const OWN_MEDICATION_STOPPED = /\b(?:neemt|slikt|gebruikt|nam|slikte)\b[^.?!]{0,25}\b(?:medicatie|medicijnen|pillen)\s+niet meer\b|\b(?:medicatie|medicijnen|pillen)\s+niet meer\s+zelf\b/u;

/** "dat hoort er (eenmaal) bij": belonging, not hearing something now. */
const BELONGS = /^hoor[t]?\s+(?:er\s+)?(?:\S+\s+)?bij\b/u;

const AS_IF_BEFORE = /\balsof\b/u;

/** "Vader mag het kind op woensdag ophalen": a right in the arrangement, not a pick-up that is coming ("mag hem niet meer ophalen" is no right). */
const PERMITTED_BEFORE = /(?<!\b(?:niet|nooit)\s(?:meer\s)?)\b(?:mag|mogen|mocht|mochten)\b(?![^.?!]*\b(?:niet|nooit)\b)[^.?!]{0,60}$/u;

/** "Oud genoeg is om het zelf te doen", "erg genoeg is": enough of a quality, not enough means got together. */
const QUALITY_BEFORE = /\b(?:oud|groot|sterk|slim|wijs|goed|lang|vaak|erg|ernstig|zwaar|serieus|volwassen|zelfstandig)\s+$/u;

/** "De insuline wordt niet opgehaald bij de apotheek": a thing not fetched, not a child left waiting. */
const THING_BEFORE = /\b(?:insuline|medicijnen|medicatie|recept\p{L}*|pakket|post|spullen)\s+(?:\S+\s+)?$/u;
const AT_THE_PHARMACY_AFTER = /^\s+(?:bij|van|uit) de apotheek\b/u;

/** "Bij onderzoek bleek dat ze zelf besneden is": a woman's own cutting, long ago; a risk for a daughter is told in other words. */
/** A girl of the family who may be at risk when her mother was cut. */
const DAUGHTER = /\b(?:dochter|dochtertje|dochters|meisje van \d+|zusje|nichtje)\b/u;
const OWN_CUTTING = /\b(?:(?:is|ben|zijn|werd)\s+(?:ze\s+|zij\s+)?zelf(?:\s+ook)?|zelf\s+(?:ook\s+)?)\s*besneden\b|\b(?:ze|zij|ik)\s+als\s+(?:klein\s+|jong\s+)?(?:meisje|kind)\s+(?:\S+\s+){0,3}?besneden\s+(?:is|was|werd|ben)\b|\b(?:ze|zij|moeder|mevrouw|de vrouw|de moeder|patiente|cliente)\s+(?:is|was)\s+(?:\S+\s+)?besneden\b|\bgeen\s+(?:enkele\s+)?aanwijzing\b[^.?!]*\bbesnijd\p{L}*/gu;
/** OWN_CUTTING without the global flag, for a test that keeps no state between calls. */
const TELLS_OWN_CUTTING = new RegExp(OWN_CUTTING.source, 'u');
/** "Ze zijn nu een jaar uit elkaar": how long something has lasted, not something happening now. */
const NOW_AS_DURATION = /^nu\s+(?:al\s+)?(?:ruim\s+|bijna\s+|ongeveer\s+|zo'?n\s+|een\s+kleine\s+)?(?:een|\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|half|anderhalf)\s+(?:\S+\s+)?(?:jaar|jaren|maand|maanden|week|weken|dag|dagen|keer|keren|maal)\b/u;

/** "wat nu?", "en nu?", "hoe nu verder", "wat moet ik nu doen": asking what to do next, not saying that something happens now. */
const WHAT_NOW_BEFORE = /(?:^|\s)(?:wat|en|hoe)\s+(?:is\s+|zijn\s+|doe\s+ik\s+|doen\s+we\s+)?$|\b(?:moet|moeten|kan|kunnen|mag|zal|zou)\s+(?:ik|we|wij)\s+(?:\S+\s+)?$/u;

/** "Nu hoor ik van school dat …": when the asker learned it, not when it happens (after "nu"). */
const LEARNED_NOW = String.raw`\s+(?:hoor|hoorde|lees|las|zie|zag|krijg|kreeg|weet|begrijp|blijkt)\s+(?:ik|het|er)\b`;
const LEARNED_NOW_AFTER = new RegExp(`^${LEARNED_NOW}`, 'u');
/** "Haar havo afmaken", "zijn huiswerk af te maken": finishing school or work, not killing someone. */
const WORK_FINISHED_BEFORE = new RegExp(String.raw`\b(?:${FINISHED_WORK}|taken|bord|eten|zin|verhaal)\s+${WILL_FINISH}$`, 'u');
/** "Een zwangere van 29 weken": the weeks of a pregnancy, not the age of a baby. */
const PREGNANT_BEFORE = /\bzwanger\p{L}*\s+(?:\S+\s+)?$/u;
/** "Ik ben kraamverzorgende", "werk als kraamverzorgster": the asker's own work, no baby in the story. */
const ASKER_ROLE_BEFORE = /\b(?:ik ben|als|werk(?:zaam)? (?:als|in de|bij de|bij))\s+(?:\S+\s+)?$/u;
/** "Kraamverzorgster hier, werk nu in een gezin …": the asker introducing herself. */
const ASKER_ROLE_AFTER = /^\p{L}*\s+hier\b/u;
/** "Hij liet haar een mes zien": a weapon shown by someone else is a threat, not means got ready for self-harm. */
const SHOWN_BY_SOMEONE_ELSE = /\b(?:hij|vriend|man|vader|partner|ex|stiefvader|broer|zoon|oom)\b[^.?!]{0,60}\b(?:laten zien|liet zien|heeft laten zien)\b/u;
/** "Na het weekend", "afgelopen zaterdag", "elke zondag", "ik geef op zaterdag les", "om het weekend bij vader": a day gone by or a habit, not the coming one. */
const GONE_BY_BEFORE = /\b(?:na|sinds|elk|elke|ieder|iedere|vorig|vorige|afgelopen)\s+$|\b(?:op|om)\s+(?:een\s+)?$|\b(?:brak|moe|kapot|gesloopt|bijkomen|herstellen)['"’]?\s+(?:\S+\s+)?van\s+$/u;

const HEARS = /^\s*(?:hoort|hoor|horen)\b/u;

/** Whether a text names a concept as happening: not denied, not a comparison, not the asker's own "wat nu?". */
export function namesConcept(text: string, concept: Concept): boolean {
  return has(text, concept);
}

/**
 * The message the rules are reading, with the concepts its whole text names, each learnt once. A window
 * that is part of that text cannot name a concept the whole text does not, and most concepts are named
 * nowhere in a message: this spares reading every window for them.
 */
let reading: { text: string; names: Map<Concept, boolean> } | undefined;

function namedInMessage(concept: Concept, message: NonNullable<typeof reading>): boolean {
  const known = message.names.get(concept);
  if (known !== undefined) return known;
  const named = mentions(Words[concept], message.text);
  message.names.set(concept, named);
  return named;
}

function has(window: string, concept: Concept): boolean {
  if (reading && !namedInMessage(concept, reading) && reading.text.includes(window)) return false;
  // A door locked against wandering on advice is care, whichever lock word the window uses.
  if (concept === 'locked' && LOCKED_FOR_CARE.test(window)) return false;
  const words: Lexicon = Words[concept];
  for (const m of window.matchAll(words)) {
    const before = window.slice(Math.max(0, m.index - 24), m.index);
    if (NEGATED_BEFORE.test(before)) continue;
    // "Hij eet bij ons alsof hij uitgehongerd is": a comparison, not a child starved.
    if (concept === 'deprivedSevere' && AS_IF_BEFORE.test(before)) continue;
    if (concept === 'readied' && m[0].startsWith('genoeg') && QUALITY_BEFORE.test(before)) continue;
    if (concept === 'deprivedSevere' && m[0].endsWith('opgehaald') && (THING_BEFORE.test(before) || AT_THE_PHARMACY_AFTER.test(window.slice(m.index + m[0].length)))) continue;
    if ((concept === 'violence' || concept === 'harmExpected') && DENIED_AFTER.test(window.slice(m.index + m[0].length))) continue;
    if (concept === 'suicide' && (MOURNED_BEFORE.test(before) || MOURNED_AFTER.test(window.slice(m.index + m[0].length)))) continue;
    if (concept === 'suicide' && /^sprong|^spring/u.test(m[0].trim()) && HELPS_OUT_AFTER.test(window.slice(m.index + m[0].length))) continue;
    if (concept === 'soon' && GONE_BY_BEFORE.test(before)) continue;
    if ((concept === 'soon' || concept === 'perpetratorNear') && m[0].trim() === 'ophalen' && PERMITTED_BEFORE.test(window.slice(0, m.index))) continue;
    if (concept === 'threatHarm' && WORK_FINISHED_BEFORE.test(before)) continue;
    if (concept === 'infant' && (PREGNANT_BEFORE.test(before) || (m[0].trim().startsWith('kraam') && (ASKER_ROLE_BEFORE.test(before) || ASKER_ROLE_AFTER.test(window.slice(m.index + m[0].length)))))) continue;
    if (concept === 'rightNow' && m[0].trim() === 'nu' && WHAT_NOW_BEFORE.test(before)) continue;
    if (concept === 'rightNow' && m[0].trim() === 'nu' && LEARNED_NOW_AFTER.test(window.slice(m.index + m[0].length))) continue;
    if (concept === 'rightNow' && (BELONGS.test(window.slice(m.index)) || NOW_AS_DURATION.test(window.slice(m.index)))) continue;
    // "Ze hoort bijna elke nacht geschreeuw": hearing told as a habit, not harm heard now.
    if (concept === 'rightNow' && HEARS.test(m[0]) && HABITUAL.test(window.slice(m.index, m.index + 50))) continue;
    if (!isFramedAsGeneric(window, m.index + m[0].length)) return true;
  }
  return false;
}

/** A habit or counted past with no word of now in the window. */
/** "Staat soms 's avonds bij de ingang te wachten": someone near at times, not placed now. */
const AT_TIMES = /\b(?:soms|af en toe|wel eens|weleens|geregeld)\b/u;
const onlyHabitual = (window: string): boolean => HABITUAL.test(window) && !has(window, 'rightNow');
/** "Al weken zonder eten … nog steeds geen schoenen": in a story of weeks, "nog steeds" says it goes on, not that it happens now. */
const onlyChronic = (window: string): boolean => CHRONIC.test(window) && !ACUTE_SPAN.test(window) && !has(window.replace(/\bnog steeds\b/gu, ' '), 'rightNow');
const all = (window: string, ...concepts: Concept[]) => concepts.every((c) => has(window, c));
const any = (window: string, ...concepts: Concept[]) => concepts.some((c) => has(window, c));

const GIRL = /\b(?:meisje|meisjes|meid|meidje|dochter|dochtertje|nichtje|zusje)\b/u;
const JUMPS_OFF = /\b(?:ik|hij|ze|zij)\s+(?:\S+\s+){0,2}?(?:spring|springt|springen)\s+(?:\S+\s+){0,3}?(?:van|vanaf|af)\b|\b(?:spring|springt)\s+(?:ik|hij|ze|zij)\s+(?:\S+\s+){0,3}?(?:van|vanaf|af)\b/u;
/** Circumcision of a boy is not genital mutilation (VGV concerns girls and women, brief §7). */
const BOY = /\b(?:jongensbesnijdenis|zoon|zoontje|zonen|jongen|jongetje|jongens|broertje)\b/u;
const WOMAN_OR_VGV = /\b(?:vrouw|vrouwen|vgv|meisjesbesnijd\w*|genitale verminking)\b/u;
const aboutABoyOnly = (w: string) => BOY.test(w) && !GIRL.test(w) && !WOMAN_OR_VGV.test(w);

const OWN_BODY = /\b(?:zich|zichzelf|zelfbeschadig\p{L}*|armen|arm|onderarmen|onderarm|bovenarmen|bovenarm|polsen|pols|benen|been|bovenbeen|bovenbenen|dijen|dijbeen|buik|huid)\b/u;
/** "Vanavond pillen van haar moeder innemen": means to be swallowed at a moment still to come. */
const TAKING_IT_ALL = /\b(?:innemen|in te nemen|slikken|door te slikken|doorslikken|opslikken|op te slikken|in een keer)\b/u;
/** "Pillen die hij allemaal gaat nemen": all of the means, meant to be taken; the plan itself says it is to come. */
const PLANS_TO_TAKE_IT_ALL = /\ballemaal\s+(?:\S+\s+)?(?:gaat|ga|gaan|wil|wilt|zal)\s+(?:\S+\s+)?(?:nemen|innemen|slikken|opslikken|opnemen)\b|\b(?:gaat|ga|gaan|wil|wilt|zal)\s+(?:\S+\s+){0,2}?allemaal\s+(?:\S+\s+)?(?:nemen|innemen|slikken|opslikken|in te nemen|te slikken)\b/u;
/** "De pillen … en hij wil het zaterdag doen": beside means, "het doen" is the act itself. */
const PLANS_IT = /\b(?:wil|wilt|gaat|ga|zal)\s+het\s+(?:\S+\s+){0,4}?doen\b|\b(?:hij|zij|ze|ie|ik)\s+het\s+(?:\S+\s+){0,4}?(?:wil|wilt|gaat|zal)\s+doen\b|\b(?:hij|zij|ze|ie)\s+het\s+(?:vanavond|vannacht|straks|morgen|dit weekend)\s+doet\b/u;
const STILL_TO_COME = /\b(?:vanavond|vannacht|straks|zo ?meteen|morgen|dit weekend|vandaag nog|als iedereen slaapt)\b/u;
/** "Een hele doos paracetamol geslikt": an overdose already taken. */
const OVERDOSE_TAKEN = /\b(?:hele|volle|halve) (?:doos|strip|pot|potje|fles)\b[^.?!]{0,50}\b(?:geslikt|ingenomen|opgeslikt|doorgeslikt)\b/u;
/** "Vanavond ga ik dieper", "wil verder gaan": self-harm that is meant to go further. */
const GOING_FURTHER = /\bdieper\b|\bverder (?:wil |gaan|te gaan)/u;

/** "Deuren slaan 's nachts", "lag om 11 uur nog in bed": doors slammed and a person lying in bed are no harm to come. */
const NO_HARM_EXPECTED = /\bnoem\p{L}*\s+(?:hem|haar|het kind|de baby|het)\s+['"‘’]?dat ding\b|\b(?:deuren|deur)\s+(?:dicht)?slaan\b|\bslaan (?:met )?(?:de )?deuren\b|\b(?:lag|ligt|lagen|liggen)\s+(?:\S+\s+){0,4}?in (?:haar |zijn |het )?bed\b/gu;

const AT_NIGHT = /(?:^|\s)'?s nachts\b/gu;
/** "Drinkt in het weekend veel en gaat dan tekeer", "soms ook tegen hem": weekends as a habit. */
const WEEKEND_HABIT = /\bin het weekend\b|\bsoms\b|\bin de weekenden\b/u;
const NIGHT_HABIT = /\b(?:soms|vaak|regelmatig|elke|iedere|altijd|meestal|af en toe|weleens|wel eens)\b/u;

/** "Moeder lijkt bij het ophalen vaak onder invloed": drinking as a habit says nothing of harm to come tonight. */
const HABITUAL_USE =
  /\b(?:vaak|regelmatig|altijd|soms|meestal|geregeld|wel eens|weleens)\b[^.?!]{0,40}?\b(?:onder invloed|dronken|drinkt|gedronken)\b|\b(?:onder invloed|dronken|drinkt)\b[^.?!]{0,20}?\b(?:vaak|regelmatig|altijd|soms|meestal)\b/gu;

/** "Er is geen direct gevaar voor de baby, die wordt goed verzorgd": the harm in the window is someone else's. */
const INFANT_SAID_SAFE = /\bgeen (?:direct |acuut )?gevaar voor (?:de|het|haar|zijn) (?:baby|kindje|zuigeling)\b|\b(?:baby|kindje)\b[^.?!]{0,25}\b(?:wordt|is) goed verzorgd\b/u;

/** "De kraamvrouw is heel stil": the mother is quiet, which says nothing of how the baby responds. */
/** "Moeder neemt niet op", "de ouders reageren niet", "mama reageert niet op de app": a parent or carer the asker cannot reach, no child who does not respond. */
export const SOMEONE_ELSE_UNREACHABLE = /\b(?:moeder|vader|ouders?|mama|papa|oma|opa|de school|het gezin|de familie)\s+(?:\S+\s+)?(?:neemt|nemen|reageert|reageren)\s+(?:\S+\s+)?(?:niet|nooit)\s+(?:meer\s+)?(?:op|op haar telefoon|op zijn telefoon)?|\b(?:reageert|reageren|reageerde)\s+(?:\S+\s+)?(?:niet|nooit)\s+(?:meer\s+)?op\s+(?:de\s+|mijn\s+|onze\s+|haar\s+|zijn\s+|m'n\s+)?(?:app\p{L}*|bericht\p{L}*|telefoon|mail\p{L}*|sms\p{L}*|brief\p{L}*|oproep\p{L}*)/gu;
const MOTHER_QUIET = /\b(?:kraamvrouw|moeder|mama|de vrouw|zij|ze)\b[^.?!]{0,25}?\b(?:heel |erg |zo |nogal )?stil\b/gu;

/** A passport kept by a husband or father is a sign of control; it names no journey by itself. */
const PASSPORT = /\bpaspoort\p{L}*/gu;

/** A threat to harm someone else, not meant as a joke and not long ago. */
/** "Hij dreigt soms dat ze ervoor gaat boeten": threats as a habit, with no word of now, are to weigh today. */
const THREATS_AS_A_HABIT = /\b(?:soms|vaak|regelmatig|wel eens|weleens|altijd|steeds|geregeld)\s+(?:\S+\s+){0,2}?(?:dreig\p{L}*|gedreigd)\b|\bdreig\p{L}*\s+(?:\S+\s+)?(?:soms|vaak|regelmatig|wel eens|weleens|altijd|steeds)\b/u;
const threatens = (w: string): boolean =>
  all(withoutDeniedFear(w), 'threatVerb', 'threatHarm') && !ABOUT_SELF.test(w) && !LONG_AGO.test(w) && !NOT_MEANT.test(w) && !(THREATS_AS_A_HABIT.test(w) && !has(withoutTimeOfTelling(w), 'rightNow'));
/** "Hij heeft het mes weer gepakt", "haar ex stuurde een foto van een mes": a weapon someone took up against another. */
const WEAPON_TAKEN_UP = /\b(?:hij|zij|(?:haar|zijn|de) ex|(?:haar|zijn|de) (?:stief)?vader|(?:haar|de) vriend|(?:haar|de) partner|(?:haar|de) man)\s+(?:\S+\s+){0,5}?(?:het|een|zijn|de)\s+(?:\S+\s+)?(?:mes|messen|geweer|wapen|pistool|bijl)\s+(?:\S+\s+){0,2}?(?:gepakt|pakte|gestuurd|stuurde|getrokken|trok)\b|\b(?:foto|filmpje) van (?:een|het|zijn) (?:mes|geweer|wapen|pistool)\b/u;

/** "Haar man stond buiten te wachten" with no word of now: the suspect was near, earlier; the story tells of a visit gone by. */
const NEAR_BEFORE = /\b(?:stond|stonden|zat|zaten|was|waren)\b[^.?!,]{0,40}?\b(?:te wachten|buiten|in de auto|in de wachtkamer|voor de deur|bij de deur|bij het hek|bij (?:de )?school|erbij|ernaast|naast (?:haar|hem))\b[^.?!,]*|\bwachtte\p{L}*\b[^.?!,]*/gu;
/** "Haar man staat er steeds bij en geeft het antwoord": always present at a visit, a sign of control, not someone close by now. */
const NEAR_AS_A_HABIT = /\b(?:staat|zit|is|komt|loopt)\s+(?:er\s+)?(?:steeds|altijd|elke keer|telkens|vaak|meestal)\s+(?:\S+\s+)?(?:bij|mee|naast)\b[^.?!,]*/gu;
/** "Een moeder kwam gisteren huilend naar mij toe": someone in tears telling the asker, not someone afraid to go home. */
const CAME_CRYING_TO_TELL = /\b(?:kwam|kwamen|komt|belde)\s+(?:\S+\s+){0,2}?(?:huilend|in tranen|overstuur)\s+(?:naar|bij|op)\s+(?:mij|me|ons)\b/gu;

/** "Vertelde ze huilend dat …": the tears of someone telling, not fear of someone close by. */
/** "Gisteren kwam oma haar ophalen": a pickup that is over places nothing soon. */
const PICKED_UP_BEFORE = /\b(?:kwam|kwamen|ging|gingen)\s+(?:\S+\s+){0,6}?ophalen\b/gu;
/** "Oma … zei bij het hek, half fluisterend, dat …": how someone else told it, not the fear of the one in danger (who may whisper from fear). */
const WHISPERED_TELLING = /\b((?:oma|opa|grootmoeder|grootvader|buurvrouw|buurman|tante|oom)\b[^.?!]{0,40}?\b(?:zei|zeiden|vertelde|vertelden|zegt|vertelt)\b[^.?!]{0,30}?)\b(?:half\s+|zacht\s+|heel\s+zacht\s+)?fluisterend\b/gu;
const TOLD_IN_TEARS = /\b(?:vertelde|vertelt|zei|zegt)\s+(?:ze|zij|hij|me|mij)?\s*(?:\S+\s+)?(?:huilend|in tranen|snikkend)\b/gu;
/** "Durft er niks over te zeggen": a witness afraid to speak up, not someone afraid of harm. */
const DARES_NOT_SPEAK_UP = /\bdurf\p{L}*\s+(?:er\s+)?(?:niks|niets|nooit\s+iets)\s+(?:over|van)?\s*(?:te\s+)?(?:zeggen|melden|vertellen)\b/gu;

/** "Zei tegen mij in de gang", "zei huilend bij de deur", "moesten ze op de gang wachten": where something was told or waited, not a suspect close by. */
const PLACE_OF_TELLING = /\b(?:zei|zeiden|fluisterde|vertelde|vroeg|sprak|moest|moesten|mochten)\b[^.?!,]{0,25}?\b(?:(?:in|op) de gang|bij de (?:voor)?deur|aan de (?:voor)?deur|bij het hek)\b|\b(?:in|op) de gang\s+(?:moesten|moest|mochten|\S+\s+)?(?:wachten|zitten|blijven)\b/gu;
const withoutNearBefore = (w: string): string => (has(w, 'rightNow') ? w : w.replace(NEAR_BEFORE, ' ')).replace(PLACE_OF_TELLING, ' ').replace(NEAR_AS_A_HABIT, ' ');
/** A suspect close by, not only near earlier or where something was told; the cheap test first, on a hot path. */
const suspectNear = (w: string): boolean => has(w, 'perpetratorNear') && has(withoutNearBefore(w), 'perpetratorNear');

/** Now in the narrow sense: not today or yesterday, which a story of a visit uses too, nor "nu een jaar", which is how long. */
const STRICTLY_NOW = new RegExp(String.raw`\b(?:nu(?!\s+(?:al\s+)?(?:een|twee|drie|vier|ruim|bijna|ongeveer|\d+)\s)(?!${LEARNED_NOW})|op dit moment|momenteel|zojuist|zonet)\b`, 'u');

/** "Zijn vrouw overleed in maart … 'dan ga ik naar haar toe'": going to someone who died. */
const JOINS_THE_DEAD =
  /\b(?:overleed|overleden|gestorven|stierf|begraven|weduwe|weduwnaar)\b.{0,300}?\b(?:ga|gaan|wil|kom|ben)\s+ik\s+(?:\S+\s+){0,2}?(?:naar|bij)\s+(?:haar|hem|mijn vrouw|mijn man|mien|m'n vrouw|m'n man|\p{L}+)\s*(?:toe|zijn)?\b(?!\s+(?:op bezoek|kijken|het graf|de begraafplaats))|\b(?:ga|gaan|wil|kom)\s+ik\s+(?:\S+\s+){0,2}?(?:naar|bij)\s+(?:haar|hem|mijn vrouw|mijn man|m'n vrouw|m'n man)\s+(?:toe|zijn)\b.{0,300}?\b(?:overleed|overleden|gestorven|stierf|begraven)\b/u;

/** "Schoongemaakt" or "gereinigd" says cutting only of a girl; of a gun or a kitchen it is cleaning. */
const CLEANING = /\b(?:schoongemaakt|schoon gemaakt|schoonmaken|rein gemaakt|gereinigd)\b/gu;
const withoutMereCleaning = (w: string): string => (GIRL.test(w) ? w : w.replace(CLEANING, ' '));

/** "Moet ik vandaag nog iets doen?": the asker's own question says when to act, not when someone harms themselves. */
const ASKERS_WHEN = /\b(?:moet|moeten|kan|kunnen|mag|zal|zou)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,2}?(?:vandaag|nu|vanavond|morgen|straks)\b[^.?!]*\?/gu;

/** "Vanavond maak ik er een einde aan, aan jou en mij": the end of someone else's life too, which is a threat to them. */
const ENDS_THEM_BOTH = /\b(?:gas|gaskraan|pillen|auto)\b[^.?!]{0,40}\b(?:voor ons (?:allebei|beiden|twee)|ons allebei|met ons (?:allebei|beiden))\b|\beinde aan\b[^.?!]{0,15}?\b(?:aan\s+)?(?:jou|jullie|haar|hem|de kinderen)\s+en\s+(?:mij|mezelf|zichzelf|hem|haar)\b|\beinde aan (?:jouw|jullie|ons) (?:beider )?leven(?:s)?\b|\b(?:jou|jullie|haar|de kinderen) en (?:daarna |dan )?(?:mij|mezelf|zichzelf)\b[^.?!]{0,20}\b(?:dood|einde|van kant)\b/u;

/** A message (normalised) in which someone means to end another's life with their own. */
export const endsThemBoth = (normalised: string): boolean => ENDS_THEM_BOTH.test(normalised);

/** "Hard in zijn nek gegrepen": grabbed by the scruff, which is rough handling, not a hand round the throat. */
const BY_THE_SCRUFF = /\bin (?:de|zijn|haar|z'n|d'r|zn) nek\b/gu;
const strangles = (w: string): boolean => (has(w, 'strangle') || all(w, 'throat', 'squeeze')) && !ABOUT_SELF.test(w);

/**
 * "Hij heeft een contactverbod en zette online dat hij zaterdag 'erbij zal zijn, wat er ook gebeurt'": someone barred
 * from contact who announces he will come anyway ("liet weten vanavond even langs te komen"), soon or whatever it takes, is a threat.
 */
const BARRED = /\b(?:contact|straat|huis|gebieds)\s?verbod\b/u;
const ANNOUNCES_COMING = /\b(?:langs|op bezoek|naar (?:haar|hen|huis))\s+te\s+komen\b|\b(?:er|erbij|daar)\s+(?:(?:zal|zou|gaat|wil)\s+)?(?:zijn|komen|staan)\b|\b(?:zal|zou|gaat|komt|kom|ga|wil)\s+(?:\S+\s+){0,4}?(?:(?:er|erbij|daar)\s+(?:zijn|staan)|erbij komen|langs(?:komen)?|komen|opzoeken|ophalen|halen|naartoe|op de stoep staan)\b/u;
const WHATEVER_IT_TAKES = /\bwat er ook gebeurt\b|\bhoe dan ook\b|\bmaakt (?:hem|me|mij) niet uit\b/u;
const comesThoughBarred = (w: string): boolean => BARRED.test(w) && ANNOUNCES_COMING.test(w) && (WHATEVER_IT_TAKES.test(w) || has(w, 'soon'));

/** "Vorige week had ze een blauwe plek": an injury of last week or longer ago, with no word of now, is not one with the suspect close by. */
const WEEKS_GONE_BY = /\b(?:vorige|afgelopen) (?:week|maand)\b|\b(?:een|twee|drie|paar|\d+) weken geleden\b/u;

/** "Vader wil die gast in elkaar slaan": a relative's anger at the one suspected, no threat to the person the worry is about. */
const REVENGE_ON_THE_SUSPECT = /\b(?:vader|moeder|broer|oom|opa|ouders|de familie)\s+(?:wil|wilde|willen|wilden|dreigt|dreigde|zegt|zei)\s+['"\u2018\u2019]?\s*(?:die|de|dat|deze)\s+(?:gast|jongen|vent|man|vriend|kerel|loverboy|pooier)\b[^.?!]{0,30}?\b(?:in elkaar (?:te )?slaan|te grazen (?:te )?nemen|af te rekenen|afrekenen|aan te pakken|aanpakken)\b/gu;
/**
 * "Extra slaappillen voor zijn vrouw, dan is ze rustig", "de zoon beheert haar medicatie en de slaappillen gaan te snel op": a
 * relative who sedates someone or misuses their medication, a worry to weigh, not suicide.
 */
const SEDATES_ANOTHER = /\b(?:zoon|dochter|schoondochter|schoonzoon|man|vrouw|partner|kleinzoon|kleindochter|neef|nicht|familie|mantelzorger)\s+(?:\S+\s+)?(?:beheert|beheren|regelt|verstrekt|bewaart)\s+(?:\S+\s+){0,2}?(?:medicatie|medicijnen|pillen)\b[^.?!]*\b(?:te snel|sneller)\b|\b(?:dan|zodat)\s+(?:is|blijft|slaapt|wordt)\s+(?:ze|hij|zij|mevrouw|meneer|moeder|vader|oma|opa)\s+(?:\S+\s+)?(?:rustig|stil|koest|in slaap)\b|\b(?:dan|zodat)\s+(?:ze|hij|zij)\s+(?:\S+\s+){0,2}?(?:rustig|stil)\s+(?:is|blijft|wordt|slaapt)\b/u;
/** "Dan hoef ik niet meer", "dan is hij er straks vanaf": an end to it all, beside means at hand. */
const DONE_WITH_IT = /\bdan\s+(?:hoef|hoeft|hoeven)\s+(?:ik|hij|ze|zij|we)\s+(?:\S+\s+)?niet\s+meer\s*(?:[.,!?'"\u2019]|$)|\bdan\s+(?:ben|is|zijn)\s+(?:ik|hij|ze|zij|we)\s+er\s+(?:straks\s+|eindelijk\s+|tenminste\s+|ook\s+)?(?:vanaf|van af|uit)\b/u;
/** "Het heeft toch geen zin meer", "ik ben er klaar mee": said beside means got ready, no hope left. */
const NO_HOPE_LEFT = /\b(?:(?:het|alles)\s+(?:heeft\s+)?(?:toch\s+)?geen zin meer|heeft\s+(?:het\s+)?(?:toch\s+)?geen zin meer|(?:er\s+)?(?:gewoon\s+)?klaar mee (?:is|ben|was))\b/u;

/** "Iets vertellen over meisjesbesnijdenis bij de nascholing": the subject of a lesson or a talk, not a girl at risk. */
const TEACHING_ABOUT_IT = /\b(?:nascholing|scholing|presentatie|voorlichting|gastles|workshop|themadag|studiedag|lesprogramma|e-learning|nieuwsbrief|folder)\b|\b(?:een|de)\s+brief\s+(?:\S+\s+){0,3}?(?:aan|naar|voor)\s+(?:alle|de)\s+ouders\b|\biets\s+(?:te\s+)?(?:vertellen|presenteren)\s+over\b/u;

/** Each situation as a test on one reading window (lowercase, normalised). */
const RULES: Record<DangerSituation, (w: string) => boolean> = {
  weapon: (w) =>
    ((all(w, 'weapon') && any(w, 'weaponUse', 'threatVerb')) || HELD_AGAINST_HEAD.test(w)) && !/\b(?:getekend|tekening|tekende|tekent|knutsel|in de les|met mes en vork)\b/u.test(w) && !LONG_AGO.test(w) && !isToolUse(w),
  threat: (w) => threatens(w.replace(REVENGE_ON_THE_SUSPECT, ' ')) || ENDS_THEM_BOTH.test(w) || comesThoughBarred(w),
  strangulation: (w) => strangles(w.replace(BY_THE_SCRUFF, ' ')),
  'violence-now': (w) => all(withoutDayMarksSeen(withoutTimeOfTelling(w)), 'violence', 'rightNow') && !LONG_AGO.test(w),
  'afraid-to-go-home': (w) =>
    !onlyHabitual(w) &&
    has(w, 'fear') && has(w.replace(FEAR_OF_LOSING, ' ').replace(CAME_CRYING_TO_TELL, ' '), 'fear') && !ASKER_WORRIES.test(w) && (HOME.test(w) || sentencesOf(w).some((s) => TO_A_PARENT.test(s) && has(s.replace(FEAR_OF_LOSING, ' '), 'fear'))),
  'injured-perpetrator': (w) => has(w.replace(WOUND_CARE_OR_THE_WOUND_TENDED, ' '), 'injury') && suspectNear(w) && !onlyHabitual(w) && !isConfirmedAccident(w) && !(WEEKS_GONE_BY.test(w) && !has(w, 'rightNow')),
  // "Haar ex staat al maanden bij haar huis te wachten": stalking to weigh today, unless the story says he is there now.
  // "Ik sta nu op de groep … vader staat dronken aan de deur en schreeuwt": someone angry or drunk close by, now.
  'perpetrator-near': (w) =>
    suspectNear(w) && (any(w.replace(DARES_NOT_SPEAK_UP, ' ').replace(TOLD_IN_TEARS, ' '), 'fear', 'released') || (STRICTLY_NOW.test(w) && any(w, 'harmWeak', 'violence'))) && !ASKER_WORRIES.test(w) && !onlyChronic(w) && !onlyHabitual(w) && !(AT_TIMES.test(w) && !has(w, 'rightNow') && !STRICTLY_NOW.test(w)),
  // "Sinds een paar weken steeds vaker blauwe plekjes": harm to a baby over weeks is a doctor and Veilig Thuis today.
  infant: (w) => all(w, 'infant', 'infantHarm') && all(w.replace(MOTHER_QUIET, ' ').replace(SOMEONE_ELSE_UNREACHABLE, ' '), 'infant', 'infantHarm') && !INFANT_SAID_SAFE.test(w) && !onlyChronic(w) && !(WEEKS_GONE_BY.test(w) && !has(w, 'rightNow')),
  suicide: (w) =>
    (has(w, 'suicide') && !SEDATES_ANOTHER.test(w)) ||
    JOINS_THE_DEAD.test(w) ||
    all(w, 'highPlace', 'farewell') ||
    // "Ik spring vanavond van de parkeergarage": a jump from a high place, told as one's own plan.
    (has(w, 'highPlace') && JUMPS_OFF.test(w)) ||
    (all(w, 'suicideMeans', 'readied') && !SHOWN_BY_SOMEONE_ELSE.test(w)) ||
    // "Hij heeft alles al klaar liggen en het heeft toch geen zin meer": means got ready and no hope left.
    (has(w, 'readied') && NO_HOPE_LEFT.test(w)) ||
    (has(w, 'suicideMeans') && DONE_WITH_IT.test(w)) ||
    // A weapon and a farewell, unless someone threatens another with it ('vanavond ben ik bij je, dan is het klaar').
    (all(w, 'weapon', 'farewell') && !threatens(w) && !WEAPON_TAKEN_UP.test(w)) ||
    (has(w, 'suicideMeans') && ((TAKING_IT_ALL.test(w) && STILL_TO_COME.test(w)) || PLANS_TO_TAKE_IT_ALL.test(w) || PLANS_IT.test(w))) ||
    // "Zijn jachtgeweer klaargelegd en dat ie het vanavond doet": a weapon made ready for an act of his own, threatening no one.
    (all(w, 'weapon', 'readied') && PLANS_IT.test(w) && !threatens(w) && !WEAPON_TAKEN_UP.test(w)) ||
    (has(w, 'suicideMeans') && OVERDOSE_TAKEN.test(w)) ||
    (any(w, 'cutting', 'suicideMeans') && /\bdieper\b/u.test(w)) ||
    (has(w, 'cutting') && OWN_BODY.test(w) && (saysWhenItHappens(withoutDayOfAVisit(withoutTimeOfTelling(w.replace(ASKERS_WHEN, ' ')))) || GOING_FURTHER.test(w) || any(w, 'readied', 'farewell', 'suicideMeans'))),
  departure: (w) =>
    (has(withoutMereCleaning(w.replace(OWN_CUTTING, ' ')), 'vgv') && !aboutABoyOnly(w) && !TEACHING_ABOUT_IT.test(w)) ||
    // A mother told of her own cutting: that is no danger, but a daughter with a trip at hand still is.
    (TELLS_OWN_CUTTING.test(w) && DAUGHTER.test(w) && has(w, 'departure')) || (all(w, 'vgvWeak', 'departure') && GIRL.test(w)) || (any(withoutLeftInTheHouse(w), 'marriage', 'leftAbroad') && has(w.replace(PASSPORT, ' '), 'departure')),
  'locked-deprived': (w) =>
    (has(w.replace(LOCKS_HERSELF_IN, ' '), 'locked') || (has(w, 'deprivedSevere') && !OWN_MEDICATION_STOPPED.test(w) && !onlyHabitual(w) && !onlyChronic(w)) || all(w, 'medication', 'withheld')) && !ASKER_LOCKS.test(w),
  tonight: (w) => {
    const soon = withoutDailyControl(withoutTimeOfTelling(w)).replace(PICKED_UP_BEFORE, ' ');
    // "Gaat elk weekend naar huis" is a habit, not this weekend.
    if (!has(soon, 'soon') || ASKER_WORRIES.test(w) || LONG_AGO.test(w) || onlyHabitual(soon) || (WEEKEND_HABIT.test(soon) && !has(soon, 'rightNow'))) return false;
    const soonBesidesAtNight = has(soon.replace(AT_NIGHT, ' '), 'soon');
    // "Hij sluit haar 's nachts op en geeft haar soms een tik": at night, told as a habit, is harm to weigh, not tonight's.
    if (!soonBesidesAtNight && NIGHT_HABIT.test(w)) return false;
    // "Ze staat 's nachts niet op als de baby huilt": at night as a habit is no time of harm to come, unless harm is expected.
    return has(w.replace(NO_HARM_EXPECTED, ' '), 'harmExpected') || (soonBesidesAtNight && any(w.replace(HABITUAL_USE, ' '), 'harmWeak', 'fear') && has(w, 'home'));
  },
};

const ORDER = Object.keys(RULES) as DangerSituation[];

/** The reading windows: every sentence, and every two neighbouring sentences together. */
function windowsOf(sentences: readonly string[]): string[] {
  return [...sentences, ...sentences.slice(1).map((s, i) => `${sentences[i]} ${s}`)];
}

/** The situations in a message's case sentences (normalised, topic questions already left out). */
export function dangerSituationsIn(caseSentences: readonly string[]): DangerSituation[] {
  const windows = windowsOf(caseSentences.map((sentence) => withoutAsIf(sentence.replace(VEILIG_THUIS, 'veiligthuis').replace(WHISPERED_TELLING, '$1'))));
  reading = { text: windows.slice(0, caseSentences.length).join(' '), names: new Map() };
  try {
    return ORDER.filter((situation) => windows.some(RULES[situation]));
  } finally {
    reading = undefined;
  }
}
