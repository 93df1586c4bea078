import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createAdapter, runActivity } from '../../src/teams/adapter.js';
import { startServer } from '../../src/transport/server.js';
import { silentLogger } from '../../src/core/log.js';
import { TEST_REGION_FILE } from '../helpers/testBot.js';
import { personalMessage, Users } from '../helpers/activities.js';
import { freePort, startProcess, waitForHealth } from '../helpers/botProcess.js';

/**
 * A client that sends its request one byte at a time and never finishes (in the head, or in the body
 * after a complete head); resolves when the server hangs up.
 */
function trickle(port: number, everyMs: number, where: 'head' | 'body' = 'head'): { closed: Promise<string> } {
  const socket = net.connect(port, '127.0.0.1');
  const start = 'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n';
  const head = where === 'head' ? start + 'X-Slow: ' + 'x'.repeat(10_000) : start + 'Content-Length: 10000\r\n\r\n' + ' '.repeat(10_000);
  let i = 0;
  let answer = '';
  const timer = setInterval(() => {
    if (!socket.destroyed && i < head.length) socket.write(head[i++]!);
  }, everyMs);
  socket.on('data', (c) => (answer += c.toString()));
  const closed = new Promise<string>((resolve) => socket.on('close', () => (clearInterval(timer), resolve(answer))));
  socket.on('error', () => undefined);
  return { closed };
}

/** A Bot Connector that accepts connections and never answers: the turn replying to it stays in flight. */
async function silentConnector(): Promise<{ url: string; close(): void }> {
  const server = http.createServer(() => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => (server.closeAllConnections(), server.close()) };
}

describe('slow clients', () => {
  it('are cut off once the request head takes longer than the headers timeout', async () => {
    const config = loadConfig({ REGION_FILE: TEST_REGION_FILE });
    const server = await startServer(
      { runActivity: (auth, activity) => runActivity(createAdapter(config), auth, activity, async () => undefined), health: async () => ({ ok: true, body: {} }), log: silentLogger },
      { port: 0, host: '127.0.0.1', timeouts: { headersMs: 500, requestMs: 1_000 } },
    );
    const answer = await trickle(server.port, 50).closed;
    expect(answer).toMatch(/^HTTP\/1\.1 408|^$/);
    await server.close();
  });
});

describe('SIGTERM', { timeout: 120_000 }, () => {
  const env = async () => ({ DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'vt-stop-')), REGION_FILE: TEST_REGION_FILE, SCHEDULER: 'off' });

  it('closes idle keep-alive sockets and slow clients (head or body) instead of waiting for them, and exits 0', async () => {
    const port = await freePort();
    const p = startProcess({ PORT: String(port), ...(await env()) });
    await waitForHealth(port);
    const keepAlive = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve) => http.get({ port, host: '127.0.0.1', path: '/healthz', agent: keepAlive }, (res) => (res.resume(), res.on('end', resolve))));
    const slow = trickle(port, 100);
    const slowBody = trickle(port, 100, 'body');
    await new Promise((r) => setTimeout(r, 300));
    p.child.kill('SIGTERM');
    // 0, not 1: the process did not need the forced exit after the grace period.
    expect(await p.exited).toBe(0);
    await Promise.all([slow.closed, slowBody.closed]);
    keepAlive.destroy();
  });

  it('forces an exit after SHUTDOWN_GRACE_SECONDS when a turn cannot finish', async () => {
    const connector = await silentConnector();
    const port = await freePort();
    const p = startProcess({ PORT: String(port), SHUTDOWN_GRACE_SECONDS: '1', ...(await env()) });
    await waitForHealth(port);
    const turn = fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(personalMessage(connector.url, Users.teacher, 'help')),
    }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1_500));
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(1);
    expect(p.output()).toContain('bot_stop_forced');
    await turn;
    connector.close();
  });
});
