// The package index also loads teams-ai's AI planners and their clients (about half a second at
// start-up); the bot only needs the adapter and the Application.
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import type { InvokeResponse, TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { Config } from '../config.js';
import { withCachedConnectors } from './connectorCache.js';

/**
 * botbuilder's parameterized authentication settings (ToBotFromChannelOpenIdMetadataUrl and its
 * siblings). Tests pass a full set pointing at a fake OpenID endpoint on loopback; production
 * passes none and gets the public cloud.
 */
export type AuthSettings = Record<string, string | boolean>;

/** The adapter the rest of the bot holds without knowing its SDK type. */
export type BotAdapter = TeamsAdapter;

/** One authenticated turn, run by the adapter. */
export type TurnLogic = (ctx: TurnContext) => Promise<void>;

/** The CloudAdapter for Teams. Without credentials it runs in local mode: no authentication at all. */
export function createAdapter(config: Pick<Config, 'credentials'>, authSettings: AuthSettings = {}): TeamsAdapter {
  const c = config.credentials;
  const adapter = c
    ? new TeamsAdapter({
        MicrosoftAppId: c.appId,
        MicrosoftAppPassword: c.appPassword,
        MicrosoftAppType: c.appType,
        MicrosoftAppTenantId: c.tenantId,
        ...authSettings,
      })
    : new TeamsAdapter({});
  // CloudAdapterBase keeps its BotFrameworkAuthentication in a readonly field; it is only read per turn.
  const sdk = adapter as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication };
  sdk.botFrameworkAuthentication = withCachedConnectors(sdk.botFrameworkAuthentication);
  return adapter;
}

export type TurnOutcome =
  | { kind: 'done'; status: number; body?: unknown }
  /** The token (or the keys to check it) failed before any turn began. */
  | { kind: 'unauthorized'; errorName: string }
  | { kind: 'failed'; errorName: string };

/**
 * Authenticates the activity and runs one turn. We call the adapter's processActivity rather than
 * its `process(req, res)`, which answers auth failures with 500 and the error text and prints the
 * error to the console: here every failure before the turn starts is a 401 with no detail.
 */
export async function runActivity(adapter: TeamsAdapter, authHeader: string, activity: Record<string, unknown>, logic: TurnLogic): Promise<TurnOutcome> {
  const sdk = adapter as unknown as {
    processActivity(auth: string, activity: unknown, logic: (ctx: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined>;
  };
  let turnStarted = false;
  try {
    const response = await sdk.processActivity(authHeader, activity, async (ctx) => {
      turnStarted = true;
      await logic(ctx);
    });
    return { kind: 'done', status: response?.status ?? 200, body: response?.body };
  } catch (err) {
    const errorName = err instanceof Error ? err.name : typeof err;
    return turnStarted ? { kind: 'failed', errorName } : { kind: 'unauthorized', errorName };
  }
}
