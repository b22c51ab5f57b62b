import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ESLint, Linter } from 'eslint';

import type { Options } from './args.js';
import { chooseBackend, tsgoTakes } from './backend.js';
import type { Baseline, BaselineFinding } from './baseline.js';
import { baselineSize, compareWithBaseline, readBaseline, updatedBaseline, writeBaseline } from './baseline.js';
import { fingerprintMessages } from './fingerprint.js';
import { fixSummary } from './fix-report.js';
import { createProgress } from './progress.js';
import type { Project } from './project.js';
import { findProjects, relativePath, selectPaths } from './project.js';
import type { CliIO } from './run.js';
import { lintAll, planWorkers } from './pool.js';
import { inShard } from './shard.js';
import { collectStats, formatStats, projectStats } from './stats.js';
import { writeFileAtomic } from './write.js';

/** Lints, fixes, compares with the baseline, reports and decides the exit code (after the options are known). */
export async function gate(options: Options, io: CliIO): Promise<number> {
  const started = Date.now();
  const found = findProjects(options.projects, io.cwd, options.paths, options.allProjects);
  const projects = shard(selectPaths(found, options.paths, io.cwd), options, io.cwd);
  const baselineFile = options.baseline === undefined ? undefined : path.resolve(io.cwd, options.baseline);
  // Read before linting: a missing or malformed baseline is a usage error, not a lint result.
  const baseline = baselineFile && !options.updateBaseline ? readBaseline(baselineFile, options.baseline!) : undefined;
  const total = projects.reduce((sum, project) => sum + project.files.length, 0);
  const backend = chooseBackend(options.backend);
  const progress = createProgress(io.stderr, total, options.quiet, Date.now, `${backend} backend`);
  const notes: string[] = [];
  if (backend === 'tsgo' && (!options.useEslintConfig || options.projects.length > 0 || options.allProjects)) {
    for (const project of projects.filter((item) => !tsgoTakes(item.tsconfig))) {
      notes.push(
        `${relativePath(io.cwd, project.tsconfig)} is not named tsconfig.json, which the tsgo backend needs (it finds projects through the project service): linted with the classic backend`,
      );
    }
  }
  if (options.shard && total === 0) notes.push(`shard ${options.shard.index}/${options.shard.count} has no files`);

  // ESLint and the rules load only once the command line and the projects are known to be fine.
  const { counts, ruleIds } = await import('./lint.js');
  const only = ruleIds(options.rules);
  const plan = planWorkers(options.concurrency, projects);
  const several = projects.length > 1;
  const { outcome, runs } = await lintAll(
    {
      projects,
      cwd: io.cwd,
      config: options.config ?? 'recommended',
      useEslintConfig: options.useEslintConfig,
      explicitProjects: options.projects.length > 0 || options.allProjects,
      only,
      fix: options.fix,
      fixSuggestions: options.fixSuggestions,
      stats: options.stats,
      backend,
      fallBack: options.backend === 'auto',
    },
    plan,
    (done, all, running) => progress.update(done, all, several ? running.join(', ') : undefined),
  ).finally(() => progress.done());
  notes.push(...outcome.notes);
  if (outcome.ignored > 0)
    notes.push(`${outcome.ignored} project file${outcome.ignored === 1 ? ' is' : 's are'} ignored by the ESLint config`);
  const fixes = options.fix ? { applied: outcome.applied, refused: outcome.refused } : undefined;
  if (fixes) notes.push(...fixSummary(fixes, io.cwd));

  let results = outcome.results;
  const sources = new Map<string, string>();
  const fingerprints = new Map<Linter.LintMessage, string>();
  const findings: (BaselineFinding & { message: Linter.LintMessage })[] = [];
  const baseDir = baselineFile ? path.dirname(baselineFile) : io.cwd;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const source = result.output ?? result.source ?? readFileSync(result.filePath, 'utf8');
    sources.set(result.filePath, source);
    const file = relativePath(baseDir, result.filePath);
    fingerprintMessages(source, result.filePath, result.messages).forEach(({ fingerprint, snippet }, index) => {
      const message = result.messages[index]!;
      fingerprints.set(message, fingerprint);
      findings.push({ file, rule: message.ruleId ?? 'parse-error', fingerprint, snippet, message });
    });
  }
  const linted = new Set(projects.flatMap((project) => project.files.map((file) => relativePath(baseDir, file))));

  if (options.updateBaseline) {
    const previous = tryReadBaseline(baselineFile!, options.baseline!);
    const next = updatedBaseline(previous, baseDir, findings, linted);
    writeBaseline(baselineFile!, next);
    notes.push(
      `${options.baseline}: ${baselineSize(next)} known finding${baselineSize(next) === 1 ? '' : 's'} in ${Object.keys(next.files).length} file${Object.keys(next.files).length === 1 ? '' : 's'}`,
    );
    if (!options.quiet) io.stderr.write(notes.map((note) => `settle: ${note}\n`).join(''));
    return 0;
  }

  if (baseline) {
    const { known, removable } = compareWithBaseline(baseline, baseDir, findings, linted);
    const knownMessages = new Set(findings.filter((_, index) => known[index]).map((finding) => finding.message));
    results = results.map((result) =>
      withMessages(
        result,
        result.messages.filter((message) => !knownMessages.has(message)),
        counts,
      ),
    );
    if (knownMessages.size > 0)
      notes.push(`${knownMessages.size} known finding${knownMessages.size === 1 ? ' is' : 's are'} in the baseline`);
    if (removable > 0) {
      notes.push(
        `${removable} baseline entr${removable === 1 ? 'y no longer occurs' : 'ies no longer occur'}: remove ${removable === 1 ? 'it' : 'them'} with --update-baseline`,
      );
    }
  }

  if (options.quiet)
    results = results.map((result) =>
      withMessages(
        result,
        result.messages.filter((message) => message.severity === 2),
        counts,
      ),
    );
  const color = options.color ?? (io.stdout.isTTY === true && options.outputFile === undefined && !process.env['NO_COLOR']);
  const { formatters } = await import('./formats/index.js');
  const report = { results, fingerprints, sources, cwd: io.cwd, baseline: baseline !== undefined, color };
  const text = formatters[options.format](fixes ? { ...report, fixes } : report);
  if (options.outputFile !== undefined) writeFileAtomic(path.resolve(io.cwd, options.outputFile), text);
  else io.stdout.write(text);

  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const tooManyWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (tooManyWarnings) notes.push(`too many warnings: ${warnings}, --max-warnings is ${options.maxWarnings}`);
  if (!options.quiet) io.stderr.write(notes.map((note) => `settle: ${note}\n`).join(''));
  if (options.stats) {
    const stats = collectStats(outcome.results, Date.now() - started, options.fix ? outcome.verifyTime : undefined, outcome.backends);
    io.stderr.write(
      formatStats(stats, several ? { workers: plan.workers, projects: runs.map((item) => projectStats(item, io.cwd)) } : undefined),
    );
  }
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** Keeps the files of shard i/n, split by each file's path relative to the working directory. */
function shard(projects: Project[], options: Options, cwd: string): Project[] {
  const { shard: wanted } = options;
  if (!wanted) return projects;
  return projects
    .map((project) => ({ ...project, files: project.files.filter((file) => inShard(relativePath(cwd, file), wanted.index, wanted.count)) }))
    .filter((project) => project.files.length > 0);
}

function withMessages(
  result: ESLint.LintResult,
  messages: Linter.LintMessage[],
  counts: (messages: Linter.LintMessage[]) => object,
): ESLint.LintResult {
  return messages.length === result.messages.length ? result : { ...result, messages, ...counts(messages) };
}

function tryReadBaseline(file: string, shown: string): Baseline | undefined {
  try {
    return readBaseline(file, shown);
  } catch {
    // Missing or unreadable: --update-baseline starts a new one.
    return undefined;
  }
}
