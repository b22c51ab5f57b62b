import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { alwaysExits } from '../syntax/exits.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';

/*
 * Callbacks that run again only when a run asks for it: an IndexedDB cursor's `success` handler
 * runs once more each time it calls `cursor.continue()` (or `advance`). A run that settles the
 * promise and also moves the cursor on settles it on the first step, and again on every later one;
 * a run that settles without moving on (the cursor is exhausted) is the last one. The two calls
 * share a run unless they sit in different branches of one `if`/`?:`/`switch`, or the earlier one's
 * statement always leaves the function before the later one (`if (!cursor) { resolve(all); return; }`).
 */

/** The calls of `fn`'s own body that ask for another run (`cursor.continue()`). */
function rearmCalls(fn: FunctionNode, rearm: readonly string[]): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  walk(fn.body, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = skipTypeWrappers(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && rearm.includes(memberName(callee) ?? '')) calls.push(node);
    return undefined;
  });
  return calls;
}

/** True when the settle call `call` can run in a run of `fn` that also asks for another run. */
export function settlesOnRearmedRun(fn: FunctionNode, call: TSESTree.CallExpression, rearm: readonly string[]): boolean {
  return rearmCalls(fn, rearm).some((step) => mayShareRun(step, call));
}

function ancestors(node: TSESTree.Node): TSESTree.Node[] {
  const list: TSESTree.Node[] = [];
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) list.unshift(current);
  return list;
}

/** True when `a` and `b` can both run in one call of their function (see the module comment). */
function mayShareRun(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = ancestors(a);
  const right = ancestors(b);
  let index = 0;
  while (left[index] && left[index] === right[index]) index += 1;
  const common = left[index - 1];
  const childA = left[index];
  const childB = right[index];
  if (!common || !childA || !childB) return true;
  if (common.type === AST_NODE_TYPES.IfStatement || common.type === AST_NODE_TYPES.ConditionalExpression) {
    return childA === common.test || childB === common.test;
  }
  if (common.type === AST_NODE_TYPES.SwitchStatement) return childA === common.discriminant || childB === common.discriminant;
  if (common.type === AST_NODE_TYPES.BlockStatement) {
    const [earlier, statement] = a.range[0] < b.range[0] ? [a, childA] : [b, childB];
    return !leavesAfter(earlier, statement);
  }
  return true;
}

/** True when every path through `statement` that runs `node` leaves the function after it (`resolve(v); return;`). */
function leavesAfter(node: TSESTree.Node, statement: TSESTree.Node): boolean {
  for (let child = node, current = node.parent; current && child !== statement; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.ReturnStatement || current.type === AST_NODE_TYPES.ThrowStatement) return true;
    if (current.type !== AST_NODE_TYPES.BlockStatement) continue;
    const position = current.body.indexOf(child as TSESTree.Statement);
    if (current.body.slice(position + 1).some((item) => alwaysExits(item))) return true;
  }
  return false;
}
