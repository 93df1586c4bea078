import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/testBot.js';
import { executeAction, personalMessage, personalWhere, submitAction, Users } from '../helpers/activities.js';

describe('what the bot answers when it cannot help', () => {
  let t: TestBot;
  afterEach(async () => t?.stop());

  it('answers a click on a verb it does not know with a message instead of an error (no 501)', async () => {
    t = await startTestBot();
    const res = await t.send(executeAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), 'old.verb.from.last.year', {}));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('niet meer geldig') });
  });

  it('answers a click whose data does not fit with one short Dutch sentence', async () => {
    t = await startTestBot();
    const res = await t.send(executeAction(t.connector.url, Users.advisor1, personalWhere(Users.advisor1), 'ticket.claim', { nothing: true }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ value: expect.stringContaining('werkt niet (meer)') });
  });

  it('answers an old Action.Submit card and unknown channel text without crashing', async () => {
    t = await startTestBot();
    const res = await t.send(submitAction(t.connector.url, Users.teacher, personalWhere(Users.teacher), 'legacy.submit', {}));
    expect(res.status).toBe(200);
    expect(String(t.connector.calls.at(-1)!.body.text)).toContain('niet meer geldig');
    await t.send(personalMessage(t.connector.url, Users.teacher, 'help'));
    expect(t.connector.calls.at(-1)!.body.attachments).toBeDefined();
  });
});
