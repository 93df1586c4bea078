import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { projectRoot } from '../../../scripts/lib/playgroundStack.mjs';
import { screenshotDir } from './browser.js';

/**
 * Adaptive Cards in the Agents Playground (0.2.x), found by trying it:
 * - It renders cards with the official adaptivecards renderer inside Fluent UI: each message's card is a
 *   `.ac-preview-panel` holding `.ac-adaptiveCard`; cards opened by Action.ShowCard sit inside it.
 * - Buttons are `role="button"` with the action's title as accessible name; a set with more than six
 *   actions puts the rest behind a "More options" button.
 * - Inputs have the card's label as accessible name: Input.Text is a textbox (textarea when multiline),
 *   a compact Input.ChoiceSet a combobox whose options open in a listbox outside the card, an expanded
 *   one a radiogroup, Input.Toggle a checkbox.
 * - An Action.Execute that answers with a card replaces the card in place (same `.ac-preview-panel`).
 * - The conversation's history lives in the page only: a reload starts with an empty client.
 */
export const CARD_SELECTOR = '.ac-preview-panel';

/** The cards in a conversation pane or channel post, oldest first. */
export function cardsIn(scope: Locator): Locator {
  return scope.locator(CARD_SELECTOR);
}

/**
 * Waits for a card (after `after` cards were there) whose text contains `text`, and returns a locator
 * pinned to its position, so that it keeps pointing at the same card while the card updates in place.
 */
export async function waitForCard(scope: Locator, text: string | RegExp, { after = 0, timeoutMs = 30_000 } = {}): Promise<Locator> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const texts = await cardsIn(scope).allInnerTexts();
    for (let i = texts.length - 1; i >= after; i--) {
      if (typeof text === 'string' ? normalise(texts[i]!).includes(normalise(text)) : text.test(normalise(texts[i]!))) return cardsIn(scope).nth(i);
    }
    if (Date.now() > deadline) {
      throw new Error(`no card containing ${String(text)} within ${timeoutMs} ms; the last card says: ${JSON.stringify(normalise(texts.at(-1) ?? '(none)').slice(0, 400))}`);
    }
    await scope.page().waitForTimeout(200);
  }
}

/** How many cards `scope` shows now: pass it as `after` to wait for a card that is still to come. */
export function cardCount(scope: Locator): Promise<number> {
  return cardsIn(scope).count();
}

/** A button of the card (its own actions, the ones inside it, and those of an opened ShowCard). */
export function cardButton(card: Locator, title: string | RegExp): Locator {
  return card.getByRole('button', { name: title, exact: typeof title === 'string' }).first();
}

/**
 * Clicks a button whose Action.Execute answers with a card and waits until the card in place shows
 * `expect` (a text of the new card). Returns the card's text after the update.
 */
export async function pressAndWait(card: Locator, title: string | RegExp, expected: string | RegExp, timeoutMs = 20_000): Promise<string> {
  const before = normalise(await card.innerText());
  await cardButton(card, title).click();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = normalise(await card.innerText());
    const shows = typeof expected === 'string' ? now.includes(normalise(expected)) : expected.test(now);
    if (shows && now !== before) return now;
    if (Date.now() > deadline) throw new Error(`after "${String(title)}" the card did not show ${String(expected)} within ${timeoutMs} ms; it says: ${JSON.stringify(now.slice(0, 400))}`);
    await card.page().waitForTimeout(150);
  }
}

/** Picks `option` in a compact Input.ChoiceSet (a combobox) labelled `label`. */
export async function chooseOption(card: Locator, label: string | RegExp, option: string): Promise<void> {
  await card.getByRole('combobox', { name: label }).click();
  await card.page().getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
}

export interface ShotOptions {
  /** Scroll this into view first (e.g. the card the picture is about). */
  focus?: Locator;
  /** Or scroll this to the top of the picture (e.g. the user's message, with the answer below it). */
  top?: Locator;
  /** Also copy the picture to docs/images/<docsName>.png, when E2E_UPDATE_DOCS=1. */
  docsName?: string;
}

export const docsImagesDir = path.join(projectRoot, 'docs/images');

/**
 * A screenshot of `area` (e.g. the conversation pane: the chat without the playground's tree and log),
 * saved as test-output/e2e/<name>.png. With E2E_UPDATE_DOCS=1 and `docsName` it is copied into docs/images.
 */
export async function screenshotArea(area: Locator, name: string, { focus, top, docsName }: ShotOptions = {}): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  if (focus) await focus.scrollIntoViewIfNeeded();
  if (top) {
    await top.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      let scroller = el.parentElement;
      while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
      scroller?.scrollBy(0, -40); // a little room for the message's header
    });
  }
  await area.page().waitForTimeout(300); // let the scroll and any Fluent animation settle
  const file = path.join(screenshotDir, `${name}.png`);
  await area.screenshot({ path: file, animations: 'disabled' });
  if (docsName && process.env.E2E_UPDATE_DOCS === '1') {
    await mkdir(docsImagesDir, { recursive: true });
    await copyFile(file, path.join(docsImagesDir, `${docsName}.png`));
  }
  return file;
}

/** The journeys' window: the conversation pane is about 640 px wide, and a form card fits in its height. */
export const JOURNEY_VIEWPORT = { width: 1300, height: 1250 } as const;

function normalise(text: string): string {
  return text.replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"').replace(/\s+/g, ' ').trim();
}
