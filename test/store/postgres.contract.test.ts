import { createPostgresStore } from '../../src/store/postgres/postgresStore.js';
import { storeContract } from './contract.js';
import { describePostgres, dropSchema, freshSchema } from './postgresTestDb.js';

describePostgres('PostgreSQL', (url) => {
  storeContract('PostgreSQL', async () => {
    const schema = freshSchema();
    let current = await createPostgresStore(url, { schema, poolSize: 5 });
    return {
      store: current,
      reopen: async () => {
        await current.close();
        current = await createPostgresStore(url, { schema, poolSize: 5 });
        return current;
      },
      cleanup: async () => {
        await current.close();
        await dropSchema(url, schema);
      },
    };
  });
});
