// Editor mode, in a fresh process: one warm ESLint instance on the project service (as an editor's
// ESLint server keeps one), one file of the project linted once, then edited and re-linted
// `edits` times with lintText. Prints one JSON line:
// { firstMs, p50Ms, p95Ms, maxRssMiB, nativeRssMiB, file, findings }.
// Usage: node bench/editor.mjs <settle|typescript-eslint> <tsconfig.json> <classic|tsgo> [edits] [file]
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import { childPeakRssMiB } from './process-memory.mjs';
import { projectFiles } from './project-files.mjs';

import settle from '../dist/src/index.js';

const [which, tsconfig, backend, edits = '30', chosenFile] = process.argv.slice(2);
if (!which || !tsconfig || !backend) {
  console.error('usage: node bench/editor.mjs <settle|typescript-eslint> <tsconfig.json> <classic|tsgo> [edits] [file]');
  process.exit(2);
}
const root = path.dirname(path.resolve(tsconfig));

const rules = {
  settle: { plugins: { settle }, rules: Object.fromEntries(Object.keys(settle.rules).map((id) => [`settle/${id}`, 'error'])) },
  'typescript-eslint': {
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
}[which];

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: {
        parser: tseslint.parser,
        parserOptions: { projectService: backend === 'tsgo' ? { EXPERIMENTAL_backend: 'tsgo' } : true, tsconfigRootDir: root },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      ...rules,
    },
  ],
});

/** The file edited: the one given, or the project's largest TypeScript file. */
function largestFile() {
  const sized = projectFiles(tsconfig).map((file) => ({ file, size: readFileSync(file, 'utf8').length }));
  return sized.sort((a, b) => b.size - a.size)[0].file;
}
const file = chosenFile ? path.resolve(chosenFile) : largestFile();
const original = readFileSync(file, 'utf8');

const time = async (text) => {
  const started = performance.now();
  const [result] = await eslint.lintText(text, { filePath: file });
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${file}: ${fatal.message}`);
  return { ms: performance.now() - started, findings: result.messages.length };
};

const first = await time(original);
const samples = [];
for (let edit = 1; edit <= Number(edits); edit++) {
  // A typing-sized edit that changes the file's types: a new exported constant at the end.
  samples.push((await time(`${original}\nexport const settleBenchEdit${edit} = ${edit};\n`)).ms);
}
samples.sort((a, b) => a - b);
const at = (quantile) => samples[Math.min(samples.length - 1, Math.ceil(quantile * samples.length) - 1)];

console.log(
  JSON.stringify({
    firstMs: first.ms,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    nativeRssMiB: childPeakRssMiB(),
    file: path.relative(root, file),
    findings: first.findings,
  }),
);
process.exit(0);
