/** What a typed message in personal chat asks for, decided without the SDK. */
import type { KnowledgeAnswer, KnowledgeIndex } from './search.js';
import { answerQuestion, searchKnowledge } from './search.js';
import type { Article } from './article.js';
import type { Sector } from '../domain/constants.js';
import { botQuestionAmid, closingOf, controlWordOf, leadingControlWordOf, openingCommandOf, type ControlWord } from '../domain/understanding/control.js';
import { askerSectorOf, asksFromOutsideMeldcode, type Asker } from '../domain/understanding/askerSector.js';
import { detectLanguage, type Language } from '../domain/understanding/language.js';
import { foreignConcernsOf, type ForeignConcern } from '../domain/understanding/foreignConcerns.js';
import { GENERAL_QUESTIONS, isYoung, questionsIn, readWorry, type ExplicitQuestion, type WorryReading, type WorrySignal } from '../domain/understanding/worry.js';
import { familyWaitsForVeiligThuis, specialRouteOf, type SpecialRoute } from '../domain/understanding/specialRoute.js';
import { articleForRoute, colleagueRouteArticles } from './routeArticles.js';
import { aboutAnOlderPerson, answeredWithoutArticles, isAboutInformingTheFamily, isNeglectOfAChild } from './worryAnswer.js';
import { answersKindAsked, articleWhenNothingFound, isCoveredBy, traitsOf } from './questionTraits.js';
import { concernsColleague } from '../domain/understanding/colleagueSuspicion.js';
import { isPastOrFiction, normaliseText, sentencesOf, wordsIn } from '../domain/understanding/text.js';

export type Understanding =
  | { kind: 'control'; word: ControlWord }
  /** `aboutStaff`: the message is about someone who works or volunteers in the asker's organisation. */
  | { kind: 'foreign'; language: Exclude<Language, 'nl'>; aboutStaff: boolean; concerns: ForeignConcern[] }
  /** `asked`: the articles (at most two) that answer specific questions the story also asks ("kan ik anoniem melden?"). */
  /** `openQuestion`: the story asks something that neither an article nor a short answer of ours covers. */
  /** `asker`: a professional, someone at a club, a housing corporation or a volunteer (no aandachtsfunctionaris there), or a neighbour or relative. */
  | { kind: 'worry'; reading: WorryReading; sector?: Sector; route?: SpecialRoute; related?: Article; asked?: Article[]; openQuestion?: boolean; asker?: Asker }
  /** `also`: the article that answers a second question of the message ("… en telt dat dan als melding?"). */
  | { kind: 'answer'; answer: Extract<KnowledgeAnswer, { kind: 'answer' }>; also?: Article }
  | { kind: 'no-match' };

/** A related article for a long story must score at least this much to be offered. */
const minRelatedScore = 4;
/** From this many words a message about someone is read for a special route. */
const minStoryWords = 15;
/**
 * A search score from which an article clearly fits the words of a message. Measured on 2026-12-04:
 * topic words score 58 and up ("hoi ik zoek info over loverboys"), chance matches of everyday words
 * 16–31 ("ben nieuw hier", "ik wil iets anders vragen").
 */
const clearAnswerScore = 50;
/** A second question's article that no specific word names must score this much ("hoeveel stappen heeft de meldcode"). */
const strongAnswerScore = 200;
/** A story's card answers at most this many of its questions; more would push the next step off the screen. */
const maxAnswersInStory = 2;
/** Longer messages are stories: only their question is searched. */
const maxSearchWords = 30;
/** A message longer than a search can take is a story: it tells more than its question. */
export const isLongStory = (text: string): boolean => wordsIn(text) > maxSearchWords;

export function understand(text: string, knowledge: KnowledgeIndex, chosenSector?: Sector): Understanding {
  const understood = understandText(text, knowledge, chosenSector);
  if (understood.kind !== 'worry') return understood;
  const asker = askerOf(text);
  return asker === 'professional' ? understood : { ...understood, asker };
}

/** Who asks: someone in the meldcode sectors, someone outside them (a club, a corporation), or a neighbour or relative. */
export const askerOf = (text: string): Asker => (asksFromOutsideMeldcode(text) ? 'outside-meldcode' : speaksAsBystander(normaliseText(text)) ? 'bystander' : 'professional');

function understandText(text: string, knowledge: KnowledgeIndex, chosenSector?: Sector): Understanding {
  const word = controlWordOf(text);
  if (word) return { kind: 'control', word };
  const language = detectLanguage(text);
  if (language !== 'nl') return { kind: 'foreign', language, aboutStaff: STAFF_IN_OTHER_LANGUAGES.test(text.toLowerCase()), concerns: language === 'en' ? foreignConcernsOf(text) : [] };
  // "Mag ik als wijkverpleegkundige …": the role in the message says more than the sector chosen once.
  const sector = askerSectorOf(text) ?? chosenSector;
  const reading = readWorry(text);
  // A situation that needs its own route (brief §7) gets that route, not a general article about the topic;
  // a longer message about someone counts even when the worry reader found no signal word in it.
  // "Een studente van 18" is no child, and still someone the story is about ("een student van mij schrijft over loverboys" is not).
  const normalised = normaliseText(text);
  const aboutSomeone = (reading.involved.length > 0 || A_STUDENT.test(normalised)) && wordsIn(text) >= minStoryWords;
  const route = reading.describesSituation || aboutSomeone ? specialRouteOf(text, reading, sector) : undefined;
  // "wie beslist over melden, ik als leerkracht of de directeur?" names workers but suspects none of them.
  const search = searchFor(knowledge, sector, closedArticles(normalised, concernsColleague(normalised)));
  if (route) return { kind: 'worry', reading, sector, route, related: knowledge.articlesById.get(articleForRoute(route)), asked: besideRoute(text, route, search, sector) };
  const nobodyNamed = reading.signals.length === 0 && reading.involved.length === 0;
  // "Dank je! ik bespreek het morgen in ons MDO met de specialist ouderengeneeskunde": a plan may name people, not signals.
  const goodbye = reading.signals.length === 0 && !reading.describesSituation ? closingOf(text) : undefined;
  if (goodbye) return { kind: 'control', word: goodbye };
  // "Voordat ik iets vertel over een leerling: wat gebeurt er met wat ik hier typ?": a question about the bot, when no signal is named
  // (the reader itself turns down a remark that tells of harm or asks about something else).
  const aboutTheBot = reading.signals.length === 0 ? botQuestionAmid(text) : undefined;
  if (aboutTheBot) return { kind: 'control', word: aboutTheBot };
  const answer = answerTo(text, search);
  // "help?? hoe werkt dit ding", "goedemorgen! ben nieuw hier": the command, unless an article clearly fits ("hulp bij het afwegingskader").
  const opening = nobodyNamed ? openingCommandOf(text) : undefined;
  if (opening && (answer.kind !== 'answer' || answer.best.score < clearAnswerScore)) return { kind: 'control', word: opening };
  // A story about someone that is not a book, a game, the past or a joke.
  const storyNow = aboutSomeone && !isPastOrFiction(normalised);
  // Such a story that asks what to make of it ("is dit al iets voor Veilig Thuis?") is a worry, whatever its words.
  const asksAboutWorry = storyNow && reading.question !== undefined && WORRY_QUESTIONS.has(reading.question);
  const tellsStory = (reading.describesSituation || asksAboutWorry) && (answer.kind === 'no-match' || !isSingleQuestion(text));
  if (tellsStory) return worryAbout(text, knowledge, reading, answer, search, sector);
  if (answer.kind === 'answer') {
    const also = secondAnswer(text, search, answer);
    // A question with an article of its own ("horen de ouders dat ik advies vroeg?") gets it, in place of what the search ranked first.
    const own = also?.id === traitsOf(reading.question).article ? undefined : ownArticleFirst(answer, reading, knowledge);
    // What the search ranked first still answers beside the own article, where it fits the question.
    const beside = own ? (also ?? (answer.fitsQuestion && answer.namesArticleTopic ? answer.best.article : undefined)) : also;
    const chosen = own ?? answer;
    return beside ? { kind: 'answer', answer: chosen, also: beside } : { kind: 'answer', answer: chosen };
  }
  // A question of a kind we know ("blijft dat anoniem?", "mag ik met mijn beroepsgeheim …") that the search missed: its own article.
  const known = reading.describesSituation ? undefined : knowledge.articlesById.get(articleWhenNothingFound(reading.question) ?? '');
  if (known) return { kind: 'answer', answer: { kind: 'answer', best: { article: known, score: 0 }, alternatives: [], fitsQuestion: true, namesArticleTopic: true } };
  // Never "geen passend antwoord" to a message that names a signal or a person at risk.
  if (reading.signals.length > 0) return worryAbout(text, knowledge, reading, answer, search, sector);
  // A message that only tells about someone, asking nothing ("haar man wacht altijd buiten, ze mag nooit blijven"), shares a worry.
  if (storyNow && questionsOf(text).length === 0) return worryAbout(text, knowledge, reading, answer, search, sector);
  const closing = leadingControlWordOf(text);
  return closing ? { kind: 'control', word: closing } : { kind: 'no-match' };
}

/**
 * The parts of a message that may each ask something: its sentences, and clauses that start a new question
 * ("… de meldcode en bij welke stap hoort het afwegingskader", "…, ik snap het verschil tussen advies en melding niet").
 */
const QUESTION_PARTS = /[^.!?\n]+(?:[.!?]+|\n|$)/gu;
const NEW_QUESTION = /\s(?=en\s+(?:bij|wat|hoe|welke|wie|waar|wanneer|mag|moet|kan|is|zijn|geldt)\b)|,\s+(?=(?:ik\s+)?(?:snap|begrijp)\b)|,\s+(?=(?:blijf|blijft|krijg|krijgt|krijgen|hoort|horen|weet|weten|komt|komen|gaat|wordt|worden|telt|duurt)\s+(?:ik|we|wij|je|u|de|het|ze|zij|hij)\b)/u;
/** "Ik snap het verschil tussen advies en melding niet": saying what one does not know asks it. */
const NOT_KNOWN = /\b(?:snap|begrijp|weet)\b[^.?!]*\bniet\b/u;
const isQuestion = (part: string) => part.endsWith('?') || QUESTION_OPENING.test(part) || /^(?:hoeveel|hoelang)\b/iu.test(part) || NOT_KNOWN.test(part);

/** The article of the question's own kind before what the search ranks first, which then answers beside it. */
function ownArticleFirst(answer: Found, reading: WorryReading, knowledge: KnowledgeIndex): Found | undefined {
  const own = knowledge.articlesById.get(traitsOf(reading.question).article ?? '');
  if (!own || own.id === answer.best.article.id) return undefined;
  const alternatives = answer.alternatives.filter((hit) => hit.article.id !== own.id);
  return { ...answer, best: { ...answer.best, article: own }, alternatives, fitsQuestion: true, namesArticleTopic: true };
}

/** A second question's own article, when another question of the message clearly names one other than the answer. */
function secondAnswer(text: string, search: Search, first: Found): Article | undefined {
  if (wordsIn(text) > 2 * maxSearchWords) return undefined;
  const parts = (text.match(QUESTION_PARTS) ?? []).flatMap((part) => part.split(NEW_QUESTION)).map((part) => part.trim());
  const questions = parts.filter((part) => isQuestion(part.replace(/^(?:en|maar|of)\s+/u, '')) && part.split(/\s+/).length >= 3);
  if (parts.length < 2 || questions.length === 0) return undefined;
  const others = questions
    .map(search)
    .filter((a): a is Found => a.kind === 'answer' && (a.namesArticleTopic ? a.best.score >= clearAnswerScore : a.best.score >= strongAnswerScore) && a.best.article.id !== first.best.article.id)
    .sort((a, b) => b.best.score - a.best.score);
  return others[0]?.best.article;
}

/** Questions about what to make of a situation, as opposed to questions about a topic. */
const WORRY_QUESTIONS: ReadonlySet<ExplicitQuestion> = new Set(['is-it-abuse', 'for-veilig-thuis', 'should-act', 'should-report', 'speak-alone']);

/** One sentence that asks something ("Wat doe ik als een leerling ...?"): a knowledge question, not a story. */
function isSingleQuestion(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  const words = text.split(/\s+/).length;
  return sentences.length === 1 && words <= 25 && (text.trim().endsWith('?') || /^\s*(?:wat|hoe|mag|moet|kan|wie|waar|wanneer|welke|is|ben)\b/i.test(text));
}

/** Signals of harm done to someone, which say more than the problems of a parent. */
const SIGNS_OF_HARM: ReadonlySet<WorrySignal> = new Set(['injury', 'sexual', 'neglect', 'emotional', 'special-route', 'colleague', 'financial']);

/** Words that find the article about a kind of signal. */
const SIGNAL_TOPICS: Record<WorrySignal, string> = {
  financial: 'ouderenmishandeling',
  injury: 'lichamelijke mishandeling letsel',
  behaviour: 'gedragssignalen kind',
  neglect: 'lichamelijke verwaarlozing',
  sexual: 'seksueel misbruik',
  domestic: 'kind getuige huiselijk geweld',
  disclosure: 'kind vertelt disclosure',
  emotional: 'psychische mishandeling',
  'special-route': 'eergerelateerd geweld',
  colleague: 'vermoeden medewerker',
  'parent-problems': 'kindcheck',
};

/**
 * The part of a message to search the articles with: a short message whole, otherwise its last
 * question; a long story whose question is long too, or that asks nothing, is not searched (its words
 * would match anything).
 */
function questionPart(text: string): string | undefined {
  if (!isLongStory(text)) return text;
  const question = questionsOf(text).at(-1);
  if (!question) return undefined;
  // A message that is one long question ("als een leerling in een opstel schrijft dat …, hoe pak ik dat op?") is still a question.
  return wordsIn(question) <= maxSearchWords || question === text.trim() ? question : undefined;
}

/** One message's searches: a question asked twice (the whole answer, then the story's own question) is searched once. */
type Search = (query: string) => KnowledgeAnswer;
type Found = Extract<KnowledgeAnswer, { kind: 'answer' }>;

function searchFor(knowledge: KnowledgeIndex, sector?: Sector, exclude?: ReadonlySet<string>): Search {
  const searched = new Map<string, KnowledgeAnswer>();
  return (query) => {
    const known = searched.get(query);
    if (known) return known;
    const answer = answerQuestion(knowledge, query, { sector, exclude });
    searched.set(query, answer);
    return answer;
  };
}

/**
 * The answer to the message as a whole (see questionPart); when that matches nothing, the best answer to
 * one of its questions ("Wat doet een aandachtsfunctionaris precies? Bij onze club … verplicht is.").
 */
function answerTo(text: string, search: Search): KnowledgeAnswer {
  const asked = questionPart(text);
  const whole: KnowledgeAnswer = asked ? search(asked) : { kind: 'no-match' };
  const best = bestAnswer(text, search);
  if (whole.kind !== 'answer') return best ?? whole;
  // "wat zijn de 5 stappen? moet ik die echt allemaal doorlopen voor ik vt bel": the words of two questions together
  // can fit a third article better than either; one question answered well is then the better answer.
  return best && questionsOf(text).length > 1 && best.best.score > whole.best.score ? best : whole;
}

/**
 * The questions of a message: sentences ending in "?", and in chat, where the "?" is often left out, sentences that
 * start the way a Dutch question does ("mag ik dit delen met de huisarts").
 */
function questionsOf(text: string): string[] {
  const sentences = text.match(/[^.!?\n]+[.!?]*/g) ?? [];
  return sentences.map((s) => s.trim()).filter((s) => s.endsWith('?') || (!/[.!]$/.test(s) && QUESTION_OPENING.test(s)));
}
/** A verb before its subject, or a question word before a verb ("wat moet", not "wat ik zag"); maybe after "en" or "maar". */
const QUESTION_OPENING =
  /^(?:(?:en|maar|of)\s+)?(?:(?:mag|moet|kan|kun|zou|zal|mogen|moeten|kunnen|blijf|blijft|krijg|krijgt|krijgen|hoort|horen|weet|weten|wordt|worden|hoef|hoeven)\s+(?:ik|we|wij|je|jij|u|ze|zij|hij|de familie|het gezin|de ouders|ouders)\b|(?:wie|wat|hoe|waar|wanneer|welke|waarom)\s+(?!(?:ik|je|jij|we|wij|hij|zij|ze|u)\b)\p{L}|(?:is\s+(?:het|dit|dat|er)|ben\s+ik|zijn\s+(?:we|wij))\b)/iu;

/** The answers to the message's questions short enough to search that `accept` takes, best first, one per article. */
function answersOf(text: string, search: Search, accept: (answer: Found) => boolean = () => true): Found[] {
  const answers = questionsOf(text)
    .filter((question) => wordsIn(question) <= maxSearchWords)
    .flatMap((question): Found[] => {
      const found = search(question);
      return found.kind === 'answer' && accept(found) && answersKindAsked(specificKindsOf(question), found.best.article) && !afterAMeldingUnasked(text, found.best.article) ? [found] : [];
    })
    .sort((a, b) => b.best.score - a.best.score);
  return answers.filter((answer, i) => answers.findIndex((a) => a.best.article.id === answer.best.article.id) === i);
}

/** A message that names no melding nor Veilig Thuis ("moet ik haar terugbellen?"): what Veilig Thuis does after a melding is no answer to it. */
const afterAMeldingUnasked = (text: string, article: Article): boolean => isCoveredBy('after-melding', [article]) && !NAMES_A_MELDING.test(normaliseText(text));
const NAMES_A_MELDING = /\b(?:meld\p{L}*|gemeld|veilig ?thuis|vt|jullie)\b/u;

/** The kinds a question is heard as, other than the general ones ("wat moet ik doen?") that any article may serve. */
const specificKindsOf = (question: string): ExplicitQuestion[] => questionsIn(sentencesOf(normaliseText(question))).filter((kind) => !GENERAL_QUESTIONS.has(kind));

const bestAnswer = (text: string, search: Search): Found | undefined => answersOf(text, search)[0];

/**
 * An answer about just what a story asks, from an article written for the asker's sector or for every sector;
 * with no sector known, an article for one sector only where the story is set there ("een school heeft geen
 * beroepsgeheim" is no answer for a day-care worker).
 */
const answersSpecifically = (sector: Sector | undefined, normalised: string) => (a: Found): boolean =>
  a.fitsQuestion && a.namesArticleTopic && isForThisSector(a.best.article, sector, normalised);
const isForThisSector = ({ sectors }: Article, sector: Sector | undefined, normalised: string): boolean =>
  sectors.length === 0 || (sector ? sectors.includes(sector) : sectors.some((s) => SECTOR_SETTING[s]?.test(normalised)));
/** Words that set a story in a sector. */
const SECTOR_SETTING: Partial<Record<Sector, RegExp>> = {
  onderwijs: /\b(?:school\p{L}*|leerling\p{L}*|klas|juf|meester|mentor|docent\p{L}*|leerkracht|leraar|ib'?er|intern begeleider|groep \d)\b/u,
  kinderopvang: /\b(?:opvang|kinderopvang|kinderdagverblijf|kdv|bso|peuter\p{L}*|gastouder\p{L}*|pm'?er)\b/u,
  zorg: /\b(?:patient\p{L}*|huisarts\p{L}*|verpleeg\p{L}*|ggz|zorgverlener|ziekenhuis|verloskundig\p{L}*)\b/u,
  wijkteam: /\b(?:wijkteam\p{L}*|sociaal team|wmo|gemeente)\b/u,
};

/** "Kan ik dit anoniem melden?" below a special route: the article about just that, never the route's own article again. */
function besideRoute(text: string, route: SpecialRoute, search: Search, sector?: Sector): Article[] {
  const own = articleForRoute(route);
  const specific = answersSpecifically(sector, normaliseText(text));
  // Where Veilig Thuis comes first (and for sexual abuse by a carer), no article on talking with the family (stap 3, telling the parents) goes below it;
  // below a colleague's route, none on that talk either, nor on what Veilig Thuis does after a melding: the organisation decides those.
  const fits = (article: Article) =>
    article.id !== own && !(familyWaitsForVeiligThuis(route) && isAboutTalkWithTheFamily(article)) && !(route.kind === 'colleague' && (isCoveredBy('after-melding', [article]) || isAboutTalkWithTheFamily(article)));
  return answersOf(text, search, (a) => specific(a) && fits(a.best.article)).slice(0, 1).map((a) => a.best.article);
}
/** Stap 3 or telling the parents about a melding: no answer where the route says Veilig Thuis first. */
const isAboutTalkWithTheFamily = (article: Article): boolean => article.id === 'meldcode-stap-3-gesprek' || isAboutInformingTheFamily(article);

/**
 * A story, with the answers to the specific questions it asks ("kan ik anoniem melden?") when an article is about
 * just that: a story that asks two things ("mag ik het de huisarts vertellen? en moet ik het de dochter zeggen?")
 * gets both answers, up to two.
 */
function worryAbout(text: string, knowledge: KnowledgeIndex, reading: WorryReading, answer: KnowledgeAnswer, search: Search, sector?: Sector): Understanding {
  const result = worryAnswered(text, knowledge, reading, answer, search, sector);
  // A story that asks something besides what is answered ("… en wat kan ik haar vertellen over haar verblijfsrecht?"): the card says so.
  return result.kind === 'worry' && reading.question !== undefined && !result.openQuestion && asksSomethingUnheard(text, search) ? { ...result, openQuestion: true } : result;
}

/**
 * A question of the story that no kind of question hears and no article answers; a short one ("is dat verstandig?",
 * "klopt dat?") leans on the sentence before it, which was read already.
 */
function asksSomethingUnheard(text: string, search: Search): boolean {
  return questionsOf(text).some((question) => {
    if (wordsIn(question) < minOpenQuestionWords || questionsIn(sentencesOf(normaliseText(question)), normaliseText(text)).length > 0) return false;
    const found = search(question);
    return !(found.kind === 'answer' && found.fitsQuestion && found.namesArticleTopic);
  });
}
const minOpenQuestionWords = 6;

function worryAnswered(text: string, knowledge: KnowledgeIndex, reading: WorryReading, answer: KnowledgeAnswer, search: Search, sector?: Sector): Understanding {
  const normalised = normaliseText(text);
  // A neighbour or volunteer asking "mag ik het toch melden als zij dat niet wil?" gets what holds for them, not the professional's meldrecht.
  const bystanderAnswers = speaksAsBystander(normalised) && reading.question !== undefined && isCoveredBy(reading.question, [{ id: BYSTANDER_ARTICLE }]);
  if (answeredWithoutArticles(reading.question) && !bystanderAnswers) return { kind: 'worry', reading, sector };
  const found = answersOf(text, search, answersSpecifically(sector, normalised)).map((a) => a.best.article);
  // A question with an article of its own ("mag ik de school bellen?") gets that article first, whatever the search ranks higher.
  const own = traitsOf(reading.question).article;
  const ownArticle = own ? knowledge.articlesById.get(own) : undefined;
  // Where Veilig Thuis comes first, "tell the parents, in principle" is no answer; the step says not the family first.
  // "Kan ik het aankaarten als man en broer erbij zitten?": speaking the person alone answers it; the open talk of stap 3 does not.
  const asksToSpeakAlone = [reading.question, ...reading.alsoAsked].includes('speak-alone');
  const firstOnly = reading.step === 'veilig-thuis-first' || asksToSpeakAlone ? found.filter((article) => !(asksToSpeakAlone ? isAboutTalkWithTheFamily(article) : isAboutInformingTheFamily(article))) : found;
  // A colleague in one's own practice or team is consulted (stap 2): the rule for sharing with other organisations is no answer.
  const fitting = reading.question === 'consult-colleague' ? firstOnly.filter((article) => article.id !== SHARING_WITH_OTHERS) : firstOnly;
  const asked = (ownArticle ? [ownArticle, ...fitting.filter((a) => a.id !== ownArticle.id && !OUTRANKED_BY_OWN.has(a.id))] : fitting).slice(0, maxAnswersInStory);
  // A neighbour, relative or volunteer gets what holds for them (no meldcode; their name only with consent), not the professional's rules.
  const forBystander = speaksAsBystander(normalised) ? knowledge.articlesById.get(BYSTANDER_ARTICLE) : undefined;
  if (forBystander) {
    const rest = asked.filter((article) => !PROFESSIONAL_ONLY.has(article.id));
    // The question's own article stays first ("geldt de meldcode ook voor ons vrijwilligers?"), unless it is a professional's rule.
    const first = ownArticle && rest[0]?.id === ownArticle.id ? [ownArticle] : [];
    return { kind: 'worry', reading, sector, asked: [...first, forBystander, ...rest.filter((article) => !first.includes(article))].slice(0, maxAnswersInStory) };
  }
  // Someone who asks from their job is a professional melder: the bystander's rule (name only with consent) is not theirs.
  const forProfessional = speaksFromWork(normalised) ? asked.filter((article) => article.id !== BYSTANDER_ARTICLE) : asked;
  if (forProfessional.length > 0) return { kind: 'worry', reading, sector, asked: forProfessional };
  const topic = related(knowledge, reading, answer, normalised, sector);
  // "Is dit ook huiselijk geweld?": what that form of abuse is answers it, next to "you need not decide that alone".
  if (topic && reading.question === 'is-it-abuse') return { kind: 'worry', reading, sector, asked: [topic] };
  // "Hoe krijg ik haar alleen te spreken?": no article and no short answer of ours; the card says so and points to an advisor.
  const openQuestion = reading.question === undefined && questionsOf(text).length > 0 && (answer.kind !== 'answer' || !answer.fitsQuestion);
  return { kind: 'worry', reading, sector, related: topic, openQuestion };
}

/** "A colleague", "an intern", "ein Kollege": someone of the asker's own organisation, in English or German. */
const STAFF_IN_OTHER_LANGUAGES = /\b(?:colleagues?|co-?workers?|staff members?|employees?|interns?|kolleg\p{L}*|mitarbeiter\p{L}*|praktikant\p{L}*)\b/u;

/** Articles only for a message that names their subject ("wat vertellen we de ouders?" asks nothing about advice). */
const RESERVED_ARTICLES: ReadonlyMap<string, RegExp> = new Map([['advies-vragen-zonder-het-gezin-in-te-lichten', /\badvies\p{L}*/u]]);
/** The articles this message's searches leave out: a colleague's routes unless a colleague is in view, and reserved articles. */
function closedArticles(normalised: string, aboutColleague: boolean): ReadonlySet<string> {
  const reserved = [...RESERVED_ARTICLES].filter(([, subject]) => !subject.test(normalised)).map(([id]) => id);
  return new Set([...(aboutColleague ? [] : colleagueRouteArticles), ...reserved]);
}
/** Articles about sharing with Veilig Thuis, which say nothing of sharing with others. */
const OUTRANKED_BY_OWN: ReadonlySet<string> = new Set(['beroepsgeheim', 'meldrecht-en-meldplicht', 'melden-zonder-toestemming', 'privacy-school-gegevens-delen']);

const BYSTANDER_ARTICLE = 'zorgen-als-burger-of-vrijwilliger';
const A_STUDENT = /\bstudente?\s+(?:van\s+)?\(?(?:1[89]|2\d)\b/u;
const SHARING_WITH_OTHERS = traitsOf('share-with-others').article;
/** Articles whose rules hold for professionals only (a melder's anonymity, telling the family first). */
const PROFESSIONAL_ONLY: ReadonlySet<string> = new Set(['anonimiteit-melder', 'ouders-informeren-over-melding', BYSTANDER_ARTICLE]);
/** "Als oma terug is", "als de vriend thuis is": "als" that opens a clause, not the role one asks in. */
const NOT_A_CLAUSE = String.raw`(?![^,.?!]{0,30}\b(?:is|was|zijn|waren|komt|kwam|gaat|ging|heeft|had|thuis|terug|weg)\s*['"‘’]?\s*(?:[,.?!]|$))`;
const KIN_OR_NEIGHBOUR = String.raw`(?:buurvrouw|buurman|buur|oma|opa|tante|oom|familielid)`;
/** "Ik ben vrijwilliger bij de club", "ik woon ernaast", "dit is privé", "als oma": someone who does not ask as a professional. */
/** "Niet voor mijn werk maar privé", "dit gaat over mijn buren": a professional who asks as a neighbour. */
const PRIVATE_ASIDE = String.raw`\bniet (?:voor|via|vanuit) (?:mijn|m'n) werk,? maar prive\b|\bover mijn (?:eigen )?(?:buren|buurvrouw|buurman)\b`;
const BYSTANDER = new RegExp(String.raw`\bik ben\s+(?:(?:maar|gewoon)\s+)?(?:(?:een|de|hun|haar|zijn)\s+)?(?:vrijwillig\p{L}*|${KIN_OR_NEIGHBOUR}|vriendin|vriend)\b|\bals\s+(?:(?:maar|gewoon)\s+)?(?:een\s+)?(?:vrijwillig\p{L}*|${KIN_OR_NEIGHBOUR}|vriendin|vriend)\b${NOT_A_CLAUSE}|\bgeen (?:hulpverlener|professional|beroepskracht)s?\b|\b(?:dit|het) is prive\b|\bik woon\b|\bvrijwilliger\p{L}* zoals ik\b|\bik (?:doe|geef) vrijwilligerswerk\b|\bals vrijwilliger\b|${PRIVATE_ASIDE}`, 'u');
/** "Ik werk als wijkconsulent bij een woningcorporatie", "namens de corporatie", "vraagje uit de schuldhulp, ik begeleid …", "via de Wmo", "mijn leidinggevende", "een vaste cliënte": asking from one's job. */
const FROM_WORK = /\b(?:(?:mijn|m'n|onze)\s+(?:leidinggevende|teamleider|werkgever|opdrachtgever)|via de wmo|(?:vaste\s+)?client(?:e|en)?|ik werk(?! (?:er |hier |daar )?niet\b)(?! (?:\S+ ){0,3}?(?:als |als een )?vrijwillig)|werkzaam|namens (?:de|het|onze|ons)|in (?:mijn|m'n) werk|voor (?:mijn|m'n) werk|vanuit (?:mijn|m'n|ons|onze) werk|(?:vanuit|uit) de (?:schuldhulp\p{L}*|schuldsanering|gemeente|thuiszorg|huisartsenpraktijk|praktijk)|ik begeleid(?! (?:\S+ )?als vrijwillig))\b/u;
const speaksFromWork = (t: string): boolean => askerSectorOf(t) !== undefined || FROM_WORK.test(t);
/** A mentor, a nurse or a wijkconsulent who names their work is a professional, whatever a friend in the story says ("ik ben geen hulpverlener"). */
const speaksAsBystander = (t: string): boolean => BYSTANDER.test(t) && (!speaksFromWork(t) || IN_PRIVATE.test(t));
/** "Ik werk zelf in de thuiszorg, maar dit is privé": a professional who asks as a neighbour or relative. */
const IN_PRIVATE = new RegExp(String.raw`${PRIVATE_ASIDE}|\b(?:dit|het) is (?:\S+\s+)?prive\b|\bals\s+${KIN_OR_NEIGHBOUR}\b${NOT_A_CLAUSE}|\bprive\b[^.?!]{0,20}\bniet (?:via|vanuit|voor|van) (?:mijn|m'n) werk\b`, 'u');

const DIVORCE = /\b(?:vechtscheiding|scheiding|gescheiden|uit elkaar)\b/u;

/** For a story, the article about its main kind of signal; a question like "moet ik hier iets mee?" finds nothing better. */
function related(knowledge: KnowledgeIndex, reading: WorryReading, answer: KnowledgeAnswer, normalised: string, sector?: Sector): Article | undefined {
  // What the message itself asks about, when its words clearly name an article ("hoe weet ik of dit zorgelijk is" → the Vlaggensysteem).
  if (answer.kind === 'answer' && answer.best.score >= clearAnswerScore && answer.namesArticleTopic && isForThisSector(answer.best.article, sector, normalised) && !(reading.step === 'veilig-thuis-first' && isAboutInformingTheFamily(answer.best.article))) return answer.best.article;
  // An adult client whose own problems may harm their children ("drinkt steeds meer, twee kinderen"): the Kindcheck.
  const parentWithProblems = reading.signals.includes('parent-problems') && !reading.signals.some((signal) => SIGNS_OF_HARM.has(signal));
  // "Het is geen mishandeling toch?" about a child who lacks care: the article on neglect answers it.
  const neglectAsked = reading.question === 'is-it-abuse' && isNeglectOfAChild(reading);
  const topic = neglectAsked ? 'neglect' : parentWithProblems ? 'parent-problems' : (reading.signals.find((signal) => signal !== 'disclosure') ?? reading.signals[0]);
  // Signals about an older person point to the article on elder abuse ("zijn zoon" is then a grown-up son).
  const aboutOlderAdult = aboutAnOlderPerson(reading);
  const aboutChild = reading.involved.some(isYoung);
  // Violence or an injury between adults with no child named is not about a child; money taken from anyone but an older adult is no elder abuse.
  const aboutAdultsOnly = ((topic === 'domestic' || topic === 'injury' || topic === 'emotional') && !aboutChild && reading.involved.length > 0) || (topic === 'financial' && !aboutOlderAdult);
  // Parents fighting over a child after a separation: the article on a child in a vechtscheiding.
  const divorce = reading.signals.includes('domestic') && aboutChild && DIVORCE.test(normalised);
  const words = topic && (aboutOlderAdult ? 'ouderenmishandeling' : aboutAdultsOnly ? 'huiselijk geweld partnergeweld' : divorce ? 'kind in een vechtscheiding' : SIGNAL_TOPICS[topic]);
  const [top] = words ? searchKnowledge(knowledge, words, { sector, limit: 1 }) : [];
  if (top && top.score >= minRelatedScore) return top.article;
  return answer.kind === 'answer' ? answer.best.article : undefined;
}
