import { parseArgs } from 'node:util';

import type { ConfigName } from '../configs.js';

/** A usage or configuration problem: one line on stderr and exit code 2. */
export class UsageError extends Error {}

/** The output formats `--format` accepts. */
export const formats = ['stylish', 'json', 'sarif', 'github'] as const;
/** One output format. */
export type Format = (typeof formats)[number];

const configNames = ['recommended', 'strict', 'all'] as const satisfies readonly ConfigName[];

/** What `--backend` accepts (see `backend.ts`). */
export const backendChoices = ['auto', 'classic', 'tsgo'] as const;
/** One `--backend` value. */
export type BackendChoice = (typeof backendChoices)[number];

/** Everything the command line asks for, validated. */
export interface Options {
  paths: string[];
  projects: string[];
  /** `undefined` when not given: `recommended`, or the project's ESLint config with `--use-eslint-config`. */
  config: ConfigName | undefined;
  format: Format;
  outputFile: string | undefined;
  /** -1 (the default) means no limit. */
  maxWarnings: number;
  fix: boolean;
  fixSuggestions: boolean;
  baseline: string | undefined;
  updateBaseline: boolean;
  shard: { index: number; count: number } | undefined;
  rules: string[];
  useEslintConfig: boolean;
  backend: BackendChoice;
  /** Find every tsconfig.json below the working directory (`--all-projects`). */
  allProjects: boolean;
  /** How many projects to lint at once (`--concurrency`, default 1). */
  concurrency: number | 'auto';
  quiet: boolean;
  stats: boolean;
  color: boolean | undefined;
  listRules: boolean;
  help: boolean;
  version: boolean;
}

/** The `--help` text. */
export const help = `Usage: settle [paths...] [options]

Lints TypeScript files with the eslint-plugin-settle rules, type-aware through a tsconfig.
Without paths, lints every TypeScript file the tsconfig includes; with paths (files or
directories), only the project's files among them.

Project and rules:
  -p, --project <tsconfig>   tsconfig to type-check with; repeatable (default: tsconfig.json,
                             searched from the current directory upward; references are followed)
      --all-projects         lint every tsconfig.json below the current directory (node_modules,
                             dot-directories and build output left out): a monorepo without a
                             root tsconfig
  -c, --config <name>        recommended | strict | all (default: recommended)
  -r, --rule <id>            run only this rule; repeatable (see --list-rules)
      --use-eslint-config    use the project's eslint.config.* (its settle rules, options, ignores)
      --backend <name>       auto | classic | tsgo: the type checker (default: auto, which takes
                             TypeScript 7.1's tsgo when @typescript/native 7.1+ and typescript 6.0
                             are both installed; see docs/typescript-7.md)
      --concurrency <n|auto> lint up to n projects at once, in child processes (default 1;
                             auto: one per core, as many as the free memory holds, each linting
                             several projects in one process where that memory allows)

Output:
  -f, --format <name>        stylish | json | sarif | github (default: stylish)
  -o, --output-file <file>   write the report to a file instead of stdout
      --max-warnings <n>     exit 1 when there are more than n warnings
  -q, --quiet                report errors only; no progress or notes on stderr
      --stats                print parse and per-rule times on stderr, and with several projects
                             each project's files, times and peak memory
      --color, --no-color    force colours in stylish output, or turn them off on a terminal

Fixing:
      --fix                  apply the safe fixes and write the files; an edit that would not
                             parse, would add a type error or a finding is not applied
      --fix-suggestions      also apply each finding's first suggestion (review the diff)

Adopting in a legacy codebase and in CI:
      --baseline <file>      only findings that are not in this baseline file fail
      --update-baseline      write the current findings to the --baseline file and exit 0
      --shard <i>/<n>        lint only shard i of n (1-based), a stable split of the files

  -h, --help                 show this help
  -v, --version              show the version
      --list-rules           list the rules and the configs that enable them

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or
configuration problem.
`;

/** Parses and validates the command line; throws {@link UsageError} with a one-line message. */
export function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        project: { type: 'string', short: 'p', multiple: true },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', short: 'r', multiple: true },
        'use-eslint-config': { type: 'boolean' },
        backend: { type: 'string' },
        'all-projects': { type: 'boolean' },
        concurrency: { type: 'string' },
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        stats: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-suggestions': { type: 'boolean' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean' },
        shard: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        'list-rules': { type: 'boolean' },
      },
    });
  } catch (error) {
    // Node's messages go on to explain `--`; the first sentence is the useful part.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message.split('. ')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  const options: Options = {
    paths: positionals,
    projects: values.project ?? [],
    config: values.config === undefined ? undefined : oneOf(configNames, values.config, '--config'),
    format: oneOf(formats, values.format ?? 'stylish', '--format'),
    outputFile: values['output-file'],
    maxWarnings: values['max-warnings'] === undefined ? -1 : count(values['max-warnings']),
    fix: values.fix === true || values['fix-suggestions'] === true,
    fixSuggestions: values['fix-suggestions'] === true,
    baseline: values.baseline,
    updateBaseline: values['update-baseline'] === true,
    shard: values.shard === undefined ? undefined : shard(values.shard),
    rules: values.rule ?? [],
    useEslintConfig: values['use-eslint-config'] === true,
    backend: oneOf(backendChoices, values.backend ?? 'auto', '--backend'),
    allProjects: values['all-projects'] === true,
    concurrency: values.concurrency === undefined ? 1 : concurrency(values.concurrency),
    quiet: values.quiet === true,
    stats: values.stats === true,
    color: values['no-color'] === true ? false : values.color === true ? true : undefined,
    listRules: values['list-rules'] === true,
    help: values.help === true,
    version: values.version === true,
  };
  if (options.updateBaseline && options.baseline === undefined) throw new UsageError('--update-baseline needs --baseline <file>');
  if (options.useEslintConfig && options.config !== undefined) {
    throw new UsageError('--config and --use-eslint-config exclude each other: the ESLint config decides the rules');
  }
  if (options.allProjects && options.projects.length > 0) {
    throw new UsageError('--all-projects and --project exclude each other: --all-projects finds every tsconfig.json itself');
  }
  return options;
}

function oneOf<T extends string>(allowed: readonly T[], value: string, option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not "${value}"`);
}

function count(value: string): number {
  if (!/^(?:-1|\d+)$/.test(value)) throw new UsageError(`--max-warnings must be a whole number (or -1 for no limit), not "${value}"`);
  return Number(value);
}

function concurrency(value: string): number | 'auto' {
  if (value === 'auto') return value;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--concurrency must be a number of processes (1 or more) or auto, not "${value}"`);
  return Number(value);
}

function shard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard must be <i>/<n> with 1 <= i <= n, not "${value}"`);
  }
  return { index, count: total };
}
