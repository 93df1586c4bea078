import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_REGION_FILE } from './helpers/testBot.js';
import { startLoopbackConnector } from './helpers/loopbackConnector.js';
import { channelMessage, teamChannel, Users } from './helpers/activities.js';
import { freePort, startProcess, waitForHealth } from './helpers/botProcess.js';

describe('the bot process', { timeout: 120_000 }, () => {
  it('starts in local mode saying so loudly, and on SIGTERM finishes its turn, flushes the store and exits 0', async () => {
    const connector = await startLoopbackConnector();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vt-proc-'));
    const port = await freePort();
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
