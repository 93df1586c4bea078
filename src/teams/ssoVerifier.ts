/**
 * Teams SSO tokens for the dashboard tab: Entra ID access tokens (RS256) that the tab gets with
 * teams-js `authentication.getAuthToken()` for the app's `webApplicationInfo.resource`. Checked
 * here: the signature against the tenant's published keys (fetched from its OpenID metadata and
 * cached), the issuer, the audience, the tenant and the lifetime. Node's crypto only.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { IdentityVerifier, SignedInUser } from '../app/identity.js';
import type { Clock } from '../core/clock.js';
import type { SsoSettings } from '../config.js';
import type { Logger } from '../core/log.js';


const KEYS_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** An unknown key id refreshes the keys at most this often, so forged tokens cannot make us fetch on every request. */
const REFRESH_MIN_MS = 5 * 60 * 1000;
const SKEW_S = 60;

type Jwk = { kid?: string; kty?: string; n?: string; e?: string };

export function createSsoVerifier(sso: SsoSettings, clock: Clock, log: Logger, fetchJson: (url: string) => Promise<unknown> = defaultFetch): IdentityVerifier {
  const issuers = new Set([`https://login.microsoftonline.com/${sso.tenantId}/v2.0`, `https://sts.windows.net/${sso.tenantId}/`]);
  let keys = new Map<string, KeyObject>();
  let fetchedAt = -Infinity;

  async function keyFor(kid: string): Promise<KeyObject | undefined> {
    const now = clock.now().getTime();
    const stale = now - fetchedAt > KEYS_MAX_AGE_MS;
    if (stale || (!keys.has(kid) && now - fetchedAt > REFRESH_MIN_MS)) {
      try {
        const metadata = (await fetchJson(sso.metadataUrl)) as { jwks_uri?: string };
        const jwks = (await fetchJson(String(metadata.jwks_uri))) as { keys?: Jwk[] };
        keys = new Map((jwks.keys ?? []).filter((k) => k.kid && k.kty === 'RSA').map((k) => [k.kid!, createPublicKey({ key: { kty: 'RSA', n: k.n!, e: k.e! }, format: 'jwk' })]));
        fetchedAt = now;
      } catch {
        log.warn('sso_keys_unavailable', {});
      }
    }
    return keys.get(kid);
  }

  return {
    async verify(token) {
      const parts = token.split('.');
      if (parts.length !== 3) return undefined;
      const header = decode(parts[0]!) as { alg?: string; kid?: string } | undefined;
      const claims = decode(parts[1]!) as Record<string, unknown> | undefined;
      if (!header || !claims || header.alg !== 'RS256' || !header.kid) return undefined;
      const key = await keyFor(header.kid);
      if (!key || !verify('RSA-SHA256', Buffer.from(`${parts[0]}.${parts[1]}`), key, Buffer.from(parts[2]!, 'base64url'))) return undefined;
      const now = clock.now().getTime() / 1000;
      const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
      const valid =
        issuers.has(String(claims.iss)) &&
        audiences.includes(sso.audience) &&
        claims.tid === sso.tenantId &&
        typeof claims.exp === 'number' && claims.exp > now - SKEW_S &&
        (typeof claims.nbf !== 'number' || claims.nbf <= now + SKEW_S) &&
        typeof claims.oid === 'string' && claims.oid.length > 0;
      if (!valid) return undefined;
      const user: SignedInUser = { aadObjectId: claims.oid as string };
      if (typeof claims.name === 'string') user.name = claims.name;
      return user;
    },
  };
}

function decode(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

async function defaultFetch(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}
