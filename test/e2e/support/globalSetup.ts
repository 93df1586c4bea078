import { buildBot } from '../../../scripts/lib/playgroundStack.mjs';

/** Builds dist/ once before the e2e files run: the stack starts the compiled bot, as `npm start` does. */
export default async function setup(): Promise<void> {
  const output: string[] = [];
  const build = await buildBot({ onLine: (line) => output.push(line) });
  if (!build.ok) {
    // Type errors are `npm test`'s to report; tsc still emitted the bot, so the e2e run goes on.
    process.stderr.write(`e2e: tsc exited with ${build.code}; testing the emitted build anyway.\n${output.slice(0, 20).join('\n')}\n`);
  }
}
