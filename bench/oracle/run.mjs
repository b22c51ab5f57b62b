// The runtime oracle: generated async programs are executed under several schedules and linted
// with settle.configs.recommended; the report compares what the rules flag with what really happened.
// Usage: npm run oracle -- [--count 2000] [--seed 1] [--schedules 4] [--json bench/oracle/results.json]
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { ESLint } from 'eslint';
import ts from 'typescript';

import settle from '../../dist/src/index.js';
import { generateProgram, generateSchedule, runtimeDeclarations } from './generate.mjs';

const kinds = ['unhandled', 'hang', 'abort'];

/** Runs one program under one schedule and returns the failures it showed, attributed to units. */
function execute(dir, program, file, schedule) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--unhandled-rejections=strict', path.join(dir, 'entry.js'), file],
      { env: { ...process.env, ORACLE_SCHEDULE: JSON.stringify(schedule) }, timeout: 10_000 },
      (error, stdout, stderr) => {
        const failures = [];
        for (const line of stdout.split('\n')) {
          if (!line.startsWith('{')) continue;
          const event = JSON.parse(line);
          if (event.kind === 'hang') failures.push({ kind: 'hang', unit: event.unit });
          if (event.kind === 'abort') failures.push({ kind: 'abort', unit: program.ops[event.op] });
          if (event.kind === 'unhandled') failures.push({ kind: 'unhandled', unit: program.ops[event.op] ?? null, message: event.message });
        }
        if (error?.killed) failures.push({ kind: 'hang', unit: null });
        else if (error) failures.push({ kind: 'crash', unit: null, message: stderr.slice(0, 500) });
        resolve(failures);
      },
    );
  });
}

async function pool(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]);
      }
    }),
  );
  return results;
}

/** Generates, executes and lints `count` programs; resolves to the report. */
export async function runOracle({ count = 2000, seed = 1, schedules = 4, concurrency = os.availableParallelism() } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'settle-oracle-'));
  try {
    const programs = [];
    writeFileSync(path.join(dir, 'runtime.ts'), runtimeDeclarations);
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    copyFileSync(path.join(import.meta.dirname, 'runtime.js'), path.join(dir, 'runtime.js'));
    copyFileSync(path.join(import.meta.dirname, 'entry.js'), path.join(dir, 'entry.js'));
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023', 'DOM'],
          strict: true,
          noEmit: true,
          types: ['node'],
          typeRoots: [path.resolve(import.meta.dirname, '../../node_modules/@types')],
          skipLibCheck: true,
        },
        include: ['*.ts'],
      }),
    );
    for (let index = 0; index < count; index++) {
      const program = generateProgram(seed * 100_003 + index);
      program.file = `program-${index}.ts`;
      writeFileSync(path.join(dir, program.file), program.source);
      const js = ts.transpileModule(program.source, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      writeFileSync(path.join(dir, `program-${index}.js`), js);
      programs.push(program);
    }

    const runs = programs.flatMap((program, index) =>
      Array.from({ length: schedules }, (_, s) => ({
        program,
        file: path.join(dir, `program-${index}.js`),
        schedule: generateSchedule(program, s + 1),
      })),
    );
    const started = performance.now();
    const outcomes = await pool(runs, concurrency, (run) => execute(dir, run.program, run.file, run.schedule));
    const executeMs = performance.now() - started;
    runs.forEach((run, index) => (run.program.failures ??= []).push(...outcomes[index]));

    const lintStarted = performance.now();
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        settle.configs.recommended,
        { languageOptions: { parserOptions: { projectService: false, project: path.join(dir, 'tsconfig.json'), tsconfigRootDir: dir } } },
      ],
    });
    const results = await eslint.lintFiles(programs.map((program) => path.join(dir, program.file)));
    const lintMs = performance.now() - lintStarted;
    for (const [index, result] of results.entries()) {
      const program = programs[index];
      const fatal = result.messages.find((message) => message.fatal);
      if (fatal) throw new Error(`${program.file} did not parse: ${fatal.message}`);
      program.findings = result.messages.map((message) => ({
        rule: message.ruleId,
        line: message.line,
        unit: program.units.find((unit) => unit.lines.includes(message.line))?.id ?? null,
      }));
    }
    return summarize(programs, { count, seed, schedules, executeMs, lintMs });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function summarize(programs, meta) {
  const recall = {};
  const misses = [];
  for (const kind of kinds) {
    const failing = programs.filter((program) => program.failures.some((failure) => failure.kind === kind));
    const caught = failing.filter((program) =>
      program.failures.some(
        (failure) => failure.kind === kind && program.findings.some((finding) => finding.unit !== null && finding.unit === failure.unit),
      ),
    );
    recall[kind] = { failing: failing.length, flagged: caught.length };
    for (const program of failing) if (!caught.includes(program)) misses.push({ kind, program });
  }
  const unattributed = programs.flatMap((program) =>
    program.failures.filter((failure) => failure.unit === null).map((failure) => ({ file: program.file, ...failure })),
  );

  // Precision proxy: a flagged unit is confirmed when a failure was attributed to it in some schedule.
  const byRule = {};
  let flaggedPrograms = 0;
  let confirmedPrograms = 0;
  const falseAlarms = [];
  for (const program of programs) {
    const flaggedUnits = new Set(program.findings.map((finding) => finding.unit));
    if (flaggedUnits.size === 0) continue;
    flaggedPrograms++;
    const failed = new Set(program.failures.map((failure) => failure.unit));
    if ([...flaggedUnits].some((unit) => failed.has(unit))) confirmedPrograms++;
    for (const finding of program.findings) {
      const entry = (byRule[finding.rule] ??= { findings: 0, confirmed: 0 });
      entry.findings++;
      if (failed.has(finding.unit)) entry.confirmed++;
      else if (falseAlarms.length < 5) falseAlarms.push({ rule: finding.rule, line: finding.line, program });
    }
  }
  // Per pattern: how often it was generated, flagged, and seen failing.
  const byPattern = {};
  for (const program of programs) {
    const failed = new Set(program.failures.map((failure) => failure.unit));
    for (const unit of program.units) {
      const entry = (byPattern[unit.name] ??= { units: 0, flagged: 0, failed: 0, flaggedAndFailed: 0 });
      const flagged = program.findings.some((finding) => finding.unit === unit.id);
      entry.units++;
      if (flagged) entry.flagged++;
      if (failed.has(unit.id)) entry.failed++;
      if (flagged && failed.has(unit.id)) entry.flaggedAndFailed++;
    }
  }
  return {
    ...meta,
    byPattern,
    programs: programs.length,
    failingPrograms: programs.filter((program) => program.failures.length > 0).length,
    recall,
    precision: { flaggedPrograms, confirmedPrograms, byRule },
    unattributed,
    misses: misses.slice(0, 5).map(({ kind, program }) => ({
      kind,
      file: program.file,
      source: program.source,
      failures: program.failures,
      findings: program.findings,
    })),
    falseAlarms: falseAlarms.map(({ rule, line, program }) => ({ rule, line, file: program.file, source: program.source })),
    missCount: misses.length,
  };
}

const percent = (part, whole) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);

/** The report as a table. */
export function formatReport(report) {
  const lines = [
    `${report.programs} programs × ${report.schedules} schedules (seed ${report.seed}); ${report.failingPrograms} failed in some schedule`,
    `executed in ${(report.executeMs / 1000).toFixed(1)} s, linted in ${(report.lintMs / 1000).toFixed(1)} s`,
    '',
    'failure kind        failing   flagged at the responsible unit   recall',
  ];
  for (const kind of kinds) {
    const { failing, flagged } = report.recall[kind];
    lines.push(
      `${kind.padEnd(20)}${String(failing).padStart(7)}   ${String(flagged).padStart(31)}   ${percent(flagged, failing).padStart(7)}`,
    );
  }
  lines.push('', 'rule                                findings   misbehaved   precision proxy');
  for (const [rule, { findings, confirmed }] of Object.entries(report.precision.byRule).sort()) {
    lines.push(
      `${rule.padEnd(36)}${String(findings).padStart(8)}   ${String(confirmed).padStart(10)}   ${percent(confirmed, findings).padStart(15)}`,
    );
  }
  lines.push('', 'pattern                 units   flagged   failed   flagged and failed');
  for (const [name, entry] of Object.entries(report.byPattern).sort()) {
    lines.push(
      `${name.padEnd(22)}${String(entry.units).padStart(7)}${String(entry.flagged).padStart(10)}${String(entry.failed).padStart(9)}${String(entry.flaggedAndFailed).padStart(21)}`,
    );
  }
  const { flaggedPrograms, confirmedPrograms } = report.precision;
  lines.push(
    `flagged programs whose flagged unit misbehaved: ${confirmedPrograms}/${flaggedPrograms} (${percent(confirmedPrograms, flaggedPrograms)})`,
  );
  if (report.unattributed.length > 0) lines.push(`failures not attributed to a unit: ${report.unattributed.length}`);
  for (const miss of report.misses) lines.push('', `miss (${miss.kind}) ${miss.file}:`, miss.source);
  for (const alarm of report.falseAlarms) lines.push('', `never misbehaved: ${alarm.rule} at ${alarm.file}:${alarm.line}`, alarm.source);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      schedules: { type: 'string', default: '4' },
      json: { type: 'string', default: path.join(import.meta.dirname, 'results.json') },
    },
  });
  const report = await runOracle({ count: Number(values.count), seed: Number(values.seed), schedules: Number(values.schedules) });
  console.log(formatReport(report));
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nJSON: ${values.json}`);
}
