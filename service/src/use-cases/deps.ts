// What every use case may depend on: the database, the clock and a logger.
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Db } from '../storage/database.js';

export interface UseCaseDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
}
