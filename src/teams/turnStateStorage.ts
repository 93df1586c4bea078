import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Collection, TurnStateRecord } from '../store/store.js';
import { StoreError } from '../store/storeError.js';

/**
 * botbuilder `Storage` over our store, so teams-ai TurnState survives restarts. Optimistic
 * concurrency as botbuilder defines it: a write carrying an eTag fails when the stored one moved on
 * (`*` or no eTag writes unconditionally).
 */
export class TurnStateStorage implements Storage {
  constructor(private readonly records: Collection<TurnStateRecord>) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    // Conversation and user state in one round trip.
    const records = await this.records.getMany(keys);
    for (const [key, record] of records) items[key] = { ...structuredClone(record.data), eTag: record.eTag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...data } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
      await this.records.update(key, (current) => {
        if (current && eTag && eTag !== '*' && eTag !== current.eTag) {
          throw new StoreError('store_conflict', `turn state ${key} changed since it was read`, { key });
        }
        return { next: { eTag: randomUUID(), data: structuredClone(data) }, result: undefined };
      });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.records.delete(key);
  }
}
