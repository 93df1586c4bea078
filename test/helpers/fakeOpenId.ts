import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface FakeOpenId {
  /** The OpenID metadata address the adapter is pointed at. */
  metadataUrl: string;
  /** Adapter settings: the public cloud's, but tokens are checked against this endpoint's key. */
  authSettings(metadataUrl?: string): Record<string, string | boolean>;
  /** A token as the Bot Framework channel signs it (RS256, our key id, msteams endorsement). */
  token(claims: Record<string, unknown>, options?: { alg?: string; signWith?: 'ours' | 'stranger' | 'hmac-of-public-key' | 'none' }): string;
  close(): Promise<void>;
}

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** An OpenID endpoint on loopback with one RSA signing key, standing in for login.botframework.com. */
export async function startFakeOpenId(): Promise<FakeOpenId> {
  const ours = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'vt-test-key';
  const jwk = ours.publicKey.export({ format: 'jwk' });
  const server = http.createServer((req, res) => {
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') return res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys` }));
    if (req.url === '/keys') return res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] }));
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signature = (input: string, how: string, alg: string): string => {
    if (how === 'none') return '';
    if (how === 'hmac-of-public-key') return createHmac('sha256', ours.publicKey.export({ type: 'spki', format: 'pem' })).update(input).digest('base64url');
    const key: KeyObject = how === 'stranger' ? stranger.privateKey : ours.privateKey;
    return sign(alg === 'RS512' ? 'sha512' : 'sha256', Buffer.from(input), key).toString('base64url');
  };

  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    // Setting one of these makes botbuilder take all of them as given, so the rest are the public cloud's.
    authSettings: (metadataUrl = `${base}/v1/.well-known/openidconfiguration`) => ({
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      OAuthUrl: 'https://api.botframework.com',
      ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: `${base}/emulator/openid`,
      CallerId: 'urn:botframework:azure',
    }),
    token(claims, options = {}) {
      const how = options.signWith ?? 'ours';
      const alg = options.alg ?? (how === 'none' ? 'none' : how === 'hmac-of-public-key' ? 'HS256' : 'RS256');
      const now = Math.floor(Date.now() / 1000);
      const input = `${b64({ alg, kid, typ: 'JWT' })}.${b64({ iss: CHANNEL_ISSUER, nbf: now - 60, exp: now + 3600, ...claims })}`;
      return `${input}.${signature(input, how, alg)}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
