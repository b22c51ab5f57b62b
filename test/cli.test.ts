import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CliIO } from '../src/cli/run.js';
import { run } from '../src/cli/run.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const examples = path.join(repo, 'examples');

/** Runs the CLI in-process and collects what it writes. */
async function settle(argv: string[], cwd = repo): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('settle CLI', () => {
  it('prints --help and exits 0', async () => {
    const { code, stdout, stderr } = await settle(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: settle/);
    expect(stderr).toBe('');
  });

  it('reports the examples in stylish format and exits 1', async () => {
    const { code, stdout, stderr } = await settle(['--project', 'examples/tsconfig.json']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('examples/src/queue-worker.ts\n');
    expect(stdout).toMatch(/^ {2}52:9 {3}error {2}This promise is started and dropped: .* {2}settle\/no-floating-promises$/m);
    expect(stdout).toMatch(/^ {2}53:9 {3}error {2}.* {2}settle\/no-unchecked-settled-results$/m);
    expect(stdout).toMatch(/\n\d+ problems \(\d+ errors, 0 warnings\)\n$/);
  });

  it('finds tsconfig.json upward and prints ESLint JSON with --format json', async () => {
    const { code, stdout } = await settle(['retry.ts', '--format', 'json'], path.join(examples, 'src'));
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as ESLint.LintResult[];
    expect(results).toHaveLength(1);
    expect(results[0]?.filePath).toBe(path.join(examples, 'src', 'retry.ts'));
    expect(results[0]?.messages.map((message) => [message.line, message.ruleId])).toEqual([
      [36, 'settle/no-unobserved-promise'],
      [43, 'settle/no-floating-promises'],
    ]);
  });

  it.each([
    ['a missing tsconfig', ['--project', 'nope/tsconfig.json'], /^settle: tsconfig not found: nope\/tsconfig\.json\n$/],
    ['an unknown option', ['--frobnicate'], /^settle: Unknown option '--frobnicate' \(see --help\)\n$/],
    ['a missing option value', ['--project'], /^settle: Option '-p, --project <value>' argument missing \(see --help\)\n$/],
    ['an unknown config', ['--config', 'loose'], /^settle: --config must be one of recommended, strict, all, not "loose"\n$/],
    ['an unknown format', ['--format', 'xml'], /^settle: --format must be one of stylish, json, not "xml"\n$/],
    ['a nonexistent path', ['-p', 'examples/tsconfig.json', 'examples/src/nope.ts'], /^settle: no such file or directory: examples\/src\/nope\.ts\n$/],
  ])('exits 2 with one line on stderr for %s', async (_, argv, message) => {
    const { code, stdout, stderr } = await settle(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  describe('in a project with a file that does not parse', () => {
    let project: string;

    beforeAll(() => {
      project = mkdtempSync(path.join(os.tmpdir(), 'settle-cli-'));
      mkdirSync(path.join(project, 'src'));
      writeFileSync(
        path.join(project, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'ESNext', types: [], noEmit: true }, include: ['src'] }),
      );
      writeFileSync(path.join(project, 'src', 'broken.ts'), 'export function broken( {\n  return 1;\n');
      writeFileSync(
        path.join(project, 'src', 'sender.ts'),
        'declare function send(message: string): Promise<void>;\nexport async function notify(): Promise<void> {\n  send("hi");\n}\n',
      );
      // Inline directives for rules of plugins the CLI does not load are not findings.
      writeFileSync(
        path.join(project, 'src', 'directives.ts'),
        '// eslint-disable-next-line @typescript-eslint/no-explicit-any\nexport const value: any = 1; // eslint-disable-line no-console\n',
      );
    });

    afterAll(() => rmSync(project, { recursive: true, force: true }));

    it('reports the parse error as a finding and still lints the other files', async () => {
      const { code, stdout, stderr } = await settle([], project);
      expect(code).toBe(1);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^src\/broken\.ts\n {2}\d+:\d+ +error {2}Parsing error: .*\n/m);
      expect(stdout).toMatch(/^src\/sender\.ts\n {2}3:3 +error {2}.* {2}settle\/no-floating-promises\n/m);
      expect(stdout).toContain('2 problems (2 errors, 0 warnings)\n');
    });
  });
});
