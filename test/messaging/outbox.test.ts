import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/testBot.js';

describe('the outbox across an upgrade', () => {
  let t: TestBot;
  afterEach(async () => t?.stop());

  it('delivers a message that was queued as a Bot Framework activity before messages became neutral, with its text and card', async () => {
    t = await startTestBot();
    const now = t.clock.now().toISOString();
    const reference = { serviceUrl: t.connector.url, channelId: 'msteams', conversation: { id: 'a:legacy-chat' } };
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Kaart van voor de upgrade' }] };
    await t.store.outbox.insert('legacy-1', {
      id: 'legacy-1',
      kind: 'notice',
      target: { kind: 'conversation', reference },
      activity: { type: 'message', text: 'Bericht van voor de upgrade', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] },
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
    });

    await t.restart();
    await t.bot.outbox.idle();

    const sent = t.connector.calls.find((c) => c.conversationId === 'a:legacy-chat')!;
    expect(sent.body.text).toBe('Bericht van voor de upgrade');
    expect(sent.body.attachments).toEqual([{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }]);
    expect((await t.store.outbox.get('legacy-1'))?.status).toBe('sent');
  });
});
