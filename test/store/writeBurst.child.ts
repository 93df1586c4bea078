// Child process for the crash test: writes records as fast as it can and prints each id once its
// write is acknowledged. The parent kills it with SIGKILL mid-burst.
import { createLowdbStore } from '../../src/store/lowdb/lowdbStore.js';

const dir = process.argv[2]!;
const store = await createLowdbStore(dir, { compactEvery: 250 });
let n = 0;
for (;;) {
  const batch = Array.from({ length: 8 }, () => {
    const id = `job-${++n}`;
    return store.jobs
      .put(id, { id, name: 'burst', dueAt: new Date().toISOString(), status: 'done', owner: 'child', startedAt: new Date().toISOString() })
      .then(() => process.stdout.write(id + '\n'));
  });
  await Promise.all(batch);
}
