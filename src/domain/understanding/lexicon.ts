/**
 * Curated Dutch word lists, one per concept, matched against normalised text (lowercase, no
 * diacritics). A term ending in `*` matches any word that starts with it; spaces match any run of
 * spaces. The lists name what is happening (a weapon, a hand on a throat, a booked flight), so that
 * new wording of the same situation is still recognised.
 */
/** Global: iterate with matchAll, never call test() on it (it would keep lastIndex). */
export type Lexicon = RegExp;

export function lexicon(terms: readonly string[]): Lexicon {
  // The word boundaries are written once per list, not once per term: every \p{L} in a pattern costs V8 a
  // Unicode table when the pattern is built, and the lists hold hundreds of terms (loading this module took 205 ms, now 29).
  const whole: string[] = [];
  const prefixes: string[] = [];
  const open: string[] = [];
  for (const term of terms) {
    const words = term.split(' ');
    const last = words.pop()!;
    const lead = words.map((word) => `${wordPattern(word)}\\s+`).join('');
    if (last === '*') open.push(`${lead}\\S+`);
    else if (last.endsWith('*')) prefixes.push(lead + escape(last.slice(0, -1)));
    else whole.push(lead + escape(last));
  }
  const groups = [
    whole.length > 0 ? `(?:${whole.join('|')})(?!\\p{L})` : '',
    prefixes.length > 0 ? `(?:${prefixes.join('|')})\\p{L}*` : '',
    open.length > 0 ? `(?:${open.join('|')})` : '',
  ].filter(Boolean);
  return new RegExp(`(?<!\\p{L})(?:${groups.join('|')})`, 'gu');
}

/** A word inside a term: "*" is any word, "seksue*" any word that starts so, otherwise the word itself. */
function wordPattern(word: string): string {
  if (word === '*') return '\\S+';
  return word.endsWith('*') ? `${escape(word.slice(0, -1))}\\p{L}*` : escape(word);
}

/** Whether the text names the concept anywhere (search() ignores the global flag's lastIndex). */
export function mentions(words: Lexicon, text: string): boolean {
  return text.search(words) !== -1;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Hij zit aan ze", "helpt met omkleden", "zijn hand onder haar shirt": touching told of someone, for the sexual signal and for a worker suspected. */
export const TOUCHED_BY_SOMEONE = [
  'aan ze zit', 'aan ze zat', 'aan ze zitten', 'aan ze gezeten', 'aan hen zit', 'aan hen zat', 'helpt met omkleden', 'hielp met omkleden', 'helpt bij het omkleden',
  'hand onder haar shirt', 'hand onder zijn shirt', 'hand onder haar trui', 'hand onder zijn trui', 'handen onder haar shirt', 'handen onder haar trui',
] as const;

export const Words = {
  weapon: lexicon([
    'vleesmes*', 'broodmes*', 'stanleymes*', 'aardappelmes*', 'schilmes*', 'slagersmes*', 'koksmes*', 'hakmes*', 'steakmes*', 'mesje', 'mesjes',
    'mes', 'messen', 'keukenmes*', 'zakmes*', 'vlindermes*', 'jachtmes*', 'vismes*', 'survivalmes*', 'dolk*', 'stiletto*', 'vuurwapen*', 'pistool*', 'alarmpistool*', 'revolver*', 'geweer*', 'geweren', 'jachtgeweer*', 'jachtgeweren', 'jachtakte', 'luchtbuks*', 'buks', 'kruisboog*',
    'wapen', 'wapens', 'bijl', 'hakbijl', 'knuppel*', 'honkbalknuppel*', 'boksbeugel*', 'taser*', 'machete*', 'zwaard', 'zwaarden', 'samoeraizwaard*',
    'schaar', 'hamer', 'breekijzer*', 'kapmes*', 'steekwapen*', 'nepwapen*', 'alarmpistool*', 'kogel*', 'munitie',
    // Tools and things at hand that are turned on someone ("met een schroevendraaier zijn vrouw bedreigen").
    'schroevendraaier*', 'koevoet*', 'moersleutel*', 'ijzeren staaf', 'ijzeren staven', 'gebroken fles', 'kapotte fles', 'baseballknuppel*', 'pepperspray', 'traangas',
    'neerschiet*', 'neersteken', 'neergestoken', 'steekpartij*', 'schieten', 'doodschieten',
  ]),
  /** What happens with a weapon: held, shown, used, kept, brought. */
  weaponUse: lexicon([
    'heeft', 'had', 'hebben', 'pakt*', 'pakte*', 'gepakt', 'haalt*', 'haalde*', 'gehaald', 'zwaai*', 'gezwaaid', 'draagt', 'droeg',
    'dreig*', 'bedreig*', 'gedreigd', 'ligt', 'lag', 'liggen', 'bewaar*', 'verstop*', 'laat* zien', 'liet* zien', 'getoond', 'toont',
    'meegenomen', 'mee naar', 'bij zich', 'op zak', 'in huis', 'in zijn tas', 'in haar tas', 'onder zijn kussen', 'onder haar kussen',
    'gestoken', 'steekt', 'stak', 'geschoten', 'schiet', 'schoot', 'richt*', 'gericht', 'tegen haar keel', 'tegen zijn keel', 'op haar', 'op hem', 'met een', 'met het',
  ]),
  threatVerb: lexicon([
    'belde', 'belt', 'gebeld', 'op speaker', 'aan de telefoon', 'door de telefoon',
    'dreig*', 'bedreig*', 'gedreigd', 'zegt', 'zei', 'zeggen', 'gezegd', 'roept', 'riep', 'geroepen', 'schreeuw*', 'app*', 'geappt', 'stuurt', 'stuurde',
    'gestuurd', 'schreef', 'schrijft', 'bericht*', 'berichtje*', 'sms*', 'belooft', 'beloofde', 'waarschuw*', 'gewaarschuwd', 'als je', 'als ze', 'als hij',
  ]),
  /** What a threat says will happen: death, serious harm, the children taken. */
  threatHarm: lexicon([
    'heeft niemand ze', 'krijgt niemand ze', 'heeft niemand de kinderen', 'krijgt niemand de kinderen', 'allemaal meeneemt', 'allemaal mee neemt', 'neem ik ze mee en', 'neem ik de kinderen mee en',
    'niet meer hoeft te leven', 'hoeft niet meer te leven', 'niet meer zal leven', 'niet meer leeft', 'maken we het af', 'maken we het vanavond af', 'je bent gewaarschuwd', 'ben je gewaarschuwd', 'schiet * neer', 'schiet * * neer', 'schiet ik * neer', 'schiet ik ze * neer', 'neerschieten', 'neer te schieten', 'knal * neer', 'knal ik * neer',
    'niet levend', 'niet meer levend', 'komt er niet levend', 'is het klaar met je', 'klaar met je', 'dan is het klaar', 'klaar met jou',
    'is het over met', 'over met jou', 'afgelopen met jou', 'je bent er geweest', 'je laatste dag',
    'keel doorsnij*', 'keel door te snijden', 'keel doorgesneden', 'keel afsnij*', 'steek * neer', 'steekt * neer', 'schiet * neer', 'schiet * dood', 'sla * dood', 'slaat * dood', 'maakt * af', 'maak * af', 'maakt het * af', 'maak het * af', 'maak ik het af', 'maak ik jullie af', 'maakt hij het af', 'afmaakt',
    'in de fik', 'in de hens', 'kapot maak*', 'zien jullie * nooit meer', 'zie je * nooit meer', 'zien * nooit meer terug', 'de kinderen wat', 'kinderen iets aan', 'doet * de kinderen wat',
    'vermoord*', 'doodmak*', 'dood te maken', 'dood maken', 'maak * dood', 'maakt * dood', 'maken * dood', 'doodschiet*', 'dood te schieten',
    'afmak*', 'af te maken', 'afgemaakt', 'kapotmak*', 'kapot te maken', 'maak je kapot', 'maakt haar kapot', 'maakt hem kapot', 'maak je af',
    'iets aan te doen', 'iets aandoen', 'iets aandoet', 'iets zal aandoen', 'iets gaat aandoen', 'in brand', 'kop eraf', 'nek om', 'nek omdraaien',
    'laten verdwijnen', 'nooit meer zien', 'nooit meer terugzien', 'kinderen afpakken', 'kinderen meenemen', 'kinderen mee te nemen', 'meenemen naar',
    'mee te nemen naar', 'te grazen', 'afrekenen', 'weet waar je woont', 'weet waar ze woont', 'weet waar hij woont', 'in elkaar slaan',
    'in elkaar te slaan', 'neerschiet*', 'neersteken', 'neer te steken', 'overhoop schiet*', 'overhoop te schieten', 'overhoop gestoken', 'ombreng*', 'om te brengen', 'uit het raam',
    'ben je dood', 'ben jij dood', 'krijgt niemand je', 'krijgt niemand jou', 'krijgt niemand haar', 'krijgt niemand hem', 'zal boeten', 'gaat boeten', 'spijt krijgen', 'er geweest', 'niet meer levend',
    'af * maken', 'af gaat maken', 'af te maken', 'afduw*', 'trap af', 'trap afduw*', 'van de trap duw*', 'doodslaan', 'dood slaan', 'kapot slaan', 'iets ergs',
  ]),
  throat: lexicon([
    'strot', 'keeltje',
    'keel', 'nek', 'hals', 'adem', 'lucht', 'luchtpijp']),
  squeeze: lexicon([
    'afdruk rond', 'afdrukken rond', 'striemen rond', 'rode afdruk*', 'rode striemen', 'hees', 'hoest', 'losliet', 'liet pas los',
    'handjes om', 'vast hield', 'vasthield', 'vastgehouden bij',
    'knijp*', 'kneep', 'geknepen', 'dichtgeknepen', 'dichtgedrukt', 'dichtdruk*', 'drukt*', 'drukte*', 'gedrukt', 'greep', 'gegrepen', 'grijpt',
    'vastgepakt', 'keel vastpakte', 'keel vastpakt', 'keel vastgreep', 'hals vastpakte', 'hals vastgreep', 'pakt* haar bij', 'pakte* hem bij', 'bij de keel', 'bij haar keel', 'bij zijn keel', 'bij de strot', 'naar de keel', 'om haar keel', 'om zijn keel', 'om haar nek', 'om zijn nek', 'geen lucht', 'geen adem',
    'kon niet ademen', 'kan niet ademen', 'niet meer ademen', 'stikken', 'gestikt', 'verstikk*', 'handen om', 'hand om', 'arm om', 'touw',
  ]),
  strangle: lexicon([
    'bijna flauwviel', 'bijna flauw', 'zwart voor de ogen', 'zwart voor zijn ogen', 'zwart voor haar ogen',
    'wurg*', 'gewurgd', 'verwurg*', 'keel dichtgeknepen', 'keel dichtgedrukt', 'nekklem', 'verstikt']),
  infant: lexicon([
    'peuter*', 'peutertje*', 'van anderhalf', 'anderhalf jaar', 'jaar of 2', 'jaar of twee', 'jaar oud',
    'baby*', 'zuigeling*', 'pasgebor*', 'newborn', 'wiegje', 'maxi cosi', 'maanden oud', 'weken oud', 'van * maanden', 'van * weken',
    'dreumes*', 'mnd', 'van * mnd', 'kraamzorg', 'kraamweek', 'kraamverzorg*', 'kraamvisite',
  ]),
  infantHarm: lexicon([
    'raar stil', 'zo stil', 'heel stil', 'erg stil', 'niet wil drinken', 'wil niet drinken', 'drinkt slecht', 'geduld verlo*', 'verloor zijn geduld', 'verloor haar geduld', 'achterhoofd', 'zwelling', 'deuk', 'bult*',
    'alleen op het balkon', 'niemand doet open', 'lalt', 'dronken', 'onder invloed', 'stoned', 'niks gegeten', 'niets gegeten', 'niet gegeten',
    'geschud', 'schudt', 'schudde', 'schudden', 'door elkaar', 'heen en weer', 'reageert niet*', 'reageert nauwelijks', 'reageert bijna niet*', 'reageert amper', 'reageerde niet*', 'slap', 'suf',
    'sufferig', 'bewusteloos', 'buiten bewustzijn', 'ademt niet', 'ademt raar', 'ademt moeilijk', 'ademhaling*', 'stuip*', 'trekkingen', 'blauw aangelopen',
    'huilt niet meer', 'wordt niet wakker', 'niet wakker te krijgen', 'gebroken', 'botbreuk*', 'brandwond*', 'blauwe plek*', 'hersenschudding', 'laten vallen', 'tegen de muur', 'hard neergelegd', 'gegooid', 'overgegeven', 'spuugt', 'braakt', 'bloed*', 'uitgedroogd', 'ondervoed',
    'gewicht verloren', 'drinkt niet', 'geen fles*', 'geen voeding', 'alleen gelaten', 'alleen thuis', 'stil en slap',
    'niet wakker*', 'wil niet wakker', 'bolle fontanel', 'fontanel bol', 'drinkt niks', 'drinkt niets', 'slaapt al de hele', 'slap en stil', 'rood plekje', 'plekje op', 'ademt zwaar', 'ademhaalt', 'niet meer huilt',
  ]),
  suicide: lexicon([
    // "Neem ik ze mee en ga ik er zelf ook aan": a parent who would die and take the children (an extended suicide).
    'ga ik er zelf ook aan', 'ga ik er ook aan', 'ga ik er zelf aan', 'gaan we er allemaal aan', 'gaan we er samen aan', 'er zelf ook aan gaan', 'mee de dood in', 'mee in de dood',
    // "Dan hoef ik het niet lang meer vol te houden": not having to hold out much longer ("ik hou het niet lang meer vol" is exhaustion).
    'hoef * niet lang meer', 'hoef * * niet lang meer', 'hoeft * niet lang meer', 'hoeft * * niet lang meer', 'hoef ik niet lang meer', 'hoeft ze niet lang meer', 'hoeft hij niet lang meer',
    'ben er * niet meer', 'ik er * niet meer', 'er morgen niet meer', 'gaskraan * geprobeerd', 'de volgende keer lukt het',
    'spullen weggegeven', 'alles weggegeven', 'spullen weg te geven', 'viaduct', 'spoorviaduct', 'tegen een boom', 'tegen de vangrail', 'niemand * missen', 'niemand gaat * missen', 'niemand haar * * missen', 'niemand hem * * missen', 'niemand me * * missen', 'niemand mij * * missen', 'niemand * haar * missen', 'niemand * hem * missen', 'niemand * me * missen', 'niemand * mij * missen', 'ben ik er niet meer', 'afscheid genomen',
    'het water in rij*', 'het water in te rijden', 'in het water rij*', 'het water in gaat rijden', 'springt', 'sprong', 'van het viaduct', 'van de flat', 'bij het spoor', 'op het spoor', 'dat ik van ze hou', 'dat ik van jullie hou',
    'zelfmoord', 'zelfmoorden', 'zelfmoordpoging*', 'zelfmoordgedacht*', 'zelfmoordplan*', 'zelfdoding', 'suicide', 'suicidepoging*', 'suicidegedacht*', 'suicideplan*', 'suicidaal', 'suicidale', 'su*cidaal', 'einde aan', 'eind aan', 'niet meer leven', 'niet meer wil leven',
    'niet meer wakker', 'dood wil', 'wil dood', 'dood willen', 'dood zijn', 'dood gaan', 'doodgaan', 'er niet meer zijn', 'niet meer bestaan', "d'r niet mie", 'er niet mie', 'niet mie bin', 'niet mie leve', 'niet mie leven', 'het gas open', 'het gas opendraai*', 'de gaskraan open*', 'er niet meer te zijn', 'er maar niet meer te zijn', 'er liever niet meer te zijn', 'van het leven beroven',
    'van kant', 'zich ophangen', 'zichzelf ophangen', 'zich op te hangen', 'verhangen', 'springen', 'te springen', 'voor de trein', 'van het dak', 'van de brug', 'afscheidsbrief*',
    'afscheidsbericht*', 'overdosis', 'zichzelf erbij', 'zichzelf en de kinderen', 'zichzelf en zijn kinderen', 'zichzelf en haar kinderen', 'zichzelf en de kids', 'neemt hij zichzelf', 'neemt ze zichzelf', 'en daarna zichzelf', 'en dan zichzelf', 'en dan mezelf', 'en daarna mezelf', 'mezelf erbij', 'zelf ook achteraan', 'zelf achteraan', 'met zichzelf erbij', 'zichzelf iets', 'zelf iets aan', 'snijwonden', 'automutil*', 'levensmoe*',
    'geen zin meer in het leven', 'beter af zonder', 'alles opgeven', 'eruit stappen', 'uit het leven', 'gaan we er * uit', 'gaan we er * * uit', 'gaan we er * * * uit', 'stappen we er * uit', 'stappen we er * * * uit', 'gaan we er samen uit', 'er samen uitstappen', 'liever dood', 'weet hoeveel', 'weet * hoeveel',
    'ben ik er niet meer', 'ik er niet meer ben', 'er niet meer zijn', 'er liever niet meer zou zijn', 'er * liever niet meer zou zijn', 'er liever niet meer was', 'slaappil*', 'touw', 'er een eind', 'er allebei niet meer', 'er samen niet meer', 'er allebei niet meer waren', 'beter * als we er niet meer', 'beter * als ze er niet meer',
    'lege strips', 'lege strip', 'lege pillenstrips', 'lege doosjes pillen', 'lege potjes pillen', 'strips leeg',
  ]),
  /** A ritual named without its name: FGM/C only together with a trip and a girl. */
  vgvWeak: lexicon(['ritueel', 'meisjesfeest', 'feest voor meisjes', 'speciaal meisje', 'feest voor haar', 'feest alleen voor haar', 'grote meid', 'groot feest', 'grote feest', 'voor een feest', 'een feest krijgt', 'feest waar het pijn doet', 'rituelen', 'traditionele', 'traditie', 'het feest voor meisjes', 'volgens de traditie', 'echt meisje', 'echt groot meisje', 'groot meisje wordt', 'grote meid wordt', 'echte vrouw', 'een echte vrouw', 'haar klaarmaken', 'haar * klaarmaken', 'haar klaar maken', 'haar klaar te maken', 'klaarmaken voor later', 'klaar maken voor later', 'haar rein maken', 'haar rein te maken']),
  /** A high place someone can jump from. */
  highPlace: lexicon([
    'op het dak', 'op de rand', 'op de brug', 'op het viaduct', 'op de flat', 'bovenop de', 'boven op de', 'parkeergarage', 'op het spoor',
    'bij het spoor', 'van het spoor', 'bij de overweg', 'op de overweg', 'van de overweg', 'naar de overweg', 'naar het spoor', 'spoorwegovergang', 'op de balustrade', 'over de reling', 'op de reling', 'hoogste verdieping', 'bovenste verdieping', 'op het balkon',
  ]),
  /** Words of farewell, or someone gone silent after them. */
  farewell: lexicon([
    'niemand mist me', 'niemand mist mij', 'niemand zal me missen', 'niemand gaat me missen', 'niemand zou me missen',
    'afscheid wil nemen', 'afscheid nemen van', 'afscheid komen nemen', 'afscheid te nemen',
    'is beter zo', 'beter zo', 'sorry dat ik', 'sorry voor alles', 'het spijt me', 'vaarwel', 'zorg goed voor', 'tot last', 'niemand meer tot last',
    'reageert niet meer', 'neemt niet op', 'neemt niet meer op', 'dag allemaal', 'doei allemaal', 'dag iedereen', 'doei iedereen', 'is het klaar', 'is het voorbij', 'is het over', 'dank voor alles', 'bedankt voor alles', 'laatste bericht', 'mijn laatste', 'kan niet meer',
    'om dag te zeggen', 'om gedag te zeggen', 'voor als het zover is', 'als het zover is', 'niet meer nodig', 'lukt het wel', 'volgende keer lukt het', 'doe ik het goed', 'het goed doen', 'niet genoeg was', 'mooi afgerond', 'netjes afgerond', 'alles afgerond', 'alles geregeld', 'netjes afronden', 'netjes gaat afronden', 'er klaar mee', 'aan de buren gegeven', 'heeft weggegeven', 'weggegeven aan',
    'voor iedereen gaat oplossen', 'voor iedereen oplossen', 'het voor iedereen oplost', 'laatste keer dat ik', 'zeg maar sorry', 'zeg * sorry tegen', 'zeg sorry tegen', 'alles afsluit', 'alles netjes afsluit', 'de boel afsluit', 'alles afsluiten', 'briefjes voor', 'brieven voor', 'envelop voor', 'enveloppe voor', 'afscheidsbriefje*', 'druk om mij', 'druk om me', 'zorgen om mij te maken', 'welk spoor', 'bij het spoor', 'naar het spoor',
  ]),
  /** Means of suicide that someone has at hand. */
  suicideMeans: lexicon([
    'een touw', 'een strop', 'touw in de garage', 'touw op zolder',
    'morfine', 'oxycodon', 'opiaten', 'insuline',
    'oxazepam', 'diazepam', 'temazepam', 'lorazepam', 'benzo*', 'slaappil*', 'slaapmiddel*', 'slaaptablet*', 'tabletten', 'pilletjes', 'paracetamol', 'antidepressiva', 'pillen', 'medicijnen',
    'strip*', 'doosje*', 'wodka', 'drank', 'touw', 'strop', 'scheermes*', 'mesje', 'mesjes', 'mes', 'gas', 'gaskraan',
  ]),
  /** Got ready, put within reach. */
  readied: lexicon([
    'spaart', 'spaar*', 'genoeg is', 'verzamelt', 'opspaart', 'bij elkaar gezocht', 'bij elkaar * gezocht', 'bij elkaar gezet', 'bij elkaar gelegd', 'bij elkaar * gelegd', 'bij elkaar gespaard',
    'klaarstaan', 'klaar staan', 'klaarliggen', 'klaar liggen', 'klaar heeft liggen', 'klaar heb liggen', 'klaar had liggen', 'klaargelegd', 'klaar gelegd', 'klaargelag*', 'klaargezet', 'klaar gezet', 'liggen klaar', 'staan klaar',
    'ligt klaar', 'staat klaar', 'verzameld', 'gespaard', 'opgespaard', 'gehamsterd', 'laten zien', 'liet zien', 'gaat doen', 'gaat het doen', 'het echt gaat doen', 'ga het doen',
  ]),
  /** A suspected perpetrator just released, or a ban on contact that keeps him away. */
  released: lexicon([
    'vrijkomt', 'komt vrij', 'komt * vrij', 'vrijgelaten', 'wordt * vrijgelaten', 'uit de cel', 'uit de gevangenis', 'uit detentie', 'uit de bak', 'huisverbod', 'contactverbod',
    'straatverbod', 'gebiedsverbod', 'locatieverbod',
  ]),
  /** Medicine someone depends on. */
  medication: lexicon(['insuline', 'medicijn*', 'epilepsiemedicijn*', 'medicatie', 'epilepsiemedicatie', 'hartmedicatie', 'pufjes', 'inhalator', 'pillen']),
  /** Taken away or not given. */
  withheld: lexicon([
    'weggehaald', 'afgepakt', 'weggenomen', 'weggegooid', 'verstopt', 'weggestopt', 'achtergehouden', 'onthouden', 'niet gehad', 'niet gekregen',
    'niet meer gehad', 'niet meer gekregen', 'krijgt geen', 'geeft geen', 'niet meer nodig', 'niet gegeven',
  ]),
  /** A plan, means or moment: what makes suicidal talk urgent. */
  suicidePlan: lexicon([
    'plan', 'plannen', 'gepland', 'pillen', 'medicijnen', 'touw', 'mes', 'scheermes*', 'mesjes', 'trein', 'spoor', 'brug', 'dak', 'flat', 'balkon',
    'vanavond', 'vannacht', 'morgen', 'straks', 'vandaag', 'dit weekend', 'verzameld', 'gespaard', 'opgespaard', 'afscheid*', 'brief', 'briefje',
    'geprobeerd', 'poging', 'heeft al', 'gesneden', 'wanneer', 'hoe ze', 'hoe hij', 'manier', 'nu',
  ]),
  /** Self-harm: acute only with a time, means at hand or farewell words (dangerSituations.ts). */
  cutting: lexicon(['opengesneden', 'open gesneden', 'opengekrast', 'scheermes*', 'armen zijn open', 'onderarmen zijn open', 'polsen zijn open', 'zelfbeschadig*', 'snijdt zich*', 'snijdt zichzelf', 'krast zich*', 'zichzelf snijden', 'zichzelf te snijden', 'zichzelf pijn', 'snijdt', 'sneed', 'gesneden', 'snijden', 'sneden', 'krast', 'kraste', 'gekrast', 'krassen', 'snijwond*', 'sneetjes', 'verwondt zich*', 'brandt zich*', 'met een aansteker', 'van een aansteker', 'diepe snee*', 'sneeen', 'zich * gebrand', 'zich * * gebrand', 'zich * * * gebrand', 'zichzelf gebrand', 'peuken gebrand', 'foto van zijn polsen', 'foto van haar polsen', 'foto van zijn pols', 'foto van haar pols', 'foto van zijn armen', 'foto van haar armen']),
  vgv: lexicon([
    'besnijd*', 'besneden', 'meisjesbesnijd*', 'vgv', 'genitale verminking', 'verminking', 'gesneden worden', 'ingrepen daar beneden',
    'dichtgenaaid', 'infibulatie', 'sunna', 'kasr', 'schoon gemaakt', 'rein gemaakt', 'meisje rein te maken', 'haar rein te maken', 'dochter rein te maken', 'rein te laten maken', 'rein laten maken', 'gereinigd', 'volwassen vrouw wordt gemaakt',
    'echte vrouw', 'echt een vrouw', 'vrouw te worden', 'tot vrouw gemaakt', 'zij vrouw wordt', 'ze vrouw wordt', 'ze een vrouw wordt', 'besnijdenisfeest', 'schoongemaakt', 'besnijden*',
  ]),
  marriage: lexicon([
    'trouwjurk', 'trouwkleding',
    'moet verloven', 'zich moet verloven', 'uithuwelijk*', 'uitgehuwelijkt', 'huwelijksdwang', 'neef op haar', 'neef * op haar wacht', 'man op haar wacht', 'gedwongen huwelijk*', 'trouwen', 'getrouwd', 'huwelijk', 'bruiloft', 'verloofd', 'verloving',
    'man voor haar', 'neef voor haar', 'voor haar uitgekozen', 'voor haar heeft uitgekozen', 'vrouw voor hem', 'neef trouwen', 'met haar neef', 'met een neef', 'echtgeno*', 'bruid',
  ]),
  leftAbroad: lexicon([
    'op het vliegtuig * gezet', 'in het vliegtuig * gezet', 'op het vliegtuig wordt gezet', 'een school in het buitenland', 'school in het buitenland',
    'enkele reis', 'enkeltje', 'daar * blijven', 'daar * * blijven', 'daar * * * blijven', 'daar * * * * blijven', 'moet blijven wonen', 'echte moslim', 'heropvoeding',
    'op het vliegtuig gezet', 'in het vliegtuig gezet', 'niet terug mag', 'school in het buitenland',
    'achterlat*', 'achtergelaten', 'achterlaten', 'daar blijven', 'blijft daar', 'blijven daar', 'niet meer terug', 'niet terug*', 'komt niet terug',
    'terugsturen', 'teruggestuurd', 'heropvoed*', 'opgevoed worden', 'opvoeden in', 'naar familie gestuurd', 'gestuurd naar familie', 'naar familie in * gestuurd', 'naar familie in * sturen', 'bij familie laten', 'naar een school in',
    'koranschool', 'internaat in', 'terugreis * niet geboekt', 'terugreis * * niet geboekt', 'geen terugreis', 'geen retour', 'paspoort afgepakt', 'paspoort ingenomen', 'eerwraak',
    'voor lange tijd', 'voor heel lang', 'voor onbepaalde tijd', 'hoelang weet ze niet', 'hoe lang weet ze niet', 'in het land blijft', 'in het land blijven', 'land blijft', 'daar naar school', 'daar blijft', 'blijft daar', 'voor altijd', 'voorgoed', 'wil niet mee', 'paspoort', 'niet meer terugkomen', 'niet terugkomen',
  ]),
  departure: lexicon([
    'vliegveld', 'schiphol', 'enkeltje', 'op het vliegtuig',
    'vakantie', 'zomervakantie', 'kerstvakantie', 'meivakantie', 'herfstvakantie', 'voorjaarsvakantie', 'reis', 'reizen', 'vlucht', 'vliegticket*',
    'ticket*', 'tickets', 'geboekt', 'vliegen', 'vliegt', 'vliegtuig', 'vertrek*', 'vertrekt', 'gaat weg', 'gaan weg', 'buitenland', 'land van herkomst',
    'thuisland', 'naar marokko', 'naar turkije', 'naar somalie', 'naar egypte', 'naar soedan', 'naar eritrea', 'naar ethiopie', 'naar irak',
    'naar afghanistan', 'naar pakistan', 'naar india', 'naar syrie', 'naar guinee', 'naar sierra leone', 'naar mali', 'naar nigeria', 'naar gambia',
    'naar indonesie', 'naar iran', 'naar het buitenland', 'naar familie', 'opa en oma in', 'oma in', 'familie in', 'naar het land', 'koffers',
    'paspoort*', 'volgende week', 'over twee weken', 'deze zomer', 'komende zomer', 'morgen', 'overmorgen', 'dit weekend', 'zaterdag', 'zondag',
    'vertrekken', 'ingepakt', 'koffer', 'over vijf dagen', 'over een week', 'over * dagen', 'vrijdag', 'donderdag', 'maandag', 'dinsdag', 'woensdag', 'naar irak', 'na de zomer',
  ]),
  locked: lexicon(['de deur niet uit mag', 'mag de deur niet uit', 'mag het huis niet uit', 'het huis niet uit mag', 'niet weg mag', 'mag niet weg', 'grendel dicht', 'op de grendel', 'met een grendel', 'van buitenaf op slot', 
    'van buiten dicht', 'van buiten op slot', 'slot aan de buitenkant', 'slot op de buitenkant', 'deur op slot', 'deur gaat op slot', 'kamer op slot', 'moet op zijn kamer blijven', 'moet op haar kamer blijven', 'moet op mijn kamer blijven',
    'zit in de kast', 'zat in de kast', 'moet in de kast', 'moest in de kast', 'in de kast gezet', 'in de kast gestopt', 'zit in de kelder', 'zat in de kelder', 'in de kelder zit', 'in de kelder zat', 'in de kast zit', 'in de schuur zit', 'in het hok zit', 'mag er pas uit', 'mag er pas weer uit', 'er pas uit mag', 'er pas weer uit mag', 'moet in de kelder', 'moest in de kelder', 'in de kelder gezet', 'in de kelder gestopt',
    'in het hok gezet', 'moet in het hok', 'zit in het hok', 'in de schuur gezet', 'moet in de schuur', 'moest in de schuur', 'zit in de schuur', 'slaapt in de schuur', 'slaapt in de kelder', 'slaapt in de kast', 'in de kast moet', 'in de kast moest', 'in de kelder moet', 'in de kelder moest', 'in de schuur moet', 'in het hok moet',
    'opgesloten', 'binnengesloten', 'binnen gesloten', 'binnen heeft gesloten', 'ingesloten', 'opsluit*', 'sluit haar op', 'sluit hem op', 'sluiten haar op', 'sloot haar op', 'sloot hem op', 'op slot', 'opgesloten in',
    'mag niet naar buiten', 'mag het huis niet uit', 'het huis niet uit laat', 'laat haar het huis niet uit', 'laat hem het huis niet uit', 'mag de deur niet uit', 'mag niet meer naar buiten', 'mag haar kamer niet uit', 'mag zijn kamer niet uit',
    'komt de deur niet uit', 'sleutel afgepakt', 'sleutels afgepakt', 'vastgebonden', 'vastbind*', 'vastgezet', 'houdt haar vast',
    'houdt hem vast', 'telefoon afgepakt', 'gevangen', 'niet weg mag', 'mag niet weg',
    'laat haar niet gaan', 'laat hem niet gaan', 'laat niemand binnen', 'niemand mag binnen', 'mag niemand zien', 'geisoleerd',
  ]),
  /** Deprivation that endangers health now, whatever the wording around it. */
  deprivedSevere: lexicon([
    'slot op de koelkast', 'koelkast op slot', 'pas eten als', 'pas eten krijgt', 'sinds gisteren niks', 'sinds gisteren niets', 'sinds gisteren geen eten', 'bijna niks gegeten', 'bijna niets gegeten', 'niks heeft gegeten', 'niets heeft gegeten', 'ouders zijn weg',
    'uitgehongerd', 'ondervoed', 'uitgedroogd', 'medicijnen afgepakt', 'medicatie afgepakt', 'medicijnen weggenomen', 'medicatie weggenomen',
    'medicijnen weggegooid', 'pillen afgepakt', 'insuline afgepakt', 'krijgt geen insuline', 'geen insuline', 'krijgt haar medicijnen niet',
    'krijgt zijn medicijnen niet', 'krijgt geen medicijnen', 'krijgt geen medicatie', 'medicijnen worden onthouden', 'medicatie wordt onthouden',
    'in eigen ontlasting', 'in haar eigen ontlasting', 'in zijn eigen ontlasting', 'doorligwond*', 'al dagen alleen', 'al uren alleen',
    'dagen alleen thuis', 'alleen thuis gelaten', 'sinds * alleen thuis', 'sinds * * alleen thuis', 'al * dagen alleen', 'moeder onbekend waar', 'ouders onbekend waar', 'moeder is onbekend waar', 'is niet opgehaald', 'werd niet opgehaald', 'wordt niet opgehaald', 'niet opgehaald door', 'nooit opgehaald', 'buiten moeten slapen', 'buiten moet slapen', 'buiten geslapen',
    'geen eten meer', 'niets meer gegeten', 'niks meer gegeten', 'dagen niet gegeten', 'dagen niks gegeten', 'dagen niets gegeten',
    'dagen geen eten', 'krijgt niets te eten', 'krijgt niks te eten', 'krijgt geen eten', 'krijgen geen eten', 'mag niet eten', 'eten afgepakt',
    'eten onthouden', 'geen drinken', 'geen water', 'niet verschoond', 'ligt al dagen', 'al dagen in bed', 'laat haar liggen', 'laat hem liggen',
    'geen verwarming en', 'sinds * niks gegeten', 'sinds * niets gegeten', 'in de kou laten', 'krijgt geen zorg', 'krijgt geen verzorging',
    'zonder eten', 'dagen zonder eten', 'niks te eten', 'niets te eten', 'thuis niks te eten', 'thuis niets te eten', 'thuis niks gegeten', 'thuis niets gegeten', 'niet meer opstaat', 'staat niet meer op', 'insuline niet', 'medicijnen niet meer', 'medicatie niet meer', 'pennen weggestopt', 'weggestopt', 'geen eten thuis',
  ]),
  /** The coming hours or days: tonight, after school, this weekend. */
  soon: lexicon([
    'thuiskom', 'thuis kom', 'thuiskomen', 'alleen met papa', 'alleen met mama',
    'vanavond', 'vannacht', 'straks', 'zo meteen', 'zometeen', 'dadelijk', 'vanmiddag', 'na school', 'na schooltijd', 'thuiskomt', 'thuis komt',
    'als ze thuiskomt', 'als hij thuiskomt', 'om drie uur', 'om vier uur', 'dit weekend', 'komend weekend', 'het weekend', 'zaterdag', 'zondag',
    'morgen', 'morgenochtend', 'vanmorgen', 'vandaag', 'ophalen', 'opgehaald wordt',
    "'s nachts", 's nachts', 'vrijdag', 'donderdag', 'maandag', 'dinsdag', 'woensdag', 'elke vrijdag', 'elk weekend', 'vanavond weer', 'als hij weer',
  ]),
  /** Harm that a person expects or fears. */
  harmExpected: lexicon([
    'zijn mond houdt', 'haar mond houdt', 'zijn mond wel houdt', 'wel zal zien of', 'zal wel zien of', 'krijgt ervan langs', 'krijgt op zijn donder', 'krijgt op haar donder',
    'klaar met je', 'doet hij weer', 'doet ze weer', 'in bed', 'in mijn bed', 'dat ding', 'mag straffen', 'mag * straffen', 'straffen zoals',
    'is het weer raak', 'weer raak', 'het raak', 'woest', 'me nog schuldig bent', 'me nog schuldig', 'je schuld afbetalen', 'je schuld terugbetalen', 'schuld afwerken', 'schuld af te betalen', 'schuld af te werken', 'moet werken om', 'moet werken voor hem', 'moet ik werken', 'moet ze werken', 'met een klant', 'naar een klant',
    'mijn straf', 'mn straf', "m'n straf", 'zijn straf', 'haar straf', 'naar mijn kamer', 'naar haar kamer', 'naar zijn kamer', 'gekneusd*',
    'ben ik dood', 'ben ik er geweest', 'maakt hij me af', 'maakt ze me af', 'vermoordt hij me', 'vermoordt ze me',
    'misgaat', 'mis gaat', 'in het ziekenhuis', 'als het begint', 'schoenen aan', 'de kinderen wat',
    'slaan', 'slaat', 'geslagen', 'klappen', 'klap', 'pak slaag', 'pak rammel', 'afrekenen', 'in elkaar',
    'vermoord*', 'dood', 'mishandel*', 'schoppen', 'trappen', 'riem',
    'weer doet',
    'misbruik*', 'aanrand*', 'verkracht*',
    'in zijn bed', 'in haar bed',
    'slaag', 'stok', 'met de stok', 'met de riem', 'aan de beurt', 'zuip*', 'komt hij in', 'in mijn kamer', 'in haar kamer', 'in zijn kamer', "'s nachts in", 'naar mijn bed', 'aan mij zitten', 'aan me zitten',
  ]),
  /** Harm someone may expect, but only together with home or a family member. */
  harmWeak: lexicon([
    'woest',
    'boos', 'woedend', 'razend', 'ontploft', 'dronken', 'drinkt', 'onder invloed', 'pijn', 'bang', 'durft niet', 'doodsbang', 'in paniek', 'terug naar huis', 'naar huis te gaan', 'thuis slapen', 'bij hem slapen', 'bij haar slapen', 'op bezoek', 'bezoek', 'omgang', 'omgangsregeling', 'logeren', 'logeert', 'weet niet wat er gaat gebeuren', 'weer mis', 'het weer gebeurt', 'weer gebeuren', 'weer doet', 'straf', 'gestraft',
  ]),
  fear: lexicon([
    'stiekem', 'briefje', "'help'", 'om hulp',
    'niet thuis wil*', 'wil niet thuis', 'niet naar huis wil*', 'wil niet naar huis', 'niet naar huis durf*', 'durft niet naar huis',
    'fluister*', 'gefluisterd', 'niet navertel*', 'mag het niet horen', 'mag niks zeggen', 'mag niets zeggen', 'niks mag zeggen', 'begint te huilen', 'in tranen',
    'gilt', 'krijst', 'klampt zich', 'hangt aan mijn been', 'hangt aan mn been', 'wil niet mee', 'niet mee wil','bang', 'doodsbang', 'angstig', 'durft niet', 'durf niet', 'durfde niet', 'in paniek', 'trilt', 'trillend', 'huilend', 'overstuur', 'angst']),
  home: lexicon([
    'pa', 'ma', 'pap', 'mam', 'stiefpa', 'stiefma', 'vriend van mama', 'vriend van ma', 'vriend van moeder',
    'naar huis', 'thuis', 'huis', 'vader', 'moeder', 'papa', 'mama', 'stiefvader', 'stiefmoeder', 'ouders', 'partner', 'man', 'vrouw', 'vriend',
    'ex', 'broer', 'oom', 'opa',
  ]),
  injury: lexicon([
    'brandplek*', 'dicht oog', 'dik oog', 'gescheurde lip', 'gezwollen pols',
    'blauwe plek*', 'blauw oog', 'blauwe ogen', 'dikke lip', 'kapotte lip', 'gesprongen lip', 'bloed*', 'wond*', 'verwond*', 'snee', 'sneeen',
    'gebroken', 'breuk', 'botbreuk*', 'brandwond*', 'bult', 'bulten', 'gezwollen', 'opgezwollen', 'striemen', 'krassen', 'schram*', 'letsel',
    'hinkt', 'mank', 'kan niet lopen', 'kan haar arm niet', 'kan zijn arm niet', 'pijn aan', 'veel pijn', 'hoofdwond', 'hechtingen', 'gehecht',
    'verband', 'gips', 'afdrukken', 'vingerafdrukken', 'handafdruk*', 'rode plekken', 'plukken haar', 'kale plek', 'tanden', 'tand',
  ]),
  /** The suspected perpetrator close by, on the way, or waiting. */
  perpetratorNear: lexicon([
    'aan de overkant', 'overkant van de straat', 'staat al een uur', 'staat al * uur', 'blijft rondhangen', 'rijdt rondjes', 'rijdt langs', 'is nu in', 'is nu zelf', 'nu zelf in', 'is in school', 'is op school', 'in het gebouw', 'is nu hier', 'zit naast haar', 'zit naast hem', 'antwoordt voor haar', 'antwoordt steeds voor', 'antwoordt voor hem', 'staat bij de deur', 'bij de deur', 'zit nog in', 'is nog in', 'in de huiskamer', 'staat naast', 'zit naast', 'langskomt', 'langs komt', 'komt langs', 'staat er', 'komt halen', 'hier is', 'over * min', 'over * minuten', 'is zo hier', 'komt hierheen',
    'naar haar toe komt', 'naar hem toe komt', 'naar haar toe', 'naar hem toe', 'motor aan', 'met draaiende motor', 'in de gang', 'loopt te ijsberen', 'mee naar huis nemen', 'mee naar huis', 'tegen advies in',
    'bij het hek', 'staat bij het hek', 'staat aan de deur', 'bonkt op de deur', 'bonst op de deur', 'bonkt erop', 'bonst erop', 'op te halen', 'staat naast haar', 'staat naast hem', 'waar hij bij is', 'waar zij bij is',
    'wacht buiten', 'wacht op haar', 'wacht op hem', 'wacht voor', 'wachten buiten', 'staat buiten', 'staat voor de deur', 'staat voor de school',
    'staat bij de poort', 'staat op het plein', 'staat op het schoolplein', 'staat te wachten', 'zit in de auto', 'zit buiten', 'in de wachtkamer',
    'zit in de wachtkamer', 'zit hiernaast', 'is erbij', 'was erbij', 'loopt mee', 'komt haar halen', 'komt hem halen', 'komt haar ophalen',
    'komt hem ophalen', 'haalt haar op', 'haalt hem op', 'haalt haar straks', 'haalt hem straks', 'komt zo', 'komt straks', 'komt eraan', 'is onderweg',
    'onderweg naar', 'staat al', 'laat haar niet alleen', 'laat hem niet alleen', 'wijkt niet', 'niet van haar zijde', 'praat voor haar',
    'praat voor hem', 'ophalen', 'opgehaald', 'komt ophalen', 'aan de deur', 'voor de deur', 'op de gang', 'in de gang', 'bij de ingang',
    'te wachten', 'zit in de hal', 'in de hal', 'in de gang te wachten', 'wil hem meenemen', 'wil haar meenemen', 'meteen meenemen', 'mee naar huis nemen', 'staat klaar',
    'staat * te kijken', 'staat * te schreeuwen', 'staat te schreeuwen', 'staat te roepen', 'staat daar', 'daar staat', 'op de parkeerplaats', 'buiten staat', 'langs de lijn', 'staat erbij', 'is hier', 'is ook hier', 'zit erbij', 'staat gewoon', 'zit gewoon',
  ]),
  /** Something going on right now. */
  rightNow: lexicon([
    'op de achtergrond', 'tijdens het bellen', 'tijdens het videobellen', 'aan de telefoon',
    'nu', 'op dit moment', 'op het moment', 'momenteel', 'op ditzelfde moment', 'terwijl ik', 'ik hoor', 'hoor ik', 'hoort', 'horen', 'net', 'zojuist',
    'zonet', 'zo net', 'nog steeds', 'gaande', 'bezig', 'aan de gang', 'is begonnen', 'nu al', 'sinds een uur', 'sinds vanochtend',
  ]),
  violence: lexicon([
    'slaat', 'slaan', 'geslagen', 'sloeg', 'schopt', 'schoppen', 'geschopt', 'schopte', 'trapt', 'trappen', 'getrapt', 'mishandel*', 'vecht',
    'vechten', 'gevochten', 'knokken', 'klappen', 'geschreeuw', 'gegil', 'gilt', 'gillen', 'gooit', 'gooien', 'smijt', 'sleurt', 'duwt', 'stompt',
    'ramt', 'beukt', 'in elkaar', 'tekeer', 'door het lint', 'slaande ruzie', 'met spullen', 'aan de haren', 'aan haar haren', 'tegen de muur',
    'tegen de grond', 'op de grond', 'bloedt', 'dreigend', 'agressief', 'ramen in', 'deur in',
    'bonk*', 'gebonk', 'gestommel', 'stop papa', 'stop mama', 'roept help', 'gilt help', 'au', 'horen slaan',
  ]),
} as const;
