import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import Ajv from 'ajv';
import type { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import plugin from '../src/index.js';
import type { Run } from './cli-helpers.js';
import { broken, clean, createProject, findingsOf, removeProject, repo, sender, settle, tsconfig } from './cli-helpers.js';
import { sarifSchema } from './sarif-schema.js';

const distPlugin = pathToFileURL(path.join(repo, 'dist/src/index.js')).href;
const floating =
  'This promise is started and dropped: await it, return it, or attach a rejection handler, or its rejection crashes the process.';

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri?: string }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

describe('settle CLI: information', () => {
  it('prints --help and exits 0', async () => {
    const { code, stdout, stderr } = await settle(['--help'], repo);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Usage: settle \[paths\.\.\.\] \[options\]\n/);
    for (const option of [
      '--project',
      '--config',
      '--format',
      '--fix-suggestions',
      '--baseline',
      '--shard',
      '--max-warnings',
      '--list-rules',
      '--all-projects',
      '--concurrency',
    ]) {
      expect(stdout).toContain(option);
    }
  });

  it('prints --version and --list-rules', async () => {
    const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };
    expect(await settle(['--version'], repo)).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
    const { code, stdout } = await settle(['--list-rules'], repo);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^rule +configs +fixes +description\n/);
    for (const [id, rule] of Object.entries(plugin.rules)) {
      expect(stdout).toMatch(
        new RegExp(`^settle/${id} +[a-z, ]+ +[a-z, ()-]+ +${rule.meta.docs!.description.replace(/[`()]/g, '\\$&')}$`, 'm'),
      );
    }
  });
});

describe('settle CLI: bad input', () => {
  let project: string;

  beforeAll(() => {
    project = createProject({
      'tsconfig.json': tsconfig,
      'src/sender.ts': sender,
      'outside.ts': clean,
      'empty/readme.md': '',
      'settle-baseline.json': '{"version": 1, "files": []}',
      'broken-tsconfig/tsconfig.json': '{ "compilerOptions": { "strict": true, } oops',
      'no-rules/tsconfig.json': tsconfig,
      'no-rules/src/sender.ts': sender,
      'no-rules/eslint.config.js': 'export default [{ rules: {} }];\n',
      'untyped/tsconfig.json': tsconfig,
      'untyped/src/sender.ts': sender,
      'untyped/eslint.config.js': `import settle from '${distPlugin}';\n\nexport default [{ ...settle.configs.recommended, languageOptions: { parser: settle.configs.recommended.languageOptions.parser } }];\n`,
    });
  });

  afterAll(() => removeProject(project));

  it.concurrent.each([
    [
      'a missing tsconfig',
      ['--project', 'nope/tsconfig.json'],
      /^tsconfig not found: nope\/tsconfig\.json \(no such file or directory in .+\)$/,
    ],
    [
      'a directory without a tsconfig.json',
      ['-p', 'empty'],
      "no tsconfig.json in empty; pass the tsconfig file itself, or a pattern such as 'empty/*'",
    ],
    ['a pattern that matches no tsconfig', ['-p', 'nothing-*/*'], /^no tsconfig\.json matches nothing-\*\/\* \(looked in .+\)$/],
    ['a tsconfig that does not parse', ['-p', 'broken-tsconfig'], /^broken-tsconfig\/tsconfig\.json: .+$/],
    ['an unknown option', ['--frobnicate'], "Unknown option '--frobnicate' (see --help)"],
    ['a missing option value', ['--project'], "Option '-p, --project <value>' argument missing (see --help)"],
    ['an unknown config', ['--config', 'loose'], '--config must be one of recommended, strict, all, not "loose"'],
    ['an unknown format', ['--format', 'xml'], '--format must be one of stylish, json, sarif, github, not "xml"'],
    ['an unknown backend', ['--backend', 'native'], '--backend must be one of auto, classic, tsgo, not "native"'],
    ['an unknown rule', ['--rule', 'no-such-rule'], 'unknown rule: no-such-rule (see --list-rules)'],
    ['an unknown prefixed rule', ['-r', 'settle/nope'], 'unknown rule: settle/nope (see --list-rules)'],
    [
      'a file outside the project',
      ['outside.ts'],
      'outside.ts is not a TypeScript file of the project (tsconfig.json); pass --project <tsconfig> for its project',
    ],
    ['a directory without project files', ['empty'], 'empty contains no TypeScript file of the project (tsconfig.json)'],
    ['a directory that does not exist', ['nope/'], 'no such file or directory: nope/'],
    ['a file that does not exist', ['src/nope.ts'], 'no such file or directory: src/nope.ts'],
    ['a bad --shard', ['--shard', '3/2'], '--shard must be <i>/<n> with 1 <= i <= n, not "3/2"'],
    ['a bad --max-warnings', ['--max-warnings', 'many'], '--max-warnings must be a whole number (or -1 for no limit), not "many"'],
    ['--update-baseline alone', ['--update-baseline'], '--update-baseline needs --baseline <file>'],
    ['a missing baseline', ['--baseline', 'nope.json'], 'baseline not found: nope.json (create it with --update-baseline)'],
    [
      'a malformed baseline',
      ['--baseline', 'settle-baseline.json'],
      'settle-baseline.json is not a settle baseline (expected {"version": 1, "files": {...}})',
    ],
    [
      '--config with --use-eslint-config',
      ['--config', 'all', '--use-eslint-config'],
      '--config and --use-eslint-config exclude each other: the ESLint config decides the rules',
    ],
    [
      'an ESLint config without settle rules',
      ['-p', 'no-rules', '--use-eslint-config', 'no-rules/src'],
      /^the ESLint config enables no settle rule for sender\.ts; .+$/,
    ],
  ])('exits 2 with one line on stderr for %s', async (_, argv, message) => {
    const { code, stdout, stderr } = await settle(argv, project);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^settle: [^\n]+\n$/);
    if (typeof message === 'string') expect(stderr).toBe(`settle: ${message}\n`);
    else expect(stderr.slice('settle: '.length, -1)).toMatch(message);
  });

  it('exits 2 when the ESLint config gives the rules no type information', async () => {
    expect(await settle(['--use-eslint-config'], path.join(project, 'untyped'))).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'settle: the ESLint config gives settle no type information: set parserOptions.projectService, or pass --project <tsconfig>\n',
    });
  });

  it('exits 2 when no tsconfig.json is found upward or below', async () => {
    const elsewhere = createProject({ 'readme.md': '' });
    try {
      const { code, stderr } = await settle([], elsewhere);
      expect(code).toBe(2);
      expect(stderr).toBe(`settle: no tsconfig.json in ${elsewhere}, its parents or below it; pass --project <tsconfig>\n`);
    } finally {
      removeProject(elsewhere);
    }
  });
  it('stays quiet about a legacy .eslintignore it does not read (zero-config)', async () => {
    // ESLint warns about the file on two lines of stderr for every run; settle's own run never reads it.
    const legacy = createProject({ 'tsconfig.json': tsconfig, 'src/sender.ts': sender, '.eslintignore': 'dist\n' });
    try {
      const run = await settle(['--format', 'json'], legacy);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(findingsOf(JSON.parse(run.stdout) as Parameters<typeof findingsOf>[0], legacy)).toEqual([
        'src/sender.ts 4 settle/no-floating-promises',
        'src/sender.ts 9 settle/no-unobserved-promise',
      ]);
    } finally {
      removeProject(legacy);
    }
  });
});

describe('settle CLI: projects by directory and pattern', () => {
  let root: string;

  beforeAll(() => {
    // A monorepo with no root tsconfig: two packages, each its own project.
    root = createProject({
      'packages/a/tsconfig.json': tsconfig,
      'packages/a/src/sender.ts': sender,
      'packages/b/tsconfig.json': tsconfig,
      'packages/b/src/sender.ts': sender,
      'packages/docs/readme.md': '',
    });
  });

  afterAll(() => removeProject(root));

  it('lints every project a --project pattern matches, as separate runs would', async () => {
    const together = await settle(['-p', 'packages/*', '--format', 'json'], root);
    const a = await settle(['-p', 'packages/a', '--format', 'json'], root);
    const b = await settle(['-p', 'packages/b', '--format', 'json'], root);
    expect(together.code).toBe(1);
    const files = (run: Run): string[] => (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath).sort();
    expect(files(together)).toEqual([...files(a), ...files(b)].sort());
    expect(files(together)).toHaveLength(2);
  });

  it('lints examples/ from the repository root with its own tsconfig (`settle examples`)', async () => {
    const byDirectory = await settle(['examples', '--format', 'json'], repo);
    const byProject = await settle(['-p', 'examples/tsconfig.json', '--format', 'json'], repo);
    expect(byDirectory.stderr).toBe('');
    expect(byDirectory.code).toBe(1);
    expect(byDirectory.stdout).toBe(byProject.stdout);
  });

  it('lints a directory argument with its own tsconfig.json as that project', async () => {
    const run = await settle(['packages/a', '--format', 'json'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((result) => path.relative(root, result.filePath))).toEqual([
      path.join('packages', 'a', 'src', 'sender.ts'),
    ]);
  });
});

describe('settle CLI: --all-projects and --concurrency', () => {
  let root: string;

  beforeAll(() => {
    // A monorepo with no root tsconfig: three packages; copies in build output, dependencies and
    // dot-directories are not projects.
    root = createProject({
      'packages/a/tsconfig.json': tsconfig,
      'packages/a/src/sender.ts': sender,
      'packages/b/tsconfig.json': JSON.stringify({
        ...(JSON.parse(tsconfig) as object),
        compilerOptions: { ...(JSON.parse(tsconfig) as { compilerOptions: object }).compilerOptions, outDir: 'lib' },
      }),
      'packages/b/src/sender.ts': sender.replace('notify', 'announce'),
      'packages/b/lib/tsconfig.json': tsconfig,
      'packages/b/lib/src/copy.ts': sender,
      'packages/c/tsconfig.json': tsconfig,
      'packages/c/src/clean.ts': clean,
      'packages/c/dist/tsconfig.json': tsconfig,
      'packages/c/dist/src/copy.ts': sender,
      'node_modules/dependency/tsconfig.json': tsconfig,
      'node_modules/dependency/src/copy.ts': sender,
      '.cache/tsconfig.json': tsconfig,
      '.cache/src/copy.ts': sender,
    });
  });

  afterAll(() => removeProject(root));

  const expected = [
    'packages/a/src/sender.ts 4 settle/no-floating-promises',
    'packages/a/src/sender.ts 9 settle/no-unobserved-promise',
    'packages/b/src/sender.ts 4 settle/no-floating-promises',
    'packages/b/src/sender.ts 9 settle/no-unobserved-promise',
  ];

  it('without a root tsconfig, names the projects below and the way to lint them all', async () => {
    const { code, stdout, stderr } = await settle([], root);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(
      `settle: no tsconfig.json in ${root} or its parents, but 3 below it (packages/a, packages/b, packages/c): run settle --all-projects, or pass --project <tsconfig>\n`,
    );
  });

  it('--all-projects lints every project below, as separate runs would, one process per project group', async () => {
    const all = await settle(['--all-projects', '-f', 'json'], root);
    expect(all.stderr).toBe('');
    expect(all.code).toBe(1);
    expect(findingsOf(JSON.parse(all.stdout) as ESLint.LintResult[], root)).toEqual(expected);
    const separate = await Promise.all(
      ['packages/a', 'packages/b', 'packages/c'].map((project) => settle(['-p', project, '-f', 'json'], root)),
    );
    expect(separate.flatMap((run) => findingsOf(JSON.parse(run.stdout) as ESLint.LintResult[], root)).sort()).toEqual(expected);
    const linted = (JSON.parse(all.stdout) as ESLint.LintResult[]).map((result) =>
      path.relative(root, result.filePath).split(path.sep).join('/'),
    );
    expect(linted).toEqual(['packages/a/src/sender.ts', 'packages/b/src/sender.ts', 'packages/c/src/clean.ts']);
  });

  it('--concurrency 2 and auto find the same; --stats has a row per project', async () => {
    for (const concurrency of ['2', 'auto']) {
      const run = await settle(['--all-projects', '--concurrency', concurrency, '--stats', '-f', 'json', '--backend', 'classic'], root);
      expect(run.code).toBe(1);
      expect(findingsOf(JSON.parse(run.stdout) as ESLint.LintResult[], root)).toEqual(expected);
      const table = run.stderr.slice(run.stderr.indexOf('settle: 3 projects'));
      expect(table).toMatch(
        /^settle: 3 projects, [12] at a time in child processes\n {2}project +files +parse \+ types +rules +wall clock +peak RSS\n/,
      );
      expect(
        table
          .trimEnd()
          .split('\n')
          .slice(2)
          .map((line) => /^ {2}(\S+) +(\d+) +\d+ ms +\d+ ms +\d+ ms +\d+ MiB$/.exec(line)?.slice(1, 3)),
      ).toEqual([
        ['packages/a/tsconfig.json', '1'],
        ['packages/b/tsconfig.json', '1'],
        ['packages/c/tsconfig.json', '1'],
      ]);
    }
  });

  it("--fix-suggestions in child processes writes each project's fixes and reports them together", async () => {
    const notify = `declare function send(message: string): Promise<void>;\n\nexport async function notify(): Promise<void> {\n  send('hi');\n}\n`;
    const fixable = createProject({
      'packages/a/tsconfig.json': tsconfig,
      'packages/a/src/sender.ts': notify,
      'packages/b/tsconfig.json': tsconfig,
      'packages/b/src/sender.ts': notify,
    });
    try {
      expect(await settle(['--all-projects', '--fix-suggestions'], fixable)).toEqual({
        code: 0,
        stdout: '',
        stderr: 'settle: applied 2 suggestions in 2 files\n',
      });
      for (const file of ['packages/a/src/sender.ts', 'packages/b/src/sender.ts']) {
        expect(readFileSync(path.join(fixable, file), 'utf8')).toBe(notify.replace("  send('hi');", "  await send('hi');"));
      }
    } finally {
      removeProject(fixable);
    }
  });

  it('a project that fails in its child process stops the run with its one line', async () => {
    const config = createProject({
      ...Object.fromEntries([['eslint.config.js', 'export default [];\n']]),
      'packages/a/tsconfig.json': tsconfig,
      'packages/a/src/sender.ts': sender,
      'packages/b/tsconfig.json': tsconfig,
      'packages/b/src/sender.ts': sender,
    });
    try {
      const { code, stdout, stderr } = await settle(['--all-projects', '--use-eslint-config'], config);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toBe(
        'settle: the ESLint config enables no settle rule for sender.ts; add settle.configs.recommended or drop --use-eslint-config\n',
      );
    } finally {
      removeProject(config);
    }
  });

  it('refuses --all-projects with --project, and a --concurrency that is not a count or auto', async () => {
    expect(await settle(['--all-projects', '-p', 'packages/a'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'settle: --all-projects and --project exclude each other: --all-projects finds every tsconfig.json itself\n',
    });
    for (const value of ['0', 'many', '1.5']) {
      expect(await settle(['--concurrency', value], root)).toEqual({
        code: 2,
        stdout: '',
        stderr: `settle: --concurrency must be a number of processes (1 or more) or auto, not "${value}"\n`,
      });
    }
  });

  it('--all-projects in a directory with no tsconfig anywhere below says so', async () => {
    const empty = createProject({ 'notes.md': '' });
    try {
      expect(await settle(['--all-projects'], empty)).toEqual({
        code: 2,
        stdout: '',
        stderr: `settle: --all-projects found no tsconfig.json in ${empty} or below it (node_modules and build output left out)\n`,
      });
    } finally {
      removeProject(empty);
    }
  });
});

describe('settle CLI: the examples', () => {
  it('prints the findings with code frames and exits 1', async () => {
    const { code, stdout, stderr } = await settle(['--project', 'examples/tsconfig.json'], repo);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('examples/src/queue-worker.ts\n');
    expect(stdout).toContain(
      [
        `  52:9   error  ${floating}  settle/no-floating-promises`,
        '    52 |         this.queue.send(`${job.topic}.reply`, reply);',
        '       |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '',
      ].join('\n'),
    );
    expect(stdout).toMatch(/^ {2}53:9 {3}error {2}.* {2}settle\/no-unchecked-settled-results$/m);
    expect(stdout).toMatch(/\n\d+ problems \(\d+ errors, 0 warnings\)\n$/);
  });

  it('finds the same, with the same fixes and suggestions, on the classic and the tsgo backend', async () => {
    const runs = await Promise.all(
      ['classic', 'tsgo'].map((backend) => settle(['--project', 'examples', '--config', 'all', '-f', 'json', '--backend', backend], repo)),
    );
    const findings = runs.map(({ code, stdout }) => ({
      code,
      results: (JSON.parse(stdout) as ESLint.LintResult[]).map(({ filePath, messages }) => ({ filePath, messages })),
    }));
    expect(findings[0]!.results.flatMap((result) => result.messages).length).toBeGreaterThan(20);
    expect(findings[1]).toEqual(findings[0]);
  });

  it('writes valid SARIF for them', async () => {
    const { code, stdout } = await settle(['--project', 'examples', '--format', 'sarif'], repo);
    expect(code).toBe(1);
    const ajv = new Ajv({ allErrors: true });
    expect(ajv.validate(sarifSchema, JSON.parse(stdout))).toBe(true);
    expect(ajv.errors ?? []).toEqual([]);
    const log = JSON.parse(stdout) as SarifLog;
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    for (const result of log.runs[0]!.results)
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^examples\/src\/[a-z-]+\.ts$/);
  });
});

describe('settle CLI: formats and exit codes', () => {
  let project: string;
  const runs = new Map<string, Promise<Run>>();
  /** Each distinct command line runs once; tests share its output. */
  const once = (argv: string[]): Promise<Run> => {
    const key = argv.join(' ');
    if (!runs.has(key)) runs.set(key, settle(argv, project));
    return runs.get(key)!;
  };

  beforeAll(() => {
    project = createProject({
      'tsconfig.json': tsconfig,
      'src/sender.ts': sender,
      'src/clean.ts': clean,
      'src/broken.ts': broken,
      // Inline directives for rules of plugins the CLI does not load are not findings.
      'src/directives.ts':
        '// eslint-disable-next-line @typescript-eslint/no-explicit-any\nexport const value: any = 1; // eslint-disable-line no-console\n',
      'src/nested/warn.ts': `declare function send(message: string): Promise<void>;\n\nexport function later(): void {\n  send('x');\n}\n`,
      // Read only with --use-eslint-config: both rules downgraded to warnings.
      'eslint.config.js': `import settle from '${distPlugin}';\n\nexport default [\n  settle.configs.recommended,\n  { rules: { 'settle/no-floating-promises': 'warn', 'settle/no-unobserved-promise': 'warn' } },\n];\n`,
    });
  });

  afterAll(() => removeProject(project));

  it('stylish: reports parse errors as findings, lints the other files, exits 1', async () => {
    const { code, stdout, stderr } = await once([]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'src/broken.ts',
        "  2:9  error  Parsing error: ':' expected.",
        '    2 |   return 1;',
        '      |         ^',
        '',
        'src/nested/warn.ts',
        `  4:3  error  ${floating}  settle/no-floating-promises`,
        "    4 |   send('x');",
        '      |   ^^^^^^^^^',
        '',
        'src/sender.ts',
        `  4:3  error  ${floating}  settle/no-floating-promises`,
        "    4 |   send('hi');",
        '      |   ^^^^^^^^^^',
        '  9:9  error  `b` has no rejection handler while the function waits at line 10: if it rejects meanwhile, Node.js reports an unhandled rejection before it is awaited.  settle/no-unobserved-promise',
        "    9 |   const b = send('b');",
        '      |         ^',
        '',
        '4 problems (4 errors, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('json: ESLint result objects for every linted file', async () => {
    const { code, stdout } = await once(['--format', 'json']);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as ESLint.LintResult[];
    expect(results.map((result) => path.relative(project, result.filePath))).toEqual([
      'src/broken.ts',
      'src/clean.ts',
      'src/directives.ts',
      'src/nested/warn.ts',
      'src/sender.ts',
    ]);
    expect(findingsOf(results, project)).toEqual([
      'src/broken.ts 2 null',
      'src/nested/warn.ts 4 settle/no-floating-promises',
      'src/sender.ts 4 settle/no-floating-promises',
      'src/sender.ts 9 settle/no-unobserved-promise',
    ]);
    expect(results[0]!.messages[0]).toMatchObject({ fatal: true, severity: 2, message: "Parsing error: ':' expected." });
  });

  it('sarif: valid SARIF 2.1.0 with rule metadata, locations and fingerprints, into --output-file', async () => {
    const { code, stdout, stderr } = await settle(['--format', 'sarif', '--output-file', 'reports/settle.sarif'], project);
    expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: '', stderr: '' });
    const log = JSON.parse(readFileSync(path.join(project, 'reports/settle.sarif'), 'utf8')) as SarifLog;
    const ajv = new Ajv({ allErrors: true });
    const valid = ajv.validate(sarifSchema, log);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const [run] = log.runs;
    expect(run!.tool.driver).toMatchObject({ name: 'settle', version: plugin.meta.version });
    expect(run!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`${pathToFileURL(project).href}/`);
    for (const id of Object.keys(plugin.rules)) {
      expect(run!.tool.driver.rules).toContainEqual(
        expect.objectContaining({ id: `settle/${id}`, helpUri: plugin.rules[id as keyof typeof plugin.rules].meta.docs!.url }),
      );
    }
    const results = run!.results.map((result) => ({
      rule: run!.tool.driver.rules[result.ruleIndex]!.id,
      ruleId: result.ruleId,
      level: result.level,
      uri: result.locations[0]!.physicalLocation.artifactLocation,
      region: result.locations[0]!.physicalLocation.region,
    }));
    expect(results).toEqual([
      {
        rule: 'parse-error',
        ruleId: 'parse-error',
        level: 'error',
        uri: { uri: 'src/broken.ts', uriBaseId: '%SRCROOT%' },
        region: { startLine: 2, startColumn: 9 },
      },
      {
        rule: 'settle/no-floating-promises',
        ruleId: 'settle/no-floating-promises',
        level: 'error',
        uri: { uri: 'src/nested/warn.ts', uriBaseId: '%SRCROOT%' },
        region: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 12 },
      },
      {
        rule: 'settle/no-floating-promises',
        ruleId: 'settle/no-floating-promises',
        level: 'error',
        uri: { uri: 'src/sender.ts', uriBaseId: '%SRCROOT%' },
        region: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 13 },
      },
      {
        rule: 'settle/no-unobserved-promise',
        ruleId: 'settle/no-unobserved-promise',
        level: 'error',
        uri: { uri: 'src/sender.ts', uriBaseId: '%SRCROOT%' },
        region: { startLine: 9, startColumn: 9, endLine: 9, endColumn: 10 },
      },
    ]);
    const fingerprints = run!.results.map((result) => result.partialFingerprints['settleFingerprint/v1']);
    for (const fingerprint of fingerprints) expect(fingerprint).toMatch(/^[0-9a-f]{20}:1$/);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('github: one workflow annotation per finding', async () => {
    const { code, stdout } = await once(['--format', 'github']);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      "::error file=src/broken.ts,line=2,col=9,title=parse error::Parsing error: ':' expected.",
      `::error file=src/nested/warn.ts,line=4,endLine=4,col=3,endColumn=12,title=settle/no-floating-promises::${floating}`,
      `::error file=src/sender.ts,line=4,endLine=4,col=3,endColumn=13,title=settle/no-floating-promises::${floating}`,
      expect.stringMatching(
        /^::error file=src\/sender\.ts,line=9,endLine=9,col=9,endColumn=10,title=settle\/no-unobserved-promise::`b` has no rejection handler/,
      ),
      '',
    ]);
  });

  it('exits 0 and prints nothing when the given files have no findings', async () => {
    expect(await settle(['src/clean.ts', 'src/directives.ts'], project)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('finds tsconfig.json upward; lints only the project files under a given directory, with --rule and --config', async () => {
    const { code, stdout } = await settle(
      ['nested', '--rule', 'no-floating-promises', '--config', 'strict', '-f', 'json'],
      path.join(project, 'src'),
    );
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as ESLint.LintResult[];
    expect(results.map((result) => result.filePath)).toEqual([path.join(project, 'src/nested/warn.ts')]);
    expect(findingsOf(results, project)).toEqual(['src/nested/warn.ts 4 settle/no-floating-promises']);
    const other = await settle(['src/nested', '--rule', 'no-unobserved-promise'], project);
    expect(other).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--use-eslint-config takes severities from eslint.config.js; warnings exit 0 unless over --max-warnings', async () => {
    const lenient = await once(['--use-eslint-config', 'src/sender.ts']);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/^ {2}4:3 {2}warning {2}This promise is started and dropped/m);
    expect(lenient.stdout).toContain('2 problems (0 errors, 2 warnings)\n');
    const strict = await settle(['--use-eslint-config', 'src/sender.ts', '--max-warnings', '1'], project);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(lenient.stdout);
    expect(strict.stderr).toBe('settle: too many warnings: 2, --max-warnings is 1\n');
    // --quiet reports errors only.
    expect(await settle(['--use-eslint-config', 'src/sender.ts', '--quiet'], project)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('writes no files while reporting', () => {
    expect(readFileSync(path.join(project, 'src/sender.ts'), 'utf8')).toBe(sender);
    expect(existsSync(path.join(project, '.eslintcache'))).toBe(false);
  });
});

describe('settle CLI: monorepos', () => {
  let root: string;

  beforeAll(() => {
    root = createProject({
      // A solution-style tsconfig: no files of its own, two referenced projects.
      'tsconfig.json': JSON.stringify({
        files: [],
        references: [{ path: 'packages/api' }, { path: 'packages/worker/tsconfig.build.json' }],
      }),
      'packages/api/tsconfig.json': tsconfig,
      'packages/api/src/sender.ts': sender,
      'packages/worker/tsconfig.build.json': tsconfig,
      'packages/worker/src/worker.ts': sender.replace('notify', 'work'),
      'packages/worker/src/clean.ts': clean,
    });
  });

  afterAll(() => removeProject(root));

  const expected = [
    'packages/api/src/sender.ts 4 settle/no-floating-promises',
    'packages/api/src/sender.ts 9 settle/no-unobserved-promise',
    'packages/worker/src/worker.ts 4 settle/no-floating-promises',
    'packages/worker/src/worker.ts 9 settle/no-unobserved-promise',
  ];

  it('lints every project named with a repeated --project, whatever their tsconfig is called', async () => {
    const { code, stdout } = await settle(['-p', 'packages/api', '-p', 'packages/worker/tsconfig.build.json', '-f', 'json'], root);
    expect(code).toBe(1);
    expect(findingsOf(JSON.parse(stdout) as ESLint.LintResult[], root)).toEqual(expected);
  });

  it('lints a project whose tsconfig the tsgo backend cannot take with the classic backend, and says so', async () => {
    const { code, stdout, stderr } = await settle(
      ['-p', 'packages/api', '-p', 'packages/worker/tsconfig.build.json', '--backend', 'tsgo', '--stats', '-f', 'json'],
      root,
    );
    expect(code).toBe(1);
    expect(findingsOf(JSON.parse(stdout) as ESLint.LintResult[], root)).toEqual(expected);
    expect(stderr).toMatch(
      /^settle: packages\/worker\/tsconfig\.build\.json is not named tsconfig\.json, which the tsgo backend needs \(it finds projects through the project service\): linted with the classic backend\nsettle: 3 files, classic and tsgo backends\n/,
    );
  });

  it('falls back to the classic backend, with a note, for a project TypeScript 7.1 cannot load (auto), not when tsgo is forced', async () => {
    // TypeScript 7.1.0-beta maps `esnext.array` to a lib file it does not ship.
    const options = JSON.parse(tsconfig) as { compilerOptions: Record<string, unknown> };
    const project = createProject({
      'tsconfig.json': JSON.stringify({ ...options, compilerOptions: { ...options.compilerOptions, lib: ['ES2023', 'esnext.array'] } }),
      'src/sender.ts': sender,
      'src/worker.ts': sender.replace('notify', 'work'),
    });
    try {
      const auto = await settle(['-f', 'json'], project);
      expect(auto.code).toBe(1);
      expect(findingsOf(JSON.parse(auto.stdout) as ESLint.LintResult[], project)).toEqual([
        'src/sender.ts 4 settle/no-floating-promises',
        'src/sender.ts 9 settle/no-unobserved-promise',
        'src/worker.ts 4 settle/no-floating-promises',
        'src/worker.ts 9 settle/no-unobserved-promise',
      ]);
      expect(auto.stderr).toBe(
        'settle: the tsgo backend could not load tsconfig.json (Parsing error: Invalid value for lib provided: es2026.array): linted with the classic backend\n',
      );
      const forced = await settle(['-f', 'json', '--backend', 'tsgo'], project);
      expect(forced.code).toBe(1);
      const messages = (JSON.parse(forced.stdout) as ESLint.LintResult[]).flatMap((result) => result.messages);
      expect(messages.map((message) => message.fatal)).toEqual([true, true]);
    } finally {
      removeProject(project);
    }
  });

  it('follows the references of the tsconfig.json it finds', async () => {
    const { code, stdout } = await settle(['-f', 'json'], root);
    expect(code).toBe(1);
    expect(findingsOf(JSON.parse(stdout) as ESLint.LintResult[], root)).toEqual(expected);
  });
});
