import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLowdbStore } from '../../src/store/lowdb/lowdbStore.js';
import { storeContract } from './contract.js';

storeContract('lowdb', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vt-contract-'));
  let current = await createLowdbStore(dir, { compactEvery: 7 });
  return {
    store: current,
    reopen: async () => {
      await current.close();
      current = await createLowdbStore(dir, { compactEvery: 7 });
      return current;
    },
    cleanup: async () => {
      await current.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
