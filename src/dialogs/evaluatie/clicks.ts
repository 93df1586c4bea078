/**
 * The evaluation card's buttons: record a lesson, mark an agreement done. Each click: parse → gate
 * (the evaluation exists, clicked in its gemeente's channel or a Veilig Thuis channel) → decide
 * atomically on the stored evaluation → this card for everyone.
 */
import { z } from 'zod';
import type { Deps } from '../../app/deps.js';
import type { Routes, Turn } from '../../app/turn.js';
import { Verbs } from '../../cards/verbs.js';
import { zonedDate } from '../../domain/calendar.js';
import { completeAgreement, recordLesson, type EvaluationDecision } from '../../domain/evaluation/decisions.js';
import type { Evaluation } from '../../domain/evaluation/evaluation.js';
import type { Actor } from '../../domain/actor.js';
import { channelLinkOf } from '../../workflow/caseGate.js';
import { parsePayload } from '../../workflow/cardPayload.js';
import { onSharedCardClick, type ClickGate, type SharedCardClick } from '../../workflow/sharedCardClick.js';
import { EvaluatieTexts as T } from './texts.js';
import { evaluationView } from './views.js';

const EvaluationRef = z.object({ evaluation: z.string().trim().min(1).max(200) });
const LessonInput = z.object({ theme: z.unknown(), wentWell: z.unknown(), toImprove: z.unknown(), agreement: z.unknown(), owner: z.unknown(), due: z.unknown() }).partial();
const DoneInput = EvaluationRef.extend({ lesson: z.coerce.number().int().min(1).max(10_000) });

type Done = { evaluation: Evaluation; notice: string };

export function registerEvaluationClicks(routes: Routes, deps: Deps): void {
  onSharedCardClick(
    routes,
    deps,
    evaluationClick(deps, Verbs.evaluationLesson, 'evaluation.lesson', (data) => ({ ...parsePayload(EvaluationRef, data, Verbs.evaluationLesson), input: parsePayload(LessonInput, data, Verbs.evaluationLesson) }), (e, p, actor, now) =>
      recordLesson(e, p.input, actor, now, zonedDate(now, deps.config.region.timezone)),
    ),
  );
  onSharedCardClick(
    routes,
    deps,
    evaluationClick(deps, Verbs.evaluationAgreementDone, 'evaluation.agreementDone', (data) => ({ ...parsePayload(DoneInput, data, Verbs.evaluationAgreementDone), input: {} }), (e, p, actor, now) =>
      completeAgreement(e, p.lesson!, actor, now),
    ),
  );
}

type Payload = { evaluation: string; lesson?: number; input: Record<string, unknown> };
type Decide = (e: Evaluation, p: Payload, actor: Actor, now: Date) => EvaluationDecision;

function evaluationClick(deps: Deps, verb: string, action: string, parse: (data: Record<string, unknown>) => Payload, decide: Decide): SharedCardClick<Payload, Done, Evaluation> {
  const tz = deps.config.region.timezone;
  return {
    verb,
    parse,
    gate: (turn, p) => gateEvaluation(deps, turn, p.evaluation),
    decide: async (p, actor, found) => {
      const now = deps.clock.now();
      const decided = await deps.store.evaluations.update<EvaluationDecision | undefined>(p.evaluation, (cur) => {
        if (!cur) return { result: undefined };
        const d = decide(cur, p, actor, now);
        return d.ok ? { next: d.next, result: d } : { result: d };
      });
      if (!decided) return { ok: false, answer: { text: T.evaluationUnknown } };
      if (decided.ok) return { ok: true, done: { evaluation: decided.next, notice: verb === Verbs.evaluationLesson ? T.recordedNotice(decided.lesson.number) : T.doneNotice(decided.lesson.number) } };
      const text = decided.reason === 'invalid-input' ? T.notSaved(decided.problems.map((x) => x.message)) : T.refusals[decided.reason];
      const current = decided.reason === 'invalid-input' ? found : decided.current;
      return { ok: false, answer: { card: evaluationView(current, tz, { text, style: 'attention' }, decided.reason === 'invalid-input' ? p.input : {}) } };
    },
    audit: (d, p) => ({ action, recordType: 'evaluation', recordId: d.evaluation.id, detail: { gemeente: d.evaluation.gemeente, lessons: d.evaluation.lessons.length, ...(p.lesson ? { lesson: p.lesson } : {}), version: d.evaluation.version } }),
    render: async (d) => {
      const card = evaluationView(d.evaluation, tz, { text: d.notice, style: 'good' });
      return { forAll: card, forClicker: { card } };
    },
  };
}

async function gateEvaluation(deps: Deps, turn: Turn, id: string): Promise<ClickGate<Evaluation>> {
  const found = await deps.store.evaluations.get(id);
  if (!found) return { ok: false, answer: { text: T.evaluationUnknown } };
  const link = await channelLinkOf(deps, turn);
  if (!(link?.kind === 'veilig-thuis' || (link?.kind === 'gemeente' && link.gemeente === found.gemeente))) {
    deps.log.info('evaluation_click_refused', { reason: 'not-linked-channel' });
    return { ok: false, answer: { card: evaluationView(found, deps.config.region.timezone, { text: T.notHere, style: 'attention' }) } };
  }
  return { ok: true, found };
}
