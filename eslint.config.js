// Lints the linter: eslint-plugin-eslint-plugin on rule files, and settle itself on its sources.
import eslintPlugin from 'eslint-plugin-eslint-plugin';

import settle from './dist/src/index.js';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'examples/**', 'test/fixtures/**'] },
  {
    ...settle.configs.recommended,
    files: ['src/**/*.ts', 'rules/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: {
      ...settle.configs.recommended.languageOptions,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    ...eslintPlugin.configs.recommended,
    files: ['rules/**/*.ts'],
  },
  {
    files: ['rules/**/*.ts'],
    rules: {
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/no-meta-schema-default': 'error',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Require|Enforce) ' }],
      // Suggestions go through `offer()` (src/settings.ts), which this rule cannot follow.
      'eslint-plugin/require-meta-has-suggestions': 'off',
    },
  },
  {
    ...eslintPlugin.configs.recommended,
    files: ['test/rules/**/*.ts'],
    // The rule tests call `typedRuleTester().run(…)` (test/rule-tester.ts); without this the plugin
    // only recognizes `new RuleTester(…)` and its test rules find no tests to check.
    settings: { 'eslint-plugin': { ruleTesterConstructors: ['RuleTester', 'typedRuleTester'] } },
    rules: { ...eslintPlugin.configs.recommended.rules, 'eslint-plugin/require-test-error-positions': 'error' },
  },
];
