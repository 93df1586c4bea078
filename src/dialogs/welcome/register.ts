import { z } from 'zod';
import type { Deps } from '../../app/deps.js';
import { dataOf, type Routes } from '../../app/turn.js';
import { Sectors } from '../../domain/constants.js';
import { welcomeCard } from '../../cards/welcomeCard.js';
import type { ChannelLink } from '../../store/records.js';
import { Verbs } from '../../cards/verbs.js';
import { WelcomeTexts as T } from './texts.js';

const SectorPayload = z.object({ sector: z.enum(Sectors) });

function channelHelpFor(link: ChannelLink | undefined): string {
  if (link?.kind === 'gemeente') return T.helpInGemeenteChannel(link.gemeente);
  if (link?.kind === 'veilig-thuis') return T.helpInVeiligThuisChannel;
  return T.helpInUnlinkedChannel;
}

/** First contact and "help": what the bot does, every command of the place, the sector choice, and "vergeet mijn gegevens". */
export function registerWelcome(routes: Routes, deps: Deps): void {
  const region = deps.config.region.name;

  routes.on('membersAdded', async (turn, reply) => {
    if (turn.event.kind !== 'membersAdded' || !turn.event.botAdded || turn.place.kind !== 'personal') return;
    turn.state.user.welcomedAt = deps.clock.now().toISOString();
    await reply.send({ cards: [welcomeCard({ region, sector: turn.state.user.sector })] });
  });

  routes.message(/^\s*(help|hulp|hallo|hoi|start|\/start|menu|\/help|\?)\s*[?!.]*\s*$/i, async (turn, reply) => {
    if (turn.place.kind === 'channel') {
      const channel = turn.place.channelId ? await deps.store.channels.get(turn.place.channelId) : undefined;
      return reply.send(channelHelpFor(channel?.active ? channel.link : undefined));
    }
    turn.state.user.welcomedAt ??= deps.clock.now().toISOString();
    await reply.send({ cards: [welcomeCard({ region, sector: turn.state.user.sector })] });
  });

  routes.click(Verbs.welcomeSector, async (turn, reply) => {
    const parsed = SectorPayload.safeParse(dataOf(turn));
    if (parsed.success) turn.state.user.sector = parsed.data.sector;
    await reply.answerClick({ card: welcomeCard({ region, sector: turn.state.user.sector, sectorSaved: parsed.success ? T.sectorSaved(parsed.data.sector) : undefined }) });
  });

  routes.click(Verbs.welcomeQuestion, async (_turn, reply) => reply.answerClick({ text: T.askQuestion }));

  routes.message(/^\s*vergeet mijn gegevens\s*[.!]*\s*$/i, async (turn, reply) => {
    if (turn.place.kind !== 'personal') return reply.send(T.channelHelp);
    turn.forgetState();
    await reply.send(T.forgotten);
  });
}
