/** Shared steps of the routeertafel tests: a clock that runs, linked channels, API intake, agenda cards. */
import type { FakeClock } from '../../helpers/fakeClock.js';
import type { ConnectorCall } from '../../helpers/loopbackConnector.js';
import type { TestBot } from '../../helpers/testBot.js';
import { channelMessage, executeAction, personalMessage, teamChannel, threadWhere, type TeamChannel, type TestUser } from '../../helpers/activities.js';

export const TOKEN = 'test-intake-token-0123456789abcdef';

/**
 * A fake clock that keeps running from where it was set. The outbox's rate limiter and retry
 * times read the clock; a frozen clock would hold the outbox after 25 sends.
 */
export function runningClock(start: string): FakeClock {
  let base = Date.parse(start);
  let realStart = Date.now();
  return {
    now: () => new Date(base + (Date.now() - realStart)),
    set: (at) => {
      base = new Date(at).getTime();
      realStart = Date.now();
    },
    advance: (ms) => void (base += ms),
  };
}

export const GEMEENTEN = [
  'Beek', 'Beekdaelen', 'Brunssum', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Heerlen', 'Kerkrade', 'Landgraaf',
  'Maastricht', 'Meerssen', 'Simpelveld', 'Sittard-Geleen', 'Stein', 'Vaals', 'Valkenburg aan de Geul', 'Voerendaal',
];

export const VT = teamChannel('Veilig Thuis ZL');
export const channelOf = (gemeente: string): TeamChannel => teamChannel(`Gemeente ${gemeente}`);

export async function link(t: TestBot, coordinator: TestUser, gemeenten: string[]): Promise<void> {
  for (const g of gemeenten) await t.send(channelMessage(t.connector.url, coordinator, channelOf(g), `koppel ${g}`));
  await t.send(channelMessage(t.connector.url, coordinator, VT, 'koppel veilig thuis'));
}

/** Says hello in personal chat, so the bot knows the chat (proactive messages need it). */
export async function openPersonalChat(t: TestBot, user: TestUser): Promise<void> {
  await t.send(personalMessage(t.connector.url, user, 'hallo'));
}

export function intake(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reference: 'VT-2026-00001',
    gemeente: 'Heerlen',
    route: 'directe-overdracht',
    urgent: false,
    meldingOn: '2026-11-16',
    beoordeeldOn: '2026-11-18',
    summary: 'Zorgen over spanningen tussen ouders; veiligheidsvoorwaarden afgesproken, hulp via wijkteam gewenst.',
    veiligheidsplan: true,
    betrokkenenGeinformeerd: true,
    vtContact: 'Frontoffice VT',
    ...overrides,
  };
}

export async function postCase(t: TestBot, body: unknown, token: string | null = TOKEN): Promise<{ status: number; body: any }> {
  const res = await fetch(`${t.url}/api/cases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

export function cardOf(call: ConnectorCall | { body: any }): any {
  return (call.body as any).attachments?.[0]?.content;
}

export function cardText(card: unknown): string {
  return JSON.stringify(card ?? {});
}

/** The new threads the bot started in a channel (agendas, reminders, notices). */
export function threadsIn(t: TestBot, channel: TeamChannel, contains?: string): ConnectorCall[] {
  return t.connector.calls.filter((c) => c.kind === 'create' && c.conversationId === channel.channelId && (!contains || cardText(cardOf(c)).includes(contains)));
}

/** The slot of a case on an agenda card: the suffix of its form's input ids. */
export function slotOf(card: any, reference: string): number {
  const container = (card.body as any[]).find((e) => e.type === 'Container' && typeof e.id === 'string' && cardText(e.items?.[0]).includes(reference));
  if (!container) throw new Error(`${reference} is not on the card`);
  return Number(String(container.id).replace('case-', ''));
}

/** A click on a button of the agenda card posted as thread `rootId` in `channel`. */
export function clickOnAgenda(t: TestBot, user: TestUser, channel: TeamChannel, rootId: string, verb: string, data: Record<string, unknown>) {
  return t.send(executeAction(t.connector.url, user, threadWhere(channel, rootId), verb, data));
}

/** The card an Action.Execute answered with. */
export function responseCard(res: { body: unknown }): any {
  return (res.body as { value?: unknown }).value;
}

export async function settle(t: TestBot): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await t.bot.outbox.idle();
    await new Promise((r) => setTimeout(r, 20));
  }
}
