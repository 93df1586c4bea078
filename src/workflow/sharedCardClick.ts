import type { Deps } from '../app/deps.js';
import { audit } from '../app/audit.js';
import { dataOf, type Reply, type Routes, type Turn } from '../app/turn.js';
import type { Card } from '../cards/card.js';
import { asAppError } from '../core/errors.js';
import type { Actor } from '../domain/actor.js';

export type { Actor };

export function actorOf(turn: Turn): Actor {
  return { aadId: turn.person.aadObjectId ?? turn.person.userId, name: turn.person.name };
}

/** What the clicker sees: a card in place of the clicked one (for them only), or one short sentence. */
export type ClickAnswer = { card: Card } | { text: string };

export type ClickDecision<Done> = { ok: true; done: Done } | { ok: false; answer: ClickAnswer };

/** A gate lets the click through with what it found (the gated record), or refuses it with an answer. */
export type ClickGate<Found> = { ok: true; found: Found } | { ok: false; answer: ClickAnswer };

/** The gate of a click whose checks find nothing the decision needs. */
export function passWhen(allowed: boolean, refusal: ClickAnswer): ClickGate<void> {
  return allowed ? { ok: true, found: undefined } : { ok: false, answer: refusal };
}

export interface AuditEntry {
  action: string;
  recordType: string;
  recordId: string;
  detail?: Record<string, string | number | boolean>;
}

/**
 * One button on a card that several people act on (an advice ticket, an agenda page, a monitoring
 * question). Each step is a small function; the pipeline runs them in one order for every workflow.
 */
export interface SharedCardClick<Input, Done, Found = void> {
  verb: string;
  /** zod-parses the card data; a parse error reaches the clicker as "deze knop werkt niet (meer)". */
  parse(data: Record<string, unknown>): Input;
  /** Role and place; what it found is handed to the decision, so nothing is read twice. */
  gate(turn: Turn, input: Input): Promise<ClickGate<Found>>;
  /** The pure decision inside one atomic store update, so concurrent clicks decide once. */
  decide(input: Input, actor: Actor, found: Found): Promise<ClickDecision<Done>>;
  /** The audit entry of a decision that was saved (ids and flags only); omit when the decision audits itself. */
  audit?(done: Done, input: Input): AuditEntry;
  /** `forAll` replaces the clicked card for everyone; `forClicker` answers the click. */
  render(done: Done, input: Input, actor: Actor): Promise<{ forAll?: Card; forClicker: ClickAnswer }>;
  /** What follows once the clicker has their answer: tell the asker, notify Veilig Thuis, update other posts. */
  after?(done: Done, input: Input, turn: Turn): Promise<void>;
}

/**
 * parse → gate → decide (atomic) → audit → render → replace the card for everyone → answer the
 * click → after. The decision is saved before any card changes, so a failed replacement is logged
 * and not thrown: the clicker still gets the fresh card, and the shared card catches up at its refresh.
 */
export function onSharedCardClick<Input, Done, Found = void>(routes: Routes, deps: Pick<Deps, 'store' | 'clock' | 'log'>, click: SharedCardClick<Input, Done, Found>): void {
  routes.click(click.verb, async (turn, reply) => {
    const input = click.parse(dataOf(turn));
    const gate = await click.gate(turn, input);
    if (!gate.ok) return reply.answerClick(gate.answer);
    const actor = actorOf(turn);
    const decision = await click.decide(input, actor, gate.found);
    if (!decision.ok) return reply.answerClick(decision.answer);
    const entry = click.audit?.(decision.done, input);
    if (entry) await audit(deps, actor.aadId, entry.action, entry.recordType, entry.recordId, entry.detail);
    const { forAll, forClicker } = await click.render(decision.done, input, actor);
    if (forAll) await replaceClickedCard(reply, deps, forAll);
    await reply.answerClick(forClicker);
    await click.after?.(decision.done, input, turn);
  });
}

async function replaceClickedCard(reply: Reply, deps: Pick<Deps, 'log'>, card: Card): Promise<void> {
  try {
    await reply.replaceForAll(card);
  } catch (err) {
    deps.log.warn('card_update_failed', { code: asAppError(err).code });
  }
}
