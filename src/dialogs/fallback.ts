import { ActivityTypes } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AppTurnState } from '../app/turnState.js';
import { respondWithMessage } from '../app/invoke.js';

const FallbackTexts = {
  notUnderstood: 'Dat begrijp ik niet. Typ "help" om te zien wat ik kan. Is er acuut gevaar? Bel 112. Twijfel of zorgen? Bel Veilig Thuis: 0800-2000 (gratis, 24/7).',
  staleAction: 'Deze knop hoort bij een kaart die niet meer geldig is. Typ "help" om opnieuw te beginnen.',
} as const;

/** The catch-all. Register it last: routes are tried in order and the first match wins. */
export function registerFallback(app: Application<AppTurnState>): void {
  // A click on a card verb nobody handles would otherwise answer 501, which Teams shows as an error.
  app.activity(
    async (ctx) => ctx.activity.type === ActivityTypes.Invoke && ctx.activity.name === 'adaptiveCard/action',
    async (ctx) => respondWithMessage(ctx, FallbackTexts.staleAction),
  );
  app.activity(ActivityTypes.Message, async (ctx) => {
    const isCardSubmit = !ctx.activity.text && ctx.activity.value !== undefined;
    await ctx.sendActivity(isCardSubmit ? FallbackTexts.staleAction : FallbackTexts.notUnderstood);
  });
}
