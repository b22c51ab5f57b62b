import { readFileSync } from 'node:fs';

import { help, parseOptions } from './args.js';

/** Where the CLI writes and which directory it runs in (tests pass their own). */
export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
}

/**
 * Runs the `settle` CLI and resolves to its exit code: 0 without errors, 1 when a file has
 * errors (a file that does not parse counts) or there are more warnings than `--max-warnings`,
 * 2 for usage or configuration problems (one line on stderr).
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options.help) return write(io.stdout, help, 0);
    if (options.version) return write(io.stdout, `${version()}\n`, 0);
    // ESLint, TypeScript and the rules load only now: --help, --version and usage errors answer at once.
    if (options.listRules) return write(io.stdout, (await import('./list-rules.js')).listRules(), 0);
    await import('../typescript-guard.js');
    const { gate } = await import('./gate.js');
    return await gate(options, io);
  } catch (error) {
    // Configuration errors surface as exceptions from ESLint or the parser too; one line, no stack.
    // A SetupError (`typescript-support.ts`, not imported here: --help must not load TypeScript)
    // keeps its line apart from the message, which ESLint prefixes with the rule it was loading.
    const reason = error instanceof Error && error.name === 'SetupError' ? (error as Error & { reason?: unknown }).reason : undefined;
    const message = typeof reason === 'string' ? reason : error instanceof Error ? error.message : String(error);
    io.stderr.write(`settle: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

function write(stream: CliIO['stdout'], text: string, code: number): number {
  stream.write(text);
  return code;
}

/** The package version, from `package.json` above `src/cli/` (tests) or `dist/src/cli/` (the published build). */
function version(): string {
  for (const relative of ['../../package.json', '../../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'eslint-plugin-settle' && manifest.version) return manifest.version;
    } catch {
      // not at this level; try the next
    }
  }
  return '0.0.0';
}
