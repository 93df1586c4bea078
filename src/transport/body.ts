import type { IncomingMessage } from 'node:http';

/** The largest request body we read, in bytes on the wire (we never inflate: see readJsonBody). */
export const MAX_BODY_BYTES = 1_000_000;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; code: string };

/**
 * Reads a JSON request body into memory, refusing anything else before reading it: compressed
 * bodies (no inflating, so no inflated-size bombs), multipart and every other content type, and a
 * Content-Length over the limit. A body that turns out longer than announced (or chunked) is cut
 * off at the limit. Nothing is ever written to disk.
 */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '') return { ok: false, status: 415, code: 'content_encoding_not_supported' };
  if (!isJson(req.headers['content-type'])) return { ok: false, status: 415, code: 'content_type_not_json' };
  const announced = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(announced) && announced > limit) return { ok: false, status: 413, code: 'body_too_large' };

  const bytes = await readAtMost(req, limit);
  if (!bytes) return { ok: false, status: 413, code: 'body_too_large' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, code: 'body_not_utf8' };
  }
  try {
    return { ok: true, value: JSON.parse(text, withoutShadowingKeys) };
  } catch {
    return { ok: false, status: 400, code: 'body_not_json' };
  }
}

function isJson(contentType: string | undefined): boolean {
  const [type, ...params] = (contentType ?? '').toLowerCase().split(';').map((s) => s.trim());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || p === 'charset=utf-8' || p === 'charset="utf-8"');
}

/**
 * Keys named like Object.prototype's members are dropped: `__proto__` would become the prototype of
 * whatever object the value is copied into, and a data property `toString`, `valueOf` or
 * `hasOwnProperty` makes ordinary code throw (Number(x), String(x), x.hasOwnProperty(k)). No
 * activity or card needs them.
 */
const shadowingKeys = new Set(Object.getOwnPropertyNames(Object.prototype));

function withoutShadowingKeys(key: string, value: unknown): unknown {
  return shadowingKeys.has(key) ? undefined : value;
}

/** The whole body, or undefined once it passes `limit` (then reading stops and the rest is ignored). */
function readAtMost(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Buffer | undefined) => {
      req.off('data', onData).off('end', onEnd).off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        return done(undefined);
      }
      chunks.push(chunk);
    };
    const onEnd = () => done(Buffer.concat(chunks, size));
    const onError = (err: Error) => {
      req.off('data', onData).off('end', onEnd).off('error', onError);
      reject(err);
    };
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
}
