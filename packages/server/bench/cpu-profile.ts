import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

/**
 * Preloaded into a server process by live.bench.ts (`node -r`) when BENCH_LIVE_CPU_PROF is set:
 * the first SIGUSR2 starts V8's CPU profiler, the second writes the profile to
 * $BENCH_CPU_PROFILE_DIR/<BENCH_CPU_PROFILE_NAME>.cpuprofile (open in Chrome DevTools).
 * Unlike `--cpu-prof` this profiles only the measured phase and does not depend on a clean exit.
 */
const dir = process.env.BENCH_CPU_PROFILE_DIR ?? '.';
const name = process.env.BENCH_CPU_PROFILE_NAME ?? `server-${process.pid}`;
const session = new Session();
session.connect();
let running = false;

process.on('SIGUSR2', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start')));
    return;
  }
  running = false;
  session.post('Profiler.stop', (error, result) => {
    if (error) {
      console.error(`CPU profile failed: ${error.message}`);
      return;
    }
    const file = path.join(dir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(result.profile));
    console.error(`CPU profile written to ${file}`);
  });
});
