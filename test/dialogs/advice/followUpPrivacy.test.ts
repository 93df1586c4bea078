import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../helpers/testBot.js';
import { channelMessage, executeAction, personalMessage, personalWhere, teamChannel, threadWhere, Users } from '../../helpers/activities.js';
import { Verbs } from '../../../src/cards/verbs.js';

const vt = teamChannel('Veilig Thuis');

describe('texts added to a ticket after it was sent go through the privacy guard', () => {
  let t: TestBot;
  afterEach(async () => t?.stop());

  async function answeredTicket() {
    t = await startTestBot();
    await t.send(channelMessage(t.connector.url, Users.coordinator, vt, 'koppel veilig thuis'));
    await t.send(personalMessage(t.connector.url, Users.teacher, 'hallo'));
    await t.send(executeAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), Verbs.adviceSubmit, { draftId: 'd1', question: 'Vraag over signalen van verwaarlozing bij een peuter.', sector: 'onderwijs', gemeente: 'Heerlen', urgency: 'vandaag', answerMode: 'chat', callbackPhone: '' }));
    const [post] = await t.connector.waitFor((c) => c.kind === 'create');
    await t.bot.outbox.idle();
    const id = (await t.store.tickets.list())[0]!.id;
    const thread = threadWhere(vt, post!.createdId!);
    await t.send(executeAction(t.connector.url, Users.advisor1, thread, Verbs.ticketAnswer, { ticketId: id, answer: 'Let op voeding, kleding en hygiëne.' }));
    return { id, thread };
  }

  it('refuses a follow-up question with a BSN: nothing is stored or posted, and the BSN is not repeated', async () => {
    const { id } = await answeredTicket();
    const res = await t.send(executeAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), Verbs.adviceFollowUp, { ticketId: id, followUp: 'Het gaat om BSN 111222333, kan ik dat doorgeven?' }));
    const body = JSON.stringify(res.body);
    expect(body).toContain('identificerende gegevens');
    expect(body).not.toContain('111222333');
    await t.bot.outbox.idle();
    expect(JSON.stringify(await t.store.tickets.get(id))).not.toContain('111222333');
    expect(JSON.stringify(t.connector.calls)).not.toContain('111222333');
  });

  it('refuses an advisor answer that names a client by first name and surname', async () => {
    const { id, thread } = await answeredTicket();
    const res = await t.send(executeAction(t.connector.url, Users.advisor1, thread, Verbs.ticketAnswer, { ticketId: id, answer: 'Bel de moeder van Jantje Smeets op 06-12345678.' }));
    expect(JSON.stringify(res.body)).toContain('identificerende gegevens');
    expect(JSON.stringify(await t.store.tickets.get(id))).not.toContain('Smeets');
  });
});
