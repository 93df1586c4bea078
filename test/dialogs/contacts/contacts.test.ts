import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideContact } from '../../../src/dialogs/contacts/commands.js';
import { channelMessage, personalMessage, Users } from '../../helpers/activities.js';
import { startTestBot, type TestBot } from '../../helpers/testBot.js';
import { testRegion } from '../../domain/cases/fixtures.js';
import { cardOf, cardText, channelOf, link } from '../routeertafel/helpers.js';

describe('which gemeente "contactpersoon" is about', () => {
  const region = testRegion();
  const heerlenChannel = { kind: 'gemeente' as const, gemeente: 'Heerlen' };

  it('is the channel’s own gemeente, unless the message names another', () => {
    expect(decideContact(region, 'wie is onze contactpersoon?', heerlenChannel)).toMatchObject({ kind: 'show', gemeente: { name: 'Heerlen' } });
    expect(decideContact(region, 'contactpersoon van gemeente Vaals', heerlenChannel)).toMatchObject({ kind: 'show', gemeente: { name: 'Vaals' } });
  });

  it('asks which gemeente outside a gemeente channel, and says so of an unknown one', () => {
    expect(decideContact(region, 'wie is onze contactpersoon', undefined)).toMatchObject({ kind: 'refuse', text: expect.stringContaining('Van welke gemeente?') });
    expect(decideContact(region, 'contactpersoon Venlo', undefined)).toEqual({ kind: 'refuse', text: 'Ik ken geen gemeente "Venlo" in deze regio.' });
  });
});

describe('"wie is onze contactpersoon" in Teams', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
    await link(t, Users.coordinator, ['Heerlen', 'Vaals']);
  });
  afterAll(async () => t?.stop());

  const lastCardTo = (conversation: string) => cardText(cardOf(t.connector.calls.filter((c) => c.conversationId.startsWith(conversation)).at(-1)!));

  it('answers in a gemeente channel with the contacts and the handover form from the region file', async () => {
    await t.send(channelMessage(t.connector.url, Users.casusregisseur, channelOf('Heerlen'), 'wie is onze contactpersoon?'));
    const card = lastCardTo(channelOf('Heerlen').channelId);
    expect(card).toContain('Contactpersonen Veilig Thuis en gemeente Heerlen');
    expect(card).toContain('Adviseur Een (vaste contactpersoon Veilig Thuis)');
    expect(card).toContain('bruggenbouwer wijkteam');
    expect(card).toContain('driegesprek met de inwoner');
  });

  it('says what is not set yet, and who can set it', async () => {
    await t.send(channelMessage(t.connector.url, Users.casusregisseur, channelOf('Vaals'), 'contactpersoon'));
    const card = lastCardTo(channelOf('Vaals').channelId);
    expect(card).toContain('Bruggenbouwer bij de gemeente: nog niet vastgelegd');
    expect(card).toContain('zet de coördinator van Veilig Thuis in het regiobestand');
  });

  it('answers for a named gemeente in the personal chat too', async () => {
    await t.send(personalMessage(t.connector.url, Users.advisor1, 'contactpersoon Heerlen'));
    expect(lastCardTo('a:')).toContain('Contactpersonen Veilig Thuis en gemeente Heerlen');
  });
});
