import { meldcodeFlow } from './definition.js';
import type { FlowDefinition } from './types.js';
import { validateFlow } from './validate.js';

export { meldcodeFlow } from './definition.js';
export { isValidState, startWalk, step, viewOf } from './engine.js';
export type { WalkAnswer, WalkError, WalkInput, WalkResult, WalkState } from './engine.js';
export { cleanNote, maskedKindsText, NOTE_MAX_LENGTH } from './notes.js';
export { isNo, isYes, readTypedAnswer, type TypedIntent } from './typed.js';
export { withRegionalRoutes } from './regional.js';
export { findFlowProblems, validateFlow } from './validate.js';
export { buildVerslag, formatDutchDateTime } from './verslag.js';
export type { Verslag, VerslagSection } from './verslag.js';
export { summariseForAdvice } from './summary.js';
export { FlowDefinitionSchema, WalkInputSchema, WalkStateSchema } from './schema.js';
export type * from './types.js';

let checked: FlowDefinition | undefined;

/** The shipped flow, validated on first use (throws with every problem listed). Call it at start-up. */
export function getMeldcodeFlow(): FlowDefinition {
  if (!checked) {
    validateFlow(meldcodeFlow);
    checked = meldcodeFlow;
  }
  return checked;
}
