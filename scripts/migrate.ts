/**
 * Applies the PostgreSQL migrations to DATABASE_URL and prints what it applied
 * (`npm run migrate`). The bot applies them at start too; this is for deploy pipelines.
 */
import { loadConfig } from '../src/config.js';
import { migrateDatabase } from '../src/store/postgres/migrate.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.databaseUrl) {
    process.stderr.write('DATABASE_URL is not set: nothing to migrate (the embedded lowdb store needs no migrations).\n');
    process.exitCode = 1;
    return;
  }
  const result = await migrateDatabase(config.databaseUrl);
  const target = `${result.where} (schema ${result.schema})`;
  if (result.applied.length === 0) process.stdout.write(`${target} is up to date at version ${result.version}; nothing applied.\n`);
  for (const name of result.applied) process.stdout.write(`applied ${name} to ${target}\n`);
  if (result.applied.length > 0) process.stdout.write(`${target} is now at version ${result.version}.\n`);
  if (result.newerThanCode !== undefined) {
    process.stdout.write(`warning: the database is at version ${result.newerThanCode}, newer than this code knows.\n`);
  }
}

main().catch((err: Error) => {
  process.stderr.write(`Migration failed.\n${err.message}\n`);
  process.exitCode = 1;
});
