/** Shared by the bench scripts: one timed child process (wall time, CPU time and peak RSS), and medians. */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const HOOK = path.join(__dirname, 'rss-hook.js');

/** Runs `node --require rss-hook argv…`; exit 0 or 1 (a lint with findings) is a success. */
function timed(argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', HOOK, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rss = Number(/__BENCH_MAXRSS__=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const cpu = /__BENCH_CPU__=(\d+) (\d+)/.exec(r.stderr);
  // user + system CPU time of the child (ms): steadier than wall time when others share the machine
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) / 1000 : NaN;
  return { ms, cpuMs, rssMiB: rss / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

module.exports = { HOOK, timed, median };
