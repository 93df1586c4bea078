import type { Deps } from '../../app/deps.js';
import { channelLinkOf } from '../../workflow/caseGate.js';
import { textOf, type Routes } from '../../app/turn.js';
import { werkvoorraadOf } from '../../domain/cases/werkvoorraad.js';
import { registerWerkvoorraadClicks } from './clicks.js';
import { werksessieFanOut, werksessieJob } from './sessions.js';
import { decideGemeenteCommand, gemeenteCommand } from '../../workflow/gemeenteCommand.js';
import { WerkvoorraadTexts as T } from './texts.js';
import { emptyWerksessieCard, WERKSESSIE_ITEMS_PER_CARD, werksessiePageCard } from './views.js';

const COMMAND = 'werkvoorraad';

/**
 * Werkvoorraad sessions (seed 000): Veilig Thuis and a gemeente go through the gemeente's cases in
 * Veilig Thuis's werkvoorraad together, and the gemeente may offer to start help earlier.
 */
export function registerWerkvoorraad(routes: Routes, deps: Deps): void {
  const region = deps.config.region;
  registerWerkvoorraadClicks(routes, deps);
  const rhythm = region.werksessie;
  if (rhythm) deps.scheduler.add(werksessieJob(deps, rhythm, werksessieFanOut(deps)));
  routes.message(gemeenteCommand(region, COMMAND), async (turn, reply) => {
    const decision = decideGemeenteCommand(region, COMMAND, textOf(turn), await channelLinkOf(deps, turn), { unknownGemeente: T.unknownGemeente, onlyInChannel: T.onlyInGemeenteChannel });
    if (decision.kind === 'refuse') return reply.send(decision.text);
    const all = await deps.store.cases.list({ gemeente: decision.gemeente });
    const now = deps.clock.now();
    const waiting = werkvoorraadOf(all, now, region.timezone);
    if (waiting.length === 0) return reply.send({ cards: [emptyWerksessieCard(decision.gemeente, all)] });
    for (let k = 0; k < waiting.length; k += WERKSESSIE_ITEMS_PER_CARD) {
      const cases = waiting.slice(k, k + WERKSESSIE_ITEMS_PER_CARD);
      await reply.send({ cards: [werksessiePageCard({ gemeente: decision.gemeente, cases, all, now, timeZone: region.timezone })] });
    }
  });
}
