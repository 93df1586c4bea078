/**
 * Whether a message suspects someone who works in the asker's organisation (brief §7: that is its
 * own route, not the meldcode walk). The asker's own role ("ik ben vrijwilliger bij de club") and a
 * colleague who only tells or thinks something ("mijn collega vindt het nieuwsgierigheid") are no suspect.
 */
import { lexicon, mentions, TOUCHED_BY_SOMEONE } from './lexicon.js';

const COLLEAGUE_SUSPECT = lexicon([
  'collega*', 'collga*', 'colega*', 'nachtdienstcollega*', 'dienstcollega*', 'teamcollega*', 'avonddienstcollega*', 'medewerker', 'eigenaar', 'eigenaresse', 'huisgenoot', 'zoon van de gastouder', 'man van de gastouder', 'partner van de gastouder', 'medewerkster', 'stagiair*', 'stagair*', 'stagiar*', 'vrijwilliger*', 'invalkracht*', 'invaller', 'invalleerkracht*', 'invaldocent*', 'invaljuf', 'invalmeester', 'vervangend leerkracht', 'vervangende leerkracht', 'oproepkracht*', 'uitzendkracht*', 'gymleraar', 'gymleerkracht', 'gymdocent', 'leraar',
  'lerares', 'leerkracht', 'docent', 'docente', 'meester', 'juf', 'mentor', 'conciërge', 'concierge', 'leidster', 'leider', 'pedagogisch medewerker',
  'pm-er', 'pm\'er', 'gastouder', 'houder', 'directeur', 'directrice', 'begeleider', 'begeleidster', 'verzorgende', 'verzorgenden', 'verzorger', 'verpleegkundige',
  'zorgverlener', 'hulpverlener', 'zuster', 'nachtzuster', 'verpleegster', 'jeugdhulpverlener', 'groepsleider', 'groepsleiding', 'pleegvader', 'pleegmoeder', 'gezinshuisouder*', 'chauffeur',
  'trainer*', 'trainster*', 'vrijwillige trainer*', 'medetrainer', 'taxichauffeur', 'buschauffeur', 'hulptrainer', 'coach', 'onderwijsassistent*', 'klassenassistent*', 'therapeut', 'arts', 'teamleider', 'nachtdienst',
]);

const SUSPICION_VERB = lexicon([
  'aangeraakt', 'aanraakt', 'aanraken', 'betast', 'zit aan', 'zat aan', 'zitten aan', ...TOUCHED_BY_SOMEONE, 'met de deur dicht', 'steeds apart', 'telkens apart', 'neemt * steeds apart', 'neemt * * steeds apart', 'kust', 'zoende', 'zoent', 'gezoend', 'zoenen', 'privebericht*', 'appjes', 'appt', 'berichtjes', 'foto*',
  'slaat', 'sloeg', 'geslagen', 'schold', 'duwt', 'duwde', 'geduwd', 'knijpt', 'kneep', 'geknepen', 'schreeuwt', 'scheldt', 'uitgescholden', 'vastgebonden',
  'opgesloten', 'ruw', 'ruwe', 'ruwer', 'smeet', 'smijt', 'gesmeten', 'hardhandig', 'grensoverschrijd*', 'misbruik*', 'seksue*', 'ongepast*', 'te close', 'vastgepakt', 'vastpakt', 'vastpakken', 'hard vast', 'pakt * vast', 'pakt * * vast', 'op de wc komt', 'op de wc kijken', 'wc komt kijken', 'komt kijken of we', 'vastgehouden', 'rukt', 'trekt aan',
  'grof tegen', 'gemeen tegen', 'snauwt', 'snauwde', 'dreigt met', 'dreigde met', 'gestraft', 'straft', 'verdenk*', 'verdacht*', 'sleur*', 'meesleur*', 'meegesleurd', 'een tik', 'tikken', 'tikt', 'klap*', 'schop*', 'trapt*', 'schud*', 'door elkaar', 'seks', 'houdgreep', 'gegooid', 'tegen de muur', 'aan haar * zat', 'aan haar * zit', 'aan zijn * zat', 'aan zijn * zit', 'aan haar * gezeten', 'aan zijn * gezeten', 'aan haar * * gezeten', 'aan zijn * * gezeten', 'piemel', 'plassertje', 'opmerkingen', 'kleineert', 'vernedert', 'mishandel*', 'pijn gedaan', 'pijn doet', 'blauwe plek*', 'afgesloten', 'alleen gelaten', 'vastzetten',
  'bindt', 'vastbinden', 'vastgebonden', 'vast aan', 'vastzet', 'vastgezet', 'zet * vast', 'zet * * vast', 'zette * vast', 'stevig vast', 'niet goed omgaat', 'niet goed om met', 'hard bij de arm', 'ruw bij de arm', 'hard bij de pols', 'bij de pols pakt', 'broek uit te doen', 'broek uitdoen', 'broek uit doen', 'zich uit te kleden', 'bij haar pols pakt', 'bij zijn pols pakt', 'bij de nek', 'in de nek', 'bij zijn nek', 'bij haar nek', 'bij hun nek', 'nekvel', 'bij hun arm', 'aan hun arm', 'bij de haren', 'aan de haren', 'aan haar haren', 'aan zijn haren', 'aan de oren', 'aan zijn oor', 'aan haar oor', 'bij de kraag', 'grijpt * bij', 'greep * bij', 'grijpt * * bij', 'greep * * bij', 'sleept', 'sleepte', 'gesleept', 'bij zijn arm', 'bij haar arm', 'bij de arm', 'aan zijn arm', 'aan haar arm', 'met een ruk', 'keihard', 'in zijn gezicht', 'in haar gezicht', 'in z\'n gezicht', 'schreeuw*', 'op schoot', 'verkering', 'relatie met', 'vriendje', 'vriendinnetje', 'op haar kamer', 'op zijn kamer',
  'mee naar de slaapkamer', 'mee naar * slaapkamer', 'mee naar de verschoon*', 'mee naar de badkamer', 'mee naar de wc', 'mee naar het toilet', 'doet * de deur dicht', 'doet de deur dicht', 'alleen naar huis brengt', 'brengt * alleen naar huis', 'favoriet', 'hartjes', 'niet tegen de anderen', 'niet tegen je moeder', 'snapchat*', 'prive', 'alleen met hem', 'whatsapp*', 'dm*', 'contact via', 'in de auto van', 'over de grens', 'over grenzen', 'over haar grenzen', 'over zijn grenzen', 'grapjes over haar lichaam', 'grapjes over zijn lichaam', 'rare grapjes', 'complimentjes over', 'geheimpje', 'af te spreken', 'afspreken', 'trekken', 'trekt', 'trok', 'apart neemt', 'apart nam', 'neemt * apart', 'nam * apart', 'neemt * * apart', 'nam * * apart', 'neemt * * * apart', 'nam * * * apart',
  'spelletjes met haar', 'spelletjes met hem', 'spelletjes met de', 'spelletje met haar', 'spelletje met hem', 'onder een deken', 'onder de deken', 'geheim moet houden', 'geheim moest houden', 'geheim houden', 'hand op zijn *', 'hand op haar *', 'handen op zijn *', 'handen op haar *', 'niet aankomen', 'aanzit*', 'tussen haar benen', 'tussen zijn benen', 'onder haar kleding', 'onder zijn kleding', 'onder haar kleren', 'onder zijn kleren', 'onder haar trui', 'onder zijn trui', 'onder haar shirt', 'onder zijn shirt', 'onder haar t-shirt', 'onder haar rok', 'onder haar bh', 'in haar bh',
]);

/** The colleague who only tells the asker something ("een collega zegt ...", "een leerkracht kwam vanochtend bij me over een jongen") is not the one suspected. */
const REPORTING = /^[^\s.!?;]+(?:'s)?\s+(?:(?:gezien|gehoord|gemerkt|opgemerkt|gezegd|gemeld|verteld|vertelde|vertelt|vertelden|gesignaleerd|zien|horen|merken)\b|[^.!?,:]{0,40}?\b(?<!\b(?:ik|we|wij)\s)(?:besproken|overlegd|doorgegeven|gesignaleerd|aangekaart|zag|zagen|hoorde|hoorden|merkte|merkten|vertelde|vertelden|zegt dat|zei dat|vertelt dat|vindt dat|denkt dat|(?:heeft|had)\s+(?:\S+\s+){0,8}?(?:gehoord|gezien)|kwam (?:\S+ )?(?:bij (?:me|mij|ons)|naar (?:me|mij|ons) toe|melden|vertellen|zeggen))\b|en ik|zegt|zeggen|zei|zeiden|vindt|vinden|vond|vonden|denkt|denken|dacht|vroeg|vraagt|zag|ziet|merkte|merkt|hoorde|hoort|(?:heeft|had|hebben|hadden)\b[^,]{0,60}?\b(?:gezien|gehoord|gemeld|gezegd|verteld)|had het over|meldde|die (?:emotioneel|geraakt)|wil (?:er |het )?(?:eigenlijk |liever )?(?:niks|niets|geen)|twijfelt|twijfelde|is bang|was bang)/u;

/** "Collega's gezien dat …", "collega's hebben gehoord dat …": the workers as witnesses. */
const WITNESSED = /^\S+(?:'s)?\s+(?:(?:hebben|heeft|hadden|had)\s+)?(?:\S+\s+){0,4}?(?:gezien|gehoord|gemerkt|opgemerkt)\s+(?:dat|hoe)\b/u;

/** "… hebben collega's …": an auxiliary right before the worker, whose participle may follow ("gezien"). */
const AUX_BEFORE = /\b(?:hebben|heeft|hadden|had)\s+(?:ook\s+)?(?:twee\s+|drie\s+|andere\s+|onze\s+|mijn\s+|de\s+)?$/u;
const SEEN_SOON_AFTER = /^[^.!?]*?\b(?:gezien|gehoord|gemerkt|opgemerkt|gevonden|ontdekt)\b/u;

const TOLD_TO = /\b(?:aan|tegen)\s+(?:een|de|mijn|mn|m'n|onze|zijn|haar)?\s*(?:andere\s+)?$/u;

/** "Een vader duwde de juf tegen de grond": the worker right after what someone did is the one it was done to. */
const LAST_WORDS = /(?:\S+\s+){1,3}$/u;
const OBJECT_ARTICLE = /\b(?:de|een|onze|mijn|m'n|mn|die|haar|zijn)\s+$/u;
/** Someone named before the verb in the same sentence ("een vader … duwde de juf"); "gisteren sloeg de invalkracht" has none, and the worker is its subject. */
const A_SUBJECT = /\b(?:hij|zij|ze|vader|moeder|papa|mama|ouder|ouders|man|vrouw|ex|vriend|partner|broer|opa|oom|stiefvader|zoon|dochter|jongen|meisje|leerling|bewoner|client\p{L}*|patient\p{L}*)\b/u;
const afterItsVerb = (before: string): { sentence: string; verbBefore: boolean } => {
  const sentence = before.split(/[.!?;]/u).at(-1) ?? '';
  return { sentence, verbBefore: OBJECT_ARTICLE.test(sentence) && mentions(SUSPICION_VERB, LAST_WORDS.exec(sentence)?.[0] ?? '') };
};
const isDoneTo = (before: string): boolean => {
  const { sentence, verbBefore } = afterItsVerb(before);
  return verbBefore && A_SUBJECT.test(sentence);
};
/** "Gisteren sloeg de invalkracht een kind": the verb before the worker, with no one else named, makes the worker its subject. */
const doesItFirst = (before: string): boolean => {
  const { sentence, verbBefore } = afterItsVerb(before);
  return verbBefore && !A_SUBJECT.test(sentence) && !/\b(?:ik|we|wij|je|jij|u)\b/u.test(sentence);
};

/** "Volgens de arts-assistent past het letsel niet": the worker whose judgement is quoted is not the one suspected. */
const ACCORDING_TO = /\bvolgens\s+(?:een|de|mijn|onze|m'n|het)?\s*(?:andere\s+)?$/u;

/** "Zaterdag zag een leidster zijn benen", "vertelde Noahs leerkracht mij": the worker who saw or told something is not the one suspected ("ik zag een collega …" is). */
const SAW_OR_TOLD = /(?<!\b(?:ik|we|wij|je|jij|u)\s+)\b(?:zag|zagen|ziet|hoorde|hoort|merkte|merkt|vond|ontdekte|vertelde|zei|meldde|belde)\s+(?:een|de|mijn|onze|m'n|twee|drie|beide|\d+|\p{L}+'?s)?\s*(?:andere\s+)?$/u;

/** "Schrikt als een collega binnenkomt en speelt steeds dat de papa-pop de mama-pop slaat": what follows is the child's play, not the worker's act. */
const PLAY_ON = /\b(?:speelt|speelde|spelen|naspeelt|naspeelde|in de poppenhoek|met de poppen|met poppen|tekent|tekende)\b.*$/u;

/** "De arts-assistent wil de foto's door de kinderarts laten bekijken", "foto's van het letsel": images of an injury, taken in care. */
const MEDICAL_IMAGES = /\b(?:rontgen\p{L}*|\p{L}*foto'?s?\b(?=[^.!?]{0,50}\b(?:laten bekijken|bekijken|beoordelen|beoordeeld|kinderarts|radioloog|letselduiding)\b)|foto'?s?\s+(?:van\s+)?(?:het|de|die)\s+(?:letsel|wond\p{L}*|plekken|blauwe plekken|breuk|fractuur))/gu;
/** Signs of grooming by an adult around children, by kind: two kinds together with a worker named are a suspicion. */
const GROOMING_SIGNS = [
  lexicon(['snapchat*', 'appt', 'appjes', 'berichtjes', 'dm*', 'privebericht*', 'appt prive', 'whatsapp*', "foto's van haar", "foto's van hem", 'eigen telefoon']),
  lexicon(['alleen naar huis', 'alleen thuisgebracht', 'samen te gaan hardlopen', 'samen hardlopen', 'samen te gaan sporten', 'samen te gaan zwemmen', 'samen iets te gaan drinken', 'thuisgebracht', 'naar huis gebracht', 'in zijn auto', 'in zn auto', 'in z\'n auto', 'samen naar', 'een lift', 'lift naar huis', 'mee naar het kantoor*', 'mee naar de', 'bij hem in de auto', 'bij haar in de auto', 'samen te trainen', 'samen trainen', 'samen sporten', 'speciaal lijntje', 'deur dicht', 'deur gaat dicht', 'op schoot', 'apart neemt', 'apart nam', 'alleen met hem', 'alleen met haar', 'extra training*', 'extra techniektraining*', 'prive training*', 'privetraining*', 'priveles*']),
  lexicon(['geheimpje', 'geheim', 'niet tegen je ouders', 'niet tegen de anderen', 'niet tegen je moeder', 'niks tegen je ouders', 'niets tegen je ouders', 'niks tegen je moeder', 'niets tegen je moeder', 'tussen ons']),
  lexicon(['gekregen van hem', 'cadeautjes', 'cadeaus', 'cadeau', 'energydrinks', 'snoep', 'snoepjes', 'geld gekregen', 'nieuwe kopschoenen']),
  lexicon(['veel aandacht', 'extra aandacht', 'favoriet', 'lievelingetje', 'voortrekt', 'beste vriend', 'hartjes', 'complimentjes', 'goed uitzag', 'goed uitziet', 'mooi uitzag', 'mooi uitziet', 'knap vindt', 'mooi vindt', 'de mooiste', 'je bent mooi', 'samen iets drinken', 'iets gaan drinken', 'samen iets eten', 'afspreken na']),
  lexicon(['laat op de avond', "'s avonds laat", 'of ze alleen thuis', 'of hij alleen thuis']),
];
/** A man of the family named: then "hij" in a later sentence may be him, not the worker. */
const FAMILY_MAN = lexicon(['vader', 'papa', 'pa', 'stiefvader', 'vriend', 'man', 'ex', 'partner', 'echtgenoot', 'zoon', 'broer', 'opa', 'oom', 'neef', 'schoonzoon', 'buurman']);
/** "Ik heb hem tegen haar horen schreeuwen", "hij neemt haar mee": what the worker named earlier does. */
const HE_DOES = /\b(?:hij|hem)\b/u;
const WORKER_NAMED = lexicon(['vrijwilliger*', 'vrijwillige trainer*', 'trainer*', 'trainster*', 'hulptrainer', 'assistent*', 'leider', 'jeugdleider', 'begeleider', 'coach', 'stagiair*', 'medewerker', 'collega*', 'invaller']);

/** A sentence that goes on about the person just named ("haar teamleider zag …" is about someone else). */
const CONTINUES_ABOUT_THEM = /^\s*(?:(?:maar|en|ook|alleen|toch)\s+)?(?:hij|zij|ze|die|deze|diegene|hem|haar(?!\s+(?:teamleider|leidinggevende|collega\p{L}*|man|vriend|partner|ex|manager|baas|moeder|vader|zus|broer|dochter|zoon)\b)|de man|de vrouw|de collega|de medewerker)\b|\b(?:dat|die|waarin) (?:hij|zij)\b|^\s*(?:\S+\s+){0,2}?(?:zag|zie|hoorde|hoor|merkte)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,6}?dat\s+(?:ze|zij|hij)\b/u;

/** "Toen een collega het kind niet meegaf, ging hij schreeuwen": the harm is done by someone else, named after the worker. */
const ANOTHER_SUBJECT = /\b(?:ging|gingen|werd|werden|begon|begonnen|kwam|kwamen|stond|stonden)\s+(?:hij|zij|ze|vader|moeder|de vader|de moeder|hun vader|haar vader|zijn vader)\b/u;
/** "Een leidster werd door hem uitgescholden": the worker is the one it happened to. */
const DONE_BY_ANOTHER = /\bdoor\s+(?:hem|hen|(?:de|haar|zijn|die|een)\s+(?:ex|vader|moeder|man|vriend|partner|broer|oom|opa|stiefvader))\b/u;
/** "Mijn collega stuurde hem weg en toen schreeuwde hij tegen haar": someone the worker dealt with is the subject after the verb. */
const HE_AFTER_THE_VERB = /^\S+\s+(?:hij|zij)\b/u;
function anotherDoesIt(clause: string): boolean {
  const verb = clause.search(SUSPICION_VERB);
  if (verb <= 0) return false;
  const before = clause.slice(0, verb);
  return ANOTHER_SUBJECT.test(before) || DONE_BY_ANOTHER.test(before) || (/\bhem\b/u.test(before) && HE_AFTER_THE_VERB.test(clause.slice(verb)));
}

const FEARS_A_WORKER = /\b(?:angstig|bang|schrikt|schrok|verstijft|verstijfde|gaat huilen|begint te huilen|doet pijn|pijn doet)\b[^.?!]{0,30}\b(?:als|wanneer|zodra)\s+(?:een\s+|die\s+|de\s+|deze\s+)?(?:bepaalde\s+)?\p{L}*(?:collega|medewerker|medewerkster|verzorger|verzorgster|verzorgende|begeleider|begeleidster|leidster)\p{L}*\b[^.?!]{0,40}\b(?:binnenkomt|binnen komt|in de buurt (?:is|komt)|dienst heeft|op de kamer komt|ter sprake komt)\b/u;
const HARM_TOLD = /\b(?:pijn|blauwe plek\p{L}*|plekken|striemen|geknepen|geslagen|ruw)\b/u;
/** "Bij de gastouder woont haar zoon van 19 in, die als huisgenoot staat geregistreerd": someone the Wet kinderopvang counts as a worker (brief §7). */
const GASTOUDER_HOUSEMATE = /\bgastouder\p{L}*\b[^]*\b(?:huisgenoot|huisgenoten|woont\s+(?:daar\s+|er\s+|thuis\s+)?(?:samen\s+)?met\s+(?:haar|zijn)\s+(?:\S+\s+(?:en\s+(?:haar|zijn)\s+)?)?(?:zoon|man|partner|vriend|broer)|woont\s+(?:ook\s+)?(?:haar|zijn)\s+(?:\S+\s+)?(?:zoon|man|partner|vriend|broer)\b|(?:haar|zijn)\s+(?:\S+\s+)?(?:zoon|man|partner|vriend|broer)\b[^.!?]{0,30}\bwoont\s+(?:er\s+|daar\s+|bij\s+haar\s+)?(?:ook\s+)?in)\b/u;
/** "Het gaat hier dus niet om familie maar om een medewerker van een zorgaanbieder": the asker says outright who is suspected. */
const IT_IS_ABOUT_A_WORKER = /\bgaat\s+(?:(?:hier|dus|het|eigenlijk)\s+)*(?:niet\s+om\s+(?:de\s+|een\s+)?(?:familie|familielid|ouders|gezin)\s*,?\s*maar\s+)?om\s+een\s+(?:medewerker|medewerkster|hulpverlener|zorgverlener|verzorgende|begeleider|collega)\b/u;
const NAMED_A_WORKER_AFTER = /\b(?:dat|die|deze)\s+(?:meisje|vrouw|man|jongen|persoon|dame|meneer|mevrouw|medewerkster|medewerker|verzorgster|verzorgende)\s+(?:is|was)\s+(?:een\s+)?(?:collega|medewerker|medewerkster|verzorgende|verzorgster)\b/u;

/** "Een nieuwe collega (verz. ig) heeft …": a full stop inside brackets ends no sentence. */
const ASIDE = /\([^()]*\)/gu;

/** A colleague is suspected when the message names a worker doing something, not when the asker only says where they work. */
export function suspectsColleague(t: string): boolean {
  // "'Het meisje van de ochtend' pakt geld … Dat meisje is een collega van mij": the one the story suspects, named a worker afterwards.
  if (NAMED_A_WORKER_AFTER.test(t) && mentions(SUSPICION_VERB, t.replace(NAMED_A_WORKER_AFTER, ' '))) return true;
  if (IT_IS_ABOUT_A_WORKER.test(t) && mentions(SUSPICION_VERB, t)) return true;
  if (GASTOUDER_HOUSEMATE.test(t) && (HARM_TOLD.test(t) || mentions(SUSPICION_VERB, t))) return true;
  // "Ze wordt angstig als een bepaalde collega van de nachtdienst binnenkomt", with bruises or pain told: fear of one worker.
  if (FEARS_A_WORKER.test(t) && HARM_TOLD.test(t)) return true;
  // The role runs to the end of its clause, but not into "… en vermoed dat een collega …" or "… en een collega van mij …".
  const withoutOwnRole = withoutIntroduction(t.replace(ASIDE, (aside) => aside.replace(/[.!?;]/gu, ' '))).replace(/\bik (?:ben|was|werk als|werk op|werk bij|werk in)\b[^.!?,]*?(?=\s+en\s+(?:vermoed|zie|zag|merk|hoor|heb|een|mijn|m'n|onze|de|die|we|wij|er|ik)\b|[.!?,]|$)|\b(?:mag|kan|moet) ik als \p{L}+|\bik\s+\p{L}+\s+(?:\S+\s+)?als\s+(?:een\s+)?(?:vrijwillig\p{L}*|trainer|trainster|coach|begeleider|leidster|stagiair\p{L}*|medewerker|invaller)\b[^.!?,]*/gu, ' ');
  for (const m of withoutOwnRole.matchAll(COLLEAGUE_SUSPECT)) {
    // "vertelde hij aan een andere leider": the worker was told something, and is not the one it is about.
    const before = withoutOwnRole.slice(0, m.index);
    if (TOLD_TO.test(before) || SAW_OR_TOLD.test(before) || ACCORDING_TO.test(before) || isDoneTo(before)) continue;
    if (doesItFirst(before)) return true;
    // "Hebben collega's na het bezoek blauwe plekken gezien": the workers named after their verb are the ones who saw it.
    if (AUX_BEFORE.test(withoutOwnRole.slice(0, m.index)) && SEEN_SOON_AFTER.test(withoutOwnRole.slice(m.index ?? 0, (m.index ?? 0) + 90))) continue;
    // The worker's own sentence, and the next one only when it goes on about them ("Hij appt haar ...").
    const [own = '', next = ''] = withoutOwnRole.slice(m.index ?? 0).split(/(?<=[.!?;])/);
    const clause = (CONTINUES_ABOUT_THEM.test(next) ? own + next : own).slice(0, 200).replace(PLAY_ON, '').replace(MEDICAL_IMAGES, ' ');
    if (!REPORTING.test(clause) && mentions(SUSPICION_VERB, clause) && !anotherDoesIt(clause)) return true;
  }
  if (harmBeforeAWorkerReferredBack(withoutOwnRole)) return true;
  if (!mentions(WORKER_NAMED, withoutOwnRole)) return false;
  // Signs told in a sentence that names a man of the family ("'oom Ralf' maakt foto's van haar … ze krijgt snoep") are his, not the worker's.
  const withoutKin = withoutOwnRole.split(/(?<=[.!?;])\s+/u).filter((sentence) => !mentions(FAMILY_MAN, sentence)).join(' ');
  if (GROOMING_SIGNS.filter((signs) => mentions(signs, withoutKin)).length >= 2) return true;
  // A worker named, no man of the family before "hij" or "hem" doing harm later on: the worker is the one suspected.
  // ("Haar man woont in een verpleeghuis", told after, is no one "hij" can mean; "een vrijwilliger (man, 60+)" is the worker.)
  const named = withoutOwnRole.search(WORKER_NAMED);
  if (mentions(FAMILY_MAN, withoutOwnRole.slice(0, named))) return false;
  // "Twee collega's hebben gezien dat ze hem …": the workers named are the ones who saw it.
  if (WITNESSED.test(withoutOwnRole.slice(named))) return false;
  const fromWorker = withoutOwnRole.slice(named).split(/(?<=[.!?;])\s+/);
  return fromWorker.some(
    (sentence, i) => i > 0 && HE_DOES.test(sentence) && !REPORTING.test(sentence) && mentions(SUSPICION_VERB, sentence) && !mentions(FAMILY_MAN, fromWorker.slice(0, i + 1).join(' ').replace(WORKERS_OWN_SEX, ' ')),
  );
}
/** A woman of the family: harm told in her sentence may be hers, not a worker's. */
const FAMILY_WOMAN = /\b(?:moeder|mama|stiefmoeder|schoonmoeder|oma|tante|zus|dochter|schoondochter|echtgenote|vriendin)\b/u;
/** "Die collega", "deze medewerker": a worker the story has spoken of before. */
const REFERRED_BACK_WORKER = /\b(?:die|deze|dezelfde)\s+(?:collega|medewerker|medewerkster|verzorgende|verzorger|verzorgster|verpleegkundige|begeleider|begeleidster|leidster|invalkracht|invaller|nachtdienst\p{L}*)\b/u;
/**
 * "'Die grote van de nacht' heeft haar hardhandig omhoog getrokken … Die collega staat vannacht weer op het rooster":
 * harm told before, by no one of the family, and a worker referred back to who does not only tell or see something.
 */
function harmBeforeAWorkerReferredBack(t: string): boolean {
  const worker = REFERRED_BACK_WORKER.exec(t);
  if (!worker || REPORTING.test(t.slice(worker.index))) return false;
  return t
    .slice(0, worker.index)
    .split(/(?<=[.!?;])\s+/u)
    .some((sentence) => mentions(SUSPICION_VERB, sentence) && !mentions(FAMILY_MAN, sentence) && !FAMILY_WOMAN.test(sentence));
}
/** "Een vrijwilliger (man, 60+)": the worker's own description, no man of the family. */
const WORKERS_OWN_SEX = /\(\s*(?:man|vrouw)\b/gu;

/** Words that put someone at work, or the law on workers, in a question ("wat als ik een collega verdenk", "moet het bestuur aangifte doen"). */
const COLLEAGUE_TOPIC = /\b(?:collega|medewerker|personeel|werknemer|met taken belast|vertrouwensinspect|bevoegd gezag|schoolbestuur|bestuur|houder|zorgrelatie|aangifteplicht|meldplicht kinderopvang|igj|wkkgz|sgog|in dienst)/u;

/** Whether a question concerns someone who works in the asker's organisation: suspected, or named as the topic. */
export function concernsColleague(t: string): boolean {
  return COLLEAGUE_TOPIC.test(t) || suspectsColleague(t);
}

/** "Gymdocent basisschool.", "hockeytrainer hier (ook docent lo)": a short opening that says who is asking. */
function withoutIntroduction(t: string): string {
  // "Verpleegkundige geriatrie in Maastricht: patiënte van 88 …": who asks, before a colon.
  const beforeColon = /^(?:[^\s.:!?]+\s+){0,6}?[^\s.:!?]+:\s/u.exec(t);
  if (beforeColon && !mentions(SUSPICION_VERB, beforeColon[0])) return t.slice(beforeColon[0].length);
  const first = /^[^.!?\n]*[.!?\n]?/u.exec(t)![0];
  const words = first.split(/\s+/).filter(Boolean).length;
  const namesAsker = /\bhier\b/u.test(first) || !/\b(?:is|ben|zijn|was|gaat|gaan|ging|heeft|hebben|had|werkt|doet|deed|betreft|om)\b/u.test(first);
  return words <= 10 && namesAsker && !mentions(SUSPICION_VERB, first) ? t.slice(first.length) : t;
}
