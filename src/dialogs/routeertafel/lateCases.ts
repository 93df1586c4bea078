/**
 * A handover that comes in after its week's agenda went out (a coordinator sent it early) joins the
 * posted agenda until the table meets: every posted card is brought up to date in place, a card the
 * agenda did not have yet is posted, and the thread of its first card says which case was added.
 */
import type { Deps } from '../../app/deps.js';
import type { CaseListener } from '../../app/extensions.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { findGemeente } from '../../domain/region.js';
import { tableInstantOf } from '../../domain/routeertafel/schedule.js';
import { agendaItemId, loadBook, updatePostedPage } from './agenda.js';
import type { AgendaFanOut } from './fanOut.js';
import { RouteertafelTexts as T } from './texts.js';

export const LATE_CASE_KIND = 'routeertafel-late-case';

export function addToPostedAgenda(deps: Deps, fanOut: AgendaFanOut): CaseListener {
  const region = deps.config.region;
  return async (c: HandoverCase) => {
    const gemeente = findGemeente(region, c.gemeente)?.name;
    if (!gemeente || c.stage !== 'overdracht' || c.status !== 'open') return;
    if (deps.clock.now().getTime() >= tableInstantOf(region, c.tableWeek).getTime()) return;
    const first = await deps.store.outbox.get(agendaItemId(gemeente, c.tableWeek, 1));
    if (first?.status !== 'sent' || !first.sentConversationId || first.target.kind !== 'channel') return;

    const book = await loadBook(deps, gemeente, c.tableWeek);
    for (const page of book.pages) await updatePostedPage(deps, book, page.page.number, undefined);
    await fanOut.post(c.tableWeek);

    const channel = await deps.store.channels.get(first.target.channelId);
    if (!channel?.active) return;
    const thread = { ...channel.reference, conversation: { ...channel.reference.conversation, id: first.sentConversationId } };
    await deps.outbox.enqueue([
      { id: `agenda-late:${c.reference}`, kind: LATE_CASE_KIND, target: { kind: 'conversation', reference: thread }, message: { text: T.lateCaseAdded(c.reference, c.urgent) } },
    ]);
  };
}
