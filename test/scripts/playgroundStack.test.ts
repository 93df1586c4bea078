import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPlayground, stopChild } from '../../scripts/lib/playgroundStack.mjs';

/** A stand-in for the playground's cli.js: exits with `firstExitCode` on its first run, then "listens". */
async function fakePlaygroundCli(dir: string, firstExitCode: number): Promise<string> {
  const file = path.join(dir, 'fake-cli.mjs');
  const marker = path.join(dir, 'launched-once');
  await writeFile(
    file,
    `import { existsSync, writeFileSync } from 'node:fs';
     const port = process.argv[process.argv.indexOf('-p') + 1];
     if (!existsSync(${JSON.stringify(marker)})) { writeFileSync(${JSON.stringify(marker)}, ''); process.exit(${firstExitCode}); }
     console.log('Listening on ' + port);
     setInterval(() => {}, 1000);`,
  );
  return file;
}

describe('startPlayground', () => {
  let dir: string | undefined;
  const started: Awaited<ReturnType<typeof startPlayground>>[] = [];

  afterEach(async () => {
    for (const p of started.splice(0)) await stopChild(p.child);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('starts the playground again when its first launch exits at once with code 1', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'vt-playground-'));
    const lines: string[] = [];
    const playground = await startPlayground({ endpoint: 'http://127.0.0.1:1/api/messages', port: 56999, cli: await fakePlaygroundCli(dir, 1), onLine: (l) => lines.push(l) });
    started.push(playground);

    expect(playground).toMatchObject({ port: 56999, url: 'http://localhost:56999', attempts: 2 });
    expect(lines.join('\n')).toMatch(/first-launch quirk/);
  });

  it('gives up, with the output, when the first launch fails otherwise', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'vt-playground-'));
    const cli = await fakePlaygroundCli(dir, 3);

    await expect(startPlayground({ endpoint: 'http://127.0.0.1:1/api/messages', port: 56999, cli, onLine: () => {} })).rejects.toThrow(/exited \(code 3/);
  });
});
