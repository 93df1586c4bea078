import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_REGION_FILE } from '../helpers/testBot.js';
import { freePort, startProcess, waitForHealth, type BotProcess } from '../helpers/botProcess.js';
import { gzipBomb, rawRequest } from '../helpers/rawHttp.js';

/** The attacks of issue 12 against a real bot process, unauthenticated as an attacker would be. */
describe('the bot process under hostile bodies', { timeout: 120_000 }, () => {
  let p: BotProcess;
  let url: string;
  let tmp: string;
  beforeAll(async () => {
    const port = await freePort();
    tmp = await mkdtemp(path.join(os.tmpdir(), 'vt-tmp-'));
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vt-bomb-'));
    p = startProcess({ PORT: String(port), DATA_DIR: dataDir, REGION_FILE: TEST_REGION_FILE, TMPDIR: tmp, SCHEDULER: 'off' });
    await waitForHealth(port);
    url = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    p?.child.kill('SIGTERM');
    await p?.exited;
  });

  it('refuses a 0.6 MB gzip body that inflates to 600 MB, and keeps answering /healthz', async () => {
    const bomb = await gzipBomb(600);
    expect(bomb.length).toBeLessThan(1_000_000);
    const res = await rawRequest(url, '/api/messages', { headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body: bomb });
    expect(res.status).toBe(415);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(p.child.exitCode).toBeNull();
  });

  it('writes nothing to the temp folder for a multipart upload (tsx keeps its own cache there)', async () => {
    const boundary = 'vt-boundary';
    const before = await readdir(tmp, { recursive: true });
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n${'x'.repeat(500_000)}\r\n--${boundary}--\r\n`;
    const res = await rawRequest(url, '/api/messages', { headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` }, body });
    expect(res.status).toBe(415);
    expect(await readdir(tmp, { recursive: true })).toEqual(before);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
