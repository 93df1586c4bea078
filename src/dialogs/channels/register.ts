import type { Deps } from '../../app/deps.js';
import { textOf, type Reply, type Routes, type Turn } from '../../app/turn.js';
import { audit } from '../../app/audit.js';
import type { LinkListener, StatusProvider, StatusViewer } from '../../app/extensions.js';
import { may } from '../../domain/roles.js';
import { findGemeente } from '../../domain/region.js';
import type { ChannelLink, ChannelRecord } from '../../store/records.js';
import { decideLink, parseLinkCommand } from './commands.js';
import { ChannelTexts as T } from './texts.js';
import { markChannelUnreachable } from './health.js';

/**
 * Installation and channel linking: remembers where the bot lives (so it can post later), and lets a
 * Veilig Thuis coordinator link a channel to a gemeente or make it the Veilig Thuis channel.
 */
export function registerChannels(routes: Routes, deps: Deps, extraStatus: StatusProvider[] = [], linkListeners: LinkListener[] = []): void {
  const known = new KnownPlaces();
  deps.outbox.onTargetGone(async (item) => {
    if (item.target.kind === 'channel') await markChannelUnreachable(deps, item.target.channelId, item.lastError ?? 'gone');
  });
  routes.guard(async (turn, reply) => {
    await rememberPlace(turn, reply, deps, known);
    return true;
  });

  routes.on('membersRemoved', async (turn) => {
    if (turn.event.kind === 'membersRemoved' && turn.event.botRemoved) await markRemoved(turn, deps);
  });
  routes.on('uninstalled', async (turn) => markRemoved(turn, deps));

  routes.message(/^\s*(koppel\b.*|ontkoppel|status)\s*$/i, async (turn, reply) => {
    const command = parseLinkCommand(textOf(turn));
    if (!command) return;
    if (command.kind === 'status') return reply.send(await statusText(turn, deps, extraStatus));
    const { place, person } = turn;
    const current = place.channelId ? await deps.store.channels.get(place.channelId) : undefined;
    const decision = decideLink({
      command,
      region: deps.config.region,
      inChannel: place.kind === 'channel',
      isCoordinator: may(deps.config.region, person.aadObjectId, 'link-channel'),
      current,
      others: await deps.store.channels.list({ active: true }),
    });
    await reply.send(await applyDecision(decision, turn, deps, current));
    if (decision.kind === 'link' && !decision.unchanged) for (const listener of linkListeners) await listener(decision.link);
  });
}

async function applyDecision(decision: ReturnType<typeof decideLink>, turn: Turn, deps: Deps, current: ChannelRecord | undefined): Promise<string> {
  const gemeenten = deps.config.region.gemeenten.map((g) => g.name).join(', ');
  const { person } = turn;
  switch (decision.kind) {
    case 'refuse':
      switch (decision.reason) {
        case 'not-in-channel': return T.onlyInChannel;
        case 'not-coordinator': return T.onlyCoordinator;
        case 'missing-gemeente': return T.missingGemeente(gemeenten);
        case 'unknown-gemeente': return T.unknownGemeente(decision.detail ?? '', gemeenten);
        case 'unknown-team': return T.unknownAdviceTeam(decision.detail ?? '', deps.config.region.advice.teams.map((t) => t.label).join(', '));
        case 'gemeente-taken': return T.gemeenteTaken(decision.detail ?? '', T.channelWhere(decision.takenBy?.teamName, decision.takenBy?.channelName));
      }
      break;
    case 'link': {
      if (decision.unchanged) return T.alreadyLinked(linkLabel(deps, decision.link));
      const id = current!.id;
      await deps.store.channels.update(id, (cur) => ({ next: cur && { ...cur, link: decision.link, linkedBy: person.aadObjectId, active: true, updatedAt: deps.clock.now().toISOString() }, result: undefined }));
      await audit(deps, person.aadObjectId, 'channel.link', 'channel', id, linkDetail(decision.link));
      return decision.link.kind === 'gemeente' ? T.linkedGemeente(decision.link.gemeente, findGemeente(deps.config.region, decision.link.gemeente)?.tafel === 'triagetafel') : T.linkedVeiligThuis(linkLabel(deps, decision.link));
    }
    case 'unlink': {
      if (!decision.previous || !current) return T.notLinked;
      await deps.store.channels.update(current.id, (cur) => ({ next: cur && { ...cur, link: undefined, updatedAt: deps.clock.now().toISOString() }, result: undefined }));
      await audit(deps, person.aadObjectId, 'channel.unlink', 'channel', current.id, linkDetail(decision.previous));
      return T.unlinked(linkLabel(deps, decision.previous));
    }
  }
  return T.notLinked;
}

function linkLabel(deps: Deps, link: ChannelLink): string {
  if (link.kind === 'gemeente') return T.gemeenteLabel(link.gemeente);
  return T.vtLabel(deps.config.region.advice.teams.find((t) => t.key === link.adviceTeam)?.label ?? link.adviceTeam);
}

function linkDetail(link: ChannelLink): Record<string, string> {
  return link.kind === 'gemeente' ? { kind: link.kind, gemeente: link.gemeente } : { kind: link.kind, adviceTeam: link.adviceTeam };
}

async function statusText(turn: Turn, deps: Deps, extraStatus: StatusProvider[]): Promise<string> {
  const { place } = turn;
  const here = place.channelId ? await deps.store.channels.get(place.channelId) : undefined;
  const all = await deps.store.channels.list();
  const viewer: StatusViewer = { aadObjectId: turn.person.aadObjectId, link: here?.link };
  const lines = [T.statusHeader(deps.config.region.name)];
  if (place.kind === 'channel') lines.push(T.statusThisChannel(here?.link ? linkLabel(deps, here.link) : T.statusNotLinkedHere));
  if (may(deps.config.region, viewer.aadObjectId, 'link-channel')) lines.push(...overviewLines(deps, all));
  else lines.push(T.statusOverviewForCoordinators);
  for (const provide of extraStatus) lines.push(...(await provide(viewer)));
  return lines.join('\n\n');
}

/** Every gemeente's channel and the Veilig Thuis channels: for Veilig Thuis coordinators only. */
function overviewLines(deps: Deps, all: ChannelRecord[]): string[] {
  const lines: string[] = [];
  for (const g of deps.config.region.gemeenten) {
    const c = all.find((r) => r.link?.kind === 'gemeente' && r.link.gemeente === g.name);
    const where = c ? T.channelWhere(c.teamName, c.channelName) : T.statusNotLinked;
    lines.push(T.statusGemeente(g.name, c && !c.active ? T.statusInactive(where) : where));
  }
  lines.push(T.statusVtChannels(all.filter((r) => r.link?.kind === 'veilig-thuis' && r.active).length));
  return lines;
}


/**
 * Personal chats this process has already confirmed as stored and active, so a returning user's turn
 * costs no store read. Bounded; an entry is dropped when the chat is marked inactive here.
 */
class KnownPlaces {
  private readonly seen = new Map<string, string>();
  has(id: string, fingerprint: string): boolean {
    return this.seen.get(id) === fingerprint;
  }
  add(id: string, fingerprint: string): void {
    if (this.seen.size >= 50_000) this.seen.clear();
    this.seen.set(id, fingerprint);
  }
  forget(id: string): void {
    this.seen.delete(id);
  }
}

/** Keeps a reference to every chat and channel the bot hears from; writes only when something changed. */
async function rememberPlace(turn: Turn, reply: Reply, deps: Deps, knownPlaces: KnownPlaces): Promise<void> {
  const { place, reference, event } = turn;
  const now = deps.clock.now().toISOString();
  const botAdded = event.kind === 'membersAdded' && event.botAdded;
  const installChange = event.kind === 'installed' || event.kind === 'uninstalled';
  if (place.kind === 'personal') {
    const aad = turn.person.aadObjectId;
    if (!aad || installChange) return knownPlaces.forget(aad ?? '');
    const fingerprint = `${reference.serviceUrl}|${reference.conversation.id}`;
    if (knownPlaces.has(aad, fingerprint)) return;
    const known = await deps.store.personalChats.get(aad);
    if (!(known?.active && `${known.reference.serviceUrl}|${known.reference.conversation.id}` === fingerprint)) {
      await deps.store.personalChats.put(aad, { id: aad, tenantId: place.tenantId, reference, active: true, updatedAt: now });
    }
    knownPlaces.add(aad, fingerprint);
    return;
  }
  if (!place.channelId) return;
  const known = await deps.store.channels.get(place.channelId);
  if (known?.active && known.reference.serviceUrl === reference.serviceUrl && !botAdded) return;
  if (installChange || event.kind === 'membersRemoved') return;
  await deps.store.channels.update(place.channelId, (cur) => ({
    next: {
      id: place.channelId!,
      kind: place.kind === 'channel' ? 'channel' : 'groupChat',
      tenantId: place.tenantId,
      teamId: place.teamId ?? cur?.teamId,
      teamName: place.teamName ?? cur?.teamName,
      channelName: place.channelName ?? cur?.channelName,
      reference,
      link: cur?.link,
      linkedBy: cur?.linkedBy,
      active: true,
      installedAt: cur?.installedAt ?? now,
      updatedAt: now,
    },
    result: undefined,
  }));
  if (botAdded && place.kind === 'channel') {
    await audit(deps, turn.person.aadObjectId, 'bot.installed', 'channel', place.channelId);
    await reply.send(T.installedInTeam);
  }
}

async function markRemoved(turn: Turn, deps: Deps): Promise<void> {
  const { place } = turn;
  const now = deps.clock.now().toISOString();
  if (place.kind === 'personal') {
    const aad = turn.person.aadObjectId;
    if (aad) await deps.store.personalChats.update(aad, (cur) => ({ next: cur && { ...cur, active: false, updatedAt: now }, result: undefined }));
    return;
  }
  const affected = (await deps.store.channels.list()).filter((c) => (place.teamId ? c.teamId === place.teamId : c.id === place.channelId) && c.active);
  for (const c of affected) {
    await audit(deps, turn.person.aadObjectId, 'bot.removed', 'channel', c.id);
    await markChannelUnreachable(deps, c.id, 'removed');
  }
}
