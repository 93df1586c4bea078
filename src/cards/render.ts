import type { Card } from './card.js';

export type CardTemplate = Record<string, unknown>;

/** Largest card Teams accepts, roughly; builders split content to stay under it. */
export const MAX_CARD_BYTES = 28 * 1024;

/**
 * Expands our Adaptive Card templates with their data. The templates use a small part of the
 * Adaptive Cards Templating language, and this is all of it: `${path}` bindings (`$root.x`,
 * `$data`, `a.b`), `"$data": "${array}"` to repeat an element per item, `"$when"` to drop an
 * element, and the conditions `x != ''`, `count(x) > 0` and `!x`. A string that is one binding
 * keeps the value's type (a list, a boolean); bindings inside text become text. Only template
 * strings are read as bindings: text from data is never expanded, whatever it contains.
 */
export function expandCard(template: CardTemplate, data: object): Record<string, unknown> {
  return expandValue(template, { root: data, data }) as Record<string, unknown>;
}

export function renderCard(template: CardTemplate, data: object): Card {
  return expandCard(template, data);
}

export function cardBytes(card: Record<string, unknown>): number {
  return Buffer.byteLength(JSON.stringify(card));
}

interface Scope {
  root: unknown;
  data: unknown;
}

const WHOLE_BINDING = /^\$\{([^}]*)\}$/;
const BINDING = /\$\{([^}]*)\}/g;

function expandValue(value: unknown, scope: Scope): unknown {
  if (typeof value === 'string') return expandString(value, scope);
  if (Array.isArray(value)) return value.flatMap((item) => expandElement(item, scope));
  if (value && typeof value === 'object') return expandObject(value as Record<string, unknown>, scope);
  return value;
}

/** An array element: `$data` may repeat it, `$when` may drop it. */
function expandElement(item: unknown, scope: Scope): unknown[] {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return [expandValue(item, scope)];
  const element = item as Record<string, unknown>;
  if (typeof element.$data === 'string') {
    const items = evaluate(bindingOf(element.$data), scope);
    const list = Array.isArray(items) ? items : [items];
    return list.flatMap((data) => keptElement(element, { root: scope.root, data }));
  }
  return keptElement(element, scope);
}

function keptElement(element: Record<string, unknown>, scope: Scope): unknown[] {
  if (typeof element.$when === 'string' && !truthy(evaluate(bindingOf(element.$when), scope))) return [];
  return [expandObject(element, scope)];
}

function expandObject(object: Record<string, unknown>, scope: Scope): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (key === '$data' || key === '$when') continue;
    out[key] = expandValue(value, scope);
  }
  return out;
}

function expandString(text: string, scope: Scope): unknown {
  const whole = WHOLE_BINDING.exec(text);
  if (whole) return evaluate(whole[1]!, scope);
  if (!text.includes('${')) return text;
  return text.replace(BINDING, (_m, expression: string) => textOf(evaluate(expression, scope)));
}

function bindingOf(text: string): string {
  const whole = WHOLE_BINDING.exec(text);
  if (!whole) throw new Error(`card template: expected one binding, got "${text}"`);
  return whole[1]!;
}

function evaluate(expression: string, scope: Scope): unknown {
  const e = expression.trim();
  if (e.startsWith('!')) return !truthy(evaluate(e.slice(1), scope));
  const notEmpty = /^(.+?)\s*!=\s*''$/.exec(e);
  if (notEmpty) return (evaluate(notEmpty[1]!, scope) ?? '') !== '';
  const counted = /^count\((.+)\)\s*>\s*0$/.exec(e);
  if (counted) {
    const list = evaluate(counted[1]!, scope);
    return Array.isArray(list) && list.length > 0;
  }
  if (!/^[$\w]+(\.[$\w]+)*$/.test(e)) throw new Error(`card template: unsupported expression "${e}"`);
  return pathValue(e, scope);
}

function pathValue(path: string, scope: Scope): unknown {
  const [head, ...rest] = path.split('.');
  let value: unknown = head === '$root' ? scope.root : head === '$data' ? scope.data : (scope.data as Record<string, unknown> | undefined)?.[head!];
  for (const key of rest) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function truthy(value: unknown): boolean {
  return Boolean(value);
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
