import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/testBot.js';
import { personalMessage, Users } from '../helpers/activities.js';
import { headOnly, rawRequest } from '../helpers/rawHttp.js';
import zlib from 'node:zlib';

const TOKEN = 'intake-token-for-the-body-tests-0123456789';

describe('request bodies', () => {
  let t: TestBot;
  let message: string;
  beforeAll(async () => {
    t = await startTestBot({ env: { INTAKE_API_TOKEN: TOKEN } });
    message = JSON.stringify(personalMessage(t.connector.url, Users.teacher, 'help'));
  });
  afterAll(async () => t?.stop());

  const post = (path: string, headers: Record<string, string | number>, body: Buffer | string) => rawRequest(t.url, path, { headers, body });
  const healthy = async () => expect((await fetch(`${t.url}/healthz`)).status).toBe(200);

  it.each(['/api/messages', '/api/cases'])('refuses a gzip, deflate or br body on %s with 415 without inflating it', async (path) => {
    for (const [encoding, body] of [
      ['gzip', zlib.gzipSync(message)],
      ['deflate', zlib.deflateSync(message)],
      ['br', zlib.brotliCompressSync(message)],
      ['gzip, identity', zlib.gzipSync(message)],
    ] as const) {
      const res = await post(path, { 'Content-Type': 'application/json', 'Content-Encoding': encoding, Authorization: `Bearer ${TOKEN}` }, body);
      expect(res.status, encoding).toBe(415);
    }
    await healthy();
  });

  it.each(['/api/messages', '/api/cases'])('refuses multipart, form, text and missing content types on %s with 415', async (path) => {
    const boundary = '----vt-test';
    const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n${'x'.repeat(50_000)}\r\n--${boundary}--\r\n`;
    const cases: [Record<string, string>, string][] = [
      [{ 'Content-Type': `multipart/form-data; boundary=${boundary}` }, multipart],
      [{ 'Content-Type': 'application/x-www-form-urlencoded' }, 'type=message'],
      [{ 'Content-Type': 'text/plain' }, message],
      [{ 'Content-Type': 'application/json; charset=utf-16' }, message],
      [{}, message],
    ];
    for (const [headers, body] of cases) {
      const res = await post(path, { ...headers, Authorization: `Bearer ${TOKEN}` }, body);
      expect(res.status, JSON.stringify(headers)).toBe(415);
    }
    await healthy();
  });

  it('answers 413 to an oversized Content-Length before a single body byte is sent', async () => {
    const answer = await headOnly(t.bot.server.port, '/api/messages', { 'Content-Type': 'application/json', 'Content-Length': 50_000_000 });
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    await healthy();
  });

  it('stops reading a chunked body at the limit and answers 413', async () => {
    const huge = JSON.stringify({ ...JSON.parse(message), text: 'a'.repeat(3_000_000) });
    const res = await rawRequest(t.url, '/api/messages', { headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, body: huge });
    expect(res.status).toBe(413);
    await healthy();
  });

  it('accepts a JSON body with a utf-8 charset and a body just under the limit', async () => {
    const near = JSON.stringify({ ...JSON.parse(message), text: 'help', padding: 'p'.repeat(900_000) });
    const res = await post('/api/messages', { 'Content-Type': 'application/json; charset=utf-8' }, near);
    expect(res.status).toBe(200);
  });

  it('answers invalid UTF-8 and broken JSON with 400', async () => {
    expect((await post('/api/messages', { 'Content-Type': 'application/json' }, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))).status).toBe(400);
    expect((await post('/api/messages', { 'Content-Type': 'application/json' }, '{"type":')).status).toBe(400);
    await healthy();
  });
});
