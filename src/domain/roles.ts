import type { Region } from './region.js';
import type { TriageSide } from './cases/triage.js';

export type Role = 'vt-coordinator' | 'vt-advisor' | 'professional';

export type Permission =
  | 'link-channel'
  | 'send-agenda'
  | 'intake-case'
  | 'act-on-ticket'
  | 'view-ticket'
  | 'view-figures';

const grants: Record<Permission, Role[]> = {
  'link-channel': ['vt-coordinator'],
  'send-agenda': ['vt-coordinator'],
  'intake-case': ['vt-coordinator', 'vt-advisor'],
  'act-on-ticket': ['vt-advisor'],
  'view-ticket': ['vt-coordinator', 'vt-advisor'],
  'view-figures': ['vt-coordinator', 'vt-advisor'],
};

/** The roles of a Teams user, from the region file; everyone is at least a professional. */
export function rolesOf(region: Region, aadObjectId: string | undefined): Role[] {
  const roles: Role[] = [];
  if (aadObjectId && region.roles.coordinators.includes(aadObjectId)) roles.push('vt-coordinator');
  if (aadObjectId && region.roles.advisors.includes(aadObjectId)) roles.push('vt-advisor');
  roles.push('professional');
  return roles;
}

/** The one place that decides who may do what. */
export function may(region: Region, aadObjectId: string | undefined, permission: Permission): boolean {
  const roles = rolesOf(region, aadObjectId);
  return grants[permission].some((r) => roles.includes(r));
}

/**
 * Confirming a handover is tied to place, not to a list of people: anyone acting in the channel
 * linked to the case's gemeente may confirm it (the channel's membership is managed in Teams).
 */
export function mayConfirmHandover(caseGemeente: string, channelGemeente: string | undefined): boolean {
  return channelGemeente !== undefined && channelGemeente.toLowerCase() === caseGemeente.toLowerCase();
}

/**
 * Which side of a joint table (triagetafel, werksessie) a person is on: Veilig Thuis staff by the
 * region's roles, everyone else in the gemeente's channel the gemeente.
 */
export function tableSideOf(region: Region, aadObjectId: string | undefined): TriageSide {
  return may(region, aadObjectId, 'intake-case') ? 'veilig-thuis' : 'gemeente';
}
