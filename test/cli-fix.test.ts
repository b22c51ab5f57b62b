import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ESLint, Linter } from 'eslint';

import { applyEdits } from '../src/cli/edits.js';
import type { Verifier } from '../src/cli/fixes.js';
import { fixVerified } from '../src/cli/fixes.js';
import { createProgress } from '../src/cli/progress.js';
import { clean, createProject, findingsOf, removeProject, repo, sender, settle, tsconfig } from './cli-helpers.js';

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
    expect(run.stderr).toBe('settle: applied 1 suggestion in 1 file\n');
    expect(run.stdout).toMatch(/^ {2}9:9 {2}error {2}`b` has no rejection handler/m);
    expect(read('promoted/src/sender.ts')).toBe(sender.replace("  send('hi');", "  await send('hi');"));
  });

  it("--fix-suggestions applies each finding's first suggestion, atomically", async () => {
    const run = await settle(['--fix-suggestions', '-p', 'suggest'], project);
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'settle: applied 2 suggestions in 1 file\n' });
    expect(read('suggest/src/sender.ts')).toBe(
      sender.replace("  send('hi');", "  await send('hi');").replace('  await a;\n  await b;\n', '  await Promise.all([a, b]);\n'),
    );
    // Written through a temporary file that was renamed over the original: none is left behind.
    expect(readdirSync(path.join(project, 'suggest/src'))).toEqual(['sender.ts']);
  });

  it('does not write a fix that would make the file unparsable', async () => {
    const run = await settle(['--fix', '--use-eslint-config', '-p', 'breaking'], project);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "settle: applied nothing; not applied: 1\nsettle: not applied: breaking/src/clean.ts:1:1 settle/breaker: the result would not parse ('}' expected.)\n",
    );
    expect(run.stdout).toMatch(/^ {2}1:1 {2}error {2}Bad\. {2}settle\/breaker$/m);
    expect(read('breaking/src/clean.ts')).toBe(clean);
  });
});

/**
 * A test-only rule in settle's namespace, so that the CLI applies and verifies its edits:
 * `/* => text *\/` replaces the token before the comment (a suggestion, applied by
 * --fix-suggestions), `/* fix => text *\/` does the same as a fix; `\n` in the text is a line break.
 */
const editRuleConfig = String.raw`import settle from '${distPlugin}';

const edit = {
  meta: { type: 'problem', fixable: 'code', hasSuggestions: true, messages: { edit: 'Edit.', suggestEdit: 'Replace the token.' }, schema: [] },
  create(context) {
    const { sourceCode } = context;
    const promoted = (context.settings.settle?.promoteToFix ?? []).length > 0;
    return {
      Program() {
        for (const comment of sourceCode.getAllComments()) {
          const match = /^ (fix )?=> (.*) $/.exec(comment.value);
          if (!match) continue;
          const token = sourceCode.getTokenBefore(comment);
          const fix = (fixer) => fixer.replaceTextRange([token.range[0], comment.range[1]], match[2].replaceAll('\\n', '\n'));
          const suggest = match[1] ? [] : [{ messageId: 'suggestEdit', fix }];
          context.report({ loc: token.loc, messageId: 'edit', ...(match[1] || promoted ? { fix } : {}), suggest });
        }
      },
    };
  },
};

const plugin = { ...settle, rules: { ...settle.rules, edit } };
export default [{ ...settle.configs.recommended, plugins: { settle: plugin }, rules: { ...settle.configs.recommended.rules, 'settle/edit': 'error' } }];
`;

/** `value: number` becomes `value: string`: the caller's `half(half(1))` gets two type errors. */
const half = `declare function send(message: string): Promise<void>;

export function half(value: number /* => string */): number {
  return Number(value) / 2;
}

export async function notify(): Promise<void> {
  send('hi');
}
`;

/** The first edit adds a line; the second makes no-floating-promises report `send('ping')`. */
const ping = `declare function send(message: string): Promise<void>;
declare function log(message: string): void;
declare function trace(message: string): void;

export function ping(): void {
  log /* => trace('start');\\n  trace */('ready');
  log /* => send */('ping');
}
`;

/** Two plain fixes: the first adds a type error, the second is fine. */
const plain = `export function half(value: number /* fix => string */): number {
  return value / 2;
}

export const one = 1 /* fix => 2 */;
`;

describe('settle CLI: fixes are verified before they are written', () => {
  let project: string;
  const read = (file: string): string => readFileSync(path.join(project, file), 'utf8');

  beforeAll(() => {
    project = createProject({
      'eslint.config.js': editRuleConfig,
      'types/tsconfig.json': tsconfig,
      'types/src/half.ts': half,
      'types/src/caller.ts': "import { half } from './half.js';\n\nexport const quarter = half(half(1));\n",
      'types/src/notify.ts': sender,
      'findings/tsconfig.json': tsconfig,
      'findings/src/ping.ts': ping,
      'plain/tsconfig.json': tsconfig,
      'plain/src/half.ts': plain,
    });
  });

  afterAll(() => removeProject(project));

  it('does not apply a suggestion that adds a type error (here in another file), and applies the other edits', async () => {
    const run = await settle(['--fix-suggestions', '--use-eslint-config', '-p', 'types'], project);
    expect(run).toEqual({
      code: 1,
      stdout: `types/src/half.ts
  3:29  error  Edit.  settle/edit
    3 | export function half(value: number /* => string */): number {
      |                             ^^^^^^

1 problem (1 error, 0 warnings)
`,
      stderr: `settle: applied 3 suggestions in 2 files; not applied: 1
settle: not applied: types/src/half.ts:3:29 settle/edit suggestEdit: adds 2 type errors (the first: TS2345 at types/src/caller.ts:3:29: Argument of type 'number' is not assignable to parameter of type 'string'.)
`,
    });
    expect(read('types/src/half.ts')).toBe(half.replace("  send('hi');", "  await send('hi');"));
    expect(read('types/src/caller.ts')).toBe("import { half } from './half.js';\n\nexport const quarter = half(half(1));\n");
    expect(read('types/src/notify.ts')).toBe(
      sender.replace("  send('hi');", "  await send('hi');").replace('  await a;\n  await b;\n', '  await Promise.all([a, b]);\n'),
    );
    expect(readdirSync(path.join(project, 'types/src')).sort()).toEqual(['caller.ts', 'half.ts', 'notify.ts']);
  });

  it('does not apply an edit after which another settle rule would report a new finding', async () => {
    const run = await settle(['--fix-suggestions', '--use-eslint-config', '-p', 'findings'], project);
    expect(run).toEqual({
      code: 1,
      stdout: `findings/src/ping.ts
  8:3  error  Edit.  settle/edit
    8 |   log /* => send */('ping');
      |   ^^^

1 problem (1 error, 0 warnings)
`,
      // Where the finding is in the file as written: the applied edit above it added a line.
      stderr: `settle: applied 1 suggestion in 1 file; not applied: 1
settle: not applied: findings/src/ping.ts:8:3 settle/edit suggestEdit: settle/no-floating-promises would report a new finding
`,
    });
    expect(read('findings/src/ping.ts')).toBe(
      ping.replace("log /* => trace('start');\\n  trace */('ready');", "trace('start');\n  trace('ready');"),
    );
  });

  it('verifies plain --fix fixes the same way, and --format json lists the edits applied and not applied', async () => {
    const run = await settle(['--fix', '--use-eslint-config', '-p', 'plain', '-f', 'json'], project);
    expect(run.code).toBe(1);
    const reason =
      "adds a type error (TS2362 at plain/src/half.ts:2:10: The left-hand side of an arithmetic operation must be of type 'any', 'number', 'bigint' or an enum type.)";
    expect(run.stderr).toBe(
      `settle: applied 1 fix in 1 file; not applied: 1\nsettle: not applied: plain/src/half.ts:1:29 settle/edit: ${reason}\n`,
    );
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { line: number; ruleId: string | null }[]; fixes?: unknown }[];
    expect(findingsOf(results, project)).toEqual(['plain/src/half.ts 1 settle/edit']);
    expect(results.map((result) => result.fixes)).toEqual([
      {
        applied: [{ ruleId: 'settle/edit', kind: 'fix', messageId: 'edit' }],
        notApplied: [{ ruleId: 'settle/edit', kind: 'fix', messageId: 'edit', line: 1, column: 29, reason }],
      },
    ]);
    expect(read('plain/src/half.ts')).toBe(plain.replace('1 /* fix => 2 */', '2'));
  });
});

describe('fixVerified', () => {
  // A fake linter and type check: `fixA` is a finding whose fix writes `okA`; `okB` is a type
  // error; `okC` is what `settle/other` reports.
  const findings = (text: string): Linter.LintMessage[] =>
    [...text.matchAll(/fix(\w)|ok(C)/g)].map((match) => {
      const before = text.slice(0, match.index);
      const position = { line: before.split('\n').length, column: match.index - before.lastIndexOf('\n') };
      return match[1]
        ? {
            ...position,
            ruleId: 'settle/rule',
            message: `Fix ${match[1]}.`,
            messageId: 'found',
            severity: 2,
            fix: { range: [match.index, match.index + 4], text: `ok${match[1]}` },
          }
        : { ...position, ruleId: 'settle/other', message: 'Other.', messageId: 'other', severity: 2 };
    });
  const resultOf = (filePath: string, text: string): ESLint.LintResult => ({
    filePath,
    messages: findings(text),
    suppressedMessages: [],
    errorCount: findings(text).length,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  });
  const disk = new Map([
    ['/p/one.ts', 'const one = [fixA,\n  fixB, fixC,\n  fixD];\n'],
    ['/p/two.ts', 'const two = fixE;\n'],
  ]);
  const verifier: Verifier = {
    lint: (file, text) => Promise.resolve(resultOf(file, text)),
    typeCheck: () => ({
      newErrors: (texts) =>
        [...texts]
          .filter(([, text]) => text.includes('okB'))
          .map(([file]) => ({ file, line: 2, column: 3, code: 2322, message: 'Bad B.' })),
    }),
    fixable: (message) => message.ruleId === 'settle/rule',
    readFile: (file) => disk.get(file)!,
  };

  it('keeps the edits that verify, one at a time in a file that fails, and says where the others are', async () => {
    const outcome = await fixVerified(
      [...disk].map(([file, text]) => resultOf(file, text)),
      verifier,
    );
    expect(outcome.texts).toEqual(
      new Map([
        ['/p/one.ts', 'const one = [okA,\n  fixB, fixC,\n  okD];\n'],
        ['/p/two.ts', 'const two = okE;\n'],
      ]),
    );
    const edit = (file: string): object => ({ file, ruleId: 'settle/rule', kind: 'fix', messageId: 'found' });
    expect(outcome.applied).toEqual([edit('/p/one.ts'), edit('/p/one.ts'), edit('/p/two.ts')]);
    expect(outcome.refused).toEqual([
      {
        ...edit('/p/one.ts'),
        line: 2,
        column: 3,
        reason: { kind: 'types', errors: [{ file: '/p/one.ts', line: 2, column: 3, code: 2322, message: 'Bad B.' }], together: false },
      },
      // Not `settle/rule` too: `Fix B.` is reported to the end of its line, so editing C changes its
      // fingerprint, and it is matched by rule, message and enclosing functions instead.
      { ...edit('/p/one.ts'), line: 2, column: 9, reason: { kind: 'findings', rules: [['settle/other', 1]] } },
    ]);
    expect(
      outcome.results.map((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.message}`)),
    ).toEqual([['2:3 Fix B.', '2:9 Fix C.'], []]);
  });

  it('applies edits to the text after a byte order mark, as ESLint ranges index it', () => {
    expect(
      applyEdits('\uFEFFab cd', [
        { range: [3, 5], text: 'x' },
        { range: [0, 1], text: 'y' },
      ]),
    ).toBe('\uFEFFyb x');
  });
});

describe('settle CLI: progress and stats', () => {
  it("--stats prints parse time and each rule's time on stderr", async () => {
    const project = createProject({ 'tsconfig.json': tsconfig, 'src/sender.ts': sender });
    try {
      const run = await settle(['--stats', '-f', 'json', '--backend', 'classic'], project);
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toHaveLength(1);
      expect(run.stderr).toMatch(/^settle: 1 file, classic backend\n {2}parse \+ type information +\d+ ms\n/);
      for (const rule of ['no-floating-promises', 'no-unobserved-promise', 'no-unchecked-settled-results']) {
        expect(run.stderr).toMatch(new RegExp(`^ {2}settle/${rule} +\\d+ ms$`, 'm'));
      }
      expect(run.stderr).toMatch(/\n {2}total \(wall clock\) +\d+ ms\n$/);
    } finally {
      removeProject(project);
    }
  });

  it('--stats with --fix-suggestions adds the time spent verifying; --format json lists the edits applied', async () => {
    const project = createProject({ 'tsconfig.json': tsconfig, 'src/sender.ts': sender });
    try {
      const run = await settle(['--fix-suggestions', '--stats', '-f', 'json', '--backend', 'tsgo'], project);
      expect(run.code).toBe(0);
      const results = JSON.parse(run.stdout) as {
        messages: unknown[];
        fixes?: unknown;
        stats: { times: { passes: { rules: object }[] } };
      }[];
      expect(results.map(({ messages, fixes }) => ({ messages, fixes }))).toEqual([
        {
          messages: [],
          fixes: {
            applied: [
              { ruleId: 'settle/no-floating-promises', kind: 'suggestion', messageId: 'suggestAwait' },
              { ruleId: 'settle/no-unobserved-promise', kind: 'suggestion', messageId: 'suggestPromiseAll' },
            ],
            notApplied: [],
          },
        },
      ]);
      // Only settle's rules are timed, not the CLI's own helper.
      expect(Object.keys(results[0]!.stats.times.passes[0]!.rules).every((rule) => rule.startsWith('settle/'))).toBe(true);
      expect(run.stderr).toMatch(
        /^settle: applied 2 suggestions in 1 file\nsettle: 1 file, tsgo backend\n {2}parse \+ type information +\d+ ms\n/,
      );
      expect(run.stderr).toMatch(
        /\n {2}verifying fixes: re-lint +\d+ ms\n {2}verifying fixes: type-check +\d+ ms\n {2}total \(wall clock\) +\d+ ms\n$/,
      );
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
      const code = await built.run(['--backend', 'tsgo'], {
        cwd: project,
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { isTTY: true, write: (text: string) => (stderr += text) },
      });
      expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
      expect(stderr).toMatch(/^\r\u001b\[2Ksettle: \d+\/51 files \(\d+%\), \d+\.\ds, tsgo backend/);
      expect(stderr).toMatch(/\r\u001b\[2Ksettle: 51\/51 files \(100%\), \d+\.\ds, tsgo backend\r\u001b\[2K$/);
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

  it('names the projects being linted before the backend, when given', () => {
    const output: string[] = [];
    const progress = createProgress({ isTTY: true, write: (text: string) => output.push(text) }, 600, false, () => 2000, 'tsgo backend');
    progress.update(300, 600, 'packages/api, packages/worker');
    progress.update(600, 600);
    expect(output).toEqual([
      '\r\u001b[2Ksettle: 300/600 files (50%), 0.0s, packages/api, packages/worker, tsgo backend',
      '\r\u001b[2Ksettle: 600/600 files (100%), 0.0s, tsgo backend',
    ]);
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
