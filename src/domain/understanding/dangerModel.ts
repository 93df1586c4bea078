/**
 * A linear model over word features that scores how much a message reads like acute danger. It is
 * trained offline by scripts/trainDanger.ts on the blind sets (test/fixtures/understanding) and
 * shipped as JSON next to this file: nothing is downloaded or trained at run time. It backs up the
 * situation reader (dangerSituations.ts): those rules are precise but know only the wording they were
 * written for; the model has seen several hundred messages of each kind.
 */
import { normaliseText } from './text.js';

export interface DangerModel {
  bias: number;
  weights: Record<string, number>;
  /** The score from which a message counts as acute (chosen on held-out sets, see the training script). */
  threshold: number;
  /** Below this score the model may set a rule's finding aside (see assessAcuteDanger). */
  veto: number;
}

const STEM = 6;

/** Word stems (their first six letters) and pairs of neighbouring stems: inflections and compounds share features. */
export function dangerFeatures(text: string): string[] {
  const words = normaliseText(text).match(/\p{L}[\p{L}\d']*|\d+/gu) ?? [];
  const stems = words.map((w) => w.slice(0, STEM));
  const features = new Set<string>();
  stems.forEach((s, k) => {
    features.add(s);
    if (k > 0) features.add(`${stems[k - 1]} ${s}`);
  });
  return [...features];
}

export function dangerScore(model: DangerModel, text: string): number {
  let z = model.bias;
  for (const f of dangerFeatures(text)) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
