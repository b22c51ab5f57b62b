import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { enclosingClassBody, isFunctionNode, memberName } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';

/*
 * Aborts the code causes itself. A function that supersedes its previous run keeps the run's
 * controller in a variable or field outside itself (`current?.abort(); const mine = new
 * AbortController(); current = mine;`): the only abort that reaches `mine` is the one a later
 * call of the same function makes, never a caller's. Such a holder is read only to abort the
 * previous controller (`current?.abort()`), compared (`current !== mine`) and written
 * (`current = mine`, `current = null`); every abort through it sits in the function that stores
 * the controller, outside abort listeners. A holder read any other way (returned, handed to a
 * `cancel()` others call, aborted from another function) is a handle others may abort through.
 */

/** True when `reference`, a read of a local controller, stores it in a superseding holder (`current = mine`). */
export function isSupersedingStore(analysis: Analysis, reference: TSESLint.Scope.Reference): boolean {
  const assignment = reference.identifier.parent;
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.right !== reference.identifier) return false;
  if (assignment.operator !== '=') return false;
  const store = innermostFunction(assignment);
  if (!store) return false;
  const left = assignment.left;
  if (left.type === AST_NODE_TYPES.Identifier) {
    const holder = ASTUtils.findVariable(analysis.sourceCode.getScope(assignment), left);
    if (!holder || holder.scope.block === store) return false;
    return holder.references.every((use) => isHolderUse(use.identifier, store));
  }
  if (left.type === AST_NODE_TYPES.MemberExpression && left.object.type === AST_NODE_TYPES.ThisExpression && !left.computed) {
    const name = memberName(left);
    const owner = enclosingClassBody(assignment);
    if (!name || !owner) return false;
    let ok = true;
    walk(
      owner,
      (node) => {
        if (
          node.type === AST_NODE_TYPES.MemberExpression &&
          node.object.type === AST_NODE_TYPES.ThisExpression &&
          memberName(node) === name &&
          !isHolderUse(node, store)
        ) {
          ok = false;
          return 'stop';
        }
        return undefined;
      },
      { nested: true },
    );
    return ok;
  }
  return false;
}

/** A use of the holder `node` reads: written, compared, or `.abort()`ed inside `store` (outside abort listeners). */
function isHolderUse(node: TSESTree.Node, store: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) return true;
  if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.key === node) return true;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === node) return true;
  if (parent?.type === AST_NODE_TYPES.BinaryExpression && ['===', '!==', '==', '!='].includes(parent.operator)) return true;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node && memberName(parent) === 'abort') {
    const call = parent.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return false;
    return innermostFunction(call) === store;
  }
  // `if (current)`, `current &&`: a truthiness test.
  if (parent?.type === AST_NODE_TYPES.IfStatement && parent.test === node) return true;
  return parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!';
}

/** The innermost function around `node`. */
function innermostFunction(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return undefined;
}
