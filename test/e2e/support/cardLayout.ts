import type { Locator } from 'playwright-core';

/** One piece of text a reader cannot read in full. */
export interface LayoutProblem {
  text: string;
  problem: string;
}

/**
 * Looks for text in a rendered Adaptive Card (the official renderer's DOM, `.ac-adaptiveCard`) that a
 * reader cannot read in full at the current width:
 * - text cut off: an element whose content is wider (or taller) than its box, e.g. "11,…" or a button
 *   title ending in "…";
 * - text outside the card: a button or text block that sticks out past the card's right edge (the
 *   card's frame clips it);
 * - a word broken over two lines ("Gemee|nte"): wrapped, but unreadable.
 * Runs inside the page. Cards inside Action.ShowCard are opened one at a time and checked too.
 */
export async function unreadableText(card: Locator): Promise<LayoutProblem[]> {
  return card.evaluate((root) => {
    const problems: { text: string; problem: string }[] = [];
    const seen = new Set<string>();
    const add = (text: string, problem: string) => {
      const key = `${problem}|${text}`;
      if (!seen.has(key)) problems.push({ text: text.trim().slice(0, 80), problem });
      seen.add(key);
    };
    const textSelector = '.ac-textBlock, .ac-richTextBlock, label, button';

    const check = () => {
      const frame = root.getBoundingClientRect();
      for (const el of Array.from(root.querySelectorAll<HTMLElement>(textSelector))) {
        if (el.offsetParent === null) continue; // hidden (a closed ShowCard)
        const text = el.innerText || el.getAttribute('aria-label') || '';
        if (!text.trim()) continue;
        const box = el.getBoundingClientRect();
        if (box.right > frame.right + 1 || box.left < frame.left - 1) add(text, `sticks out of the card by ${Math.round(Math.max(box.right - frame.right, frame.left - box.left))} px`);
        // The element itself and every descendant that clips (overflow hidden, ellipsis).
        for (const inner of [el, ...Array.from(el.querySelectorAll<HTMLElement>('*'))]) {
          if (!inner.innerText?.trim()) continue;
          if (inner.scrollWidth > inner.clientWidth + 1) add(text, `cut off: ${inner.scrollWidth} px of text in ${inner.clientWidth} px`);
          const style = getComputedStyle(inner);
          if (style.overflowY !== 'visible' && inner.scrollHeight > inner.clientHeight + 1) add(text, `cut off at the bottom: ${inner.scrollHeight} px of text in ${inner.clientHeight} px`);
        }
        // Words split over two lines. Hyphens and slashes are fine places to break.
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = node.textContent ?? '';
          for (const word of value.matchAll(/[^\s\-–/]+/g)) {
            if (word[0].length < 2) continue;
            const range = document.createRange();
            range.setStart(node, word.index!);
            range.setEnd(node, word.index! + word[0].length);
            const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size > 1) add(text, `word broken over ${lines.size} lines: "${word[0]}"`);
          }
        }
      }
    };

    check();
    for (const toggle of Array.from(root.querySelectorAll<HTMLElement>('button[aria-expanded]'))) {
      if (toggle.offsetParent === null) continue;
      toggle.click(); // open this ShowCard
      check();
      if (toggle.getAttribute('aria-expanded') === 'true') toggle.click();
    }
    return problems;
  });
}
