/**
 * Proofs of the small domain changes the routeertafel wiring needed (they belong in test/domain;
 * kept here because that folder is not this feature's):
 * - calendar.ts caches zone offsets per 15-minute slice and parsed dates (figures over 20 000 cases);
 * - figures.ts computes a single gemeente's set once;
 * - agenda.ts keeps a carried-over case on the agenda it was posted on after it is settled, and
 *   orders by melding date (agendaCards.test.ts proves the stable split).
 */
import { describe, expect, it } from 'vitest';
import { instantToZoned, zonedDateTimeToInstant } from '../../../src/domain/calendar.js';
import { handoverFigures } from '../../../src/domain/routeertafel/figures.js';
import { aCase, testRegion } from '../../domain/cases/fixtures.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function reference(instant: Date, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) formatters.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })));
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

describe('zone offsets from the cache', () => {
  it('agree with Intl around every transition, also for zones with 30- and 45-minute offsets and odd historic ones', () => {
    const zones = ['Europe/Amsterdam', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns'];
    const around = ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-04-05T15:00:00Z', '2026-10-04T15:30:00Z', '2026-03-08T05:30:00Z', '2026-11-01T04:30:00Z', '1937-06-30T23:40:28Z', '1986-01-01T00:00:00Z'];
    const instants = around.flatMap((iso) => Array.from({ length: 400 }, (_, k) => new Date(Date.parse(iso) + (k - 200) * 433_000)));
    instants.sort(() => Math.random() - 0.5); // any order: the cache must not depend on it
    const wrong: string[] = [];
    for (const zone of zones) {
      for (const instant of instants) {
        const got = instantToZoned(instant, zone);
        if (`${got.date} ${got.time}` !== reference(instant, zone)) wrong.push(`${instant.toISOString()} ${zone}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('still turns a wall-clock time into the right instant on both sides of a switch', () => {
    expect(zonedDateTimeToInstant('2026-10-24', '08:30', 'Europe/Amsterdam').toISOString()).toBe('2026-10-24T06:30:00.000Z');
    expect(zonedDateTimeToInstant('2026-10-26', '08:30', 'Europe/Amsterdam').toISOString()).toBe('2026-10-26T07:30:00.000Z');
    expect(zonedDateTimeToInstant('2026-03-29', '02:30', 'Europe/Amsterdam').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});

describe('figures for one gemeente', () => {
  it('equal that gemeente’s line in the figures of the whole region', () => {
    const region = testRegion();
    const now = new Date('2026-12-10T12:00:00Z');
    const cases = [
      aCase({ reference: 'A' }),
      aCase({ reference: 'B', status: 'confirmed', confirmation: { byAadId: 'x', byName: 'X', casusregisseur: 'X', betrokkenenGeinformeerd: true, at: '2026-11-26T10:00:00.000Z' } }),
      aCase({ reference: 'C', gemeente: 'Maastricht' }),
    ];
    const one = handoverFigures(cases, region, now, 'heerlen');
    const all = handoverFigures(cases, region, now);
    expect(one.perGemeente).toEqual([all.perGemeente.find((f) => f.gemeente === 'Heerlen')]);
    expect(one.overall).toEqual({ ...one.perGemeente[0], gemeente: null });
  });
});
