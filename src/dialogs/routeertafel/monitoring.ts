/**
 * Monitoring (processtap 5): some weeks after a confirmed handover the gemeente channel is asked
 * "Veiligheid geborgd?" and whether the veiligheidsdoelen stand in the ondersteuningsplan.
 * "Nieuwe zorgen" goes to Veilig Thuis at once.
 */
import type { Deps } from '../../app/deps.js';
import type { z } from 'zod';
import type { Routes } from '../../app/turn.js';
import { actorOf, onSharedCardClick } from '../../workflow/sharedCardClick.js';
import { MonitoringAnswers, type HandoverCase, type MonitoringAnswer } from '../../domain/cases/case.js';
import { recordMonitoringAnswer } from '../../domain/cases/decisions.js';
import type { Region } from '../../domain/region.js';
import { monitoringCard } from '../../cards/routeertafelMonitoringCard.js';
import { handoverNoticeCard } from '../../cards/routeertafelNoticeCard.js';
import { Verbs } from '../../cards/verbs.js';
import { decideOnCase, gateCase } from './clicks.js';
import { MonitoringAnswerPayload, parsePayload } from './payloads.js';
import { RouteertafelTexts as T } from './texts.js';
import { whenLabel, type Notice } from './views.js';
import type { Card } from '../../cards/card.js';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

type MonitoringInput = z.output<typeof MonitoringAnswerPayload>;

interface Answered {
  case: HandoverCase;
  dueAt: string;
  choice: MonitoringAnswer;
  doelen: boolean;
  newConcerns: boolean;
}

/** "Veiligheid geborgd?" on the monitoring card in the gemeente channel: answered once, for everyone. */
export function registerMonitoringActions(routes: Routes, deps: Deps): void {
  const region = deps.config.region;
  onSharedCardClick<MonitoringInput, Answered, HandoverCase>(routes, deps, {
    verb: Verbs.monitoringAnswer,
    parse: (data) => parsePayload(MonitoringAnswerPayload, data, Verbs.monitoringAnswer),
    gate: (turn, p) => gateCase(deps, turn, p.reference, T.monitoringNotHere),
    decide: async (p, actor, current) => {
      const dueAt = current.monitoring?.dueAt ?? p.dueAt;
      const question = (c: HandoverCase, text: string) => ({ ok: false as const, answer: { card: monitoringQuestionCard(region, c, p.dueAt || dueAt, { text, style: 'attention' }) } });
      if (p.dueAt && dueAt !== p.dueAt) return question(current, T.monitoringStale);
      const choice = parseAnswer(p.answer);
      const doelen = parseYesNo(p.doelenInPlan);
      if (!choice || doelen === undefined) return question(current, T.monitoringChooseBoth);
      const decision = await decideOnCase(deps, p.reference, (c) => recordMonitoringAnswer(c, actor, choice, doelen, deps.clock.now().toISOString()));
      if (!decision?.ok) return question(decision?.current ?? current, T.monitoringAlreadyAnswered);
      return { ok: true, done: { case: decision.next, dueAt, choice, doelen, newConcerns: Boolean(decision.newConcerns) } };
    },
    audit: ({ case: c, choice, doelen }) => ({ action: 'monitoring.answer', recordType: 'case', recordId: c.reference, detail: { answer: choice, veiligheidsdoelenInPlan: doelen } }),
    render: async ({ case: c, dueAt, choice, newConcerns }) => {
      const notice = newConcerns ? T.monitoringConcernSent : choice === 'loopt-nog' ? T.monitoringAgain(region.routeertafel.monitoringAfterWeeks) : '';
      return {
        forAll: monitoringQuestionCard(region, c, dueAt),
        forClicker: { card: monitoringQuestionCard(region, c, dueAt, notice ? { text: notice, style: 'good' } : undefined) },
      };
    },
    after: async ({ case: c, newConcerns }, _p, turn) => {
      if (newConcerns) await deps.notifier.veiligThuisChannels(`monitoring-concern:${c.reference}:${c.monitoring?.askedAt}`, { cards: [concernCard(region, c, actorOf(turn).name)] });
    },
  });
}

/** The question card for the round due at `dueAt`, answered or not. */
export function monitoringQuestionCard(region: Region, c: HandoverCase, dueAt: string, notice?: Notice): Card {
  const m = c.monitoring;
  const answered = m?.dueAt === dueAt && m.askedAt && m.answeredAt && m.answer && Date.parse(m.answeredAt) >= Date.parse(m.askedAt) ? m : undefined;
  const weeks = c.confirmation ? Math.max(1, Math.round((Date.parse(dueAt) - Date.parse(c.confirmation.at)) / WEEK_MS)) : region.routeertafel.monitoringAfterWeeks;
  return monitoringCard({
    reference: c.reference,
    dueAt,
    title: T.monitoringTitle(c.reference),
    text: T.monitoringText(c.gemeente, weeks, c.confirmation?.casusregisseur ?? ''),
    open: !answered,
    answeredLine: answered ? T.monitoringAnsweredLine(T.monitoringAnswers[answered.answer!] ?? '', answered.veiligheidsdoelenInPlan ?? false, whenLabel(answered.answeredAt!, region.timezone)) : '',
    notice: notice?.text ?? '',
    noticeStyle: notice?.style ?? 'good',
  });
}

function concernCard(region: Region, c: HandoverCase, byName: string): Card {
  return handoverNoticeCard({
    title: T.concernTitle(c.reference, c.gemeente),
    text: T.concernText(c.confirmation?.casusregisseur ?? ''),
    style: 'attention',
    facts: T.concernFacts(c.monitoring?.veiligheidsdoelenInPlan ?? false, byName, whenLabel(c.monitoring?.answeredAt ?? new Date(0).toISOString(), region.timezone)),
  });
}

function parseAnswer(value: string): MonitoringAnswer | undefined {
  return (MonitoringAnswers as readonly string[]).includes(value) ? (value as MonitoringAnswer) : undefined;
}

function parseYesNo(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  return v === 'ja' || v === 'true' ? true : v === 'nee' || v === 'false' ? false : undefined;
}
