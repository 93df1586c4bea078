/**
 * Who sees which gemeenten on the dashboard. Pure.
 *
 * The user comes from a valid Teams SSO token (the tab in Teams) or, in local mode only and on
 * loopback, from the development sign-in. Coordinators of Veilig Thuis see every gemeente; a
 * gemeente channel tab (configured with its gemeente) sees that gemeente only.
 */
import { findGemeente, type Region } from '../../domain/region.js';
import { InsightTexts as T } from './texts.js';

export interface AccessRequest {
  /** The signed-in user's AAD object id, if anyone signed in. */
  user: string | undefined;
  /** The gemeente a channel tab is configured for, or undefined for the coordinators' tab. */
  gemeente: string | undefined;
}

export type Access = { ok: true; gemeenten: string[]; all: boolean } | { ok: false; status: 401 | 403 | 404; message: string };

export function decideAccess(region: Region, r: AccessRequest): Access {
  if (!r.user) return { ok: false, status: 401, message: T.unauthorized };
  if (r.gemeente) {
    const gemeente = findGemeente(region, r.gemeente);
    return gemeente ? { ok: true, gemeenten: [gemeente.name], all: false } : { ok: false, status: 404, message: T.unknownGemeente };
  }
  if (!region.roles.coordinators.includes(r.user)) return { ok: false, status: 403, message: T.forbidden };
  return { ok: true, gemeenten: region.gemeenten.map((g) => g.name), all: true };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function isLoopbackPeer(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK.has(address);
}
