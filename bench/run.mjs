// `npm run bench`: lints one corpus three ways and compares them.
//   floor             – typed parser + one rule asking for each file's semantic diagnostics (no rule logic)
//   typescript-eslint – no-floating-promises + no-misused-promises + await-thenable
//   settle            – every settle rule
// Each configuration runs --runs times (default 3) in a fresh process; the table shows medians.
// Backends (--backends, comma-separated): project (default: parserOptions.project, classic), classic
// and tsgo (the project service on classic TypeScript or on TypeScript 7.1 through typescript-eslint's
// adapter; the tsconfig must be named tsconfig.json). With two or more, every configuration runs on each,
// and the findings (with fixes and suggestions) must be identical across them.
// --editor adds the editor mode (bench/editor.mjs): a warm ESLint instance re-linting one edited file
// --edits times, p50/p95 per re-lint, for settle and typescript-eslint on each backend.
// Usage: npm run bench -- [--project path/to/tsconfig.json] [--files 2000] [--seed 1] [--runs 3]
//                         [--backends project|classic,tsgo] [--editor] [--edits 30] [--json out.json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { generate } from './generate.mjs';

const { values } = parseArgs({
  options: {
    project: { type: 'string' },
    files: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    backends: { type: 'string', default: 'project' },
    editor: { type: 'boolean', default: false },
    edits: { type: 'string', default: '30' },
    json: { type: 'string', default: path.join(import.meta.dirname, 'results.json') },
  },
});

const runs = Number(values.runs);
let tsconfig = values.project && path.resolve(values.project);
let scratch;
if (!tsconfig) {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'settle-bench-'));
  tsconfig = generate(scratch, {
    files: Number(values.files),
    seed: Number(values.seed),
    typeRoots: [path.resolve(import.meta.dirname, '../node_modules/@types')],
  });
  console.log(`corpus: ${values.files} generated files (seed ${values.seed}) in ${scratch}`);
} else {
  console.log(`corpus: ${tsconfig}`);
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const backends = values.backends.split(',');
const rulesets = ['floor', 'typescript-eslint', 'settle'];
const label = (name, backend) => (backends.length === 1 ? name : `${name} (${backend})`);
const configurations = backends.flatMap((backend) => rulesets.map((name) => ({ name, backend, key: label(name, backend) })));
const samples = Object.fromEntries(configurations.map(({ key }) => [key, []]));
const lastLine = (output) => JSON.parse(output.trim().split('\n').at(-1));
// Interleave the configurations so that machine noise spreads over all of them.
for (let run = 0; run < runs; run++) {
  for (const { name, backend, key } of configurations) {
    const output = execFileSync(process.execPath, [path.join(import.meta.dirname, 'lint-once.mjs'), name, tsconfig, backend], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const sample = lastLine(output);
    samples[key].push(sample);
    process.stderr.write(`  run ${run + 1}/${runs} ${key}: ${(sample.wallMs / 1000).toFixed(1)} s\n`);
  }
}

const summary = {};
for (const { key: name } of configurations) {
  const list = samples[name];
  const rules = Object.keys(list[0].ruleMs);
  const ruleMs = Object.fromEntries(rules.map((rule) => [rule, median(list.map((sample) => sample.ruleMs[rule] ?? 0))]));
  summary[name] = {
    wallMs: median(list.map((sample) => sample.wallMs)),
    parseMs: median(list.map((sample) => sample.parseMs)),
    ruleTotalMs: median(list.map((sample) => Object.values(sample.ruleMs).reduce((a, b) => a + b, 0))),
    ruleMs,
    maxRssMiB: median(list.map((sample) => sample.maxRssMiB)),
    nativeRssMiB: median(list.map((sample) => sample.nativeRssMiB)),
    files: list[0].files,
    findings: list[0].findings,
    digest: list[0].digest,
  };
}

const first = backends[0];
const ratios = {
  ruleTimeSettleOverTypescriptEslint: summary[label('settle', first)].ruleTotalMs / summary[label('typescript-eslint', first)].ruleTotalMs,
  totalSettleOverFloor: summary[label('settle', first)].wallMs / summary[label('floor', first)].wallMs,
};
if (backends.includes('classic') && backends.includes('tsgo')) {
  for (const name of rulesets)
    ratios[`wall ${name} tsgo / classic`] = summary[label(name, 'tsgo')].wallMs / summary[label(name, 'classic')].wallMs;
}

const row = (cells) =>
  cells.map((cell, index) => (index === 0 ? String(cell).padEnd(44) : String(cell).padStart(index === 7 ? 18 : 12))).join('');
console.log(`\n${row(['configuration', 'wall s', 'rules s', 'parse s', 'node MiB', 'native MiB', 'findings', 'digest'])}`);
for (const { key: name } of configurations) {
  const item = summary[name];
  console.log(
    row([
      name,
      (item.wallMs / 1000).toFixed(2),
      (item.ruleTotalMs / 1000).toFixed(2),
      (item.parseMs / 1000).toFixed(2),
      item.maxRssMiB.toFixed(0),
      item.nativeRssMiB.toFixed(0),
      item.findings,
      item.digest,
    ]),
  );
}
let differ = false;
for (const name of rulesets) {
  const digests = new Set(backends.map((backend) => summary[label(name, backend)].digest));
  if (digests.size > 1) {
    differ = true;
    console.log(`DIFFERENT FINDINGS: ${name} finds differently on ${backends.join(' and ')} (npm run backends -- <tsconfig> lists them)`);
  }
}
console.log('\nper-rule time (median, s)');
for (const { key: name } of configurations) {
  for (const [rule, ms] of Object.entries(summary[name].ruleMs).sort((a, b) => b[1] - a[1]))
    console.log(row([`  ${rule}`, (ms / 1000).toFixed(2)]));
}
console.log(`\nrule time settle / typescript-eslint (target <= 1.00): ${ratios.ruleTimeSettleOverTypescriptEslint.toFixed(2)}`);
console.log(`total settle / floor               (target <= 1.15): ${ratios.totalSettleOverFloor.toFixed(2)}`);
for (const name of rulesets) {
  const ratio = ratios[`wall ${name} tsgo / classic`];
  if (ratio !== undefined) console.log(`wall ${name.padEnd(18)} tsgo / classic: ${ratio.toFixed(2)}`);
}

const editor = {};
if (values.editor) {
  console.log(`\neditor mode: one warm ESLint, one file re-linted ${values.edits} times after an edit (ms)`);
  console.log(row(['configuration', 'first', 'p50', 'p95', 'node MiB', 'native MiB']));
  for (const backend of backends.map((name) => (name === 'project' ? 'classic' : name))) {
    for (const name of ['typescript-eslint', 'settle']) {
      const output = execFileSync(process.execPath, [path.join(import.meta.dirname, 'editor.mjs'), name, tsconfig, backend, values.edits], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const sample = lastLine(output);
      editor[`${name} (${backend})`] = sample;
      console.log(
        row([
          `${name} (${backend})`,
          sample.firstMs.toFixed(0),
          sample.p50Ms.toFixed(0),
          sample.p95Ms.toFixed(0),
          sample.maxRssMiB.toFixed(0),
          sample.nativeRssMiB.toFixed(0),
        ]),
      );
    }
  }
  if (editor['settle (tsgo)'] && editor['settle (classic)']) {
    ratios['editor settle p95 tsgo / classic'] = editor['settle (tsgo)'].p95Ms / editor['settle (classic)'].p95Ms;
    console.log(`editor settle p95 tsgo / classic: ${ratios['editor settle p95 tsgo / classic'].toFixed(2)}`);
  }
}

writeFileSync(
  values.json,
  `${JSON.stringify({ corpus: values.project ?? { files: Number(values.files), seed: Number(values.seed) }, runs, backends, summary, editor, ratios, node: process.version }, null, 2)}\n`,
);
console.log(`\nJSON: ${values.json}`);
if (scratch) rmSync(scratch, { recursive: true, force: true });
if (differ) process.exitCode = 1;
