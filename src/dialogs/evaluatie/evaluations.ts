/** Finding or opening a gemeente's evaluation of one period, with the cases proposed for it. */
import type { Deps } from '../../app/deps.js';
import { evaluationId, type Evaluation } from '../../domain/evaluation/evaluation.js';
import type { Period } from '../../domain/evaluation/period.js';
import { proposeCases } from '../../domain/evaluation/proposal.js';

/** The stored evaluation, or a new one whose proposal is fixed when it opens (later changes to cases do not move it). */
export async function openEvaluation(deps: Pick<Deps, 'store' | 'clock' | 'config'>, gemeente: string, period: Period): Promise<Evaluation> {
  const id = evaluationId(gemeente, period.key);
  const existing = await deps.store.evaluations.get(id);
  if (existing) return existing;
  const cases = await deps.store.cases.list({ gemeente });
  const fresh: Evaluation = {
    id,
    gemeente,
    period: period.key,
    from: period.from,
    to: period.to,
    proposed: proposeCases(cases, period.from, period.to, deps.config.region.timezone),
    lessons: [],
    createdAt: deps.clock.now().toISOString(),
    version: 1,
  };
  // Two openings at once (the job and a command) keep the first; both then read the same record.
  if (await deps.store.evaluations.insert(id, fresh)) return fresh;
  return (await deps.store.evaluations.get(id)) ?? fresh;
}
