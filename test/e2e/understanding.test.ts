import { describe, expect, it } from 'vitest';
import {
  cardCount,
  conversationPane,
  openPersonalChat,
  screenshotArea,
  sendInChat,
  waitForCard,
  playgroundJourney,
} from './support/index.js';

/**
 * What a worried professional sees in the Agents Playground when typing in their own words: a long
 * story gets "Wat ik lees" and the step that fits; an acute message gets one card with 112 on top.
 * Screenshots go to test-output/e2e/; E2E_UPDATE_DOCS=1 also copies them into docs/images/.
 */
describe('understanding free text in the Agents Playground (headless Chromium)', () => {
  const journey = playgroundJourney();
  const reportFailure = (name: string) => journey.reportFailure(name);

  it('answers a long worried message with what it read, the step that fits and the walk', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure('understanding-worry-failed'));
    const pane = await openPersonalChat(journey.page);
    const before = await cardCount(pane);
    const sent = await sendInChat(
      journey.page,
      'Ik ben leerkracht in groep 5. Een meisje uit mijn klas is de laatste weken heel stil en schrikt als ik achter haar sta. ' +
        'Vandaag had ze een blauwe plek op haar arm; ze zei dat ze van de trap was gevallen, maar keek me niet aan. Moet ik hier iets mee?',
    );
    const card = await waitForCard(pane, 'Wat ik lees', { after: before });
    const text = await card.innerText();
    expect(text).toMatch(/Moet je hier iets mee\? Ja/);
    expect(text).toMatch(/Wat nu past/);
    expect(text).not.toMatch(/Geen passend antwoord/);
    await expect(card.getByRole('button', { name: 'Meldcode-stappen doorlopen' }).isVisible()).resolves.toBe(true);
    await screenshotArea(conversationPane(journey.page), 'understanding-zorg', { top: sent.anchor, docsName: 'zorg-in-eigen-woorden' });
  });

  it('answers an acute message with one card, 112 first', async ({ onTestFailed }) => {
    onTestFailed(() => reportFailure('understanding-acute-failed'));
    const pane = await openPersonalChat(journey.page);
    const before = await cardCount(pane);
    const sent = await sendInChat(journey.page, 'Een leerling durft vanavond niet naar huis, haar vader heeft gedreigd haar iets aan te doen. Wat moet ik doen?');
    const card = await waitForCard(pane, 'Bel nu 112', { after: before });
    const text = await card.innerText();
    expect(text.indexOf('112')).toBeLessThan(text.indexOf('0800-2000'));
    expect(text).toContain('Wat ik lees');
    expect(await cardCount(pane)).toBe(before + 1);
    await screenshotArea(pane, 'understanding-acuut', { top: sent.anchor, docsName: 'acuut-in-eigen-woorden' });
  });
});
