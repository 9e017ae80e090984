// Says once, loudly, which database dialects this run covers.
export default function setup(): void {
  if (process.env.TEST_DATABASE_URL) {
    process.stdout.write(
      `\n[storage] PostgreSQL tests run against ${process.env.TEST_DATABASE_URL.replace(/\/\/[^@]*@/, '//***@')}\n`,
    );
  } else {
    process.stdout.write(
      '\n[storage] PostgreSQL tests SKIPPED: set TEST_DATABASE_URL=postgres://… to run them (SQLite always runs).\n',
    );
  }
}
