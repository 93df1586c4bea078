import { TicketStatuses, type Ticket } from '../domain/advice/ticket.js';
import type { Collection } from './store.js';

const OPEN_STATUSES = TicketStatuses.filter((s) => s !== 'closed');

/**
 * Named reads on advice tickets. Closed tickets pile up over the years; every read here goes
 * through the status index, so none of them reads the closed ones.
 */
export interface TicketQueries {
  /** Tickets not closed yet, oldest number first. */
  open(): Promise<Ticket[]>;
  /** One asker's tickets that are not closed yet ("mijn vragen"), oldest number first. */
  openOf(aadId: string): Promise<Ticket[]>;
}

export function ticketQueries(tickets: Collection<Ticket>): TicketQueries {
  const open = async () => (await Promise.all(OPEN_STATUSES.map((status) => tickets.list({ status })))).flat().sort((a, b) => a.number - b.number);
  return {
    open,
    async openOf(aadId) {
      return (await open()).filter((t) => t.asker.aadId === aadId);
    },
  };
}
