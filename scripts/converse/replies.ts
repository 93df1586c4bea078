/** What a person sees of one reply: its plain text, or each card's texts top to bottom and its buttons. */
export interface SeenReply {
  text?: string;
  cards: SeenCard[];
}

export interface SeenCard {
  /** Text blocks and facts in reading order, with the buttons of an action set inside the card where they stand ("[knop: …]"). */
  lines: string[];
  buttons: string[];
  /** Article ids carried by buttons (knowledge alternatives). */
  articleIds: string[];
}

type Node = Record<string, unknown>;

function flattenCard(card: unknown): SeenCard {
  const seen: SeenCard = { lines: [], buttons: [], articleIds: [] };
  const walk = (node: unknown, inBody = false): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inBody));
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'TextBlock' && typeof n.text === 'string' && n.text.trim()) seen.lines.push(n.text);
    if (n.type === 'TextRun' && typeof n.text === 'string') seen.lines.push(n.text);
    if (typeof n.title === 'string' && typeof n.value === 'string' && !n.type) seen.lines.push(`${n.title}: ${n.value}`);
    if (typeof n.type === 'string' && n.type.startsWith('Action.')) {
      seen.buttons.push(String(n.title ?? ''));
      if (inBody) seen.lines.push(`[knop: ${String(n.title ?? '')}]`);
      const articleId = (n.data as Node | undefined)?.articleId;
      if (typeof articleId === 'string') seen.articleIds.push(articleId);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'data') walk(value, inBody || key === 'body');
  };
  walk(card);
  return seen;
}

export function flattenReply(body: Record<string, unknown>): SeenReply {
  const attachments = (body.attachments as { contentType?: string; content?: unknown }[] | undefined) ?? [];
  return {
    text: typeof body.text === 'string' && body.text ? body.text : undefined,
    cards: attachments.filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => flattenCard(a.content)),
  };
}

export function replyText(reply: SeenReply): string {
  return [reply.text ?? '', ...reply.cards.flatMap((c) => [...c.lines, ...c.buttons])].join('\n');
}

/** The acute answer: a card whose top line gives 112 (as the danger block does, never an article). */
export function isAcuteAnswer(reply: SeenReply): boolean {
  return reply.cards.some((c) => /\b112\b/.test(c.lines[0] ?? ''));
}

/** "Geen passend antwoord" or the catch-all "Dat begrijp ik niet". */
export function isNoMatch(reply: SeenReply): boolean {
  return /geen passend antwoord|dat begrijp ik niet/i.test(replyText(reply));
}
