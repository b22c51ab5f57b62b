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

/** `RuleCreator` bound to the settle docs URL scheme. */
export const createRule = ESLintUtils.RuleCreator<SettleDocs>(docsUrl);
