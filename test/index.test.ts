import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_REGION_FILE } from './helpers/testBot.js';
import { startLoopbackConnector } from './helpers/loopbackConnector.js';
import { channelMessage, teamChannel, Users } from './helpers/activities.js';

const root = path.resolve(import.meta.dirname, '..');

function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/index.ts')], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitForHealth(port: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('bot did not come up');
}

describe('the bot process', { timeout: 120_000 }, () => {
  it('starts in local mode saying so loudly, and on SIGTERM finishes its turn, flushes the store and exits 0', async () => {
    const connector = await startLoopbackConnector();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vt-proc-'));
    const port = 39000 + Math.floor(Math.random() * 1000);
    const p = startProcess({ PORT: String(port), DATA_DIR: dataDir, REGION_FILE: TEST_REGION_FILE });
    await waitForHealth(port);
    expect(p.output()).toContain('LOCAL_MODE_NO_AUTHENTICATION');

    const ch = teamChannel('Heerlen');
    const turn = fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(channelMessage(connector.url, Users.coordinator, ch, 'koppel Heerlen')),
    });
    await connector.waitFor((c) => c.conversationId.startsWith(ch.channelId));
    p.child.kill('SIGTERM');
    expect((await turn).status).toBe(200);
    expect(await p.exited).toBe(0);

    const again = startProcess({ PORT: String(port), DATA_DIR: dataDir, REGION_FILE: TEST_REGION_FILE });
    await waitForHealth(port);
    const status = fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(channelMessage(connector.url, Users.outsider, ch, 'status')),
    });
    expect((await status).status).toBe(200);
    expect(String(connector.calls.at(-1)!.body.text)).toContain('Dit kanaal: gemeente Heerlen');
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
    await connector.close();
  });

  it('refuses to start on bad configuration and names the key', async () => {
    const p = startProcess({ PORT: 'not-a-port', REGION_FILE: TEST_REGION_FILE });
    expect(await p.exited).toBe(1);
    expect(p.output()).toContain('PORT');
  });
});
