import os from 'node:os';
import type { UnderstandingResult } from '../understanding.js';
import { loadAverage, machineLoadCores } from './cpu.js';
import type { AdviceResult } from '../sections/advice.js';
import type { KnowledgeResult, RouteertafelResult } from '../sections/external.js';
import type { MemoryResult } from '../sections/memory.js';
import type { StartupResult } from '../sections/startup.js';
import type { StoreKind } from '../sections/targets.js';
import type { TurnRow } from '../sections/turns.js';
import type { ProfileSummary } from './profile.js';
import { median } from './stats.js';

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  date: string;
  /** Load average (1, 5, 15 min) when the bench started, and cores busy in the second before it. */
  loadAverageAtStart: number[];
  busyCoresAtStart?: number;
}

export async function machine(): Promise<Machine> {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    loadAverageAtStart: loadAverage(),
    busyCoresAtStart: await machineLoadCores(1_000),
  };
}

export type ProfiledRun = ProfileSummary & { turns: number };

export interface Goal {
  goal: string;
  store?: StoreKind;
  met: boolean;
  detail: string;
}

/** Everything one `npm run bench` measured; written as bench/results.json. */
export interface Results {
  machine: Machine;
  settings: Record<string, unknown>;
  stores: { lowdb: true; postgres: boolean; postgresReason?: string };
  turns: TurnRow[];
  /** CPU profiles of this bot and of the echo bot under the same load (`turns`: turns in the window). */
  profile?: { reason: string; store: StoreKind; bot: ProfiledRun; echo?: ProfiledRun };
  memory: MemoryResult[];
  startup: StartupResult[];
  knowledge?: KnowledgeResult;
  understanding?: UnderstandingResult;
  advice: AdviceResult[];
  routeertafel?: RouteertafelResult;
  goals: Goal[];
  errors: { section: string; message: string }[];
  durationSeconds: number;
}

export const echoRow = (r: Results, round = 1) => r.turns.find((t) => t.target === 'echo bot' && (t.round ?? 1) === round);
export const restifyRow = (r: Results) => r.turns.find((t) => t.target === 'bare restify');
export const botRows = (r: Results) => r.turns.filter((t) => t.store);

/** One store's turns against the echo bot of the same round. */
export interface TurnComparison {
  store: StoreKind;
  rounds: { round: number; bot: TurnRow; echo: TurnRow; throughput: number; p99: number }[];
  /** Medians over the rounds: a single run on two shared cores moves by more than the difference. */
  throughput: number;
  p99: number;
  failures: number;
}

export function turnComparisons(r: Results): TurnComparison[] {
  const stores = [...new Set(botRows(r).map((t) => t.store as StoreKind))];
  return stores.map((store) => {
    const rounds = botRows(r)
      .filter((bot) => bot.store === store)
      .flatMap((bot) => {
        const round = bot.round ?? 1;
        const echo = echoRow(r, round);
        return echo ? [{ round, bot, echo, throughput: bot.perSecond / echo.perSecond, p99: bot.latencyMs.p99 / echo.latencyMs.p99 }] : [];
      });
    return {
      store,
      rounds,
      throughput: median(rounds.map((x) => x.throughput)),
      p99: median(rounds.map((x) => x.p99)),
      failures: botRows(r).filter((t) => t.store === store).reduce((sum, t) => sum + t.failures, 0),
    };
  });
}

/** The issue's goals, judged on what was measured. */
export function judge(r: Results): Goal[] {
  const goals: Goal[] = [];
  for (const c of turnComparisons(r)) {
    const each = (pick: (x: TurnComparison['rounds'][number]) => string) => (c.rounds.length > 1 ? ` (rounds: ${c.rounds.map(pick).join(', ')})` : '');
    if (c.rounds.length) {
      goals.push({ goal: 'turns/s ≥ 1.0× echo bot (median of rounds)', store: c.store, met: c.throughput >= 1, detail: `${c.throughput.toFixed(2)}×${each((x) => `${x.throughput.toFixed(2)}×`)}` });
      goals.push({ goal: 'p99 ≤ echo bot p99 (median of rounds)', store: c.store, met: c.p99 <= 1, detail: `${c.p99.toFixed(2)}× echo${each((x) => `${x.bot.latencyMs.p99.toFixed(1)} vs ${x.echo.latencyMs.p99.toFixed(1)} ms`)}` });
    }
    const requests = botRows(r).filter((t) => t.store === c.store).reduce((sum, t) => sum + t.requests, 0);
    goals.push({ goal: 'no failed turn', store: c.store, met: c.failures === 0, detail: `${c.failures} of ${requests}` });
  }
  for (const m of r.memory) {
    goals.push({ goal: 'heap used growth 5 000 → 30 000 turns ≤ 10%', store: m.store, met: m.heapGrowthPct <= 10, detail: `${m.heapGrowthPct.toFixed(1)}%` });
    goals.push({ goal: 'RSS growth 10 000 → 30 000 turns ≤ 10%', store: m.store, met: m.settledRssGrowthPct <= 10, detail: `${m.settledRssGrowthPct.toFixed(1)}% (5 000 → 10 000: ${m.rssGrowthPct.toFixed(1)}%)` });
  }
  for (const run of r.routeertafel?.runs ?? []) {
    const f = run.figures ?? {};
    if (typeof f.duplicates === 'number' && typeof f.losses === 'number') {
      goals.push({ goal: `routeertafel ${run.fn}: no duplicate or lost agenda`, store: run.store === 'postgres' ? 'postgres' : 'lowdb', met: f.duplicates === 0 && f.losses === 0, detail: `${f.duplicates} duplicates, ${f.losses} losses` });
    }
    if (run.fn === 'benchTriageClick' && typeof f.p99Ms === 'number') {
      goals.push({ goal: 'triage click p99 < 100 ms with 500 meldingen on the table', store: run.store === 'postgres' ? 'postgres' : 'lowdb', met: f.p99Ms < 100, detail: `${f.p99Ms} ms` });
    }
  }
  if (r.knowledge) goals.push({ goal: 'knowledge search p99 < 5 ms', met: r.knowledge.p99Ms < 5, detail: `${r.knowledge.p99Ms.toFixed(2)} ms` });
  if (r.understanding) {
    const u = r.understanding;
    goals.push({ goal: 'understanding p99 ≤ 10 ms per message (CPU time)', met: u.cpuP99Ms <= 10, detail: `${u.cpuP99Ms.toFixed(2)} ms CPU, ${u.p99Ms.toFixed(2)} ms wall` });
  }
  return goals;
}
