import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, skipTypeWrappers } from '../syntax/nodes.js';
import { isNestedCode, walk } from '../syntax/walk.js';
import type { SettleOwner } from './settlers.js';

/*
 * "Already settled" flags. Callbacks that race to settle one promise often share a flag
 * (`let settled = false`), written with a literal next to each settle call (`settled = true;
 * reject(err)`) and tested first in each callback (`if (settled) return;`). A path that leaves on
 * that test settles nothing because another callback settled the promise already: it is not a
 * path that forgets to settle. A flag counts when a function of the owner that calls a settle
 * function also writes it with a literal; the exit counts when it is the lone consequent of an
 * `if` whose test reads only that flag (`settled`, `!settled`, `this.done`, `state.settled`).
 */

/** The text of the flags written with a literal by the owner's functions that settle. */
function settledFlags(analysis: Analysis, owner: SettleOwner): Set<string> {
  const flags = new Set<string>();
  const settling = new Set<TSESTree.Node>();
  for (const { variable } of owner.settlers) {
    for (const reference of variable.references) {
      if (reference.init) continue;
      const fn = enclosingBody(reference.identifier as TSESTree.Node);
      if (fn) settling.add(fn);
    }
  }
  for (const fn of settling) {
    walk(fn, (node) => {
      if (node !== fn && isNestedCode(node)) return 'skip';
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=' && node.right.type === AST_NODE_TYPES.Literal) {
        const target = skipTypeWrappers(node.left);
        if (target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.MemberExpression) {
          flags.add(analysis.sourceCode.getText(target));
        }
      }
      return undefined;
    });
  }
  return flags;
}

function enclosingBody(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === AST_NODE_TYPES.Program) return current;
  }
  return undefined;
}

/** The flag a test reads alone: `settled`, `!settled`, `this.done`. */
function testedFlag(analysis: Analysis, test: TSESTree.Expression): string | undefined {
  let node = skipTypeWrappers(test);
  while (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') node = skipTypeWrappers(node.argument);
  if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  return analysis.sourceCode.getText(node);
}

/**
 * Where `fn` leaves, or goes on, because the promise was settled already: the `return` that is the
 * lone consequent of an `if` testing a flag the owner's settling functions write (see the module
 * comment), and the test of `if (!failed) resolve(samples);` (no `else`), whose branch settles
 * and whose skipped branch is the path where another callback settled first.
 */
export function settledGuardExits(analysis: Analysis, owner: SettleOwner, fn: FunctionNode): TSESTree.Node[] {
  const flags = settledFlags(analysis, owner);
  if (flags.size === 0) return [];
  const exits: TSESTree.Node[] = [];
  walk(fn.body, (node) => {
    if (isNestedCode(node)) return 'skip';
    if (node.type !== AST_NODE_TYPES.IfStatement || node.alternate) return undefined;
    const flag = testedFlag(analysis, node.test);
    if (flag === undefined || !flags.has(flag)) return undefined;
    const statements = node.consequent.type === AST_NODE_TYPES.BlockStatement ? node.consequent.body : [node.consequent];
    const [consequent] = statements;
    if (statements.length === 1 && consequent?.type === AST_NODE_TYPES.ReturnStatement) exits.push(consequent);
    else if (isNegated(node.test) && statements.some((statement) => callsSettler(owner, statement))) exits.push(node.test);
    return undefined;
  });
  return exits;
}

/** `!settled`: the test passes while the promise is not settled yet. */
function isNegated(test: TSESTree.Expression): boolean {
  const node = skipTypeWrappers(test);
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!';
}

/** `resolve(value);` as a statement, with one of the owner's settle functions. */
function callsSettler(owner: SettleOwner, statement: TSESTree.Statement): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = statement.expression.callee;
  return owner.settlers.some(({ variable }) => variable.references.some((reference) => reference.identifier === callee));
}
