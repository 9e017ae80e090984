// Says once, loudly, which database dialects this run covers; names this run's PostgreSQL test schemas and drops them
// at the end (test files reuse theirs: test/support/service.ts).
import { randomBytes } from 'node:crypto';

export default function setup(): (() => Promise<void>) | void {
  if (process.env.TEST_DATABASE_URL) {
    const prefix = `t_${randomBytes(4).toString('hex')}_`;
    // The test workers inherit it.
    process.env.TEST_SCHEMA_PREFIX = prefix;
    process.stdout.write(
      `\n[storage] PostgreSQL tests run against ${process.env.TEST_DATABASE_URL.replace(/\/\/[^@]*@/, '//***@')}\n`,
    );
    return async () => {
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      try {
        const { rows } = await client.query<{ nspname: string }>(
          `SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)`,
          [prefix],
        );
        for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname.replace(/"/g, '""')}" CASCADE`);
      } finally {
        await client.end();
      }
    };
  } else {
    process.stdout.write(
      '\n[storage] PostgreSQL tests SKIPPED: set TEST_DATABASE_URL=postgres://… to run them (SQLite always runs).\n',
    );
  }
}
