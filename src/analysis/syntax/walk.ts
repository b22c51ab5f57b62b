import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isFunctionNode } from './nodes.js';



/** True when some node inside `root` (not inside nested functions or classes) satisfies `test`. */
export function containsInBody(root: TSESTree.Node, test: (node: TSESTree.Node) => boolean): boolean {
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (test(node)) {
      found = true;
      return;
    }
    if (node !== root && (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object' && 'type' in child) visit(child as TSESTree.Node);
      }
    }
  };
  visit(root);
  return found;
}
