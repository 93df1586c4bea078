import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Verbs } from '../../../src/cards/verbs.js';
import { startTestBot, textsTo, type TestBot } from '../../helpers/testBot.js';
import { channelMessage, executeAction, Users, type TestUser } from '../../helpers/activities.js';
import { cardOf, cardText, channelOf, clickOnAgenda, intake, link, openPersonalChat, postCase, responseCard, runningClock, settle, slotOf, threadsIn, TOKEN, VT } from './helpers.js';

const leidinggevendeHeerlen: TestUser = { id: '29:lg-heerlen', aadObjectId: 'aad-lg-heerlen', name: 'Leidinggevende Heerlen' };

/**
 * Week 49: the table meets Tuesday 1 December 2026 at 10:00. Unconfirmed, the reminder is due two
 * working days later (Thursday 3 December 10:00), the escalation to the leidinggevende three
 * working days after that, across the weekend (Tuesday 8 December 10:00). 10:00 in Amsterdam is 09:00 UTC.
 */
describe('reminders, escalation and monitoring after the routeertafel', () => {
  const clock = runningClock('2026-11-25T09:00:00Z');
  let t: TestBot;
  const heerlen = channelOf('Heerlen');

  const tickAt = async (iso: string) => {
    clock.set(iso);
    await t.bot.deps.scheduler.tick();
    await settle(t);
  };
  const reminders = () => threadsIn(t, heerlen, 'Herinnering: overdracht VT-OPEN-1');
  const escalationsTo = (conversationId: string) =>
    t.connector.calls.filter((c) => c.kind === 'send' && c.conversationId === conversationId && cardText(cardOf(c)).includes('Opschaling: overdracht VT-OPEN-1'));

  beforeAll(async () => {
    t = await startTestBot({ env: { INTAKE_API_TOKEN: TOKEN }, clock });
    await link(t, Users.coordinator, ['Heerlen']);
    await openPersonalChat(t, Users.coordinator);
    await openPersonalChat(t, leidinggevendeHeerlen);
    expect((await postCase(t, intake({ reference: 'VT-OPEN-1' }))).status).toBe(201);
    expect((await postCase(t, intake({ reference: 'VT-MON-1' }))).status).toBe(201);
    await tickAt('2026-11-30T07:30:00Z'); // the agenda of week 49
    const agenda = threadsIn(t, heerlen, 'Routeertafel Heerlen')[0]!;
    clock.set('2026-12-01T10:00:00Z'); // the table confirms VT-MON-1, not VT-OPEN-1
    const slot = slotOf(cardOf(agenda), 'VT-MON-1');
    const confirmed = await clickOnAgenda(t, Users.casusregisseur, heerlen, agenda.createdId!, Verbs.handoverConfirm, { reference: 'VT-MON-1', week: '2026-W49', slot });
    expect(cardText(responseCard(confirmed))).toContain('is bevestigd');
  });
  afterAll(async () => t?.stop());

  it('reminds the gemeente channel two working days after the table, once', async () => {
    await tickAt('2026-12-03T08:59:00Z');
    expect(reminders()).toHaveLength(0);
    await tickAt('2026-12-03T09:00:00Z');
    expect(reminders()).toHaveLength(1);
    expect(cardText(cardOf(reminders()[0]!))).toContain('2 werkdagen geleden');
    await tickAt('2026-12-03T10:00:00Z');
    await tickAt('2026-12-04T09:00:00Z');
    expect(reminders()).toHaveLength(1);
    expect((await t.store.cases.get('VT-OPEN-1'))?.escalations.map((e) => e.level)).toEqual(['reminder']);
  });

  it('escalates to the leidinggevende and the coordinators three working days later, not over the weekend, once', async () => {
    await tickAt('2026-12-07T09:30:00Z'); // Monday: only two working days since the reminder
    expect(escalationsTo(`a:personal-${leidinggevendeHeerlen.aadObjectId}`)).toHaveLength(0);
    await tickAt('2026-12-08T09:00:00Z');
    await tickAt('2026-12-08T10:00:00Z');
    expect(escalationsTo(`a:personal-${leidinggevendeHeerlen.aadObjectId}`)).toHaveLength(1);
    expect(escalationsTo(`a:personal-${Users.coordinator.aadObjectId}`)).toHaveLength(1);
    expect(threadsIn(t, VT, 'Opschaling: overdracht VT-OPEN-1')).toHaveLength(1);
    expect(cardText(cardOf(escalationsTo(`a:personal-${leidinggevendeHeerlen.aadObjectId}`)[0]!))).toContain('5 werkdagen na de routeertafel van week 49');
    expect((await t.store.cases.get('VT-OPEN-1'))?.escalations.map((e) => e.level)).toEqual(['reminder', 'leidinggevende']);
  });

  it('lists the escalated open case in status', async () => {
    await t.send(channelMessage(t.connector.url, Users.coordinator, VT, 'status'));
    const status = textsTo(t.connector, VT.channelId).at(-1)!;
    expect(status).toContain('Opgeschaalde overdrachten (1)');
    expect(status).toContain('- VT-OPEN-1 (Heerlen): leidinggevende sinds dinsdag 8 december 2026 om 10:00');
  });

  it('shows escalations only to Veilig Thuis and to the gemeente concerned', async () => {
    await t.send(channelMessage(t.connector.url, Users.outsider, heerlen, 'status'));
    expect(textsTo(t.connector, heerlen.channelId).at(-1)!).toContain('VT-OPEN-1 (Heerlen)');
    const elsewhere = channelOf('Maastricht');
    await t.send(channelMessage(t.connector.url, Users.outsider, elsewhere, 'status'));
    expect(textsTo(t.connector, elsewhere.channelId).at(-1)!).not.toContain('VT-OPEN-1');
  });

  it('asks the monitoring question six weeks after a confirmation, and sends "nieuwe zorgen" to Veilig Thuis at once', async () => {
    await tickAt('2027-01-12T09:59:00Z');
    const question = () => threadsIn(t, heerlen, 'Monitoring overdracht VT-MON-1');
    expect(question()).toHaveLength(0);
    await tickAt('2027-01-12T10:00:00Z'); // six weeks later, same local time (11:00 CET)
    await tickAt('2027-01-12T11:00:00Z');
    expect(question()).toHaveLength(1);
    const card = cardOf(question()[0]!);
    expect(cardText(card)).toContain('Veiligheid geborgd?');
    const dueAt = card.body.at(-1).items.at(-1).actions[0].data.dueAt;

    const where = { ...threadWhereOf(heerlen, question()[0]!.createdId!) };
    const wrongPlace = await t.send(executeAction(t.connector.url, Users.outsider, threadWhereOf(VT, '1'), Verbs.monitoringAnswer, { reference: 'VT-MON-1', dueAt, answer: 'geborgd', doelenInPlan: 'ja' }));
    expect(cardText(responseCard(wrongPlace))).toContain('Alleen in het kanaal van gemeente Heerlen');
    const incomplete = await t.send(executeAction(t.connector.url, Users.casusregisseur, where, Verbs.monitoringAnswer, { reference: 'VT-MON-1', dueAt, answer: 'nieuwe-zorgen' }));
    expect(cardText(responseCard(incomplete))).toContain('Kies een antwoord op beide vragen');

    const res = await t.send(executeAction(t.connector.url, Users.casusregisseur, where, Verbs.monitoringAnswer, { reference: 'VT-MON-1', dueAt, answer: 'nieuwe-zorgen', doelenInPlan: 'nee' }));
    expect(cardText(responseCard(res))).toContain('Veilig Thuis is direct op de hoogte gebracht');
    await settle(t);
    expect(threadsIn(t, VT, 'Nieuwe zorgen bij overdracht VT-MON-1 (Heerlen)')).toHaveLength(1);
    expect(t.connector.calls.filter((c) => c.kind === 'update' && c.activityId === question()[0]!.createdId)).toHaveLength(1);
    expect((await t.store.cases.get('VT-MON-1'))?.monitoring).toMatchObject({ answer: 'nieuwe-zorgen', veiligheidsdoelenInPlan: false });

    const again = await t.send(executeAction(t.connector.url, Users.casusregisseur, where, Verbs.monitoringAnswer, { reference: 'VT-MON-1', dueAt, answer: 'geborgd', doelenInPlan: 'ja' }));
    expect(cardText(responseCard(again))).toContain('al beantwoord');
    await tickAt('2027-02-23T10:00:00Z');
    expect(question()).toHaveLength(1);
  });
});

function threadWhereOf(channel: { channelId: string; teamId: string; teamName: string; channelName: string }, threadId: string) {
  return {
    conversation: { id: `${channel.channelId};messageid=${threadId}`, conversationType: 'channel', isGroup: true, tenantId: 'tenant-zl' },
    channelData: { tenant: { id: 'tenant-zl' }, team: { id: channel.teamId, name: channel.teamName }, channel: { id: channel.channelId, name: channel.channelName } },
    replyToId: threadId,
  };
}
