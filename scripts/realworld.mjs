// How many reports do settle's rules make on real projects, and how many of them are in test code?
//
// Usage: node scripts/realworld.mjs --settle <cli.js> --out <dir> [--config recommended]
//          [--verdicts docs/real-world-verdicts.tsv] <name>=<checkout dir>[:<tsconfig>] ...
//
// For each project, one after the other, runs
//   node <cli.js> --project <tsconfig> --format json --config <config>
// with the checkout as the working directory (the tsconfig is relative to the checkout, default
// tsconfig.json), saves the report to <out>/<name>.json and settle's stderr to <out>/<name>.log.
// settle exits 1 when it finds something; only another exit code (or a report that is not JSON)
// counts as a failure, and the other projects are still run.
//
// Then it prints a markdown report (also written to <out>/report.md): per rule, the reports in
// library source and in test code for each project, and the totals; the same per messageId; the
// files linted and the wall time per project. Parse errors (findings without a rule) are a row of
// their own. <out>/findings.tsv lists every finding for triage: project, file:line, rule,
// messageId, test|source, message (file relative to the checkout; tabs and newlines in the message
// become spaces).
//
// With --verdicts, the findings are also matched against a triage (project, file:line, rule,
// messageId, kind, verdict, reason; verdicts TRUE, WELCOME, DEBATABLE, FALSE): the report gains,
// for source and for tests, the reports by verdict, those not judged yet, the share worth acting on
// (TRUE and WELCOME among the judged), and the judged reports no longer made.
//
// Test code: a file whose path relative to the checkout has a directory segment `test`, `tests`,
// `__tests__`, `spec`, `__mocks__`, `fixtures` or `e2e`, or whose name contains `.test.`, `.spec.`
// or `-test.` (both compared in lower case). Everything else counts as source, helpers such as
// `lib/test-utils.ts` included.
//
// Exit codes: 0 every project ran, 1 settle failed on some project, 2 bad input (one line on stderr).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const usage = `Usage: node scripts/realworld.mjs --settle <cli.js> --out <dir> [options] <name>=<dir>[:<tsconfig>] ...

  <name>=<dir>[:<tsconfig>]  a project: a name for the report (letters, digits, . _ -), its checkout
                         and its tsconfig relative to the checkout (default: tsconfig.json)
  --settle <cli.js>      the settle CLI to run (a built dist/src/cli/index.js)
  --out <dir>            where <name>.json, <name>.log, findings.tsv and report.md go
  -c, --config <name>    settle config: recommended (default) | strict | all
  --verdicts <tsv>       a triage of earlier findings to score these against (see the file's header)
  -h, --help

Test code: a path segment test, tests, __tests__, spec, __mocks__, fixtures or e2e, or a file name
containing .test., .spec. or -test.; everything else is source.
`;

/** A problem with the input: one line on stderr, exit 2. */
class InputError extends Error {}

const testSegments = new Set(['test', 'tests', '__tests__', 'spec', '__mocks__', 'fixtures', 'e2e']);
const testName = /\.test\.|\.spec\.|-test\./;
/** The row of findings that have no rule: files that did not parse. */
const parseErrorRule = '(parse error)';

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`realworld: ${error.message}\n`);
    process.exitCode = 2;
  }
}

export { isTestFile, parseProjectArgument };

async function main(argv) {
  const options = parseOptions(argv);
  if (options === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  mkdirSync(options.out, { recursive: true });
  const settle = describeSettle(options.settle);
  log(
    `settle ${settle.version} (${settle.commit ?? 'no git'}${settle.dirty ? ', uncommitted changes' : ''}; build ${settle.build}), config ${options.config}`,
  );

  const runs = [];
  for (const project of options.projects) runs.push(await runProject(project, options));

  const findings = runs.flatMap((run) => run.findings);
  writeFileSync(path.join(options.out, 'findings.tsv'), formatTsv(findings));
  const report =
    formatReport(runs, settle, options) +
    (options.verdicts ? `${formatVerdicts(findings, options.verdicts, options.projects).join('\n')}\n` : '');
  writeFileSync(path.join(options.out, 'report.md'), report);
  process.stdout.write(report);
  log(`reports, findings.tsv and report.md in ${options.out}`);
  return runs.some((run) => run.failure) ? 1 : 0;
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
        settle: { type: 'string' },
        out: { type: 'string' },
        config: { type: 'string', short: 'c' },
        verdicts: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new InputError(`${error.message.split('. ')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const cwd = process.env.INIT_CWD ?? process.cwd();

  if (!values.settle) throw new InputError('--settle <cli.js> is required (see --help)');
  const settle = path.resolve(cwd, values.settle);
  if (!existsSync(settle) || !statSync(settle).isFile()) throw new InputError(`settle CLI not found: ${values.settle}`);
  if (!values.out) throw new InputError('--out <dir> is required (see --help)');
  const out = path.resolve(cwd, values.out);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new InputError(`--out is not a directory: ${values.out}`);

  const config = values.config ?? 'recommended';
  if (!['recommended', 'strict', 'all'].includes(config))
    throw new InputError(`--config must be one of recommended, strict, all, not "${config}"`);

  if (positionals.length === 0) throw new InputError('name at least one project as <name>=<dir>[:<tsconfig>] (see --help)');
  const projects = positionals.map((argument) => parseProjectArgument(argument, cwd));
  const seen = new Set();
  for (const project of projects) {
    if (seen.has(project.name)) throw new InputError(`project name used twice: ${project.name}`);
    seen.add(project.name);
  }
  let verdicts;
  if (values.verdicts !== undefined) {
    const file = path.resolve(cwd, values.verdicts);
    if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(`verdicts file not found: ${values.verdicts}`);
    verdicts = readVerdicts(readFileSync(file, 'utf8'));
  }
  return { settle, out, config, projects, verdicts };
}

/** The triage rows by key (project, file:line, rule without prefix, messageId): their verdict and kind. */
function readVerdicts(text) {
  const verdicts = new Map();
  for (const line of text.split('\n').slice(1)) {
    const [project, location, rule, messageId, kind, verdict] = line.split('\t');
    if (!verdict) continue;
    verdicts.set(verdictKey(project, location, rule, messageId), { kind, verdict });
  }
  return verdicts;
}

function verdictKey(project, location, rule, messageId) {
  return [project, location, rule.replace(/^settle\//, ''), messageId].join('\t');
}

/** Markdown lines scoring the findings against the triage (see the header), for the projects run. */
function formatVerdicts(findings, verdicts, projects) {
  const names = new Set(projects.map((project) => project.name));
  const order = ['TRUE', 'WELCOME', 'DEBATABLE', 'FALSE'];
  const seen = new Set();
  const rows = { source: new Map(), test: new Map() };
  for (const f of findings) {
    const key = verdictKey(f.project, `${f.file}:${f.line}`, f.rule, f.messageId);
    seen.add(key);
    const verdict = verdicts.get(key)?.verdict ?? 'not judged';
    rows[f.kind].set(verdict, (rows[f.kind].get(verdict) ?? 0) + 1);
  }
  const gone = { source: 0, test: 0 };
  for (const [key, { kind, verdict }] of verdicts)
    if (!seen.has(key) && names.has(key.split('\t')[0]) && kind in gone && (verdict === 'TRUE' || verdict === 'WELCOME')) gone[kind] += 1;
  const lines = [
    '',
    '## Against the verdicts',
    '',
    `| code | reports | ${order.join(' | ')} | not judged | worth acting on | real or welcome ones no longer reported |`,
  ];
  lines.push(`| :-- | --: | ${order.map(() => '--:').join(' | ')} | --: | --: | --: |`);
  for (const kind of ['source', 'test']) {
    const counts = rows[kind];
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    const judged = order.reduce((sum, verdict) => sum + (counts.get(verdict) ?? 0), 0);
    const worth = (counts.get('TRUE') ?? 0) + (counts.get('WELCOME') ?? 0);
    const share = judged === 0 ? '-' : `${((100 * worth) / judged).toFixed(1)} %`;
    lines.push(
      `| ${kind} | ${total} | ${order.map((verdict) => counts.get(verdict) ?? 0).join(' | ')} | ${counts.get('not judged') ?? 0} | ${share} | ${gone[kind]} |`,
    );
  }
  return lines;
}

/** `<name>=<dir>[:<tsconfig>]`; the tsconfig is whatever follows the last colon of the directory part. */
function parseProjectArgument(argument, cwd) {
  const equals = argument.indexOf('=');
  if (equals <= 0) throw new InputError(`a project is <name>=<dir>[:<tsconfig>], not "${argument}"`);
  const name = argument.slice(0, equals);
  if (!/^[\w.-]+$/.test(name)) throw new InputError(`a project name may only have letters, digits, . _ and -, not "${name}"`);
  const rest = argument.slice(equals + 1);
  const colon = rest.lastIndexOf(':');
  const dirText = colon === -1 ? rest : rest.slice(0, colon);
  const tsconfig = colon === -1 ? 'tsconfig.json' : rest.slice(colon + 1);
  if (!dirText) throw new InputError(`no checkout directory in "${argument}"`);
  if (!tsconfig) throw new InputError(`empty tsconfig after ':' in "${argument}"`);
  const dir = path.resolve(cwd, dirText);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`not a directory: ${dirText}`);
  if (!existsSync(path.resolve(dir, tsconfig))) throw new InputError(`tsconfig not found: ${path.join(dirText, tsconfig)}`);
  return { name, dir, tsconfig };
}

// ---------------------------------------------------------------------------------------------
// Running settle

async function runProject(project, options) {
  const args = [options.settle, '--project', project.tsconfig, '--format', 'json', '--config', options.config];
  log(`${project.name}: node ${args.map(quote).join(' ')}  (in ${project.dir})`);
  const started = Date.now();
  const { code, signal, stdout, stderr } = await run(process.execPath, args, project.dir);
  const time = seconds(started);
  writeFileSync(path.join(options.out, `${project.name}.json`), stdout);
  writeFileSync(path.join(options.out, `${project.name}.log`), stderr);
  const base = { ...project, commit: gitCommit(project.dir), dirty: gitDirty(project.dir), seconds: time, exitCode: code };

  let failure;
  if (code !== 0 && code !== 1) failure = signal ? `killed by ${signal}` : `settle exited with ${code}: ${lastLine(stderr)}`;
  let results;
  if (!failure) {
    try {
      results = JSON.parse(stdout);
      if (!Array.isArray(results)) throw new Error('not an array of lint results');
    } catch (error) {
      failure = `the report is not settle's JSON: ${error.message.split('\n')[0]}`;
    }
  }
  if (failure) {
    log(`${project.name}: FAILED after ${time}s: ${failure}`);
    return { ...base, failure, files: { source: 0, test: 0 }, findings: [] };
  }

  const files = { source: 0, test: 0 };
  const findings = [];
  for (const result of results) {
    const file = path.relative(project.dir, result.filePath).split(path.sep).join('/');
    const kind = isTestFile(file) ? 'test' : 'source';
    files[kind]++;
    for (const message of result.messages ?? []) {
      findings.push({
        project: project.name,
        file,
        line: message.line ?? 0,
        rule: message.ruleId ?? parseErrorRule,
        messageId: message.messageId ?? (message.ruleId ? '(none)' : parseErrorRule),
        kind,
        message: message.message ?? '',
      });
    }
  }
  log(
    `${project.name}: ${results.length} files (${files.source} source, ${files.test} test), ${findings.length} findings, exit ${code}, ${time}s`,
  );
  return { ...base, files, findings };
}

/** Runs a command, collecting stdout and stderr; stderr is passed on as it comes (settle's progress and notes). */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => {
      err.push(chunk);
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/** Test code by the path relative to the checkout (see the header). */
function isTestFile(relativePath) {
  const parts = relativePath.toLowerCase().split(/[\\/]/);
  const name = parts.pop();
  return parts.some((part) => testSegments.has(part)) || testName.test(name);
}

// ---------------------------------------------------------------------------------------------
// Output

function formatTsv(findings) {
  const clean = (text) => String(text).replace(/[\t\r\n]+/g, ' ');
  const lines = ['project\tlocation\trule\tmessageId\tkind\tmessage'];
  for (const f of findings) lines.push([f.project, `${f.file}:${f.line}`, f.rule, f.messageId, f.kind, f.message].map(clean).join('\t'));
  return `${lines.join('\n')}\n`;
}

function formatReport(runs, settle, options) {
  const lines = [];
  lines.push(`# settle on real projects (config ${options.config})`, '');
  lines.push(
    `settle ${settle.version}, ${settle.commit ?? 'not in git'}${settle.dirty ? ' (with uncommitted changes)' : ''}, build ${settle.build}; eslint ${settle.eslint ?? '?'}; node ${process.version}; ${new Date().toISOString()}`,
    '',
  );
  lines.push('| project | commit | tsconfig | files (source / test) | findings | exit | time |');
  lines.push('| :-- | :-- | :-- | --: | --: | --: | --: |');
  for (const r of runs) {
    const commit = r.commit ? `${r.commit.slice(0, 12)}${r.dirty ? ' (dirty)' : ''}` : '(no git)';
    const files = r.failure ? 'FAILED' : `${r.files.source + r.files.test} (${r.files.source} / ${r.files.test})`;
    lines.push(`| ${r.name} | ${commit} | ${r.tsconfig} | ${files} | ${r.findings.length} | ${r.exitCode ?? '-'} | ${r.seconds}s |`);
  }
  const failed = runs.filter((r) => r.failure);
  if (failed.length > 0) {
    lines.push('');
    for (const r of failed) lines.push(`- **${r.name} failed**: ${r.failure}`);
  }

  lines.push('', 'Reports per rule, as source / test:', '');
  lines.push(...countTable(runs, 'rule', (f) => f.rule));
  lines.push('', 'Reports per messageId, as source / test:', '');
  lines.push(...countTable(runs, 'rule: messageId', (f) => `${f.rule.replace(/^settle\//, '')}: ${f.messageId}`));
  lines.push('');
  return `${lines.join('\n')}\n`;
}

/** One row per key (most reports first), one column per project and a total, each cell `source / test`. */
function countTable(runs, heading, keyOf) {
  const counts = new Map();
  const bump = (key, column, kind) => {
    if (!counts.has(key)) counts.set(key, new Map());
    const row = counts.get(key);
    if (!row.has(column)) row.set(column, { source: 0, test: 0 });
    row.get(column)[kind]++;
  };
  for (const r of runs) {
    for (const f of r.findings) {
      for (const key of [keyOf(f), ' all']) {
        bump(key, r.name, f.kind);
        bump(key, ' total', f.kind);
      }
    }
  }
  const total = (key) => {
    const cell = counts.get(key)?.get(' total');
    return cell ? cell.source + cell.test : 0;
  };
  const keys = [...counts.keys()].filter((key) => key !== ' all').sort((a, b) => total(b) - total(a) || a.localeCompare(b));
  const columns = [...runs.map((r) => r.name), ' total'];
  const cell = (key, column) => {
    const value = counts.get(key)?.get(column) ?? { source: 0, test: 0 };
    return `${value.source} / ${value.test}`;
  };
  const lines = [];
  lines.push(`| ${heading} | ${columns.map((c) => (c === ' total' ? 'total' : c)).join(' | ')} |`);
  lines.push(`| :-- | ${columns.map(() => '--:').join(' | ')} |`);
  for (const key of keys) lines.push(`| ${key} | ${columns.map((c) => cell(key, c)).join(' | ')} |`);
  lines.push(`| **all** | ${columns.map((c) => `**${cell(' all', c)}**`).join(' | ')} |`);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * The settle that was measured: its package version, git commit, the eslint it runs on, and a
 * fingerprint of the build (the first 16 hex digits of a sha256 over the sorted paths and contents
 * of the files in the directory of the package that holds the CLI's `src/`: `dist/` for a build), so
 * that two runs can tell whether they measured the same code even when the working tree had changes.
 */
function describeSettle(cli) {
  let root;
  for (let dir = path.dirname(cli); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) {
      root = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  const manifest = root ? readJson(path.join(root, 'package.json')) : {};
  const eslint = root ? readJson(path.join(root, 'node_modules', 'eslint', 'package.json'), true) : undefined;
  return {
    version: manifest.version ?? '?',
    commit: root ? gitCommit(root) : undefined,
    dirty: root ? gitDirty(root) : undefined,
    eslint: eslint?.version,
    build: fingerprint(path.resolve(path.dirname(cli), '../..')),
  };
}

function fingerprint(dir) {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(dir, path.join(entry.parentPath ?? entry.path, entry.name))
        .split(path.sep)
        .join('/'),
    )
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(dir, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

function readJson(file, optional = false) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (optional) return undefined;
    throw new InputError(`cannot read ${file}: ${error.message.split('\n')[0]}`);
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

function lastLine(text) {
  return (
    text
      .trim()
      .split('\n')
      .filter((line) => line.trim())
      .pop() ?? '(no output)'
  );
}

function quote(text) {
  return /^[\w./=:@+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function seconds(since) {
  return Math.round((Date.now() - since) / 100) / 10;
}

function log(text) {
  process.stderr.write(`${text}\n`);
}
