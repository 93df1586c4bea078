import type { Locator, Page } from 'playwright-core';
import { Demo } from './demo.js';

/**
 * Driving the Agents Playground (0.2.x) UI. What the page offers, found by trying it:
 * - The left tree has items labelled "Personal Chat", the group chat's name, and "<team> - <channel>".
 * - The composer is a Lexical editor: `[role="textbox"]`. A chat has one; a channel has one at the top
 *   ("Start a new post") and one under every post (reply). Enter sends in both.
 * - Mentions: typing "@" and a few letters opens a listbox "Typeahead menu" with menuitems per member
 *   and the bot; choosing the bot inserts a mention, sent as `<at>Bot name</at>` with a mention entity.
 * - A channel shows posts as cards (role "group"), newest at the top; replies sit inside the post's card.
 * - The log panel on the right also shows message texts, so look for replies only in the conversation.
 * - Every page load replays installationUpdate and conversationUpdate (bot added) to the bot, so the bot's
 *   install or welcome messages can appear just after the page opens.
 */

/** A message we sent: where to look for the answer, and the message itself (the answer comes after it). */
export interface SentMessage {
  scope: Locator;
  anchor: Locator;
}

/** The conversation area: the outermost block with the composer that holds neither the tree nor the log panel. */
export function conversationPane(page: Page): Locator {
  return page
    .locator('div')
    .filter({ has: page.locator('[role="textbox"]') })
    .filter({ hasNot: page.getByRole('tree') })
    .filter({ hasNotText: 'Log Panel' })
    .first();
}

export async function openPersonalChat(page: Page): Promise<Locator> {
  return openConversation(page, 'Personal Chat');
}

/** Opens a channel of the team; the General channel is called "General". */
export async function openChannel(page: Page, channelName: string, teamName: string = Demo.teamName): Promise<Locator> {
  return openConversation(page, `${teamName} - ${channelName}`);
}

async function openConversation(page: Page, treeItemLabel: string): Promise<Locator> {
  await page.getByRole('treeitem', { name: treeItemLabel, exact: true }).click();
  const pane = conversationPane(page);
  await pane.locator('[role="textbox"]').first().waitFor({ state: 'visible' });
  await waitUntilQuiet(pane);
  return pane;
}

/**
 * Waits until the conversation stops changing for `quietMs` (at most `maxMs`), so that the messages the
 * page load provokes (welcome, "thanks for adding me") are in before we send: otherwise one could land
 * after our message and pass for its answer.
 */
export async function waitUntilQuiet(pane: Locator, { quietMs = 1_500, maxMs = 15_000 } = {}): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = await pane.innerText();
  let stableSince = Date.now();
  while (Date.now() < deadline && Date.now() - stableSince < quietMs) {
    await pane.page().waitForTimeout(250);
    const now = await pane.innerText();
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    }
  }
}

/** Types `text` into a chat's composer and presses Enter. */
export async function sendInChat(page: Page, text: string): Promise<SentMessage> {
  const pane = conversationPane(page);
  const box = pane.locator('[role="textbox"]').last();
  await box.click();
  await box.pressSequentially(text);
  await box.press('Enter');
  const anchor = pane.getByText(text, { exact: true }).last();
  await anchor.waitFor({ state: 'visible' });
  return { scope: pane, anchor };
}

/**
 * Starts a new channel post that @mentions `mention` (the bot's display name) followed by `text`:
 * types "@" and the first word, picks the name from the typeahead list, types the text, presses Enter.
 */
export async function postWithMention(page: Page, mention: string, text: string): Promise<SentMessage> {
  const pane = conversationPane(page);
  const box = pane.locator('[role="textbox"]').first(); // "Start a new post"
  await box.click();
  await box.pressSequentially(`@${mention.split(' ')[0]}`);
  await page.getByRole('listbox', { name: 'Typeahead menu' }).getByRole('menuitem', { name: mention }).click();
  await box.pressSequentially(` ${text}`);
  await box.press('Enter');
  // Newest post at the top; the empty "Start a new post" card holds no mention.
  const post = pane
    .getByRole('group')
    .filter({ has: page.getByText(mention, { exact: true }) })
    .filter({ hasText: text })
    .first();
  const anchor = post.getByText(text).first();
  await anchor.waitFor({ state: 'visible' });
  return { scope: post, anchor };
}

/**
 * Waits for text after our message (in its chat, or inside its post's card) that contains one of
 * `expected`; returns the one that matched. Quotes are compared straight (“ ” „ become ").
 */
export async function waitForReply(sent: SentMessage, expected: (string | RegExp)[], timeoutMs = 30_000): Promise<string | RegExp> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const anchor = await sent.anchor.elementHandle({ timeout: 5_000 });
    const parts = await sent.scope.evaluate((scope, anchorEl) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (anchorEl.contains(node)) continue;
        if (anchorEl.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) found.push(node.textContent ?? '');
      }
      return found;
    }, anchor);
    await anchor.dispose();
    // Joined without spaces: a sentence with a bold word is several text nodes.
    const seen = normalise(parts.join(''));
    const hit = expected.find((e) => (typeof e === 'string' ? seen.includes(normalise(e)) : e.test(seen)));
    if (hit !== undefined) return hit;
    if (Date.now() > deadline) {
      const shown = normalise(parts.join(' ')).slice(0, 600);
      throw new Error(`no reply containing ${expected.map(String).join(' or ')} within ${timeoutMs} ms; after our message the page shows: ${JSON.stringify(shown)}`);
    }
    await sent.scope.page().waitForTimeout(250);
  }
}

function normalise(text: string): string {
  return text.replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"').replace(/\s+/g, ' ');
}
