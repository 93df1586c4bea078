/** "Nieuwe overdracht": the intake card in the Veilig Thuis channel. */
import type { Deps } from '../../app/deps.js';
import type { CaseListener } from '../../app/extensions.js';
import type { Routes } from '../../app/turn.js';
import { onSharedCardClick, passWhen } from '../../workflow/sharedCardClick.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { may } from '../../domain/roles.js';
import { messageCard } from '../../cards/messageCard.js';
import { Verbs } from '../../cards/verbs.js';
import { intakeCase } from './intake.js';
import { IntakeSubmitPayload, parsePayload } from './payloads.js';
import { RouteertafelTexts as T } from './texts.js';
import { intakeDone, intakeForm, intakeValuesFrom } from './views.js';

export function registerIntakeCard(routes: Routes, deps: Deps, onCreated: CaseListener): void {
  const region = deps.config.region;
  onSharedCardClick<IntakeInput, HandoverCase>(routes, deps, {
    verb: Verbs.intakeSubmit,
    parse: (data) => ({ ...parsePayload(IntakeSubmitPayload, data, Verbs.intakeSubmit), data }),
    gate: async (turn) => passWhen(may(region, turn.person.aadObjectId, 'intake-case'), { card: messageCard({ title: T.handoverTitle, text: T.intakeOnlyVtStaff, style: 'attention' }) }),
    // intakeCase saves and audits the case itself (the API and the CSV import share it).
    decide: async ({ formId, data }, actor) => {
      const outcome = await intakeCase({ ...deps, region, onCreated }, data, 'card', actor.aadId);
      deps.log.info('case_card_intake', { outcome: outcome.kind });
      switch (outcome.kind) {
        case 'invalid':
          return { ok: false, answer: { card: intakeForm(region, formId, intakeValuesFrom(data), outcome.problems.map((p) => p.message)) } };
        case 'conflict':
          return { ok: false, answer: { card: intakeForm(region, formId, intakeValuesFrom(data), [T.intakeConflict(outcome.case.reference)]) } };
        case 'existing':
          return { ok: false, answer: { card: intakeDone(region, outcome.case, true) } };
        case 'created':
          return { ok: true, done: outcome.case };
      }
    },
    render: async (created) => {
      const done = intakeDone(region, created, false);
      return { forAll: done, forClicker: { card: done } };
    },
  });
}

type IntakeInput = { formId: string; data: Record<string, unknown> };
