/**
 * Pure triage decisions at a triagetafel. A proposal from one side waits for the other side; a
 * matching proposal from the other side, or "eens" on the proposal shown, records the decision and
 * moves the case on in its lifecycle. Concurrent clicks meet the store's atomic update: the first
 * agreement decides, the rest are refused with the case as it now is.
 */
import { z } from 'zod';
import type { Actor } from '../actor.js';
import type { HandoverCase } from './case.js';
import { checkActor, instant, refuse, withoutUndefined, zodProblems, type Decision } from './decisions.js';
import { moveTo, type CaseStage, type VtStep } from './lifecycle.js';
import { withoutIdentifyingData } from './privacy.js';
import { TriageOptions, type Triage, type TriageOption, type TriageProposal, type TriageSide } from './triage.js';
import type { Region } from '../region.js';
import { tableWeekFor } from '../routeertafel/schedule.js';

/** Where each decision takes the case. */
export const TriageOutcomes: Record<TriageOption, { stage: CaseStage; vtStep?: VtStep }> = {
  'vt-veiligheidsbeoordeling': { stage: 'werkvoorraad', vtStep: 'veiligheidsbeoordeling' },
  'vt-onderzoek': { stage: 'werkvoorraad', vtStep: 'onderzoek' },
  'directe-overdracht': { stage: 'overdracht' },
  'gezamenlijke-aanpak': { stage: 'werkvoorraad', vtStep: 'gezamenlijke-aanpak' },
  'geen-vervolg': { stage: 'afgesloten' },
  // The reason says what was agreed; Veilig Thuis keeps the case until it moves on.
  anders: { stage: 'werkvoorraad' },
};

const ProposalInput = (now: Date) =>
  z
    .object({
      option: z.enum(TriageOptions, { errorMap: () => ({ message: 'Kies een besluit.' }) }),
      reason: z.preprocess(
        (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
        withoutIdentifyingData(z.string().trim().max(300, 'De toelichting mag hoogstens 300 tekens hebben.'), 'De toelichting', now).optional(),
      ),
    })
    .refine((p) => p.option !== 'anders' || p.reason !== undefined, { path: ['reason'], message: 'Geef bij "anders" een toelichting.' });

export type ProposeResult = Decision<{ decided: boolean }>;

/**
 * One side proposes a decision. When the other side had already proposed the same, the decision is
 * recorded at once; otherwise this proposal replaces any earlier one and waits for the other side.
 */
export function proposeTriage(c: HandoverCase, actor: Actor, side: TriageSide, input: unknown, nowIso: string, region: Region): ProposeResult {
  checkActor(actor);
  const at = instant(nowIso);
  if (c.stage !== 'melding') return refuse(c, c.triage?.decision ? 'already-recorded' : 'not-at-triage');
  const parsed = ProposalInput(new Date(at)).safeParse(input);
  if (!parsed.success) return refuse(c, 'invalid-input', zodProblems(parsed.error));
  const earlier = c.triage?.proposal;
  const proposals = (c.triage?.proposals ?? 0) + 1;
  if (earlier && earlier.side !== side && earlier.option === parsed.data.option) {
    return { ok: true, decided: true, next: decide(c, earlier, actor, at, region, proposals) };
  }
  const proposal: TriageProposal = { ...withoutUndefined(parsed.data), side, byAadId: actor.aadId, byName: actor.name, at };
  const triage: Triage = { proposal, proposals };
  return { ok: true, decided: false, next: { ...c, triage, version: c.version + 1 } };
}

/**
 * The other side agrees with the proposal it saw (`seen`: the option and the instant on its card).
 * A proposal changed in the meantime is refused, so nobody agrees to what they did not see.
 */
export function agreeTriage(c: HandoverCase, actor: Actor, side: TriageSide, seen: { option: string; at: string }, nowIso: string, region: Region): Decision {
  checkActor(actor);
  const at = instant(nowIso);
  if (c.stage !== 'melding') return refuse(c, c.triage?.decision ? 'already-recorded' : 'not-at-triage');
  const proposal = c.triage?.proposal;
  if (!proposal) return refuse(c, 'no-proposal');
  if (proposal.option !== seen.option || proposal.at !== seen.at) return refuse(c, 'proposal-changed');
  if (proposal.side === side) return refuse(c, 'same-side');
  return { ok: true, next: decide(c, proposal, actor, at, region, c.triage?.proposals ?? 1) };
}

function decide(c: HandoverCase, proposal: TriageProposal, actor: Actor, at: string, region: Region, proposals: number): HandoverCase {
  const decision = { ...proposal, agreedByAadId: actor.aadId, agreedByName: actor.name, agreedAt: at };
  const outcome = TriageOutcomes[proposal.option];
  const moved = moveTo({ ...c, triage: { decision, proposals }, version: c.version + 1 }, outcome.stage, at, outcome.vtStep);
  if (outcome.stage !== 'overdracht') return moved;
  // Directe overdracht: the case goes on the next routeertafel as an open handover.
  return { ...moved, route: 'directe-overdracht', status: 'open', tableWeek: tableWeekFor(region, new Date(at)) };
}
