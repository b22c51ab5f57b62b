import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { FunctionNode } from './nodes.js';
import { enclosingBody, isFunctionNode } from './nodes.js';
import { containsInBody, walk } from './walk.js';

/*
 * Where code sits among statements and functions, read from the syntax alone: the function a
 * `return` would leave and whether it returns values, what runs after a statement (nothing, or a
 * `finally` block), and whether the value of an expression is thrown away or awaited before its
 * statement ends.
 */

/** The innermost function around `node`; `undefined` at the top level, in a static block or a field initializer, where `return` is not allowed. */
export function returnableFunction(node: TSESTree.Node): FunctionNode | undefined {
  const body = enclosingBody(node);
  return isFunctionNode(body) ? body : undefined;
}

/** True when `fn` returns a value somewhere (an expression body counts): a bare `return` would change its type. */
export function returnsValue(fn: FunctionNode): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return true;
  return containsInBody(fn.body, (node) => node.type === AST_NODE_TYPES.ReturnStatement && node.argument !== null);
}

/** The values `fn` returns: its expression body, or the argument of each `return` of its block (nested functions' aside). */
export function returnedValues(fn: FunctionNode): TSESTree.Expression[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const values: TSESTree.Expression[] = [];
  walk(fn.body, (node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) values.push(node.argument);
  });
  return values;
}

/** True when `second` is in the `finally` block of a `try` whose block or `catch` holds `first`. */
export function isInFinallyAfter(second: TSESTree.Node, first: TSESTree.Node): boolean {
  for (let child: TSESTree.Node = second, current = second.parent; current; child = current, current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.TryStatement &&
      current.finalizer === child &&
      first.range[0] >= current.range[0] &&
      first.range[1] <= child.range[0]
    )
      return true;
  }
  return false;
}

/** True when nothing runs after `statement` in its function: it is last in every enclosing block up to the body, outside loops. */
export function endsFunction(statement: TSESTree.Node): boolean {
  return isLastStepUntil(statement, isFunctionNode);
}

/** True when `statement` is the last step of `loop`'s body: after it the loop's test runs next. */
export function endsLoopBody(statement: TSESTree.Node, loop: TSESTree.Node): boolean {
  return isLastStepUntil(statement, (node) => node === loop);
}

/** True when nothing runs after `statement` before control leaves the nearest ancestor that `stop` accepts. */
function isLastStepUntil(statement: TSESTree.Node, stop: (node: TSESTree.Node) => boolean): boolean {
  for (let current: TSESTree.Node = statement, parent = statement.parent; parent; current = parent, parent = parent.parent) {
    if (stop(parent)) return true;
    if (parent.type === AST_NODE_TYPES.BlockStatement) {
      if (parent.body[parent.body.length - 1] !== current) return false;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.test !== current) continue;
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === current) continue;
    if (parent.type === AST_NODE_TYPES.CatchClause) continue;
    return false;
  }
  return false;
}

/** True when a call's value is thrown away: an expression statement, `void`. */
export function isDiscarded(call: TSESTree.Node): boolean {
  const parent = call.parent;
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) return true;
  return parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void';
}

/** True when the chain around `node` is awaited (or yielded) before its statement ends: `await task().catch(…)`, `const x = await task().catch(…)`. */
export function isAwaitedInStatement(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.AwaitExpression || current.type === AST_NODE_TYPES.YieldExpression) return true;
    if (isFunctionNode(current) || current.type.endsWith('Statement') || current.type === AST_NODE_TYPES.VariableDeclaration) return false;
  }
  return false;
}

/**
 * True when `node` runs in a `catch` clause of its own function (inside `within`, when given: a
 * back-off in a loop's `catch`, not a loop run from a `catch`).
 */
export function isInCatchClause(node: TSESTree.Node, within?: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== within && !isFunctionNode(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.CatchClause) return true;
  }
  return false;
}

/**
 * True when `node` runs in a `finally` block or a `catch` clause of its own function: code that
 * cleans up or handles an error already in flight, where a new `throw` would replace the error
 * (or the result) of the `try`.
 */
export function isInCatchOrFinally(node: TSESTree.Node): boolean {
  return handlingBlockOf(node) !== undefined;
}

/** True when `node` runs in a `finally` block of its own function (`rl.close()` in `finally`). */
export function isInFinally(node: TSESTree.Node): boolean {
  return handlingBlockOf(node, false) === 'finally';
}

/** The innermost `catch` clause (unless `catches` is false) or `finally` block of its own function that `node` runs in. */
function handlingBlockOf(node: TSESTree.Node, catches = true): 'catch' | 'finally' | undefined {
  for (let child: TSESTree.Node = node, current = node.parent; current; child = current, current = current.parent) {
    if (isFunctionNode(current)) return undefined;
    if (catches && current.type === AST_NODE_TYPES.CatchClause) return 'catch';
    if (current.type === AST_NODE_TYPES.TryStatement && current.finalizer === child) return 'finally';
  }
  return undefined;
}
