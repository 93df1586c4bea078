/** A plain Adaptive Card (JSON, schema 1.5). Cards are data; only the way they travel is Bot Framework's. */
export type Card = Record<string, unknown>;

export const AdaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** A card as an activity attachment. */
export function cardAttachment(card: Card): { contentType: string; content: Card } {
  return { contentType: AdaptiveCardContentType, content: card };
}
