// `npm run bench`: lints one corpus three ways and compares them.
//   floor             – typed parser + one rule asking for each file's semantic diagnostics (no rule logic)
//   typescript-eslint – no-floating-promises + no-misused-promises + await-thenable
//   settle            – every settle rule
// Each configuration runs --runs times (default 3) in a fresh process; the table shows medians.
// Usage: npm run bench -- [--project path/to/tsconfig.json] [--files 2000] [--seed 1] [--runs 3] [--json out.json]
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

const configurations = ['floor', 'typescript-eslint', 'settle'];
const samples = Object.fromEntries(configurations.map((name) => [name, []]));
// Interleave the configurations so that machine noise spreads over all of them.
for (let run = 0; run < runs; run++) {
  for (const name of configurations) {
    const output = execFileSync(process.execPath, [path.join(import.meta.dirname, 'lint-once.mjs'), name, tsconfig], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const sample = JSON.parse(output.trim().split('\n').at(-1));
    samples[name].push(sample);
    process.stderr.write(`  run ${run + 1}/${runs} ${name}: ${(sample.wallMs / 1000).toFixed(1)} s\n`);
  }
}

const summary = {};
for (const name of configurations) {
  const list = samples[name];
  const rules = Object.keys(list[0].ruleMs);
  const ruleMs = Object.fromEntries(rules.map((rule) => [rule, median(list.map((sample) => sample.ruleMs[rule] ?? 0))]));
  summary[name] = {
    wallMs: median(list.map((sample) => sample.wallMs)),
    parseMs: median(list.map((sample) => sample.parseMs)),
    ruleTotalMs: median(list.map((sample) => Object.values(sample.ruleMs).reduce((a, b) => a + b, 0))),
    ruleMs,
    maxRssMiB: median(list.map((sample) => sample.maxRssMiB)),
    files: list[0].files,
    findings: list[0].findings,
  };
}

const ratios = {
  ruleTimeSettleOverTypescriptEslint: summary.settle.ruleTotalMs / summary['typescript-eslint'].ruleTotalMs,
  totalSettleOverFloor: summary.settle.wallMs / summary.floor.wallMs,
};

const row = (cells) => cells.map((cell, index) => (index === 0 ? String(cell).padEnd(44) : String(cell).padStart(12))).join('');
console.log(`\n${row(['configuration', 'wall s', 'rules s', 'parse s', 'peak MiB', 'findings'])}`);
for (const name of configurations) {
  const item = summary[name];
  console.log(
    row([
      name,
      (item.wallMs / 1000).toFixed(2),
      (item.ruleTotalMs / 1000).toFixed(2),
      (item.parseMs / 1000).toFixed(2),
      item.maxRssMiB.toFixed(0),
      item.findings,
    ]),
  );
}
console.log('\nper-rule time (median, s)');
for (const name of configurations) {
  for (const [rule, ms] of Object.entries(summary[name].ruleMs).sort((a, b) => b[1] - a[1]))
    console.log(row([`  ${rule}`, (ms / 1000).toFixed(2)]));
}
console.log(`\nrule time settle / typescript-eslint (target <= 1.00): ${ratios.ruleTimeSettleOverTypescriptEslint.toFixed(2)}`);
console.log(`total settle / floor               (target <= 1.15): ${ratios.totalSettleOverFloor.toFixed(2)}`);

writeFileSync(
  values.json,
  `${JSON.stringify({ corpus: values.project ?? { files: Number(values.files), seed: Number(values.seed) }, runs, summary, ratios, node: process.version }, null, 2)}\n`,
);
console.log(`\nJSON: ${values.json}`);
if (scratch) rmSync(scratch, { recursive: true, force: true });
