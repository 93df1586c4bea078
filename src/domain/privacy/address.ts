import { collectMatches, type PiiFinding } from './types.js';

// Capitalised street names may end in any of these; lowercase ones ("akerstraat 12") only in the
// unambiguous first group, because "vergadering 2" or "schoolkamp 3" are not addresses.
const CLEAR_SUFFIXES =
  'straat|straatje|laan|weg|plein|pleintje|singel|gracht|steeg|dreef|kade|dijk|boulevard|allee|plantsoen';
const OTHER_SUFFIXES =
  'pad|hof|hofje|park|(?<!e)ring|wal|markt|veld|baan|kamp|berg|dal|weide|vest|haven|poort|dam|schans|heide|hei|akker|promenade|passage|gang|graaf|' +
  'gaard|bongerd|erf|hoek|wijk|horst|broek|beemd|kamp|dries|donk|hoeve|oord|burcht';

// Street names that are a single suffix word: "Markt 27", "Plein 3".
const WHOLE_WORD_STREETS = 'Markt|Plein|Dam|Kade|Dijk|Wal|Singel|Gracht|Boulevard|Vest';

// Words before a street name that belong to it: "Burgemeester van Grunsvenplein", "Oude Akerweg".
const STREET_TITLE =
  '(?:(?:Burgemeester|Burg\\.|Sint|St\\.|Generaal|Koningin|Koning|Prinses|Prins|Graaf|Dokter|Dr\\.|Pastoor|Pater|' +
  'Professor|Prof\\.|Oude|Nieuwe|Grote|Kleine|Lange|Korte|Hoge|Lage|Van|De)\\s+){1,2}' +
  "(?:(?:van|de|der|den|het|'t|ter|ten)\\s+){0,2}";

const HOUSE_NUMBER = '\\d{1,4}(?:\\s?-?\\s?[a-zA-Z](?![\\p{L}\\d]))?(?:-\\d{1,3})?';
const NOT_A_COUNT =
  '(?!\\s*(?:keer|uur|jaar|jaren|maanden|weken|dagen|minuten|kinderen|leerlingen|personen|mensen|meter|km|procent|%))';

const STREET_PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${STREET_TITLE})?(?:\\p{Lu}[\\p{L}'-]*(?:${CLEAR_SUFFIXES}|${OTHER_SUFFIXES})|${WHOLE_WORD_STREETS})` +
    `|\\p{Ll}[\\p{L}'-]{2,}(?:${CLEAR_SUFFIXES}))` +
    `(?:[\\s-](?:Noord|Oost|Zuid|West))?\\s+${HOUSE_NUMBER}(?![\\p{L}\\d])${NOT_A_COUNT}`,
  'gu',
);

// After "adres:" or "woont op/aan" any capitalised name with a house number is a street: "Adres: Putgraaf 5".
const ADDRESS_CONTEXT_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:[Aa]dres|[Ww]oonadres|[Pp]ostadres|[Ww]oont (?:op|aan)|[Ww]oonachtig (?:op|aan)|ingeschreven (?:op|aan)|(?:adres|postadres) is)(?:\\s+(?:de|het|'t))?\\s*:?\\s*` +
    `((?:\\p{Lu}[\\p{L}'.-]*\\s+){1,3}${HOUSE_NUMBER})(?![\\p{L}\\d])${NOT_A_COUNT}`,
  'gud',
);

// Ordinary nouns with a street ending.
const COMMON_NOUNS = new Set(['snelweg', 'onderweg', 'zijweg', 'spoorweg', 'omweg', 'schoolplein', 'speelplein']);

// A capitalised name and house number right before a postcode is a street, whatever its ending: "Heidebeshof 2, 6343 AA".
const BEFORE_POSTCODE_PATTERN = new RegExp(
  `(?<![\\p{L}\\d])\\p{Lu}[\\p{L}'-]+\\s+${HOUSE_NUMBER}(?=,?\\s+[1-9]\\d{3}\\s?\\p{Lu}{2}(?![\\p{L}\\d]))`,
  'gu',
);

export function findAddresses(text: string): PiiFinding[] {
  return [
    ...collectMatches(text, BEFORE_POSTCODE_PATTERN, 'address'),
    ...collectMatches(text, STREET_PATTERN, 'address', {
      accept: (m) => !COMMON_NOUNS.has(m[0].split(/\s/)[0] ?? ''),
    }),
    ...collectMatches(text, ADDRESS_CONTEXT_PATTERN, 'address', { group: 1 }),
  ];
}
