import * as parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';

import type { ConfigLevel } from './create-rule.js';
import { rules } from './rules.js';

/** The flat config names the plugin ships. */
export type ConfigName = 'recommended' | 'strict' | 'all';

const levels: Record<ConfigName, readonly ConfigLevel[]> = {
  recommended: ['recommended'],
  strict: ['recommended', 'strict'],
  all: ['recommended', 'strict', 'all'],
};

/** Files every config applies to: TypeScript in all its module flavours. */
export const typescriptFiles = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

/** The usual homes of tests: test folders (their helpers included) and `*.test.*`/`*.spec.*` files. */
export const testFiles = [
  ...['test', 'tests', '__tests__', 'spec', 'e2e'].map((folder) => `**/${folder}/**/*.{ts,tsx,mts,cts}`),
  '**/*.{test,spec}.{ts,tsx,mts,cts}',
];

/** Rule entries for a config, derived from each rule's `meta.docs.recommended`. */
export function rulesFor(name: ConfigName): TSESLint.FlatConfig.Rules {
  return Object.fromEntries(
    Object.entries(rules)
      .filter(([, rule]) => levels[name].includes(rule.meta.docs!.recommended))
      .map(([id]) => [`settle/${id}`, 'error' as const]),
  );
}

/** Per-config rule options that differ from the rules' defaults. */
const overrides: Partial<Record<ConfigName, TSESLint.FlatConfig.Rules>> = {
  strict: { 'settle/no-floating-promises': ['error', { ignoreVoid: false, checkDeliberateRejections: true }] },
  all: { 'settle/no-floating-promises': ['error', { ignoreVoid: false, checkDeliberateRejections: true }] },
};

/**
 * Builds one complete flat config: files, the typed parser with the project service, the plugin
 * and its rules. Complete on its own and safe to combine with typescript-eslint's configs.
 */
export function buildConfig(name: ConfigName, plugin: TSESLint.FlatConfig.Plugin): TSESLint.FlatConfig.Config {
  return {
    name: `settle/${name}`,
    files: typescriptFiles,
    plugins: { settle: plugin },
    languageOptions: {
      parser: parser as TSESLint.FlatConfig.Parser,
      sourceType: 'module',
      parserOptions: { projectService: true },
    },
    rules: { ...rulesFor(name), ...overrides[name] },
  };
}

/**
 * `configs.tests`: goes after `recommended` (or `strict`, `all`) and declares the files under the
 * usual test folders to be test code (`settings.settle.testCode`), so helpers that import no runner
 * get the runner's semantics too. Users change `files`, or add rule options for tests, in their own
 * object after it.
 */
export function buildTestsConfig(plugin: TSESLint.FlatConfig.Plugin): TSESLint.FlatConfig.Config {
  return { name: 'settle/tests', files: testFiles, plugins: { settle: plugin }, settings: { settle: { testCode: true } } };
}
