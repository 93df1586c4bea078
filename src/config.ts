import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RegionSchema, type Region } from './domain/region.js';

/** The folder holding package.json: the same from src/ (tests), dist/src/ (compiled) and dist/bot/ (the bundle). */
const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(dir: string): string {
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + dir);
    dir = parent;
  }
  return dir;
}

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = z.preprocess(emptyToUndefined, z.string().trim().optional());
const noPlaceholder = (s: string | undefined) => s === undefined || !/^(<.*>|changeme|your[-_ ].*|xxx+)$/i.test(s);

const EnvSchema = z.object({
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(3978)),
  HOST: optionalText.refine((s) => s === undefined || /^[0-9a-zA-Z.:\-[\]]+$/.test(s), 'must be an IP address or host name such as 127.0.0.1 or 0.0.0.0'),
  SHUTDOWN_GRACE_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().min(0).max(600).default(10)),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('data')),
  REGION_FILE: z.preprocess(emptyToUndefined, z.string().default('config/region.zuid-limburg.json')),
  MicrosoftAppId: optionalText.refine(noPlaceholder, 'is a placeholder; set the Azure Bot app id or leave it empty for local mode'),
  MicrosoftAppPassword: optionalText.refine(noPlaceholder, 'is a placeholder'),
  MicrosoftAppTenantId: optionalText.refine(noPlaceholder, 'is a placeholder'),
  MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
  INTAKE_API_TOKEN: optionalText.refine((s) => s === undefined || s.length >= 24, 'must be at least 24 characters'),
  DATABASE_URL: optionalText.refine((s) => s === undefined || /^postgres(ql)?:\/\//.test(s), 'must start with postgres:// or postgresql://'),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info')),
  PUBLIC_BASE_URL: optionalText.refine((s) => s === undefined || /^https?:\/\/[^/]+/.test(s), 'must be an http(s) address such as https://bot.example.org'),
  SCHEDULER: z.preprocess(emptyToUndefined, z.enum(['on', 'off']).default('on')),
  DASHBOARD_SSO_AUDIENCE: optionalText,
  SSO_OPENID_METADATA_URL: optionalText.refine((s) => s === undefined || /^https?:\/\//.test(s), 'must be an http(s) address'),
});

/** Teams SSO for the dashboard tab: tokens from this tenant, for this audience (webApplicationInfo.resource). */
export interface SsoSettings {
  tenantId: string;
  audience: string;
  /** The tenant's OpenID metadata; its jwks_uri holds the signing keys. */
  metadataUrl: string;
}

export interface BotCredentials {
  appId: string;
  appPassword?: string;
  tenantId?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

export interface Config {
  port: number;
  /** The address to listen on: 127.0.0.1 in local mode unless HOST widens it; 0.0.0.0 with credentials. */
  host: string;
  /** True when HOST was set explicitly (local mode on a non-loopback address then warns loudly). */
  hostExplicit: boolean;
  /** On SIGTERM, in-flight turns get this long before the process exits anyway. */
  shutdownGraceMs: number;
  dataDir: string;
  regionFile: string;
  region: Region;
  /** Absent in local mode: no Bot Framework authentication. */
  credentials?: BotCredentials;
  /** With credentials and a tenant: the dashboard tab signs in with Teams SSO. */
  sso?: SsoSettings;
  intakeApiToken?: string;
  databaseUrl?: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  schedulerEnabled: boolean;
  /** Where users' browsers reach this bot (verslag downloads). */
  publicBaseUrl: string;
  version: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; throws one ConfigError naming every bad key. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const regionFile = path.resolve(projectRoot, e.REGION_FILE);
  const credentials = credentialsFrom(e);
  return {
    port: e.PORT,
    host: e.HOST ?? (credentials ? '0.0.0.0' : '127.0.0.1'),
    hostExplicit: e.HOST !== undefined,
    shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
    dataDir: path.resolve(projectRoot, e.DATA_DIR),
    regionFile,
    region: loadRegion(regionFile),
    credentials,
    sso: ssoFrom(e, credentials),
    intakeApiToken: e.INTAKE_API_TOKEN,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    schedulerEnabled: e.SCHEDULER === 'on',
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    version: readVersion(),
  };
}

function ssoFrom(e: z.infer<typeof EnvSchema>, credentials: BotCredentials | undefined): SsoSettings | undefined {
  if (!credentials?.tenantId) return undefined;
  const host = new URL(e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).host;
  return {
    tenantId: credentials.tenantId,
    audience: e.DASHBOARD_SSO_AUDIENCE ?? `api://${host}/${credentials.appId}`,
    metadataUrl: e.SSO_OPENID_METADATA_URL ?? `https://login.microsoftonline.com/${credentials.tenantId}/v2.0/.well-known/openid-configuration`,
  };
}

function credentialsFrom(e: z.infer<typeof EnvSchema>): BotCredentials | undefined {
  if (!e.MicrosoftAppId) return undefined;
  const appType = e.MicrosoftAppType ?? (e.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant');
  if (appType === 'SingleTenant' && !e.MicrosoftAppTenantId) {
    throw new ConfigError('Invalid configuration:\n  MicrosoftAppTenantId: is required when MicrosoftAppType is SingleTenant');
  }
  if (appType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    throw new ConfigError('Invalid configuration:\n  MicrosoftAppPassword: is required when MicrosoftAppId is set');
  }
  return { appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, tenantId: e.MicrosoftAppTenantId, appType };
}

/** Reads and validates a region file; the error names the file and every problem. */
export function loadRegion(file: string): Region {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`REGION_FILE ${file} cannot be read as JSON: ${(err as Error).message}`);
  }
  const parsed = RegionSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(`REGION_FILE ${file} is invalid:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export { projectRoot };
