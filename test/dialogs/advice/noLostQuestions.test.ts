import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../helpers/testBot.js';
import { channelMessage, executeAction, personalMessage, personalWhere, teamChannel, threadWhere, Users } from '../../helpers/activities.js';
import { Verbs } from '../../../src/cards/verbs.js';
import { newTicket } from '../../../src/domain/advice/decisions.js';

const vt = teamChannel('Veilig Thuis');
const cardText = (card: unknown) => JSON.stringify(card);
const teacherChat = `a:personal-${Users.teacher.aadObjectId}`;

const form = (question: string, draftId = 'draft-1') => ({
  draftId,
  question,
  sector: 'onderwijs',
  gemeente: 'Heerlen',
  urgency: 'deze-week',
  answerMode: 'chat',
  callbackPhone: '',
});

async function submit(t: TestBot, data: Record<string, unknown>): Promise<string> {
  const res = await t.send(executeAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, data));
  expect(res.status).toBe(200);
  return cardText((res.body as { value: unknown }).value);
}

const ticketPosts = (t: TestBot) => t.connector.calls.filter((c) => c.kind === 'create' && c.conversationId === vt.channelId);

async function myQuestions(t: TestBot): Promise<string> {
  await t.send(personalMessage(t.connector.url, Users.teacher, 'mijn vragen'));
  return String(t.connector.calls.filter((c) => c.conversationId === teacherChat).at(-1)!.body.text);
}

describe('an advice question is never reported as sent without its post being queued', () => {
  let t: TestBot;
  afterEach(async () => t?.stop());

  it('posts the ticket when the same card is sent again after a crash between storing the ticket and queuing its post', async () => {
    t = await startTestBot();
    await t.send(channelMessage(t.connector.url, Users.coordinator, vt, 'koppel veilig thuis'));
    await t.send(personalMessage(t.connector.url, Users.teacher, 'hallo'));
    // The state a crash right after the ticket insert leaves behind: the ticket, no outbox item.
    const request = { question: 'Een leerling vertelt over harde klappen thuis, wat nu?', sector: 'onderwijs', gemeente: 'Heerlen', urgency: 'deze-week', answerMode: 'chat' } as const;
    const number = await t.store.nextSequence('advice-ticket');
    const ticket = newTicket(request, { id: 'adv-draft-1', number, asker: { aadId: Users.teacher.aadObjectId, name: Users.teacher.name }, context: [], confirmedPii: [], adviceTeam: 'veilig-thuis', nowIso: t.clock.now().toISOString() });
    await t.store.tickets.insert(ticket.id, ticket);

    const ack = await submit(t, form(request.question));
    expect(ack).toContain('Je adviesvraag #1 is verstuurd');
    await t.connector.waitFor((c) => c.kind === 'create' && c.conversationId === vt.channelId);
    await t.bot.outbox.idle();
    expect(ticketPosts(t)).toHaveLength(1);
    expect(cardText(ticketPosts(t)[0]!.body)).toContain('Adviesvraag #1');
  });

  it('posts a ticket left unqueued by a crash in the recovery pass, without the card being sent again', async () => {
    t = await startTestBot();
    await t.send(channelMessage(t.connector.url, Users.coordinator, vt, 'koppel veilig thuis'));
    await t.send(personalMessage(t.connector.url, Users.teacher, 'hallo'));
    const request = { question: 'Twijfel over een melding bij een kind dat vaak verzuimt.', sector: 'onderwijs', gemeente: 'Heerlen', urgency: 'deze-week', answerMode: 'chat' } as const;
    const ticket = newTicket(request, { id: 'adv-crashed', number: await t.store.nextSequence('advice-ticket'), asker: { aadId: Users.teacher.aadObjectId, name: Users.teacher.name }, context: [], confirmedPii: [], adviceTeam: 'veilig-thuis', nowIso: t.clock.now().toISOString() });
    await t.store.tickets.insert(ticket.id, ticket);

    await t.bot.deps.scheduler.tick();
    await t.connector.waitFor((c) => c.kind === 'create' && c.conversationId === vt.channelId);
    await t.bot.outbox.idle();
    await t.bot.deps.scheduler.tick();
    await t.bot.outbox.idle();
    expect(ticketPosts(t)).toHaveLength(1);
  });

  it('still brings a follow-up into the ticket thread after a crash between the post and recording its thread', async () => {
    t = await startTestBot();
    await t.send(channelMessage(t.connector.url, Users.coordinator, vt, 'koppel veilig thuis'));
    await t.send(personalMessage(t.connector.url, Users.teacher, 'hallo'));
    await submit(t, form('Vraag over een leerling die vaak zonder jas en eten komt.'));
    const [post] = await t.connector.waitFor((c) => c.kind === 'create' && c.conversationId === vt.channelId);
    await t.bot.outbox.idle();
    // The state a crash right after the outbox marked the post sent leaves behind: the ticket knows no thread.
    const [ticket] = await t.store.tickets.list();
    await t.store.tickets.update(ticket!.id, (cur) => ({ next: cur && { ...cur, thread: null, postedAt: null }, result: undefined }));
    await t.store.outbox.update(`ticket:${ticket!.id}:post`, (cur) => ({ next: cur && { ...cur, handlerDue: true }, result: undefined }));

    await t.restart();
    await t.bot.outbox.idle();
    await t.send(executeAction(t.connector.url, Users.advisor1, threadWhere(vt, post!.createdId!), Verbs.ticketAnswer, { ticketId: ticket!.id, answer: 'Bespreek het eerst met de intern begeleider.' }));
    await t.send(executeAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), Verbs.adviceFollowUp, { ticketId: ticket!.id, followUp: 'En als de ouders niet reageren?' }));
    await t.bot.outbox.idle();

    const inThread = t.connector.calls.filter((c) => c.method === 'POST' && JSON.stringify(c.body).includes('En als de ouders niet reageren?'));
    expect(inThread).toHaveLength(1);
    expect(inThread[0]!.conversationId).toBe(`${vt.channelId};messageid=${post!.createdId}`);
  });

  it('keeps a question asked while no Veilig Thuis channel is linked and delivers it once one is linked', async () => {
    t = await startTestBot();
    await t.send(personalMessage(t.connector.url, Users.coordinator, 'hallo'));
    await t.send(personalMessage(t.connector.url, Users.teacher, 'hallo'));

    const ack = await submit(t, form('Vraag over een zorgelijke thuissituatie van een leerling.'));
    expect(ack).toContain('#1');
    expect(ack).not.toContain('is verstuurd');
    expect(ack).toContain('zodra');
    expect(ack).toContain('0800-2000');
    expect(await myQuestions(t)).toContain('#1: nog niet doorgestuurd');

    await t.send(channelMessage(t.connector.url, Users.coordinator, vt, 'koppel veilig thuis'));
    await t.connector.waitFor((c) => c.kind === 'create' && c.conversationId === vt.channelId);
    await t.bot.outbox.idle();
    expect(cardText(ticketPosts(t)[0]!.body)).toContain('Adviesvraag #1');
    await t.connector.waitFor((c) => c.conversationId === teacherChat && String(c.body.text).includes('#1 is nu doorgestuurd'));
    expect(await myQuestions(t)).toContain('#1: wacht op een adviseur');

    await t.bot.deps.scheduler.tick();
    await t.bot.outbox.idle();
    expect(ticketPosts(t)).toHaveLength(1);
  });

  it('answers a resend of a waiting question with where it stands, not with "verstuurd"', async () => {
    t = await startTestBot();
    await t.send(personalMessage(t.connector.url, Users.teacher, 'hallo'));
    await submit(t, form('Vraag over een kind dat vaak honger heeft op school.'));
    const again = await submit(t, form('Vraag over een kind dat vaak honger heeft op school.'));
    expect(again).not.toContain('is verstuurd');
    expect(again).toContain('zodra');
    expect(await t.store.tickets.count()).toBe(1);
  });
});
