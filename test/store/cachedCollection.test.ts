import { expect, it } from 'vitest';
import { MemoryCollection } from '../../src/store/memoryCollection.js';
import { CachedCollection } from '../../src/store/postgres/cachedCollection.js';

interface Row {
  step: string;
}

function listeningCache(capacity = 10) {
  const database = new MemoryCollection<Row>();
  const cache = new CachedCollection(database, capacity);
  cache.listening();
  return { database, cache };
}

it('serves a row it has read until the row is announced as changed', async () => {
  const { database, cache } = listeningCache();
  await database.put('c1', { step: 'acute' });
  expect(await cache.get('c1')).toEqual({ step: 'acute' });
  await database.put('c1', { step: 'signals' });
  expect(await cache.get('c1')).toEqual({ step: 'acute' });
  cache.changed('c1');
  expect(await cache.get('c1')).toEqual({ step: 'signals' });
});

it('remembers that a row is absent, and forgets it when the row is announced', async () => {
  const { database, cache } = listeningCache();
  expect(await cache.getMany(['c1', 'u1'])).toEqual(new Map());
  await database.put('u1', { step: 'welcomed' });
  expect(await cache.getMany(['c1', 'u1'])).toEqual(new Map());
  cache.changed('u1');
  expect(await cache.getMany(['c1', 'u1'])).toEqual(new Map([['u1', { step: 'welcomed' }]]));
});

it('does not keep what a read returned when a change was announced while the read was under way', async () => {
  const { database, cache } = listeningCache();
  await database.put('c1', { step: 'acute' });
  const reading = cache.getMany(['c1']);
  cache.changed('c1');
  await database.put('c1', { step: 'signals' });
  expect((await reading).get('c1')).toEqual({ step: 'acute' });
  expect((await cache.getMany(['c1'])).get('c1')).toEqual({ step: 'signals' });
});

it('reads through to the database before it listens and after the announcements are lost', async () => {
  const database = new MemoryCollection<Row>();
  const cache = new CachedCollection(database, 10);
  await database.put('c1', { step: 'acute' });
  expect(await cache.get('c1')).toEqual({ step: 'acute' });
  await database.put('c1', { step: 'signals' });
  expect(await cache.get('c1')).toEqual({ step: 'signals' });
  cache.listening();
  expect(await cache.get('c1')).toEqual({ step: 'signals' });
  cache.lost();
  await database.put('c1', { step: 'walk' });
  expect(await cache.get('c1')).toEqual({ step: 'walk' });
  await database.put('c1', { step: 'verslag' });
  expect(await cache.get('c1')).toEqual({ step: 'verslag' });
});

it('forgets every row when the whole table is announced (a TRUNCATE)', async () => {
  const { database, cache } = listeningCache();
  await database.put('c1', { step: 'acute' });
  await cache.get('c1');
  await database.delete('c1');
  cache.changed('*');
  expect(await cache.get('c1')).toBeUndefined();
});

it('writes through and reads its own write back, without waiting for the announcement', async () => {
  const { cache } = listeningCache();
  expect(await cache.get('c1')).toBeUndefined();
  await cache.update('c1', () => ({ next: { step: 'acute' }, result: undefined }));
  expect(await cache.get('c1')).toEqual({ step: 'acute' });
  await cache.delete('c1');
  expect(await cache.get('c1')).toBeUndefined();
});

it('keeps at most its capacity, dropping the row read longest ago', async () => {
  const { database, cache } = listeningCache(2);
  for (const id of ['a', 'b', 'c']) await database.put(id, { step: id });
  await cache.get('a');
  await cache.get('b');
  await cache.get('a');
  await cache.get('c');
  for (const id of ['a', 'b', 'c']) await database.put(id, { step: `${id}2` });
  expect(await cache.get('a')).toEqual({ step: 'a' });
  expect(await cache.get('c')).toEqual({ step: 'c' });
  expect(await cache.get('b')).toEqual({ step: 'b2' });
});
