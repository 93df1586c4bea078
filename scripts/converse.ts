/**
 * Measures how the bot understands free text, the way a person meets it: every sentence of a set
 * goes as a fresh message into a fresh personal chat, through HTTP to /api/messages, and what comes
 * back (replies in order, card texts flattened) is scored and dumped for a human to judge.
 *
 *   npm run eval:understanding -- <set-dir> [--labels <labels.json>] [--out <dump.jsonl>]
 *
 * The set directory holds acute.jsonl, calm.jsonl, realistic.jsonl and knowledge.jsonl (any may be
 * missing). Labels (expected article ids per knowledge sentence) live in a separate file, written
 * before the run; without them knowledge figures are limited to "answered".
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startTestBot, type TestBot } from '../test/helpers/testBot.js';
import { personalMessage } from '../test/helpers/activities.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { judge, summarise, type Figures, type Judged, type SetName } from './converse/figures.js';
import { flattenReply, type SeenReply } from './converse/replies.js';

interface Options {
  dir: string;
  labelsFile?: string;
  outFile: string;
}

const SETS: readonly SetName[] = ['acute', 'calm', 'realistic', 'knowledge'];

function parseArgs(argv: string[]): Options {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) flags.set(arg.slice(2), argv[++i] ?? '');
    else positional.push(arg);
  }
  const dir = positional[0];
  if (!dir) throw new Error('usage: npm run eval:understanding -- <set-dir> [--labels <labels.json>] [--out <dump.jsonl>]');
  const outFile = flags.get('out') ?? path.join(os.tmpdir(), `understanding-${path.basename(path.resolve(dir))}-${Date.now()}.jsonl`);
  return { dir, labelsFile: flags.get('labels'), outFile };
}

function readJsonl(file: string): Record<string, unknown>[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function readLabels(file: string | undefined): Map<string, string[]> {
  if (!file) return new Map();
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string | string[]>;
  return new Map(Object.entries(raw).map(([id, expected]) => [id, Array.isArray(expected) ? expected : [expected]]));
}

/** One sentence, one new user and personal chat; the turn is over when the POST returns. */
async function converse(bot: TestBot, n: number, text: string): Promise<{ replies: SeenReply[]; ms: number }> {
  const user = { id: `29:eval-${n}`, aadObjectId: `aad-eval-${n}`, name: 'Eval' };
  const conversationId = `a:personal-${user.aadObjectId}`;
  const before = bot.connector.calls.length;
  const start = performance.now();
  const res = await bot.send(personalMessage(bot.connector.url, user, text));
  const ms = performance.now() - start;
  if (res.status >= 400) throw new Error(`message ${n}: HTTP ${res.status}`);
  const replies = bot.connector.calls
    .slice(before)
    .filter((c) => (c.kind === 'reply' || c.kind === 'send') && c.conversationId === conversationId)
    .map((c) => flattenReply(c.body));
  return { replies, ms };
}

function printFigures(f: Figures): void {
  const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${n}/${d} (${((100 * n) / d).toFixed(1)}%)`);
  const lines = [
    `acute: acute answer first ${pct(f.acute.first, f.acute.total)}; anywhere ${pct(f.acute.anywhere, f.acute.total)}`,
    `  suicide with 113 shown ${pct(f.acute.suicideWith113, f.acute.suicideTotal)}`,
    ...Object.entries(f.acute.byCategory).map(([c, v]) => `  ${c}: ${pct(v.first, v.total)}`),
    `calm: false alarms ${pct(f.calm.falseAlarms, f.calm.total)}; "geen passend antwoord" ${pct(f.calm.noMatch, f.calm.total)}`,
    `realistic: answered (automatic check) ${pct(f.realistic.answered, f.realistic.total)}; no-match while describing a worry ${pct(f.realistic.noMatchWorry, f.realistic.worryTotal)}`,
    ...Object.entries(f.realistic.byKind).map(([k, v]) => `  ${k}: answered ${pct(v.answered, v.total)}`),
    `knowledge: answered ${pct(f.knowledge.answered, f.knowledge.total)}; false alarms ${pct(f.knowledge.falseAlarms, f.knowledge.total)}`,
    `  labelled ${f.knowledge.labelled}: top-1 ${pct(f.knowledge.top1, f.knowledge.labelled)}; top-3 ${pct(f.knowledge.top3, f.knowledge.labelled)}`,
    ...Object.entries(f.knowledge.byType).map(([t, v]) => `  ${t}: top-1 ${pct(v.top1, v.labelled)}; top-3 ${pct(v.top3, v.labelled)}`),
    `names echoed back (messages with a name): ${pct(f.namesEchoed, f.withName)}`,
    `turn time through HTTP: p50 ${f.p50Ms.toFixed(1)} ms, p99 ${f.p99Ms.toFixed(1)} ms over ${f.messages} messages`,
  ];
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const labels = readLabels(options.labelsFile);
  const titleToId = new Map(loadKnowledge().articles.map((a) => [a.title, a.id]));
  const bot = await startTestBot();
  const judged: Judged[] = [];
  let n = 0;
  try {
    for (const set of SETS) {
      for (const item of readJsonl(path.join(options.dir, `${set}.jsonl`))) {
        const { replies, ms } = await converse(bot, ++n, String(item.text));
        judged.push(judge(set, item, replies, ms, { titleToId, expected: labels.get(String(item.id)) }));
      }
    }
  } finally {
    await bot.stop();
  }
  writeFileSync(options.outFile, judged.map((j) => JSON.stringify(j)).join('\n') + '\n');
  printFigures(summarise(judged));
  console.log(`every reply: ${options.outFile}`);
}

await main();
