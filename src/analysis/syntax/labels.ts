import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { memberName, skipTypeWrappers } from './nodes.js';

/** The longest source text a message quotes as it is. */
const maxLabelLength = 40;

/**
 * A short, one-line name for `node` (a callee) to quote in a message: its source text `text` when
 * that fits on one line, else its own name (`get` of `api\n  .client\n  .get`), else the first
 * line of the text cut short with `…`. Messages are read in one-line formats (compact, unix, SARIF).
 */
export function shortLabel(node: TSESTree.Node, text: string): string {
  if (!/[\r\n]/.test(text) && text.length <= maxLabelLength) return text;
  const target = skipTypeWrappers(node);
  const name = target.type === AST_NODE_TYPES.Identifier ? target.name : memberName(target);
  if (name) return name;
  const [first = ''] = text.split(/\r\n|[\r\n]/);
  return `${first.trim().slice(0, maxLabelLength)}…`;
}
