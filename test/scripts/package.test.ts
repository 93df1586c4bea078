import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPackageError, buildAppPackage, main } from '../../scripts/package.js';
import { drawColorIcon, drawOutlineIcon, ICON_ACCENT_COLOR } from '../../scripts/lib/makeIcons.js';
import { encodePng, readPngSize } from '../../scripts/lib/png.js';

const MANIFEST_DIR = path.resolve('manifest');
const BOT_ID = '00000000-0000-0000-0000-000000000001';
const TEAMS_APP_ID = '11111111-2222-3333-4444-555555555555';

type Manifest = Record<string, any>;

let workDir: string;

beforeEach(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'vt-app-package-'));
});

afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Copies the real manifest folder into the temp dir and lets the test break it. */
async function brokenManifestDir(edit: (manifest: Manifest) => void): Promise<string> {
  const dir = path.join(workDir, 'manifest');
  await cp(MANIFEST_DIR, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
  edit(manifest);
  await writeFile(file, JSON.stringify(manifest, null, 2));
  return dir;
}

async function build(overrides: { botId?: string; appId?: string; version?: string; manifestDir?: string; baseUrl?: string } = {}) {
  const outFile = path.join(workDir, 'out', 'app.zip');
  await buildAppPackage({ botId: BOT_ID, manifestDir: MANIFEST_DIR, outFile, ...overrides });
  return new AdmZip(outFile);
}

function manifestIn(zip: AdmZip): Manifest {
  return JSON.parse(zip.readAsText('manifest.json')) as Manifest;
}

function fakeLog() {
  const lines: string[] = [];
  return { lines, log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
}

describe('buildAppPackage', () => {
  it('zips manifest.json, color.png and outline.png at the root of the package', async () => {
    const zip = await build();

    expect(zip.getEntries().map((entry) => entry.entryName).sort()).toEqual([
      'color.png',
      'manifest.json',
      'outline.png',
    ]);
  });

  it('uses the bot id as both the Teams app id and the bot id when no app id is given', async () => {
    const manifest = manifestIn(await build());

    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('uses an explicit Teams app id for the app and keeps the bot id for the bot', async () => {
    const manifest = manifestIn(await build({ appId: TEAMS_APP_ID }));

    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
  });

  it('sets the app version when one is given', async () => {
    expect(manifestIn(await build({ version: '1.4.2' })).version).toBe('1.4.2');
  });

  it('packs a 192x192 color icon and a 32x32 outline icon', async () => {
    const zip = await build();

    expect(readPngSize(zip.readFile('color.png')!)).toEqual({ width: 192, height: 192 });
    expect(readPngSize(zip.readFile('outline.png')!)).toEqual({ width: 32, height: 32 });
  });

  it('offers the bot in personal chats, teams and group chats, with files and Dutch commands per scope', async () => {
    const [bot] = manifestIn(await build()).bots;
    const titles = (scope: string) =>
      bot.commandLists.find((list: Manifest) => list.scopes.includes(scope)).commands.map((c: Manifest) => c.title);

    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.supportsFiles).toBe(true);
    expect(titles('personal')).toEqual(
      expect.arrayContaining(['help', 'signaal', 'advies vragen', 'mijn vragen', 'vergeet mijn gegevens', 'verslag']),
    );
    expect(titles('team')).toEqual(
      expect.arrayContaining(['status', 'koppel', 'koppel veilig thuis', 'ontkoppel', 'agenda', 'agenda versturen', 'cijfers']),
    );
    expect(titles('groupChat')).toEqual(['help']);
  });

  it('rejects a manifest without a required field and names the field', async () => {
    const manifestDir = await brokenManifestDir((manifest) => delete manifest.developer.privacyUrl);

    await expect(build({ manifestDir })).rejects.toThrow(/developer: must have required property 'privacyUrl'/);
  });

  it('rejects a manifest field of the wrong type and names the field', async () => {
    const manifestDir = await brokenManifestDir((manifest) => (manifest.bots[0].supportsFiles = 'ja'));

    await expect(build({ manifestDir })).rejects.toThrow(/bots\[0\]\.supportsFiles: must be boolean/);
  });

  it('lists every schema error, not only the first', async () => {
    const manifestDir = await brokenManifestDir((manifest) => {
      delete manifest.name.short;
      manifest.accentColor = 'teal';
    });

    const error = await build({ manifestDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AppPackageError);
    expect((error as AppPackageError).code).toBe('invalid_manifest');
    expect((error as AppPackageError).problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^name: must have required property 'short'/),
        expect.stringMatching(/^accentColor: must match pattern/),
      ]),
    );
  });

  it('rejects an outline icon that is not 32x32', async () => {
    const manifestDir = await brokenManifestDir(() => {});
    await writeFile(path.join(manifestDir, 'outline.png'), encodePng(drawOutlineIcon(64)));

    await expect(build({ manifestDir })).rejects.toThrow('icons.outline: outline.png is 64x64, Teams requires 32x32');
  });

  it('rejects a placeholder it has no value for', async () => {
    const manifestDir = await brokenManifestDir((manifest) => (manifest.version = '${{APP_VERSION}}'));

    await expect(build({ manifestDir })).rejects.toThrow('unknown placeholder ${{APP_VERSION}}');
  });

  it('rejects a bot id that is not a GUID', async () => {
    await expect(build({ botId: 'veilig-thuis-bot' })).rejects.toThrow('bot id "veilig-thuis-bot" is not a GUID');
  });

  it('rejects a Teams app id that is not a GUID', async () => {
    await expect(build({ appId: '1234' })).rejects.toThrow('Teams app id "1234" is not a GUID');
  });

  it('rejects a version that is not major.minor.patch', async () => {
    await expect(build({ version: '1.0' })).rejects.toThrow('version "1.0" is not of the form major.minor.patch');
  });
});

describe('the package CLI', () => {
  it('writes the package to --out and exits with 0', async () => {
    const out = fakeLog();
    const outFile = path.join(workDir, 'cli.zip');

    const code = await main({ MicrosoftAppId: BOT_ID, TEAMS_APP_ID }, ['--out', outFile], out);

    expect(code).toBe(0);
    expect(manifestIn(new AdmZip(outFile)).id).toBe(TEAMS_APP_ID);
    expect(out.lines.join('\n')).toContain(outFile);
  });

  it('exits with 1 and names MicrosoftAppId when it is empty', async () => {
    const out = fakeLog();

    const code = await main({ MicrosoftAppId: '  ' }, ['--out', path.join(workDir, 'cli.zip')], out);

    expect(code).toBe(1);
    expect(out.lines.join('\n')).toMatch(/^MicrosoftAppId is empty or missing/);
  });

  it('exits with 1 and prints the schema errors of a broken --manifest-dir', async () => {
    const out = fakeLog();
    const manifestDir = await brokenManifestDir((manifest) => delete manifest.bots[0].botId);

    const code = await main(
      { MicrosoftAppId: BOT_ID },
      ['--manifest-dir', manifestDir, '--out', path.join(workDir, 'cli.zip')],
      out,
    );

    expect(code).toBe(1);
    expect(out.lines.join('\n')).toContain("bots[0]: must have required property 'botId'");
  });

  it('exits with 1 on an unknown option', async () => {
    const out = fakeLog();

    expect(await main({ MicrosoftAppId: BOT_ID }, ['--manifest', 'x'], out)).toBe(1);
    expect(out.lines.join('\n')).toContain('Usage: package');
  });
});

describe('the app icons', () => {
  it('are the sizes Teams requires in the manifest folder', async () => {
    expect(readPngSize(await readFile(path.join(MANIFEST_DIR, 'color.png')))).toEqual({ width: 192, height: 192 });
    expect(readPngSize(await readFile(path.join(MANIFEST_DIR, 'outline.png')))).toEqual({ width: 32, height: 32 });
  });

  it('draw the outline in white on transparent only', () => {
    const { pixels } = drawOutlineIcon();
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4) colours.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);

    expect([...colours]).toEqual(['255,255,255']);
    expect(pixels.some((_, i) => i % 4 === 3 && pixels[i] === 0)).toBe(true);
  });

  it('use the manifest accent colour as the color icon background', async () => {
    const manifest = JSON.parse(await readFile(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8')) as Manifest;
    const [r, g, b] = drawColorIcon().pixels;

    expect(manifest.accentColor).toBe(ICON_ACCENT_COLOR);
    expect(`#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`).toBe(ICON_ACCENT_COLOR);
  });
});

describe('the dashboard tabs in the package', () => {
  it('adds a personal tab, a configurable channel tab and Teams SSO when the public address is given, and still validates offline', async () => {
    const zip = await build({ baseUrl: 'https://bot.example.org/' });
    const manifest = manifestIn(zip) as Record<string, any>;
    expect(manifest.staticTabs).toEqual([{ entityId: 'dashboard', name: 'Inzicht', contentUrl: 'https://bot.example.org/dashboard', websiteUrl: 'https://bot.example.org/dashboard', scopes: ['personal'] }]);
    expect(manifest.configurableTabs[0]).toMatchObject({ configurationUrl: 'https://bot.example.org/dashboard/configure', context: ['channelTab'] });
    expect(manifest.webApplicationInfo).toEqual({ id: BOT_ID, resource: `api://bot.example.org/${BOT_ID}` });
    expect(manifest.validDomains).toEqual(['bot.example.org']);
  });

  it('adds no tabs without the public address, and refuses one that is not https', async () => {
    expect((manifestIn(await build()) as Record<string, unknown>).staticTabs).toBeUndefined();
    await expect(build({ baseUrl: 'http://bot.example.org' })).rejects.toThrow(/not an https address/);
  });
});
