import net from 'node:net';
import os from 'node:os';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startTestBot, TEST_REGION_FILE, type TestBot } from '../helpers/testBot.js';
import { personalMessage, Users } from '../helpers/activities.js';
import { postActivity } from '../helpers/postActivity.js';
import { freePort, startProcess, waitForHealth } from '../helpers/botProcess.js';

const base = { REGION_FILE: TEST_REGION_FILE };
const credentials = { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'a-secret-for-tests', MicrosoftAppTenantId: 'tenant-zl' };

describe('where the bot listens', () => {
  it('listens on 127.0.0.1 in local mode, on every interface with credentials, and where HOST says', () => {
    expect(loadConfig(base).host).toBe('127.0.0.1');
    expect(loadConfig({ ...base, ...credentials }).host).toBe('0.0.0.0');
    expect(loadConfig({ ...base, HOST: '0.0.0.0' })).toMatchObject({ host: '0.0.0.0', hostExplicit: true });
    expect(() => loadConfig({ ...base, HOST: 'http://x/' })).toThrow(/HOST/);
  });

  it('waits 10 seconds for in-flight turns on shutdown unless SHUTDOWN_GRACE_SECONDS says otherwise', () => {
    expect(loadConfig(base).shutdownGraceMs).toBe(10_000);
    expect(loadConfig({ ...base, SHUTDOWN_GRACE_SECONDS: '2' }).shutdownGraceMs).toBe(2_000);
  });
});

describe('local mode (no credentials) calls back only to this machine', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => t?.stop());

  it.each(['http://10.0.0.5:8080/', 'https://smba.trafficmanager.net/emea/', 'http://169.254.169.254/latest/', 'http://127.0.0.1.example.org/'])('refuses serviceUrl %s with 403 and calls nobody', async (serviceUrl) => {
    const before = t.connector.calls.length;
    const res = await postActivity(t.url, { ...personalMessage(t.connector.url, Users.teacher, 'help'), serviceUrl });
    expect(res.status).toBe(403);
    expect(t.connector.calls.length).toBe(before);
  });

  it('accepts a serviceUrl on localhost, as the Agents Playground sends it', async () => {
    const serviceUrl = t.connector.url.replace('127.0.0.1', 'localhost');
    const res = await postActivity(t.url, { ...personalMessage(serviceUrl, Users.teacher, 'help') });
    expect(res.status).toBe(200);
  });
});

/** A non-loopback IPv4 address of this machine, if it has one. */
function lanAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, host);
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

describe('the local-mode process on the network', { timeout: 120_000 }, () => {
  const lan = lanAddress();

  it.skipIf(!lan)('is not reachable on the machine\'s network address without HOST', async () => {
    const port = await freePort();
    const p = startProcess({ PORT: String(port), DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'vt-local-')), REGION_FILE: TEST_REGION_FILE, SCHEDULER: 'off' });
    try {
      await waitForHealth(port);
      expect(await canConnect(lan!, port)).toBe(false);
      expect(p.output()).not.toContain('LOCAL_MODE_ON_NETWORK');
    } finally {
      p.child.kill('SIGTERM');
      await p.exited;
    }
  });

  it.skipIf(!lan)('is reachable with HOST=0.0.0.0 and says so loudly', async () => {
    const port = await freePort();
    const p = startProcess({ PORT: String(port), HOST: '0.0.0.0', DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'vt-local-')), REGION_FILE: TEST_REGION_FILE, SCHEDULER: 'off' });
    try {
      await waitForHealth(port);
      expect(await canConnect(lan!, port)).toBe(true);
      expect(p.output()).toContain('LOCAL_MODE_ON_NETWORK');
      expect(p.output()).toContain('HOST=0.0.0.0');
    } finally {
      p.child.kill('SIGTERM');
      await p.exited;
    }
  });
});
