import http from 'node:http';
import https from 'node:https';
import type { ConnectorClient } from 'botframework-connector';

const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

interface Credentials {
  getToken?(forceRefresh?: boolean): Promise<string>;
  shouldSetToken?(): boolean;
}

/** The shape botbuilder's RestError gives callers: they branch on `statusCode` and read Retry-After. */
class ConnectorHttpError extends Error {
  override readonly name = 'RestError';
  constructor(
    readonly statusCode: number,
    readonly response: { status: number; headers: { get(name: string): string | undefined } },
  ) {
    super(`Bot Connector answered ${statusCode}`);
  }
}

/**
 * The three calls every turn makes (reply, send, update an activity) go straight out as JSON over a
 * keep-alive connection, signed with the same credentials; everything else stays with botbuilder's
 * ConnectorClient. botbuilder's path runs each activity through @azure/core-client's serializer and
 * pipeline, which cost more than the rest of a turn's reply.
 */
export function withDirectActivityCalls(serviceUrl: string, client: ConnectorClient): ConnectorClient {
  const base = serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`;
  const credentials = (client as unknown as { credentials?: Credentials }).credentials;
  const activities = (conversationId: string, activityId?: string) =>
    new URL(`v3/conversations/${encodeURIComponent(conversationId)}/activities${activityId ? `/${encodeURIComponent(activityId)}` : ''}`, base);

  const call = async (method: 'POST' | 'PUT', url: URL, activity: unknown) => {
    const token = credentials?.getToken && credentials.shouldSetToken?.() ? await credentials.getToken() : undefined;
    return requestJson(method, url, activity, token);
  };

  const direct: Record<string, unknown> = {
    replyToActivity: (conversationId: string, activityId: string, activity: unknown) => call('POST', activities(conversationId, activityId), activity),
    sendToConversation: (conversationId: string, activity: unknown) => call('POST', activities(conversationId), activity),
    updateActivity: (conversationId: string, activityId: string, activity: unknown) => call('PUT', activities(conversationId, activityId), activity),
  };
  const conversations = new Proxy(client.conversations, {
    get: (target, property) => (typeof property === 'string' && property in direct ? direct[property] : bound(target, property)),
  });
  return new Proxy(client, { get: (target, property) => (property === 'conversations' ? conversations : bound(target, property)) });
}

function bound(target: object, property: PropertyKey): unknown {
  const value = Reflect.get(target, property);
  return typeof value === 'function' ? value.bind(target) : value;
}

/**
 * A kept-alive socket can be closed by the Bot Connector just as we reuse it; the request then fails
 * before any answer ("socket hang up"), and the connector never saw it. Node's documentation gives
 * the remedy: send it again once, on a fresh connection.
 */
async function requestJson(method: string, url: URL, body: unknown, token: string | undefined): Promise<unknown> {
  try {
    return await requestOnce(method, url, body, token);
  } catch (err) {
    if (!(err instanceof StaleSocketError)) throw err;
    return requestOnce(method, url, body, token);
  }
}

class StaleSocketError extends Error {}

function requestOnce(method: string, url: URL, body: unknown, token: string | undefined): Promise<unknown> {
  const payload = JSON.stringify(body);
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(
      url,
      {
        method,
        agent: secure ? agents.https : agents.http,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) {
            const header = (name: string) => {
              const v = res.headers[name.toLowerCase()];
              return Array.isArray(v) ? v[0] : v;
            };
            return reject(new ConnectorHttpError(status, { status, headers: { get: header } }));
          }
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve(text ? JSON.parse(text) : {});
          } catch {
            resolve({});
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => reject(req.reusedSocket && err.code === 'ECONNRESET' ? new StaleSocketError(err.message) : err));
    req.end(payload);
  });
}
