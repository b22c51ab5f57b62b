import { ESLintUtils } from '@typescript-eslint/utils';

/** Which flat config first enables a rule. */
export type ConfigLevel = 'recommended' | 'strict' | 'all';

/** Extra documentation metadata every settle rule declares. */
export interface SettleDocs {
  description: string;
  recommended: ConfigLevel;
  requiresTypeChecking: true;
  /** Set when the rule applies safe fixes with `--fix` by default, not only suggestions promoted in `settings.settle`. */
  autofix?: true;
}

/** Where a rule's documentation page lives. */
export const docsUrl = (name: string): string =>
  `https://github.com/eslint-plugin-settle/eslint-plugin-settle/blob/main/docs/rules/${name}.md`;

const baseCreateRule = ESLintUtils.RuleCreator<SettleDocs>(docsUrl);

/**
 * Type-test files (`*.test-d.ts`, `*.spec-d.ts`: vitest's typecheck mode, tsd, `expect-type`) are
 * only compiled, never run: no promise in them ever settles or rejects, so no rule reports there.
 */
const typeTestFileName = /\.(test|spec)-d\.[cm]?tsx?$/;

/** True when `filename` is a type-test file, which the type checker reads but nothing runs. */
export function isTypeTestFile(filename: string): boolean {
  return typeTestFileName.test(filename);
}

/** `RuleCreator` bound to the settle docs URL scheme; every rule stays quiet on type-test files. */
export const createRule: typeof baseCreateRule = (rule) =>
  baseCreateRule({
    ...rule,
    create: (context, options) => (isTypeTestFile(context.filename) ? {} : rule.create(context, options)),
  });
