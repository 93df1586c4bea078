/** A region of many gemeenten with a linked channel each, written straight into a data folder (crash test, bench). */
import { readFile, writeFile } from 'node:fs/promises';
import { newCase } from '../../../src/domain/cases/case.js';
import type { CaseIntake } from '../../../src/domain/cases/intake.js';
import { RegionSchema } from '../../../src/domain/region.js';
import { createLowdbStore } from '../../../src/store/lowdb/lowdbStore.js';
import type { ChannelRecord } from '../../../src/store/records.js';
import { BOT, TENANT, Users } from '../../helpers/activities.js';
import { TEST_REGION_FILE } from '../../helpers/testBot.js';
import { intake } from './helpers.js';

export const gemeenteName = (k: number) => `Gemeente ${String(k).padStart(3, '0')}`;
export const gemeenteChannelId = (k: number) => `19:chan-g${String(k).padStart(3, '0')}@thread.tacv2`;
export const VT_CHANNEL_ID = '19:chan-vt@thread.tacv2';

/**
 * Writes a region file with `channels` gemeenten and a data folder where each has an active
 * linked channel, plus a Veilig Thuis channel, the coordinator's personal chat, and one case for
 * the table of week 2026-W49 in every `caseEvery`-th gemeente.
 */
export async function prepareManyChannels(o: { dataDir: string; regionFile: string; serviceUrl: string; channels: number; caseEvery?: number }): Promise<void> {
  const base = JSON.parse(await readFile(TEST_REGION_FILE, 'utf8'));
  const raw = { ...base, gemeenten: Array.from({ length: o.channels }, (_, i) => ({ name: gemeenteName(i + 1) })) };
  await writeFile(o.regionFile, JSON.stringify(raw));
  const region = RegionSchema.parse(raw);
  const store = await createLowdbStore(o.dataDir);
  const now = '2026-11-25T10:00:00.000Z'; // received in time for the table of week 49
  const record = (id: string, link: ChannelRecord['link']): ChannelRecord => ({
    id, kind: 'channel', teamName: 'Team', channelName: id, link, active: true, installedAt: now, updatedAt: now,
    reference: { serviceUrl: o.serviceUrl, channelId: 'msteams', conversation: { id, conversationType: 'channel', isGroup: true, tenantId: TENANT }, bot: BOT },
  });
  try {
    for (let k = 1; k <= o.channels; k++) {
      await store.channels.put(gemeenteChannelId(k), record(gemeenteChannelId(k), { kind: 'gemeente', gemeente: gemeenteName(k) }));
      if (k % (o.caseEvery ?? 3) === 0) {
        const c = newCase(intake({ reference: `VT-${k}`, gemeente: gemeenteName(k) }) as unknown as CaseIntake, 'api', now, region);
        await store.cases.put(c.reference, c);
      }
    }
    await store.channels.put(VT_CHANNEL_ID, record(VT_CHANNEL_ID, { kind: 'veilig-thuis', adviceTeam: 'veilig-thuis' }));
    await store.personalChats.put(Users.coordinator.aadObjectId, {
      id: Users.coordinator.aadObjectId, active: true, updatedAt: now,
      reference: { serviceUrl: o.serviceUrl, channelId: 'msteams', conversation: { id: `a:personal-${Users.coordinator.aadObjectId}`, conversationType: 'personal', tenantId: TENANT }, bot: BOT },
    });
  } finally {
    await store.close();
  }
}
