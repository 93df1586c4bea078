import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/import-cases.js';
import { createLowdbStore } from '../../src/store/lowdb/lowdbStore.js';
import { fakeClock } from '../helpers/fakeClock.js';
import { TEST_REGION_FILE } from '../helpers/testBot.js';

const HEADER = 'reference,gemeente,route,urgent,meldingOn,beoordeeldOn,summary,veiligheidsplan,betrokkenenGeinformeerd,vtContact';
const row = (reference: string, gemeente = 'Heerlen', summary = 'Spanningen thuis; hulp via het wijkteam gewenst.') =>
  `${reference},${gemeente},directe-overdracht,nee,2026-11-16,2026-11-18,"${summary}",ja,ja,Frontoffice VT`;

let dir: string;
let dataDir: string;
let out: string[];
let err: string[];
const clock = fakeClock('2026-11-25T09:00:00Z');

async function run(lines: string[], ...flags: string[]): Promise<number> {
  const file = path.join(dir, 'cases.csv');
  await writeFile(file, lines.join('\r\n'));
  return main([file, ...flags], { DATA_DIR: dataDir, REGION_FILE: TEST_REGION_FILE }, { out: (l) => out.push(l), err: (l) => err.push(l) }, clock);
}

async function references(): Promise<string[]> {
  const store = await createLowdbStore(dataDir);
  try {
    return (await store.cases.list()).map((c) => c.reference).sort();
  } finally {
    await store.close();
  }
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vt-import-'));
  dataDir = path.join(dir, 'data');
  out = [];
  err = [];
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('npm run import-cases', () => {
  it('reports every bad row with its line number and imports nothing, also without --dry-run', async () => {
    const lines = [HEADER, row('VT-1'), row('VT-2', 'Venlo'), row('VT-3', 'Heerlen', 'Bel moeder op 06-12345678'), row('VT-1')];
    expect(await run(lines, '--dry-run')).toBe(1);
    expect(err[0]).toBe('3 fouten gevonden. Er is niets geïmporteerd:');
    expect(err.slice(1).join('\n')).toMatch(/regel 3 \(gemeente\): "Venlo" is geen gemeente/);
    expect(err.slice(1).join('\n')).toMatch(/regel 4 \(summary\): De samenvatting lijkt identificerende gegevens te bevatten/);
    expect(err.slice(1).join('\n')).toMatch(/regel 5 \(reference\): Het VT-registratienummer VT-1 staat ook op regel 2/);
    expect(err.join('\n')).not.toContain('06-12345678'); // the offending text is not repeated
    expect(await run(lines)).toBe(1);
    expect(await references()).toEqual([]);
  });

  it('checks a good file in a dry run without storing it, then imports it and skips references that exist', async () => {
    expect(await run([HEADER, row('VT-1'), row('VT-2', 'Maastricht')], '--dry-run')).toBe(0);
    expect(out.at(-1)).toContain('Proefrun: 2 overdrachten zijn in orde');
    expect(await references()).toEqual([]);

    expect(await run([HEADER, row('VT-1')])).toBe(0);
    out = [];
    expect(await run([HEADER, row('VT-1'), row('VT-2', 'Maastricht'), row('VT-3', 'Vaals')])).toBe(0);
    expect(out).toEqual(['2 overdrachten geïmporteerd; 1 overgeslagen omdat ze al bestonden.', '  regel 2: VT-1 bestaat al; overgeslagen.']);
    expect(await references()).toEqual(['VT-1', 'VT-2', 'VT-3']);

    const store = await createLowdbStore(dataDir);
    expect(await store.cases.get('VT-3')).toMatchObject({ source: 'csv', gemeente: 'Vaals', tableWeek: '2026-W49' });
    expect((await store.audit.list({ action: 'case.created' })).map((a) => a.actorAadId)).toEqual(['csv-import', 'csv-import', 'csv-import']);
    await store.close();
  });

  it('refuses to import while the bot holds the data folder, and says why; a dry run still checks the rows', async () => {
    await createLowdbStore(dataDir).then((s) => s.close());
    await writeFile(path.join(dataDir, '.lock'), String(process.ppid)); // another running process
    expect(await run([HEADER, row('VT-1')])).toBe(3);
    expect(err.join('\n')).toContain(`De datamap ${dataDir} is in gebruik door de bot`);
    expect(err.join('\n')).toContain('Stop de bot eerst');
    expect(await run([HEADER, row('VT-1')], '--dry-run')).toBe(0);
    expect(out.join('\n')).toContain('bestaande overdrachten zijn niet gecontroleerd');
  });

  it('explains its use when the file is missing', async () => {
    expect(await main([], {}, { out: (l) => out.push(l), err: (l) => err.push(l) })).toBe(2);
    expect(err).toEqual(['Gebruik: npm run import-cases -- <bestand.csv> [--dry-run]']);
  });

  it('runs as a command: node --import tsx scripts/import-cases.ts', async () => {
    const file = path.join(dir, 'cases.csv');
    await writeFile(file, [HEADER, row('VT-1')].join('\n'));
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('scripts/import-cases.ts'), file, '--dry-run'], {
      env: { ...process.env, DATA_DIR: dataDir, REGION_FILE: TEST_REGION_FILE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('Proefrun: 1 overdracht is in orde en zou worden geïmporteerd');
  });
});
