import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardButton,
  cardCount,
  chooseOption,
  conversationPane,
  Demo,
  launchBrowser,
  newPage,
  openChannel,
  openPersonalChat,
  postWithMention,
  pressAndWait,
  screenshot,
  screenshotArea,
  sendInChat,
  startPlaygroundStack,
  waitForCard,
  waitForReply,
  JOURNEY_VIEWPORT,
  type PlaygroundStack,
} from './support/index.js';

/**
 * The user journeys of the meldcode and advice features in the Microsoft 365 Agents Playground, a
 * Teams-like client, driven in headless Chromium: typing in the chat, clicking card buttons, filling
 * card inputs, and watching cards update in place. One bot, one playground and one page for both
 * journeys (the playground keeps a conversation's history only as long as its page lives).
 *
 * Who is who: the playground has one current user, Sanne Hendriks, who is coordinator and advisor in
 * config/region.demo.json. She plays every part here: the teacher in the personal chat, the professional
 * who asks advice, and the Veilig Thuis advisor who claims and answers the question in the team channel.
 * The bot does not need them to be different people; the HTTP tests (test/dialogs/**) cover the
 * differences between people (refusals, two advisors at once).
 *
 * Screenshots of the key cards go to test-output/e2e/journey-*.png; E2E_UPDATE_DOCS=1 also copies
 * the ones the README shows into docs/images/.
 */
describe('journeys in the Agents Playground (headless Chromium)', () => {
  let stack: PlaygroundStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startPlaygroundStack();
    browser = await launchBrowser();
    page = await newPage(browser, stack.playgroundUrl);
    await page.setViewportSize(JOURNEY_VIEWPORT); // tall enough for a whole form card in one picture
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  describe('a teacher in the personal chat (the current user plays the teacher)', () => {
    it('walks the meldcode with the card buttons, from "wat doe ik bij een signaal?" to the verslag', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-meldcode-failed'));
      const pane = await openPersonalChat(page);
      const before = await cardCount(pane);
      await sendInChat(page, 'wat doe ik bij een signaal?');

      const card = await waitForCard(pane, 'Voor welke sector werk je?', { after: before });
      await pressAndWait(card, 'Onderwijs', 'Eerst: veiligheid');
      await answerAndWait(card, 'Nee', 'Stap 1 van 5');
      await answerAndWait(card, /^Nee, het gaat om de thuissituatie/, 'Signalen in kaart brengen');

      const steps = await walkToOutcome(card);
      expect(steps.some((s) => s.startsWith('Stap 2 van 5'))).toBe(true);
      expect(steps.some((s) => s.startsWith('Stap 4 van 5'))).toBe(true);
      const outcome = await card.innerText();
      expect(outcome).toMatch(/Uitkomst|Acuut/);
      expect(outcome).toContain('0800-2000');
      await screenshotArea(conversationPane(page), 'journey-meldcode-uitkomst', { top: card, docsName: 'meldcode-uitkomst' });

      const verslag = await pressAndWait(card, 'Verslag voor het dossier', 'Verslag');
      expect(verslag).toContain('Onderwijs');
      expect(verslag).toContain('Acuut gevaar: nee.');
      await expect(card.getByRole('link', { name: /Download als bestand/ }).isVisible(), 'Action.OpenUrl is a link').resolves.toBe(true);
      await screenshotArea(conversationPane(page), 'journey-meldcode-verslag', { top: card });
    });

    it('answers "hij slaat haar nu" with 112 first, then Veilig Thuis 0800-2000', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-acute-failed'));
      const pane = await openPersonalChat(page);
      const before = await cardCount(pane);
      const sent = await sendInChat(page, 'hij slaat haar nu');

      const card = await waitForCard(pane, 'Bel nu 112', { after: before });
      const text = await card.innerText();
      expect(text.indexOf('112')).toBeGreaterThanOrEqual(0);
      expect(text.indexOf('112')).toBeLessThan(text.indexOf('0800-2000'));
      await screenshotArea(pane, 'journey-acuut', { top: sent.anchor, docsName: 'acuut-gevaar' });
    });

    it('answers "Wat is de Kindcheck?" from the knowledge base with its source', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-knowledge-failed'));
      const pane = await openPersonalChat(page);
      const before = await cardCount(pane);
      const sent = await sendInChat(page, 'Wat is de Kindcheck?');

      const card = await waitForCard(pane, 'Bron:', { after: before });
      expect(await card.innerText()).toMatch(/Kindcheck/i);
      await screenshotArea(pane, 'journey-kennis', { top: sent.anchor, docsName: 'kennisvraag' });
    });
  });

  describe('an advice question (the current user is both the asking professional and the advisor)', () => {
    // No words of acute danger: those get "Eerst: is er acuut gevaar?" first (a journey of its own, covered in test/dialogs/advice).
    const question = 'Een leerling uit groep 6 komt de laatste weken vaker met blauwe plekken op school. Wat is verstandig als volgende stap?';
    const answer = 'Bespreek dit vandaag met je intern begeleider en leg feitelijk vast wat je ziet. Bel ons gerust als je twijfelt.';
    let number = '';

    it(`links the team's General channel as the Veilig Thuis channel ("@${Demo.botName} koppel veilig thuis")`, async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-advice-link-failed'));
      await openChannel(page, Demo.generalChannel);
      const sent = await postWithMention(page, Demo.botName, 'koppel veilig thuis');
      await waitForReply(sent, ['Dit kanaal is nu het kanaal van Veilig Thuis']);
    });

    it('asks advice through the form card in the personal chat', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-advice-ask-failed'));
      const pane = await openPersonalChat(page);
      const before = await cardCount(pane);
      const sent = await sendInChat(page, 'advies vragen');

      const form = await waitForCard(pane, 'Advies vragen aan Veilig Thuis', { after: before });
      await form.getByRole('textbox', { name: /Je vraag/ }).fill(question);
      await chooseOption(form, /Jouw sector/, 'Onderwijs');
      await chooseOption(form, /Gemeente waar het om gaat/, 'Heerlen');
      await form.getByRole('radio', { name: 'Vandaag' }).check();
      await form.getByRole('radio', { name: 'In deze chat' }).check();
      await screenshotArea(pane, 'journey-advies-formulier', { top: sent.anchor, docsName: 'adviesvraag-formulier' });

      const ack = await pressAndWait(form, 'Versturen', /adviesvraag #\d+ is verstuurd/);
      number = /adviesvraag #(\d+)/.exec(ack)![1]!;
    });

    it('shows the question in the Veilig Thuis channel, where an advisor claims it and answers; the card updates in place', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-advice-ticket-failed'));
      expect(number, 'the question was sent').not.toBe('');
      const channel = await openChannel(page, Demo.generalChannel);
      const post = channel.getByRole('group').filter({ hasText: `Adviesvraag #${number}` }).first();
      const ticket = await waitForCard(post, `Adviesvraag #${number}`);
      expect(await ticket.innerText()).toContain(question);

      const claimed = await pressAndWait(ticket, 'Oppakken', /Opgepakt door\s*Sanne Hendriks/);
      expect(claimed).toContain('Opgepakt');
      await expect(cardButton(ticket, 'Oppakken').count()).resolves.toBe(0);
      await screenshotArea(channel, 'journey-advies-opgepakt', { top: post, docsName: 'adviesvraag-opgepakt' });

      await cardButton(ticket, 'Beantwoorden').click();
      await ticket.getByRole('textbox', { name: /Je antwoord aan de professional/ }).fill(answer);
      const answered = await pressAndWait(ticket, 'Antwoord versturen', 'Beantwoord');
      expect(answered).toContain(answer);
    });

    it('brings the answer to the personal chat of the professional who asked', async ({ onTestFailed }) => {
      onTestFailed(() => reportFailure('journey-advice-answer-failed'));
      expect(number, 'the question was answered').not.toBe('');
      const pane = await openPersonalChat(page);
      const card = await waitForCard(pane, `Antwoord op je adviesvraag #${number}`);
      expect(await card.innerText()).toContain(answer);
      await expect(cardButton(card, 'Dank, opgelost').isVisible()).resolves.toBe(true);
      await screenshotArea(pane, 'journey-advies-antwoord', { focus: card, docsName: 'adviesvraag-antwoord' });
    });
  });

  async function reportFailure(name: string): Promise<void> {
    const file = page ? await screenshot(page, name).catch(() => 'none') : 'none';
    console.error(`screenshot: ${file}\n--- bot and playground output ---\n${stack?.logs() ?? ''}`);
  }
});

/** Picks an answer in the meldcode card's radio list, presses "Verder" and waits for the next step. */
async function answerAndWait(card: Locator, option: string | RegExp, expected: string | RegExp): Promise<string> {
  await card.getByRole('radio', { name: option, exact: typeof option === 'string' }).first().check();
  return pressAndWait(card, 'Verder', expected);
}

/**
 * Answers the meldcode questions the way a teacher who goes on would: the first answer that does not
 * postpone ("nog niet", "later", "twijfel"), until the outcome card ("Verslag voor het dossier").
 * Returns the step label of every question seen.
 */
async function walkToOutcome(card: Locator): Promise<string[]> {
  const steps: string[] = [];
  for (let i = 0; i < 20; i++) {
    const titles = (await card.getByRole('button').allInnerTexts()).map((t) => t.trim());
    if (titles.includes('Verslag voor het dossier')) return steps;
    steps.push((await card.innerText()).trim().split('\n')[0]!);
    const radios = card.getByRole('radio');
    const labels: string[] = [];
    for (let r = 0; r < (await radios.count()); r++) labels.push(((await radios.nth(r).getAttribute('aria-label')) ?? (await radios.nth(r).evaluate((el) => (el as HTMLInputElement).labels?.[0]?.innerText ?? ''))).trim());
    const index = Math.max(0, labels.findIndex((t) => !/nog niet|later|twijfel/i.test(t)));
    if (labels.length === 0) throw new Error(`no answer to choose on: ${await card.innerText()}`);
    const before = await card.innerText();
    await radios.nth(index).check();
    await cardButton(card, 'Verder').click();
    await expect.poll(() => card.innerText(), { timeout: 20_000 }).not.toBe(before);
  }
  throw new Error(`no outcome after 20 answers; steps: ${steps.join(' | ')}`);
}
