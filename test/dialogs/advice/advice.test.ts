import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../helpers/testBot.js';
import {
  channelMessage,
  executeAction,
  personalMessage,
  personalWhere,
  teamChannel,
  threadWhere,
  Users,
  type TestUser,
} from '../../helpers/activities.js';
import { Verbs } from '../../../src/cards/verbs.js';

const vt = teamChannel('Veilig Thuis');

type InvokeBody = { statusCode: number; type: string; value: unknown };
const cardText = (card: unknown) => JSON.stringify(card);

async function setup(t: TestBot) {
  await t.send(channelMessage(t.connector.url, Users.coordinator, vt, 'koppel veilig thuis'));
  await t.send(personalMessage(t.connector.url, Users.teacher, 'hallo'));
}

const form = (question: string, extra: Record<string, unknown> = {}) => ({
  draftId: 'draft-1',
  question,
  sector: 'onderwijs',
  gemeente: 'Heerlen',
  urgency: 'vandaag',
  answerMode: 'chat',
  callbackPhone: '',
  ...extra,
});

async function click(t: TestBot, user: TestUser, where: ReturnType<typeof personalWhere>, verb: string, data: Record<string, unknown>) {
  const res = await t.send(executeAction(t.connector.url, user, where, verb, data));
  expect(res.status).toBe(200);
  return res.body as InvokeBody;
}

describe('advice questions to Veilig Thuis', () => {
  let t: TestBot;
  afterEach(async () => t?.stop());

  it('goes from a teacher to the VT channel, is claimed, answered and closed, with the answer in the teacher’s chat', async () => {
    t = await startTestBot();
    await setup(t);
    const ack = await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form('Een leerling uit groep 6 komt steeds met blauwe plekken op school. Wat is verstandig?'));
    expect(cardText(ack.value)).toContain('Je adviesvraag #1 is verstuurd');

    const [post] = await t.connector.waitFor((c) => c.kind === 'create' && c.conversationId === vt.channelId);
    expect(cardText(post!.body)).toContain('Adviesvraag #1');
    expect(cardText(post!.body)).toContain('Oppakken');
    await t.bot.outbox.idle();
    const ticket = (await t.store.tickets.list())[0]!;
    const thread = threadWhere(vt, post!.createdId!);

    const refusedOutsider = await click(t, Users.outsider, thread, Verbs.ticketClaim, { ticketId: ticket.id });
    expect(cardText(refusedOutsider.value)).toContain('Alleen adviseurs van Veilig Thuis');

    const claimed = await click(t, Users.advisor1, thread, Verbs.ticketClaim, { ticketId: ticket.id });
    expect(cardText(claimed.value)).toContain('Opgepakt');
    const update = t.connector.calls.filter((c) => c.kind === 'update').at(-1)!;
    expect(update.activityId).toBe(post!.createdId);
    expect(cardText(update.body)).toContain('Adviseur Een');

    const late = await click(t, Users.advisor2, thread, Verbs.ticketClaim, { ticketId: ticket.id });
    expect(cardText(late.value)).toContain('al opgepakt door Adviseur Een');

    await t.connector.waitFor((c) => c.conversationId === `a:personal-${Users.teacher.aadObjectId}` && String(c.body.text).includes('opgepakt door een adviseur'));

    await click(t, Users.advisor1, thread, Verbs.ticketAnswer, { ticketId: ticket.id, answer: 'Bespreek dit met je intern begeleider en bel ons gerust.' });
    const [answer] = await t.connector.waitFor((c) => c.conversationId === `a:personal-${Users.teacher.aadObjectId}` && cardText(c.body).includes('Antwoord op je adviesvraag #1'));
    expect(cardText(answer!.body)).toContain('Bespreek dit met je intern begeleider');
    expect(cardText(answer!.body)).not.toContain('Adviseur Een');

    const closed = await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceResolved, { ticketId: ticket.id });
    expect(cardText(closed.value)).toContain('gesloten');
    expect((await t.store.tickets.get(ticket.id))?.status).toBe('closed');
    expect(cardText(t.connector.calls.filter((c) => c.kind === 'update').at(-1)!.body)).toContain('Gesloten');
  });

  it('lets exactly one of two advisors claim when they click at the same moment', async () => {
    t = await startTestBot();
    await setup(t);
    await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form('Een kind vertelt over ruzie thuis, twijfel of ik moet melden.'));
    const [post] = await t.connector.waitFor((c) => c.kind === 'create');
    const ticket = (await t.store.tickets.list())[0]!;
    const thread = threadWhere(vt, post!.createdId!);
    const [a, b] = await Promise.all([
      click(t, Users.advisor1, thread, Verbs.ticketClaim, { ticketId: ticket.id }),
      click(t, Users.advisor2, thread, Verbs.ticketClaim, { ticketId: ticket.id }),
    ]);
    const texts = [cardText(a.value), cardText(b.value)];
    expect(texts.filter((x) => x.includes('al opgepakt door'))).toHaveLength(1);
    expect((await t.store.audit.list({ action: Verbs.ticketClaim }))).toHaveLength(1);
  });

  it('never forwards a question with a BSN without the professional’s confirmation', async () => {
    t = await startTestBot();
    await setup(t);
    const warning = await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form('Het gaat om een leerling met BSN 111222333 die vaak ziek is.'));
    expect(cardText(warning.value)).toContain('BSN');
    expect(cardText(warning.value)).not.toContain('111222333');
    await t.bot.outbox.idle();
    expect(t.connector.calls.filter((c) => c.kind === 'create')).toHaveLength(0);
    expect(await t.store.tickets.count()).toBe(0);

    await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceConfirmPii, { draftId: 'draft-1' });
    const [post] = await t.connector.waitFor((c) => c.kind === 'create');
    expect(cardText(post!.body)).toContain('De vrager bevestigde dat deze gegevens nodig zijn: BSN');
  });

  it('answers acute danger first with 112 and 0800-2000 before anything is sent', async () => {
    t = await startTestBot();
    await setup(t);
    const acute = await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form('Een leerling durft niet naar huis, vader slaat haar.'));
    expect(cardText(acute.value)).toContain('112');
    expect(cardText(acute.value)).toContain('0800-2000');
    expect(await t.store.tickets.count()).toBe(0);
  });

  it('retries a throttled ticket post honouring Retry-After and posts it once', async () => {
    t = await startTestBot();
    await setup(t);
    t.connector.failNext((c) => c.kind === 'create', [{ status: 429, retryAfterSeconds: 1 }, { status: 503 }]);
    await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form('Vraag over verwaarlozing van een kind in de klas, wat zijn signalen?'));
    await t.connector.waitFor((c) => c.kind === 'create', 1, 20_000);
    await t.bot.outbox.idle();
    expect(t.connector.calls.filter((c) => c.kind === 'create')).toHaveLength(1);
    expect((await t.store.tickets.list())[0]!.thread).not.toBeNull();
  });

  it('tells the professional to call 0800-2000 and alerts coordinators when no Veilig Thuis channel is linked', async () => {
    t = await startTestBot();
    await t.send(personalMessage(t.connector.url, Users.coordinator, 'hallo'));
    await t.send(personalMessage(t.connector.url, Users.teacher, 'hallo'));
    const res = await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form('Vraag over een zorgelijke thuissituatie van een leerling.'));
    expect(cardText(res.value)).toContain('0800-2000');
    const [alert] = await t.connector.waitFor((c) => c.conversationId === `a:personal-${Users.coordinator.aadObjectId}` && String(c.body.text).includes('geen actief Veilig Thuis-kanaal'));
    expect(alert).toBeDefined();
  });

  it('lists the professional’s open questions with "mijn vragen"', async () => {
    t = await startTestBot();
    await setup(t);
    await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form('Vraag over signalen van seksueel misbruik bij een kleuter.'));
    await t.send(personalMessage(t.connector.url, Users.teacher, 'mijn vragen'));
    const reply = t.connector.calls.filter((c) => c.conversationId === `a:personal-${Users.teacher.aadObjectId}`).at(-1)!;
    expect(String(reply.body.text)).toContain('#1: wacht op een adviseur');
  });
});

describe('advice tickets over time', () => {
  let t: TestBot;
  afterEach(async () => t?.stop());

  it('re-announces an unclaimed "vandaag" ticket after 30 working minutes and tells the coordinators, once', async () => {
    t = await startTestBot();
    t.clock.set('2026-11-24T09:00:00Z'); // Tuesday 10:00 in Amsterdam
    await setup(t);
    await t.send(personalMessage(t.connector.url, Users.coordinator, 'hallo'));
    await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form('Zorgen over een kind dat vaak honger heeft op school.'));
    const [post] = await t.connector.waitFor((c) => c.kind === 'create');
    await t.bot.outbox.idle();

    t.clock.set('2026-11-24T09:25:00Z');
    await t.bot.deps.scheduler.tick();
    await t.bot.outbox.idle();
    expect(t.connector.calls.filter((c) => String(c.body.text ?? '').includes('nog niet opgepakt'))).toHaveLength(0);

    t.clock.set('2026-11-24T09:31:00Z');
    await t.bot.deps.scheduler.tick();
    await t.bot.outbox.idle();
    const inThread = t.connector.calls.filter((c) => c.conversationId === `${vt.channelId};messageid=${post!.createdId}` && String(c.body.text).includes('nog niet opgepakt'));
    expect(inThread).toHaveLength(1);
    expect(t.connector.calls.filter((c) => c.conversationId === `a:personal-${Users.coordinator.aadObjectId}` && String(c.body.text).includes('nog niet opgepakt'))).toHaveLength(1);

    t.clock.set('2026-11-24T09:36:00Z');
    await t.bot.deps.scheduler.tick();
    await t.bot.outbox.idle();
    expect(t.connector.calls.filter((c) => String(c.body.text ?? '').includes('nog niet opgepakt'))).toHaveLength(2);
  });

  it('removes the texts of a closed ticket after the retention period and keeps its numbers', async () => {
    t = await startTestBot();
    t.clock.set('2026-11-24T09:00:00Z');
    await setup(t);
    await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form('Vraag over een ouder die erg verward overkomt bij het ophalen.'));
    const [post] = await t.connector.waitFor((c) => c.kind === 'create');
    await t.bot.outbox.idle();
    const id = (await t.store.tickets.list())[0]!.id;
    const thread = threadWhere(vt, post!.createdId!);
    await click(t, Users.advisor1, thread, Verbs.ticketAnswer, { ticketId: id, answer: 'Bespreek het met de aandachtsfunctionaris.' });
    await click(t, Users.advisor1, thread, Verbs.ticketClose, { ticketId: id });

    t.clock.set('2026-12-23T10:00:00Z');
    await t.bot.deps.scheduler.tick();
    expect((await t.store.tickets.get(id))?.question).not.toBeNull();
    t.clock.set('2026-12-24T10:00:00Z');
    await t.bot.deps.scheduler.tick();
    const kept = (await t.store.tickets.get(id))!;
    expect(kept.question).toBeNull();
    expect(kept.messages.every((m) => m.text === null)).toBe(true);
    expect(kept).toMatchObject({ sector: 'onderwijs', gemeente: 'Heerlen', status: 'closed' });
    expect(kept.claimedAt).not.toBeNull();
    expect(kept.firstAnsweredAt).not.toBeNull();
  });

  it('brings a follow-up question back into the ticket thread', async () => {
    t = await startTestBot();
    await setup(t);
    await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, form('Vraag over signalen van verwaarlozing bij een peuter.'));
    const [post] = await t.connector.waitFor((c) => c.kind === 'create');
    await t.bot.outbox.idle();
    const id = (await t.store.tickets.list())[0]!.id;
    await click(t, Users.advisor1, threadWhere(vt, post!.createdId!), Verbs.ticketAnswer, { ticketId: id, answer: 'Let op voeding, kleding en hygiëne.' });
    await click(t, Users.teacher, personalWhere(Users.teacher), Verbs.adviceFollowUp, { ticketId: id, followUp: 'En als het kind vaak ziek is?' });
    const [followUp] = await t.connector.waitFor((c) => c.conversationId === `${vt.channelId};messageid=${post!.createdId}` && String(c.body.text).includes('En als het kind vaak ziek is?'));
    expect(followUp).toBeDefined();
    expect((await t.store.tickets.get(id))?.status).toBe('claimed');
  });
});
