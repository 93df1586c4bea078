/**
 * Monitoring (processtap 5): some weeks after a confirmed handover the gemeente channel is asked
 * "Veiligheid geborgd?" and whether the veiligheidsdoelen stand in the ondersteuningsplan.
 * "Nieuwe zorgen" goes to Veilig Thuis at once.
 */
import type { Application } from '@microsoft/teams-ai';
import type { Deps } from '../../app/deps.js';
import type { AppTurnState } from '../../app/turnState.js';
import { actionData } from '../../app/invoke.js';
import { audit } from '../../app/audit.js';
import { MonitoringAnswers, type HandoverCase, type MonitoringAnswer } from '../../domain/cases/case.js';
import { recordMonitoringAnswer } from '../../domain/cases/decisions.js';
import type { Region } from '../../domain/region.js';
import { monitoringCard } from '../../cards/routeertafelMonitoringCard.js';
import { handoverNoticeCard } from '../../cards/routeertafelNoticeCard.js';
import { Verbs } from '../../cards/verbs.js';
import { actorOf, answer, decideOnCase, gateCase, updateForAll } from './clicks.js';
import { MonitoringAnswerPayload, parsePayload } from './payloads.js';
import { RouteertafelTexts as T } from './texts.js';
import { whenLabel, type Notice } from './views.js';
import type { Card } from '../../cards/card.js';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export function registerMonitoringActions(app: Application<AppTurnState>, deps: Deps): void {
  const region = deps.config.region;
  app.adaptiveCards.actionExecute(Verbs.monitoringAnswer, async (ctx) => {
    const p = parsePayload(MonitoringAnswerPayload, actionData(ctx), Verbs.monitoringAnswer);
    const gate = await gateCase(deps, ctx, p.reference, T.monitoringNotHere);
    if (!gate.ok) return answer(ctx, gate.card);
    const dueAt = gate.case.monitoring?.dueAt ?? p.dueAt;
    if (p.dueAt && dueAt !== p.dueAt) return answer(ctx, monitoringQuestionCard(region, gate.case, p.dueAt, { text: T.monitoringStale, style: 'attention' }));
    const choice = parseAnswer(p.answer);
    const doelen = parseYesNo(p.doelenInPlan);
    if (!choice || doelen === undefined) return answer(ctx, monitoringQuestionCard(region, gate.case, dueAt, { text: T.monitoringChooseBoth, style: 'attention' }));
    const actor = actorOf(ctx);
    const decision = await decideOnCase(deps, p.reference, (c) => recordMonitoringAnswer(c, actor, choice, doelen, deps.clock.now().toISOString()));
    if (!decision?.ok) return answer(ctx, monitoringQuestionCard(region, decision?.current ?? gate.case, dueAt, { text: T.monitoringAlreadyAnswered, style: 'attention' }));
    const c = decision.next;
    await audit(deps, actor.aadId, 'monitoring.answer', 'case', c.reference, { answer: choice, veiligheidsdoelenInPlan: doelen });
    if (decision.newConcerns) await deps.notifier.veiligThuisChannels(`monitoring-concern:${c.reference}:${c.monitoring?.askedAt}`, { cards: [concernCard(region, c, actor.name)] });
    await updateForAll(ctx, deps, monitoringQuestionCard(region, c, dueAt));
    const notice = decision.newConcerns ? T.monitoringConcernSent : choice === 'loopt-nog' ? T.monitoringAgain(region.routeertafel.monitoringAfterWeeks) : '';
    return answer(ctx, monitoringQuestionCard(region, c, dueAt, notice ? { text: notice, style: 'good' } : undefined));
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
