/**
 * Acute danger in an English or German message (the region borders Germany; international schools
 * and expat families write in English). Far smaller than the Dutch reader: the situations whose words
 * are unambiguous (a weapon, a threat to kill, strangling, suicide, a baby not breathing, afraid to go
 * home, locked in) and violence placed in the coming hours. Matched on normalised text.
 */
import type { Language } from './language.js';

const EN = {
  strong: /\b(?:knife|knives|gun|guns|pistol|rifle|weapon|machete|kill (?:her|him|me|you|them|us)|going to kill|will kill|murder|finish (?:it|her|him|you)|strangl\w*|chok(?:ed|ing|es) (?:her|him|me)|hands? (?:around|round) (?:her|his|my) (?:neck|throat)|suicid\w*|kill (?:her|him|my|them)sel(?:f|ves)|end (?:her|his|my) life|overdose|wants? to die|took (?:a lot of|all (?:her|his|the)|too many|a whole (?:box|bottle|strip) of) (?:pills|tablets|paracetamol)|not breathing|stopped breathing|unconscious|limp|(?:afraid|scared|terrified) to go home|(?:won't|doesn't want to|does not want to) go home|locked (?:in|up)|won't let (?:her|him|me) leave)\b/u,
  violence: /\b(?:hit|hits|hitting|beat|beats|beating|beaten|punch\w*|kick\w*|attack\w*|hurt\w*|bleeding|threaten\w*)\b/u,
  soon: /\b(?:right now|now|tonight|today|this evening|this weekend|at the moment|when (?:she|he|i) gets? home)\b/u,
  calm: /\b(?:training|course|movie|film|book|series|documentary|statistics?|in general|last year|years ago|what are the signs|how (?:do|can) i (?:recognise|recognize))\b/u,
  /** "Came in today … last month he pushed her against a wall": violence placed before, told today. */
  before: /\b(?:last (?:month|week|summer|winter|spring|autumn)|(?:weeks|months) ago|a (?:week|month) ago|in the past)\b/u,
};

const DE = {
  strong: /\b(?:messer|waffe|pistole|gewehr|umbringen|umzubringen|toten|ermorden|abstechen|wurg\w*|erwurg\w*|selbstmord\w*|suizid\w*|(?:will|mochte|möchte) sterben|(?:viele|alle) tabletten (?:genommen|geschluckt)|sich (?:das leben|etwas) (?:zu )?nehmen|atmet nicht|bewusstlos|(?:traut|traue|trau) sich nicht nach hause|angst\w* (?:\S+ )?nach hause|eingesperrt|eingeschlossen)\b/u,
  violence: /\b(?:schlagt|schlug|geschlagen|schlagen|gurtel|tritt|getreten|verletzt|blutet|bedroht|droht|betrunken)\b/u,
  soon: /\b(?:jetzt|gerade|heute|heute abend|heute nacht|dieses wochenende|wenn (?:sie|er|ich) nach hause)\b/u,
  calm: /\b(?:fortbildung|schulung|film|buch|serie|dokumentation|statistik|allgemein|letztes jahr|vor jahren)\b/u,
  before: /\b(?:letzten monat|letzte woche|vor (?:\S+ )?(?:wochen|monaten|einer woche|einem monat))\b/u,
};

export function foreignDangerIn(normalised: string, language: Language): boolean {
  const words = language === 'en' ? EN : language === 'de' ? DE : undefined;
  if (!words || words.calm.test(normalised)) return false;
  return words.strong.test(normalised) || (words.violence.test(normalised) && words.soon.test(normalised) && !words.before.test(normalised));
}

/** Words of suicide or self-harm in English or German: only then does the card add 113. */
const SUICIDE: Partial<Record<Language, RegExp>> = {
  en: /\b(?:suicid\w*|kill (?:her|him|my|them)sel(?:f|ves)|end (?:her|his|my|their) (?:own )?life|overdose|wants? to die|self-harm\w*|cut(?:s|ting)? (?:her|him|my)self|(?:fresh |deep )?cuts on (?:her|his|my) (?:wrists?|arms?|forearms?|legs?|thighs?))\b/u,
  de: /\b(?:selbstmord\w*|suizid\w*|sich (?:das leben|etwas) (?:zu )?nehmen|sterben will|ritzt sich)\b/u,
};
export const foreignSuicideIn = (normalised: string, language: Language): boolean => SUICIDE[language]?.test(normalised) ?? false;

