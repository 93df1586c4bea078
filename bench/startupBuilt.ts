/**
 * Start-up as a deployment sees it: `node dist/bot/index.mjs` (the output of `npm run build`) from
 * spawn to the first 200 from /healthz, on a fresh embedded store each time, median of the runs.
 * Run `npm run build` first. Usage: node --import tsx bench/startupBuilt.ts [runs]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from './lib/stats.js';

const entry = path.resolve('dist/bot/index.mjs');
if (!existsSync(entry)) throw new Error('dist/bot/index.mjs is missing: run `npm run build` first');
const runs = Number(process.argv[2] ?? 5);
const port = 39_000 + (process.pid % 1000);

const healthy = () =>
  new Promise<boolean>((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', agent: false, timeout: 500 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 200));
    });
    request.on('error', () => resolve(false));
  });

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vt-startup-'));
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'silent', SCHEDULER: 'off', DATABASE_URL: '', MicrosoftAppId: '' };
  const started = performance.now();
  const child = spawn(process.execPath, [entry], { env, stdio: 'ignore' });
  while (!(await healthy())) await new Promise((r) => setTimeout(r, 5));
  times.push(performance.now() - started);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`start-up of the built output to /healthz: median ${median(times).toFixed(0)} ms over ${runs} runs (${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
