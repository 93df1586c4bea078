/** The typed commands: "nieuwe overdracht", "agenda", "agenda versturen", "cijfers". */
import { randomUUID } from 'node:crypto';
import type { Deps } from '../../app/deps.js';
import { textOf, type Reply, type Routes } from '../../app/turn.js';
import { formatDutchDate, formatDutchWeek, zonedDate } from '../../domain/calendar.js';
import { handoverFigures } from '../../domain/routeertafel/figures.js';
import { agendaInstantOf } from '../../domain/routeertafel/schedule.js';
import { figuresCard } from '../../cards/routeertafelReportCards.js';
import { loadBook, pageCard } from './agenda.js';
import { COMMAND_PATTERN, decideCommand, decideSendWeek, parseCommand } from './commands.js';
import type { AgendaFanOut } from './fanOut.js';
import { upcomingTableWeek } from './schedule.js';
import { RouteertafelTexts as T } from './texts.js';
import { emptyIntakeValues, intakeForm, whenLabel } from './views.js';

export function registerCommands(routes: Routes, deps: Deps, fanOut: AgendaFanOut): void {
  routes.message(COMMAND_PATTERN, async (turn, reply) => {
    const command = parseCommand(textOf(turn));
    if (!command) return;
    const { place, person } = turn;
    const channel = place.kind !== 'personal' && place.channelId ? await deps.store.channels.get(place.channelId) : undefined;
    const decision = decideCommand(command, {
      region: deps.config.region,
      placeKind: place.kind,
      link: channel?.active ? channel.link : undefined,
      aadObjectId: person.aadObjectId,
    });
    switch (decision.kind) {
      case 'refuse':
        return reply.send(decision.text);
      case 'intake-form':
        return reply.send({ cards: [intakeForm(deps.config.region, randomUUID(), emptyIntakeValues(person.name))] });
      case 'preview':
        return preview(reply, deps, decision.gemeente);
      case 'send':
        return reply.send(await sendNow(deps, fanOut, decision.early));
      case 'figures':
        return reply.send({ cards: [await figures(deps)] });
    }
  });
}

/** `agenda`: the next table's agenda of this channel's gemeente, as a reply. */
async function preview(reply: Reply, deps: Deps, gemeente: string): Promise<void> {
  const region = deps.config.region;
  const now = deps.clock.now();
  const week = upcomingTableWeek(region, now);
  const postingAt = agendaInstantOf(region, week);
  const book = await loadBook(deps, gemeente, week);
  const banner = now >= postingAt ? T.previewBannerPosted : T.previewBanner(whenLabel(postingAt.toISOString(), region.timezone));
  for (const page of book.pages) await reply.send({ cards: [pageCard(region, book, page.page.number, undefined, { banner })] });
}

/** `agenda versturen` / `agenda nu versturen`: posts the next table's agenda now (idempotent per week). */
async function sendNow(deps: Deps, fanOut: AgendaFanOut, confirmedEarly: boolean): Promise<string> {
  const region = deps.config.region;
  const when = decideSendWeek(region, deps.clock.now(), confirmedEarly);
  const weekLabel = formatDutchWeek(when.week);
  if (!when.ok) return T.sendEarlyAsk(weekLabel, whenLabel(when.postingAt.toISOString(), region.timezone));
  const r = await fanOut.post(when.week);
  if (r.channels === 0) return T.sendNoChannels;
  if (r.newPosts === 0) return T.sendAlreadySent(weekLabel);
  if (r.newPosts < r.posts) return T.sendPartlyNew(weekLabel, r.newChannels);
  return when.early ? T.sendStartedEarly(weekLabel, r.channels) : T.sendStarted(weekLabel, r.channels);
}

/** `cijfers`: handover figures per gemeente and for the region. */
async function figures(deps: Deps) {
  const region = deps.config.region;
  const now = deps.clock.now();
  const f = handoverFigures(await deps.store.cases.list(), region, now);
  const row = (s: typeof f.overall, bold: boolean) => ({
    gemeente: s.gemeente ?? T.figuresOverall,
    handovers: String(s.handovers),
    toHandover: T.dayValue(s.medianDaysToHandover),
    toConfirmation: T.dayValue(s.medianDaysToConfirmation),
    onTime: T.percentValue(s.confirmedWithin7DaysShare),
    open: String(s.open),
    warm: T.warmValue(s.warmHandovers, s.handoverFormKnown),
    bold,
  });
  const active = f.perGemeente.filter((s) => s.handovers > 0);
  return figuresCard({
    title: T.figuresTitle,
    subtitle: T.figuresSubtitle(region.name, formatDutchDate(zonedDate(now, region.timezone))),
    rows: [...active.map((s) => row(s, false)), row(f.overall, true)],
    leftOut: T.figuresLeftOut(f.perGemeente.length - active.length),
  });
}
