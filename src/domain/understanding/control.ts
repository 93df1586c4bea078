/** Short messages that steer the conversation rather than ask something. */
export type ControlWord = 'thanks' | 'signOff' | 'ok' | 'whoAreYou' | 'language' | 'stop' | 'cancel' | 'back' | 'start' | 'help' | 'privacy' | 'detailsTyped' | 'greeting' | 'yes' | 'no' | 'dontKnow';

const PATTERNS: readonly [ControlWord, RegExp][] = [
  ['thanks', /^(?:(?:heel |hartelijk |super |alvast )?(?:bedankt|dank ?je(?: ?wel)?|dank u(?: ?wel)?|dankjewel|dankuwel|thanks|thank you|thx|top,? bedankt|fijn,? bedankt|merci|tnx))(?: voor (?:je|de|uw) (?:hulp|antwoord|uitleg|info))?$/],
  ['ok', /^(?:ok|oke|okay|okey|okidoki|prima|goed|helder|duidelijk|top|fijn|mooi|begrepen|ik snap het|snap ik|ah ok|ah oke|ja ok|ja oke|ok dan|oke dan|is goed|allright|alright|ok thanks|ok bedankt|ok dank je)$/],
  ['whoAreYou', /^(?:ben (?:je|jij) (?:nou |wel )?(?:een )?(?:echte? )?(?:robot|bot|mens|computer|ai|chatbot|echt)\b.*|wie ben (?:je|jij)|wat ben (?:je|jij)|praat ik met een (?:mens|robot|bot|computer)|is dit een (?:bot|robot|mens|chatbot)|leest er iemand mee|wie leest (?:dit|er) mee)$/],
  // "kun je ook plat praten of alleen ABN?", "spreek je Engels?": a question about the bot's language, not about a topic.
  ['language', /^(?:kun|kan|kunt|spreek|spreekt|praat|begrijp|begrijpt|snap|snapt|versta|verstaat)\s+(?:je|jij|u)\s+(?:\S+\s+){0,3}?(?:engels|duits|frans|spaans|pools|turks|arabisch|plat|limburgs|dialect|abn|nederlands)\b.*$/],
  ['stop', /^(?:stop|stoppen|stop ermee|ik stop|ik wil stoppen|hou op|houd op|klaar|ik ben klaar|einde|exit|quit)$/],
  ['cancel', /^(?:annuleer|annuleren|cancel|afbreken|breek af|laat maar|laat maar zitten|vergeet het|niet meer nodig|toch niet)$/],
  ['back', /^(?:terug|ga terug|vorige|stap terug|een stap terug|back|undo)$/],
  ['start', /^(?:\/start|start|opnieuw|begin|begin opnieuw|opnieuw beginnen|reset|\/reset|menu|\/menu)$/],
  // "wat kan ik je beter niet vragen?", "kun je ook helpen met een verslag?", "wat kun jij voor me betekenen?"
  ['help', /^(?:wat kan ik (?:aan )?(?:jou|je|u) (?:beter |liever )?niet vragen|wat kun (?:je|jij) niet|(?:kun|kan|kunt) (?:je|jij|u) (?:me |mij |ons )?(?:ook )?(?:helpen|iets) (?:met|bij) .*|wat (?:kun|kan|kunt) (?:je|jij|u) (?:voor (?:me|mij|ons) )?betekenen(?: voor (?:me|mij|ons))?|wat kan ik (?:aan|bij) (?:jou|je|u) (?:\S+ )?vragen)$/],
  ['help', /^(?:help|hulp|\/help|\/hulp|\?|wat (?:kan|kun|kunt) (?:je|jij|u)(?: (?:eigenlijk|nou|precies|zoal|nu|dan))*(?: allemaal)?(?: (?:doen|voor (?:mij|me) doen))?|wat kan ik (?:jou|je|u) (?:allemaal )?vragen|kan ik (?:jou|je|u) (?:gewoon )?alles vragen|wat kan ik hier|wat kan ik hier doen|hoe werkt dit|hoe werk je|commando'?s|opdrachten|welke commando'?s(?: zijn er)?|help me|help mij|ik heb hulp nodig|ik heb (?:een |nog een )?(?:vraag|vraagje)|(?:mag|kan) ik (?:je|jou|u) (?:iets|wat|een vraag) vragen|ik wil (?:je |jou |u )?(?:iets|wat|een vraag) vragen|(?:een )?vraagje)$/],
  // "Onthoud jij wat ik hier over cliënten typ?", "mag ik hier namen van kinderen intypen?": what the bot keeps of what one types.
  ['privacy', /^(?:onthoud|onthou|bewaar|bewaart|onthoudt|sla|slaat)\s+(?:je|jij|u)\s+(?:\S+\s+){0,3}?(?:wat ik|alles|dit|dat|wat hier|gegevens|namen)\b.*|^(?:mag|kan)\s+ik\s+(?:hier|jou|je|u|in (?:deze|de) chat)\s+(?:\S+\s+){0,2}?(?:namen|adressen|gegevens|persoonsgegevens|bsn)\b.*\b(?:intypen|typen|noemen|gebruiken|invullen|delen|zetten|geven)\b.*$|^(?:wordt|worden)\s+(?:dit|dat|alles|mijn (?:vragen|berichten|gegevens)|wat ik (?:hier )?(?:typ|intyp|schrijf|vertel))\s+(?:\S+\s+){0,2}?(?:opgeslagen|bewaard|gelezen|onthouden)\b.*|^wat (?:doe|gebeurt|bewaar)\s+(?:je|jij|u|er)?\s*(?:\S+\s+){0,2}?(?:met\s+)?(?:wat ik|mijn gegevens|mijn berichten|de gegevens)\b.*|^is\s+(?:dit|het|deze chat)\s+(?:hier\s+)?(?:wel\s+)?(?:veilig(?! thuis)|prive|anoniem|vertrouwelijk)\b.*$|^(?:moet|moeten)\s+(?:ik|we)\s+(?:\S+\s+){0,2}?(?:oppassen|opletten|voorzichtig zijn)\s+met\s+(?:wat ik|namen|gegevens)\b.*$/],
  ['greeting', /^(?:hoi|hallo|hey|hee|hi|hello|dag|salaam|salam|selam|goedendag|hoi bot|hallo bot|hey bot|yo|moi|mogge|morgen|hai|(?:(?:hoi|hallo|hey|hi|hee) )?goe(?:de|ie)(?:morgen|middag|n ?avond|avond|dag))$/],
  ['yes', /^(?:ja|jawel|jazeker|klopt|zeker|yes|ja hoor|ja graag|graag)$/],
  ['no', /^(?:nee|neen|nope|no|nee hoor|nee dank je|nee bedankt|welnee)$/],
  ['dontKnow', /^(?:weet ik niet|weet niet|geen idee|ik weet het niet|twijfel|ik twijfel|onbekend|misschien)$/],
];

/** Messages made only of these words are thanks or an acknowledgement ("top, dankjewel!", "haha ja snap ik 👍"). */
const THANKS_WORDS = new Set('bedankt dank dankje dankjewel dankuwel thanks thx tnx thnx thanx merci'.split(' '));
/** Closing wishes ("fijne dag nog!", "tot ziens") are answered like thanks. */
const CLOSING = /^(?:(?:nog )?(?:een )?(?:fijne|prettige|goede|mooie) (?:dag|avond|middag|morgen|weekend|week|dienst)(?: nog| verder)?|tot (?:ziens|later|morgen|de volgende keer)|doei|dag dag|groetjes|groeten|fijn weekend)$/;
/** Politeness and filler that do not change what a short command means ("ga terug aub", "wat kun jij eigenlijk"). */
const POLITE = /\s+(?:aub|a\.u\.b|alsjeblieft|alstublieft|svp|pls|please|graag|even|eigenlijk|allemaal|precies|nou|dan)\b/gu;
/** Emoji that stand for a short answer on their own. */
const EMOJI_OK = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D|\s)+$/u;
/** Single-word commands that a typo should not hide ("anuleer", "stopen"). */
const ONE_WORD: readonly [ControlWord, string][] = [
  ['cancel', 'annuleer'], ['cancel', 'annuleren'], ['stop', 'stoppen'], ['back', 'terug'], ['help', 'help'], ['thanks', 'bedankt'], ['thanks', 'dankjewel'],
];

/** Damerau-Levenshtein distance of at most one: one letter added, left out, changed, or two letters swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string) => x === y;
  return (
    rest(a.slice(i + 1), b.slice(i + 1)) ||
    rest(a.slice(i), b.slice(i + 1)) ||
    rest(a.slice(i + 1), b.slice(i)) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a.slice(i + 2), b.slice(i + 2)))
  );
}

function typoOfOneWord(t: string): ControlWord | undefined {
  if (t.length < 5 || /\s/.test(t)) return undefined;
  return ONE_WORD.find(([, word]) => withinOneEdit(t, word))?.[0];
}
const OK_WORDS = new Set('ok oke okay okido prima goed helder duidelijk begrepen snap snapt top fijn mooi super haha hah hehe ja jep yes nice cool'.split(' '));
/** What follows thanks ("dankjewel, hier kan ik wat mee", "bedankt, dit helpt echt"): only together with a word of thanks. */
const THANKS_TAIL = new Set('hier kan kun wat mee dit helpt hielp daar heb aan verder weer goed'.split(' '));
const FILLER = new Set('je u wel hoor heel erg alvast voor de het hulp ik dat is dan nou ah oh oja zeker echt super top fijn mooi'.split(' '));

function bagOfWords(t: string): ControlWord | undefined {
  const words = t.split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length === 0 || words.length > 8) return undefined;
  const thanked = words.some((w) => THANKS_WORDS.has(w));
  if (!words.every((w) => THANKS_WORDS.has(w) || OK_WORDS.has(w) || FILLER.has(w) || (thanked && THANKS_TAIL.has(w)))) return undefined;
  if (thanked) return 'thanks';
  return words.some((w) => OK_WORDS.has(w)) ? 'ok' : undefined;
}

/** The control word a message consists of, or undefined when it says more than that. */
export function controlWordOf(text: string): ControlWord | undefined {
  const t = simplified(text);
  if (t === '?' || text.trim() === '?') return 'help';
  if (EMOJI_OK.test(text) && /[\u{1F44D}\u{1F44C}\u{1F64F}\u{2705}\u{1F60A}\u{1F642}]/u.test(text)) return /\u{1F64F}/u.test(text) ? 'thanks' : 'ok';
  if (CLOSING.test(t)) return 'thanks';
  const plain = t.replace(POLITE, '').trim();
  if (detailsTypedHere(t)) return 'detailsTyped';
  return wordOf(plain) ?? bagOfWords(plain) ?? typoOfOneWord(plain) ?? helpAskedInSentences(text);
}

/** Who or what someone could be known by. */
const IDENTIFYING = String.raw`(?:naam|namen|achternaam|voornaam|volledige naam|initialen|adres|adressen|adresgegevens|bsn|geboortedatum|telefoonnummer|nummer|kamernummer|gegevens|persoonsgegevens)`;
/** "Ik heb net de naam en het kamernummer van een bewoner in de chat gezet": identifying details put into this chat. */
const TYPED_DETAILS = new RegExp(
  String.raw`\b(?:ik heb|heb ik|ik had|had ik)\b(?:\s+\S+){0,10}?\s+${IDENTIFYING}\b(?:\s+\S+){0,12}?\s+(?:getypt|ingetypt|getikt|ingetikt|ingevuld|geschreven|opgeschreven|genoemd|gezet|neergezet|gedeeld|gestuurd|verstuurd|geplakt|vermeld|ingevoerd)\b|\bik (?:zette|typte|tikte|plakte|noemde|schreef|deelde|stuurde|vulde)\b(?:\s+\S+){0,10}?\s+${IDENTIFYING}\b`,
  'u',
);
/** Where: this chat, or a verb that can only mean typing it here. */
const IN_THIS_CHAT = /\b(?:hier|hierin|hierboven|eerder in dit gesprek|in (?:een|de|deze|dit|het|mijn|m'n) (?:chat|gesprek|bericht|vorige bericht|vraag|vorige vraag)|bij (?:jou|je|u)|over (?:jou|je|u) ?zelf|in teams|aan (?:jou|je|u|de bot))\b|\b(?:getypt|ingetypt|getikt|ingetikt|geplakt|ingevoerd)\b/u;
/** Asking whether it is kept, or can be taken out. */
const ASKS_REMOVAL_OR_KEEPING = /\berg(?:\s*\?|$)|\bsla(?:at)? (?:jij|je|u)\b|\b(?:verwijder\p{L}*|wis\p{L}*|gewist|probleem|datalek|weg|weghalen|weg te halen|eruit|ongedaan|opgeslagen|bewaard|onthouden|gelogd|terug te draaien|terugdraaien)\b/u;
/** "Sla jij dat ergens op?": storing, which is no blow. */
const STORING = /\bsla(?:at)?\s+(?:jij|je|u|jullie|de bot|deze bot)\b(?:\s+\S+){0,4}?\s+op\b/gu;
/** A message about details typed here is short; a longer one tells a case. */
const maxWordsDetailsTyped = 80;

/**
 * "Ik heb gisteren de volledige naam van een leerling getypt, wordt dat opgeslagen en kan het weg?": the asker put
 * identifying details into this chat and asks what happens to them.
 */
function detailsTypedHere(t: string): boolean {
  return t.split(' ').length <= maxWordsDetailsTyped && TYPED_DETAILS.test(t) && IN_THIS_CHAT.test(t) && ASKS_REMOVAL_OR_KEEPING.test(t) && !HARM.test(t.replace(STORING, ' '));
}


const wordOf = (plain: string): ControlWord | undefined => PATTERNS.find(([, pattern]) => pattern.test(plain))?.[0];

/** A part of a message without politeness and a leading "en", "maar", "of" or "ook". */
const clean = (part: string): string => simplified(part).replace(POLITE, '').replace(/^(?:en|maar|of|ook) /u, '').trim();

/** What a message about the bot itself asks, most telling first: what it can do, who it is, its language. */
const ABOUT_THE_BOT: readonly ControlWord[] = ['privacy', 'help', 'whoAreYou', 'language'];

/** "ben nieuw als POH", "ik werk sinds kort als ib'er": the asker says who they are, and asks nothing yet. */
const INTRODUCTION =
  /^(?:ik )?(?:ben|werk) (?:hier |sinds kort |net |pas |sinds (?:deze|vorige) (?:maand|week) |sinds (?:\d+ )?\p{L}+ )?(?:nieuw|de nieuwe|een nieuwe|als|begonnen|(?:\S+ )?(?:aandachtsfunctionaris|ib'?er|intern begeleider|mentor|leerkracht|docent|poh\S*|verloskundige|wijkverpleegkundige|jeugdverpleegkundige|pm'?er|coach|buurtsportcoach|coordinator|teamleider))(?: \S+){0,12}$|^(?:een |mijn )?(?:collega|teamleider|leidinggevende|manager|coordinator|directeur|ib'?er)\S* (?:zei|zegt|vertelde|tipte|raadde)(?: me| mij)?(?: aan)? dat (?:ik (?:jou|je|u|deze bot|deze assistent|dit|hier)|(?:jij|je|u|deze bot|deze assistent|dit ding) (?:me |mij |ons )?(?:kan|kunt|kon|zou) (?:helpen|gebruiken))(?: \S+){0,4}$/u;

/** "ik zag deze assistent in Teams staan", "ik ben vertrouwenspersoon bij een hockeyclub": who the asker is or how they found the bot. */
const SAYS_WHO_OR_HOW = /^(?:ik )?(?:ben|werk|zit|doe|heb|zag|kwam|kreeg|vond)\b(?: \S+){0,16}$/u;
const saysWhoOrHow = (part: string): boolean => SAYS_WHO_OR_HOW.test(part) && !TOPIC_OR_STORY.test(part);
/** Words of a story or a topic, also inside compounds ("kindermishandeling"): a part that names them asks about that, not about the bot. */
const TOPIC_OR_STORY =
  /(?:meldcode|meld(?:en|ing|recht)|beroepsgeheim|afwegingskader|kindcheck|stap(?:pen)?\b|signa(?:al|len)|geweld|mishandel|misbruik|verwaarlo|huiselijk|routeertafel|triage|overdracht|politie|\braad\b|leerling|\bkind|ouders?\b|moeder|vader|client|patient|blauwe|plekken|\bslaat|\bgeslagen|zorgen over|toestemming|\bwet\b|verplicht|avg|gegevens (?:delen|uitwisselen|doorgeven)|dossier|gesprek|intake|risico|aangifte|\bwat (?:kan|kunnen|doet|doen|gaat) (?:veilig thuis|vt)\b)/u;
/** The bot itself, or what one types here. */
const THE_BOT = /\b(?:(?:deze|de|die|dit|jullie) (?:bot|chatbot|assistent|tool|app|chat|dienst|ding|programma)|hier(?! mee\b)|hierin|hiervoor|voor (?:mij|me|ons)|mijn (?:berichten|vragen|chats?|invoer)|wat ik)\b/u;
/** "Wat kun je?", "waar is hij voor bedoeld?": "je" or "hij" is the bot only in a short question. */
const YOU = /\b(?:je|jij|jou|jouw|u|hij|het)\b/u;
const maxWordsAskingYou = 7;
const QUESTION_OPENS = /^(?:wat|waar|waarvoor|waarmee|hoe|welke|wie|kun|kan|kunt|mag|moet|is|zijn|wordt|worden|leest|lezen|doe|doet|onthoud\p{L}*|bewaar\p{L}*|werkt|gaat|ziet|zien|krijgt|komt|blijft|heb|heeft)\b/u;
/** "Kun je dat uitleggen?", "kun je voorbeelden geven?": a request for content, about what came before. */
const ASKS_FOR_CONTENT = /\b(?:uitleg\p{L}*|samenvat\p{L}*|opsom\p{L}*|geven|noemen|vertellen|zeggen|beschrijven|voorbeeld\p{L}*|toelichten)\b/u;
const DOING_SOMETHING_WITH_IT = /\b(?:iets|wat|niks|niets)\s+mee\b|\bhiermee\b|\bhier\s+(?:\S+\s+)?mee\b/u;
/** What the bot is for: doing, helping, being asked, being used. */
const BOT_USE = /\b(?:kun|kan|kunt|doe|doet|doen|help|helpt|helpen|gebruik\p{L}*|bedoeld|werkt|werken|ondersteun\p{L}*|betekenen|vragen|vraag|stellen|terecht|inzetten|kwijt|voorleggen|invoeren|bespreken|nut|handig)\b/u;
/** "Slaat deze bot mijn berichten op?": storing, asked with the verb first. */
const STORES = /^(?:sla|slaat)\s+(?:\S+\s+){0,4}?op$/u;
/** What the bot keeps of what one types, and who reads it. */
const BOT_KEEPS = /\b(?:opgeslagen|opslaan|bewaard|bewaar|bewaart|onthoud\p{L}*|mee(?:lezen|leest|kijken|kijkt)|(?:leest|lezen|kijkt|kijken)\s+(?:\S+\s+){0,4}?mee|gebeurt (?:er )?(?:\S+ )?met|doorgestuurd|terecht(?:komt|komen))\b/u;

/** "Wat ik hier over cliënten typ": whom one types about is no topic of the question; what happens to the typing is. */
const ABOUT_WHOM_ONE_TYPES =
  /\bover (?:een |mijn |onze |de |die )?(?:client\p{L}*|leerling\p{L}*|kind\p{L}*|gezin\p{L}*|patient\p{L}*|jongere\p{L}*|bewoner\p{L}*|ouders|families?|casus\p{L}*)(?= (?:\S+ )?(?:typ|intyp|schrijf|invul|vul|vertel|zet|deel|meld)\p{L}*\b)/gu;

/**
 * A question about the bot in any wording ("waar is hij voor bedoeld?", "kan ik hier gerust casussen inzetten?",
 * "leest Veilig Thuis mee met wat ik hier schrijf?"): what it keeps, or what it does. Not a part that names a topic
 * or a story, which asks about that ("kun je bij een intake naar risico's vragen?").
 */
function aboutTheBot(asked: string): ControlWord | undefined {
  const part = asked.replace(ABOUT_WHOM_ONE_TYPES, ' ').replace(/\s+/gu, ' ');
  if (STORES.test(part) && (THE_BOT.test(part) || YOU.test(part))) return 'privacy';
  if (!QUESTION_OPENS.test(part) || TOPIC_OR_STORY.test(part) || ASKS_FOR_CONTENT.test(part)) return undefined;
  // "Kan ik hier wel iets mee?" asks about a case; "hoe doe je dat zorgvuldig?" asks how a task is done.
  if (DOING_SOMETHING_WITH_IT.test(part)) return undefined;
  const askedAsYou = YOU.test(part) && part.split(' ').length <= maxWordsAskingYou && !(/^hoe\b/u.test(part) && !/\bwerk/u.test(part));
  const toTheBot = THE_BOT.test(part) || askedAsYou;
  if (!toTheBot) return undefined;
  if (BOT_KEEPS.test(part)) return 'privacy';
  return BOT_USE.test(part) ? 'help' : undefined;
}

/** "best spannend", "heel leuk": how the asker feels about starting, which asks nothing. */
const FEELING = /^(?:nog )?(?:een beetje |best |heel |erg |wel |super |echt )?(?:spannend|leuk|fijn|nieuw|wennen|zoeken|zoekende|onwennig|aan het wennen)(?: in (?:die|mijn|deze|de) (?:rol|functie|baan))?$/u;

/**
 * "hoi. wat kun jij eigenlijk allemaal? kan ik jou gewoon alles vragen?", "hoi! wie ben jij en wat kan ik je vragen?",
 * "hoi, spreek je ook Engels?":
 * parts that only greet or ask about the bot.
 */
function helpAskedInSentences(text: string): ControlWord | undefined {
  // "mag ik hier namen en adressen intypen?" is one question; "ik ben nieuw en een collega zei …" two parts.
  const parts = text
    .split(/[.?!,\n]+/u)
    .map(clean)
    .flatMap((part) => (wordOf(part) || INTRODUCTION.test(part) ? [part] : part.split(/\s+en\s+/u).map(clean)))
    .filter((part) => part && !FEELING.test(part));
  const words = parts.filter((part) => !INTRODUCTION.test(part) && !saysWhoOrHow(part)).map((part) => wordOf(part) ?? aboutTheBot(part));
  if (words.length === 0 || !words.every((word) => word === 'greeting' || (word && ABOUT_THE_BOT.includes(word)))) return undefined;
  return ABOUT_THE_BOT.find((word) => words.includes(word));
}

/** "Kan mijn organisatie dat inzien?": who else reads what one types, asked beside a question about what the bot keeps. */
const READ_BY_OTHERS =
  /^(?:kan|kunnen|wie|ziet|zien|leest|lezen)\b(?:\s+\S+){0,6}?\s+(?:dat|dit|het|mijn berichten|wat ik \S+)\s+(?:(?:ook|later|nog|gewoon|zomaar)\s+)*(?:inzien|meelezen|lezen|teruglezen|terugzien|inkijken|bekijken|zien)$/u;
/** "Mag ik namen van cliënten noemen?": typing names here, which is about the bot, whoever the names are of. */
const NAMES_TYPED = /^(?:mag|kan) ik (?:\S+ ){0,2}?(?:namen|gegevens|persoonsgegevens|bsn)\b(?: \S+){0,3}? (?:noemen|typen|intypen|gebruiken|invullen|zetten)$/u;
/** "Ik heb in een vorig bericht de echte naam van mijn cliënt genoemd": a name typed here before, which is about the bot. */
const NAME_TYPED_BEFORE = /^(?:oei |oeps |sorry |help )?(?:ik heb|heb ik)\b(?: \S+){0,6}? (?:naam|namen|achternaam|gegevens|bsn|adres)\b(?: \S+){0,4}? (?:genoemd|getypt|ingetypt|gegeven|geschreven|gezet|vermeld)$/u;
/** "Kan ik het nog verwijderen?": removing what one typed. */
const REMOVE_IT = /^(?:kan|mag|hoe kan|kun) (?:ik|je) (?:dat|dit|het|die naam|de naam|mijn bericht|dat bericht)(?: \S+)? (?:verwijderen|wissen|weghalen|laten verwijderen)$/u;
/** A remark that tells of harm is a story, whatever it asks after it. */
const HARM = /dreig|aangifte|schud|\bsla|\bgeslagen|geweld|mishandel|misbruik|blauw|letsel|\bdood|bang|drinkt|dronken|drugs|verwaarlo|seks|politie|zelfmoord|suicid/u;
/** "Ik werk bij de politie-eenheid Limburg": where the asker works, whatever harm its name suggests. */
const WHERE_ONE_WORKS = /^(?:ik )?(?:werk|ben werkzaam)\s+(?:\S+\s+)?(?:bij|als|op|in)\s+(?:\S+\s?){1,4}$/u;
/** A follow-up on keeping that points back ("wordt dat ergens bewaard of doorgestuurd?"), with no topic of its own. */
const POINTS_BACK = /\b(?:dat|dit|het|die|deze)\b/u;
const keepsWhatCameBefore = (part: string): boolean => BOT_KEEPS.test(part) && POINTS_BACK.test(part) && !TOPIC_OR_STORY.test(part) && !HARM.test(part);

/** The rest of a sentence about the bot is a short addition ("bijvoorbeeld naar Veilig Thuis?"). */
const maxWordsContinuing = 8;
/** A message about the bot is short; a longer one tells more than that. */
const maxWordsAboutTheBot = 60;

/**
 * A question about the bot amid remarks that ask nothing ("ik geef huiswerkbegeleiding bij de moskee. voordat ik
 * iets vertel over een leerling: wat gebeurt er met wat ik hier typ?"). The caller checks that the message names
 * no signal of a worry: then the remarks only say who is asking and why.
 */
export function botQuestionAmid(text: string): ControlWord | undefined {
  if (text.split(/\s+/u).length > maxWordsAboutTheBot) return undefined;
  let sentence = 0;
  const parts = (text.match(/[^.?!,:;\n]+[.?!,:;\n]*/gu) ?? []).flatMap((raw) => {
    const asks = raw.includes('?');
    const inSentence = sentence;
    if (/[.?!\n]\s*$/u.test(raw)) sentence += 1;
    // "… opgeslagen, of gaat dat ergens naartoe": an alternative to what came before, not a question of its own.
    const alternative = /^\s*(?:of|bijvoorbeeld|bijv|bv|zoals)\b/iu.test(raw);
    return clean(raw).split(/\s+en\s+(?=(?:wat|waar|hoe|wie|kan|kun|mag|wordt|worden|is|leest|lezen|bewaar\p{L}*|onthoud\p{L}*)\b)/u).map((part) => ({ part, asks, alternative, sentence: inSentence }));
  });
  const first = parts.map(({ part }) => aboutTheBot(part) ?? ((READ_BY_OTHERS.test(part) && !TOPIC_OR_STORY.test(part)) || NAMES_TYPED.test(part) || NAME_TYPED_BEFORE.test(part) || REMOVE_IT.test(part) ? 'privacy' : undefined));
  // "Wat gebeurt er met wat ik typ? Wordt dat ergens bewaard?": "dat" points back to what one types.
  const words = first.map((word, i) => word ?? (first.slice(0, i).some(Boolean) && keepsWhatCameBefore(parts[i].part) ? 'privacy' : undefined));
  const asked = words.filter((word): word is ControlWord => word !== undefined);
  // "Wordt wat ik typ opgeslagen, of gaat dat ergens naartoe, bijvoorbeeld naar Veilig Thuis?": the rest of a sentence that asks about the bot.
  const continuesBotQuestion = (i: number): boolean =>
    parts.slice(0, i).some((p, j) => p.sentence === parts[i].sentence && words[j] !== undefined) &&
    parts[i].alternative &&
    parts[i].part.split(' ').length <= maxWordsContinuing && !TOPIC_OR_STORY.test(parts[i].part) && !HARM.test(parts[i].part);
  // "Vraagje: geldt de meldcode ook voor vrijwilligers?": any other question is about a topic.
  const othersAskNothing = parts.every(({ part, asks }, i) => words[i] !== undefined || continuesBotQuestion(i) || (!asks && !QUESTION_OPENS.test(part) && (!HARM.test(part) || WHERE_ONE_WORKS.test(part))));
  return asked.length > 0 && othersAskNothing ? ABOUT_THE_BOT.find((word) => asked.includes(word)) : undefined;
}

const LEADS: readonly [ControlWord, RegExp][] = [
  ['thanks', /^(?:heel |hartelijk |super |alvast )?(?:bedankt|dank(?: ?(?:je|u))?(?: ?wel)?|thanks|thx|tnx|merci)\b/],
  ['greeting', /^(?:hoi|hallo|hey|hee|hi|hai|moi|mogge|goe(?:de|ie) ?(?:morgen|middag|avond|dag)|goeden ?avond)\b/],
  ['ok', /^(?:ok|oke|okay|okidoki|prima|helder|duidelijk|top|begrepen|snap ik|ah ok|ah oke|ja ok|ja oke)\b/],
];

/**
 * A short message that opens with thanks, a greeting or an acknowledgement and asks nothing ("dankjewel!!
 * echt fijn zo", "oke top, ik ga het zo met mijn ib'er bespreken", "goedemorgen ☀️ ben er weer").
 * Only for a message nothing else understood: "hoi, wat is de kindcheck" is a question, not a greeting.
 */
export function leadingControlWordOf(text: string): ControlWord | undefined {
  if (text.includes('?')) return undefined;
  const t = simplified(text);
  if (t.split(' ').length > 14) return undefined;
  return LEADS.find(([, lead]) => lead.test(t))?.[0];
}

/** Commands that may open a longer message ("help?? hoe werkt dit ding", "stop, ik wil iets anders vragen"). */
const COMMAND_LEADS: readonly [ControlWord, RegExp][] = [
  ['help', /^(?:help|hulp)\b/],
  ['stop', /^(?:stop|stoppen)\b/],
  ['cancel', /^(?:annuleer|annuleren|laat maar)\b/],
];
const GREETING_LEAD = LEADS.find(([word]) => word === 'greeting')![1];
const ASKS = /\?|\b(?:wat|hoe|wie|waar|wanneer|welke|waarom|mag|moet|kan|kun|is|zijn)\b/;

/**
 * A short message that opens with a command, or a greeting that asks nothing ("goedemorgen! 👋 ben nieuw
 * hier"): the command or the greeting, before any article is searched, whose words would match
 * something. The caller first checks that the message names no person or signal: "help, mijn leerling
 * heeft blauwe plekken" is a worry.
 */
export function openingCommandOf(text: string): ControlWord | undefined {
  const t = simplified(text);
  const words = t.split(' ').length;
  if (words > 10) return undefined;
  const command = COMMAND_LEADS.find(([, lead]) => lead.test(t))?.[0];
  if (command) return command;
  return words <= 6 && GREETING_LEAD.test(t) && !ASKS.test(text.toLowerCase()) ? 'greeting' : undefined;
}

const CLOSING_TAIL = new RegExp(CLOSING.source.replace(/^\^/, '(?:^|\\s)'));

/**
 * A short message that asks nothing and ends with a goodbye ("oke ik ga het eerst met mijn ib'er bespreken. fijne dag nog"),
 * or opens with thanks and then says what the person will do ("top, dank je wel! ga morgen met onze aandachtsfunctionaris zitten").
 * The caller checks that it names no person or signal.
 */
export function closingOf(text: string): ControlWord | undefined {
  const t = simplified(text);
  const words = t.split(' ').length;
  if (words <= 14 && !ASKS.test(text.toLowerCase()) && CLOSING_TAIL.test(t)) return 'thanks';
  // "kan ik later gewoon hier terugkomen als er iets verandert?" is the one question a goodbye may ask.
  const asksOnlyToComeBack = questionsOf(text).every((q) => COME_BACK.test(simplified(q)));
  if (words <= 40 && asksOnlyToComeBack && opensWithThanks(text)) return 'signOff';
  return COME_BACK_LATER.test(t) && words <= 14 && !text.includes('?') ? 'signOff' : undefined;
}

/** "Kan ik hier later gewoon terugkomen?", "mag ik nog eens terugkomen als …". */
const COME_BACK = /\b(?:kan|mag|kun) ik\b.{0,30}?\b(?:terugkomen|terug komen|hier terecht|nog (?:een keer|eens) (?:vragen|komen))\b/u;
/** "ik kom er later op terug", "ik kom hier morgen op terug": said while leaving. */
const COME_BACK_LATER = /\bik kom (?:er|hier|daar)\b.{0,20}?\bop terug\b/u;
const questionsOf = (text: string): string[] => text.split(/(?<=\?)/u).filter((part) => part.includes('?')).map((part) => part.split(/[.!\n]/u).at(-1) ?? part);

/** "top, dank je", "ok super bedankt", "dankjewel": thanks, maybe after a word of approval. */
const THANKS_OPENING = /^(?:(?:ok|oke|okay|top|super|fijn|mooi|ah|ja|nou|helder|duidelijk)[\s,!]+)*(?:heel |hartelijk |super |alvast )?(?:bedankt|dank(?: ?(?:je|u))?(?: ?wel)?|dankjewel|dankuwel|thanks|thx|tnx|thnx|thanx|merci)\b/u;

function opensWithThanks(text: string): boolean {
  const [first = ''] = text.split(/[.!;\n]+/u);
  return THANKS_OPENING.test(simplified(first));
}

function simplified(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]/gu, ' ')
    .replace(/[!.?,:;)(\s]+$/u, '')
    .replace(/^[\s!.,]+/u, '')
    .replace(/\s+/g, ' ')
    .replace(/[!.]+/g, '');
}
