import type { Routes } from '../app/turn.js';

const FallbackTexts = {
  notUnderstood: 'Dat begrijp ik niet. Typ "help" om te zien wat ik kan. Is er acuut gevaar? Bel 112. Twijfel of zorgen? Bel Veilig Thuis: 0800-2000 (gratis, 24/7).',
  staleAction: 'Deze knop hoort bij een kaart die niet meer geldig is. Typ "help" om opnieuw te beginnen.',
} as const;

/** The catch-all. Register it last: routes are tried in order and the first match wins. */
export function registerFallback(routes: Routes): void {
  // A click on a card verb nobody handles would otherwise answer 501, which Teams shows as an error.
  routes.on('click', async (_turn, reply) => reply.answerClick({ text: FallbackTexts.staleAction }));
  routes.on('submit', async (_turn, reply) => reply.send(FallbackTexts.staleAction));
  routes.on('message', async (_turn, reply) => reply.send(FallbackTexts.notUnderstood));
}
