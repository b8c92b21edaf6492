// Preloaded with --require in benchmark children: reports peak RSS (KiB) and CPU time (user and
// system, µs) on stderr at exit. CPU time is steadier than wall time on a machine others share.
process.on('exit', () => {
  const r = process.resourceUsage();
  require('node:fs').writeSync(2, `\n__BENCH_MAXRSS__=${r.maxRSS}\n__BENCH_CPU__=${r.userCPUTime} ${r.systemCPUTime}\n`);
});
