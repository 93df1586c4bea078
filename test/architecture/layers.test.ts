import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers, top to bottom. A file may import its own layer and the layers below it, never one above:
 * transport → platform (src/teams) → features (src/dialogs/<feature>) → workflow → app → messaging →
 * cards, knowledge → store → config → domain → core. Features never import each other.
 */
const LAYERS: Array<[name: string, matches: (file: string) => boolean]> = [
  ['composition', (f) => f === 'src/index.ts' || f === 'src/bot.ts' || f === 'src/createApp.ts'],
  ['transport', (f) => f.startsWith('src/transport/')],
  ['platform', (f) => f.startsWith('src/teams/')],
  ['features', (f) => f.startsWith('src/dialogs/')],
  ['workflow', (f) => f.startsWith('src/workflow/')],
  ['app', (f) => f.startsWith('src/app/')],
  ['messaging', (f) => f.startsWith('src/messaging/')],
  ['leaves', (f) => f.startsWith('src/cards/') || f.startsWith('src/knowledge/')],
  ['store', (f) => f.startsWith('src/store/')],
  ['config', (f) => f === 'src/config.ts'],
  ['domain', (f) => f.startsWith('src/domain/')],
  ['core', (f) => f.startsWith('src/core/')],
];

/** The Teams SDK and its transitive packages: only the platform folder may import them. */
const SDK = /^(botbuilder|botframework-|@microsoft\/teams-ai|@microsoft\/agents-)/;

/** Files outside src/teams that still import the SDK: none. The list stays, so a regression must be named here. */
const STILL_COUPLED = new Set<string>([]);

/** Imports that still run back up the layers, with the same rule: the list only shrinks. */
const STILL_BACKWARDS = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return specifiers.map((m) => m[1]!);
}

function resolveLocal(from: string, specifier: string): string {
  return normalize(join(dirname(from), specifier)).replace(/\.js$/, '.ts');
}

const layerOf = (file: string) => LAYERS.findIndex(([, matches]) => matches(file));
const featureOf = (file: string) => /^src\/dialogs\/([^/.]+)/.exec(file)?.[1];

const files = sourceFiles('src').map((f) => relative('.', f));

describe('the layers of the code', () => {
  it('places every source file in a layer', () => {
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no import of the Teams SDK outside the platform folder, except the files still listed', () => {
    const coupled = files.filter((f) => !f.startsWith('src/teams/') && importsOf(f).some((s) => SDK.test(s)));
    expect(coupled.filter((f) => !STILL_COUPLED.has(f))).toEqual([]);
    expect([...STILL_COUPLED].filter((f) => !coupled.includes(f))).toEqual([]);
  });

  it('has no import that runs back up the layers or from one feature into another, except those still listed', () => {
    const backwards: string[] = [];
    for (const file of files) {
      for (const specifier of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = resolveLocal(file, specifier);
        const up = layerOf(target) < layerOf(file);
        const across = featureOf(file) !== undefined && featureOf(target) !== undefined && featureOf(file) !== featureOf(target);
        if (up || across) backwards.push(`${file} -> ${target}`);
      }
    }
    expect(backwards.filter((b) => !STILL_BACKWARDS.has(b))).toEqual([]);
    expect([...STILL_BACKWARDS].filter((b) => !backwards.includes(b))).toEqual([]);
  });
});
