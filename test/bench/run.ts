// `npm run bench`: the service over real HTTP next to a bare Hono app in the same run (test/bench/http), then the
// PostgreSQL scale table at 10,000 and 1,000,000 cases when a database is configured (test/bench/pg-scale), then the
// screening bench, the screening generator report (per-family recall and false holds), the hand-labelled screening
// score, the start-up bench (compiled build next to the TypeScript loader) and the widget-size bench.
// docs/performance.md says how to read the figures.
// A part that cannot run here (no wrk or autocannon, no PostgreSQL, no build) says so and the others still run.

async function part(name: string, run: () => Promise<unknown>): Promise<boolean> {
  console.log(`\n— ${name} —`);
  try {
    await run();
    return true;
  } catch (error) {
    console.log(`${name}: not run (${error instanceof Error ? error.message : String(error)})`);
    return false;
  }
}

async function runOptional(file: string, exportName: string): Promise<boolean> {
  return part(exportName, async () => {
    const module = (await import(file)) as Record<string, unknown>;
    const run = module[exportName];
    if (typeof run !== 'function') throw new Error(`${file} exports no ${exportName}`);
    await (run as () => Promise<unknown>)();
  });
}

const results = [
  await part('HTTP: the service next to bare Hono', async () => {
    const { runHttpBench, printHttpTable } = await import('./http/http.bench.js');
    const { rows, tool } = await runHttpBench();
    printHttpTable(rows, tool);
  }),
  await part('PostgreSQL scale', async () => {
    const { runPgScaleBench } = await import('./pg-scale/pg-scale.bench.js');
    // Without BENCH_DATABASE_URL or TEST_DATABASE_URL it prints why it skipped and returns.
    await runPgScaleBench();
  }),
  await runOptional('./screening.bench.js', 'runScreeningBench'),
  await runOptional('./screening-generators.js', 'runGeneratorReport'),
  await runOptional('./screening-handwritten.js', 'runHandwrittenScore'),
  await runOptional('./start-up.js', 'runStartUpBench'),
  await runOptional('./widget-size.js', 'runWidgetSizeBench'),
];
if (results.some((ok) => !ok)) process.exitCode = 1;
