/** Dashboard test data: six Heerlen handovers, one in Maastricht and six advice questions, with marker text in every free-text field. */
import type { HandoverCase } from '../../../src/domain/cases/case.js';
import type { Ticket } from '../../../src/domain/advice/ticket.js';
import type { Store } from '../../../src/store/store.js';
import { aCase } from '../../domain/cases/fixtures.js';

export const MARK = 'GEHEIMMERK';
const mark = (field: string) => `${MARK}-${field}`;

/** A handed-over case with marker text in every free-text field. */
export function markedCase(reference: string, gemeente: string, day: number): HandoverCase {
  const at = `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`;
  const later = `2026-11-${String(day + 2).padStart(2, '0')}T09:00:00.000Z`;
  return aCase({
    reference: mark(reference),
    gemeente,
    summary: mark('summary'),
    vtContact: mark('vtContact'),
    meldingOn: `2026-11-${String(day - 3).padStart(2, '0')}`,
    receivedAt: at,
    stage: 'monitoring',
    stages: [{ stage: 'overdracht', at }, { stage: 'monitoring', at: later }],
    status: 'confirmed',
    confirmation: { byAadId: mark('byAadId'), byName: mark('byName'), casusregisseur: mark('casusregisseur'), procesregisseur: mark('procesregisseur'), team: mark('team'), betrokkenenGeinformeerd: true, handoverForm: 'driegesprek', at: later },
    returned: undefined,
    acceleration: { offer: { who: mark('who'), what: mark('what'), byAadId: 'a', byName: mark('offerBy'), at }, offers: 1, answer: { accepted: false, reason: mark('reason'), byAadId: 'b', byName: mark('answerBy'), at: later } },
  });
}

export function markedTicket(k: number): Ticket {
  return {
    id: `tkt-${k}`, number: k, status: 'closed', asker: { aadId: mark('asker'), name: mark('askerName') }, sector: 'onderwijs', gemeente: 'Heerlen', urgency: 'vandaag',
    answerMode: 'chat', callbackPhone: null, question: mark('question'), context: [mark('context')], confirmedPii: [mark('pii')], adviceTeam: 'veilig-thuis', channelId: null,
    thread: null, holder: null, claimedAt: '2026-11-20T09:30:00.000Z', messages: [{ from: 'advisor', byAadId: 'x', at: '2026-11-20T10:00:00.000Z', text: mark('answer') }],
    callbackPlannedAt: null, createdAt: '2026-11-20T09:00:00.000Z', postedAt: '2026-11-20T09:00:00.000Z', firstAnsweredAt: '2026-11-20T10:00:00.000Z', closedAt: null, closedBy: null,
    reminders: [], textRemovedAt: null, version: 1,
  } as Ticket;
}

export async function seedDashboard(store: Store): Promise<void> {
  const cases = [...[10, 11, 12, 13, 14, 15].map((d) => markedCase(`H${d}`, 'Heerlen', d)), markedCase('M1', 'Maastricht', 12)];
  for (const c of cases) await store.cases.update(c.reference, () => ({ next: c, result: undefined }));
  for (let k = 1; k <= 6; k++) await store.tickets.update(`tkt-${k}`, () => ({ next: markedTicket(k), result: undefined }));
}
