/**
 * The werksessie card's buttons: the gemeente offers "hulp versneld starten" for a case, Veilig
 * Thuis accepts or declines. Each click: parse → gate (the case exists, clicked in its gemeente's
 * channel) → decide atomically on the stored case → this card for everyone.
 */
import { z } from 'zod';
import type { Deps } from '../../app/deps.js';
import type { Routes } from '../../app/turn.js';
import { messageCard } from '../../cards/messageCard.js';
import { Verbs } from '../../cards/verbs.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import type { Refusal } from '../../domain/cases/decisions.js';
import { answerAcceleration, offerAcceleration } from '../../domain/cases/werkvoorraad.js';
import type { TriageSide } from '../../domain/cases/triage.js';
import { tableSideOf } from '../../domain/roles.js';
import { applyDecision } from '../../store/shared.js';
import { gateCaseInItsChannel } from '../../workflow/caseGate.js';
import { parsePayload } from '../../workflow/cardPayload.js';
import { onSharedCardClick, type Actor, type SharedCardClick } from '../../workflow/sharedCardClick.js';
import { WerkvoorraadTexts as T } from './texts.js';
import { werksessiePageCard, type Notice } from './views.js';

const Reference = z.string().trim().min(1).max(60);
const Text = z.preprocess((v) => (v === undefined || v === null ? '' : v), z.string().max(2000));
const Target = z.object({
  reference: Reference,
  slot: z.coerce.number().int().min(1).max(100),
  refs: z.string().max(2000).transform((s) => s.split(',').filter(Boolean).slice(0, 50)),
});

function inputs(data: Record<string, unknown>, slot: number, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, data[`${n}_${slot}`] ?? data[n]]));
}

function parseOffer(data: Record<string, unknown>) {
  const target = parsePayload(Target, data, Verbs.werkvoorraadOffer);
  return { ...target, input: parsePayload(z.object({ who: Text, what: Text }), inputs(data, target.slot, ['who', 'what']), Verbs.werkvoorraadOffer) };
}

function parseAnswer(data: Record<string, unknown>) {
  const target = parsePayload(Target.extend({ accepted: z.enum(['true', 'false']).transform((v) => v === 'true') }), data, Verbs.werkvoorraadAnswer);
  const { reason } = parsePayload(z.object({ reason: Text }), inputs(data, target.slot, ['reason']), Verbs.werkvoorraadAnswer);
  return { ...target, input: { accepted: target.accepted, reason } };
}

type Payload = { reference: string; refs: string[]; input: Record<string, unknown> };
type Decide = (c: HandoverCase, actor: Actor, side: TriageSide, input: unknown, nowIso: string) => { ok: true; next: HandoverCase } | Refusal;

export function registerWerkvoorraadClicks(routes: Routes, deps: Deps): void {
  onSharedCardClick(routes, deps, werksessieClick(deps, Verbs.werkvoorraadOffer, parseOffer, offerAcceleration, 'werkvoorraad.offer'));
  onSharedCardClick(routes, deps, werksessieClick(deps, Verbs.werkvoorraadAnswer, parseAnswer, answerAcceleration, 'werkvoorraad.answer'));
}

function werksessieClick(deps: Deps, verb: string, parse: (data: Record<string, unknown>) => Payload, decide: Decide, action: string): SharedCardClick<Payload, HandoverCase, HandoverCase> {
  const region = deps.config.region;
  const cardWith = async (gemeente: string, refs: string[], notice: Notice) => {
    const all = await deps.store.cases.list({ gemeente });
    const byRef = new Map(all.map((c) => [c.reference, c]));
    const cases = refs.map((r) => byRef.get(r)).filter((c): c is HandoverCase => c !== undefined);
    return werksessiePageCard({ gemeente, cases, all, now: deps.clock.now(), timeZone: region.timezone, notice });
  };
  return {
    verb,
    parse,
    gate: (turn, p) =>
      gateCaseInItsChannel(deps, turn, p.reference, {
        unknown: messageCard({ title: T.title(''), text: T.caseUnknown, style: 'attention' }),
        notHere: (gemeente) => messageCard({ title: T.title(gemeente), text: T.notHere(gemeente), style: 'attention' }),
      }),
    decide: async (p, actor, found) => {
      const side = tableSideOf(region, actor.aadId);
      const decided = await applyDecision(deps.store.cases, p.reference, (c) => decide(c, actor, side, p.input, deps.clock.now().toISOString()));
      if (!decided) return { ok: false, answer: { text: T.caseUnknown } };
      if (decided.ok) return { ok: true, done: decided.next };
      return { ok: false, answer: { card: await cardWith(found.gemeente, p.refs, { text: refusalText(decided, verb), style: 'attention' }) } };
    },
    audit: (c) => ({
      action,
      recordType: 'case',
      recordId: c.reference,
      detail: { gemeente: c.gemeente, ...(c.acceleration?.answer ? { accepted: c.acceleration.answer.accepted } : {}), offers: c.acceleration?.offers ?? 0, version: c.version },
    }),
    render: async (c, p) => {
      const answer = c.acceleration?.answer;
      const text = !answer ? T.offeredNotice(c.reference) : answer.accepted ? T.acceptedNotice(c.reference) : T.declinedNotice(c.reference);
      const card = await cardWith(c.gemeente, p.refs.includes(c.reference) ? p.refs : [...p.refs, c.reference], { text, style: 'good' });
      return { forAll: card, forClicker: { card } };
    },
    after: async (c) => {
      if (c.acceleration?.answer) return;
      await deps.notifier.veiligThuisChannels(`werkvoorraad-offer:${c.reference}:${c.acceleration?.offers ?? 1}`, {
        summary: T.offerNoticeTitle(c.reference, c.gemeente),
        cards: [messageCard({ title: T.offerNoticeTitle(c.reference, c.gemeente), text: T.offerNoticeText })],
      });
    },
  };
}

function refusalText(r: Refusal, verb: string): string {
  switch (r.reason) {
    case 'wrong-side':
      return verb === Verbs.werkvoorraadOffer ? T.refusals['wrong-side-offer'] : T.refusals['wrong-side-answer'];
    case 'invalid-input':
      return T.notSaved((r.problems ?? []).map((p) => p.message));
    case 'not-in-werkvoorraad':
    case 'offer-pending':
    case 'no-offer':
      return T.refusals[r.reason];
    default:
      return T.refusals['already-recorded'];
  }
}
