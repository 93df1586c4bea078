import type { HandoverCase } from '../domain/cases/case.js';
import type { Collection } from './store.js';

/** Named reads on cases, each through an index (status, gemeente, stage) rather than a scan. */
export interface CaseQueries {
  /** Handovers still open or confirmed: the ones reminders, escalation and monitoring look at. */
  handoversInProgress(): Promise<HandoverCase[]>;
}

export function caseQueries(cases: Collection<HandoverCase>): CaseQueries {
  return {
    async handoversInProgress() {
      const [open, confirmed] = await Promise.all([cases.list({ status: 'open' }), cases.list({ status: 'confirmed' })]);
      return [...open, ...confirmed];
    },
  };
}
