import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import type { Linter } from 'eslint';
import { ESLint } from 'eslint';
import ts from 'typescript';

import type { ConfigName } from '../configs.js';
import plugin from '../index.js';

/** Where the CLI writes and which directory it runs in (tests pass their own). */
export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

/** A usage or configuration problem: one line on stderr and exit code 2. */
class UsageError extends Error {}

const configNames = ['recommended', 'strict', 'all'] as const satisfies readonly ConfigName[];
const formats = ['stylish', 'json'] as const;
type Format = (typeof formats)[number];

const typescriptExtensions = ['.ts', '.tsx', '.mts', '.cts'];

const help = `Usage: settle [paths...] [options]

Lints TypeScript files with the eslint-plugin-settle rules, type-aware through a tsconfig.
Without paths, lints every TypeScript file the tsconfig includes.

Options:
  -p, --project <tsconfig>  the tsconfig to type-check with (default: tsconfig.json, searched from the current directory upward)
  -c, --config <name>       recommended | strict | all (default: recommended)
  -f, --format <name>       stylish | json (default: stylish)
  -h, --help                show this help

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration problem.
`;

interface Options {
  paths: string[];
  project: string | undefined;
  config: ConfigName;
  format: Format;
  help: boolean;
}

/**
 * Runs the `settle` CLI and resolves to its exit code: 0 without errors, 1 when a file has
 * errors (a file that does not parse counts), 2 for usage or configuration problems.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options.help) {
      io.stdout.write(help);
      return 0;
    }
    const tsconfig = findTsconfig(options.project, io.cwd);
    const files = options.paths.length > 0 ? existingPaths(options.paths, io.cwd) : projectFiles(tsconfig, io.cwd);
    const eslint = new ESLint({
      // ESLint ignores files outside its cwd, and a tsconfig may live (or include files) above ours.
      cwd: commonAncestor([io.cwd, ...files]),
      overrideConfigFile: true,
      overrideConfig: [
        plugin.configs[options.config],
        {
          languageOptions: { parserOptions: parserOptionsFor(tsconfig) },
          // The project's own `eslint-disable` comments name rules we do not load: not our findings.
          linterOptions: { reportUnusedDisableDirectives: 'off' },
        },
      ] as Linter.Config[],
      globInputPaths: false,
    });
    const results = (await eslint.lintFiles(files)).map(onlySettleFindings);
    io.stdout.write(options.format === 'json' ? `${await (await eslint.loadFormatter('json')).format(results)}\n` : stylish(results, io.cwd));
    return results.some((result) => result.errorCount > 0) ? 1 : 0;
  } catch (error) {
    // Configuration errors surface as exceptions from ESLint or the parser too; one line, no stack.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`settle: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

/** Drops "Definition for rule … was not found" reports for other plugins' rules named in inline comments. */
function onlySettleFindings(result: ESLint.LintResult): ESLint.LintResult {
  const messages = result.messages.filter((message) => message.ruleId === null || message.ruleId.startsWith('settle/'));
  if (messages.length === result.messages.length) return result;
  const count = (severity: number, fixable: boolean): number =>
    messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
  return {
    ...result,
    messages,
    errorCount: count(2, false),
    warningCount: count(1, false),
    fatalErrorCount: messages.filter((message) => message.fatal).length,
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        project: { type: 'string', short: 'p' },
        config: { type: 'string', short: 'c', default: 'recommended' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // Node's messages go on to explain `--`; the first sentence is the useful part.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message.split('. ')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  const config = oneOf(configNames, values.config, '--config');
  const format = oneOf(formats, values.format, '--format');
  return { paths: positionals, project: values.project, config, format, help: values.help };
}

function oneOf<T extends string>(allowed: readonly T[], value: string, option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not "${value}"`);
}

/** The absolute path of the tsconfig: the one given (a file, or a directory as with `tsc -p`), or the nearest `tsconfig.json` from `cwd` up. */
function findTsconfig(project: string | undefined, cwd: string): string {
  if (project !== undefined) {
    const given = path.resolve(cwd, project);
    const resolved = ts.sys.directoryExists(given) ? path.join(given, 'tsconfig.json') : given;
    if (!ts.sys.fileExists(resolved)) throw new UsageError(`tsconfig not found: ${project}`);
    return resolved;
  }
  const found = ts.findConfigFile(cwd, ts.sys.fileExists, 'tsconfig.json');
  if (!found) throw new UsageError(`no tsconfig.json in ${cwd} or its parents; pass --project <tsconfig>`);
  return path.resolve(found);
}

function existingPaths(paths: readonly string[], cwd: string): string[] {
  return paths.map((item) => {
    const resolved = path.resolve(cwd, item);
    if (!existsSync(resolved)) throw new UsageError(`no such file or directory: ${item}`);
    return resolved;
  });
}

/** The TypeScript files a tsconfig includes, read the way `tsc` reads them. */
function projectFiles(tsconfig: string, cwd: string): string[] {
  const shown = path.relative(cwd, tsconfig) || tsconfig;
  const { config, error } = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (error) throw new UsageError(`${shown}: ${ts.flattenDiagnosticMessageText(error.messageText, ' ')}`);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(tsconfig), undefined, tsconfig);
  const problem = parsed.errors.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  if (problem) throw new UsageError(`${shown}: ${ts.flattenDiagnosticMessageText(problem.messageText, ' ')}`);
  const files = parsed.fileNames.filter((file) => typescriptExtensions.includes(path.extname(file))).map((file) => path.resolve(file));
  if (files.length === 0) throw new UsageError(`${shown} includes no TypeScript files`);
  return files;
}

/** The deepest directory that contains every one of `paths`. */
function commonAncestor(paths: readonly string[]): string {
  return paths.reduce((ancestor, item) => {
    let current = ancestor;
    while (path.relative(current, item).startsWith('..') && path.dirname(current) !== current) current = path.dirname(current);
    return current;
  });
}

/**
 * The project service only finds tsconfigs named `tsconfig.json` (the nearest one to each file);
 * any other name has to be handed to the parser as an explicit `project`.
 */
function parserOptionsFor(tsconfig: string): Linter.ParserOptions {
  const tsconfigRootDir = path.dirname(tsconfig);
  return path.basename(tsconfig) === 'tsconfig.json'
    ? { projectService: true, tsconfigRootDir }
    : { projectService: false, project: tsconfig, tsconfigRootDir };
}

/** ESLint-style text output: findings grouped by file, then a summary line. */
function stylish(results: readonly ESLint.LintResult[], cwd: string): string {
  let errors = 0;
  let warnings = 0;
  const blocks: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    // Messages about a whole file (ignored, not in the project) have no position.
    const positions = result.messages.map((message) => `${message.line ?? 0}:${message.column ?? 0}`);
    const width = Math.max(...positions.map((position) => position.length));
    const lines = result.messages.map((message, index) => {
      const severity = message.severity === 2 ? 'error' : 'warning';
      const rule = message.ruleId ? `  ${message.ruleId}` : '';
      return `  ${positions[index]!.padEnd(width)}  ${severity}  ${message.message.split('\n')[0]}${rule}`;
    });
    blocks.push(`${path.relative(cwd, result.filePath) || result.filePath}\n${lines.join('\n')}\n`);
  }
  if (blocks.length === 0) return '';
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return `${blocks.join('\n')}\n${count(errors + warnings, 'problem')} (${count(errors, 'error')}, ${count(warnings, 'warning')})\n`;
}
