// Runs the built `settle` bin on scratch projects. The projects are written to a temporary
// directory (not kept under test/): their files are full of deliberate mistakes that the
// repository's own lint and type-check runs must not see, and --fix rewrites them.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repo = path.resolve(import.meta.dirname, '..');
export const bin = path.join(repo, 'dist/src/cli/index.js');

/** What a run of the bin printed and its exit code. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns `node dist/src/cli/index.js …argv` in `cwd` (`npm test` builds dist/ first). */
export function settle(argv: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [bin, ...argv],
      { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** A tsconfig for scratch projects: strict, no ambient types, so a project type-checks on its own. */
export const tsconfig = JSON.stringify({
  compilerOptions: {
    strict: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023'],
    types: [],
    noEmit: true,
  },
  include: ['src'],
});

/** Writes `files` (path → text) into a new temporary directory and returns it. */
export function createProject(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'settle-cli-'));
  writeFiles(root, files);
  return root;
}

/** Writes (or overwrites) files of a project. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

/** Removes a project made by {@link createProject}. */
export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** One floating promise (line 4) and one unobserved promise (line 9). */
export const sender = `declare function send(message: string): Promise<void>;

export async function notify(): Promise<void> {
  send('hi');
}

export async function both(): Promise<void> {
  const a = send('a');
  const b = send('b');
  await a;
  await b;
}
`;

/** Nothing to report. */
export const clean = `declare function send(message: string): Promise<void>;

export async function notify(): Promise<void> {
  await send('hi');
}
`;

/** Does not parse. */
export const broken = 'export function broken( {\n  return 1;\n';

/** The findings of ESLint JSON results as "file line rule", sorted. */
export function findingsOf(
  results: readonly { filePath: string; messages: { line: number; ruleId: string | null }[] }[],
  root: string,
): string[] {
  return results
    .flatMap((result) => result.messages.map((message) => `${path.relative(root, result.filePath)} ${message.line} ${message.ruleId}`))
    .sort();
}
