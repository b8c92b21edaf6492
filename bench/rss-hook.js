// Preloaded with --require in benchmark children: reports peak RSS (KiB) on stderr at exit.
process.on('exit', () => {
  require('node:fs').writeSync(2, `\n__BENCH_MAXRSS__=${process.resourceUsage().maxRSS}\n`);
});
