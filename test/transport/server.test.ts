import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, textsTo, type TestBot } from '../helpers/testBot.js';
import { channelMessage, personalMessage, teamChannel, Users } from '../helpers/activities.js';

describe('the HTTP front door', () => {
  let t: TestBot;
  afterEach(async () => t?.stop());

  it('answers /healthz with the version and the store status', async () => {
    t = await startTestBot();
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', version: '0.1.0', store: { kind: 'lowdb', ok: true }, localMode: true });
  });

  it('answers a malformed JSON body with 400 and keeps serving', async () => {
    t = await startTestBot();
    const bad = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type": "message", ' });
    expect(bad.status).toBe(400);
    const ok = await t.send(personalMessage(t.connector.url, Users.teacher, 'status'));
    expect(ok.status).toBe(200);
  });

  it('rejects an unsigned request with 401 when Bot Framework credentials are configured', async () => {
    t = await startTestBot({
      env: { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'a-secret-for-tests', MicrosoftAppTenantId: 'tenant-zl' },
    });
    const res = await t.send(personalMessage(t.connector.url, Users.teacher, 'help'));
    expect(res.status).toBe(401);
    expect(t.connector.calls).toHaveLength(0);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('answers 32 concurrent turns in one channel conversation, every one with 200 and its own reply', async () => {
    t = await startTestBot();
    const ch = teamChannel('Heerlen');
    const url = t.connector.url;
    await t.send(channelMessage(url, Users.coordinator, ch, 'koppel Heerlen', '1'));
    const before = t.connector.calls.length;
    const results = await Promise.all(
      Array.from({ length: 32 }, (_, i) => t.send(channelMessage(url, i % 2 ? Users.coordinator : Users.outsider, ch, i % 2 ? 'status' : 'koppel Heerlen', '1'))),
    );
    expect(results.map((r) => r.status)).toEqual(Array(32).fill(200));
    const replies = textsTo(t.connector, ch.channelId).slice(-32);
    expect(t.connector.calls.length - before).toBe(32);
    expect(replies.filter((r) => r.startsWith('**Status')).length).toBe(16);
    expect(replies.filter((r) => r.includes('Alleen een coördinator')).length).toBe(16);
  });
});
