import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Linter, Rule } from 'eslint';
import { ESLint } from 'eslint';
import type ts from 'typescript';

import type { ConfigName } from '../configs.js';
import { backendOf } from '../analysis/types/checker.js';
import plugin from '../index.js';
import { SetupError } from '../typescript-support.js';
import { UsageError } from './args.js';
import type { Backend } from './backend.js';
import { tsgoTakes } from './backend.js';
import type { EditInfo, RefusedEdit } from './fixes.js';
import { fixVerified } from './fixes.js';
import type { Project } from './project.js';
import { createTypeCheck } from './typecheck.js';
import { writeFileAtomic } from './write.js';

/** What to lint and how. */
export interface LintRequest {
  projects: readonly Project[];
  cwd: string;
  config: ConfigName;
  /** Load the project's eslint.config.* instead of `config`. */
  useEslintConfig: boolean;
  /** Whether the tsconfigs were named with `--project` (then they are handed to the parser even with `--use-eslint-config`). */
  explicitProjects: boolean;
  /** Full rule ids (`settle/…`) to run alone; empty for every rule of the config. */
  only: readonly string[];
  fix: boolean;
  fixSuggestions: boolean;
  stats: boolean;
  /** The backend chosen for the run; a project the tsgo backend cannot take is linted with `classic`. */
  backend: Backend;
  /** `--backend auto`: a project the tsgo backend fails to load is linted again with `classic`. */
  fallBack: boolean;
  /** Called after each batch of files. */
  onProgress?: (done: number, total: number) => void;
}

/** The results of a run, sorted by file, with only settle's findings and parse errors. */
export interface LintOutcome {
  results: ESLint.LintResult[];
  /** The fixes and suggestions applied (verified, and written). */
  applied: EditInfo[];
  /** Those not applied, because the file would not parse, a rule would report something new, or the types would break. */
  refused: RefusedEdit[];
  /** Milliseconds spent verifying fixes: re-linting the fixed files and type-checking. */
  verifyTime: { lint: number; typeCheck: number };
  /** Project files the ESLint config ignores (only with `--use-eslint-config`). */
  ignored: number;
  /** The backends that built the programs the files were linted against (seen by the rules). */
  backends: Set<Backend>;
  /** One line each, for stderr: projects linted with another backend than asked. */
  notes: string[];
}

const batchSize = 10;

/** `no-floating-promises` or `settle/no-floating-promises` to full rule ids; anything else is a usage error. */
export function ruleIds(ids: readonly string[]): string[] {
  return ids.map((id) => {
    const bare = id.startsWith('settle/') ? id.slice('settle/'.length) : id;
    if (!Object.hasOwn(plugin.rules, bare)) throw new UsageError(`unknown rule: ${id} (see --list-rules)`);
    return `settle/${bare}`;
  });
}

/** Lints every project's files with its own tsconfig, writing the fixes that verify when asked. */
export async function lintProjects(request: LintRequest): Promise<LintOutcome> {
  const total = request.projects.reduce((sum, project) => sum + project.files.length, 0);
  const outcome: LintOutcome = {
    results: [],
    applied: [],
    refused: [],
    verifyTime: { lint: 0, typeCheck: 0 },
    ignored: 0,
    backends: new Set(),
    notes: [],
  };
  if (request.useEslintConfig && !request.explicitProjects) {
    // The project's own parser options decide; the environment variable asks typescript-eslint for
    // tsgo wherever they use the project service (it falls back to classic elsewhere).
    if (request.backend === 'tsgo') process.env['TYPESCRIPT_ESLINT_EXPERIMENTAL_BACKEND'] = 'tsgo';
    else delete process.env['TYPESCRIPT_ESLINT_EXPERIMENTAL_BACKEND'];
  }
  let done = 0;
  for (const project of request.projects) {
    const holder: ProgramHolder = { backends: outcome.backends };
    let backend = request.backend;
    let eslint = createESLint(request, project, holder, backend);
    const files = request.useEslintConfig ? await notIgnored(eslint, project.files) : project.files;
    if (request.useEslintConfig) await requireSettleRules(eslint, files);
    const results: ESLint.LintResult[] = [];
    for (let start = 0; start < files.length; start += batchSize) {
      const batch = files.slice(start, start + batchSize);
      let batchResults = await lintBatch(eslint, batch);
      const failure = start === 0 && backend === 'tsgo' && request.fallBack ? projectFailure(batchResults) : undefined;
      if (failure !== undefined) {
        // TypeScript 7.1 refused the project (a compiler option it does not know yet): classic may take it.
        const classic = createESLint(request, project, holder, 'classic');
        const again = await lintBatch(classic, batch);
        if (projectFailure(again) === undefined) {
          backend = 'classic';
          eslint = classic;
          batchResults = again;
          outcome.notes.push(
            `the tsgo backend could not load ${path.relative(request.cwd, project.tsconfig) || project.tsconfig} (${failure}): linted with the classic backend`,
          );
        }
      }
      results.push(...batchResults);
      done += batch.length;
      request.onProgress?.(done, total);
    }
    if (request.fix) {
      const fixed = await fixProject(eslint, project, holder, results, request.only, outcome);
      outcome.results.push(...(request.stats ? fixed.map(withoutRecorder) : fixed));
    } else {
      outcome.results.push(...(request.stats ? results.map(withoutRecorder) : results));
    }
    outcome.ignored += project.files.length - files.length;
    done += project.files.length - files.length;
  }
  outcome.results = outcome.results
    .map((result) => onlySettleFindings(result, request.only))
    .sort((a, b) => a.filePath.localeCompare(b.filePath));
  return outcome;
}

/** The classic program typescript-eslint built last and the backends seen, recorded by {@link programRecorder}. */
interface ProgramHolder {
  program?: ts.Program;
  backends: Set<Backend>;
}

const recorderRule = 'settle-cli/program';

/**
 * The one error every file of a batch failed with, when they all failed alike: the project, not a
 * file, could not be loaded (`Parsing error: Invalid value for lib provided: …`).
 */
function projectFailure(results: readonly ESLint.LintResult[]): string | undefined {
  const messages = results.map((result) => result.messages.find((message) => message.fatal === true)?.message);
  const [first] = messages;
  return first !== undefined && messages.every((message) => message === first) ? first : undefined;
}

function createESLint(request: LintRequest, project: Project, holder: ProgramHolder, backend: Backend): ESLint {
  const config: Linter.Config[] = [];
  if (!request.useEslintConfig) {
    config.push(plugin.configs[request.config] as Linter.Config, {
      // The project's own `eslint-disable` comments name rules we do not load: not our findings.
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    });
    if (request.only.length > 0) {
      // --rule: the named rules on (with the config's options when it has them), every other one off.
      const preset = plugin.configs[request.config].rules ?? {};
      const rules = Object.fromEntries(
        Object.keys(plugin.rules).map((id): [string, Linter.RuleEntry] => {
          const full = `settle/${id}`;
          return [full, request.only.includes(full) ? ((preset[full] as Linter.RuleEntry | undefined) ?? 'error') : 'off'];
        }),
      );
      config.push({ files: plugin.configs[request.config].files!, rules });
    }
  }
  if (!request.useEslintConfig || request.explicitProjects) {
    config.push({
      files: plugin.configs.all.files!,
      languageOptions: { parserOptions: parserOptionsFor(project.tsconfig, backend) },
    });
  }
  if (request.fixSuggestions) {
    // `settings.settle.promoteToFix` with a rule id applies that rule's first suggestion as its fix.
    config.push({ settings: { settle: { promoteToFix: Object.keys(plugin.rules) } } });
  }
  if (request.fix || request.stats) {
    config.push({
      files: plugin.configs.all.files!,
      plugins: { 'settle-cli': programRecorder(holder) },
      rules: { [recorderRule]: 'error' },
    });
  }
  const options: ESLint.Options = {
    // ESLint ignores files outside its cwd, and a tsconfig may live (or include files) above ours.
    cwd: request.useEslintConfig ? request.cwd : commonAncestor([request.cwd, ...project.files]),
    ...(request.useEslintConfig ? {} : { overrideConfigFile: true }),
    overrideConfig: config,
    globInputPaths: false,
    errorOnUnmatchedPattern: false,
    // Only when asked: ESLint rejects options it does not know, and this one is not free.
    ...(request.stats ? { stats: true } : {}),
  };
  if (request.useEslintConfig) {
    // Other plugins' rules in the project's config need not run; ESLint releases without
    // `ruleFilter` run them and their findings are dropped afterwards.
    try {
      return new ESLint({
        ...options,
        ruleFilter: ({ ruleId }) =>
          ruleId === recorderRule || (ruleId.startsWith('settle/') && (request.only.length === 0 || request.only.includes(ruleId))),
      });
    } catch (error) {
      if (!(error instanceof Error && error.message.includes('ruleFilter'))) throw error;
    }
  }
  // Zero-config runs read none of the project's ESLint files, so ESLint's notice about a legacy
  // `.eslintignore` in the project (two lines and a `--trace-warnings` hint) is not about this run.
  return request.useEslintConfig ? new ESLint(options) : withoutLegacyIgnoreNotice(() => new ESLint(options));
}

/** Runs `make` with ESLint's `ESLintIgnoreWarning` dropped; every other process warning still goes out. */
function withoutLegacyIgnoreNotice<T>(make: () => T): T {
  const emit = process.emitWarning;
  const filtered = (warning: string | Error, ...rest: unknown[]): void => {
    if (rest[0] === 'ESLintIgnoreWarning') return;
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  };
  process.emitWarning = filtered as typeof process.emitWarning;
  try {
    return make();
  } finally {
    process.emitWarning = emit;
  }
}

/**
 * A rule that reports nothing and records the linted file's TypeScript program: verifying fixes
 * reuses a classic program's files (the libs, `@types`, the files without fixes) instead of parsing
 * them again; a tsgo program is an adapter the classic compiler cannot build on. `--stats` names
 * the backends seen.
 */
function programRecorder(holder: ProgramHolder): ESLint.Plugin {
  const rule: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const services = context.sourceCode.parserServices as { program?: ts.Program | null } | undefined;
      if (services?.program) {
        const backend = backendOf(services.program);
        holder.backends.add(backend);
        if (backend === 'classic') holder.program = services.program;
      }
      return {};
    },
  };
  return { rules: { program: rule } };
}

/** The result without the recorder's time in `--stats` (it is not one of settle's rules). */
function withoutRecorder(result: ESLint.LintResult): ESLint.LintResult {
  if (!result.stats) return result;
  const passes = result.stats.times.passes.map((pass) => {
    if (!pass.rules) return pass;
    const { [recorderRule]: _recorder, ...rules } = pass.rules;
    return { ...pass, rules };
  });
  return { ...result, stats: { ...result.stats, times: { ...result.stats.times, passes } } };
}

/**
 * Lints a batch; when a rule or the parser throws, lints the files one by one so that only the
 * file that crashes is lost, reported as a fatal finding.
 */
async function lintBatch(eslint: ESLint, files: readonly string[]): Promise<ESLint.LintResult[]> {
  try {
    return await eslint.lintFiles([...files]);
  } catch (error) {
    // Without type information no file can be linted: a configuration problem, not a finding per file.
    if (error instanceof Error && /requires type information/.test(error.message)) {
      throw new UsageError(
        'the ESLint config gives settle no type information: set parserOptions.projectService, or pass --project <tsconfig>',
      );
    }
    // A broken installation (another copy of TypeScript built the program) fails every file alike.
    if (error instanceof SetupError) throw error;
    if (files.length === 1) return [crashResult(files[0]!, error)];
    const results: ESLint.LintResult[] = [];
    for (const file of files) results.push(...(await lintBatch(eslint, [file])));
    return results;
  }
}

function crashResult(filePath: string, error: unknown): ESLint.LintResult {
  const text = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return {
    filePath,
    messages: [{ ruleId: null, fatal: true, severity: 2, line: 1, column: 1, message: `settle could not lint this file: ${text}` }],
    suppressedMessages: [],
    errorCount: 1,
    fatalErrorCount: 1,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

/**
 * Applies the project's fixes (settle's, of the `--rule`s when given) in memory, keeps those that
 * verify, and writes the files they change atomically; nothing is written before that.
 */
async function fixProject(
  eslint: ESLint,
  project: Project,
  holder: ProgramHolder,
  results: readonly ESLint.LintResult[],
  only: readonly string[],
  outcome: LintOutcome,
): Promise<ESLint.LintResult[]> {
  const fixed = await fixVerified(results, {
    lint: async (file, text) => {
      try {
        const [result] = await eslint.lintText(text, { filePath: file });
        return result!;
      } catch (error) {
        return crashResult(file, error);
      }
    },
    typeCheck: (edited) => createTypeCheck(project.tsconfig, { program: holder.program, edited }),
    fixable: (message) =>
      message.ruleId !== null && message.ruleId.startsWith('settle/') && (only.length === 0 || only.includes(message.ruleId)),
    readFile: (file) => readFileSync(file, 'utf8'),
  });
  for (const [file, text] of fixed.texts) writeFileAtomic(file, text);
  outcome.applied.push(...fixed.applied);
  outcome.refused.push(...fixed.refused);
  outcome.verifyTime.lint += fixed.time.lint;
  outcome.verifyTime.typeCheck += fixed.time.typeCheck;
  return fixed.results;
}

async function notIgnored(eslint: ESLint, files: readonly string[]): Promise<string[]> {
  const kept: string[] = [];
  for (const file of files) if (!(await eslint.isPathIgnored(file))) kept.push(file);
  return kept;
}

/** With `--use-eslint-config`, a config that turns on no settle rule is a configuration problem, not a clean run. */
async function requireSettleRules(eslint: ESLint, files: readonly string[]): Promise<void> {
  if (files.length === 0) return;
  const config = (await eslint.calculateConfigForFile(files[0]!)) as { rules?: Record<string, unknown> } | undefined;
  const on = Object.entries(config?.rules ?? {}).some(([id, entry]) => id.startsWith('settle/') && severityOf(entry) > 0);
  if (!on) {
    throw new UsageError(
      `the ESLint config enables no settle rule for ${path.basename(files[0]!)}; add settle.configs.recommended or drop --use-eslint-config`,
    );
  }
}

function severityOf(entry: unknown): number {
  const level = Array.isArray(entry) ? (entry[0] as unknown) : entry;
  return level === 'error' || level === 2 ? 2 : level === 'warn' || level === 1 ? 1 : 0;
}

/**
 * Keeps settle's findings (of the `--rule`s, when given) and parse errors; drops other plugins'
 * findings and "Definition for rule … was not found" for their rules named in comments.
 */
function onlySettleFindings(result: ESLint.LintResult, only: readonly string[]): ESLint.LintResult {
  const wanted = (ruleId: string | null): boolean =>
    ruleId !== null && ruleId.startsWith('settle/') && (only.length === 0 || only.includes(ruleId));
  const messages = result.messages.filter((message) => message.fatal === true || wanted(message.ruleId));
  if (messages.length === result.messages.length) return result;
  return { ...result, messages, ...counts(messages) };
}

/** The error and warning counts of a result with these messages. */
export function counts(
  messages: readonly Linter.LintMessage[],
): Pick<ESLint.LintResult, 'errorCount' | 'warningCount' | 'fatalErrorCount' | 'fixableErrorCount' | 'fixableWarningCount'> {
  const count = (severity: number, fixable: boolean): number =>
    messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
  return {
    errorCount: count(2, false),
    warningCount: count(1, false),
    fatalErrorCount: messages.filter((message) => message.fatal).length,
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
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
 * any other name has to be handed to the parser as an explicit `project`, on the classic backend.
 */
function parserOptionsFor(tsconfig: string, backend: Backend): Linter.ParserOptions {
  const tsconfigRootDir = path.dirname(tsconfig);
  if (!tsgoTakes(tsconfig)) return { projectService: false, project: tsconfig, tsconfigRootDir };
  return { projectService: backend === 'tsgo' ? { EXPERIMENTAL_backend: 'tsgo' } : true, tsconfigRootDir };
}
