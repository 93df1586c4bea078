import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLowdbStore } from '../../src/store/lowdb/lowdbStore.js';
import type { JobRecord } from '../../src/store/records.js';

const job = (id: string): JobRecord => ({ id, name: 'test', dueAt: '2026-11-23T07:30:00.000Z', status: 'done', owner: 'test', startedAt: '2026-11-23T07:30:00.000Z' });
const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'vt-store-'));

describe('the embedded lowdb store', () => {
  it('keeps every write across a close and reopen, including deletes', async () => {
    const dir = await tempDir();
    const a = await createLowdbStore(dir, { compactEvery: 3 });
    for (let i = 1; i <= 10; i++) await a.jobs.put(`j${i}`, job(`j${i}`));
    await a.jobs.delete('j4');
    await a.close();
    const b = await createLowdbStore(dir);
    expect((await b.jobs.list()).map((j) => j.id).sort()).toEqual(['j1', 'j10', 'j2', 'j3', 'j5', 'j6', 'j7', 'j8', 'j9']);
    await b.close();
  });

  it('leaves no trace of a cleared or deleted record in its files after compact, and keeps the rest', async () => {
    const dir = await tempDir();
    const s = await createLowdbStore(dir, { compactEvery: 1_000 });
    await s.jobs.put('j1', { ...job('j1'), name: 'markeerwoord-een' });
    await s.jobs.put('j2', { ...job('j2'), name: 'markeerwoord-twee' });
    await s.jobs.put('j1', job('j1'));
    await s.jobs.delete('j2');
    const files = async () => (await Promise.all((await readdir(dir)).map((n) => readFile(path.join(dir, n), 'utf8')))).join('\n');
    expect(await files()).toContain('markeerwoord');
    await s.compact();
    expect(await files()).not.toContain('markeerwoord');
    expect(await readFile(path.join(dir, 'jobs.journal'), 'utf8')).toBe('');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await s.close();
    const again = await createLowdbStore(dir);
    expect((await again.jobs.list()).map((j) => j.id)).toEqual(['j1']);
    await again.close();
  });

  it('loses no acknowledged write when the process is killed with SIGKILL during a burst', async () => {
    const dir = await tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'writeBurst.child.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acknowledged: string[] = [];
    let buffer = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        acknowledged.push(...lines);
        if (acknowledged.length >= 3_000 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((r) => child.on('exit', r));
    const store = await createLowdbStore(dir);
    const ids = new Set((await store.jobs.list()).map((j) => j.id));
    const lost = acknowledged.filter((id) => !ids.has(id));
    expect(lost).toEqual([]);
    expect(ids.size).toBeGreaterThanOrEqual(acknowledged.length);
    await store.close();
  });

  it('refuses to start on a corrupt file, names it, and leaves it untouched', async () => {
    const dir = await tempDir();
    const s = await createLowdbStore(dir);
    await s.jobs.put('j1', job('j1'));
    await s.close();
    const file = path.join(dir, 'jobs.json');
    const corrupt = (await readFile(file, 'utf8')).slice(0, 20);
    await writeFile(file, corrupt);
    await expect(createLowdbStore(dir)).rejects.toMatchObject({ code: 'store_file_corrupt', message: expect.stringContaining(file) });
    expect(await readFile(file, 'utf8')).toBe(corrupt);
  });

  it('refuses a record that does not match its schema, naming the record', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'jobs.json'), JSON.stringify({ schemaVersion: 1, collection: 'jobs', records: { x: { id: 'x' } } }));
    await expect(createLowdbStore(dir)).rejects.toThrow(/record "x" is invalid/);
  });

  it('refuses a file written by a newer schema version', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'jobs.json'), JSON.stringify({ schemaVersion: 99, collection: 'jobs', records: {} }));
    await expect(createLowdbStore(dir)).rejects.toThrow(/schema version 99/);
  });

  it('drops only a torn last journal line, the trace of a write that was never acknowledged', async () => {
    const dir = await tempDir();
    const s = await createLowdbStore(dir, { compactEvery: 1_000 });
    await s.jobs.put('j1', job('j1'));
    // simulate a crash: no close, then a half-written line at the end of the journal
    const journal = path.join(dir, 'jobs.journal');
    await writeFile(journal, (await readFile(journal, 'utf8')) + '{"op":"put","id":"j2","val');
    const warnings: string[] = [];
    const again = await createLowdbStore(dir, { onWarning: (w) => warnings.push(w) });
    expect((await again.jobs.list()).map((j) => j.id)).toEqual(['j1']);
    expect(warnings).toEqual(['store_journal_torn_tail_dropped']);
    await again.jobs.put('j3', job('j3'));
    await again.close();
    const third = await createLowdbStore(dir);
    expect((await third.jobs.list()).map((j) => j.id).sort()).toEqual(['j1', 'j3']);
    await third.close();
  });

  it('lets one process at a time use a data folder', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, '.lock'), String(process.ppid));
    await expect(createLowdbStore(dir)).rejects.toMatchObject({ code: 'store_locked' });
  });

  it('runs update decisions one at a time, so concurrent compare-and-set has one winner', async () => {
    const dir = await tempDir();
    const s = await createLowdbStore(dir);
    await s.jobs.put('claim', { ...job('claim'), status: 'running' });
    const attempts = Array.from({ length: 20 }, (_, i) =>
      s.jobs.update('claim', (cur) => (cur?.status === 'running' ? { next: { ...cur, status: 'done', owner: `w${i}` }, result: true } : { result: false })),
    );
    expect((await Promise.all(attempts)).filter(Boolean)).toHaveLength(1);
    expect(await s.nextSequence('tickets')).toBe(1);
    expect(await s.nextSequence('tickets')).toBe(2);
    await s.close();
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
