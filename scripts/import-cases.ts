/**
 * Imports handovers from a CSV file into the bot's store (the column names are the API field
 * names; see README "Intake-API"). Every row is checked first: one bad row and nothing is imported.
 * References that already exist are skipped and reported.
 *
 *   npm run import-cases -- overdrachten.csv [--dry-run]
 *
 * The embedded store allows one process per DATA_DIR: stop the bot first (or use POST /api/cases
 * while it runs). A dry run while the bot runs checks the file without looking at existing cases.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { systemClock, type Clock } from '../src/core/clock.js';
import { asAppError } from '../src/core/errors.js';
import { silentLogger } from '../src/core/log.js';
import { loadConfig } from '../src/config.js';
import { importCaseRows, importReport } from '../src/dialogs/routeertafel/csvImport.js';
import { ImportTexts as T } from '../src/dialogs/routeertafel/texts.js';
import { openStore } from '../src/store/openStore.js';
import type { Store } from '../src/store/store.js';

export interface ImportIo {
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes: 0 done, 1 bad rows (nothing imported), 2 wrong use or unreadable file, 3 store unavailable. */
export async function main(argv: string[], env: NodeJS.ProcessEnv, io: ImportIo, clock: Clock = systemClock): Promise<number> {
  let file: string;
  let dryRun: boolean;
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { 'dry-run': { type: 'boolean', default: false } }, allowPositionals: true });
    if (positionals.length !== 1) throw new Error('one file expected');
    file = positionals[0]!;
    dryRun = values['dry-run'] ?? false;
  } catch {
    io.err(T.usage);
    return 2;
  }
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    io.err((err as Error).message);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    io.err(T.cannotRead(file, (err as NodeJS.ErrnoException).code ?? (err as Error).message));
    return 2;
  }
  let store: Store | undefined;
  try {
    store = await openStore(config, silentLogger);
  } catch (err) {
    const code = asAppError(err).code;
    if (code !== 'store_locked') {
      io.err(T.storeFailed(code));
      return 3;
    }
    if (!dryRun) {
      io.err(T.locked(config.dataDir));
      return 3;
    }
  }
  try {
    const deps = { store: store!, clock, region: config.region };
    const result = await importCaseRows(deps, text, { dryRun, checkExisting: store !== undefined });
    const lines = importReport(result, dryRun);
    if (!store) lines.push(T.existingNotChecked(config.dataDir));
    for (const line of lines) (result.ok ? io.out : io.err)(line);
    return result.ok ? 0 : 1;
  } finally {
    await store?.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.env, {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  });
}
