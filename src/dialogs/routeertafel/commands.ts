/** The routeertafel's text commands: what was typed, and whether it may be done here. Pure. */
import { may } from '../../domain/roles.js';
import type { Region } from '../../domain/region.js';
import { agendaInstantOf } from '../../domain/routeertafel/schedule.js';
import type { ChannelLink } from '../../store/records.js';
import { upcomingTableWeek } from './schedule.js';
import { RouteertafelTexts as T } from './texts.js';

export type RouteertafelCommand = 'nieuwe-overdracht' | 'agenda' | 'agenda-versturen' | 'agenda-nu-versturen' | 'cijfers';

/** The message route: "nieuwe overdracht", "agenda", "agenda versturen", "agenda nu versturen", "cijfers" (the bot's @-mention already removed). */
export const COMMAND_PATTERN = /^\s*(nieuwe\s+overdracht|agenda(\s+(nu\s+)?versturen)?|cijfers)\s*$/i;

export function parseCommand(text: string): RouteertafelCommand | undefined {
  const t = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (t === 'nieuwe overdracht') return 'nieuwe-overdracht';
  if (t === 'agenda') return 'agenda';
  if (t === 'agenda versturen') return 'agenda-versturen';
  if (t === 'agenda nu versturen') return 'agenda-nu-versturen';
  if (t === 'cijfers') return 'cijfers';
  return undefined;
}

export interface CommandContext {
  region: Region;
  placeKind: 'personal' | 'channel' | 'groupChat';
  /** The link of this channel, when it is linked and reachable. */
  link: ChannelLink | undefined;
  aadObjectId: string | undefined;
}

export type CommandDecision =
  | { kind: 'refuse'; text: string }
  | { kind: 'intake-form' }
  | { kind: 'preview'; gemeente: string }
  /** `early`: the coordinator confirmed sending before the posting moment. */
  | { kind: 'send'; early: boolean }
  | { kind: 'figures' };

export function decideCommand(command: RouteertafelCommand, c: CommandContext): CommandDecision {
  switch (command) {
    case 'nieuwe-overdracht':
      if (!may(c.region, c.aadObjectId, 'intake-case')) return { kind: 'refuse', text: T.intakeOnlyVtStaff };
      if (c.link?.kind !== 'veilig-thuis') return { kind: 'refuse', text: T.intakeOnlyInVtChannel };
      return { kind: 'intake-form' };
    case 'agenda':
      if (c.link?.kind !== 'gemeente') return { kind: 'refuse', text: T.agendaOnlyInGemeenteChannel };
      return { kind: 'preview', gemeente: c.link.gemeente };
    case 'agenda-versturen':
    case 'agenda-nu-versturen':
      if (!may(c.region, c.aadObjectId, 'send-agenda')) return { kind: 'refuse', text: T.sendOnlyCoordinator };
      return { kind: 'send', early: command === 'agenda-nu-versturen' };
    case 'cijfers':
      if (!may(c.region, c.aadObjectId, 'view-figures')) return { kind: 'refuse', text: T.figuresOnlyVtStaff };
      if (c.placeKind !== 'personal' && c.link?.kind !== 'veilig-thuis') return { kind: 'refuse', text: T.figuresOnlyVtPlaces };
      return { kind: 'figures' };
  }
}

export type SendWeekDecision = { ok: true; week: string; early: boolean } | { ok: false; week: string; postingAt: Date };

/**
 * `agenda versturen` posts the agenda of the next table from its posting moment on. Before that it
 * asks for a confirmation (`agenda nu versturen`): cases that come in later are added to the posted
 * cards then, but whoever sends early should know that the agenda will still change.
 */
export function decideSendWeek(region: Region, now: Date, confirmedEarly: boolean): SendWeekDecision {
  const week = upcomingTableWeek(region, now);
  const postingAt = agendaInstantOf(region, week);
  const early = now.getTime() < postingAt.getTime();
  return early && !confirmedEarly ? { ok: false, week, postingAt } : { ok: true, week, early };
}
