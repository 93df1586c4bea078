import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config.js';

/** The CloudAdapter for Teams. Without credentials it runs in local mode: no authentication at all. */
export function createAdapter(config: Pick<Config, 'credentials'>): TeamsAdapter {
  const c = config.credentials;
  if (!c) return new TeamsAdapter({});
  return new TeamsAdapter({
    MicrosoftAppId: c.appId,
    MicrosoftAppPassword: c.appPassword,
    MicrosoftAppType: c.appType,
    MicrosoftAppTenantId: c.tenantId,
  });
}
