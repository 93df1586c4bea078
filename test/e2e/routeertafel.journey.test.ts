import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardButton,
  conversationPane,
  Demo,
  launchBrowser,
  newPage,
  openChannel,
  postWithMention,
  pressAndWait,
  screenshot,
  screenshotArea,
  startPlaygroundStack,
  waitForCard,
  waitForReply,
  JOURNEY_VIEWPORT,
  type PlaygroundStack,
} from './support/index.js';

/** The intake API's token for this run (any value of 32+ characters; the bot reads INTAKE_API_TOKEN). */
const TOKEN = 'e2e-intake-token-0123456789abcdef';
const REFERENCE = 'VT-2026-0123';

/**
 * The bot's clock in this journey (the playground keeps real time). The agenda of a week can be sent
 * from its posting moment (Monday 08:30) until the table meets (Tuesday 10:00), and a case goes to
 * the first agenda posted after it came in. So the case comes in on Wednesday 25 November 2026, and
 * the coordinator sends the agenda of week 49 on Monday 30 November at 08:45 (Amsterdam).
 */
const INTAKE_AT = '2026-11-25T09:00:00Z';
const SEND_AT = '2026-11-30T07:45:00Z';

/**
 * The routeertafel in the Agents Playground: a coordinator links the "Gemeente Heerlen" channel, a case
 * is taken in through the intake API (as Veilig Thuis's registration system does), the coordinator
 * sends the agenda, and in the Heerlen channel the casusregisseur confirms the handover with the
 * card's inputs and sees the card update in place; Veilig Thuis gets the confirmation in its channel.
 *
 * Who is who: the playground's one current user, Sanne Hendriks (coordinator in config/region.demo.json),
 * plays the coordinator and also the casusregisseur of Heerlen; she names Ruud Bemelmans as casusregisseur
 * in the form. Confirming is allowed to anyone in the gemeente's channel, so the bot does not tell them apart.
 */
describe('the routeertafel in the Agents Playground (headless Chromium)', () => {
  let stack: PlaygroundStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startPlaygroundStack({ botClock: INTAKE_AT, botEnv: { INTAKE_API_TOKEN: TOKEN } });
    browser = await launchBrowser();
    page = await newPage(browser, stack.playgroundUrl);
    await page.setViewportSize(JOURNEY_VIEWPORT); // tall enough for a whole form card in one picture
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it(`a coordinator links the "${Demo.gemeenteChannel}" channel to gemeente Heerlen and General as the Veilig Thuis channel`, async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure('journey-routeertafel-link-failed'));
    await openChannel(page, Demo.gemeenteChannel);
    const heerlen = await postWithMention(page, Demo.botName, 'koppel Heerlen');
    await waitForReply(heerlen, ['gekoppeld aan gemeente Heerlen']);

    await openChannel(page, Demo.generalChannel);
    const vt = await postWithMention(page, Demo.botName, 'koppel veilig thuis');
    await waitForReply(vt, ['Dit kanaal is nu het kanaal van Veilig Thuis']);
  });

  it('takes a case in through POST /api/cases (Veilig Thuis’s registration system)', async () => {
    const res = await fetch(`${stack.botUrl}/api/cases`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        reference: REFERENCE,
        gemeente: 'Heerlen',
        route: 'directe-overdracht',
        urgent: false,
        meldingOn: '2026-11-20',
        beoordeeldOn: '2026-11-23',
        summary: 'Spanningen tussen ouders; veiligheidsvoorwaarden afgesproken, hulp via het wijkteam gewenst.',
        veiligheidsplan: true,
        betrokkenenGeinformeerd: true,
        vtContact: 'Frontoffice Veilig Thuis',
      }),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ case: { reference: REFERENCE, gemeente: 'Heerlen', tableWeek: '2026-W49', status: 'open' } });
  });

  it('"agenda versturen" posts the agenda of week 49 in the Heerlen channel', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure('journey-routeertafel-agenda-failed'));
    await stack.setBotClock(SEND_AT);
    await openChannel(page, Demo.generalChannel);
    const sent = await postWithMention(page, Demo.botName, 'agenda versturen');
    await waitForReply(sent, ['De agenda van week 49, 2026 gaat nu naar 1 gemeentekanaal']);

    const channel = await openChannel(page, Demo.gemeenteChannel);
    const post = channel.getByRole('group').filter({ hasText: 'Routeertafel Heerlen' }).first();
    const agenda = await waitForCard(post, REFERENCE);
    const text = await agenda.innerText();
    expect(text).toContain('week 49, 2026');
    expect(text).toContain('Spanningen'); // the pseudonymous summary is on the agenda
    await expect(cardButton(agenda, 'Overdracht bevestigen').isVisible()).resolves.toBe(true);
    await screenshotArea(channel, 'journey-routeertafel-agenda', { top: post });
  });

  it('the casusregisseur confirms the handover with the card’s inputs and sees the card update in place', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure('journey-routeertafel-confirm-failed'));
    const channel = await openChannel(page, Demo.gemeenteChannel);
    const post = channel.getByRole('group').filter({ hasText: 'Routeertafel Heerlen' }).first();
    const agenda = await waitForCard(post, REFERENCE);

    await cardButton(agenda, 'Overdracht bevestigen').click();
    await agenda.getByRole('textbox', { name: /^Casusregisseur/ }).fill('Ruud Bemelmans');
    await agenda.getByRole('textbox', { name: /^Team/ }).fill('Wijkteam Heerlen-Noord');
    await expect(agenda.getByRole('checkbox', { name: /Betrokkenen zijn geïnformeerd/ }).isChecked(), 'as Veilig Thuis reported at intake').resolves.toBe(true);
    await screenshotArea(channel, 'journey-routeertafel-bevestigen', { top: post, docsName: 'routeertafel-bevestigen' });

    const updated = await pressAndWait(agenda, 'Bevestigen', /Bevestigd door Sanne Hendriks/);
    expect(updated).toContain(`Overdracht ${REFERENCE} is bevestigd door Sanne Hendriks`);
    expect(updated).toContain('casusregisseur: Ruud Bemelmans');
    expect(updated).toContain('team: Wijkteam Heerlen-Noord');
    await expect(cardButton(agenda, 'Overdracht bevestigen').count(), 'no buttons once confirmed').resolves.toBe(0);
    await screenshotArea(channel, 'journey-routeertafel-bevestigd', { top: post, docsName: 'routeertafel-bevestigd' });
  });

  it('tells Veilig Thuis in its channel who confirmed and who the casusregisseur is', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure('journey-routeertafel-notice-failed'));
    const channel = await openChannel(page, Demo.generalChannel);
    const post = channel.getByRole('group').filter({ hasText: `Overdracht ${REFERENCE} bevestigd door gemeente Heerlen` }).first();
    const notice = await waitForCard(post, `Overdracht ${REFERENCE} bevestigd door gemeente Heerlen`);
    const text = await notice.innerText();
    expect(text).toContain('Ruud Bemelmans');
    expect(text).toContain('Sanne Hendriks');
    await screenshotArea(conversationPane(page), 'journey-routeertafel-melding-vt', { top: post });
  });

  async function reportFailure(name: string): Promise<void> {
    const file = page ? await screenshot(page, name).catch(() => 'none') : 'none';
    console.error(`screenshot: ${file}\n--- bot and playground output ---\n${stack?.logs() ?? ''}`);
  }
});
