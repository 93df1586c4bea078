import http from 'node:http';
import { median } from '../lib/stats.js';
import { thisBot, withTarget, type StoreKind } from './targets.js';

export interface StartupResult {
  store: StoreKind;
  /** Spawn of `node --import tsx bench/targets/bot.ts` to the first 200 from /healthz, per run. */
  runsMs: number[];
  medianMs: number;
  /** Medians of the phases inside the bot process, in ms since its start: modules imported, store open, listening. */
  phasesMs: { imported: number; storeOpen: number; listening: number };
}

/** Spawns the bot `runs` times on a fresh store and polls /healthz every 10 ms from the spawn on. */
export async function benchStartup(store: StoreKind, runs: number): Promise<StartupResult> {
  const runsMs: number[] = [];
  const phases: { imported: number[]; storeOpen: number[]; listening: number[] } = { imported: [], storeOpen: [], listening: [] };
  for (let i = 0; i < runs; i++) {
    let healthyAfter = 0;
    await withTarget(
      thisBot(store),
      {
        onSpawned: async (child, port) => {
          const spawnedAt = performance.now();
          const deadline = spawnedAt + 60_000;
          while (!(await healthy(port))) {
            if (performance.now() > deadline) throw new Error(`bot (${store}) not healthy within 60 s\n${child.stderrTail()}`);
            if ((await Promise.race([child.exited.then(() => true), sleep(10).then(() => false)])) === true) {
              throw new Error(`bot (${store}) exited during start-up\n${child.stderrTail()}`);
            }
          }
          healthyAfter = performance.now() - spawnedAt;
        },
      },
      async ({ ready }) => {
        phases.imported.push(Number(ready.detail?.importedAtMs));
        phases.storeOpen.push(Number(ready.detail?.storeOpenAtMs));
        phases.listening.push(Number(ready.detail?.listeningAtMs));
      },
    );
    runsMs.push(healthyAfter);
  }
  return {
    store,
    runsMs,
    medianMs: median(runsMs),
    phasesMs: { imported: median(phases.imported), storeOpen: median(phases.storeOpen), listening: median(phases.listening) },
  };
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', agent: false, timeout: 1_000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 200));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
