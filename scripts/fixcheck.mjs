// `npm run fixcheck`: do settle's fixes keep a real project's type-check and tests green?
//
// Usage: npm run fixcheck -- <project dir> [--test "<test command>"] [--project <tsconfig>]
//          [--config recommended] [--json out.json] [--settle <cli.js>] [--out <dir>] [--work <dir>]
//
// Three phases, each in its own copy of the project (node_modules are symlinked, not copied):
//   baseline         settle without fixing (the findings), then the type-check and the tests
//   fix              `settle --fix`, then the type-check and the tests again
//   fix-suggestions  `settle --fix-suggestions` on a fresh copy, then both again
// Each phase is compared with the baseline: new type errors (by file, code and message, matched
// through the edits' line shifts), newly failing tests (by name), and the applied edits, written
// as a patch to the output directory. Tests are identified through the runner's machine-readable
// report (vitest and jest JSON, mocha, ava and node:test TAP); other runners are counted from
// their output. The test command runs with `sh -c` in the copy, with CI=1 added to the environment.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const usage = `Usage: npm run fixcheck -- <project dir> [options]

  --test "<command>"     test command, run with sh in the copy (default: npm test). vitest, jest,
                         mocha, ava and node --test get a reporter added to name the tests; put
                         {report} in the command to place the report file yourself
  --runner <name>        vitest | jest | mocha | ava | node | tap | none (default: from the command)
  -p, --project <file>   tsconfig, relative to the project (default: tsconfig.json); used by settle
                         and by the type-check (tsc --noEmit -p, with the project's typescript)
  -c, --config <name>    settle config: recommended (default) | strict | all
  --settle <cli.js>      the settle CLI to measure (default: this repository's dist/src/cli/index.js)
  --phases <list>        comma-separated subset of baseline,fix,fix-suggestions (baseline always runs)
  --json <file>          write the figures as JSON
  --out <dir>            patches, reports and logs (default: <work>/out)
  --work <dir>           scratch directory for the copies (default: $TMPDIR/settle-fixcheck/<name>)
  --timeout <minutes>    per command (default: 20)
  --reruns <n>           re-run a phase's tests up to n times while some test newly fails; only tests
                         that fail every time count as newly failing, the rest as flaky (default: 1)
  --no-typecheck         skip the type-check
  -h, --help
`;

/** A problem with the input or the environment: one line on stderr, exit 2. */
class InputError extends Error {}

const phaseNames = ['baseline', 'fix', 'fix-suggestions'];
/** The baseline run's settle report (with each finding's fix and suggestions), to name the finding behind each edit. */
let baselineResults;
const copyMarker = '.settle-fixcheck-copy';

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`fixcheck: ${error.message}\n`);
    process.exitCode = 2;
  }
}

// For checking the parsers by hand: `node -e "import('./scripts/fixcheck.mjs').then(…)"`.
export { changeBlocks, mapLine, parseDiagnostics, parseReport };

async function main(argv) {
  const options = parseOptions(argv);
  if (options === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  const started = Date.now();
  mkdirSync(options.out, { recursive: true });
  const info = describe(options);
  log(
    `project ${info.project.name} at ${info.project.commit ?? '(no git commit)'}; settle ${info.settle.version} (${info.settle.commit ?? 'no git'})`,
  );
  log(`copies in ${options.work}, reports in ${options.out}`);

  const phases = {};
  const baseline = (phases.baseline = await runPhase('baseline', options, undefined));
  for (const name of options.phases) {
    if (name === 'baseline') continue;
    phases[name] = await runPhase(name, options, baseline);
  }

  const figures = { ...info, config: options.config, testCommand: options.test, runner: options.runner, phases, seconds: seconds(started) };
  const table = formatReport(figures);
  process.stdout.write(table);
  writeFileSync(path.join(options.out, 'report.txt'), table);
  if (options.json) {
    mkdirSync(path.dirname(options.json), { recursive: true });
    writeFileSync(options.json, `${JSON.stringify(forJson(figures), null, 2)}\n`);
    log(`figures written to ${options.json}`);
  }
  return 0;
}

/** The figures without the bulky parts: every test's result becomes the names of the failing ones, edits keep their place and text. */
function forJson(figures) {
  const phases = {};
  for (const [name, phase] of Object.entries(figures.phases)) {
    const { results, ...tests } = phase.tests;
    phases[name] = {
      ...phase,
      tests: { ...tests, failing: (results ?? []).filter((test) => test.status === 'failed').map((test) => test.name) },
    };
  }
  return { ...figures, phases };
}

// ---------------------------------------------------------------------------------------------
// Options

function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        test: { type: 'string' },
        runner: { type: 'string' },
        project: { type: 'string', short: 'p' },
        config: { type: 'string', short: 'c' },
        settle: { type: 'string' },
        phases: { type: 'string' },
        json: { type: 'string' },
        out: { type: 'string' },
        work: { type: 'string' },
        timeout: { type: 'string' },
        reruns: { type: 'string' },
        'no-typecheck': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new InputError(`${error.message.split('. ')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  // `npm run` changes to the package directory; paths on the command line are the caller's.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  if (positionals.length !== 1) {
    throw new InputError(
      positionals.length === 0
        ? 'name the project directory (see --help)'
        : `one project directory, not ${positionals.length}: ${positionals.join(' ')}`,
    );
  }
  const dir = path.resolve(cwd, positionals[0]);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`not a directory: ${positionals[0]}`);
  if (!existsSync(path.join(dir, 'package.json'))) throw new InputError(`${positionals[0]} has no package.json`);
  if (!existsSync(path.join(dir, 'node_modules')))
    throw new InputError(`${positionals[0]} has no node_modules: install its dependencies first`);

  const tsconfig = values.project ?? 'tsconfig.json';
  if (path.isAbsolute(tsconfig) ? !tsconfig.startsWith(dir + path.sep) : false) {
    throw new InputError(`--project must be inside the project directory (it is linted in a copy): ${tsconfig}`);
  }
  const tsconfigRelative = path.isAbsolute(tsconfig) ? path.relative(dir, tsconfig) : tsconfig;
  if (!existsSync(path.join(dir, tsconfigRelative)))
    throw new InputError(`tsconfig not found: ${path.join(positionals[0], tsconfigRelative)}`);

  const config = values.config ?? 'recommended';
  if (!['recommended', 'strict', 'all'].includes(config))
    throw new InputError(`--config must be one of recommended, strict, all, not "${config}"`);

  const settle = values.settle ? path.resolve(cwd, values.settle) : path.resolve(import.meta.dirname, '../dist/src/cli/index.js');
  if (!existsSync(settle)) {
    throw new InputError(values.settle ? `settle CLI not found: ${values.settle}` : `settle CLI not built: ${settle} (run npm run build)`);
  }

  const phases = values.phases ? values.phases.split(',').map((phase) => phase.trim()) : phaseNames;
  for (const phase of phases)
    if (!phaseNames.includes(phase)) throw new InputError(`--phases: unknown phase "${phase}" (baseline, fix, fix-suggestions)`);

  const test = values.test ?? 'npm test';
  const runner = values.runner ?? detectRunner(test, dir);
  if (!['vitest', 'jest', 'mocha', 'ava', 'node', 'tap', 'none'].includes(runner)) {
    throw new InputError(`--runner must be one of vitest, jest, mocha, ava, node, tap, none, not "${runner}"`);
  }
  const name = path.basename(dir);
  const work = path.resolve(cwd, values.work ?? path.join(os.tmpdir(), 'settle-fixcheck', name));
  if (work === dir || work.startsWith(dir + path.sep)) throw new InputError('--work must be outside the project directory');
  const out = path.resolve(cwd, values.out ?? path.join(work, 'out'));
  return {
    dir,
    name,
    tsconfig: tsconfigRelative,
    config,
    settle,
    phases,
    test,
    runner,
    json: values.json ? path.resolve(cwd, values.json) : undefined,
    work,
    out,
    timeout: minutes(values.timeout ?? '20', '--timeout') * 60_000,
    reruns: whole(values.reruns ?? '1', '--reruns'),
    typecheck: !values['no-typecheck'],
  };
}

function minutes(text, option) {
  const value = Number(text);
  if (!(value > 0)) throw new InputError(`${option} must be a positive number of minutes, not "${text}"`);
  return value;
}

function whole(text, option) {
  if (!/^\d+$/.test(text)) throw new InputError(`${option} must be a whole number, not "${text}"`);
  return Number(text);
}

/** Versions and commits, so that a reader can reproduce the figures. */
function describe(options) {
  const projectRequire = createRequire(path.join(options.dir, 'package.json'));
  const settleRoot = findUp(path.dirname(options.settle), 'package.json');
  const settleManifest = settleRoot ? readJson(path.join(settleRoot, 'package.json')) : {};
  const settleRequire = createRequire(options.settle);
  return {
    project: {
      name: options.name,
      dir: options.dir,
      commit: gitCommit(options.dir),
      dirty: gitDirty(options.dir),
      tsconfig: options.tsconfig,
      typescript: packageVersion(projectRequire, 'typescript'),
    },
    settle: {
      cli: options.settle,
      version: settleManifest.version ?? '?',
      commit: settleRoot ? gitCommit(settleRoot) : undefined,
      dirty: settleRoot ? gitDirty(settleRoot) : undefined,
      eslint: packageVersion(settleRequire, 'eslint'),
      typescript: packageVersion(settleRequire, 'typescript'),
    },
    node: process.version,
    date: new Date().toISOString(),
  };
}

function packageVersion(require, name) {
  try {
    return readJson(require.resolve(`${name}/package.json`)).version;
  } catch {
    return undefined;
  }
}

function gitCommit(dir) {
  const result = spawnSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function gitDirty(dir) {
  const result = spawnSync('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().length > 0 : undefined;
}

function findUp(dir, file) {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, file))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Phases

async function runPhase(name, options, baseline) {
  log(`\n== ${name}`);
  const copy = path.join(options.work, name);
  const files = copyProject(options.dir, copy);
  const phase = { name, copy };
  const tsconfig = path.join(copy, options.tsconfig);

  const flags = name === 'fix' ? ['--fix'] : name === 'fix-suggestions' ? ['--fix-suggestions'] : [];
  phase.settle = await runSettle(options, copy, tsconfig, flags, name);
  if (name === 'baseline') baselineResults = readJson(path.join(options.out, 'settle-baseline.json'));

  if (name !== 'baseline') {
    phase.settle.applied ??= netApplied(baseline.settle, phase.settle);
    phase.edits = diffCopy(options.dir, copy, files, path.join(options.out, `${name}.patch`));
    labelEdits(phase.edits.blocks, baselineResults, options, name);
    log(
      `settle: ${phase.settle.applied.total} applied, ${phase.settle.notApplied.length} not applied; ${phase.edits.blocks.length} edits in ${phase.edits.files.length} files`,
    );
  } else {
    log(`settle: ${phase.settle.filesLinted} files, ${phase.settle.findings.total} findings`);
  }

  if (options.typecheck) {
    phase.typecheck = await typecheck(options, copy, tsconfig, name);
    if (baseline) compareDiagnostics(baseline.typecheck, phase.typecheck, phase.edits);
    log(`type-check: ${phase.typecheck.errors.length} errors${baseline ? `, ${phase.typecheck.new.length} new` : ''}`);
  }

  phase.tests = await runTests(options, copy, name, 1);
  if (baseline) {
    compareTests(baseline.tests, phase.tests);
    for (let run = 2; run <= options.reruns + 1 && (phase.tests.newlyFailing.length > 0 || phase.tests.countOnly?.newFailures > 0); run++) {
      log(`tests: ${phase.tests.newlyFailing.length || phase.tests.countOnly.newFailures} newly failing; running them again (run ${run})`);
      const again = await runTests(options, copy, name, run);
      confirmFailures(baseline.tests, phase.tests, again);
    }
    attributeTests(phase.tests, phase.edits, copy);
  }
  log(`tests: ${describeTests(phase.tests)}`);
  return phase;
}

/** Copies the project without node_modules (each one is symlinked to the original) and without .git; returns the copied files. */
function copyProject(from, to) {
  if (existsSync(to)) {
    if (!existsSync(path.join(to, copyMarker))) throw new InputError(`${to} exists and is not a fixcheck copy; pick another --work`);
    rmSync(to, { recursive: true, force: true });
  }
  mkdirSync(to, { recursive: true });
  writeFileSync(path.join(to, copyMarker), 'A scratch copy made by eslint-plugin-settle scripts/fixcheck.mjs; safe to delete.\n');
  const files = [];
  const walk = (relative) => {
    for (const entry of readdirSync(path.join(from, relative), { withFileTypes: true })) {
      const item = path.join(relative, entry.name);
      const source = path.join(from, item);
      const target = path.join(to, item);
      if (entry.name === '.git' && relative === '') continue;
      if (entry.name === 'node_modules' && entry.isDirectory()) {
        symlinkSync(source, target, 'dir');
      } else if (entry.isDirectory()) {
        mkdirSync(target);
        walk(item);
      } else if (entry.isSymbolicLink()) {
        cpSync(source, target, { verbatimSymlinks: true });
      } else if (entry.isFile()) {
        cpSync(source, target, { preserveTimestamps: true });
        files.push(item);
      }
    }
  };
  walk('');
  return files;
}

// ---------------------------------------------------------------------------------------------
// settle

async function runSettle(options, copy, tsconfig, flags, name) {
  const report = path.join(options.out, `settle-${name}.json`);
  rmSync(report, { force: true });
  const args = [
    options.settle,
    '--project',
    tsconfig,
    '--config',
    options.config,
    '--format',
    'json',
    '--output-file',
    report,
    '--no-color',
    ...flags,
  ];
  const started = Date.now();
  const run = await execute(process.execPath, args, {
    cwd: copy,
    timeout: options.timeout,
    log: path.join(options.out, `settle-${name}.log`),
  });
  if (run.timedOut) throw new InputError(`settle ${flags.join(' ')} timed out after ${options.timeout / 60_000} minutes`);
  if (run.code === 2 || !existsSync(report)) {
    const line =
      run.stderr
        .trim()
        .split('\n')
        .find((text) => text.startsWith('settle:')) ??
      run.stderr.trim().split('\n').at(-1) ??
      '';
    throw new InputError(`settle ${flags.join(' ')} failed (exit ${run.code}): ${line}`);
  }
  const results = readJson(report);
  const stderr = run.stderr.split('\n');
  const findings = countFindings(results);
  const notApplied = [];
  const notes = [];
  let summary;
  for (const line of stderr) {
    const refused = /^settle: not applied: (.+?):(\d+):(\d+) (\S+)(?: (\S+))?: (.*)$/.exec(line);
    if (refused) {
      const [, file, lineNumber, column, rule, suggestionId, reason] = refused;
      notApplied.push({ file, line: Number(lineNumber), column: Number(column), rule, suggestionId, reason });
    } else if (line.startsWith('settle: ')) {
      notes.push(line.slice('settle: '.length));
      const applied = /^applied (.*?)(?:; not applied: (\d+))?$/.exec(line.slice('settle: '.length));
      if (applied) {
        const fixes = /(\d+) fix(?:es)?\b/.exec(applied[1]);
        const suggestions = /(\d+) suggestions?\b/.exec(applied[1]);
        summary = { fixes: Number(fixes?.[1] ?? 0), suggestions: Number(suggestions?.[1] ?? 0), notApplied: Number(applied[2] ?? 0) };
      }
    }
  }
  // Newer CLIs report each file's applied and refused edits in the JSON (`fixes`); older ones do not.
  let applied;
  const perFile = results.filter((result) => result.fixes);
  if (perFile.length > 0 || summary) {
    const byRule = {};
    let fixes = 0;
    let suggestions = 0;
    for (const result of perFile) {
      for (const edit of result.fixes.applied ?? []) {
        byRule[edit.ruleId] = (byRule[edit.ruleId] ?? 0) + 1;
        if (edit.kind === 'fix') fixes++;
        else suggestions++;
      }
      if (notApplied.length === 0) {
        for (const edit of result.fixes.notApplied ?? []) {
          notApplied.push({
            file: path.relative(copy, result.filePath),
            line: edit.line,
            column: edit.column,
            rule: edit.ruleId,
            suggestionId: edit.kind === 'suggestion' ? edit.messageId : undefined,
            reason: edit.reason,
          });
        }
      }
    }
    if (perFile.length === 0 && summary) ({ fixes, suggestions } = summary);
    applied = {
      source: perFile.length > 0 ? 'reported per file' : 'reported summary',
      total: fixes + suggestions,
      fixes,
      suggestions,
      byRule,
    };
  }
  return {
    exitCode: run.code,
    seconds: seconds(started),
    command: `node ${options.settle} --project ${options.tsconfig} --config ${options.config} ${flags.join(' ')}`.trim(),
    filesLinted: results.length,
    parseErrors: results.reduce((sum, result) => sum + result.messages.filter((message) => message.fatal).length, 0),
    findings,
    notApplied,
    notes,
    ...(applied ? { applied } : {}),
  };
}

function countFindings(results) {
  const byRule = {};
  let total = 0;
  let fixable = 0;
  let withSuggestions = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal || !message.ruleId) continue;
      total++;
      byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1;
      if (message.fix) fixable++;
      if (message.suggestions?.length) withSuggestions++;
    }
  }
  return { total, fixable, withSuggestions, byRule };
}

/**
 * For CLIs that do not report what they applied: findings before minus findings left, per rule.
 * Rules that report more after the edits than before (an edit that another rule flags) are listed
 * apart, as `newFindings`.
 */
function netApplied(before, after) {
  const byRule = {};
  const newFindings = {};
  const rules = new Set([...Object.keys(before.findings.byRule), ...Object.keys(after.findings.byRule)]);
  for (const rule of rules) {
    const gone = (before.findings.byRule[rule] ?? 0) - (after.findings.byRule[rule] ?? 0);
    if (gone > 0) byRule[rule] = gone;
    if (gone < 0) newFindings[rule] = -gone;
  }
  const total = Object.values(byRule).reduce((sum, count) => sum + count, 0);
  return { source: 'net: findings before minus findings left', total, byRule, newFindings };
}

// ---------------------------------------------------------------------------------------------
// Edits

/** Diffs the copy against the original, writes the patch, and returns the edits with their line ranges. */
function diffCopy(original, copy, files, patchFile) {
  const changed = [];
  for (const file of files) {
    const after = path.join(copy, file);
    if (!existsSync(after)) {
      changed.push(file);
      continue;
    }
    if (hash(path.join(original, file)) !== hash(after)) changed.push(file);
  }
  changed.sort();
  let patch = '';
  const blocks = [];
  for (const file of changed) {
    const result = spawnSync(
      'diff',
      ['-u', '--label', `a/${file}`, '--label', `b/${file}`, path.join(original, file), path.join(copy, file)],
      {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    if (result.status !== 1) continue;
    patch += result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`;
    blocks.push(...changeBlocks(file, result.stdout));
  }
  writeFileSync(patchFile, patch);
  blocks.forEach((block, index) => (block.id = index + 1));
  return { patch: patchFile, files: changed, blocks };
}

function hash(file) {
  return createHash('sha1').update(readFileSync(file)).digest('hex');
}

/** The runs of removed and added lines in a unified diff, each with its old and new line range. */
function changeBlocks(file, diff) {
  const blocks = [];
  let oldLine = 0;
  let newLine = 0;
  let current;
  const close = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (const line of diff.split('\n')) {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      close();
      oldLine = Number(header[1]);
      newLine = Number(header[2]);
      continue;
    }
    if (line.startsWith('---') || line.startsWith('+++') || line.startsWith('\\')) continue;
    if (line.startsWith('-') || line.startsWith('+')) {
      current ??= { file, oldStart: oldLine, oldCount: 0, newStart: newLine, newCount: 0, removed: [], added: [] };
      if (line.startsWith('-')) {
        current.oldCount++;
        current.removed.push(line.slice(1));
        oldLine++;
      } else {
        current.newCount++;
        current.added.push(line.slice(1));
        newLine++;
      }
    } else if (line.startsWith(' ')) {
      close();
      oldLine++;
      newLine++;
    }
  }
  close();
  return blocks;
}

/** Where an old line ends up after the edits (undefined when the edits removed or rewrote it). */
function mapLine(blocks, file, line) {
  let shift = 0;
  for (const block of blocks) {
    if (block.file !== file) continue;
    // oldStart is the first old line the block replaces, or (for an insertion) the old line it is inserted before.
    if (line < block.oldStart) break;
    if (block.oldCount > 0 && line < block.oldStart + block.oldCount) return undefined;
    shift += block.newCount - block.oldCount;
  }
  return line + shift;
}

/** The edit at a new line of a file, or the nearest one in that file (with its distance in lines). */
function editAt(blocks, file, line) {
  let best;
  for (const block of blocks) {
    if (block.file !== file) continue;
    const first = block.newStart;
    const last = block.newStart + Math.max(block.newCount, 1) - 1;
    const distance = line < first ? first - line : line > last ? line - last : 0;
    if (!best || distance < best.distance) best = { block, distance };
  }
  return best && { edit: best.block.id, distance: best.distance };
}

function describeEdit(block) {
  const removed = block.removed.map((text) => text.trim()).join(' ');
  const added = block.added.map((text) => text.trim()).join(' ');
  const causes = (block.causes ?? []).map((cause) => `${cause.rule.replace('settle/', '')} ${cause.edit}`);
  const by = causes.length > 0 ? ` [${[...new Set(causes)].join(', ')}]` : '';
  return `${block.file}:${block.newStart}${by} ${removed ? `- ${clip(removed, 100)} ` : ''}+ ${clip(added, 100)}`;
}

/**
 * Names the finding behind each edit: the baseline finding in the same file whose fix (`--fix`) or
 * first suggestion (`--fix-suggestions`) touches the edit's lines. Edits of ESLint's later fix
 * passes (findings that only appeared after the first edits) have none.
 */
function labelEdits(blocks, results, options, phase) {
  const byFile = new Map();
  for (const result of results ?? []) {
    const file = path.relative(path.join(options.work, 'baseline'), result.filePath);
    for (const message of result.messages) {
      const edit = phase === 'fix' ? message.fix : (message.fix ?? message.suggestions?.[0]?.fix);
      if (!edit || !message.ruleId) continue;
      const kind = message.fix ? 'fix' : (message.suggestions[0].messageId ?? 'suggestion');
      const list = byFile.get(file) ?? [];
      list.push({ message, edit, kind });
      byFile.set(file, list);
    }
  }
  for (const [file, list] of byFile) {
    const original = path.join(options.dir, file);
    if (!existsSync(original)) continue;
    const starts = [0];
    const text = readFileSync(original, 'utf8');
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
    const lineOf = (offset) => {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
      }
      return low + 1;
    };
    for (const entry of list) {
      entry.first = lineOf(entry.edit.range[0]);
      entry.last = lineOf(entry.edit.range[1]);
    }
    for (const block of blocks) {
      if (block.file !== file) continue;
      const [first, last] =
        block.oldCount > 0 ? [block.oldStart, block.oldStart + block.oldCount - 1] : [block.oldStart - 1, block.oldStart];
      const causes = list.filter((entry) => entry.first <= last && entry.last >= first);
      if (causes.length > 0) {
        block.causes = causes.map(({ message, kind }) => ({
          rule: message.ruleId,
          messageId: message.messageId,
          edit: kind,
          line: message.line,
          column: message.column,
        }));
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Type-check

async function typecheck(options, copy, tsconfig, name) {
  let tsc;
  try {
    tsc = createRequire(path.join(copy, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    throw new InputError(`${options.name} has no typescript in its node_modules (pass --no-typecheck to skip the type-check)`);
  }
  const started = Date.now();
  const run = await execute(process.execPath, [tsc, '--noEmit', '-p', tsconfig, '--pretty', 'false'], {
    cwd: copy,
    timeout: options.timeout,
    log: path.join(options.out, `tsc-${name}.log`),
  });
  if (run.timedOut) throw new InputError(`tsc timed out after ${options.timeout / 60_000} minutes`);
  return { exitCode: run.code, seconds: seconds(started), errors: parseDiagnostics(run.stdout, copy) };
}

function parseDiagnostics(output, copy) {
  const errors = [];
  for (const line of output.split('\n')) {
    const located = /^(.+?)\((\d+),(\d+)\): error TS(\d+): (.*)$/.exec(line);
    const global = /^error TS(\d+): (.*)$/.exec(line);
    if (located) {
      const file = path.isAbsolute(located[1]) ? path.relative(copy, located[1]) : located[1];
      errors.push({ file, line: Number(located[2]), column: Number(located[3]), code: Number(located[4]), message: located[5] });
    } else if (global) {
      errors.push({ file: '', line: 0, column: 0, code: Number(global[1]), message: global[2] });
    } else if (/^\s+\S/.test(line) && errors.length > 0) {
      errors.at(-1).detail = `${errors.at(-1).detail ?? ''}${line.trim()}\n`;
    }
  }
  return errors;
}

/** New type errors: those with no baseline error of the same file, code and message at the same (shifted) line. */
function compareDiagnostics(before, after, edits) {
  const key = (error) => `${error.file}\0${error.code}\0${error.message}`;
  const expected = new Map();
  for (const error of before.errors) {
    const line = edits ? mapLine(edits.blocks, error.file, error.line) : error.line;
    const entry = expected.get(key(error)) ?? { lines: [], count: 0 };
    entry.count++;
    if (line !== undefined) entry.lines.push(line);
    expected.set(key(error), entry);
  }
  const unmatched = [];
  for (const error of after.errors) {
    const entry = expected.get(key(error));
    const at = entry?.lines.indexOf(error.line) ?? -1;
    if (entry && at >= 0) {
      entry.lines.splice(at, 1);
      entry.count--;
    } else unmatched.push(error);
  }
  // Lines that an edit rewrote cannot be matched by position: fall back to counting per key.
  after.new = unmatched.filter((error) => {
    const entry = expected.get(key(error));
    if (entry && entry.count > entry.lines.length) {
      entry.count--;
      return false;
    }
    return true;
  });
  after.gone = [...expected.values()].reduce((sum, entry) => sum + entry.count, 0);
  for (const error of after.new) {
    const found = edits && editAt(edits.blocks, error.file, error.line);
    if (found) {
      error.edit = found.edit;
      error.editDistance = found.distance;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Tests

function detectRunner(command, dir) {
  const text = testScriptText(command, dir) ?? command;
  const last = text.split(/&&|\|\||;/).at(-1);
  for (const part of [last, text]) {
    if (/\bvitest\b/.test(part)) return 'vitest';
    if (/\bjest\b/.test(part)) return 'jest';
    if (/\bmocha\b/.test(part)) return 'mocha';
    if (/\bava\b/.test(part)) return 'ava';
    if (/\bnode\b[^&|;]*\s--test\b/.test(part)) return 'node';
  }
  return 'none';
}

/** `npm test` or `npm run x` (also pnpm and yarn) → the script's text; undefined for any other command. */
function testScriptText(command, dir) {
  const match = /^\s*(?:npm|pnpm|yarn)\s+(?:(?:run(?:-script)?)\s+(\S+)|(test|t))\s*$/.exec(command);
  if (!match) return undefined;
  const scripts = readJson(path.join(dir, 'package.json')).scripts ?? {};
  return scripts[match[1] ?? 'test'];
}

/**
 * The test command with a machine-readable reporter added, and where that report is written
 * (`stdout` for TAP on standard output). `{report}` in the command is replaced by the report file.
 */
function reporterCommand(options, reportFile) {
  const { test, runner, dir } = options;
  if (test.includes('{report}')) return { command: test.replaceAll('{report}', quote(reportFile)), report: reportFile };
  const flags = {
    vitest: `--reporter=default --reporter=json --outputFile.json=${quote(reportFile)}`,
    jest: `--json --outputFile=${quote(reportFile)}`,
    mocha: '--reporter=tap',
    ava: '--tap',
  }[runner];
  const script = testScriptText(test, dir);
  if (runner === 'node') {
    // Reporter options have to come before the test files: put them right after `--test`.
    if (script === undefined && /(^|\s)--test(\s|$)/.test(test)) {
      return {
        command: test.replace(
          /(^|\s)--test(?=\s|$)/,
          `$1--test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=${quote(reportFile)}`,
        ),
        report: reportFile,
      };
    }
    return { command: test, report: undefined };
  }
  if (!flags) return { command: test, report: runner === 'tap' ? 'stdout' : undefined };
  if (script !== undefined) {
    // Arguments after `npm test --` reach only the script's last command.
    const last = script.split(/&&|\|\||;/).at(-1);
    if (!new RegExp(`\\b${runner}\\b`).test(last)) return { command: test, report: undefined };
    const separator = /^\s*npm\b/.test(test) ? ' --' : '';
    return { command: `${test}${separator} ${flags}`, report: flags.includes(quote(reportFile)) ? reportFile : 'stdout' };
  }
  return { command: `${test} ${flags}`, report: flags.includes(quote(reportFile)) ? reportFile : 'stdout' };
}

async function runTests(options, copy, name, run) {
  const suffix = run === 1 ? '' : `-run${run}`;
  const reportFile = path.join(options.out, `tests-${name}${suffix}.report`);
  rmSync(reportFile, { force: true });
  const { command, report } = reporterCommand(options, reportFile);
  const started = Date.now();
  const result = await execute('sh', ['-c', command], {
    cwd: copy,
    timeout: options.timeout,
    log: path.join(options.out, `tests-${name}${suffix}.log`),
    // Not NO_COLOR: some projects test their colour output.
    env: { CI: '1' },
    // TAP on stdout and node:test's reporter file are written as the tests run, not at the end.
    reportFile: report && report !== 'stdout' && options.runner !== 'node' ? report : undefined,
  });
  const tests = {
    command,
    exitCode: result.code,
    timedOut: result.timedOut,
    hungAfterReport: result.hungAfterReport,
    seconds: seconds(started),
  };
  let parsed;
  const text = report === 'stdout' ? result.stdout : report && existsSync(report) ? readFileSync(report, 'utf8') : undefined;
  if (text !== undefined) parsed = parseReport(text, copy);
  if (parsed && parsed.tests.length > 0) {
    tests.format = parsed.format;
    tests.results = byName(parsed.tests);
    tests.total = tests.results.length;
    tests.passed = tests.results.filter((test) => test.status === 'passed').length;
    tests.failed = tests.results.filter((test) => test.status === 'failed').length;
    tests.skipped = tests.total - tests.passed - tests.failed;
  } else {
    tests.format = 'counted from output';
    Object.assign(tests, countFromOutput(`${result.stdout}\n${result.stderr}`));
  }
  return tests;
}

/**
 * One entry per test name: a test that runs more than once (vitest projects that share files,
 * parametrized titles) failed when any of its runs failed.
 */
function byName(tests) {
  const merged = new Map();
  for (const test of tests) {
    const seen = merged.get(test.name);
    if (!seen) merged.set(test.name, { ...test, runs: 1 });
    else {
      seen.runs++;
      if (test.status === 'failed' && seen.status !== 'failed') Object.assign(seen, { ...test, runs: seen.runs });
      else if (test.status === 'passed' && seen.status === 'skipped') seen.status = 'passed';
    }
  }
  return [...merged.values()];
}

function parseReport(text, copy) {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let data;
    try {
      data = JSON.parse(trimmed);
    } catch {
      return undefined;
    }
    if (Array.isArray(data.testResults)) return { format: 'jest/vitest json', tests: jestTests(data, copy) };
    if (Array.isArray(data.tests)) return { format: 'mocha json', tests: mochaTests(data, copy) };
    return undefined;
  }
  return { format: 'tap', tests: tapTests(text, copy) };
}

function jestTests(data, copy) {
  const tests = [];
  for (const file of data.testResults) {
    const relative = path.relative(copy, file.name ?? file.testFilePath ?? '');
    const assertions = file.assertionResults ?? file.testResults ?? [];
    for (const assertion of assertions) {
      const title = [...(assertion.ancestorTitles ?? []), assertion.title].filter(Boolean).join(' > ');
      const status = assertion.status === 'passed' ? 'passed' : assertion.status === 'failed' ? 'failed' : 'skipped';
      tests.push({
        name: `${relative} > ${title}`,
        file: relative,
        title: assertion.title,
        status,
        message: firstLines(assertion.failureMessages?.join('\n')),
      });
    }
    // A file that fails before its tests run (an import error, a syntax error) has no assertions.
    if (
      (file.status === 'failed' && assertions.length === 0) ||
      (file.message && file.status === 'failed' && !assertions.some((a) => a.status === 'failed'))
    ) {
      tests.push({ name: `${relative} > (the file)`, file: relative, status: 'failed', message: firstLines(file.message) });
    }
  }
  return tests;
}

function mochaTests(data, copy) {
  const failed = new Set((data.failures ?? []).map((test) => `${test.file}\0${test.fullTitle}`));
  const pending = new Set((data.pending ?? []).map((test) => `${test.file}\0${test.fullTitle}`));
  return data.tests.map((test) => {
    const id = `${test.file}\0${test.fullTitle}`;
    const file = test.file ? path.relative(copy, test.file) : '';
    return {
      name: `${file} > ${test.fullTitle}`,
      file,
      title: test.title,
      status: failed.has(id) ? 'failed' : pending.has(id) ? 'skipped' : 'passed',
      message: firstLines(test.err?.message),
    };
  });
}

/**
 * TAP, including node:test's nested subtests (`# Subtest: name`, indented children) and the YAML
 * block after each result (`location`, `failureType`, `error`). Only leaves count, unless a parent
 * fails on its own.
 */
function tapTests(text, copy) {
  const tests = [];
  const stack = [];
  let last;
  let inYaml = false;
  const unquote = (value) => value.trim().replace(/^(['"])(.*)\1$/, '$2');
  for (const raw of text.split('\n')) {
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (inYaml) {
      const field = /^(\w+):\s*(.*)$/.exec(line);
      if (line === '...') inYaml = false;
      else if (field && field[1] === 'location') last.location = unquote(field[2]);
      else if (field && field[1] === 'failureType') last.failureType = unquote(field[2]);
      else if (field && field[1] === 'duration_ms') last.durationMs = Number(field[2]);
      else if (field && /^(error|message)$/.test(field[1]) && last.status === 'failed' && last.message === undefined) {
        last.message = /^[|>]-?$/.test(field[2]) ? undefined : unquote(field[2]) || undefined;
        last.messageFollows = last.message === undefined;
      } else if (last.messageFollows && line && !field) {
        last.message = line;
        last.messageFollows = false;
      }
      continue;
    }
    if (line === '---' && last) {
      inYaml = true;
      continue;
    }
    const subtest = /^# Subtest: (.*)$/.exec(line);
    if (subtest) {
      while (stack.length > 0 && stack.at(-1).indent >= indent) stack.pop();
      stack.push({ indent, name: subtest[1], children: 0 });
      continue;
    }
    const result = /^(not )?ok\b\s*\d*\s*(?:-\s*)?(.*?)(?:\s+#\s*(SKIP|TODO)\b.*)?$/i.exec(line);
    if (!result) continue;
    while (stack.length > 0 && stack.at(-1).indent > indent) stack.pop();
    let own;
    if (stack.length > 0 && stack.at(-1).indent === indent) own = stack.pop();
    const parents = stack.filter((entry) => entry.indent < indent);
    for (const parent of parents) parent.children++;
    const title = result[2] || own?.name || '(unnamed)';
    const status = result[3] ? 'skipped' : result[1] ? 'failed' : 'passed';
    last = { path: [...parents.map((parent) => parent.name), title], title, status, children: own?.children ?? 0 };
    tests.push(last);
  }
  for (const test of tests) {
    // node:test gives each result its file (`location: '/…/test/a.ts:1:357'`); AVA puts it in the title (`a › title`).
    const file = test.location ? path.relative(copy, test.location.replace(/:\d+:\d+$/, '')) : undefined;
    test.file = file ?? fileOfTest(test.path.join(' > '));
    // Not part of the name: node 20 gives the location of failed tests only.
    test.name = test.path.join(' > ');
    // A test that never started because its file's event loop emptied while an earlier test waited on a promise that never settles.
    if (test.failureType === 'cancelledByParent' && test.durationMs === 0) test.neverStarted = true;
  }
  // A parent counts only when it failed and none of its children did (a file that did not load, a hook).
  return tests
    .filter((test, index) => {
      if (test.children === 0) return true;
      if (test.status !== 'failed') return false;
      const prefix = `${test.name} > `;
      return !tests.some((other, at) => at !== index && other.name.startsWith(prefix) && other.status === 'failed');
    })
    .map(({ children: _children, path: _path, location: _location, durationMs: _duration, messageFollows: _follows, ...test }) => test);
}

function fileOfTest(name) {
  const match = /([\w./@-]+\.[cm]?[jt]sx?)\b/.exec(name);
  return match?.[1];
}

/** Summary lines of common runners, for commands whose tests cannot be named. */
function countFromOutput(output) {
  const number = (pattern) => {
    let found;
    for (const match of output.matchAll(pattern)) found = Number(match[1]);
    return found;
  };
  const failed =
    number(/Tests?:?\s+(\d+) failed/g) ??
    number(/(\d+) failing/g) ??
    number(/(\d+) tests? failed/g) ??
    number(/^# fail (\d+)/gm) ??
    number(/ℹ fail (\d+)/g);
  const passed = number(/(\d+) passed/g) ?? number(/(\d+) passing/g) ?? number(/^# pass (\d+)/gm) ?? number(/ℹ pass (\d+)/g);
  return { passed, failed, total: passed !== undefined || failed !== undefined ? (passed ?? 0) + (failed ?? 0) : undefined };
}

function compareTests(before, after) {
  if (before.results && after.results) {
    const failedBefore = new Set(before.results.filter((test) => test.status === 'failed').map((test) => test.name));
    const seenAfter = new Set(after.results.map((test) => test.name));
    after.newlyFailing = after.results.filter((test) => test.status === 'failed' && !failedBefore.has(test.name));
    after.fixed = after.results.filter((test) => test.status === 'passed' && failedBefore.has(test.name)).map((test) => test.name);
    // Tests that passed before and did not run now: a file that no longer loads, or a runner that stopped early.
    after.missing = before.results.filter((test) => test.status === 'passed' && !seenAfter.has(test.name)).map((test) => test.name);
  } else {
    after.newlyFailing = [];
    after.missing = [];
    after.countOnly = {
      newFailures: Math.max(0, (after.failed ?? (after.exitCode === 0 ? 0 : 1)) - (before.failed ?? (before.exitCode === 0 ? 0 : 1))),
    };
  }
  after.flaky = [];
}

/** Keeps as newly failing only the tests that failed again; the others are flaky. */
function confirmFailures(before, tests, again) {
  tests.runs = (tests.runs ?? 1) + 1;
  tests.seconds = Math.round((tests.seconds + again.seconds) * 10) / 10;
  if (tests.countOnly) {
    const failures = Math.max(0, (again.failed ?? (again.exitCode === 0 ? 0 : 1)) - (before.failed ?? (before.exitCode === 0 ? 0 : 1)));
    tests.countOnly.newFailures = Math.min(tests.countOnly.newFailures, failures);
    return;
  }
  const failedAgain = new Set((again.results ?? []).filter((test) => test.status === 'failed').map((test) => test.name));
  const ranAgain = new Set((again.results ?? []).map((test) => test.name));
  const still = [];
  for (const test of tests.newlyFailing) {
    if (failedAgain.has(test.name) || !ranAgain.has(test.name)) still.push(test);
    else tests.flaky.push(test.name);
  }
  tests.newlyFailing = still;
}

/** For each newly failing test: the edits in its file, and those between its title and the next test (a guess at its body). */
function attributeTests(tests, edits, copy) {
  if (!edits) return;
  const sourceEdits = edits.blocks.filter((block) => !isTestFile(block.file)).map((block) => block.id);
  tests.sourceEdits = sourceEdits;
  for (const test of tests.newlyFailing) {
    const file =
      test.file && edits.blocks.some((block) => block.file === test.file)
        ? test.file
        : edits.files.find((candidate) => test.name.includes(candidate));
    if (!file) continue;
    const inFile = edits.blocks.filter((block) => block.file === file);
    test.fileEdits = inFile.map((block) => block.id);
    const body = testBody(path.join(copy, file), test.title);
    if (body)
      test.bodyEdits = inFile.filter((block) => block.newStart >= body.start && block.newStart <= body.end).map((block) => block.id);
  }
}

function isTestFile(file) {
  return /(^|\/)(__tests__|tests?|spec)\//.test(file) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(file);
}

function testBody(file, title) {
  if (!title || !existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const declaration = /\b(it|test|describe)(\.\w+)*\s*\(/;
  const start = lines.findIndex((line) => line.includes(title) && declaration.test(line));
  if (start < 0) return undefined;
  let end = lines.length;
  for (let index = start + 1; index < lines.length; index++) {
    if (/^\s*(it|test)(\.\w+)*\s*\(/.test(lines[index])) {
      end = index;
      break;
    }
  }
  return { start: start + 1, end };
}

function describeTests(tests) {
  const counts =
    tests.total === undefined
      ? `exit ${tests.exitCode} (${tests.format}; no counts found)`
      : `${tests.passed} passed, ${tests.failed} failed of ${tests.total}`;
  const extra = [];
  if (tests.timedOut) extra.push('TIMED OUT');
  if (tests.hungAfterReport) extra.push('the runner did not exit after its report (killed)');
  if (tests.newlyFailing) extra.push(`${tests.newlyFailing.length || tests.countOnly?.newFailures || 0} newly failing`);
  if (tests.flaky?.length) extra.push(`${tests.flaky.length} flaky`);
  if (tests.missing?.length) extra.push(`${tests.missing.length} no longer run`);
  return `${counts}${extra.length ? `; ${extra.join(', ')}` : ''} (${tests.seconds}s)`;
}

// ---------------------------------------------------------------------------------------------
// Report

function formatReport(figures) {
  const { project, settle, phases } = figures;
  const out = [];
  out.push('');
  out.push(
    `fixcheck: ${project.name} ${project.commit?.slice(0, 12) ?? ''}${project.dirty ? ' (modified)' : ''}, settle ${settle.version} ${settle.commit?.slice(0, 12) ?? ''}${settle.dirty ? ' (modified)' : ''}, config ${figures.config}`,
  );
  out.push(
    `tests: ${figures.testCommand} (${figures.runner}); type-check: tsc --noEmit -p ${project.tsconfig} (typescript ${project.typescript ?? '?'})`,
  );
  out.push('');
  const rows = [
    ['phase', 'files', 'findings', 'applied', 'refused', 'edits/files', 'type errors', 'new', 'tests failed', 'newly failing', 'time'],
  ];
  for (const phase of Object.values(phases)) {
    const s = phase.settle;
    const t = phase.tests;
    rows.push([
      phase.name,
      String(s.filesLinted),
      phase.name === 'baseline' ? String(s.findings.total) : `${s.findings.total} left`,
      phase.name === 'baseline' ? '-' : `${s.applied.total}${s.applied.source.startsWith('net') ? ' (net)' : ''}`,
      phase.name === 'baseline' ? '-' : String(s.notApplied.length),
      phase.edits ? `${phase.edits.blocks.length}/${phase.edits.files.length}` : '-',
      phase.typecheck ? String(phase.typecheck.errors.length) : 'skipped',
      phase.typecheck?.new ? String(phase.typecheck.new.length) : '-',
      `${t.failed === undefined ? `exit ${t.exitCode}` : `${t.failed}/${t.total}`}${t.timedOut ? ' timeout' : t.hungAfterReport ? ' hung' : ''}`,
      t.newlyFailing
        ? String(t.newlyFailing.length || t.countOnly?.newFailures || 0) + (t.flaky?.length ? ` (+${t.flaky.length} flaky)` : '')
        : '-',
      `${Math.round(s.seconds + (phase.typecheck?.seconds ?? 0) + t.seconds)}s`,
    ]);
  }
  out.push(...table(rows));
  out.push('');
  const baseline = phases.baseline.settle.findings;
  out.push(
    `findings by rule (baseline): ${
      Object.entries(baseline.byRule)
        .sort((a, b) => b[1] - a[1])
        .map(([rule, count]) => `${rule.replace('settle/', '')} ${count}`)
        .join(', ') || 'none'
    }`,
  );
  out.push(
    `  ${baseline.fixable} with a fix, ${baseline.withSuggestions} with suggestions; ${phases.baseline.settle.parseErrors} parse errors`,
  );

  for (const phase of Object.values(phases)) {
    if (phase.name === 'baseline') continue;
    out.push('');
    out.push(`-- ${phase.name}: ${phase.settle.command}`);
    out.push(
      `   applied ${phase.settle.applied.total} (${phase.settle.applied.source}): ${
        Object.entries(phase.settle.applied.byRule)
          .map(([rule, count]) => `${rule.replace('settle/', '')} ${count}`)
          .join(', ') || 'nothing'
      }`,
    );
    const fresh = Object.entries(phase.settle.applied.newFindings ?? {});
    if (fresh.length > 0)
      out.push(`   new findings after the edits: ${fresh.map(([rule, count]) => `${rule.replace('settle/', '')} ${count}`).join(', ')}`);
    out.push(`   patch: ${phase.edits.patch} (${phase.edits.blocks.length} edits in ${phase.edits.files.length} files)`);
    for (const note of phase.settle.notes.filter((note) => !note.startsWith('not applied: '))) out.push(`   settle: ${note}`);
    for (const refused of phase.settle.notApplied) {
      out.push(
        `   not applied: ${refused.file}:${refused.line}:${refused.column} ${refused.rule}${refused.suggestionId ? ` ${refused.suggestionId}` : ''}: ${clip(refused.reason, 160)}`,
      );
    }
    const blocks = new Map(phase.edits.blocks.map((block) => [block.id, block]));
    if (phase.typecheck) {
      out.push(`   type errors: ${phase.typecheck.new.length} new, ${phase.typecheck.gone} gone`);
      for (const error of phase.typecheck.new) {
        out.push(`     ${error.file}:${error.line}:${error.column} TS${error.code}: ${clip(error.message, 140)}`);
        const block = blocks.get(error.edit);
        if (block)
          out.push(
            `       edit #${block.id}${error.editDistance ? ` (nearest, ${error.editDistance} lines away)` : ''}: ${describeEdit(block)}`,
          );
      }
    }
    const t = phase.tests;
    out.push(`   tests: ${describeTests(t)}`);
    const neverStarted = new Map();
    for (const test of t.newlyFailing) {
      if (test.neverStarted) {
        neverStarted.set(test.file, (neverStarted.get(test.file) ?? 0) + 1);
        continue;
      }
      out.push(
        `     FAIL ${test.file && !test.name.startsWith(test.file) ? `${test.file} > ` : ''}${test.name}${test.message ? `: ${clip(test.message, 140)}` : ''}`,
      );
      if (test.bodyEdits?.length)
        for (const id of test.bodyEdits) out.push(`       edit in the test #${id}: ${describeEdit(blocks.get(id))}`);
      else if (test.fileEdits?.length) out.push(`       edits elsewhere in its file: ${test.fileEdits.map((id) => `#${id}`).join(', ')}`);
    }
    for (const [file, count] of neverStarted) {
      out.push(
        `     + ${count} test${count === 1 ? '' : 's'} of ${file ?? '?'} never started: the file's event loop emptied while an earlier test awaited a promise that never settles`,
      );
    }
    if (t.newlyFailing.length > 0 && t.sourceEdits?.length)
      out.push(`     (and ${t.sourceEdits.length} edits outside test files, which any test may exercise)`);
    for (const name of t.flaky ?? []) out.push(`     flaky (failed once, passed on re-run): ${name}`);
    for (const name of (t.missing ?? []).slice(0, 10)) out.push(`     no longer run: ${name}`);
    if ((t.missing?.length ?? 0) > 10) out.push(`     … and ${t.missing.length - 10} more no longer run`);
  }
  out.push('');
  return `${out.join('\n')}\n`;
}

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row, index) => {
    const line = row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
    return index === 0 ? `${line}\n${widths.map((width) => '-'.repeat(width)).join('  ')}` : line;
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Runs a command in its own process group, logging its output; kills the group on timeout. With
 * `reportFile`, also kills it when it is still running `grace` ms after that file was written (a
 * runner that wrote its report but does not exit because something the tests started is still
 * pending: jest without --forceExit, for example).
 */
function execute(command, args, { cwd, timeout, log: logFile, env = {}, reportFile, grace = 60_000 }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let hungAfterReport = false;
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const kill = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeout);
    let reportSeen;
    const watcher =
      reportFile &&
      setInterval(() => {
        if (reportSeen === undefined && existsSync(reportFile)) reportSeen = Date.now();
        if (reportSeen !== undefined && Date.now() - reportSeen > grace) {
          hungAfterReport = true;
          kill();
        }
      }, 2_000);
    const stop = () => {
      clearTimeout(timer);
      if (watcher) clearInterval(watcher);
    };
    child.on('error', (error) => {
      stop();
      reject(new InputError(`cannot run ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      stop();
      const how = timedOut ? ' (timed out)' : hungAfterReport ? ` (killed: still running ${grace / 1000}s after writing its report)` : '';
      if (logFile)
        writeFileSync(
          logFile,
          `$ ${[command, ...args].join(' ')}\n# cwd ${cwd}\n# exit ${code ?? signal}${how}\n\n${stdout}\n--- stderr ---\n${stderr}`,
        );
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, timedOut, hungAfterReport });
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${error.message.split('\n')[0]}`);
  }
}

function quote(text) {
  return /^[\w./=:@+-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

function firstLines(text) {
  if (!text) return undefined;
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 2)
    .join(' | ');
}

function clip(text, length) {
  const flat = String(text).replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function seconds(since) {
  return Math.round((Date.now() - since) / 100) / 10;
}

function log(text) {
  process.stderr.write(`${text}\n`);
}
