import { existsSync, readFileSync } from 'node:fs';
import { storeLabel, type StoreKind } from '../sections/targets.js';
import type { TurnRow } from '../sections/turns.js';
import { botRows, echoRow, restifyRow, turnComparisons, type ProfiledRun, type Results } from './results.js';
import { fixed, markdownTable, ratio, textTable, whole, type Table } from './table.js';

const label = (store?: StoreKind) => (store ? storeLabel[store] : '');

export function turnsTable(r: Results): Table {
  const restify = restifyRow(r);
  return {
    title: `Message turns: ${r.settings.connections} keep-alive connections, ${Number(r.settings.durationMs) / 1000} s after a warm-up of at least ${Number(r.settings.warmupMs) / 1000} s and one turn per user, ${r.settings.users} users (CPU ms/turn: the target process; DB: the PostgreSQL server; other load: processes outside the bench)`,
    header: ['target', 'round', 'turns/s', 'p50 ms', 'p99 ms', 'max ms', 'failed', 'turns/s vs echo', 'p99 vs echo', 'turns/s vs restify', 'CPU ms/turn', 'DB CPU ms/turn', 'loop blocked max ms', 'other load'],
    numeric: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    rows: r.turns.map((t) => [
      t.target,
      `${t.round ?? 1}`,
      whole(t.perSecond),
      fixed(t.latencyMs.p50),
      fixed(t.latencyMs.p99),
      fixed(t.latencyMs.max),
      `${t.failures}`,
      ...vsEcho(t, echoRow(r, t.round ?? 1)),
      restify ? ratio(t.perSecond / restify.perSecond) : '—',
      fixed(t.cpuMsPerTurn, 2),
      fixed(t.databaseCpuMsPerTurn, 2),
      fixed(t.loopDelayMs?.max, 0),
      t.otherCores === undefined ? '—' : `${fixed(t.otherCores, 2)} cores`,
    ]),
  };
}

function vsEcho(t: TurnRow, echo?: TurnRow): string[] {
  return echo ? [ratio(t.perSecond / echo.perSecond), ratio(t.latencyMs.p99 / echo.latencyMs.p99)] : ['—', '—'];
}

export function figuresTable(r: Results): Table {
  const row = (name: string, value: (store: StoreKind) => string | undefined, goal = '') => [
    name,
    value('lowdb') ?? '—',
    r.stores.postgres ? value('postgres') ?? '—' : 'n/a',
    goal,
  ];
  const mem = (s: StoreKind) => r.memory.find((m) => m.store === s);
  const start = (s: StoreKind) => r.startup.find((m) => m.store === s);
  const adv = (s: StoreKind) => r.advice.find((m) => m.store === s);
  const compared = (s: StoreKind) => turnComparisons(r).find((c) => c.store === s);
  const k = r.knowledge;
  const rows = [
    row('bot turns/s × echo bot (knowledge question, median of rounds)', (s) => (compared(s)?.rounds.length ? ratio(compared(s)!.throughput) : undefined), '≥ 1.0×'),
    row('bot turn p99 × echo bot p99 (median of rounds)', (s) => (compared(s)?.rounds.length ? ratio(compared(s)!.p99) : undefined), '≤ 1.0×'),
    row('MiB RSS / heap committed / heap used after 5k, 10k, 20k, 30k turns (after GC)', (s) =>
      mem(s)?.samples.map((x) => [x.rssBytes, x.heapTotalBytes, x.heapUsedBytes].map((b) => whole(b / 1024 / 1024)).join(' / ')).join('; '),
    ),
    row('RSS growth 5 000 → 10 000', (s) => (mem(s) ? `${fixed(mem(s)!.rssGrowthPct)}%` : undefined)),
    row('RSS growth 10 000 → 30 000 (heap sized)', (s) => (mem(s) ? `${fixed(mem(s)!.settledRssGrowthPct)}%` : undefined), '≤ 10%'),
    row('heap used growth 5 000 → 30 000', (s) => (mem(s) ? `${fixed(mem(s)!.heapGrowthPct)}%` : undefined), '≤ 10%'),
    row(`start-up to /healthz (median of ${r.settings.startupRuns})`, (s) => (start(s) ? `${whole(start(s)!.medianMs)} ms` : undefined)),
    row('  of which: node + tsx + imports / store open / listening', (s) => {
      const p = start(s)?.phasesMs;
      return p ? `${whole(p.imported)} / ${whole(p.storeOpen)} / ${whole(p.listening)} ms` : undefined;
    }),
    row('knowledge search p50 / p99 (in-process, no store)', (s) => (!k ? undefined : s === 'lowdb' ? `${fixed(k.p50Ms, 3)} / ${fixed(k.p99Ms, 3)} ms` : 'same'), 'p99 < 5 ms'),
    row('understanding per message p50 / p99 (in-process, CPU time)', (s) => (!r.understanding ? undefined : s === 'lowdb' ? `${fixed(r.understanding.cpuP50Ms, 3)} / ${fixed(r.understanding.cpuP99Ms, 3)} ms` : 'same'), 'p99 ≤ 10 ms'),
    row(`advice: send → ticket card p50 / p99 (${r.settings.askers} askers)`, (s) => (adv(s) ? `${whole(adv(s)!.sendToCardMs.p50)} / ${whole(adv(s)!.sendToCardMs.p99)} ms` : undefined)),
    row('advice: send → ticket card p50 / p99 (1 asker, 4 questions/s)', (s) => (adv(s) ? `${fixed(adv(s)!.unloadedSendToCardMs.p50)} / ${fixed(adv(s)!.unloadedSendToCardMs.p99)} ms` : undefined)),
    row('advice: send → acknowledgement p50 / p99', (s) => (adv(s) ? `${fixed(adv(s)!.sendToAckMs.p50)} / ${fixed(adv(s)!.sendToAckMs.p99)} ms` : undefined)),
    row('advice: ticket cards/s, failed', (s) => (adv(s) ? `${fixed(adv(s)!.cardsPerSecond)} /s, ${adv(s)!.failures} failed of ${adv(s)!.tickets + adv(s)!.failures}` : undefined)),
  ];
  return { title: 'Other figures (each on a fresh store)', header: ['measure', 'lowdb', 'PostgreSQL', 'goal'], numeric: [1, 2], rows };
}

/** Whatever bench/routeertafel.ts returned: one row per figure, lowdb and PostgreSQL side by side. */
export function routeertafelTable(r: Results): Table | undefined {
  const rt = r.routeertafel;
  if (!rt) return undefined;
  const title = 'Routeertafel (bench/routeertafel.ts, owned by the routeertafel work; Teams-like throttling 7/s per channel, 30/s per app; budget 25/s)';
  const header = ['function', 'figure', 'lowdb', 'PostgreSQL'];
  if (!rt.available) return { title, header, rows: [['—', 'not available', rt.reason ?? '', '']] };
  const rows: string[][] = [];
  for (const fn of [...new Set(rt.runs.map((x) => x.fn))]) {
    const runs = rt.runs.filter((x) => x.fn === fn);
    const lowdb = runs.find((x) => x.store !== 'postgres');
    const pg = runs.find((x) => x.store === 'postgres');
    const pgNote = lowdb?.store === 'any' ? 'n/a (no store option)' : r.stores.postgres ? '—' : 'n/a';
    if (lowdb?.error || pg?.error) rows.push([fn, 'error', lowdb?.error ?? '', pg?.error ?? '']);
    const figures = flatten(lowdb?.figures ?? {});
    const pgFigures = flatten(pg?.figures ?? {});
    for (const key of [...new Set([...Object.keys(figures), ...Object.keys(pgFigures)])]) rows.push([fn, key, figures[key] ?? '—', pg ? pgFigures[key] ?? '—' : pgNote]);
  }
  return { title, header, numeric: [2, 3], rows };
}

/** Numbers, booleans and short strings of a result object as "key" → text ("a.b" for nested keys). */
function flatten(figures: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value === 'number') out[prefix + key] = Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(2);
    else if (typeof value === 'boolean' || (typeof value === 'string' && value.length <= 60)) out[prefix + key] = String(value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(out, flatten(value as Record<string, unknown>, `${prefix}${key}.`));
  }
  return out;
}

export function goalsTable(r: Results): Table {
  return {
    title: 'Goals',
    header: ['goal', 'store', 'met', 'measured'],
    rows: r.goals.map((g) => [g.goal, label(g.store), g.met ? 'yes' : 'NO', g.detail]),
  };
}

export function breakdownTable(r: Results): Table | undefined {
  const p = r.profile;
  if (!p) return undefined;
  const perTurn = (run: ProfiledRun | undefined, name: string) => {
    const line = run?.breakdown.find((l) => l.name === name);
    return run && run.turns > 0 ? (line?.ms ?? 0) / run.turns : undefined;
  };
  const names = [...new Set([...p.bot.breakdown.map((l) => l.name), ...(p.echo?.breakdown.map((l) => l.name) ?? [])])];
  const rows = names.map((name) => {
    const bot = perTurn(p.bot, name);
    const echo = perTurn(p.echo, name);
    return { name, bot, echo, pct: p.bot.breakdown.find((l) => l.name === name)?.pct };
  });
  rows.sort((a, b) => (b.bot ?? 0) - (a.bot ?? 0));
  const shown = rows.filter((x) => (x.bot ?? 0) >= 0.02 || (x.echo ?? 0) >= 0.02);
  const total = (run?: ProfiledRun) => (run && run.turns > 0 ? run.breakdown.reduce((sum, l) => sum + l.ms, 0) / run.turns : undefined);
  return {
    title: `Where a turn's time goes: CPU profiles under the same load (${fixed(p.bot.windowMs / 1000)} s each; ${p.reason}). Busy main-thread ms per turn; includes time the process waited for a core`,
    header: ['part', `this bot (${storeLabel[p.store]})`, '% of bot', 'echo bot', 'bot − echo'],
    numeric: [1, 2, 3, 4],
    rows: [
      ...shown.map((x) => [x.name, fixed(x.bot, 2), fixed(x.pct), fixed(x.echo, 2), x.bot !== undefined && x.echo !== undefined ? fixed(x.bot - x.echo, 2) : '—']),
      ['total', fixed(total(p.bot), 2), '100.0', fixed(total(p.echo), 2), total(p.bot) !== undefined && total(p.echo) !== undefined ? fixed(total(p.bot)! - total(p.echo)!, 2) : '—'],
    ],
  };
}

export function profileTable(r: Results): Table | undefined {
  const p = r.profile?.bot;
  if (!p) return undefined;
  return {
    title: `CPU profile of this bot (${storeLabel[r.profile!.store]}): ${fixed(p.windowMs / 1000)} s, main thread busy ${fixed(p.busyPct)}%`,
    header: ['top self time', 'ms', '% busy', 'module (self)', '% busy', 'module on stack (inclusive)', '% busy'],
    numeric: [1, 2, 4, 6],
    rows: Array.from({ length: 12 }, (_, i) => [
      p.topSelf[i]?.name ?? '',
      p.topSelf[i] ? fixed(p.topSelf[i]!.ms, 0) : '',
      p.topSelf[i] ? fixed(p.topSelf[i]!.pct) : '',
      p.modulesSelf[i]?.name ?? '',
      p.modulesSelf[i] ? fixed(p.modulesSelf[i]!.pct) : '',
      p.modulesInclusive[i]?.name ?? '',
      p.modulesInclusive[i] ? fixed(p.modulesInclusive[i]!.pct) : '',
    ]),
  };
}

export function projectProfileTable(r: Results): Table | undefined {
  const p = r.profile?.bot;
  if (!p) return undefined;
  return {
    title: 'This project’s functions by inclusive time (share of busy samples with the function on the stack)',
    header: ['function  file', '% busy'],
    numeric: [1],
    rows: p.projectInclusive.map((l) => [l.name, fixed(l.pct)]),
  };
}

function tables(r: Results): Table[] {
  return [turnsTable(r), figuresTable(r), routeertafelTable(r), goalsTable(r), breakdownTable(r), profileTable(r), projectProfileTable(r)].filter((t): t is Table => t !== undefined);
}

export function machineLine(r: Results): string {
  const m = r.machine;
  return `${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; ${m.date}`;
}

export function textReport(r: Results): string {
  const notes = notesOf(r);
  return [`Machine: ${machineLine(r)}`, ...tables(r).map(textTable), ...(notes.length ? ['Notes:', ...notes.map((n) => `- ${n}`)] : [])].join('\n\n');
}

function notesOf(r: Results): string[] {
  const notes: string[] = [];
  const busy = r.machine.busyCoresAtStart;
  if (busy !== undefined && busy > 0.3) notes.push(`The machine was not quiet: ${busy.toFixed(2)} cores busy before the bench started (load average ${r.machine.loadAverageAtStart.join(', ')}); turns/s and latencies are lower than on an idle machine, CPU ms/turn is the steadier figure.`);
  const noisy = r.turns.filter((t) => (t.otherCores ?? 0) > 0.3);
  if (noisy.length) notes.push(`Other processes used CPU during: ${noisy.map((t) => `${t.target} (${t.otherCores!.toFixed(2)} cores)`).join(', ')}.`);
  if (!r.stores.postgres) notes.push(`PostgreSQL column not run: ${r.stores.postgresReason}.`);
  for (const t of botRows(r)) if (t.replyChecked && t.replyChecked !== 'knowledge card about verwaarlozing') notes.push(`${t.target}: the reply was ${t.replyChecked}.`);
  for (const t of r.turns.filter((x) => x.failures > 0)) notes.push(`${t.target}: failures ${JSON.stringify(t.failureKinds)}.`);
  for (const a of r.advice.filter((x) => x.failures > 0)) notes.push(`advice (${storeLabel[a.store]}): failures ${JSON.stringify(a.failureKinds)}.`);
  for (const run of [r.profile?.bot, r.profile?.echo]) if (run?.note) notes.push(`profile: ${run.note}.`);
  for (const e of r.errors) notes.push(`section "${e.section}" failed: ${e.message.split('\n')[0]}`);
  return notes;
}

export const beginMarker = '<!-- bench:results:begin (written by npm run bench; edit outside these markers) -->';
export const endMarker = '<!-- bench:results:end -->';

/** The generated part of docs/performance.md. */
export function markdownBlock(r: Results): string {
  const notes = notesOf(r);
  const parts = [
    beginMarker,
    `Measured by \`npm run bench\` on ${machineLine(r)}. The whole run took ${Math.round(r.durationSeconds)} s.`,
    ...tables(r).map((t) => `**${t.title}**\n\n${markdownTable(t)}`),
    ...(notes.length ? [`**Notes**\n\n${notes.map((n) => `- ${n}`).join('\n')}`] : []),
    endMarker,
  ];
  return parts.join('\n\n');
}

/** Replaces the generated block in `current` (or builds the page around it when there is none). */
export function updatedPerformanceDoc(file: string, r: Results, skeleton: (block: string) => string): string {
  const block = markdownBlock(r);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const begin = current.indexOf(beginMarker);
  const end = current.indexOf(endMarker);
  if (begin === -1 || end === -1) return skeleton(block);
  return current.slice(0, begin) + block + current.slice(end + endMarker.length);
}
