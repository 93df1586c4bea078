import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardBytes, MAX_CARD_BYTES } from '../../src/cards/render.js';
import { Verbs } from '../../src/cards/verbs.js';
import { actionsOfType, cards, duplicates, inputs, parseVersion, unresolvedTemplateParts, versionAtMost } from './cardTree.js';
import { cardSamples, sampleCard, type CardSample } from './samples.js';

/**
 * Which templates a builder expanded: render.ts is wrapped so that each sample can be traced to its
 * template file. The builders themselves run unchanged.
 */
const expanded = vi.hoisted(() => ({ templates: [] as unknown[] }));
vi.mock('../../src/cards/render.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/cards/render.js')>();
  return {
    ...real,
    expandCard: (template: Parameters<typeof real.expandCard>[0], data: object) => {
      expanded.templates.push(template);
      return real.expandCard(template, data);
    },
    renderCard: (template: Parameters<typeof real.renderCard>[0], data: object) => {
      expanded.templates.push(template);
      return real.renderCard(template, data);
    },
  };
});

const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/cards/templates');
const templateFiles = readdirSync(templatesDir).filter((f) => f.endsWith('.json')).sort();
const templateName = (file: string) => file.replace(/\.json$/, '');

/** Teams renders Adaptive Cards up to schema 1.5; Action.Execute needs 1.4 or later. */
const TEAMS_MAX_VERSION: [number, number] = [1, 5];
const EXECUTE_MIN_VERSION: [number, number] = [1, 4];
const knownVerbs = new Set<string>(Object.values(Verbs));

describe('the card gallery covers every card the bot can send', () => {
  it('has at least one sample for every template in src/cards/templates', () => {
    const covered = new Set(cardSamples.map((s) => s.template));
    const missing = templateFiles.map(templateName).filter((t) => !covered.has(t));
    expect(missing, `add samples for these templates to test/cards/samples.ts`).toEqual([]);
  });

  it('names only templates that exist, and gives every sample its own name', () => {
    const names = new Set(templateFiles.map(templateName));
    expect(cardSamples.filter((s) => !names.has(s.template)).map((s) => `${s.name} → ${s.template}`)).toEqual([]);
    expect(duplicates(cardSamples.map((s) => s.name))).toEqual([]);
  });

  describe('each sample is built from the template it names', () => {
    beforeEach(() => void (expanded.templates.length = 0));

    it.each(cardSamples.map((s) => [s.name, s] as const))('%s', (_name, sample) => {
      sample.build();
      const template = JSON.parse(readFileSync(path.join(templatesDir, `${sample.template}.json`), 'utf8'));
      expect(expanded.templates.some((t) => isDeepStrictEqual(t, template)), `${sample.name} did not expand ${sample.template}.json`).toBe(true);
    });
  });
});

describe('every sample card fits what Teams accepts', () => {
  describe.each(cardSamples.map((s) => [s.name, s] as const))('%s', (_name, sample: CardSample) => {
    let card: Record<string, unknown>;
    beforeAll(() => void (card = sampleCard(sample)));

    it('declares schema version 1.5 or lower, on the card and on every card inside it', () => {
      const versions = cards(card).map((c) => c.version).filter((v) => v !== undefined);
      const root = parseVersion(card.version);
      expect(root, `version ${String(card.version)}`).toBeDefined();
      for (const v of versions) {
        const parsed = parseVersion(v);
        expect(parsed && versionAtMost(parsed, TEAMS_MAX_VERSION), `version ${String(v)}`).toBe(true);
      }
      if (actionsOfType(card, 'Action.Execute').length > 0) expect(versionAtMost(EXECUTE_MIN_VERSION, root!), 'Action.Execute needs version 1.4').toBe(true);
    });

    it('has no template expressions left', () => {
      expect(unresolvedTemplateParts(card)).toEqual([]);
    });

    it(`is at most ${MAX_CARD_BYTES / 1024} KB of JSON`, () => {
      expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    });

    it('uses only verbs the bot registers, on every Action.Execute', () => {
      const verbs = actionsOfType(card, 'Action.Execute').map((a) => a.verb);
      expect(verbs.filter((v) => typeof v !== 'string' || !knownVerbs.has(v))).toEqual([]);
      // Action.Submit is routed by data.verb: the same rule.
      const submitted = actionsOfType(card, 'Action.Submit').map((a) => (a.data as { verb?: unknown } | undefined)?.verb);
      expect(submitted.filter((v) => typeof v !== 'string' || !knownVerbs.has(v))).toEqual([]);
    });

    it('gives every input its own id (also across the cards inside ShowCard actions)', () => {
      const ids = inputs(card).map((i) => i.id);
      expect(ids.every((id) => typeof id === 'string' && id.length > 0), 'every input needs an id').toBe(true);
      expect(duplicates(ids as string[])).toEqual([]);
    });
  });
});
