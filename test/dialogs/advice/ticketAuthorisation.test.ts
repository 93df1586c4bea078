import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../helpers/testBot.js';
import { channelMessage, executeAction, personalMessage, personalWhere, teamChannel, threadWhere, Users } from '../../helpers/activities.js';
import { Verbs } from '../../../src/cards/verbs.js';

const vt = teamChannel('Veilig Thuis');
const QUESTION = 'Een leerling met een gipsarm vertelt wisselende verhalen, hoe ga ik verder?';

describe('ticket verbs check the role before showing anything of the ticket', () => {
  let t: TestBot;
  afterEach(async () => t?.stop());

  async function postedTicket() {
    t = await startTestBot();
    await t.send(channelMessage(t.connector.url, Users.coordinator, vt, 'koppel veilig thuis'));
    await t.send(personalMessage(t.connector.url, Users.teacher, 'hallo'));
    await t.send(executeAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, { draftId: 'd1', question: QUESTION, sector: 'onderwijs', gemeente: 'Heerlen', urgency: 'vandaag', answerMode: 'chat', callbackPhone: '' }));
    const [post] = await t.connector.waitFor((c) => c.kind === 'create');
    await t.bot.outbox.idle();
    const id = (await t.store.tickets.list())[0]!.id;
    const thread = threadWhere(vt, post!.createdId!);
    await t.send(executeAction(t.connector.url, Users.advisor1, thread, Verbs.ticketAnswer, { ticketId: id, answer: 'Bel ons gerust even.' }));
    return { id, thread };
  }

  it.each([Verbs.ticketRefresh, Verbs.ticketClaim, Verbs.ticketAnswer, Verbs.ticketClose])('refuses %s to someone who is not a Veilig Thuis advisor without showing the ticket', async (verb) => {
    const { id, thread } = await postedTicket();
    const res = await t.send(executeAction(t.connector.url, Users.outsider, thread, verb, { ticketId: id, answer: 'x' }));
    const body = JSON.stringify(res.body);
    expect(res.status).toBe(200);
    expect(body).toContain('Alleen');
    for (const secret of [QUESTION, Users.teacher.name, Users.advisor1.name, 'Bel ons gerust']) expect(body).not.toContain(secret);
  });

  it('gives the same refusal for a ticket that does not exist, so ids cannot be probed', async () => {
    await postedTicket();
    const res = await t.send(executeAction(t.connector.url, Users.outsider, threadWhere(vt, '1'), Verbs.ticketRefresh, { ticketId: 'adv-unknown' }));
    expect(JSON.stringify(res.body)).toContain('Alleen');
  });

  it('still refreshes the ticket for a Veilig Thuis coordinator and advisor', async () => {
    const { id, thread } = await postedTicket();
    for (const user of [Users.coordinator, Users.advisor2]) {
      const res = await t.send(executeAction(t.connector.url, user, thread, Verbs.ticketRefresh, { ticketId: id }));
      expect(JSON.stringify(res.body)).toContain('gipsarm');
    }
  });
});
