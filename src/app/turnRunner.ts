import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { asAppError } from './errors.js';
import type { Logger } from './log.js';
import { KeyedLock } from './turnLock.js';
import { AppTexts } from './texts.js';
import { respondWithMessage } from './invoke.js';
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
      } catch (err) {
        await answerError(ctx, err, log);
      }
    });
    log.debug('turn', { type: a.type, ms: Date.now() - started });
  };
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
    stack: cause instanceof Error ? cause.stack?.split('\n').slice(1, 4).join(' | ') : undefined,
  } as Record<string, string | number | boolean | undefined>);
  const text = e.code === 'invalid_payload' ? AppTexts.invalidPayload : AppTexts.somethingWentWrong;
  try {
    if (ctx.activity.type === ActivityTypes.Invoke && ctx.activity.name === 'adaptiveCard/action') return await respondWithMessage(ctx, text);
    if (ctx.activity.type === ActivityTypes.Message) await ctx.sendActivity(text);
  } catch (sendErr) {
    log.error('error_reply_failed', { code: asAppError(sendErr).code });
  }
}
