import type { Sector } from '../domain/constants.js';

/**
 * Kept small and serialisable: shared records (links, cases, tickets) live in the store with their
 * own atomic updates; only what belongs to one person's conversation lives here.
 */
export interface ConversationState {
  /** The meldcode walk in progress (personal chat only). */
  meldcode?: unknown;
  /** An advice question being composed (personal chat only). */
  adviceDraft?: unknown;
}

export interface UserState {
  sector?: Sector;
  welcomedAt?: string;
}
