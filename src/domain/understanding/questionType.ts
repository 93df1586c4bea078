/** The kind of answer a question asks for; an article that gives that kind is preferred. */
export type QuestionType = 'wat-moet-ik-doen' | 'wat-is' | 'mag-ik' | 'moet-ik' | 'wie-waar-hoe';

const QUESTION_TYPES: readonly [QuestionType, RegExp][] = [
  ['wat-moet-ik-doen', /\b(?:wat (?:moet|kan|doe|zou|kun) (?:ik|je|we|u)|welke stappen|hoe (?:pak|ga|handel|reageer|begin) (?:ik|je|we)|wat te doen|wat nu|hoe leg ik|hoe (?:moet|kan) ik)\b/u],
  ['mag-ik', /^(?:mag|mogen|is het toegestaan|ben ik bevoegd)\b|\bmag (?:ik|je|we|een)\b/u],
  ['moet-ik', /^(?:moet|moeten|ben ik verplicht|is het verplicht|heb ik (?:een )?meldplicht)\b|\b(?:verplicht|meldplicht)\b/u],
  // "Wie beslist …", "wie is verantwoordelijk …" ask about a decision or a responsibility, not whom to reach.
  ['wie-waar-hoe', /^(?:wie(?!\s+(?:beslist|bepaalt|besluit|neemt|pakt|is (?:\S+ )?verantwoordelijk|moet (?:dit|dat|het|er)\b))|waar|bij wie|hoe bereik|hoe doe ik|hoe krijg|hoe kom|hoe kan ik .* bereiken|welk (?:telefoon)?nummer|wat is het (?:telefoon)?nummer)\b/u],
  ['wat-is', /^(?:wat (?:is|zijn|betekent|houdt|bedoelen)|hoe herken|welke signalen|wat is het verschil)\b|\bsignalen\b/u],
];

export function questionTypeOf(normalisedQuestion: string): QuestionType | undefined {
  return QUESTION_TYPES.find(([, rx]) => rx.test(normalisedQuestion))?.[0];
}

const ARTICLE_TYPES: readonly [QuestionType, RegExp][] = [
  ['wat-moet-ik-doen', /^(?:wat doe ik|stap \d|hoe doe ik|een kind vertelt|wat is mijn rol|wat leg je vast|dossiervorming|vermoeden van)/u],
  ['mag-ik', /^(?:mag ik|privacy: mag|kan ik anoniem)/u],
  ['moet-ik', /^(?:moet ik|meldrecht of meldplicht|wanneer meld)/u],
  ['wie-waar-hoe', /^(?:hoe bereik|wie is|voor welke|waar|de aandachtsfunctionaris|de kindertelefoon)/u],
  ['wat-is', /^(?:wat is|wat zijn|het |signalen|gedragssignalen|lichamelijke|psychische|emotionele|seksueel|ouderenmishandeling|eergerelateerd|kind als getuige)/u],
];

/** The kind of answer an article gives, read from its title. */
export function answerTypeOf(normalisedTitle: string): QuestionType | undefined {
  return ARTICLE_TYPES.find(([, rx]) => rx.test(normalisedTitle))?.[0];
}
