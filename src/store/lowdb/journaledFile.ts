import { open, readFile, rename, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import type { Mutation } from '../memoryCollection.js';
import { StoreError } from '../storeError.js';

export const SCHEMA_VERSION = 1;

interface Snapshot<T> {
  schemaVersion: number;
  collection: string;
  records: Record<string, T>;
}

export interface LoadedCollection<T> {
  records: Map<string, T>;
  journal: Journal<T>;
  /** A torn last journal line (a write cut off by a crash before it was acknowledged). */
  droppedTornTail: boolean;
}

/**
 * One collection on disk: a lowdb snapshot (`<name>.json`, replaced atomically) and an append-only
 * journal (`<name>.journal`, one JSON mutation per line). A write is acknowledged once its journal
 * line is written, so a killed process loses nothing acknowledged; the journal is folded into the
 * snapshot every `compactEvery` lines, and on close.
 */
export async function loadCollection<T>(
  dir: string,
  name: string,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  compactEvery: number,
): Promise<LoadedCollection<T>> {
  const snapshotFile = path.join(dir, `${name}.json`);
  const journalFile = path.join(dir, `${name}.journal`);
  const db = new Low<Snapshot<T>>(new JSONFile(snapshotFile), { schemaVersion: SCHEMA_VERSION, collection: name, records: {} });
  try {
    await db.read();
  } catch (err) {
    throw new StoreError('store_file_corrupt', `${snapshotFile} is not valid JSON (${(err as Error).message}); the file was left untouched`, { file: snapshotFile });
  }
  const records = new Map<string, T>();
  const snap = db.data;
  if (snap.schemaVersion !== SCHEMA_VERSION || typeof snap.records !== 'object' || snap.records === null) {
    throw new StoreError('store_file_corrupt', `${snapshotFile} has schema version ${String(snap.schemaVersion)}, expected ${SCHEMA_VERSION}; the file was left untouched`, { file: snapshotFile });
  }
  for (const [id, value] of Object.entries(snap.records)) {
    records.set(id, validate(schema, value, snapshotFile, id));
  }
  const { lines, tornTail, goodBytes } = await readJournal(journalFile);
  lines.forEach((line, index) => {
    let m: Mutation<unknown>;
    try {
      m = JSON.parse(line) as Mutation<unknown>;
    } catch {
      throw new StoreError('store_file_corrupt', `${journalFile} line ${index + 1} is not valid JSON; the file was left untouched`, { file: journalFile, line: index + 1 });
    }
    if (m.op === 'put') records.set(m.id, validate(schema, m.value, journalFile, m.id));
    else if (m.op === 'del') records.delete(m.id);
    else throw new StoreError('store_file_corrupt', `${journalFile} line ${index + 1} has an unknown operation`, { file: journalFile, line: index + 1 });
  });
  const handle = await open(journalFile, 'a+');
  if (tornTail) await handle.truncate(goodBytes);
  const journal = new Journal<T>(db, snapshotFile, handle, name, lines.length, compactEvery);
  return { records, journal, droppedTornTail: tornTail };
}

/** Replaces `file` atomically: a temporary file is written and fsynced, renamed over it, and the folder fsynced. */
async function writeDurably(file: string, content: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  const dir = await open(path.dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

function validate<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown, file: string, id: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new StoreError('store_file_corrupt', `${file}: record "${id}" is invalid (${problems}); the file was left untouched`, { file, id });
  }
  return parsed.data;
}

async function readJournal(file: string): Promise<{ lines: string[]; tornTail: boolean; goodBytes: number }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], tornTail: false, goodBytes: 0 };
    throw new StoreError('store_file_unreadable', `${file} cannot be read: ${(err as Error).message}`, { file });
  }
  const lastNewline = text.lastIndexOf('\n');
  const complete = text.slice(0, lastNewline + 1);
  const lines = complete.split('\n').filter((l) => l.length > 0);
  return { lines, tornTail: lastNewline + 1 < text.length, goodBytes: Buffer.byteLength(complete) };
}

export class Journal<T> {
  private closed = false;

  constructor(
    private readonly db: Low<Snapshot<T>>,
    private readonly snapshotFile: string,
    private readonly handle: FileHandle,
    private readonly name: string,
    private pendingLines: number,
    private readonly compactEvery: number,
  ) {}

  async append(mutation: Mutation<T>): Promise<void> {
    if (this.closed) throw new StoreError('store_closed', `collection ${this.name} is closed`, { collection: this.name });
    await this.handle.write(JSON.stringify(mutation) + '\n');
    this.pendingLines += 1;
  }

  /** Folds the journal into the snapshot once it has grown long enough. */
  async maybeCompact(snapshot: () => Record<string, T>): Promise<void> {
    if (this.pendingLines >= this.compactEvery) await this.compact(snapshot());
  }

  /**
   * Folds the journal into the snapshot. The new snapshot and its folder are on disk (fsync) before
   * the journal is truncated, so a crash in between leaves the old snapshot plus the full journal,
   * or the new snapshot: never a snapshot that misses journal lines.
   */
  async compact(records: Record<string, T>): Promise<void> {
    this.db.data = { schemaVersion: SCHEMA_VERSION, collection: this.name, records };
    await writeDurably(this.snapshotFile, JSON.stringify(this.db.data, null, 2));
    await this.handle.truncate(0);
    await this.handle.sync();
    this.pendingLines = 0;
  }

  async close(records: Record<string, T>): Promise<void> {
    if (this.closed) return;
    if (this.pendingLines > 0) await this.compact(records);
    this.closed = true;
    await this.handle.close();
  }
}
