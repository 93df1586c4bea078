import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { Deps } from '../../app/deps.js';
import type { AppTurnState } from '../../app/turnState.js';
import { placeOf } from '../../app/activity.js';
import { actionData, onExecute, respondWithCard, respondWithMessage } from '../../app/invoke.js';
import { Sectors } from '../../domain/constants.js';
import { welcomeCard } from '../../cards/welcomeCard.js';
import type { ChannelLink } from '../../store/records.js';
import { Verbs } from '../../cards/verbs.js';
import { WelcomeTexts as T } from './texts.js';
import { cardAttachment } from '../../cards/card.js';

const SectorPayload = z.object({ sector: z.enum(Sectors) });

function channelHelpFor(link: ChannelLink | undefined): string {
  if (link?.kind === 'gemeente') return T.helpInGemeenteChannel(link.gemeente);
  if (link?.kind === 'veilig-thuis') return T.helpInVeiligThuisChannel;
  return T.helpInUnlinkedChannel;
}

/** First contact and "help": what the bot does, every command of the place, the sector choice, and "vergeet mijn gegevens". */
export function registerWelcome(app: Application<AppTurnState>, deps: Deps): void {
  const region = deps.config.region.name;

  app.conversationUpdate('membersAdded', async (ctx, state) => {
    const botAdded = ctx.activity.membersAdded?.some((m) => m.id === ctx.activity.recipient.id);
    if (!botAdded || placeOf(ctx.activity).kind !== 'personal') return;
    state.user.welcomedAt = deps.clock.now().toISOString();
    await ctx.sendActivity({ attachments: [cardAttachment(welcomeCard({ region, sector: state.user.sector }))] });
  });

  app.message(/^\s*(help|hulp|hallo|hoi|start|\/start|menu|\/help|\?)\s*[?!.]*\s*$/i, async (ctx, state) => {
    const place = placeOf(ctx.activity);
    if (place.kind === 'channel') {
      const channel = place.channelId ? await deps.store.channels.get(place.channelId) : undefined;
      return void (await ctx.sendActivity(channelHelpFor(channel?.active ? channel.link : undefined)));
    }
    state.user.welcomedAt ??= deps.clock.now().toISOString();
    await ctx.sendActivity({ attachments: [cardAttachment(welcomeCard({ region, sector: state.user.sector }))] });
  });

  onExecute(app, Verbs.welcomeSector, async (ctx, state) => {
    const parsed = SectorPayload.safeParse(actionData(ctx));
    if (parsed.success) state.user.sector = parsed.data.sector;
    await respondWithCard(ctx, welcomeCard({ region, sector: state.user.sector, sectorSaved: parsed.success ? T.sectorSaved(parsed.data.sector) : undefined }));
  });

  onExecute(app, Verbs.welcomeQuestion, async (ctx) => respondWithMessage(ctx, T.askQuestion));

  app.message(/^\s*vergeet mijn gegevens\s*[.!]*\s*$/i, async (ctx, state) => {
    if (placeOf(ctx.activity).kind !== 'personal') return void (await ctx.sendActivity(T.channelHelp));
    state.deleteConversationState();
    state.deleteUserState();
    await ctx.sendActivity(T.forgotten);
  });
}
