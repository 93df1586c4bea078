import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';
import type { AppTurnState } from '../../app/turnState.js';
import { assessAcuteDanger } from '../../domain/acuteDanger.js';
import { acuteCard } from '../../cards/acuteCard.js';

/**
 * Acute danger comes first: any message that states it gets 112 and 0800-2000 before anything
 * else, wherever the user is in a conversation. Registered before every other message route.
 */
export function registerSafety(app: Application<AppTurnState>): void {
  app.activity(
    async (ctx) => ctx.activity.type === ActivityTypes.Message && typeof ctx.activity.text === 'string' && assessAcuteDanger(ctx.activity.text).acute,
    async (ctx, state) => {
      await ctx.sendActivity({ attachments: [acuteCard({ canResume: Boolean(state.conversation.meldcode) })] });
    },
  );
}
