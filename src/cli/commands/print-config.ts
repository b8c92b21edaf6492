/** `--print-config`: the configuration in force (preset, every rule's severity, tolerance, plugins). */
import path from 'node:path';
import { loadConfig } from '../../config/load';
import { loadPlugins, resolveConfig } from '../../config/resolve';
import { builtinRules } from '../../../rules';
import type { CliIO } from '../io';

const NAMES = ['off', 'warn', 'error'];

export async function printConfigCommand(_file: string | undefined, opts: Record<string, unknown>, io: CliIO): Promise<number> {
  const loaded = loadConfig({ cwd: io.cwd, configPath: opts.config as string | undefined });
  const configFile = loaded.filepath ?? '(默认配置)';
  const extra = loadPlugins(loaded.config, loaded.filepath ? path.dirname(loaded.filepath) : io.cwd, configFile);
  const resolved = resolveConfig(loaded.config, builtinRules, extra, configFile);
  const rules: Record<string, unknown> = {};
  for (const [id, s] of resolved.settings) rules[id] = Object.keys(s.options).length ? [NAMES[s.severity], s.options] : NAMES[s.severity];
  io.stdout(JSON.stringify({ configFile: loaded.filepath, preset: loaded.config.preset ?? 'recommended', lang: loaded.config.lang ?? 'zh', tolerance: resolved.tolerance.toString(), plugins: loaded.config.plugins ?? [], rulesDir: loaded.config.rulesDir ?? null, rules }, null, 2) + '\n');
  return 0;
}
