import type { Application } from '@microsoft/teams-ai/lib/Application.js';
import { ActivityTypes, INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import { asAppError, isPayloadError, safeStackFrames } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { AppTexts } from '../app/texts.js';
import { KeyedLock } from './turnLock.js';
import { isCardAction } from './activity.js';
import { respondWithMessage } from './reply.js';
import type { AppTurnState } from './turnState.js';

/**
 * Wraps `app.run`: turns that share TurnState (same conversation or same user) run one after
 * another; any error is logged by code and answered with one short Dutch sentence.
 */
export function createTurnRunner(app: Application<AppTurnState>, log: Logger): (ctx: TurnContext) => Promise<void> {
  const lock = new KeyedLock();
  return async (ctx) => {
    const a = ctx.activity;
    const keys = [`c:${a.conversation?.id ?? ''}`, `u:${a.from?.id ?? ''}`];
    const started = Date.now();
    await lock.run(keys, async () => {
      try {
        await app.run(ctx);
        if (isUnansweredCardAction(ctx)) await answerUnknownCardAction(ctx, log);
      } catch (err) {
        await answerError(ctx, err, log);
      }
    });
    log.debug('turn', { type: a.type, ms: Date.now() - started });
  };
}

/** A click no route answered (an unknown or missing verb): without an answer Teams shows an error to the person. */
function isUnansweredCardAction(ctx: TurnContext): boolean {
  return isCardAction(ctx.activity) && !ctx.turnState.get(INVOKE_RESPONSE_KEY);
}

async function answerUnknownCardAction(ctx: TurnContext, log: Logger): Promise<void> {
  log.warn('card_action_unknown', { conversationType: ctx.activity.conversation?.conversationType ?? 'personal' });
  await respondWithMessage(ctx, AppTexts.invalidPayload);
}

async function answerError(ctx: TurnContext, err: unknown, log: Logger): Promise<void> {
  const e = asAppError(err);
  const cause = (e as { cause?: unknown }).cause;
  log.error('turn_failed', {
    code: e.code,
    activityType: ctx.activity.type,
    conversationType: ctx.activity.conversation?.conversationType ?? 'personal',
    ...Object.fromEntries(Object.entries(e.context).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))),
    errorName: cause instanceof Error ? cause.name : undefined,
    stack: safeStackFrames(cause),
  } as Record<string, string | number | boolean | undefined>);
  const text = isPayloadError(e) ? AppTexts.invalidPayload : AppTexts.somethingWentWrong;
  try {
    if (isCardAction(ctx.activity)) return await respondWithMessage(ctx, text);
    if (ctx.activity.type === ActivityTypes.Message) await ctx.sendActivity(text);
  } catch (sendErr) {
    log.error('error_reply_failed', { code: asAppError(sendErr).code });
  }
}
