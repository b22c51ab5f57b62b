import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';

import type { SettleDocs } from '../src/create-rule.js';

/** The README's rules table, rebuilt from rule metadata (the README must contain it verbatim). */
export function rulesTable(rules: Record<string, RuleModule<string, readonly unknown[], SettleDocs>>): string {
  const rows = Object.entries(rules)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, rule]) => {
      const docs = rule.meta.docs!;
      const configs = { recommended: 'recommended, strict, all', strict: 'strict, all', all: 'all' }[docs.recommended];
      const fixes = [rule.meta.fixable ? (docs.autofix ? 'fix' : 'fix (opt-in)') : '', rule.meta.hasSuggestions ? 'suggestions' : ''].filter(Boolean).join(', ');
      return `| [\`${id}\`](docs/rules/${id}.md) | ${docs.description} | ${configs} | ${fixes} |`;
    });
  return ['| Rule | Description | Configs | Fixes |', '| :-- | :-- | :-- | :-- |', ...rows].join('\n');
}
