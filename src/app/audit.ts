import type { Deps } from './deps.js';

/** Records who changed which record; detail holds ids and flags only, never text. */
export async function audit(
  deps: Pick<Deps, 'store' | 'clock'>,
  actorAadId: string | undefined,
  action: string,
  recordType: string,
  recordId: string,
  detail?: Record<string, string | number | boolean>,
): Promise<void> {
  await deps.store.audit.append({ at: deps.clock.now().toISOString(), actorAadId: actorAadId ?? 'unknown', action, recordType, recordId, detail });
}
