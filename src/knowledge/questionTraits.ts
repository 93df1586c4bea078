import type { ExplicitQuestion } from '../domain/understanding/worry.js';

/**
 * How each kind of question a story asks is answered, in one place. The short answers themselves are Dutch text
 * and live in worryAnswer.ts; this table only says where they go.
 */
interface QuestionTraits {
  /** The short answer also holds below the danger numbers ("moet ik melden?" is answered by the numbers themselves). */
  inDanger: boolean;
  /** Not below the numbers of clear danger (a threat, a weapon, a suspect close by): what to do now answers it there. */
  notInClearDanger?: boolean;
  /** Asked second in a story, it gets its own short answer too. */
  second: boolean;
  /** Below a special route (a colleague, Veilig Thuis first), which does not answer it itself. */
  besideRoute: boolean;
  /** About this person's safety: its own short answer, not an article ("hoe krijg ik haar alleen te spreken?"). */
  ownAnswerFirst?: boolean;
  /** No article says whether this case is abuse or for Veilig Thuis: the short answer stays beside one article. */
  keptBesideArticle?: boolean;
  /** The short answer opens with its own question ("Moet je hier iets mee? Ja.") or points below: no label. */
  unlabelled?: boolean;
  /** The article that answers it better than any ranking finds it (in a story, only where no short answer of its own comes first). */
  article?: string;
  /** The article for a question the search finds nothing for ("mag ik met mijn beroepsgehiem … info geven"). */
  articleWhenNothingFound?: string;
  /** Other articles that answer it too: beside one of them, its own short answer would say the same again. */
  coveredBy?: readonly string[];
}

// Not the school's own article: it answers a teacher, and the search also offers it to a youth worker or a trainer.
const SHARING = ['beroepsgeheim', 'meldrecht-en-meldplicht', 'melden-zonder-toestemming', 'gegevens-delen-met-anderen', 'zorgen-als-burger-of-vrijwilliger'];
const MELDRECHT = ['meldrecht-en-meldplicht', 'melden-zonder-toestemming'];
const RECORDING = ['dossiervorming', 'meldcode-stap-1-signalen', 'vastleggen-besluit-tot-melden'];
const ASKING_ADVICE = ['zelf-advies-vragen', 'anoniem-advies-vragen', 'advies-vragen-zonder-het-gezin-in-te-lichten'];
const AFTER_A_MELDING = ['veiligheidsbeoordeling', 'terugkoppeling-aan-melder', 'eigen-rol-na-melding', 'overdracht-aan-lokaal-veld', 'onderzoek-door-veilig-thuis'];

const answered = { inDanger: true, second: true, besideRoute: true } as const;
/** How to ask Veilig Thuis for advice: in clear danger now, the numbers and what to do now answer it instead. */
const answeredUnlessClearDanger = { ...answered, notInClearDanger: true } as const;

export const QuestionTraits: Record<ExplicitQuestion, QuestionTraits> = {
  'keep-secret': { ...answered, coveredBy: ['disclosure-kind-vertelt'] },
  'speak-alone': { ...answered, ownAnswerFirst: true },
  'record-safely': { ...answered, ownAnswerFirst: true, coveredBy: RECORDING },
  'tell-before-advice': { ...answeredUnlessClearDanger, ownAnswerFirst: true, article: 'advies-vragen-zonder-het-gezin-in-te-lichten' },
  'request-information': { ...answered, ownAnswerFirst: true },
  'parent-information': { ...answered, ownAnswerFirst: true, coveredBy: ['kind-in-een-vechtscheiding'] },
  'may-share': { ...answered, articleWhenNothingFound: 'beroepsgeheim', coveredBy: SHARING },
  // The meldrecht articles say what holds for Veilig Thuis, which is the wrong "ja" to sharing with the wijkagent.
  'share-with-others': { ...answered, article: 'gegevens-delen-met-anderen', coveredBy: SHARING.filter((id) => !MELDRECHT.includes(id)) },
  'should-record': { ...answered, coveredBy: RECORDING },
  'police-route': answered,
  'meldcode-for-older-people': { ...answered, ownAnswerFirst: true },
  'meldcode-applies': { ...answeredUnlessClearDanger, article: 'meldcode-voor-wie', coveredBy: ['zorgen-als-burger-of-vrijwilliger'] },
  'ask-advice-yourself': { ...answeredUnlessClearDanger, article: 'zelf-advies-vragen', coveredBy: ASKING_ADVICE },
  'consult-colleague': { ...answered, coveredBy: ['meldcode-stap-2-collegiale-consultatie', 'aandachtsfunctionaris'] },
  'unsafe-pickup': { ...answered, ownAnswerFirst: true },
  'anonymous-advice': { ...answeredUnlessClearDanger, ownAnswerFirst: true, article: 'anoniem-advies-vragen', coveredBy: ASKING_ADVICE },
  'after-melding': { ...answered, ownAnswerFirst: true, article: 'na-een-melding', coveredBy: AFTER_A_MELDING },
  'talk-to-child': { ...answered, ownAnswerFirst: true, article: 'disclosure-kind-vertelt' },
  'melder-known': { inDanger: true, second: true, besideRoute: false, article: 'anonimiteit-melder', coveredBy: ['zorgen-als-burger-of-vrijwilliger'] },
  'go-there': { ...answered, ownAnswerFirst: true },
  'police-or-vt': { ...answered, ownAnswerFirst: true },
  'confront-suspect': { ...answered, ownAnswerFirst: true },
  'advice-or-report': { inDanger: false, second: true, besideRoute: true, coveredBy: ['wanneer-moet-ik-melden'] },
  'meldcode-steps': { inDanger: false, second: true, besideRoute: true, article: 'meldcode-wat-is-het' },
  'child-witness': { ...answered, article: 'getuige-van-huiselijk-geweld' },
  'adult-calls-herself': answered,
  'who-weighs': { ...answeredUnlessClearDanger, ownAnswerFirst: true, article: 'meldcode-stap-4-wegen' },
  kindcheck: { ...answered, ownAnswerFirst: true, article: 'kindcheck' },
  'adult-refuses': { ...answered, ownAnswerFirst: true, coveredBy: ['zorgen-als-burger-of-vrijwilliger'] },
  'wait-and-see': { ...answered, ownAnswerFirst: true },
  'help-or-report': { ...answered, ownAnswerFirst: true, coveredBy: ['wanneer-moet-ik-melden'] },
  'help-failed': { ...answered, ownAnswerFirst: true },
  'is-it-unsafe': { ...answered, ownAnswerFirst: true },
  'injury-explained': { ...answered, ownAnswerFirst: true },
  'injury-assessed': { ...answered, ownAnswerFirst: true },
  'suicidal-remark': { ...answered, ownAnswerFirst: true },
  'consult-alone': { ...answered, ownAnswerFirst: true },
  'promise-made': { ...answered, ownAnswerFirst: true },
  'tell-before-melding': { ...answered, ownAnswerFirst: true },
  'skip-talk': { ...answered, ownAnswerFirst: true, article: 'meldcode-stap-3-gesprek' },
  'who-is-responsible': { ...answered, ownAnswerFirst: true },
  'is-it-abuse': { inDanger: true, second: true, besideRoute: false, keptBesideArticle: true },
  'for-veilig-thuis': { inDanger: true, notInClearDanger: true, second: true, besideRoute: false, keptBesideArticle: true },
  'talk-to-family': { inDanger: true, second: true, besideRoute: false, coveredBy: ['meldcode-stap-3-gesprek'] },
  'who-to-call': { inDanger: true, second: false, besideRoute: false },
  'should-act': { inDanger: false, second: false, besideRoute: false, unlabelled: true },
  'what-to-do': { inDanger: false, second: false, besideRoute: false, unlabelled: true },
  'should-report': { inDanger: false, second: false, besideRoute: false },
};

/** The traits of a question, if one was asked. */
export const traitsOf = (question?: ExplicitQuestion): Partial<QuestionTraits> => (question ? QuestionTraits[question] : {});

/** The article for a question of this kind when the search finds none. */
export const articleWhenNothingFound = (question?: ExplicitQuestion): string | undefined => traitsOf(question).article ?? traitsOf(question).articleWhenNothingFound;

/** Whether one of these articles already answers a question of this kind. */
export const isCoveredBy = (question: ExplicitQuestion, articles: readonly { id: string }[]): boolean => {
  const { article, coveredBy = [] } = QuestionTraits[question];
  return articles.some((a) => a.id === article || coveredBy.includes(a.id));
};

/** For each article, the kinds of question it answers (its own or one it covers); read on every question, so built once. */
const KINDS_BY_ARTICLE = new Map<string, ExplicitQuestion[]>();
for (const [kind, { article, coveredBy = [] }] of Object.entries(QuestionTraits) as [ExplicitQuestion, QuestionTraits][]) {
  for (const id of new Set([...(article ? [article] : []), ...coveredBy])) KINDS_BY_ARTICLE.set(id, [...(KINDS_BY_ARTICLE.get(id) ?? []), kind]);
}

/**
 * Whether an article may answer a question heard as these kinds: not when it is the article of another kind only
 * ("moet ik melden of eerst met moeder praten?" is no question whether one may ask advice oneself).
 */
export const answersKindAsked = (kinds: readonly ExplicitQuestion[], article: { id: string }): boolean => {
  if (kinds.length === 0) return true;
  const claimedBy = KINDS_BY_ARTICLE.get(article.id) ?? [];
  return claimedBy.length === 0 || claimedBy.some((kind) => kinds.includes(kind));
};
