/**
 * The triage card's two buttons: "Voorstel doen" and "Eens met dit voorstel". Each click: parse →
 * gate (the case exists, clicked in its gemeente's channel) → decide atomically on the stored case →
 * the card for everyone → once decided, Veilig Thuis's channel hears of it. Twenty people of both
 * sides clicking at once meet the store's one-at-a-time update: exactly one decision.
 */
import { z } from 'zod';
import type { Deps } from '../../app/deps.js';
import type { Routes } from '../../app/turn.js';
import { messageCard } from '../../cards/messageCard.js';
import { Verbs } from '../../cards/verbs.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import type { Refusal } from '../../domain/cases/decisions.js';
import { agreeTriage, proposeTriage } from '../../domain/cases/triageDecisions.js';
import type { TriageSide } from '../../domain/cases/triage.js';
import { tableSideOf } from '../../domain/roles.js';
import { applyDecision } from '../../store/shared.js';
import { gateCaseInItsChannel } from '../../workflow/caseGate.js';
import { parsePayload } from '../../workflow/cardPayload.js';
import { onSharedCardClick, type Actor, type SharedCardClick } from '../../workflow/sharedCardClick.js';
import { TriageTexts as T } from './texts.js';
import { decidedNoticeCard, triageItemCard, type Notice } from './views.js';

const Reference = z.string().trim().min(1).max(60);
const Text = z.preprocess((v) => (v === undefined || v === null ? '' : v), z.string().max(2000));
const ProposePayload = z.object({ reference: Reference, option: Text, reason: Text });
const AgreePayload = z.object({ reference: Reference, option: z.string().min(1).max(40), proposedAt: z.string().min(1).max(40) });

interface Settled {
  case: HandoverCase;
  decided: boolean;
}

export function registerTriageClicks(routes: Routes, deps: Deps): void {
  const region = deps.config.region;
  onSharedCardClick(routes, deps, triageClick(deps, Verbs.triagePropose, (data) => parsePayload(ProposePayload, data, Verbs.triagePropose), (p, actor, side, now) => (c) => {
    const r = proposeTriage(c, actor, side, { option: p.option, reason: p.reason }, now, region);
    return r.ok ? { ok: true, next: r.next, decided: r.decided } : r;
  }));
  onSharedCardClick(routes, deps, triageClick(deps, Verbs.triageAgree, (data) => parsePayload(AgreePayload, data, Verbs.triageAgree), (p, actor, side, now) => (c) => {
    const r = agreeTriage(c, actor, side, { option: p.option, at: p.proposedAt }, now, region);
    return r.ok ? { ok: true, next: r.next, decided: true } : r;
  }));
}

function sideOf(deps: Deps, actor: Actor): TriageSide {
  return tableSideOf(deps.config.region, actor.aadId);
}

type Decided = { ok: true; next: HandoverCase; decided: boolean } | Refusal;

function triageClick<P extends { reference: string }>(
  deps: Deps,
  verb: string,
  parse: (data: Record<string, unknown>) => P,
  decision: (p: P, actor: Actor, side: TriageSide, nowIso: string) => (c: HandoverCase) => Decided,
): SharedCardClick<P, Settled, HandoverCase> {
  const tz = deps.config.region.timezone;
  return {
    verb,
    parse,
    gate: (turn, p) =>
      gateCaseInItsChannel(deps, turn, p.reference, {
        unknown: messageCard({ title: T.title('', p.reference), text: T.caseUnknown, style: 'attention' }),
        notHere: (gemeente) => messageCard({ title: T.title(gemeente, p.reference), text: T.notHere(gemeente), style: 'attention' }),
      }),
    decide: async (p, actor) => {
      const decided = await applyDecision(deps.store.cases, p.reference, decision(p, actor, sideOf(deps, actor), deps.clock.now().toISOString()));
      if (!decided) return { ok: false, answer: { text: T.caseUnknown } };
      if (decided.ok) return { ok: true, done: { case: decided.next, decided: decided.decided } };
      return { ok: false, answer: { card: triageItemCard(decided.current, tz, refusalNotice(decided, sideOf(deps, actor))) } };
    },
    audit: ({ case: c, decided }) => ({
      action: decided ? 'triage.decide' : 'triage.propose',
      recordType: 'case',
      recordId: c.reference,
      // A decision is also the case's move out of the melding stage: from and to are in the entry.
      detail: decided
        ? { gemeente: c.gemeente, option: c.triage!.decision!.option, from: 'melding', to: c.stage, proposals: c.triage!.proposals, version: c.version }
        : ({ gemeente: c.gemeente, option: c.triage!.proposal!.option, side: c.triage!.proposal!.side, version: c.version } as Record<string, string | number>),
    }),
    render: async ({ case: c, decided }) => {
      const card = triageItemCard(c, tz, { text: decided ? T.decidedNotice : T.proposedNotice, style: 'good' });
      return { forAll: card, forClicker: { card } };
    },
    after: async ({ case: c, decided }) => {
      if (!decided) return;
      await deps.notifier.veiligThuisChannels(`triage-decided:${c.reference}`, { summary: T.decidedNoticeTitle(c.reference, c.gemeente), cards: [decidedNoticeCard(c, tz)] });
      deps.log.info('triage_decided', { stage: c.stage, proposals: c.triage?.proposals ?? 0 });
    },
  };
}

function refusalNotice(r: Refusal, side: TriageSide): Notice {
  switch (r.reason) {
    case 'same-side':
      return { text: T.sameSide(side), style: 'attention' };
    case 'proposal-changed':
      return { text: T.proposalChanged, style: 'attention' };
    case 'no-proposal':
      return { text: T.noProposalYet, style: 'attention' };
    case 'already-recorded':
      return { text: T.alreadyDecided, style: 'attention' };
    case 'invalid-input':
      return { text: T.notSaved((r.problems ?? []).map((p) => p.message)), style: 'attention' };
    default:
      return { text: T.notAtTriage, style: 'attention' };
  }
}
