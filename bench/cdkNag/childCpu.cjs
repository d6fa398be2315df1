/**
 * Preloaded (`node --require`) into a benchmarked child process: at exit, writes the CPU time the
 * whole process used since it started (all threads, start-up included) to $AFG_BENCH_CPU_FILE.
 * On a busy machine wall time mostly measures the other processes; CPU time much less so.
 */
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
  const file = process.env.AFG_BENCH_CPU_FILE;
  if (!file) return;
  const u = process.cpuUsage();
  fs.writeFileSync(file, String((u.user + u.system) / 1000));
});
