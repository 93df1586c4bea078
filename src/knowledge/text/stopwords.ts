/**
 * Dutch words that carry no topic in a question. Normalized (lowercase, no diacritics).
 * Kept out on purpose: "zelf" (afweging 3), "zonder" (zonder toestemming), "wanneer" (wanneer melden),
 * "doet" (wat doet Veilig Thuis), "hulp", "thuis".
 */
const snowballDutchStopList = [
  'aan', 'al', 'alles', 'als', 'altijd', 'andere', 'ben', 'bij', 'daar', 'dan', 'dat', 'de', 'der', 'deze',
  'die', 'dit', 'doch', 'doen', 'door', 'dus', 'een', 'eens', 'en', 'er', 'ge', 'geen', 'geweest', 'haar',
  'had', 'heb', 'hebben', 'heeft', 'hem', 'het', 'hier', 'hij', 'hoe', 'hun', 'iemand', 'iets', 'ik', 'in',
  'is', 'ja', 'je', 'kan', 'kon', 'kunnen', 'maar', 'me', 'meer', 'men', 'met', 'mij', 'mijn', 'moet', 'na',
  'naar', 'niet', 'niets', 'nog', 'nu', 'of', 'om', 'omdat', 'ons', 'ook', 'op', 'over', 'reeds', 'te',
  'tegen', 'toch', 'toen', 'tot', 'u', 'uit', 'uw', 'van', 'veel', 'voor', 'want', 'waren', 'was', 'wat',
  'we', 'wel', 'werd', 'wezen', 'wie', 'wil', 'worden', 'wordt', 'zal', 'ze', 'zij', 'zijn', 'zich', 'zo',
  'zou',
];

const questionAndFillerWords = [
  'alle', 'ander', 'anders', 'binnen', 'den', 'doe', 'even', 'graag', 'hadden', 'hebt', 'jij', 'jou',
  'jouw', 'jullie', 'kun', 'kunt', 'moeten', 'nee', 'nou', 'onze', 'waar', 'waarom', 'welk', 'welke',
  'willen', 'zouden', 'eigenlijk', 'gewoon', 'precies', 'ineens', 'heel', 'snel', 'nadat', 'elke', 'iedere',
  'steeds', 'ga', 'gaan', 'gaat', 'ging', 'mag', 'mogen', 'zit', 'zitten', 'maak', 'maakt', 'maken', 'laat',
  'samenvatting', 'uitleg', 'info', 'informatie', 'overzicht', 'kort', 'korte', 'niks', 'lijkt', 'komen',
  'komt', 'dezelfde', 'hetzelfde', 'betekent', 'houdt', 'houd', 'bedoeld', 'bedoelt', 'onder', 'valt', 'vallen',
  'uiteindelijk', 'alweer', 'nergens', 'vinden', 'vind', 'terugvinden',
];

/** Chat greetings and abbreviations. */
const chatWords = [
  'hallo', 'hoi', 'beste', 'dank', 'bedankt', 'alsjeblieft', 'svp', 'ff', 'eh', 'uhm', 'nl', 'dr', 'mn', 'zn', 'ie',
];

/** Everyday words that otherwise produce false hits in off-topic questions ("wat is het weer morgen"). */
const offTopicTriggers = ['weer', 'morgen', 'vandaag'];

export const dutchStopwords: ReadonlySet<string> = new Set([
  ...snowballDutchStopList,
  ...questionAndFillerWords,
  ...chatWords,
  ...offTopicTriggers,
]);
