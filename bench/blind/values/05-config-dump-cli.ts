// expect: no-promise-as-value
// JSON.stringify receives the pending promise from resolveConfig instead of the config object, so the CLI prints "{}".

import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface ToolConfig {
  outDir: string;
  minify: boolean;
  targets: string[];
}

async function resolveConfig(file: string): Promise<ToolConfig> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as Partial<ToolConfig>;
  return {
    outDir: raw.outDir ?? 'dist',
    minify: raw.minify ?? false,
    targets: raw.targets ?? ['es2022'],
  };
}

export async function main(argv: string[]): Promise<number> {
  const file = path.resolve(argv[2] ?? 'tool.config.json');
  const pretty = argv.includes('--pretty');

  const config = resolveConfig(file);
  process.stdout.write(JSON.stringify(config, null, pretty ? 2 : 0) + '\n');
  return 0;
}
