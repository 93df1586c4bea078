import type {
  AuthenticateRequestResult,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  UserTokenClient,
} from 'botframework-connector';
import { withDirectActivityCalls } from './connectorClient.js';

/** Service URLs are few (one per region of the Bot Connector); this bounds what a misbehaving sender can add. */
const MAX_CLIENTS = 64;

/**
 * botbuilder builds a new ConnectorClient (with its whole HTTP pipeline) and a UserTokenClient for
 * every turn. A ConnectorClient holds no turn state and its credentials cache their own token, so
 * one client per app id, service URL and audience serves every turn. The bot never uses OAuth
 * sign-in, so the UserTokenClient is only built if something asks for it.
 */
export function withCachedConnectors(auth: BotFrameworkAuthentication): BotFrameworkAuthentication {
  const clients = new Map<string, Promise<ConnectorClient>>();

  const cachingFactory = (claims: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory => ({
    create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
      const key = `${appIdOf(claims)}|${serviceUrl}|${audience ?? ''}`;
      let client = clients.get(key);
      if (!client) {
        if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value!);
        client = factory.create(serviceUrl, audience).then((created) => withDirectActivityCalls(serviceUrl, created));
        client.catch(() => clients.delete(key));
        clients.set(key, client);
      }
      return client;
    },
  });

  return new Proxy(auth, {
    get(target, property, receiver) {
      if (property === 'authenticateRequest') {
        return async (activity: unknown, authHeader: string): Promise<AuthenticateRequestResult> => {
          const result = await target.authenticateRequest(activity as never, authHeader);
          return result.connectorFactory ? { ...result, connectorFactory: cachingFactory(result.claimsIdentity, result.connectorFactory) } : result;
        };
      }
      if (property === 'createConnectorFactory') {
        return (claims: ClaimsIdentity) => cachingFactory(claims, target.createConnectorFactory(claims));
      }
      if (property === 'createUserTokenClient') {
        return async (claims: ClaimsIdentity) => lazyUserTokenClient(() => target.createUserTokenClient(claims));
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The calling app: `appid` (v1 tokens) or `azp` (v2), else the audience; empty in local mode. */
function appIdOf(claims: ClaimsIdentity): string {
  const value = (type: string) => claims.claims.find((c) => c.type === type)?.value;
  return value('appid') ?? value('azp') ?? value('aud') ?? '';
}

/** A UserTokenClient that is built on first use; `then` stays undefined so awaiting it does not call it. */
function lazyUserTokenClient(create: () => Promise<UserTokenClient>): UserTokenClient {
  let real: Promise<UserTokenClient> | undefined;
  return new Proxy({} as UserTokenClient, {
    get(_, property) {
      if (property === 'then') return undefined;
      return async (...args: unknown[]) => {
        real ??= create();
        const client = (await real) as unknown as Record<PropertyKey, (...a: unknown[]) => unknown>;
        return client[property]!(...args);
      };
    },
  });
}
