import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../helpers/testBot.js';
import { Users } from '../../helpers/activities.js';
import { runningClock } from '../routeertafel/helpers.js';
import { seedDashboard } from './seed.js';

const TENANT = '11111111-2222-3333-4444-555555555555';
const APP_ID = '99999999-8888-7777-6666-555555555555';
const AUDIENCE = `api://bot.example.org/${APP_ID}`;
const NOW_S = Date.parse('2026-12-02T12:00:00Z') / 1000;

const tenantKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });

function token(claims: Record<string, unknown>, key: KeyObject = tenantKeys.privateKey, kid = 'key-1'): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part({
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, aud: AUDIENCE, tid: TENANT, iat: NOW_S - 60, nbf: NOW_S - 60, exp: NOW_S + 3600, name: 'Iemand', ...claims,
  })}`;
  return `${body}.${sign('RSA-SHA256', Buffer.from(body), key).toString('base64url')}`;
}

/** The tenant's OpenID metadata and signing keys, as Entra ID publishes them, on loopback. */
async function startOpenId(): Promise<{ url: string; close(): Promise<void> }> {
  const jwk = { ...tenantKeys.publicKey.export({ format: 'jwk' }), kid: 'key-1', use: 'sig' };
  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(req.url === '/keys' ? { keys: [jwk] } : { issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`, jwks_uri: `${base}/keys` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/metadata`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('the dashboard with Teams SSO', () => {
  let t: TestBot;
  let openId: Awaited<ReturnType<typeof startOpenId>>;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${t.url}${path}`, { headers });
    return { status: res.status, body: await res.text() };
  };
  const bearer = (claims: Record<string, unknown>, key?: KeyObject, kid?: string) => ({ Authorization: `Bearer ${token(claims, key, kid)}` });

  beforeAll(async () => {
    openId = await startOpenId();
    t = await startTestBot({
      clock: runningClock('2026-12-02T12:00:00Z'),
      env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-secret', MicrosoftAppTenantId: TENANT, SSO_OPENID_METADATA_URL: openId.url, DASHBOARD_SSO_AUDIENCE: AUDIENCE },
    });
    await seedDashboard(t.store);
  });
  afterAll(async () => {
    await t?.stop();
    await openId?.close();
  });

  it('gives a coordinator with a valid token every gemeente, and a gemeente tab its own gemeente', async () => {
    const all = await get('/api/dashboard/figures', bearer({ oid: Users.coordinator.aadObjectId }));
    expect(all.status).toBe(200);
    expect(JSON.parse(all.body).scope).toBe('Alle gemeenten van de regio');
    const own = await get('/api/dashboard/figures?gemeente=Heerlen', bearer({ oid: 'aad-someone-in-heerlen' }));
    expect(JSON.parse(own.body).tables[0].rows.map((r: string[]) => r[0])).toEqual(['Heerlen']);
    expect((await get('/api/dashboard/figures', bearer({ oid: 'aad-someone-in-heerlen' }))).status).toBe(403);
  });

  it('answers 401 and no figures to a missing, expired, foreign or forged token, and ignores the development sign-in', async () => {
    const refused = [
      {},
      { 'X-Dev-User': Users.coordinator.aadObjectId },
      bearer({ oid: Users.coordinator.aadObjectId, exp: NOW_S - 3600 }),
      bearer({ oid: Users.coordinator.aadObjectId, aud: `api://elders/${APP_ID}` }),
      bearer({ oid: Users.coordinator.aadObjectId, tid: 'another-tenant', iss: 'https://login.microsoftonline.com/another-tenant/v2.0' }),
      bearer({ oid: Users.coordinator.aadObjectId }, otherKeys.privateKey),
      bearer({ oid: Users.coordinator.aadObjectId }, otherKeys.privateKey, 'key-unknown'),
      { Authorization: 'Bearer not-a-token' },
    ];
    for (const headers of refused) {
      const res = await get('/api/dashboard/figures', headers);
      expect(res.status).toBe(401);
      expect(res.body).not.toContain('Heerlen');
    }
  });

  it('serves the page for Teams with teams-js from the bot itself', async () => {
    const page = await get('/dashboard');
    expect(page.body).toContain('<script src="/dashboard/teams.js"></script>');
    expect(page.body).not.toContain('Ontwikkelaarsaanmelding');
    const teamsJs = await get('/dashboard/teams.js');
    expect(teamsJs.status).toBe(200);
    expect(teamsJs.body).toContain('getAuthToken');
  });

  it('lets a channel tab be configured for one gemeente of the region', async () => {
    const page = await get('/dashboard/configure');
    expect(page.body).toContain('<option value="Heerlen">Heerlen</option>');
    expect(page.body).toContain("'/dashboard?gemeente=' + encodeURIComponent(g)");
  });
});
