import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_REGION_FILE } from '../helpers/testBot.js';
import { freePort } from '../e2e/support/stack.js';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * `npm start` used to print Node's DEP0111 warning twice (restify 11 loads spdy, whose http-deceiver
 * calls process.binding('http_parser')) before the bot's own lines. vendor/spdy-unused stands in for
 * spdy (package.json "overrides"), so nothing but the bot speaks at start-up.
 */
describe('starting the bot', { timeout: 60_000 }, () => {
  it('prints no deprecation warning and no process.binding line on stderr', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vt-start-'));
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/index.ts')], {
      env: { PATH: process.env.PATH ?? '', PORT: String(port), DATA_DIR: dataDir, REGION_FILE: TEST_REGION_FILE, SCHEDULER: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await waitForHealth(port);
    } finally {
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    }
    expect(stderr).toContain('LOCAL MODE');
    expect(stderr).not.toMatch(/DeprecationWarning|DEP0\d{3}|process\.binding/);
  });

  it('loads restify without the real spdy (which would load http-deceiver)', async () => {
    const child = spawn(process.execPath, ['--throw-deprecation', '-e', "require('restify').createServer(); console.log(require('spdy/package.json').version)"], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(out.trim()).toBe('4.0.2-unused');
    expect(code).toBe(0);
  });
});

async function waitForHealth(port: number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the bot did not answer /healthz');
}
