import plugin from '../index.js';

/**
 * `--list-rules`: each rule with the configs that enable it, whether it fixes or suggests, and its
 * description. Fixes are "opt-in": they are promoted suggestions (see `settings.settle.promoteToFix`).
 */
export function listRules(): string {
  const rows = Object.entries(plugin.rules).map(([id, rule]) => {
    const configs = (['recommended', 'strict', 'all'] as const).filter((name) => `settle/${id}` in (plugin.configs[name].rules ?? {}));
    const fixes = [rule.meta.fixable ? 'fix (opt-in)' : '', rule.meta.hasSuggestions ? 'suggestions' : ''].filter(Boolean).join(', ');
    return [`settle/${id}`, configs.join(', '), fixes || '-', rule.meta.docs!.description];
  });
  const header = ['rule', 'configs', 'fixes', 'description'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: string[]): string =>
    row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  return `${[header, ...rows].map(line).join('\n')}\n`;
}
