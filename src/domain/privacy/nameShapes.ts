import { COMMON_WORDS } from './commonWords.js';

/**
 * Words that say a person is named next to them: relations, roles of children and titles
 * ("de zoon van", "leerling", "mevrouw", "opa"). Lowercase, as Dutch writes them.
 */
export const RELATION_WORDS = [
  'zoon', 'zoontje', 'dochter', 'dochtertje', 'kind', 'kindje', 'kinderen', 'leerling', 'leerlinge', 'pupil', 'cliënt', 'client',
  'cliënte', 'mevrouw', 'meneer', 'mevr', 'mw', 'dhr', 'heer', 'opa', 'oma', 'moeder', 'vader', 'mama', 'papa', 'mam', 'pap',
  'stiefvader', 'stiefmoeder', 'pleegvader', 'pleegmoeder', 'pleegkind', 'broer', 'broertje', 'zus', 'zusje', 'tante', 'oom',
  'neef', 'neefje', 'nicht', 'nichtje', 'baby', 'peuter', 'kleuter', 'jongen', 'jongetje', 'meisje', 'buurman', 'buurvrouw',
  'vriend', 'vriendje', 'vriendin', 'vriendinnetje', 'partner', 'ex', 'vriendje', 'casus', 'gezin', 'familie', 'ouders',
  'verzorger', 'verzorgers', 'leerkracht', 'juf', 'meester', 'mentor', 'klasgenoot', 'klasgenootje', 'stiefzoon', 'stiefdochter',
  'grootmoeder', 'grootvader', 'man', 'vrouw', 'echtgenoot', 'echtgenote', 'halfbroer', 'halfzus',
] as const;

/** Verbs only a person does, after a name at the start of a sentence: "Feike vertelde", "mo zegt". */
export const PERSON_VERBS = new Set([
  'woont', 'woonde', 'zegt', 'zei', 'vertelt', 'vertelde', 'durft', 'durfde', 'huilt', 'huilde', 'slaapt', 'sliep', 'eet', 'speelt',
  'speelde', 'blowt', 'spijbelt', 'verzuimt', 'logeert', 'logeerde', 'verblijft', 'verbleef', 'belde', 'belt', 'schreef',
  'reageert', 'reageerde', 'toonde', 'voelt', 'voelde', 'weet', 'wist', 'praat', 'praatte', 'lacht', 'schrok', 'rende', 'vluchtte',
]);

/** Verbs that follow any subject ("is", "komt"): they make a name of a word only when its shape says so. */
export const GENERIC_VERBS = new Set([
  'is', 'was', 'heeft', 'had', 'wordt', 'werd', 'zit', 'zat', 'komt', 'kwam', 'gaat', 'ging', 'wil', 'wilde', 'moet', 'moest',
  'mag', 'mocht', 'kan', 'kon', 'krijgt', 'kreeg', 'blijft', 'bleef', 'en',
]);

/** Capitalised words in professional text that are places, organisations or other non-persons. */
const PROPER_NOUNS = [
  'veilig', 'thuis', 'limburg', 'zuid-limburg', 'nederland', 'belgië', 'duitsland', 'maastricht', 'heerlen', 'kerkrade',
  'sittard', 'geleen', 'sittard-geleen', 'landgraaf', 'brunssum', 'beek', 'beekdaelen', 'eijsden', 'margraten',
  'eijsden-margraten', 'gulpen', 'wittem', 'gulpen-wittem', 'meerssen', 'nuth', 'simpelveld', 'stein', 'vaals', 'valkenburg',
  'voerendaal', 'hoensbroek', 'klimmen', 'schinnen', 'onderbanken', 'amsterdam', 'rotterdam', 'utrecht', 'eindhoven', 'venlo',
  'roermond', 'aken', 'luik', 'marokko', 'turkije', 'syrië', 'polen', 'eritrea', 'somalië', 'afghanistan', 'suriname',
  'curaçao', 'oekraïne', 'jeugdzorg', 'jeugdbescherming', 'kinderbescherming', 'raad', 'politie', 'ggd', 'mee', 'xonar',
  'mondriaan', 'radar', 'levanto', 'impuls', 'koraal', 'humanitas', 'zuyderland', 'mumc', 'cjg', 'wmo', 'jeugdwet',
  'meldcode', 'kindcheck', 'teams', 'outlook', 'whatsapp', 'heijn', 'jumbo', 'aldi', 'lidl', 'action', 'kruidvat', 'ramadan', 'kerst', 'pasen', 'suikerfeest', 'offerfeest',
  'marokkaanse', 'turkse', 'syrische', 'poolse', 'eritrese', 'somalische', 'afghaanse', 'surinaamse', 'antilliaanse',
  'nederlandse', 'arabisch', 'turks', 'pools', 'engels', 'duits', 'frans', 'tigrinya', 'god', 'allah', 'openbaar',
  'ministerie', 'reclassering', 'blijf', 'groep', 'leger', 'heils', 'centrum', 'jeugd', 'gezin', 'wijkteam', 'sociaal',
  'team', 'zorg', 'veiligheidshuis', 'huisarts', 'school', 'basisschool', 'kinderopvang', 'gemeente', 'adviesvraag',
  'vraag', 'noord', 'oost', 'zuid', 'west', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

/** Sentence openers and function words that are no names, beyond what COMMON_WORDS holds. */
const EXTRA_WORDS = [
  'de', 'het', 'een', 'en', 'of', 'maar', 'want', 'dus', 'ik', 'je', 'jij', 'we', 'wij', 'hij', 'zij', 'ze', 'u', 'wat', 'wie',
  'waar', 'wanneer', 'hoe', 'waarom', 'welke', 'mag', 'kan', 'moet', 'wil', 'is', 'zijn', 'haar', 'hem', 'hun', 'ons', 'onze',
  'mijn', 'dit', 'dat', 'deze', 'die', 'er', 'hier', 'daar', 'nu', 'toen', 'sinds', 'na', 'voor', 'tijdens', 'vandaag',
  'gisteren', 'morgen', 'vanochtend', 'vanmiddag', 'vanavond', 'vannacht', 'eerder', 'later', 'daarna', 'ook', 'nog',
  'al', 'graag', 'volgens', 'bij', 'met', 'over', 'op', 'in', 'aan', 'om', 'uit', 'tot', 'zonder', 'geen', 'niet', 'wel',
  'beste', 'hoi', 'hallo', 'goedemorgen', 'dag', 'bedankt', 'dank', 'groet', 'groeten', 'collega', 'collega\'s', 'iemand',
  'niemand', 'iedereen', 'alle', 'sommige', 'beide', 'twee', 'drie', 'vier', 'vijf', 'eén', 'één', 'afgelopen', 'vorige',
  'volgende', 'komende', 'elke', 'iedere', 'omdat', 'als', 'toen', 'terwijl', 'hoewel', 'zodra', 'nadat', 'voordat',
  'me', 'mij', 'hen', 'jullie', 'elkaar', 'zich', 'kun', 'kunnen', 'ben', 'bent', 'afspraak', 'gesprek', 'melding',
];

const KNOWN = new Set([...COMMON_WORDS, ...PROPER_NOUNS, ...EXTRA_WORDS, ...RELATION_WORDS]);

/** True when the word (any case) is an ordinary Dutch word or a known place or organisation. */
export function isKnownWord(word: string): boolean {
  const lower = word.toLowerCase();
  return KNOWN.has(lower) || KNOWN.has(lower.replace(/['’]s$|s$/u, '')) || /^\p{Lu}{2,}$/u.test(word);
}

/** Dutch noun and adjective endings that first names hardly have ("Gecertificeerde", "Instelling"). */
const WORD_ENDINGS = /(?:eerde|aal|lijk|lijke|isch|ische|ige|ende|heid|ing|ingen|schap|erij|atie|iteit|isme|ief|ieve|teit)$/iu;

/** Could this unknown capitalised word be a first name or surname by its shape: short, no Dutch word ending. */
export function hasNameShape(word: string): boolean {
  return word.replace(/-/g, '').length <= 11 && !WORD_ENDINGS.test(word) && !isKnownWord(word);
}

/** Diminutives and pet names: Jantje, Pietje, Lotje, Sannie, Harrie. */
export function looksLikePetName(word: string): boolean {
  return /^\p{Lu}\p{Ll}{1,6}(?:tje|pje|je|ke|ie|y)$/u.test(word) && word.length <= 8 && hasNameShape(word);
}
