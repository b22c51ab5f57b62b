import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { LoopNode } from './nodes.js';
import { isInsideTry, isLoop } from './nodes.js';
import { containsInBody } from './walk.js';

/**
 * True when `statement` never completes normally: it always `return`s, `throw`s or jumps away. A
 * block does when one of its statements does; an `if` when both branches do; a `try` when its
 * `finally` does, or its block and its `catch` both do.
 *
 * Without `loop` the question is whether control leaves the statement's block: any `break` or
 * `continue` does (`if (signal.aborted) { cleanup(); break; }`). With `loop` it is whether control
 * leaves that loop: only a `break` out of it counts, and a `continue` never does (it starts the
 * loop's next iteration; a labelled `continue` of an outer loop is not counted either).
 */
export function alwaysExits(statement: TSESTree.Node, loop?: LoopNode): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    case AST_NODE_TYPES.BreakStatement:
      return loop === undefined || breakLeaves(statement, loop);
    case AST_NODE_TYPES.ContinueStatement:
      return loop === undefined;
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.some((item) => alwaysExits(item, loop));
    case AST_NODE_TYPES.IfStatement:
      return statement.alternate !== null && alwaysExits(statement.consequent, loop) && alwaysExits(statement.alternate, loop);
    case AST_NODE_TYPES.TryStatement:
      if (statement.finalizer && alwaysExits(statement.finalizer, loop)) return true;
      return alwaysExits(statement.block, loop) && (statement.handler === null || alwaysExits(statement.handler.body, loop));
    default:
      return false;
  }
}

/** True when a `break` or `continue` leaves `loop` (to after it, or to an outer loop). */
function breakLeaves(statement: TSESTree.BreakStatement | TSESTree.ContinueStatement, loop: LoopNode): boolean {
  if (statement.label) {
    // A labelled jump leaves the loop unless its label names a statement inside the loop.
    let target: TSESTree.Node | undefined = statement.parent;
    for (; target && target !== loop; target = target.parent) {
      if (target.type === AST_NODE_TYPES.LabeledStatement && target.label.name === statement.label.name) return false;
    }
    return statement.type === AST_NODE_TYPES.BreakStatement || !labels(loop).includes(statement.label.name);
  }
  if (statement.type === AST_NODE_TYPES.ContinueStatement) return false;
  // An unlabelled break leaves the innermost loop or switch around it.
  for (let current: TSESTree.Node | undefined = statement.parent; current && current !== loop; current = current.parent) {
    if (isLoop(current) || current.type === AST_NODE_TYPES.SwitchStatement) return false;
  }
  return true;
}

/** True for a `continue` that starts the next iteration of `loop`. */
export function continuesLoop(node: TSESTree.Node, loop: LoopNode): boolean {
  if (node.type !== AST_NODE_TYPES.ContinueStatement) return false;
  if (node.label) return labels(loop).includes(node.label.name);
  for (let current: TSESTree.Node | undefined = node.parent; current && current !== loop; current = current.parent)
    if (isLoop(current)) return false;
  return true;
}

/** The labels written on `loop`. */
export function labels(loop: LoopNode): string[] {
  const names: string[] = [];
  for (let current: TSESTree.Node = loop; current.parent?.type === AST_NODE_TYPES.LabeledStatement; current = current.parent) {
    names.push(current.parent.label.name);
  }
  return names;
}

/** True when some statement inside `root` (not in nested functions), ending after `after`, leaves `loop`; `throw`s count when `throws`. */
export function containsExit(root: TSESTree.Node, loop: LoopNode, options: { after: number; throws: boolean }): boolean {
  return containsInBody(root, (node) => {
    if (node.range[1] <= options.after) return false;
    if (node.type === AST_NODE_TYPES.ReturnStatement) return true;
    if (node.type === AST_NODE_TYPES.ThrowStatement) return options.throws && !isInsideTry(node, root);
    if (node.type === AST_NODE_TYPES.BreakStatement || node.type === AST_NODE_TYPES.ContinueStatement) return breakLeaves(node, loop);
    return false;
  });
}
