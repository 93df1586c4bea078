// npm run eval:privacy -- <dir> [--now YYYY-MM-DD] [--show-misses]
// Measures the privacy guard on a labelled set: <dir>/positives.jsonl lines
// {"id","text","items":[{"kind":"name|bsn|address|birthdate|phone|email","value"}]} and <dir>/negatives.jsonl
// lines {"id","text"}. Prints recall per kind (an item is caught when the guard's findings cover every letter
// and digit of each place the value occurs; "touched" when a finding overlaps it) and the false alarms
// (negatives with any finding). --show-misses lists the missed items and false alarms (for a set you may read).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { findIdentifyingData, type PiiFinding } from '../src/domain/privacy/guard.js';

const ItemKind = z.enum(['name', 'bsn', 'address', 'birthdate', 'phone', 'email']);
type ItemKind = z.infer<typeof ItemKind>;
const Positive = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  items: z.array(z.object({ kind: ItemKind, value: z.string() })),
});
const Negative = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });
type Positive = z.infer<typeof Positive>;
type Negative = z.infer<typeof Negative>;

export interface KindResult {
  items: number;
  caught: number;
  touched: number;
  notInText: number;
}

export interface PrivacyEvaluation {
  positives: number;
  negatives: number;
  perKind: Record<ItemKind, KindResult>;
  falseAlarms: number;
  misses: string[];
  alarms: string[];
}

async function readJsonl<T>(file: string, schema: z.ZodType<T>): Promise<T[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  return lines.map((line, i) => {
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path.basename(file)} line ${i + 1}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

export async function readLabelledSet(dir: string): Promise<{ positives: Positive[]; negatives: Negative[] }> {
  return {
    positives: await readJsonl(path.join(dir, 'positives.jsonl'), Positive),
    negatives: await readJsonl(path.join(dir, 'negatives.jsonl'), Negative),
  };
}

/** Every start index of `value` in `text`; case-insensitive when the exact spelling does not occur. */
function occurrences(text: string, value: string): number[] {
  const find = (haystack: string, needle: string): number[] => {
    const found: number[] = [];
    for (let i = haystack.indexOf(needle); i !== -1 && needle !== ''; i = haystack.indexOf(needle, i + 1)) found.push(i);
    return found;
  };
  const exact = find(text, value);
  return exact.length > 0 ? exact : find(text.toLowerCase(), value.toLowerCase());
}

function isCovered(text: string, start: number, length: number, findings: PiiFinding[]): boolean {
  for (let i = start; i < start + length; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i] ?? '')) continue;
    if (!findings.some((f) => f.index <= i && i < f.index + f.match.length)) return false;
  }
  return true;
}

function isTouched(start: number, length: number, findings: PiiFinding[]): boolean {
  return findings.some((f) => f.index < start + length && start < f.index + f.match.length);
}

export function evaluate(set: { positives: Positive[]; negatives: Negative[] }, now: Date): PrivacyEvaluation {
  const perKind = Object.fromEntries(
    ItemKind.options.map((k) => [k, { items: 0, caught: 0, touched: 0, notInText: 0 }]),
  ) as Record<ItemKind, KindResult>;
  const misses: string[] = [];
  for (const positive of set.positives) {
    const findings = findIdentifyingData(positive.text, { now });
    for (const item of positive.items) {
      const result = perKind[item.kind];
      result.items++;
      const starts = occurrences(positive.text, item.value);
      if (starts.length === 0) {
        result.notInText++;
        misses.push(`${positive.id} ${item.kind} not found in its text: ${JSON.stringify(item.value)}`);
        continue;
      }
      const length = item.value.length;
      if (starts.every((s) => isCovered(positive.text, s, length, findings))) result.caught++;
      else misses.push(`${positive.id} ${item.kind} ${JSON.stringify(item.value)} in ${JSON.stringify(positive.text)}`);
      if (starts.every((s) => isTouched(s, length, findings))) result.touched++;
    }
  }
  const alarms = set.negatives.flatMap((negative) => {
    const findings = findIdentifyingData(negative.text, { now });
    if (findings.length === 0) return [];
    const what = findings.map((f) => `${f.kind}:${JSON.stringify(f.match)}`).join(', ');
    return [`${negative.id} [${what}] in ${JSON.stringify(negative.text)}`];
  });
  return {
    positives: set.positives.length,
    negatives: set.negatives.length,
    perKind,
    falseAlarms: alarms.length,
    misses,
    alarms,
  };
}

const percent = (part: number, whole: number): string => (whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`);

export function formatEvaluation(result: PrivacyEvaluation): string {
  const rows = ItemKind.options
    .filter((kind) => result.perKind[kind].items > 0)
    .map((kind) => {
      const r = result.perKind[kind];
      const missing = r.notInText > 0 ? `  (${r.notInText} not found in their text)` : '';
      return `  ${kind.padEnd(9)} recall ${percent(r.caught, r.items).padStart(6)} (${r.caught}/${r.items})  touched ${percent(r.touched, r.items)}${missing}`;
    });
  const all = Object.values(result.perKind).reduce((sum, r) => ({ items: sum.items + r.items, caught: sum.caught + r.caught }), {
    items: 0,
    caught: 0,
  });
  return [
    `privacy guard: ${result.positives} positive texts, ${result.negatives} negative texts`,
    ...rows,
    `  all       recall ${percent(all.caught, all.items).padStart(6)} (${all.caught}/${all.items})`,
    `  false alarms ${percent(result.falseAlarms, result.negatives)} (${result.falseAlarms}/${result.negatives} negatives with a finding)`,
  ].join('\n');
}

function usage(): never {
  throw new Error('Gebruik: npm run eval:privacy -- <map met positives.jsonl en negatives.jsonl> [--now JJJJ-MM-DD] [--show-misses]');
}

async function main(argv: string[]): Promise<void> {
  const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--now') ?? usage();
  const nowArg = argv.indexOf('--now');
  const now = nowArg === -1 ? new Date() : new Date(argv[nowArg + 1] ?? usage());
  if (Number.isNaN(now.getTime())) usage();
  const result = evaluate(await readLabelledSet(dir), now);
  console.log(formatEvaluation(result));
  if (argv.includes('--show-misses')) {
    console.log(['missed items:', ...result.misses.map((m) => `  ${m}`)].join('\n'));
    console.log(['false alarms:', ...result.alarms.map((a) => `  ${a}`)].join('\n'));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
