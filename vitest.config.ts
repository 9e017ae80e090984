// Service, screening and end-to-end tests (Node); the widget's browser tests run under web-test-runner.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/widget/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two test files at a time even on a 2-core machine (vitest's default is cores − 1): most files wait on
    // SQLite fsyncs, PostgreSQL and HTTP rather than on the CPU. Each file has its own SQLite file or PostgreSQL
    // schema (test/support/service.ts), and migrating one schema no longer reads the others' (storage/schema-scoped-dialect.ts).
    maxWorkers: 2,
    // Test files share their worker's module cache: every file builds its own service, database and clock
    // (test/support/service.ts), and nothing in the service keeps state across calls but caches keyed by their input.
    // Isolated, each file imported the service afresh: 294 s of a 652-s run went to imports; shared, 25 s. The timing
    // checks measure again when a burst of load fails them (test/service/screening/linear-time.ts).
    isolate: false,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
