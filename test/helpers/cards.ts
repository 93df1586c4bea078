/** Reading Adaptive Cards the way a user sees them: texts and buttons. */
export type Card = Record<string, unknown>;

export interface Button {
  title: string;
  verb?: string;
  data: Record<string, unknown>;
  url?: string;
}

export function buttons(card: unknown): Button[] {
  const found: Button[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.type === 'string' && n.type.startsWith('Action.') && n.type !== 'Action.ShowCard') {
      found.push({ title: String(n.title ?? ''), verb: n.verb as string | undefined, data: (n.data as Record<string, unknown>) ?? {}, url: n.url as string | undefined });
    }
    Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}

export function button(card: unknown, titleIncludes: string): Button {
  const b = buttons(card).find((x) => x.title.includes(titleIncludes));
  if (!b) throw new Error(`no button "${titleIncludes}" in card; buttons: ${buttons(card).map((x) => x.title).join(' | ')}`);
  return b;
}

export function texts(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text);
    if (n.type === 'Fact' || (typeof n.title === 'string' && typeof n.value === 'string' && !n.type)) out.push(`${n.title}: ${n.value}`);
    Object.values(n).forEach(walk);
  };
  walk(card);
  return out.join('\n');
}

/** The card of an invoke response body, or of an activity's first attachment. */
export function cardOf(x: unknown): Card {
  const o = x as { value?: Card; attachments?: { content: Card }[] };
  if (o.attachments?.[0]) return o.attachments[0].content;
  return o.value as Card;
}

/** The options of the card's radio list (Input.ChoiceSet) with this id. */
export function options(card: unknown, inputId = 'choiceId'): { title: string; value: string }[] {
  let found: { title: string; value: string }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Input.ChoiceSet' && n.id === inputId) found = (n.choices as { title: string; value: string }[]) ?? [];
    Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}

/** Picking an option in the radio list and pressing `submitTitle`: the click Teams would send. */
export function answer(card: unknown, optionIncludes: string, submitTitle = 'Verder', inputId = 'choiceId'): Button {
  const option = options(card, inputId).find((o) => o.title.includes(optionIncludes));
  if (!option) throw new Error(`no option "${optionIncludes}"; options: ${options(card, inputId).map((o) => o.title).join(' | ')}`);
  const submit = button(card, submitTitle);
  return { ...submit, data: { ...submit.data, [inputId]: option.value } };
}

/** The tappable answers of a card: Containers with a selectAction, as { title, verb, data }. */
export function tappables(card: unknown): Button[] {
  const found: Button[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    const action = n.selectAction as Record<string, unknown> | undefined;
    if (n.type === 'Container' && action) {
      found.push({ title: texts(n.items), verb: action.verb as string | undefined, data: (action.data as Record<string, unknown>) ?? {} });
    }
    Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}

/** Tapping the answer whose text includes `includes`, with the card's inputs (e.g. a note) as Teams sends them. */
export function tap(card: unknown, includes: string, inputs: Record<string, unknown> = {}): Button {
  const all = tappables(card);
  const t = all.find((x) => x.title.includes(includes));
  if (!t) throw new Error(`no tappable answer "${includes}"; answers: ${all.map((x) => x.title).join(' | ')}`);
  return { ...t, data: { ...t.data, ...inputs } };
}
