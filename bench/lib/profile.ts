import { readFile } from 'node:fs/promises';
import { projectRoot } from './children.js';

/** The parts of a V8 .cpuprofile (written by node --cpu-prof) this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  name: string;
  ms: number;
  /** Share of the busy (non-idle) time in the window. */
  pct: number;
}

export interface ProfileSummary {
  file?: string;
  /** Length of the summarised window and the share the main thread was busy in it. */
  windowMs: number;
  busyPct: number;
  note?: string;
  /** Functions by self time ("name  module:line"). */
  topSelf: ProfileLine[];
  /** Modules (npm package, node internals, project file) by self time. */
  modulesSelf: ProfileLine[];
  /** Modules by inclusive time: the share of busy samples with that module anywhere on the stack. */
  modulesInclusive: ProfileLine[];
  /** This project's functions (src/) by inclusive time. */
  projectInclusive: ProfileLine[];
  /** Every busy sample in exactly one bucket: where a turn's time goes. */
  breakdown: ProfileLine[];
}

/**
 * Buckets for the breakdown, tried in order: a sample belongs to the first bucket with a matching
 * frame on its stack (so card rendering inside a teams-ai handler counts as card rendering).
 */
const buckets: { name: string; matches: (module: string) => boolean }[] = [
  { name: 'garbage collection', matches: (m) => m === '(garbage collector)' },
  { name: 'knowledge search (src/knowledge, minisearch, stemmer)', matches: (m) => m.startsWith('src/knowledge/') || /^(minisearch|snowball-stemmers)$/.test(m) },
  { name: 'store and TurnState storage (src/store, pg)', matches: (m) => m.startsWith('src/store/') || /^(pg|pg-protocol|pg-pool|lowdb|steno)$/.test(m) },
  { name: 'safety checks (src/domain: acute danger, privacy)', matches: (m) => m.startsWith('src/domain/') },
  { name: 'reply to the connector (botframework-connector, @azure/*, @typespec/*, outgoing HTTP)', matches: (m) => /^(botframework-connector|@azure\/.*|@typespec\/.*|node-fetch|node:_http_client|node:_http_agent)$/.test(m) },
  { name: 'adapter and auth (botbuilder, botbuilder-core, botframework-schema)', matches: (m) => /^(botbuilder|botbuilder-core|botframework-schema|botbuilder-stdlib|jsonwebtoken|jose)$/.test(m) },
  { name: 'teams-ai routing and TurnState (@microsoft/teams-ai)', matches: (m) => m === '@microsoft/teams-ai' },
  { name: 'other project code (src/)', matches: (m) => m.startsWith('src/') },
  { name: 'HTTP server and sockets (restify, node:http, node:net)', matches: (m) => /^(restify|find-my-way|node:_http_server|node:_http_incoming|node:_http_outgoing|node:_http_common|node:net|node:internal\/stream_base_commons|node:internal\/streams|node:stream|node:events)$/.test(m) || m.startsWith('node:internal/http') },
];

/** Summarises one profile; with `windowUs` only samples inside it (the measured load) count. */
export async function summarizeProfile(file: string, windowUs?: { from: number; to: number }): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  let at = profile.startTime;
  const stamps = profile.timeDeltas.map((d) => (at += d));
  let inWindow = (t: number) => !windowUs || (t >= windowUs.from && t <= windowUs.to);
  let note: string | undefined;
  if (windowUs && !stamps.some(inWindow)) {
    note = 'the load window did not match the profile clock; the whole profile is summarised';
    inWindow = () => true;
  }

  const self = new Map<string, number>();
  const modSelf = new Map<string, number>();
  const modIncl = new Map<string, number>();
  const projIncl = new Map<string, number>();
  const bucketed = new Map<string, number>();
  let idle = 0;
  let total = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < profile.samples.length; i++) {
    if (!inWindow(stamps[i]!)) continue;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    first = Math.min(first, stamps[i]!);
    last = Math.max(last, stamps[i]!);
    total += dt;
    const leaf = byId.get(profile.samples[i]!)!;
    if (leaf.callFrame.functionName === '(idle)') {
      idle += dt;
      continue;
    }
    add(self, frameName(leaf.callFrame), dt);
    add(modSelf, moduleOf(leaf.callFrame), dt);
    const modules = new Set<string>();
    const functions = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      const module = moduleOf(frame);
      modules.add(module);
      if (module.startsWith('src/')) functions.add(frameName(frame));
    }
    const bucket = buckets.find((b) => [...modules].some((m) => b.matches(m)));
    add(bucketed, bucket?.name ?? `other (${moduleOf(leaf.callFrame)})`, dt);
    for (const m of modules) if (!dispatchers.has(m)) add(modIncl, m, dt);
    for (const f of functions) add(projIncl, f, dt);
  }
  const busy = total - idle;
  const lines = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .filter(([name]) => name !== '(root)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms: round(ms), pct: round((100 * ms) / (busy || 1)) }));
  return {
    windowMs: round(Math.max(0, last - first) / 1000),
    busyPct: round((100 * busy) / (total || 1)),
    note,
    topSelf: lines(self, 15),
    modulesSelf: lines(modSelf, 12),
    modulesInclusive: lines(modIncl, 15),
    projectInclusive: lines(projIncl, 15),
    breakdown: lines(bucketed, 12),
  };
}

/** On nearly every stack (the event loop's task queues, native frames): say nothing inclusive. */
const dispatchers = new Set(['node:internal/process', 'node:internal/timers', 'node:internal/async_hooks', '(V8/native)', '(program)']);

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

function frameName(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const module = moduleOf(frame);
  if (module.startsWith('(')) return frame.functionName || module;
  // tsx-transformed project files report line 0 for every function: leave the line out there.
  const line = frame.lineNumber > 0 ? `:${frame.lineNumber + 1}` : '';
  return `${frame.functionName || '(anonymous)'}  ${module}${line}`;
}

/** npm package name, "node:<area>", a project-relative path, or a V8 category like (garbage collector). */
export function moduleOf(frame: { functionName: string; url: string }): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(V8/native)';
  if (url.startsWith('node:')) {
    const parts = url.slice(5).split('/');
    return `node:${parts[0] === 'internal' ? parts.slice(0, 2).join('/') : parts[0]}`;
  }
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm !== -1) {
    const rest = path.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  return path.startsWith(projectRoot + '/') ? path.slice(projectRoot.length + 1) : path;
}

const round = (n: number) => Math.round(n * 10) / 10;
