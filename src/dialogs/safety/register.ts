import type { Deps } from '../../app/deps.js';
import { textOf, type Reply, type Routes } from '../../app/turn.js';
import { assessAcuteDanger, normaliseText } from '../../domain/acuteDanger.js';
import { foreignDangerIn, foreignSuicideIn } from '../../domain/understanding/foreignDanger.js';
import { detectLanguage } from '../../domain/understanding/language.js';
import { messageCard } from '../../cards/messageCard.js';
import { askerSectorOf } from '../../domain/understanding/askerSector.js';
import { acuteCard } from '../../cards/acuteCard.js';
import { acuteAnswer } from './acuteAnswer.js';
import { SafetyTexts as T } from './texts.js';

/** Longer messages are cut before reading, as in the knowledge feature. */
const MAX_TEXT_LENGTH = 1500;

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
    const danger = assessAcuteDanger(text);
    if (!danger.acute) return foreignDanger(text, turn.place.kind === 'personal', reply);
    const suicide = danger.signals.includes('suicide');
    const { conversation, user } = turn.state;
    if (turn.place.kind === 'personal') {
      // During a walk the card offers to resume it; the text itself is no answer to the walk's question.
      const card = conversation.meldcode ? { canResume: true, suicide } : acuteAnswer(text, danger, deps, askerSectorOf(text) ?? user.sector);
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
  const normalised = normaliseText(text);
  if ((language !== 'en' && language !== 'de') || !foreignDangerIn(normalised, language)) return true;
  const { title, numbers, suicide, text: rest } = T.foreignDanger[language];
  // 113 only where the message speaks of suicide or self-harm (brief §7).
  const body = [numbers, foreignSuicideIn(normalised, language) ? suicide : '', rest].filter(Boolean).join(' ');
  await reply.send({ cards: [messageCard({ title, text: body, style: 'attention' })] });
  return !personal;
}
