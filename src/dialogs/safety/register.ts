import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';
import type { AppTurnState } from '../../app/turnState.js';
import { assessAcuteDanger } from '../../domain/acuteDanger.js';
import { acuteCard } from '../../cards/acuteCard.js';

/**
 * Acute danger comes first: a message that states it gets 112 and 0800-2000 before anything else,
 * wherever the user is. It runs before routing and then lets the message be handled as usual, so
 * a question that merely sounds acute still gets its answer (a false alarm costs one extra card;
 * a missed alarm is the worst error, so the detector leans towards alarms).
 */
export function registerSafety(app: Application<AppTurnState>): void {
  app.turn('beforeTurn', async (ctx, state) => {
    const text = ctx.activity.type === ActivityTypes.Message ? ctx.activity.text : undefined;
    if (text && assessAcuteDanger(text).acute) {
      await ctx.sendActivity({ attachments: [acuteCard({ canResume: Boolean(state.conversation.meldcode) })] });
    }
    return true;
  });
}
