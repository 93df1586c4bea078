export { startPlaygroundStack, freePort, type PlaygroundStack, type StackOptions } from './stack.js';
export { launchBrowser, newPage, screenshot, screenshotDir, CHROMIUM_PATH } from './browser.js';
export { conversationPane, openPersonalChat, openChannel, sendInChat, postWithMention, waitForReply, waitUntilQuiet, type SentMessage } from './playgroundUi.js';
export { Demo, readPlaygroundConfig, demoRegionPath, type PlaygroundConfig, type PlaygroundUser } from './demo.js';
export { CARD_SELECTOR, cardsIn, cardCount, waitForCard, cardButton, pressAndWait, chooseOption, screenshotArea, docsImagesDir, JOURNEY_VIEWPORT, type ShotOptions } from './cards.js';
export { playgroundJourney, type Journey } from './journey.js';
