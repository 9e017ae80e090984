// Entry point of `npm run site`: opens the configured database (migrating it if new) and runs one site command.
import { userInfo } from 'node:os';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../storage/database.js';
import { runSiteCommand } from './site-command.js';

const config = loadConfig();
const db = await openDatabase(config.databaseUrl, { secretsKey: config.secretsKey });
let status = 1;
try {
  status = await runSiteCommand(
    { db, clock: systemClock, logger: createLogger('error') },
    process.argv.slice(2),
    { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) },
    { serviceUrl: config.publicUrl, operator: safeUsername() },
  );
} catch (error) {
  process.stderr.write(`The command failed: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await db.close();
}
process.exit(status);

/** Whoever ran the command, for the audit log; the account name only. */
function safeUsername(): string {
  try {
    return `command line (${userInfo().username})`;
  } catch {
    return 'command line';
  }
}
