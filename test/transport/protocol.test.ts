import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/testBot.js';
import { startFakeOpenId, type FakeOpenId } from '../helpers/fakeOpenId.js';
import { executeAction, personalMessage, personalWhere, teamChannel, threadWhere, Users, BOT } from '../helpers/activities.js';
import { postActivity } from '../helpers/postActivity.js';
import { AppTexts } from '../../src/app/texts.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const credentials = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'a-secret-for-tests', MicrosoftAppTenantId: 'tenant-zl' };

async function postWithToken(t: TestBot, activity: Record<string, unknown>, token: string) {
  const res = await fetch(`${t.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ serviceUrl: t.connector.url, ...activity }),
  });
  return { status: res.status, text: await res.text() };
}

/** A typing indicator: authenticated, it gets a turn that sends nothing (so no token is fetched from the internet). */
const typing = (serviceUrl: string) => ({ ...personalMessage(serviceUrl, Users.teacher, ''), type: 'typing', text: undefined });

describe('authentication with Bot Framework credentials', () => {
  let openId: FakeOpenId;
  let t: TestBot;
  beforeAll(async () => {
    openId = await startFakeOpenId();
    t = await startTestBot({ env: credentials, authSettings: openId.authSettings() });
  });
  afterAll(async () => {
    await t?.stop();
    await openId?.close();
  });

  const claims = () => ({ aud: APP_ID, serviceurl: t.connector.url });

  it('takes a turn for a token signed with the channel key (the fake OpenID endpoint works)', async () => {
    const res = await postWithToken(t, typing(t.connector.url), openId.token(claims()));
    expect(res.status).toBe(200);
  });

  it.each([
    ['alg none', { signWith: 'none' }],
    ['HS256 signed with the public key', { signWith: 'hmac-of-public-key' }],
    ['a signature from another key', { signWith: 'stranger' }],
  ] as const)('answers a token with %s with 401 and no internal detail', async (_label, options) => {
    const res = await postWithToken(t, typing(t.connector.url), openId.token(claims(), options));
    expect(res.status).toBe(401);
    expect(JSON.parse(res.text)).toEqual({ error: 'unauthorized' });
    expect(t.connector.calls).toHaveLength(0);
  });

  it('answers an expired token, another audience and garbage with 401', async () => {
    const past = Math.floor(Date.now() / 1000) - 7200;
    for (const token of [openId.token({ ...claims(), exp: past, nbf: past - 60 }), openId.token({ ...claims(), aud: 'someone-else' }), 'not.a.jwt', '']) {
      const res = await postWithToken(t, typing(t.connector.url), token);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text)).toEqual({ error: 'unauthorized' });
    }
  });

  it('refuses an activity whose serviceUrl is not the one in the token (botbuilder checks the serviceurl claim)', async () => {
    const res = await postWithToken(t, typing('http://127.0.0.1:9/elsewhere'), openId.token(claims()));
    expect(res.status).toBe(401);
  });

  it('answers 401, not 500, while the OpenID keys cannot be reached', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const unreachable = await startTestBot({ env: credentials, authSettings: openId.authSettings(`http://127.0.0.1:${port}/openid`) });
    try {
      const res = await postWithToken(unreachable, typing(unreachable.connector.url), openId.token({ aud: APP_ID, serviceurl: unreachable.connector.url }));
      expect(res.status).toBe(401);
      expect(res.text).not.toMatch(/ECONNREFUSED|fetch|Error/);
      expect((await fetch(`${unreachable.url}/healthz`)).status).toBe(200);
    } finally {
      await unreachable.stop();
    }
  });
});

describe('malformed activities and invokes in local mode', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => t?.stop());

  const raw = async (body: string) => {
    const res = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    return res.status;
  };

  it.each([
    ['a number as type', { type: 123 }],
    ['a non-string serviceUrl', { serviceUrl: 42 }],
    ['no conversation', { conversation: undefined }],
    ['a conversation without id', { conversation: {} }],
    ['no from', { from: undefined }],
    ['a serviceUrl that is no address', { serviceUrl: 'javascript:alert(1)' }],
    ['text that is an object', { text: { a: 1 } }],
  ])('answers an activity with %s with 400', async (_label, change) => {
    const activity = { ...personalMessage(t.connector.url, Users.teacher, 'help'), ...change };
    expect((await postActivity(t.url, activity)).status).toBe(400);
  });

  it('answers a body that is not an object with 400', async () => {
    for (const body of ['[]', '"message"', 'null', '42', 'true']) expect(await raw(body), body).toBe(400);
  });

  it('answers an unknown card verb with the Dutch sentence instead of an error', async () => {
    const res = await t.send(executeAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), 'no.such.verb', {}));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('Deze knop') });
  });

  it('answers an unknown invoke name with 501 Not Implemented, as Teams expects from a bot without that feature', async () => {
    const res = await t.send({ ...executeAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), 'x'), name: 'composeExtension/query' });
    expect(res.status).toBe(501);
  });

  it('answers a routeertafel click with broken data with "werkt niet (meer)", not the generic sorry', async () => {
    const ch = teamChannel('Heerlen');
    const res = await t.send(executeAction(t.connector.url, Users.casusregisseur, threadWhere(ch, '1'), 'agenda.refresh', { week: { not: 'a week' } }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ value: AppTexts.invalidPayload });
  });

  it('answers card data whose values carry their own toString/valueOf (found by the fuzz test) with the Dutch sentence', async () => {
    const ch = teamChannel('Heerlen');
    const slot = JSON.parse('{"toString": {"x": 1}, "valueOf": {"x": 1}}') as unknown;
    const res = await t.send(executeAction(t.connector.url, Users.casusregisseur, threadWhere(ch, '1'), 'handover.return', { reference: 'VT-1', week: '2026-W48', slot }));
    expect(res.body).toMatchObject({ value: AppTexts.invalidPayload });
  });

  it('still answers a normal message afterwards', async () => {
    expect((await t.send({ ...personalMessage(t.connector.url, Users.teacher, 'help'), recipient: BOT })).status).toBe(200);
  });
});
