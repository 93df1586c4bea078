/**
 * Who sees which gemeenten on the dashboard. Pure.
 *
 * In Teams the tab will sign in with Teams SSO (not built yet: until then the dashboard answers
 * 401 wherever the bot runs with credentials). In local mode (no MicrosoftAppId) a development
 * sign-in stands in, on loopback only: the AAD object id in the X-Dev-User header.
 */
import { findGemeente, type Region } from '../../domain/region.js';
import { InsightTexts as T } from './texts.js';

export interface AccessRequest {
  localMode: boolean;
  remoteAddress: string | undefined;
  devUser: string | undefined;
  /** The gemeente a channel tab is configured for, or undefined for the coordinators' tab. */
  gemeente: string | undefined;
}

export type Access = { ok: true; gemeenten: string[]; all: boolean } | { ok: false; status: 401 | 403 | 404; message: string };

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function decideAccess(region: Region, r: AccessRequest): Access {
  if (!r.localMode) return { ok: false, status: 401, message: T.ssoNotYet };
  if (!r.remoteAddress || !LOOPBACK.has(r.remoteAddress) || !r.devUser?.trim()) return { ok: false, status: 401, message: T.unauthorized };
  if (r.gemeente) {
    const gemeente = findGemeente(region, r.gemeente);
    return gemeente ? { ok: true, gemeenten: [gemeente.name], all: false } : { ok: false, status: 404, message: T.unknownGemeente };
  }
  if (!region.roles.coordinators.includes(r.devUser.trim())) return { ok: false, status: 403, message: T.forbidden };
  return { ok: true, gemeenten: region.gemeenten.map((g) => g.name), all: true };
}
