import { sql as initial } from './001_initial.js';
import { sql as caseLifecycle } from './002_case_lifecycle.js';
import { sql as evaluations } from './003_evaluations.js';
import { sql as turnStateChanges } from './004_turn_state_changes.js';

export interface Migration {
  /** Applied in ascending order; never renumber or edit one that has shipped, add the next. */
  version: number;
  name: string;
  sql: string;
}

/**
 * Every migration, in order. Kept as TypeScript modules exporting SQL text rather than .sql files:
 * tsc compiles them into dist/ with the rest, so a built bot finds its migrations without a copy
 * step or a path relative to the project root.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: '001_initial', sql: initial },
  { version: 2, name: '002_case_lifecycle', sql: caseLifecycle },
  { version: 3, name: '003_evaluations', sql: evaluations },
  { version: 4, name: '004_turn_state_changes', sql: turnStateChanges },
];
