/**
 * `npm run bench`: the benchmark suite of issue 6 (part 4), not part of `npm test`.
 *
 * Every target runs in its own process, and so does the loopback Bot Connector the bots post to;
 * this process is the load generator. Prints the tables, writes bench/results.json and the
 * generated block of docs/performance.md.
 *
 * Environment: BENCH_QUICK=1 (short run for trying the bench; writes nothing unless BENCH_WRITE=1),
 * BENCH_ONLY=turns,profile,memory,startup,knowledge,understanding,advice,routeertafel, BENCH_PROFILE=auto|always|never,
 * BENCH_PROFILE_STORE=lowdb|postgres (which store `always` profiles; auto profiles the store that missed a goal),
 * BENCH_DATABASE_URL (default: DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/test),
 * BENCH_TURN_ROUNDS (side-by-side rounds of the turn bench, default 3),
 * BENCH_ROUTEERTAFEL_TIMEOUT_MS (per function of bench/routeertafel.ts, default 100 000),
 * BENCH_WAIT_QUIET=<seconds> (first wait up to that long for other work on the machine to stop).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { benchUnderstanding } from './understanding.js';
import os from 'node:os';
import path from 'node:path';
import { killAll, projectRoot, startChild } from './lib/children.js';
import { machineLoadCores } from './lib/cpu.js';
import { performanceDocSkeleton } from './lib/docsSkeleton.js';
import { dropStaleDatabases, postgresUnavailable } from './lib/postgres.js';
import { judge, machine, turnComparisons, type Results } from './lib/results.js';
import { textReport, updatedPerformanceDoc } from './lib/report.js';
import { benchAdvice } from './sections/advice.js';
import { benchKnowledge, benchRouteertafel } from './sections/external.js';
import { benchMemory } from './sections/memory.js';
import { benchStartup } from './sections/startup.js';
import { bareRestify, echoBot, storeLabel, thisBot, type StoreKind } from './sections/targets.js';
import { benchTurns, profileTurns, type TurnSettings } from './sections/turns.js';

const quick = process.env.BENCH_QUICK === '1';
const only = new Set((process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const profileMode = (process.env.BENCH_PROFILE ?? 'auto') as 'auto' | 'always' | 'never';
const write = process.env.BENCH_WRITE === '1' || (!quick && only.size === 0);
const wanted = (section: string) => only.size === 0 || only.has(section);

const turns: TurnSettings = { connections: 32, users: 1_000, warmupMs: quick ? 1_000 : 2_000, durationMs: quick ? 3_000 : 10_000 };
const settings = {
  ...turns,
  /** Side-by-side rounds of echo bot and this bot (BENCH_TURN_ROUNDS); the goals are judged on the medians. */
  turnRounds: quick ? 1 : Number(process.env.BENCH_TURN_ROUNDS ?? 3),
  profileDurationMs: quick ? 3_000 : 6_000,
  memoryCheckpoints: quick ? [1_000, 2_000, 3_000] : [5_000, 10_000, 20_000, 30_000],
  startupRuns: quick ? 1 : 3,
  askers: 20,
  adviceQuestionsEach: quick ? 1 : 5,
  adviceUnloadedQuestions: quick ? 4 : 10,
  /** Per exported function of bench/routeertafel.ts. */
  routeertafelTimeoutMs: Number(process.env.BENCH_ROUTEERTAFEL_TIMEOUT_MS ?? 100_000),
};

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** With BENCH_WAIT_QUIET=<seconds>: waits (at most that long) until other work has left the cores idle for 9 s. */
async function waitForQuietMachine(): Promise<void> {
  const limitMs = Number(process.env.BENCH_WAIT_QUIET ?? 0) * 1000;
  if (!limitMs) return;
  const deadline = performance.now() + limitMs;
  for (let quiet = 0; quiet < 3; ) {
    const busy = await machineLoadCores(3_000);
    if (busy === undefined) return;
    quiet = busy < 0.3 ? quiet + 1 : 0;
    if (performance.now() > deadline) {
      log(`machine still busy (${busy.toFixed(2)} cores); running anyway`);
      return;
    }
    if (quiet === 0) log(`waiting for a quiet machine: ${busy.toFixed(2)} cores busy`);
  }
}

async function main(): Promise<number> {
  await waitForQuietMachine();
  const started = performance.now();
  const postgresReason = await postgresUnavailable();
  const stores: StoreKind[] = postgresReason ? ['lowdb'] : ['lowdb', 'postgres'];
  if (postgresReason) log(`PostgreSQL column skipped: ${postgresReason}`);
  else for (const name of await dropStaleDatabases()) log(`dropped ${name}, left behind by an interrupted run`);
  const results: Results = {
    machine: await machine(),
    settings,
    stores: { lowdb: true, postgres: !postgresReason, postgresReason },
    turns: [],
    memory: [],
    startup: [],
    advice: [],
    goals: [],
    errors: [],
    durationSeconds: 0,
  };

  async function section<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
    const t0 = performance.now();
    log(`${name} …`);
    try {
      return await work();
    } catch (err) {
      results.errors.push({ section: name, message: (err as Error).message });
      log(`${name} FAILED: ${(err as Error).message}`);
      return undefined;
    } finally {
      log(`${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  }

  const connector = startChild({ label: 'loopback connector', script: 'bench/connectorProcess.ts' });
  try {
    const { url: connectorUrl } = await connector.ready;

    if (wanted('turns')) {
      for (let round = 1; round <= settings.turnRounds; round++) {
        // Each round rotates the order, so no target always runs first (or right after another).
        const compared = [echoBot, ...stores.map(thisBot)];
        const order = [...compared.slice((round - 1) % compared.length), ...compared.slice(0, (round - 1) % compared.length)];
        for (const spec of round === 1 ? [bareRestify, ...order] : order) {
          const row = await section(`turns: ${spec.label}, round ${round}`, () => benchTurns(spec, connector, connectorUrl, turns));
          if (row) {
            results.turns.push({ ...row, round });
            log(`  ${row.perSecond.toFixed(0)} turns/s, p50 ${row.latencyMs.p50.toFixed(1)} ms, p99 ${row.latencyMs.p99.toFixed(1)} ms, ${row.failures} failed`);
          }
        }
      }
    }
    const shortfall = shortOfGoal(results);
    if (wanted('profile') && profileMode !== 'never' && (profileMode === 'always' || shortfall)) {
      const reason = shortfall?.reason ?? 'profile requested';
      const store: StoreKind = shortfall?.store ?? (process.env.BENCH_PROFILE_STORE === 'postgres' ? 'postgres' : 'lowdb');
      const profiled = { ...turns, durationMs: settings.profileDurationMs };
      const bot = await section(`profile: this bot (${store})`, () => profileTurns(thisBot(store), connectorUrl, profiled, path.join(os.tmpdir(), `vt-bench-bot-${store}.cpuprofile`)));
      const echo = await section('profile: echo bot', () => profileTurns(echoBot, connectorUrl, profiled, path.join(os.tmpdir(), 'vt-bench-echo.cpuprofile')));
      if (bot) results.profile = { reason, store, bot, echo };
    }
    for (const store of wanted('memory') ? stores : []) {
      const memory = await section(`memory: ${storeLabel[store]}`, () => benchMemory(store, connectorUrl, turns, settings.memoryCheckpoints));
      if (memory) results.memory.push(memory);
    }
    for (const store of wanted('startup') ? stores : []) {
      const startup = await section(`start-up: ${storeLabel[store]}`, () => benchStartup(store, settings.startupRuns));
      if (startup) results.startup.push(startup);
    }
    if (wanted('knowledge')) results.knowledge = await section('knowledge search', benchKnowledge);
    if (wanted('understanding')) results.understanding = await section('understanding', benchUnderstanding);
    for (const store of wanted('advice') ? stores : []) {
      const advice = await section(`advice: ${storeLabel[store]}`, () =>
        benchAdvice(store, connector, connectorUrl, { askers: settings.askers, questionsEach: settings.adviceQuestionsEach, unloadedQuestions: settings.adviceUnloadedQuestions }),
      );
      if (advice) results.advice.push(advice);
    }
    if (wanted('routeertafel')) results.routeertafel = await section('routeertafel', () => benchRouteertafel(!postgresReason, settings.routeertafelTimeoutMs));
  } finally {
    await connector.stop();
  }

  results.goals = judge(results);
  results.durationSeconds = (performance.now() - started) / 1000;
  process.stdout.write(`\n${textReport(results)}\n`);
  if (write) {
    writeResults(results);
    log('wrote bench/results.json and docs/performance.md');
  } else {
    log('quick or partial run: bench/results.json and docs/performance.md left as they were (BENCH_WRITE=1 writes them)');
  }
  return results.errors.length > 0 ? 1 : 0;
}

/** The first store whose turns miss a goal, and why; the profile then looks at that store. */
function shortOfGoal(results: Results): { store: StoreKind; reason: string } | undefined {
  for (const c of turnComparisons(results)) {
    const reasons = [
      c.rounds.length && c.throughput < 1 ? `throughput ${c.throughput.toFixed(2)}× echo` : '',
      c.rounds.length && c.p99 > 1 ? `p99 ${c.p99.toFixed(2)}× echo` : '',
      c.failures > 0 ? `${c.failures} failed turns` : '',
    ].filter(Boolean);
    if (reasons.length) return { store: c.store, reason: `short of goal on ${c.store} (median of ${c.rounds.length} rounds): ${reasons.join(', ')}` };
  }
  return undefined;
}

function writeResults(results: Results): void {
  const json = path.join(projectRoot, 'bench/results.json');
  writeFileSync(`${json}.tmp`, JSON.stringify(results, null, 2) + '\n');
  renameSync(`${json}.tmp`, json);
  const doc = path.join(projectRoot, 'docs/performance.md');
  mkdirSync(path.dirname(doc), { recursive: true });
  writeFileSync(doc, updatedPerformanceDoc(doc, results, performanceDocSkeleton));
}

main()
  .then((code) => process.exit(code))
  .catch((err: Error) => {
    process.stderr.write(`[bench] failed: ${err.stack ?? err.message}\n`);
    killAll();
    process.exit(1);
  });
