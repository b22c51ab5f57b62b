// One measured lint of a project in a fresh process (so memory and caches are its own).
// Prints one JSON line: { wallMs, parseMs, ruleMs: { [rule]: ms }, maxRssMiB, nativeRssMiB, files, findings, digest }.
// Usage: node bench/lint-once.mjs <floor|typescript-eslint|settle> <tsconfig> [project|classic|tsgo]
//   project (default): parserOptions.project, the classic compiler; classic / tsgo: the project
//   service (the tsconfig must be named tsconfig.json) on that backend.
import { createHash } from 'node:crypto';
import path from 'node:path';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import { childPeakRssMiB } from './process-memory.mjs';
import { projectFiles } from './project-files.mjs';

import settle from '../dist/src/index.js';

const [which, tsconfig, backend = 'project'] = process.argv.slice(2);
if (!which || !tsconfig) {
  console.error('usage: node bench/lint-once.mjs <floor|typescript-eslint|settle> <tsconfig>');
  process.exit(2);
}
const root = path.dirname(path.resolve(tsconfig));

// The floor: the program is built and every linted file fully type-checked, and no rule logic runs.
const floor = {
  meta: { name: 'bench-floor' },
  rules: {
    'type-check': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const services = context.sourceCode.parserServices;
        const program = services.program;
        const file = program.getSourceFile(services.esTreeNodeToTSNodeMap.get(context.sourceCode.ast).fileName);
        program.getSemanticDiagnostics(file);
        return {};
      },
    },
  },
};

const rulesFor = {
  floor: { plugins: { floor }, rules: { 'floor/type-check': 'error' } },
  'typescript-eslint': {
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  settle: {
    plugins: { settle },
    rules: Object.fromEntries(Object.keys(settle.rules).map((id) => [`settle/${id}`, 'error'])),
  },
};
const chosen = rulesFor[which];
if (!chosen) {
  console.error(`unknown configuration ${which}`);
  process.exit(2);
}

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: {
        parser: tseslint.parser,
        parserOptions:
          backend === 'project'
            ? { project: path.resolve(tsconfig), tsconfigRootDir: root }
            : { projectService: backend === 'tsgo' ? { EXPERIMENTAL_backend: 'tsgo' } : true, tsconfigRootDir: root },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      ...chosen,
    },
  ],
  stats: true,
});

const started = performance.now();
const results = await eslint.lintFiles(projectFiles(tsconfig));
const wallMs = performance.now() - started;

let parseMs = 0;
const ruleMs = {};
for (const result of results) {
  for (const pass of result.stats?.times.passes ?? []) {
    parseMs += pass.parse?.total ?? 0;
    for (const [rule, time] of Object.entries(pass.rules ?? {})) ruleMs[rule] = (ruleMs[rule] ?? 0) + time.total;
  }
}
const fatal = results.flatMap((result) =>
  result.messages.filter((message) => message.fatal).map((message) => `${result.filePath}: ${message.message}`),
);
if (fatal.length > 0) {
  console.error(fatal.slice(0, 5).join('\n'));
  process.exit(1);
}
// Every finding with its fix and suggestions, hashed: two runs found the same exactly when the digests match.
const digest = createHash('sha256');
for (const result of [...results].sort((a, b) => a.filePath.localeCompare(b.filePath))) {
  for (const { ruleId, line, column, endLine, endColumn, message, fix, suggestions } of result.messages) {
    digest.update(
      JSON.stringify([path.relative(root, result.filePath), ruleId, line, column, endLine, endColumn, message, fix, suggestions]),
    );
  }
}
console.log(
  JSON.stringify({
    wallMs,
    parseMs,
    ruleMs,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    nativeRssMiB: childPeakRssMiB(),
    files: results.length,
    findings: results.reduce((sum, result) => sum + result.messages.length, 0),
    digest: digest.digest('hex').slice(0, 16),
  }),
);
