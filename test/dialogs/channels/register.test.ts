import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, textsTo, type TestBot } from '../../helpers/testBot.js';
import { channelMessage, installInTeam, removeFromTeam, teamChannel, Users } from '../../helpers/activities.js';

describe('installing the bot and linking channels', () => {
  let t: TestBot;
  afterEach(async () => t?.stop());

  it('links a channel to a gemeente for a coordinator, refuses others, and keeps the link after a restart', async () => {
    t = await startTestBot();
    const heerlen = teamChannel('Heerlen');
    const url = t.connector.url;

    expect((await t.send(installInTeam(url, Users.coordinator, heerlen))).status).toBe(200);
    expect(textsTo(t.connector, heerlen.channelId).at(-1)).toContain('koppel');

    await t.send(channelMessage(url, Users.outsider, heerlen, 'koppel Heerlen'));
    expect(textsTo(t.connector, heerlen.channelId).at(-1)).toContain('Alleen een coördinator');

    await t.send(channelMessage(url, Users.coordinator, heerlen, 'koppel heerlen'));
    expect(textsTo(t.connector, heerlen.channelId).at(-1)).toContain('gekoppeld aan gemeente Heerlen');
    expect((await t.store.audit.list({ action: 'channel.link' })).map((a) => a.actorAadId)).toEqual(['aad-coordinator']);

    await t.restart();
    expect((await t.store.channels.get(heerlen.channelId))?.link).toEqual({ kind: 'gemeente', gemeente: 'Heerlen' });
    await t.send(channelMessage(url, Users.coordinator, heerlen, 'status'));
    const status = textsTo(t.connector, heerlen.channelId).at(-1)!;
    expect(status).toContain('Dit kanaal: gemeente Heerlen');
    expect(status).toContain('- Maastricht: nog niet gekoppeld');
  });

  it('shows a gemeente channel its own link only, and Veilig Thuis coordinators every link', async () => {
    t = await startTestBot();
    const [heerlen, sittard] = [teamChannel('Heerlen', 'Wijkteam Heerlen'), teamChannel('Sittard', 'Sociaal team Sittard')];
    await t.send(channelMessage(t.connector.url, Users.coordinator, heerlen, 'koppel Heerlen'));
    await t.send(channelMessage(t.connector.url, Users.coordinator, sittard, 'koppel Sittard-Geleen'));

    await t.send(channelMessage(t.connector.url, Users.casusregisseur, heerlen, 'status'));
    const own = textsTo(t.connector, heerlen.channelId).at(-1)!;
    expect(own).toContain('Dit kanaal: gemeente Heerlen');
    for (const other of ['Sittard', 'Sociaal team', 'Maastricht', 'Veilig Thuis-kanalen']) expect(own).not.toContain(other);

    await t.send(channelMessage(t.connector.url, Users.coordinator, heerlen, 'status'));
    const all = textsTo(t.connector, heerlen.channelId).at(-1)!;
    expect(all).toContain('- Sittard-Geleen: Sociaal team Sittard / Sittard');
    expect(all).toContain('- Maastricht: nog niet gekoppeld');
  });

  it('names the gemeenten when the coordinator types one the region does not have', async () => {
    t = await startTestBot();
    const ch = teamChannel('Test');
    await t.send(channelMessage(t.connector.url, Users.coordinator, ch, 'koppel Nuth'));
    const reply = textsTo(t.connector, ch.channelId).at(-1)!;
    expect(reply).toContain('Ik ken geen gemeente "Nuth"');
    expect(reply).toContain('Beekdaelen');
  });

  it('keeps one channel per gemeente and lets a coordinator make a Veilig Thuis channel and unlink it', async () => {
    t = await startTestBot();
    const a = teamChannel('Maastricht A');
    const b = teamChannel('Maastricht B');
    const vt = teamChannel('VT');
    const url = t.connector.url;
    await t.send(channelMessage(url, Users.coordinator, a, 'koppel Maastricht'));
    await t.send(channelMessage(url, Users.coordinator, b, 'koppel Maastricht'));
    expect(textsTo(t.connector, b.channelId).at(-1)).toContain('al gekoppeld aan een ander kanaal');

    await t.send(channelMessage(url, Users.coordinator, vt, 'koppel veilig thuis'));
    expect((await t.store.channels.get(vt.channelId))?.link).toEqual({ kind: 'veilig-thuis', adviceTeam: 'veilig-thuis' });
    await t.send(channelMessage(url, Users.coordinator, vt, 'ontkoppel'));
    expect(textsTo(t.connector, vt.channelId).at(-1)).toContain('ontkoppeld');
    expect((await t.store.channels.get(vt.channelId))?.link).toBeUndefined();
  });

  it('marks a linked channel inactive when the bot is removed and tells the coordinators', async () => {
    t = await startTestBot();
    const url = t.connector.url;
    const heerlen = teamChannel('Heerlen');
    const vt = teamChannel('VT');
    await t.send(channelMessage(url, Users.coordinator, heerlen, 'koppel Heerlen'));
    await t.send(channelMessage(url, Users.coordinator, vt, 'koppel veilig thuis'));

    await t.send(removeFromTeam(url, Users.coordinator, heerlen));
    expect((await t.store.channels.get(heerlen.channelId))?.active).toBe(false);
    const notice = await t.connector.waitFor((c) => c.kind === 'create' && c.conversationId === vt.channelId);
    expect(String(notice[0]!.body.text)).toContain('niet meer bereiken');
  });
});
