// BENCH_PROFILE=file.cpuprofile for a bench child process: profiles only the serving, not the start-up and seeding
// (see docs/profiling.md). `node --cpu-prof` would profile the whole process, seeding included.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** Starts the V8 profiler when BENCH_PROFILE names a file; the returned function writes the profile there. */
export async function profileServing(): Promise<() => Promise<void>> {
  const file = process.env.BENCH_PROFILE;
  if (!file) return async () => undefined;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
  };
}
