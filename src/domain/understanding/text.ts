/** Text helpers shared by the readers of free text (acute danger, worries, questions). */
import { rememberLast } from '../../core/rememberLast.js';

/** Zuid-Limburg dialect words that read as nothing (or as German) otherwise; only words no Dutch sentence uses. */
const LIMBURGISH_WORDS: Readonly<Record<string, string>> = {
  neet: 'niet', 'neet trok': 'niet terug', dorf: 'durft', gesloge: 'geslagen', gesjlage: 'geslagen', haet: 'heeft', heur: 'haar', hoes: 'huis', zeet: 'zegt', kinder: 'kinderen',
};
// Longest first, so that "neet trok" is read before "neet".
const LIMBURGISH = new RegExp(String.raw`\b(?:${Object.keys(LIMBURGISH_WORDS).sort((a, b) => b.length - a.length).join('|')})\b`, 'gu');

/** Lowercase, no diacritics (suïcidaal → suicidaal), one kind of apostrophe, single spaces; the chat "nie" read as "niet", and "nu eenmaal" (simply) without its "nu". */
export const normaliseText = rememberLast((text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\bnie\b/gu, 'niet')
    .replace(/\bnu eenmaal\b/gu, 'eenmaal')
    .replace(LIMBURGISH, (word) => LIMBURGISH_WORDS[word] ?? word)
    .trim(),
);

export function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?;\n]+[.!?;]*/g) ?? []).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
}

const check = (source: string): RegExp => new RegExp(source, 'u');
/**
 * One test over several patterns: V8 cannot skip ahead through an alternation in which one word may
 * start with any letters (`\p{L}*boek`), so such words go in a pattern of their own.
 */
const eitherOf = (...patterns: Pick<RegExp, 'test'>[]): Pick<RegExp, 'test'> => ({ test: (text) => patterns.some((pattern) => pattern.test(text)) });
/**
 * A word that ends in one of `endings` (schoolboek, prentenboek). V8 reads such a pattern letter by
 * letter, so a plain search for what every ending holds (`hint`) goes first: eight times as fast.
 */
const wordEndingIn = (hint: RegExp, endings: string): Pick<RegExp, 'test'> => {
  const pattern = check(String.raw`\b\p{L}*(?:${endings})\b`);
  return { test: (text) => hint.test(text) && pattern.test(text) };
};

export const IMMEDIATE = String.raw`\b(?:nu|net(?! als)|zojuist|zonet|zo net|op dit moment|momenteel|op het moment|vandaag(?! de dag)|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|gisteren|gisteravond|gisternacht|afgelopen nacht|dit weekend|afgelopen weekend|nog steeds)\b`;
export const IMMEDIATE_RX = check(IMMEDIATE);

/** Violence long ago ("drie jaar geleden", "een paar maanden terug", "vorig jaar") is history, not danger now. */
/** "twee keer niet opgehaald", "een paar keer": something counted, so something that happened before. */
export const COUNTED_PAST = String.raw`(?:(?:twee|drie|vier|een paar|\d+) keer|al \d+ ?x(?= (?:blauwe|een|plekken|letsel|gezien|gehad)\b)|voor de (?:tweede|derde|vierde|vijfde|zoveelste|\d+e) keer)`;
/** "Ze is niet bang dat hij haar echt iets aandoet": the clause of a fear denied says nothing of danger. */
const DENIED_FEAR = /\b(?:niet|nooit|geen) bang (?:dat|voor)\b[^.,;?!]*/gu;
export const withoutDeniedFear = (text: string): string => text.replace(DENIED_FEAR, ' ');

export const LONG_AGO = check(
  String.raw`\b(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|paar|heel wat|vele) (?:jaar|jaren|maanden) (?:geleden|terug)|\bjaren (?:geleden|terug)|\bvroeger\b|\bvorig jaar\b|\b(?:afgelopen|vorige) (?:winter|zomer|herfst|lente|voorjaar)\b|\bin (?:19|20)\d\d\b|\bin de jaren (?:19)?[2-9]0\b|\b(?:als kind|in (?:zijn|haar|mijn) jeugd|toen (?:hij|zij|ze|ik) (?:nog )?(?:klein|jong|een kind) was)\b|\b(?:tijdens|in) (?:de|haar) (?:eerste |vorige )?zwangerschap\b`,
);

/** Whether a sentence says when ("nu", "vanavond", "gisteren", …): what places it in the present. */
export function saysWhen(sentence: string): boolean {
  return IMMEDIATE_RX.test(sentence);
}

/** When something was told ("vertelde vandaag", "gisteren zei ze"): that says nothing about when it happens. */
// Global, for replace() only (which starts from the beginning every time).
const WHEN_TOLD = new RegExp(
  String.raw`\b(?:vertelde|vertelt|verteld|zei|zegt|gezegd|gaf aan|geeft aan|liet weten|schreef|appte|belde|vroeg)(?:\s+(?:me|mij|ons|hij|ze|zij))?\s+(?:vandaag|vanochtend|vanmorgen|vanmiddag|gisteren|net|zojuist|zonet)\b|\b(?:vandaag|vanochtend|vanmorgen|vanmiddag|gisteren|net|zojuist|zonet)\s+(?:vertelde|zei|gaf|liet|schreef|appte|belde|vroeg)\b`,
  'gu',
);

/**
 * "Een leerling zei vandaag …", "gisteren, toen hij even weg was, fluisterde ze …": the day of the telling, not a time
 * the harm is expected. Only the day word goes where a clause stands between it and the telling.
 */
const DAY_OF_TELLING = /\b(?:vandaag|vanmorgen|vanochtend|vanmiddag|gisteren|gisteravond)(?=\s+(?:was|waren|stond|zat)\b[^.;!?]{0,80}\b(?:en\s+)?toen\s+(?:zei|vertelde|fluisterde)\b)|\b(?:zei|zegt|vertelde|vertelt|gaf|liet|belde|appte|mailde)\s+(?:\S+\s+){0,3}?(?:vandaag|vanmorgen|vanochtend|vanmiddag|gisteren|gisteravond|gistermiddag)\b|\b(?:zei|vertelde)\s+(?:(?:me|mij|ons|het|dit)\s+)?(?:net|zojuist|zonet)\b|\b(?:vandaag|vanmorgen|vanochtend|vanmiddag)\s+(?:\S+\s+){0,3}?(?:zei|vertelde)\b|\b(?:vannacht|gisteravond|gisternacht)\s+(?:belde|mailde)\b|\bbelde\s+vannacht\b|\b(?:vandaag|vanmorgen|vanochtend|vanmiddag)\s+(?:\S+\s+){0,4}?(?:verteld|gezegd|toevertrouwd|opgebiecht)\b|\b(?:vertelde|zei|gaf aan)\s+(?:\S+\s+){0,3}?aan de telefoon\b|\baan de telefoon(?= dat\b)|\b(?:gisteren|gisteravond|gistermiddag)\s+(?:zei|vertelde|fluisterde|belde|appte|mailde)\b|\b(?:gisteren|gisteravond|gistermiddag|vandaag|vanmorgen|vanochtend|vanmiddag)(?=\s*,\s*(?:toen|terwijl|zodra)\b[^,.;!?]{0,80}\b(?:was|waren|sliep|weg)\s*,\s*(?:zei|vertelde|fluisterde|belde|appte|mailde)\b)/gu;
const WEEKDAY = String.raw`(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)`;
/** "Kwam maandag met een gekneusde pols", "kwam vandaag met een gekneusde enkel": a day gone by, not the coming one. */
const DAY_GONE_BY = new RegExp(
  String.raw`\b(?:afgelopen|vorige|kwam|kwamen|had|hadden|was|waren|werd|ging|viel|zag|zagen|hoorde|hoorden|lag|stond|zat)\s+(?:\S+\s+){0,2}?(?:${WEEKDAY}|vandaag|vanochtend|vanmorgen|vanmiddag)\b|\b${WEEKDAY}\s+(?:\S+\s+){0,4}?(?:gevallen|gebeurd|geweest|gekomen|opgelopen)\b|\b(?:vandaag|vanochtend|vanmorgen|vanmiddag)\s+(?:\S+\s+)?(?:zag|zagen|hoorde|hoorden|lag|stond|zat)\b`,
  'gu',
);

/** "Haar broer haalt haar na school op", "ze mag na school nergens heen": control every day, not harm expected after school today. */
const CONTROL_AFTER_SCHOOL = /\b(?:mag|moet)\s+(?:(?:ze|hij|zij)\s+)?(?:\S+\s+)?na school\s+(?:nergens|direct|meteen|gelijk|altijd|niet)\b|\bna school\s+(?:altijd\s+|elke dag\s+)?(?:op(?:haalt|halen|gehaald)|ophaalt)\b|\b(?:haalt|halen)\b[^.?!]{0,30}\bna school\b[^.?!]{0,10}\bop\b/gu;
/**
 * "Slaat met zijn vuist op tafel" is anger at the furniture, and "slaat deze bot mijn berichten op" is storing:
 * neither is a blow to a person; "sneed zich in zijn vinger" is a cut by accident, unless told as done on purpose.
 */
const NO_BLOW = /\b(?:slaat|sloeg)\s+(?:hij\s+|zij\s+|ze\s+)?(?:met\s+(?:zijn|haar|z'n|de)\s+(?:vuist|hand)\s+)?op\s+(?:de\s+|het\s+)?(?:tafel|deur|muur|kast|bureau|aanrecht)\b|\bslaat\s+(?:\S+\s+){0,4}?op(?=\s*(?:[,.?!]|$|en\b))|\b(?:banden|band|autobanden|fietsbanden|band\p{L}*)\s+(?:\S+\s+){0,2}?lek\s*(?:gestoken|steken|stak|gesneden)\b|\b(?:sneed|snijdt|sneden|gesneden)\s+(?:\S+\s+){0,5}?in\s+(?:zijn|haar|z'n|de|een)\s+(?:vinger|vingers|duim|hand)\b(?![^.?!]*\b(?:expres|met opzet|bewust|weer|vaker)\b)/gu;
export const withoutWhatIsNoBlow = (text: string): string => text.replace(NO_BLOW, ' ');
/** "Komt voor wondzorg": caring for a wound is the asker's work, no injury signal. */
const WOUND_TENDED = String.raw`\bwond(?:zorg|verzorging|behandeling)\b|\bwond(?:je|en)? (?:te )?verzorgen\b`;
export const WOUND_CARE = new RegExp(WOUND_TENDED, 'gu');
/** "Ik kom voor wondzorg aan zijn been", "ik ben er voor zijn wond": for danger, the wound being tended is no injury done either. */
export const WOUND_CARE_OR_THE_WOUND_TENDED = new RegExp(String.raw`${WOUND_TENDED}|\b(?:voor|aan) (?:zijn|haar|de) wond\p{L}*\b`, 'gu');
/** A country away: "achterlaten" means being left abroad only beside one of these. */
export const ABROAD = /\b(?:buitenland|land van herkomst|herkomstland|vakantie|zomervakantie|familie daar|naar (?:marokko|turkije|somalie|pakistan|afghanistan|irak|syrie|eritrea|ghana|nigeria|india|suriname|egypte|soedan|ethiopie|guinee))\b/u;
/** "Ze wil de kinderen niet achterlaten": leaving someone behind in the house, unless a country away is named. */
// "Wil niet terug naar huis bij zijn schoonzoon": going home, not being left abroad.
export const withoutLeftInTheHouse = (text: string): string => (ABROAD.test(text) ? text : text.replace(/\bachter(?:laten|laat|liet|lieten|gelaten)\b|\bniet (?:meer )?terug naar (?:huis|thuis|zijn huis|haar huis|de woning)\b/gu, ' '));
/** The text without daily control after school: what is left says when harm is expected. */
export const withoutDailyControl = (text: string): string => text.replace(CONTROL_AFTER_SCHOOL, ' ');
/**
 * "Vandaag zag ik per ongeluk striemen op zijn rug", "had vanavond weer rode striemen op haar benen": the day marks were
 * seen, not the day they were made.
 */
const MARKS = String.raw`(?:striemen|blauwe|plek\p{L}*|wond\p{L}*|brandwond\p{L}*|snee|schram\p{L}*|bult|letsel)`;
const DAY_SEEN = String.raw`(?:vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|gisteren|gisteravond)`;
const DAY_MARKS_SEEN = new RegExp(
  String.raw`\b${DAY_SEEN}\b(?=(?:\s+\S+){0,4}?\s+(?:zag|zagen|zie|zien|merkte|ontdekte|gezien)\b(?:\s+\S+){0,6}?\s+${MARKS}\b)|(?<=\b(?:had|heeft|hadden|hebben|kwam|kwamen)\s+(?:ze\s+|hij\s+|zij\s+)?)${DAY_SEEN}\b(?=(?:\s+\S+){0,3}?\s+${MARKS}\b)`,
  'gu',
);
export const withoutDayMarksSeen = (text: string): string => text.replace(DAY_MARKS_SEEN, ' ');
/** The text without the moments of telling and the days gone by: what is left says when harm is expected. */
/** "Financieel misbruik" is financial abuse; "misbruik" alone reads as sexual abuse, to come or done. */
const FINANCIAL_ABUSE = /\bfinancie(?:el|le) misbruik\p{L}*/gu;
export const asFinancialAbuse = (text: string): string => text.replace(FINANCIAL_ABUSE, 'financiele uitbuiting');

export const withoutTimeOfTelling = (text: string): string => text.replace(DAY_OF_TELLING, ' ').replace(DAY_GONE_BY, ' ');

/** "Komt al twee weken zonder eten naar school": something that has gone on for weeks … */
export const CHRONIC = /\b(?:al|sinds|nu al)\s+(?:\S+\s+){0,2}?(?:weken|maanden|jaren|tijden)\b|\bwekenlang\b|\bal (?:een )?(?:hele )?tijd\b|\bal lang\b/u;
/** … unless days, hours or last night are named too. */
export const ACUTE_SPAN = /\b(?:dagen|sinds gisteren|gisteren|vandaag|vannacht|uren)\b/u;

/**
 * "Bij het hockey gevallen, trainer en moeder bevestigen het": an injury from sport or play that others saw or confirm.
 * Only the model's own reading is set aside by it; a rule that finds danger still counts.
 */
const SPORT_OR_PLAY = /\b(?:\p{L}*training|\p{L}*wedstrijd|voetbal\p{L}*|hockey\p{L}*|basketbal\p{L}*|judo|gym|turnen|zwemles|schoolplein|speeltuin|glijbaan|klimrek|trampoline|skate\p{L}*|fiets|step)\b/u;
const CONFIRMED = /\b(?:bevestig\p{L}*|zelf gezien|zelf zag|(?:oma|opa|moeder|vader|juf|meester|trainer|coach|leiding) was erbij|zag (?:het|ik het) gebeuren|(?:coach|trainer|juf|meester|gymdocent|leiding|moeder|vader|ouders) (?:\S+ ){0,2}?(?:zag|zagen|heeft het gezien|hebben het gezien|gaf het door|heeft het doorgegeven)|zeggen (?:de )?(?:coach|trainer|juf|meester|ouders|moeder|vader))\b/u;
export const isConfirmedAccident = (normalised: string): boolean => SPORT_OR_PLAY.test(normalised) && CONFIRMED.test(normalised);

/**
 * "Een nieuwe collega schrok ervan ivm 'achterlaten' … volgens mij is er geen enkele aanwijzing": a colleague's
 * fear that the asker, who knows the family, finds no sign of. What the colleague named is not read as the case.
 */
const NO_SIGN_OF_IT = /\bgeen (?:enkele )?aanwijzing\p{L}*|\bniets wijst\b|\bnergens op wijst\b|\bgeen reden (?:tot|voor) zorg\p{L}*/u;
const COLLEAGUE_FEARED = /\b(?:een |mijn |onze |de )?(?:nieuwe )?collega\p{L}*\b[^.?!]{0,40}?\b(?:schrok|begon|dacht|noemde|had het over)\b[^.?!]*/gu;
export const withoutDoubtedColleagueFear = (text: string): string => (NO_SIGN_OF_IT.test(text) ? text.replace(COLLEAGUE_FEARED, ' ') : text);

/**
 * "Heeft vorige maand een einde aan zijn leven gemaakt", "verloor haar vader door zelfdoding": a death that is
 * mourned, not a plan. What the mourner says of themselves still counts.
 */
const DEATH_MOURNED =
  /\b(?:heeft|had|hebben)\s+(?:\S+\s+){0,4}?(?:een\s+)?einde\s+aan\s+(?:zijn|haar|z'n|d'r|hun|het)\s+(?:eigen\s+)?leven\s+gemaakt\b|\b(?:verloren|verloor|overleden|overlijden|gestorven|omgekomen)\s+(?:\S+\s+){0,2}?(?:door|na|aan)\s+(?:een\s+)?(?:zelfdoding|zelfmoord|suicide)\b|\b(?:heeft|had|hebben)\s+(?:\S+\s+){0,3}?(?:zelfmoord|zelfdoding|suicide)\s+gepleegd\b|\bpleegde\s+(?:\S+\s+){0,2}?(?:zelfmoord|zelfdoding|suicide)\b|\bheeft\s+zich\s+(?:\S+\s+){0,3}?(?:van het leven beroofd|van kant gemaakt|om het leven gebracht)\b/gu;
/** "Door zelfmoord is overleden": the same death told the other way round. */
const DEATH_MOURNED_REVERSED = /\b(?:door|aan|na)\s+(?:een\s+)?(?:zelfdoding|zelfmoord|suicide)\s+(?:\S+\s+){0,2}?(?:overleden|gestorven|omgekomen)\b|\brouw\p{L}*\s+(?:\S+\s+){0,2}?na\s+(?:een\s+|de\s+)?(?:zelfdoding|zelfmoord|suicide)\b/gu;
/** "In de rouw na de dood van zijn vrouw": a death being mourned, not a danger. */
const GRIEF = /\b(?:in de rouw|rouwt|rouwen|rouwverwerking|rouwgroep)\b/u;
const DEATH_OF = /\bde dood van (?:zijn|haar|hun|mijn|z'n|d'r) \p{L}+/gu;
export const withoutDeathsMourned = (text: string): string => {
  const told = text.replace(DEATH_MOURNED, ' ').replace(DEATH_MOURNED_REVERSED, ' ');
  const mourned = GRIEF.test(told) ? told.replace(DEATH_OF, ' ') : told;
  return IN_HOSPITAL_CARE.test(mourned) && !AGAIN.test(mourned) ? mourned.replace(ATTEMPT_BEHIND, ' ') : mourned;
};
/**
 * "Kwam vannacht binnen op de SEH na een overdosis", "ligt na een poging op de PAAZ": an attempt behind someone who is in
 * hospital care now; the worry that is left is for who else is at home (the children). A plan for more still counts.
 */
const IN_HOSPITAL_CARE = /\b(?:seh|spoedeisende hulp|eerste hulp|ziekenhuis|paaz|ic|intensive care|opgenomen|opname|kwam (?:\S+ ){0,2}?binnen|binnengebracht)\b/u;
/** "Zegt dat ze het opnieuw gaat doen": the attempt then says what the plan is. */
const AGAIN = /\b(?:opnieuw|nog een keer|nog eens|weer (?:gaat|gaan|wil|zal|te) (?:doen|proberen)|het weer doen)\b/u;
const ATTEMPT_BEHIND = /\b(?:na|vanwege|door|met) een (?:overdosis|suicidepoging|zelfmoordpoging|poging tot zelfdoding|poging tot zelfmoord|(?:\S+ )?poging)(?: (?:medicatie|medicijnen|pillen|paracetamol|slaappillen))?\b/gu;

/** "Haar havo (wil) afmaken": the school or work someone finishes, right before "afmaken" (not killing someone). */
export const FINISHED_WORK = String.raw`(?:havo|vwo|vmbo|mbo|school|schooljaar|opleiding|studie|diploma|huiswerk|werk|stage|examen|klus|taak|project)`;
export const WILL_FINISH = String.raw`(?:(?:wil|willen|gaat|kan|moet)\s+)?`;
/** "Hij slaat haar niet": a verb of violence denied right after it, with or without its object. */
export const DENIED_RIGHT_AFTER = String.raw`\s+(?:(?:haar|hem|mij|me|ze|hen)\s+)?(?:niet|nooit)\b`;

/** "Bedoelt het niet echt", "niet gemeend": words of a threat that the asker knows are not meant. */
export const NOT_MEANT = /\b(?:bedoelt|bedoelde|meent|meende)\s+(?:het|dat|er)\s+(?:\S+\s+)?niet\b|\bniet (?:echt |serieus )?(?:gemeend|bedoeld)\b/u;

/**
 * "Gebruikt zijn zakmes voor houtsnijden": a blade or gun kept for a craft, a hobby or a collection. Only without a
 * word of threat or use against someone near it.
 */
const TOOL_USE = /\b(?:kookclub|kookles\p{L}*|kookcursus\p{L}*|koken|opleiding kok|koksopleiding|praktijkles\p{L}*|messenset\p{L}*|groente\p{L}*|uien|kindermes\p{L}*|keukengerei|houtsnij\p{L}*|snijwerk|knutsel\p{L}*|scouting|vissen|hengel\p{L}*|klussen|gereedschap|verzamel\p{L}*|collectie|museum|op jacht|jachtakte|jachtvergunning|jager|jagen|schietvereniging|schietsport|kamperen)\b/u;
const TURNED_ON_SOMEONE = /\b(?:dreig\p{L}*|bedreig\p{L}*|gedreigd|zwaai\p{L}*|richt\p{L}*|gericht|steek\p{L}*|stak|gestoken|prik\p{L}*|achter (?:haar|hem) aan)\b/u;
export const isToolUse = (text: string): boolean => TOOL_USE.test(text) && !TURNED_ON_SOMEONE.test(text);

/** Whether a sentence says when something happens, not counting when it was told. */
export function saysWhenItHappens(sentence: string): boolean {
  return saysWhen(sentence.replace(WHEN_TOLD, ' '));
}

/**
 * A knowledge question or rule about a generic person is not a report: "wat moet ik doen als een
 * kind vertelt dat het geslagen wordt?", "hoe herken ik of een kind misbruikt wordt?". Such framing
 * before the match sets it aside, unless the sentence says when ("nu", "net", "vandaag"), which
 * makes it a case. A conditional only counts in a question or at the start of the sentence.
 */
const GENERIC_SUBJECT = String.raw`(?:een|iemand|je|jij|u|kinderen|leerlingen|ouders|jongeren|clienten|meisjes|jongens|vrouwen|mensen)`;
const CONDITIONAL = String.raw`(?:als|wanneer|indien|stel dat|stel|mocht)`;
const HYPOTHETICAL = check(String.raw`\b${CONDITIONAL}\s+(?:er\s+)?${GENERIC_SUBJECT}\b|\b(?:als|wanneer|indien)\s+ik\s+(?:vermoed|denk|twijfel|merk|vrees)\b|\bstel(?: dat|: )|\b(?:als|wanneer|indien|mocht)\b[^,?]{0,40}\booit\b`);
const STARTS_WITH_CONDITIONAL = check(String.raw`^${CONDITIONAL}\b`);
/** A question without its question mark: "moet ik de meldcode volgen als ik vermoed dat …". */
const STARTS_AS_QUESTION = check(String.raw`^(?:moet|mag|kan|kun|wat|hoe|wie|waar|wanneer|welke|bij wie|naar wie)\b`);
const KNOWLEDGE_QUESTION = check(
  String.raw`\b(?:signalen|signaal|herken\w*|hoeveel|hoe vaak|hoe (?:praat|ga|bespreek|reageer)|wat (?:is|zijn|betekent|houdt)|waar (?:kan|kunnen|moet|moeten)|omgaan met|bij (?:een )?(?:vermoeden|signalen)|voorbeelden?)\b.*\b${GENERIC_SUBJECT}\b`,
);

export function isFramedAsGeneric(sentence: string, matchEnd: number): boolean {
  if (IMMEDIATE_RX.test(sentence)) return false;
  const head = sentence.slice(0, matchEnd);
  const conditionalApplies = sentence.endsWith('?') || STARTS_WITH_CONDITIONAL.test(sentence) || STARTS_AS_QUESTION.test(sentence);
  return (conditionalApplies && HYPOTHETICAL.test(head)) || KNOWLEDGE_QUESTION.test(head);
}

/** "Wat is VGV?", "Hoe herken ik huwelijksdwang bij een leerling?": a question about a topic, not a case. */
const TOPIC_QUESTION = check(String.raw`^(?:wat|hoe|hoeveel|welke|wanneer|waar|waarom|wie|mag|moet|moeten|kan|kun|kunnen|is|zijn|heeft|hebben|bij wie|klopt het)\b(?:[^.!]*\?|(?:\s+\S+){0,6})$`);
const CASE_MARKER = check(String.raw`\b(?:mijn|m'n|onze|deze|die|dit|zijn|haar|hun)\s+(?:leerling|client|kind|dochter|zoon|moeder|vader|buurvrouw|buurman|collega|peuter|baby|meisje|jongen|cliente)\b|\b(?:ik heb|ik zie|we hebben|er is|er zit|er staat|hier)\b`);

/** "wat betekent achterlating precies …", "wurging is toch apart strafbaar?": about a word or the law, however long. */
const DEFINITION_OR_LAW = check(
  String.raw`^(?:wat (?:betekent|is|zijn|houdt|verstaan)|hoe (?:heet|noem)|welke (?:wet|regel))\b|\b(?:strafbaar|strafbaarheid|wetsartikel|wetboek|wetswijziging|in de wet|wettelijk|definitie|betekenis)\b[^.!]*\?$`,
);

export function isTopicQuestion(sentence: string): boolean {
  return (TOPIC_QUESTION.test(sentence) || DEFINITION_OR_LAW.test(sentence)) && !CASE_MARKER.test(sentence) && !IMMEDIATE_RX.test(sentence);
}

/** "Is inmiddels verhuisd": what ended; "heeft inmiddels een verzuimmelding ontvangen" tells of a step taken, not of safety. */
const BY_NOW = String.raw`inmiddels(?!\s+(?:\S+\s+){0,2}?\p{L}*melding\b)`;
/**
 * A message about the past ("vorig jaar", "vroeger", "als kind", "een oude casus"), about a book, a
 * game, a lesson or a training, a joke, or one that says nothing is going on, with nothing that places
 * danger in the coming hours, reports no acute danger.
 */
const PAST_OR_FICTION = eitherOf(
  check(String.raw`\b(?:vorig(?:e)? (?:jaar|schooljaar|maand|zomer)|vroeger|als kind|destijds|(?<!\btot (?:een )?)(?:\d+|een|twee|drie|paar) (?:mnd|maand|maanden) (?:geleden|terug)|toen ik (?:nog|er)|tijdens mijn (?:stage|opleiding)|oude (?:casus|zaak|melding)|(?:casus|zaak|melding|dossier) uit (?:19|20)\d\d|(?:al )?(?:jaren|lang) (?:afgesloten|gesloten)|(?<!\bte )gamen|minecraft|fortnite|roblox|e-?learning|webinar(?:s)? (?:over|van|voor)|gastles(?:sen)? (?:over|van|voor)|psycho-?educatie\p{L}* over|accreditatie\p{L}*|verzonnen|fictie\p{L}*|fictieve?|haha\p{L}*|hihi|lol|(?<!niet (?:als |een )?)grapje|bij wijze van spreken|figuurlijk|(?:nu|verder) is er (?:niks|niets) aan de hand|er is (?:nu |verder )?(?:niks|niets) aan de hand|(?:thuis|daar|verder) is (?:er )?(?:niks|niets) aan de hand|wil (?:het )?(?:gewoon|alleen) (?:even )?weten|uit (?:pure )?(?:interesse|nieuwsgierigheid)|${BY_NOW}|jaren geleden|jaar geleden|jaar terug|jaren terug|achter (?:haar|hem|zich) ligt|oud-leerling|reunie|evaluatie|gedicht|thriller\p{L}*|detective\p{L}*|novelle|(?:een|het|dat|dit) (?!(?:ander|andere|eigen|raar|vreemd|vaag|wisselend|nieuw)\b)(?:\p{L}+ )?verhaal (?:over|waarin|voor)|(?:schr\p{L}+|lees\p{L}*|las|voorgelezen) (?:\S+ ){0,3}?verhaal|een verhaal was|film|aflevering|folder|toneelstuk|spreekbeurt|scriptie|eindopdracht\p{L}*|tweede wereldoorlog|wereldoorlog|onderduik\p{L}*|geschiedenisles|training over|training voor|cursus|studiedag|scholing\p{L}*|teamdag\p{L}*|studiedag\p{L}*|voorlichtingsmateriaal|oefen(?!ingen\b)\p{L}*|na te spelen|naspelen|voorlichting|preventie\p{L}*|(?<!\b(?:zit|zat|zitten|zaten|is|was|nog)\s)in de les(?!\s+(?:is|was|zit|zat|valt|viel|slaapt|sliep|huilt|huilde|schrikt|schrok|kijkt|keek)\b)|thema-avond|symposium|congres|lezing|intranet|procedure over|beleidsnotitie|beleidsstuk|beleidsplan|beleidsvraag|werkinstructie\p{L}*|notitie (?:aan|voor|over)|risicofactor\p{L}*|risicotaxatie\p{L}*|(?:kook|judo|biologie|bio|geschiedenis|teken|handvaardigheid|vecht|zelfverdedigings|weerbaarheids)les(?:sen)?)\b`),
  wordEndingIn(/game|boek|verha|serie|werkstuk|preventie|bijeenkomst|protocol/u, String.raw`games?|boek|verhaal (?:schrijven|lezen|gelezen|geschreven)|verhalen (?:schrijven|lezen)|serie|werkstuk|preventie|bijeenkomst|protocol\p{L}*`),
);
const CURRENT = check(
  String.raw`\b(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|volgende week) begint|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) is (?:ons|onze|de|het|er)\b|na de les|na de training|na het sporten|wil (?:echt |absoluut |gewoon )?niet (?:meer )?naar huis|(?:zit|zat|ligt|staat) (?:\S+ ){0,5}?te (?:huilen|trillen|snikken)|sommige vers|verse (?:sneetjes|snijwonden|wonden|krassen|plekken|blauwe plekken)|begint (?:de|het) (?:\p{L}+)?vakantie|(?:de|het) (?:\p{L}+)?vakantie begint\b|(?:gaan|gaat|vertrekken|vertrekt|vliegen|vliegt)\b[^.?!]{0,40}\bin de (?:mei|herfst|kerst|voorjaars|zomer|krokus|paas)vakantie|in de (?:mei|herfst|kerst|voorjaars|zomer|krokus|paas)vakantie\b[^.?!]{0,60}\b(?:gaan|gaat|vertrekken|vertrekt|vliegen|vliegt)|(?:vertrekken|vertrekt|vliegen|vliegt)\s+(?:ze|we|zij|hij)?\s*(?:al\s+)?(?:op\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen)|(?:vliegtuig|vlucht|reis|bus|trein)\s+(?:gaat|vertrekt|vliegt)\s+(?:al\s+)?(?:op\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|volgende week)|de (?:laatste|afgelopen) (?:tijd|dagen|weken|maanden)|sinds kort|deze (?:week|periode|maand)|deze zomer|komende zomer|aankomende zomer|deze zomervakantie|vandaag(?! de dag)|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|net(?! als)|zojuist|zonet|gisteren|gisteravond|straks|morgen(?:vroeg|ochtend|middag|avond)?|overmorgen|dit weekend|op dit moment|momenteel|nog steeds|weer|opnieuw|sinds|nu\b.{0,30}\b(?:voor de deur|aan de deur|voor (?:haar|zijn|hun|het|de) (?:huis|deur|woning|school))|staat (?:\S+ ){0,2}?(?:voor|aan) de (?:\S+ )?deur|(?:trekt|rukt|rammelt|duwt|schopt|slaat) (?:\S+ )?(?:aan|tegen|op) de (?:\p{L}*deur|bel)|(?:ik|we|wij) (?:sta|zit|ben|zijn|staan|zitten) (?:hier |er )?nu (?:bij|in|op|voor|aan|naast|buiten|binnen)|bonkt|bonst|\bkomt\b[^.?!]{0,30}\b(?:rond|om|tegen)\s+(?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|middernacht)(?:[.:]\d\d)?(?:\s*uur)?\s+(?:\S+\s+){0,2}?thuis|nu (?:al )?(?:\d+|een|twee|tien|twintig|dertig|een half|half) ?(?:min\p{L}*|kwartier|uur)|(?:hoort|hoor|horen|ziet|zie|zien) (?:\S+ )?nu|het is (?:nu |bijna |al )?(?:kwart (?:over|voor) |half )?(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d{1,2})(?:[.:]\d\d)?(?: uur)?(?= en| ,|,|\.|$))\b`,
);

/**
 * Children at play ("tikkertje", "met de blokken", an escape room) or drawing ("tekent steeds een man met een mes";
 * not "tekenen" of papers): what they act out, shout or draw is not danger, unless the message also places something in the coming hours or names a family member.
 */
const PLAY = check(
  String.raw`\b(?:tekening\p{L}*|(?:tekent|tekende|getekend)\s+(?:(?:steeds|vaak|telkens|weer|alleen|nog|vandaag|gisteren|laatst|net)\s+)*(?:een|zichzelf|poppetjes|monsters)|tikkertje|verstoppertje|tijdens het spelen|kinderpraat|tegen (?:een |zijn |haar )?(?:vriendje|vriendinnetje|klasgenootje)|speelde\p{L}*|(?<!\ber\s)speelt(?!\s+(?:(?:er|thuis|verder|ook|nog|daar|hier)\s+)*(?:niks|niets|iets|veel|meer|wat|van alles|mee)\b)|spelletje\p{L}*|poppenhoek|met de blokken|met blokken|met lego|met de poppen|escape ?room|normaal spel|fantasiespel|doen alsof)\b`,
);
const COMING_HOURS = check(String.raw`\b(?:straks|vanavond|vannacht|zo meteen|zometeen|na school|dit weekend|vandaag nog)\b`);
/** A family member named: what a child tells while playing may be a disclosure. */
const FAMILY_MEMBER = check(String.raw`\b(?:papa|mama|pap|mam|pa|ma|vader|moeder|stief\p{L}+|oom|opa|broer|zus|vriend van (?:mama|papa|moeder|vader))\b`);

/** "Moeder zit nu in de opvang" is no resolved case while "vader staat aan de deur en bonkt erop", or the asker says where they stand now. */
const AT_THE_DOOR_NOW = /\b(?:staat|staan)\s+(?:\S+\s+){0,3}?(?:aan|voor|bij) de (?:\S+ )?deur\b|\b(?:bonkt|bonst|schopt|rammelt)\b[^.?!]{0,20}?\b(?:deur|erop|ertegen|bel)\b|\b(?:ik|we|wij)\s+(?:sta|zit|ben|staan|zitten|zijn)\s+nu\b/u;
/** What the message tells, without the asker's questions ("of kan dat achteraf?" asks when to act; it tells nothing dealt with). */
const toldOnly = (normalised: string): string => sentencesOf(normalised).filter((s) => !s.trim().endsWith('?')).join(' ');

/** "Wurg- en klemtechnieken bij de jeugd", "verwurgingen volgens de bondsregels": techniques of a martial art, not an act. */
const MARTIAL_ART = /\b(?:judo\p{L}*|jiu-?jitsu|karate\p{L}*|worstel\p{L}*|vechtsport\p{L}*|zelfverdediging\p{L}*|kickboks\p{L}*|mma)\b/u;
const TECHNIQUE = /\b(?:\p{L}*technie[kc]\p{L}*|shime-waza|bondsregels|\p{L}*grepen|verwurgingen|stootkussen\p{L}*|bokszak\p{L}*|pads|sparren)\b/u;

/** "Collega vliegt vanavond naar Curaçao voor haar eigen huwelijk", "onze collega trouwt": a colleague's own wedding, no forced marriage. */
const OWN_WEDDING = /\bcollega\p{L}*\b[^.!?]{0,60}\b(?:trouwt|gaat trouwen|gaan trouwen|(?:haar|zijn) eigen (?:huwelijk|bruiloft))\b/gu;
/** A honeymoon says the wedding is the couple's own choice: then no word of marrying in the message is forced. ("Haar eigen bruiloft" of a girl who does not want it is forced marriage.) */
const OWN_WEDDING_CONTEXT = /\b(?:huwelijksreis|wittebroodsweken)\b/u;
const MARRYING = /\b(?:trouw\p{L}*|huwelijk\p{L}*|bruiloft\p{L}*)\b/gu;
/** "Naar Turkije voor de bruiloft van een neef": a relative's wedding the family goes to; with no word of force, no wedding in the message is forced. */
const OTHERS_WEDDING = /\b(?:bruiloft|huwelijk|trouwerij|trouwfeest) van (?:een |haar |zijn |hun |de )?(?:neef|nicht|oom|tante|broer|zus|vriend\p{L}*|collega|familielid)\b/u;
/** Words that make any wedding in the message a possible forced one. */
const COERCION = /\b(?:gedwongen|\p{L}*dwang|uithuwelijk\p{L}*|uitgehuwelijkt|moet trouwen|wil niet|tegen (?:haar|zijn) wil|bang|eigen bruiloft|voor haar geregeld)\b/u;
/** "Twee pubers, van hem uit een eerder huwelijk": a marriage that was, which says who the children are. */
const FORMER_MARRIAGE = /\b(?:uit|van)\s+(?:een|zijn|haar|hun)?\s*(?:eerder|eerdere|vorig|vorige|eerste|ander|andere)\s+huwelijk\b/gu;
/** "Of het gewoon een slecht huwelijk is qua geld", "hun huwelijk loopt op de klippen": the adults' own marriage, no wedding to come. */
const THEIR_OWN_MARRIAGE = /\b(?:slecht|slechte|goed|goede|ongelukkig|ongelukkige|gelukkig|gelukkige|moeizaam|moeizame|lang|lange)\s+huwelijk\b|\b(?:hun|ons)\s+huwelijk\b/gu;
export const withoutOwnWedding = (text: string): string => {
  const normalised = text.replace(FORMER_MARRIAGE, ' ').replace(THEIR_OWN_MARRIAGE, ' ');
  return (OWN_WEDDING_CONTEXT.test(normalised) || OTHERS_WEDDING.test(normalised)) && !COERCION.test(normalised) ? normalised.replace(MARRYING, ' ') : normalised.replace(OWN_WEDDING, ' ');
};

/** "Een brief aan alle ouders over meisjesbesnijdenis": word to every parent, which is no case. */
const WORD_TO_EVERY_PARENT = String.raw`(?:een|de) (?:\S+ )?brief (?:\S+ ){0,3}?(?:aan|naar|voor) alle ouders|nieuwsbrief (?:voor|aan|naar) (?:alle |de )?ouders`;
const WORD_TO_EVERY_PARENT_RX = new RegExp(String.raw`\b(?:${WORD_TO_EVERY_PARENT})\b`, 'u');
export const isWordToEveryParent = (t: string): boolean => WORD_TO_EVERY_PARENT_RX.test(t);
/** "Een fictieve casus voor een rollenspel", "voor de ehbo-les", "een brief aan alle ouders": a made-up case, a lesson or word to every parent, whatever day it is used. */
const MADE_UP_CASE = new RegExp(String.raw`\b(?:fictieve (?:casus|situatie|ouder|gezin)|hypothetische (?:casus|situatie|vraag)|rollenspel\p{L}*|oefencasus|verzonnen casus|ehbo-?les\p{L}*|lesmateriaal|lesbrief|lespakket\p{L}*|(?:de|een) film (?:over|uit)|leg ik (?:\S+ ){0,2}studenten uit|${WORD_TO_EVERY_PARENT})\b`, 'u');

/**
 * "Blijft bij het hek hangen alsof hij niet naar huis wil": the asker's impression, not something said or done; and
 * "speelt met de poppen dat de papa de mama slaat": a child's play, a sign to record, not violence going on now.
 */
const AS_IF_CLAUSE = /\balsof\b[^.!?,;]*|(?<!\bhet )\b(?:speelt|speelde|spelen|speelden|naspeelt|naspeelde)\b[^.!?,;]{0,40}?\bdat\b[^.!?,;]*/gu;
export const withoutAsIf = (text: string): string => text.replace(AS_IF_CLAUSE, ' ');

/** "Speelt met de poppen 'papa slaat mama' na": harm acted out in play is a worry to weigh, not harm now. */
const PLAY_ACTING = /\b(?:speelt|speelde|spelen|speelden|naspeelt|naspelen)\b[^.?!]*\b(?:na|poppen\p{L}*|poppenhoek|knuffel\p{L}*|barbie\p{L}*|playmobil)\b|\b(?:poppenhoek|met de poppen|met poppen|met zijn poppen|met haar poppen)\b/u;
/** Fear, home or a time soon in the same sentence keeps it: "in de poppenhoek zei ze dat ze vanavond niet naar huis durft". */
const PLAY_WITH_FEAR_OR_SOON = /\b(?:bang|durft? niet|durfde niet|niet naar huis|vanavond|vannacht|straks|zo meteen|nu meteen)\b/u;
export const withoutPlayActing = (text: string): string =>
  (text.match(/[^.!?]+[.!?]*/gu) ?? [text]).filter((sentence) => !PLAY_ACTING.test(sentence) || PLAY_WITH_FEAR_OR_SOON.test(sentence)).join(' ');

/** Danger that has been dealt with: reported, treated, the child placed elsewhere or safe again. */
const RESOLVED = check(
  String.raw`\b(?:${BY_NOW}|(?:een |de )?melding (?:\S+ )?(?:gedaan|overgenomen)|is (?:toen |direct |meteen |gelijk )?gemeld|uit huis geplaatst|in een pleeggezin|is verhuisd|wordt behandeld|is behandeld|weer veilig|in veiligheid|veilig opgevangen|is opgevangen|achteraf|ter info|zit (?:weer )?goed in (?:haar|zijn) vel|gaat (?:nu )?(?:weer )?goed met (?:haar|hem)|gaat (?:\S+ )?beter met (?:haar|hem)|(?:het )?gaat (?:nu )?(?:weer )?(?:super|prima|heel goed|hartstikke goed|top) met (?:haar|hem)|al jaren stabiel|is uitgeschreven|zit nu in de (?:vrouwen|crisis)?opvang|in de (?:vrouwen|crisis)opvang|(?<!\balleen )is (?:gewoon |weer )?teruggekomen|(?:alles )?bleek (?:alles |het )?in orde|bleek (?:er )?(?:niks|niets) aan de hand|woont (?:nu )?(?:alleen )?(?:en )?veilig)\b`,
);

/** "Haar overleden man": the one who was the danger is gone; not when someone readies means ("de pillen van zijn overleden vrouw gespaard"). */
const DECEASED = /\b(?:haar|zijn) overleden (?:man|vrouw|partner|vader|moeder|ex)\b/u;
/** "Ik heb hem nog aan de lijn": someone the asker is talking to now. */
const ON_THE_LINE = /\b(?:heb|hebben)\s+(?:hem|haar|ze|die|de\s+\S+)\s+(?:nog\s+|nu\s+)*aan de lijn\b|\b(?:is|zit|hangt)\s+(?:nog\s+|nu\s+)*aan de lijn\b/u;
const SELF_HARM_MEANS = /\b(?:een touw|het touw|een strop)\b[^.?!]{0,40}\b(?:hangt|klaar|opgehangen|in de garage|op zolder|aan de balk)\b|\b(?:hangt|ligt)\s+(?:al\s+)?(?:een touw|een strop)\b|\b(?:pillen|medicijnen|tabletten|slaappillen)\b[^.?!]{0,60}\b(?:gespaard|verzameld|opgespaard|bewaard)\b|\b(?:gespaard|verzameld|opgespaard)\b[^.?!]{0,40}\b(?:pillen|medicijnen|tabletten)\b/u;

/**
 * Said or taken as a joke: "haha", an emoji that laughs, both laughing. Not someone who laughs while telling
 * a plan ("ze lachte erbij"): that can be a sign of danger itself.
 */
const JOKE = check(String.raw`(?:\bhaha\p{L}*|\bhihi\b|\blol\b|😄|😂|🤣|😅|😆|\b(?:lag|lagen) (?:er )?(?:\S+ )?dubbel\b|\b(?:allebei|samen|beiden) lachend\b|\blachten (?:allebei|samen)\b|\bmoesten (?:er )?(?:allebei )?om lachen\b|\bdubbel van het lachen\b|\b(?:iedereen|allemaal|we|wij|alle kinderen|de (?:hele )?(?:groep|klas|zaal)) (?:(?:moest|moesten|schoot|schoten|lag|lagen|begon|begonnen) (?:\S+ )?(?:in de lach|te lachen|lachen)|(?:\S+ )?in de lach (?:schoot|schoten|lag|lagen)|lachten|lachte)\b|(?<!\bniet (?:als |een )?)(?<!\bof (?:dat|het|dit) )\b(?:als grap|grapje)\b(?! (?:bedoeld )?(?:was|is)\b[^.?!]{0,30}\bniet\b)|(?<!['"‘’][^'"‘’.?!]{0,40})(?<!\b(?:gewurgd|geslagen|geduwd|geschopt|geknepen|vastgebonden|opgesloten|gestoken|wurgt|wurgde|slaat|sloeg|duwt|duwde|knijpt|kneep)\s)\bvoor de grap\b)`);
/** A documentary, the news, a film (a jeugdfilm, a speelfilm) or a book: what happens in it is not happening here. */
const MEDIA = eitherOf(
  check(String.raw`\b(?:film(?:avond|middag|ochtend)|voorstelling|personage\p{L}*|toneel\p{L}*|theater\p{L}*|docu|docus|documentaire\p{L}*|filmtip\p{L}*|nieuwsbericht\p{L}*|het nieuws|in de krant|krantenartikel|artikel|podcast|roman|op npo|op tv|op televisie)\b`),
  wordEndingIn(/film|serie/u, String.raw`film|films|filmpjes? over|serie|series`),
);
/** The asker says the question is general, or asked out of curiosity. */
const GENERAL = check(String.raw`\b(?:algemene (?:vraag|info|informatie)|in het algemeen|vroeg me (?:dat|het|dit) (?:\S+ )?af|kennis (?:op ?frissen|bijspijkeren)|(?:het )?gaat (?:hier )?niet om een (?:patient|patiente|client|cliente|leerling|kind|bewoner|gezin|casus) van nu)\b`);

/** The day or night of a visit told afterwards ("vannacht kwam een vrouw binnen", "vanochtend iets meegemaakt"): when it was, not when danger is. */
const VISIT_GONE_BY =
  /\b(?:vandaag|vanochtend|vanmorgen|vanmiddag|gisteren|gisteravond|gistermiddag|gisterochtend|gisternacht|vannacht|(?:afgelopen|vorige) (?:nacht|week|maand|weekend|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b(?=(?:\s+\S+){0,5}?\s+(?:kwam|kwamen|was|waren|had|hadden|zag|zagen|zei|zeiden|vertelde|vertelden|miste|binnenkwam|lag|lagen|\p{L}{0,6}ge\p{L}{2,}(?:[dt]|en)|gezien|gekomen|gesproken|gebleven)\b)|\bsinds (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren)\b/gu;
const A_VISIT_GONE_BY = new RegExp(VISIT_GONE_BY.source, 'u');
export const tellsOfAVisitGoneBy = (sentence: string): boolean => A_VISIT_GONE_BY.test(sentence);
export const withoutDayOfAVisit = (text: string): string => text.replace(VISIT_GONE_BY, ' ');
/** "Zag ik in de kleedkamer per ongeluk …", "per ongeluk gezien": seen by chance, which vouches for no accident. */
export const SEEN_BY_CHANCE = /\b(?:zag|zie|zagen|hoorde|ontdekte|merkte|las)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,5}?per ongeluk\b|\bper ongeluk\s+(?:\S+\s+){0,2}?(?:gezien|gehoord|ontdekt|gelezen)\b/gu;
/**
 * An accident the asker or a colleague saw or recorded ("ik stond er zelf naast", "de nachtdienst heeft het gezien",
 * "staat in het MIC-formulier"), told without a doubt about the explanation.
 */
const ACCIDENT_VOUCHED = check(
  String.raw`\b(?:gewoon een ongel(?:uk|ukje)|per ongeluk(?![^.!?]{0,40}\b(?:zien|gezien|horen|gehoord|lezen|gelezen|verklapte|ontdekte|ontdekt)\b)|ik stond er (?:zelf )?(?:naast|bij)|(?:ik )?(?:heb|hebben) het (?:zelf )?zien gebeuren|(?:nachtdienst|collega\p{L}*(?:'s)?|juf|meester|trainer|arts|leiding) (?:heeft|hebben) het (?:zelf )?gezien|(?:zag|zagen) het gebeuren|mic-?(?:formulier|melding)|ongevallenregister|incidentformulier|ongevalsformulier)\b`,
);
const DOUBTED = check(String.raw`\b(?:geloof|twijfel\p{L}*|klopt niet|klopt het niet|vreemd|raar|verklaring|verdacht\p{L}*|bang|zegt dat|zei dat|volgens (?:hem|haar|vader|moeder|de ouders))\b`);
/** "Hoe schrijf ik een verslag …, ik heb de neiging om 'moeder leek dronken' op te schrijven": how to write, with an example. */
const WRITING_QUESTION = check(String.raw`\bhoe (?:schrijf|formuleer|noteer|rapporteer|beschrijf|documenteer|registreer) (?:ik|je|we|jij)\b|\bhoe formuleer\b`);
/** "Hoe schrijf ik op dat een kind zegt dat papa hem slaat?" asks how to write; a story that asks more beside it tells a case. */
const ABOUT_WRITING = /\b(?:schrijf|schrijven|noteer|noteren|formuleer|formuleren|opschrijven|rapporteer|rapporteren|beschrijf|documenteer|registreer)\b/u;
const asksMoreThanHowToWrite = (normalised: string): boolean => sentencesOf(normalised).some((s) => s.trim().endsWith('?') && !ABOUT_WRITING.test(s));

/** "Puur hypothetisch", "stel dat een kind ooit …": a what-if, even when the what-if names tonight. */
const WHAT_IF = check(String.raw`\bhypothetisch\b|\bstel (?:je )?(?:eens )?(?:voor )?dat\b.*\booit\b`);

/** "Vraag voor het jeugdartsenoverleg van vanavond", "we hebben morgen een mdo-tje": the time of a meeting, not of danger. */
const MEETING = String.raw`(?:\p{L}*overleg\p{L}*|mdo\p{L}*|vergadering|intervisie|bijeenkomst|training|sessie|mentorles)`;
const MEETING_SOON = String.raw`(?:vanavond|vanmiddag|morgen\p{L}*|straks)`;
const MEETING_TIME = new RegExp(
  String.raw`\b(?:volgende week|deze week|morgen\p{L}*|maandag|dinsdag|woensdag|donderdag|vrijdag)\s+(?:\S+\s+){0,2}?(?:uitnodigen|uit te nodigen|op gesprek (?:vragen|laten komen)|langs laten komen)\b|\b${MEETING}\s+(?:van\s+)?${MEETING_SOON}\b|\b(?:hebben|heb|houden|is|staat)\s+(?:we|wij|ik|er)\s+${MEETING_SOON}\s+(?:\S+\s+)?${MEETING}|\b${MEETING_SOON}\s+(?:hebben|heb|houden|is|staat)\s+(?:we|wij|ik|er)\s+(?:\S+\s+)?${MEETING}|\b(?:we|wij|ik|er)\s+(?:hebben|heb|houden|is|staat)\s+${MEETING_SOON}\s+(?:\S+\s+)?${MEETING}|\b(?:volgende week|morgen\p{L}*|maandag|dinsdag|woensdag|donderdag|vrijdag)\s+(?:pas\s+|eerst\s+)?(?:in|op|tijdens)\s+(?:het|de|ons|onze)\s+${MEETING}`,
  'gu',
);
/** The time of a meeting is no time of danger. */
export const withoutMeetingTimes = (text: string): string => text.replace(MEETING_TIME, ' ');

/** "De verklaring tegen meisjesbesnijdenis meegeven": the document that protects a girl abroad, not a cutting planned. */
const THE_DECLARATION = /\bverklaring\s+tegen\s+(?:vrouwelijke\s+genitale\s+verminking|(?:meisjes)?besnijdenis|vgv)\b/gu;
/** "Moeder zei zelf dat ze tegen besnijdenis was": a parent's stand against cutting, not a cutting planned. */
const AGAINST_CUTTING = /\b(?:is|was|zijn|waren|staat|stond|staan)\s+(?:\S+\s+){0,6}?(?:fel\s+|echt\s+|ook\s+)?tegen\s+(?:meisjes)?besnijdenis\b|\btegen\s+(?:meisjes)?besnijdenis\s+(?:is|was|zijn|waren)\b/gu;
/** Words against cutting (a declaration, a stand) name no cutting planned; read for danger without them. */
export const withoutWordsAgainstCutting = (text: string): string => text.replace(THE_DECLARATION, ' ').replace(AGAINST_CUTTING, ' ');

/** "Ze vroeg wat 'zelfmoord door ophangen' betekent", "wat het woord 'loverboy' is": a word asked about, not something happening. */
const WORD_ASKED_ABOUT = /\bwat\s+(?:het woord\s+|de term\s+)?['"‘’“”][^'"‘’“”]{1,60}['"‘’“”]\s+(?:precies\s+)?(?:betekent|betekende|is|was|inhoudt|wil zeggen)\b/gu;
export const withoutWordsAskedAbout = (text: string): string => text.replace(WORD_ASKED_ABOUT, ' ');

/** Children at play or drawing, with no family member named: what they act out is no danger (nor a case). */
/** "Zei tegen een vriendinnetje dat ze er niet meer wil zijn": a child's own words of self-harm are no play. */
const OWN_HARM_TOLD = /\b(?:er niet meer (?:wil|wilt|wou) zijn|(?:wil|wilt) er (?:\S+ )?niet meer zijn|dood (?:wil|wilt|wou)|(?:wil|wilt) dood|zelfmoord|zichzelf|krast|krassen|snijdt)\b/u;
export const readsAsChildPlay = (normalised: string): boolean => PLAY.test(normalised) && !FAMILY_MEMBER.test(normalised) && !OWN_HARM_TOLD.test(normalised);

/** "(vrijwilliger dus geen idee of die meldcode voor ons geldt haha)": laughing at oneself in an aside is no joke about the case. */
const ASIDE_WITH_A_LAUGH = /\([^()]*\bhaha\p{L}*[^()]*\)/gu;
const QUOTED = /['"‘’“”][^'"‘’“”]{1,120}['"‘’“”]/gu;

/** "Ik ben begeleider in de vrouwenopvang": where the asker works, which makes no one safe. */
const ASKER_IN_A_SHELTER = /\bik (?:ben|werk)\b[^.!?]{0,40}?\b(?:in|bij|op) de (?:vrouwen|crisis|nacht)?opvang\b/gu;
/** "Hij weet waar ze zit": the shelter is no safety once he has found her. */
const FOUND_HER = /\b(?:weet|weten|kent|vond|heeft gevonden)\s+(?:nu\s+)?waar\s+(?:ze|zij|hij|ze nu)\s+(?:zit|woont|verblijft|is|slaapt)\b/u;
export const isPastOrFiction = rememberLast(function isPastOrFiction(normalisedText: string): boolean {
  const normalised = normalisedText.replace(ASIDE_WITH_A_LAUGH, ' ');
  // "Kijkt misdaadseries en roept 'die vermoordt haar zo meteen'": a time quoted from a screen is no time of danger.
  const comingHours = COMING_HOURS.test(MEDIA.test(normalised) ? normalised.replace(QUOTED, ' ') : normalised);
  return (
    WHAT_IF.test(normalised) ||
    (PAST_OR_FICTION.test(normalised) && !CURRENT.test(withoutMeetingTimes(normalised)) && !SELF_HARM_MEANS.test(normalised) && !ON_THE_LINE.test(normalised)) ||
    MADE_UP_CASE.test(normalised) ||
    (!comingHours && ((RESOLVED.test(toldOnly(normalised).replace(ASKER_IN_A_SHELTER, ' ')) && !AT_THE_DOOR_NOW.test(normalised) && !FOUND_HER.test(normalised)) || (DECEASED.test(normalised) && !SELF_HARM_MEANS.test(normalised)) || JOKE.test(normalised) || MEDIA.test(normalised) || GENERAL.test(normalised) || (WRITING_QUESTION.test(normalised) && !asksMoreThanHowToWrite(normalised)))) ||
    (ACCIDENT_VOUCHED.test(normalised.replace(SEEN_BY_CHANCE, ' ')) && !DOUBTED.test(normalised)) ||
    (!comingHours && readsAsChildPlay(normalised)) ||
    (MARTIAL_ART.test(normalised) && TECHNIQUE.test(normalised))
  );
});

/**
 * The message without what the asker says about themselves: their role ("ik ben huisarts", "mag ik als
 * tandarts …") and their own fear ("ik ben eerlijk gezegd bang voor de reactie"). Neither is a signal.
 */
export function withoutAsker(normalised: string): string {
  return normalised.replace(ASKER_ROLE, ' ').replace(ASKER_FEAR, ' ').replace(STAFF_AWAY, ' ');
}
/** "Onze aandachtsfunctionaris is ziek": a colleague who is away says nothing of the family. */
const STAFF_AWAY = /\b(?:aandacht\p{L}*|ib'?er|intern begeleider|collega|leidinggevende|teamleider|arts|huisarts|juf|meester|mentor|zorgcoordinator|directeur|coordinator)\s+(?:is|was|zijn|waren)\s+(?:\S+\s+)?(?:ziek|afwezig|op vakantie|met verlof)\b/gu;
const ASKER_ROLE = /\bik (?:ben|werk als) (?:een |de )?\p{L}+(?=\s*(?:[.!?,;]|en\b|bij\b|op\b|in\b|van\b|hier\b|$))|\b(?:mag|kan|moet) ik als \p{L}+/gu;
const ASKER_FEAR = /\b(?:ik )?ben (?:\S+ ){0,3}?(?:bang|angstig)(?= (?:voor|dat|om)\b)/gu;

/** The number of words in a text. */
export const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length;
