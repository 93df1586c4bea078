import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import AdmZip from 'adm-zip';
import { readPngSize } from './lib/png.js';

/**
 * Builds the Teams app package: manifest.json with the ids filled in, color.png and outline.png,
 * zipped at the root. The manifest is checked against its JSON schema (bundled with
 * @microsoft/app-manifest, so this works offline) and the icons against the sizes Teams requires.
 *
 * CLI (from the repository root): MicrosoftAppId=<guid> [TEAMS_APP_ID=<guid>] [TEAMS_APP_VERSION=x.y.z]
 *   [PUBLIC_BASE_URL=https://… (adds the dashboard tabs and SSO)] [DASHBOARD_SSO_AUDIENCE=api://…]
 *   node dist/scripts/package.js [--manifest-dir manifest] [--out appPackage/veilig-thuis-teams.zip]
 */

export interface BuildAppPackageOptions {
  /** The bot's Microsoft App ID (MicrosoftAppId). */
  botId: string;
  /** The Teams app id; defaults to the bot id. */
  appId?: string;
  /** Folder holding manifest.json and the icons it names. */
  manifestDir: string;
  outFile: string;
  /** Overrides the manifest's version; Teams needs a higher version for every update of an uploaded app. */
  version?: string;
  /**
   * Where Teams reaches the bot (PUBLIC_BASE_URL, https). With it the package gets the dashboard
   * tabs (a personal tab, a configurable channel tab per gemeente) and Teams SSO (webApplicationInfo).
   */
  baseUrl?: string;
  /** The SSO resource (DASHBOARD_SSO_AUDIENCE); default api://<host of baseUrl>/<bot id>, as the bot expects. */
  ssoResource?: string;
}

export type AppPackageErrorCode = 'invalid_input' | 'invalid_manifest';

/** A package that cannot be built, with every problem found (not only the first). */
export class AppPackageError extends Error {
  constructor(
    readonly code: AppPackageErrorCode,
    readonly problems: readonly string[],
    summary: string,
  ) {
    super(`${summary}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'AppPackageError';
  }
}

export const DEFAULT_MANIFEST_DIR = 'manifest';
export const DEFAULT_OUT_FILE = path.join('appPackage', 'veilig-thuis-teams.zip');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Teams app versions are major.minor.patch, numbers only. */
const APP_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Icon sizes in pixels that Teams requires, by the key under `icons` in the manifest. */
const ICON_SIZES = { color: 192, outline: 32 } as const;

interface PackageFile {
  name: string;
  data: Buffer;
}

export async function buildAppPackage(opts: BuildAppPackageOptions): Promise<{ outFile: string }> {
  const appId = opts.appId ?? opts.botId;
  const inputProblems = checkOptions({ ...opts, appId });
  if (inputProblems.length > 0) {
    throw new AppPackageError('invalid_input', inputProblems, 'Cannot build the Teams app package');
  }

  const manifestFile = path.join(opts.manifestDir, 'manifest.json');
  const template = await readFile(manifestFile, 'utf8');
  const { manifest, problems } = fillManifest(template, { BOT_ID: opts.botId, TEAMS_APP_ID: appId });
  if (manifest !== undefined) {
    if (opts.version !== undefined) manifest.version = opts.version;
    if (opts.baseUrl !== undefined) addDashboardTabs(manifest, opts.baseUrl, opts.botId, opts.ssoResource);
    problems.push(...(await schemaProblems(manifest)));
  }
  const icons = manifest === undefined ? { files: [], problems: [] } : await loadIcons(opts.manifestDir, manifest);
  problems.push(...icons.problems);
  if (manifest === undefined || problems.length > 0) {
    throw new AppPackageError('invalid_manifest', problems, `${manifestFile} is not a valid Teams app manifest`);
  }

  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  for (const icon of icons.files) zip.addFile(icon.name, icon.data);
  await mkdir(path.dirname(opts.outFile), { recursive: true });
  await writeFile(opts.outFile, zip.toBuffer());
  return { outFile: opts.outFile };
}

/** The dashboard (src/dialogs/insight) as tabs, with Teams SSO for the bot's own app registration. */
function addDashboardTabs(manifest: Record<string, unknown>, baseUrl: string, botId: string, ssoResource: string | undefined): void {
  const base = baseUrl.replace(/\/+$/, '');
  const host = new URL(base).host;
  manifest.staticTabs = [{ entityId: 'dashboard', name: 'Inzicht', contentUrl: `${base}/dashboard`, websiteUrl: `${base}/dashboard`, scopes: ['personal'] }];
  manifest.configurableTabs = [{ configurationUrl: `${base}/dashboard/configure`, canUpdateConfiguration: true, scopes: ['team'], context: ['channelTab'] }];
  manifest.webApplicationInfo = { id: botId, resource: ssoResource ?? `api://${host}/${botId}` };
  manifest.validDomains = [...new Set([...((manifest.validDomains as string[] | undefined) ?? []), host])];
}

function checkOptions({ botId, appId, version, baseUrl }: BuildAppPackageOptions & { appId: string }): string[] {
  const problems: string[] = [];
  if (baseUrl !== undefined && !/^https:\/\/[^/]+/.test(baseUrl)) problems.push(`PUBLIC_BASE_URL "${baseUrl}" is not an https address; Teams loads tabs over https only`);
  if (!GUID.test(botId)) problems.push(`bot id "${botId}" is not a GUID (expected the bot's Microsoft App ID)`);
  if (appId !== botId && !GUID.test(appId)) problems.push(`Teams app id "${appId}" is not a GUID`);
  if (version !== undefined && !APP_VERSION.test(version)) {
    problems.push(`version "${version}" is not of the form major.minor.patch, for example 1.0.3`);
  }
  return problems;
}

/** Replaces the ${{NAME}} placeholders and parses the result; unknown placeholders are problems. */
function fillManifest(
  template: string,
  values: Record<string, string>,
): { manifest?: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  const text = template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = values[name];
    if (value !== undefined) return value;
    problems.push(`unknown placeholder ${placeholder} (known: ${Object.keys(values).join(', ')})`);
    return placeholder;
  });
  try {
    const manifest: unknown = JSON.parse(text);
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
      return { problems: [...problems, 'manifest.json does not hold a JSON object'] };
    }
    return { manifest: manifest as Record<string, unknown>, problems };
  } catch (error) {
    return { problems: [...problems, `manifest.json is not valid JSON: ${(error as Error).message}`] };
  }
}

async function schemaProblems(manifest: Record<string, unknown>): Promise<string[]> {
  const schemaUrl = manifest.$schema;
  if (typeof schemaUrl !== 'string' || schemaUrl === '') {
    return ['$schema is missing: it names the schema to check against, for example https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json'];
  }
  let errors: string[];
  try {
    errors = await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest);
  } catch (error) {
    // Only schemas bundled with @microsoft/app-manifest load offline; others are fetched and fail here.
    return [`cannot load the schema ${schemaUrl}: ${(error as Error).message}`];
  }
  return errors.map(formatSchemaError);
}

/** "/bots/0/botId must match pattern ... Details: {...}" → "bots[0].botId: must match pattern ... {...}" */
function formatSchemaError(error: string): string {
  const match = /^(\S*) (.*)$/s.exec(error);
  if (match === null) return error.trim();
  const [, pointer = '', rest = ''] = match;
  const field = pointer === '' ? '(manifest)' : pointerToField(pointer);
  return `${field}: ${rest.replace('. Details: ', ' ').trim()}`;
}

function pointerToField(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((field, part) => (/^\d+$/.test(part) ? `${field}[${part}]` : field === '' ? part : `${field}.${part}`), '');
}

/** Reads the icons the manifest names and checks that they are PNGs of the sizes Teams requires. */
async function loadIcons(
  manifestDir: string,
  manifest: Record<string, unknown>,
): Promise<{ files: PackageFile[]; problems: string[] }> {
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  const files: PackageFile[] = [];
  const problems: string[] = [];
  for (const [key, size] of Object.entries(ICON_SIZES)) {
    const name = icons[key];
    if (typeof name !== 'string') continue; // the schema check reports a missing icon
    const entry = path.posix.normalize(name.replace(/\\/g, '/'));
    if (entry.startsWith('../') || path.posix.isAbsolute(entry)) {
      problems.push(`icons.${key}: "${name}" must be a path inside the manifest folder`);
      continue;
    }
    let data: Buffer;
    try {
      data = await readFile(path.join(manifestDir, entry));
    } catch (error) {
      problems.push(`icons.${key}: cannot read ${entry}: ${(error as Error).message}`);
      continue;
    }
    try {
      const actual = readPngSize(data);
      if (actual.width !== size || actual.height !== size) {
        problems.push(`icons.${key}: ${entry} is ${actual.width}x${actual.height}, Teams requires ${size}x${size}`);
        continue;
      }
    } catch (error) {
      problems.push(`icons.${key}: ${entry} is not a usable PNG: ${(error as Error).message}`);
      continue;
    }
    files.push({ name: entry, data });
  }
  return { files, problems };
}

type Log = Pick<Console, 'log' | 'error'>;

/** The CLI; returns the process exit code. Messages are in English: they are for operators. */
export async function main(
  env: NodeJS.ProcessEnv,
  argv: string[] = process.argv.slice(2),
  log: Log = console,
): Promise<number> {
  let args: { 'manifest-dir'?: string; out?: string };
  try {
    args = parseArgs({
      args: argv,
      options: { 'manifest-dir': { type: 'string' }, out: { type: 'string' } },
      strict: true,
    }).values;
  } catch (error) {
    log.error(`${(error as Error).message}\nUsage: package [--manifest-dir <dir>] [--out <file.zip>]`);
    return 1;
  }

  const botId = env.MicrosoftAppId?.trim() ?? '';
  if (botId === '') {
    log.error(
      "MicrosoftAppId is empty or missing: set it to the bot's Microsoft App ID (the GUID of the Azure Bot registration) to build the Teams app package.",
    );
    return 1;
  }

  try {
    const { outFile } = await buildAppPackage({
      botId,
      appId: env.TEAMS_APP_ID?.trim() || undefined,
      version: env.TEAMS_APP_VERSION?.trim() || undefined,
      baseUrl: env.PUBLIC_BASE_URL?.trim() || undefined,
      ssoResource: env.DASHBOARD_SSO_AUDIENCE?.trim() || undefined,
      manifestDir: path.resolve(args['manifest-dir'] ?? DEFAULT_MANIFEST_DIR),
      outFile: path.resolve(args.out ?? DEFAULT_OUT_FILE),
    });
    log.log(`Teams app package written to ${outFile}`);
    return 0;
  } catch (error) {
    log.error(error instanceof AppPackageError ? error.message : String(error));
    return 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.env);
}
