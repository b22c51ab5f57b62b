import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createProgress } from '../src/cli/progress.js';
import { clean, createProject, removeProject, repo, sender, settle, tsconfig } from './cli-helpers.js';

const distPlugin = pathToFileURL(path.join(repo, 'dist/src/index.js')).href;
const parser = pathToFileURL(createRequire(import.meta.url).resolve('@typescript-eslint/parser')).href;

describe('settle CLI: fixes', () => {
  let project: string;
  const read = (file: string): string => readFileSync(path.join(project, file), 'utf8');

  beforeAll(() => {
    project = createProject({
      'tsconfig.json': tsconfig,
      'src/sender.ts': sender,
      'src/clean.ts': clean,
      'suggest/tsconfig.json': tsconfig,
      'suggest/src/sender.ts': sender,
      // A project whose ESLint config promotes one suggestion to a fix (settings.settle.promoteToFix).
      'promoted/tsconfig.json': tsconfig,
      'promoted/src/sender.ts': sender,
      'promoted/eslint.config.js': `import settle from '${distPlugin}';\n\nexport default [\n  settle.configs.recommended,\n  { settings: { settle: { promoteToFix: ['no-floating-promises/suggestAwait'] } } },\n];\n`,
      // A project whose (test-only) settle rule offers a fix that breaks the syntax.
      'breaking/tsconfig.json': tsconfig,
      'breaking/src/clean.ts': clean,
      'breaking/eslint.config.js': `import * as parser from '${parser}';

const breaker = {
  meta: { type: 'problem', fixable: 'code', messages: { bad: 'Bad.' }, schema: [] },
  create: (context) => ({ Program: (node) => context.report({ node, messageId: 'bad', fix: (fixer) => fixer.insertTextAfter(node, ' {{{') }) }),
};

export default [{ files: ['**/*.ts'], languageOptions: { parser }, plugins: { settle: { rules: { breaker } } }, rules: { 'settle/breaker': 'error' } }];
`,
    });
  });

  afterAll(() => removeProject(project));

  it('--fix leaves the file alone when the findings only have suggestions', async () => {
    const run = await settle(['--fix', 'src'], project);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('2 problems (2 errors, 0 warnings)');
    expect(read('src/sender.ts')).toBe(sender);
  });

  it('--fix applies the suggestions an ESLint config promotes to fixes, and writes the file', async () => {
    const run = await settle(['--fix', '--use-eslint-config', '-p', 'promoted'], project);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('settle: fixed 1 file\n');
    expect(run.stdout).toMatch(/^ {2}9:9 {2}error {2}`b` has no rejection handler/m);
    expect(read('promoted/src/sender.ts')).toBe(sender.replace("  send('hi');", "  await send('hi');"));
  });

  it("--fix-suggestions applies each finding's first suggestion, atomically", async () => {
    const run = await settle(['--fix-suggestions', '-p', 'suggest'], project);
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'settle: fixed 1 file\n' });
    expect(read('suggest/src/sender.ts')).toBe(
      sender.replace("  send('hi');", "  await send('hi');").replace('  await a;\n  await b;\n', '  await Promise.all([a, b]);\n'),
    );
    // Written through a temporary file that was renamed over the original: none is left behind.
    expect(readdirSync(path.join(project, 'suggest/src'))).toEqual(['sender.ts']);
  });

  it('does not write a fix that would make the file unparsable', async () => {
    const run = await settle(['--fix', '--use-eslint-config', '-p', 'breaking'], project);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('settle: breaking/src/clean.ts: fixes not written, the fixed file would not parse\n');
    expect(run.stdout).toMatch(/^ {2}1:1 {2}error {2}Bad\. {2}settle\/breaker$/m);
    expect(read('breaking/src/clean.ts')).toBe(clean);
  });
});

describe('settle CLI: progress and stats', () => {
  it("--stats prints parse time and each rule's time on stderr", async () => {
    const project = createProject({ 'tsconfig.json': tsconfig, 'src/sender.ts': sender });
    try {
      const run = await settle(['--stats', '-f', 'json'], project);
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toHaveLength(1);
      expect(run.stderr).toMatch(/^settle: 1 file\n {2}parse \+ type information +\d+ ms\n/);
      for (const rule of ['no-floating-promises', 'no-unobserved-promise', 'no-unchecked-settled-results']) {
        expect(run.stderr).toMatch(new RegExp(`^ {2}settle/${rule} +\\d+ ms$`, 'm'));
      }
      expect(run.stderr).toMatch(/\n {2}total \(wall clock\) +\d+ ms\n$/);
    } finally {
      removeProject(project);
    }
  });

  it('shows files done / total on a terminal during a real run of more than 50 files', async () => {
    const modules = Object.fromEntries(
      Array.from({ length: 51 }, (_, index) => [`src/module-${index}.ts`, `export const value${index} = ${index};\n`]),
    );
    const project = createProject({ 'tsconfig.json': tsconfig, ...modules });
    try {
      // In-process, through the built CLI: a spawned bin's stderr is a pipe, never a terminal.
      const built = (await import(pathToFileURL(path.join(repo, 'dist/src/cli/run.js')).href)) as typeof import('../src/cli/run.js');
      let stdout = '';
      let stderr = '';
      const code = await built.run([], {
        cwd: project,
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { isTTY: true, write: (text: string) => (stderr += text) },
      });
      expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
      expect(stderr).toMatch(/^\r\u001b\[2Ksettle: \d+\/51 files \(\d+%\), \d+\.\ds/);
      expect(stderr).toMatch(/\r\u001b\[2Ksettle: 51\/51 files \(100%\), \d+\.\ds\r\u001b\[2K$/);
    } finally {
      removeProject(project);
    }
  });

  it('draws files done / total and elapsed time on a terminal, for projects over 50 files', () => {
    let clock = 0;
    const output: string[] = [];
    const terminal = { isTTY: true, write: (text: string) => output.push(text) };
    const progress = createProgress(terminal, 120, false, () => clock);
    progress.update(10, 120);
    clock = 50;
    progress.update(20, 120); // too soon after the last line: skipped
    clock = 1500;
    progress.update(120, 120);
    progress.done();
    expect(output).toEqual(['\r\u001b[2Ksettle: 10/120 files (8%), 0.0s', '\r\u001b[2Ksettle: 120/120 files (100%), 1.5s', '\r\u001b[2K']);
  });

  it.each([
    ['not a terminal', { isTTY: false }, 120, false],
    ['a small project', { isTTY: true }, 50, false],
    ['--quiet', { isTTY: true }, 120, true],
  ])('draws nothing for %s', (_, stream, total, quiet) => {
    const output: string[] = [];
    const progress = createProgress({ ...stream, write: (text: string) => output.push(text) }, total, quiet);
    progress.update(total, total);
    progress.done();
    expect(output).toEqual([]);
  });
});
