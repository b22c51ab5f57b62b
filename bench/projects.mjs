// `npm run bench:projects`: the CLI on several projects at once, against each project linted alone.
//   alone            – `settle -p <project>` once per project (the largest one's peak is the reference)
//   --concurrency 1  – `settle --all-projects`: one project at a time, in child processes
//   --concurrency N  – each value given with --concurrency (default: auto)
// Reports wall time and peak resident memory of the whole process tree (sampled from /proc every
// 100 ms: the CLI and its children together), and checks that every run finds exactly what the
// projects linted alone find (same files, lines, columns, rules and messages).
// Without --root, the corpus is a generated monorepo with no root tsconfig: --projects projects of
// --files files each (default 4 × 300), under packages/. With --root, an existing repository whose
// tsconfig.json files --all-projects finds (e.g. this repository: `--root .`).
// Usage: npm run bench:projects -- [--root dir] [--projects 4] [--files 300] [--runs 1]
//                                  [--concurrency auto[,2,…]] [--backend classic|tsgo] [--json out.json]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { findProjects } from '../dist/src/cli/project.js';
import { generate } from './generate.mjs';
import { treeRssMiB } from './process-memory.mjs';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    projects: { type: 'string', default: '4' },
    files: { type: 'string', default: '300' },
    runs: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: 'auto' },
    backend: { type: 'string', default: 'classic' },
    json: { type: 'string', default: path.join(import.meta.dirname, 'projects-results.json') },
  },
});

const bin = path.resolve(import.meta.dirname, '../dist/src/cli/index.js');
let root = values.root && path.resolve(values.root);
let scratch;
if (!root) {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'settle-projects-'));
  root = scratch;
  for (let index = 1; index <= Number(values.projects); index++) {
    const directory = path.join(root, 'packages', `p${index}`);
    mkdirSync(directory, { recursive: true });
    generate(directory, {
      files: Number(values.files),
      seed: index,
      typeRoots: [path.resolve(import.meta.dirname, '../node_modules/@types')],
    });
  }
  console.log(`corpus: ${values.projects} generated projects of ${values.files} files, no root tsconfig, in ${root}`);
} else {
  console.log(`corpus: ${root}`);
}
const projects = findProjects([], root, [], true);
console.log(`projects: ${projects.length} (${projects.reduce((sum, project) => sum + project.files.length, 0)} files)`);

/** Runs the CLI in `root` and resolves to its wall time, the tree's peak RSS and its findings. */
function settle(argv) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [bin, '--format', 'json', '--backend', values.backend, ...argv], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssMiB(child.pid))), 100);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0 && code !== 1) {
        reject(new Error(`settle ${argv.join(' ')} exited with ${code}: ${stderr.trim().split('\n').at(-1)}`));
        return;
      }
      const findings = JSON.parse(stdout).flatMap((result) =>
        result.messages.map((message) => `${result.filePath}:${message.line}:${message.column} ${message.ruleId} ${message.message}`),
      );
      resolve({ wallMs: Date.now() - started, peakMiB: peak, findings });
    });
  });
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const configurations = [
  { name: 'alone (each project, one after another)', alone: true },
  ...['1', ...values.concurrency.split(',')].map((value) => ({
    name: `--concurrency ${value}`,
    argv: ['--all-projects', '--concurrency', value],
  })),
];
const samples = new Map(configurations.map(({ name }) => [name, []]));
for (let run = 0; run < Number(values.runs); run++) {
  for (const configuration of configurations) {
    let sample;
    if (configuration.alone) {
      const each = [];
      for (const project of projects) each.push(await settle(['-p', project.tsconfig]));
      sample = {
        wallMs: each.reduce((sum, item) => sum + item.wallMs, 0),
        peakMiB: Math.max(...each.map((item) => item.peakMiB)),
        findings: each.flatMap((item) => item.findings),
      };
    } else {
      sample = await settle(configuration.argv);
    }
    samples.get(configuration.name).push(sample);
    process.stderr.write(
      `  run ${run + 1}/${values.runs} ${configuration.name}: ${(sample.wallMs / 1000).toFixed(1)} s, ${sample.peakMiB.toFixed(0)} MiB\n`,
    );
  }
}

const reference = samples.get(configurations[0].name);
const referencePeak = median(reference.map((sample) => sample.peakMiB));
const expected = [...reference[0].findings].sort().join('\n');
const summary = {};
let differ = false;
const row = (cells) => cells.map((cell, index) => (index === 0 ? String(cell).padEnd(42) : String(cell).padStart(14))).join('');
console.log(`\n${row(['configuration', 'wall s', 'peak MiB', 'peak / alone', 'findings', 'same findings'])}`);
for (const { name } of configurations) {
  const list = samples.get(name);
  const same = list.every((sample) => [...sample.findings].sort().join('\n') === expected);
  differ ||= !same;
  summary[name] = {
    wallMs: median(list.map((sample) => sample.wallMs)),
    peakMiB: median(list.map((sample) => sample.peakMiB)),
    findings: list[0].findings.length,
    same,
  };
  const item = summary[name];
  console.log(
    row([
      name,
      (item.wallMs / 1000).toFixed(1),
      item.peakMiB.toFixed(0),
      (item.peakMiB / referencePeak).toFixed(2),
      item.findings,
      same ? 'yes' : 'NO',
    ]),
  );
}
console.log(`\n"peak / alone": the run's peak over the largest peak of a project linted alone (target <= 1.50 at --concurrency 1).`);
console.log(
  `cores: ${os.availableParallelism()}, memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, free: ${(os.freemem() / 2 ** 30).toFixed(1)} GiB`,
);
writeFileSync(
  values.json,
  `${JSON.stringify({ corpus: values.root ?? { projects: Number(values.projects), files: Number(values.files) }, backend: values.backend, runs: Number(values.runs), cores: os.availableParallelism(), summary, node: process.version }, null, 2)}\n`,
);
console.log(`JSON: ${values.json}`);
if (scratch) rmSync(scratch, { recursive: true, force: true });
if (differ) {
  console.log('DIFFERENT FINDINGS: a run found something else than the projects linted alone');
  process.exitCode = 1;
}
