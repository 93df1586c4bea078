import { describe, expect, it } from 'vitest';
import { deliveryReport, deliveryRows } from '../../../src/dialogs/routeertafel/report.js';
import type { ChannelRecord, OutboxItem } from '../../../src/store/records.js';
import { testRegion } from '../../domain/cases/fixtures.js';

const region = testRegion();
const item = (id: string, status: OutboxItem['status'], lastError?: string): OutboxItem => ({
  id, kind: 'routeertafel-agenda', runId: 'r', target: { kind: 'channel', channelId: 'c', newThread: true }, activity: {}, status, attempts: 1,
  nextAttemptAt: '', createdAt: '', updatedAt: '', ...(lastError ? { lastError } : {}),
});
const channel = (gemeente: string, active: boolean): ChannelRecord => ({
  id: `c-${gemeente}`, kind: 'channel', reference: { serviceUrl: 'x', channelId: 'msteams', conversation: { id: `c-${gemeente}` } }, link: { kind: 'gemeente', gemeente }, active, installedAt: '', updatedAt: '',
});

describe('the delivery report', () => {
  it('sorts every gemeente into posted, failed, not linked and unreachable', () => {
    const items = [item('agenda:Beek:2026-W49:1', 'sent'), item('agenda:Beekdaelen:2026-W49:1', 'sent'), item('agenda:Heerlen:2026-W49:1', 'sent'), item('agenda:Heerlen:2026-W49:2', 'failed', 'connector_forbidden')];
    const rows = deliveryRows(region, '2026-W49', items, [channel('Beek', true), channel('Vaals', false)]);
    expect(rows.posted).toEqual(['Beek', 'Beekdaelen']); // 'Beek' does not take Beekdaelen's cards
    expect(rows.failed).toEqual([{ gemeente: 'Heerlen', code: 'connector_forbidden' }]);
    expect(rows.unreachable).toEqual(['Vaals']);
    expect(rows.notLinked).toHaveLength(12);
    const card = JSON.stringify(deliveryReport('2026-W49', rows));
    expect(card).toContain('Verstuurd naar 2 gemeenten; mislukt: 1; niet gekoppeld: 12; niet bereikbaar: 1.');
    expect(card).toContain('Heerlen (bot verwijderd of geblokkeerd)');
  });
});
