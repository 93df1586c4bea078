import type { Deps } from '../../app/deps.js';
import { textOf, type Reply, type Routes } from '../../app/turn.js';
import { assessAcuteDanger, normaliseText, type AcuteSignal } from '../../domain/acuteDanger.js';
import { foreignDangerIn } from '../../domain/understanding/foreignDanger.js';
import { detectLanguage } from '../../domain/understanding/language.js';
import { messageCard } from '../../cards/messageCard.js';
import { describeDanger, describeReading, nextStepText } from '../../domain/understanding/labels.js';
import { readWorry } from '../../domain/understanding/worry.js';
import { askerSectorOf } from '../../domain/understanding/askerSector.js';
import { answerQuestion } from '../../knowledge/search.js';
import { articleForRoute } from '../../knowledge/routeArticles.js';
import { routeLines, specialRouteOf } from '../../domain/understanding/specialRoute.js';
import type { Sector } from '../../domain/constants.js';
import { acuteCard, type AcuteCardData } from '../../cards/acuteCard.js';
import { SafetyTexts as T } from './texts.js';

/** Longer messages are cut before reading, as in the knowledge feature. */
const MAX_TEXT_LENGTH = 1500;

/** The acute answer for a message in personal chat: danger first, then what it read and a short answer. */
export function acuteAnswer(text: string, signals: readonly AcuteSignal[], deps: Pick<Deps, 'knowledge' | 'config'>, sector?: Sector): AcuteCardData {
  const question = text.match(/[^.!?\n]*\?/g)?.at(-1)?.trim();
  const worry = readWorry(text);
  const asks = question !== undefined || worry.question !== undefined;
  // A situation with its own route (a colleague, Veilig Thuis first, 113) gets that route below the numbers.
  const route = specialRouteOf(text, { ...worry, describesSituation: true }, sector);
  if (route) {
    return {
      canResume: false,
      suicide: signals.includes('suicide') || route.kind === 'suicide',
      reading: describeDanger(signals),
      route: routeLines(route, deps.config.region.meldcode?.wijkteamColleagueRoute),
      answer: { title: '', text: '', articleId: articleForRoute(route) },
      offerAdvice: true,
    };
  }
  const answer = question ? answerQuestion(deps.knowledge, question) : undefined;
  const articleAnswer = answer?.kind === 'answer' ? { title: answer.best.article.title, text: answer.best.article.summary, articleId: answer.best.article.id } : undefined;
  // Only the model read danger, in words no rule knows: often a worry that is not acute. The numbers
  // stay on top; below them the person also gets what a worry needs (the signals, the step, the walk).
  if (signals.length === 1 && signals[0] === 'danger-described') {
    return {
      canResume: false,
      reading: [describeDanger(signals), worry.signals.length > 0 || worry.involved.length > 0 ? describeReading(worry) : ''].filter(Boolean).join(' '),
      answer: articleAnswer ?? { title: T.ifNotAcute, text: nextStepText(worry.step, sector) },
      offerAdvice: true,
      startWalk: { signals: worry.signals },
    };
  }
  return {
    canResume: false,
    suicide: signals.includes('suicide'),
    reading: describeDanger(signals),
    answer: articleAnswer ?? (asks ? { title: '', text: T.questionAfterSafety } : undefined),
    offerAdvice: true,
  };
}

/**
 * Acute danger comes first: a message that states it gets 112 and 0800-2000 (and 113 for suicide)
 * before anything else, wherever the user is. In personal chat that one card is the whole answer
 * (with a short answer to the question below the danger block, or the offer to resume a running
 * walk), so nothing pushes the numbers off the screen. In a channel the card comes first and the
 * message is then handled as usual (a channel command).
 */
export function registerSafety(routes: Routes, deps: Deps): void {
  routes.guard(async (turn, reply) => {
    const text = textOf(turn).slice(0, MAX_TEXT_LENGTH);
    if (!text) return true;
    const { acute, signals } = assessAcuteDanger(text);
    if (!acute) return foreignDanger(text, turn.place.kind === 'personal', reply);
    const suicide = signals.includes('suicide');
    const { conversation, user } = turn.state;
    if (turn.place.kind === 'personal') {
      // During a walk the card offers to resume it; the text itself is no answer to the walk's question.
      const card = conversation.meldcode ? { canResume: true, suicide } : acuteAnswer(text, signals, deps, askerSectorOf(text) ?? user.sector);
      await reply.send({ cards: [acuteCard(card)] });
      return false;
    }
    await reply.send({ cards: [acuteCard({ canResume: false, suicide })] });
    return true;
  });
}

/** An English or German message about danger now gets the numbers in its own language, first. */
async function foreignDanger(text: string, personal: boolean, reply: Reply): Promise<boolean> {
  const language = detectLanguage(text);
  if ((language !== 'en' && language !== 'de') || !foreignDangerIn(normaliseText(text), language)) return true;
  await reply.send({ cards: [messageCard({ ...T.foreignDanger[language], style: 'attention' })] });
  return !personal;
}
