import { randomUUID } from 'node:crypto';
import type { Deps } from '../../app/deps.js';
import { isDraftExpired } from '../../domain/advice/retention.js';
import { AdviceDraftSchema, type AdviceDraft } from './payloads.js';

/** The conversation's advice draft, unless it is missing, malformed or expired. */
export function liveDraft(stored: unknown, now: Date): AdviceDraft | undefined {
  const parsed = AdviceDraftSchema.safeParse(stored);
  return parsed.success && !isDraftExpired(parsed.data.savedAt, now) ? parsed.data : undefined;
}

/**
 * Drops advice drafts abandoned for a day (after the privacy or acute-danger warning nobody came
 * back) from the stored turn state. The new eTag makes a turn that still holds the old state fail
 * its save instead of writing the draft back.
 */
export async function expireDrafts(deps: Pick<Deps, 'store'>, now: Date): Promise<number> {
  let expired = 0;
  for (const [key, record] of await deps.store.turnState.entries()) {
    const draft = record.data.adviceDraft as { savedAt?: string } | undefined;
    if (draft === undefined || !isDraftExpired(draft.savedAt, now)) continue;
    const dropped = await deps.store.turnState.update(key, (cur) => {
      const current = cur?.data.adviceDraft as { savedAt?: string } | undefined;
      if (!cur || current === undefined || !isDraftExpired(current.savedAt, now)) return { result: false };
      const { adviceDraft: _dropped, ...rest } = cur.data;
      return { next: { eTag: randomUUID(), data: rest }, result: true };
    });
    if (dropped) expired += 1;
  }
  return expired;
}
