import type { Deps } from '../../app/deps.js';
import { channelLinkOf } from '../../workflow/caseGate.js';
import { textOf, type Routes } from '../../app/turn.js';
import { messageCard } from '../../cards/messageCard.js';
import type { Contact, Gemeente } from '../../domain/region.js';
import { CONTACT_COMMAND, decideContact } from './commands.js';
import { ContactTexts as T, HandoverFormLabels } from './texts.js';

/**
 * Vaste contactpersonen and bruggenbouwers (seed 003, recommendation 3): "wie is onze contactpersoon" in
 * a gemeente channel, or "contactpersoon <gemeente>" anywhere, answers from the region file.
 */
export function registerContacts(routes: Routes, deps: Deps): void {
  routes.message(CONTACT_COMMAND, async (turn, reply) => {
    const decision = decideContact(deps.config.region, textOf(turn), await channelLinkOf(deps, turn));
    if (decision.kind === 'refuse') return reply.send(decision.text);
    return reply.send({ cards: [contactsCard(decision.gemeente)] });
  });
}

function contactsCard(g: Gemeente): ReturnType<typeof messageCard> {
  const person = (c: Contact | undefined) => (c ? T.person(c.role, c.name) : T.notSet);
  const lines = [
    `- ${T.vtContact}: ${person(g.vasteContactpersoon)}`,
    `- ${T.bruggenbouwer}: ${person(g.bruggenbouwer)}`,
    `- ${T.handoverForm}: ${g.overdrachtsvorm ? HandoverFormLabels[g.overdrachtsvorm] : T.notSet}`,
  ];
  const complete = g.vasteContactpersoon && g.bruggenbouwer && g.overdrachtsvorm;
  return messageCard({ title: T.title(g.name), text: '', lines, ...(complete ? {} : { note: T.notSetNote }) });
}
