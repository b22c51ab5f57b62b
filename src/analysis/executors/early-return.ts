import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { calleeName, isLoggingCall } from '../syntax/calls.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, isLoop } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';

/*
 * Would a `return` right after a statement skip work that must still run? Ending a path early
 * after the first settle call is the repair for settling twice, but the code after it may also
 * clean up (`clearTimeout(timer)`, `emitter.off(…)`, `socket.destroy()`) or record that the work
 * is over (`settled = true`, `this.pending = undefined`, `inFlight.delete(id)`), and that must
 * still happen on the path that settled first. A `finally` block runs after a `return` too, so
 * nothing in one is skipped.
 */

/** The nodes a `return` inserted right after `statement` would keep from running, up to the end of `fn`. */
function skippedByReturn(statement: TSESTree.Node, fn: FunctionNode): TSESTree.Node[] {
  const skipped: TSESTree.Node[] = [];
  for (
    let child: TSESTree.Node = statement, parent = statement.parent;
    parent && child !== fn.body;
    child = parent, parent = parent.parent
  ) {
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.SwitchCase) {
      const list: TSESTree.Node[] = parent.type === AST_NODE_TYPES.BlockStatement ? parent.body : parent.consequent;
      skipped.push(...list.slice(list.indexOf(child) + 1));
    } else if (parent.type === AST_NODE_TYPES.SwitchStatement) {
      // Later cases run on fall-through.
      skipped.push(...parent.cases.slice(parent.cases.indexOf(child as TSESTree.SwitchCase) + 1));
    } else if (isLoop(parent) && parent.body === child) {
      // The later turns of the loop, its test and update included.
      skipped.push(parent);
    }
  }
  return skipped;
}

/** First words of calls that release or close something: `clearTimeout`, `off`, `removeListener`, `unsubscribe`, `destroy`. */
const cleanupVerbs = new Set([
  'clear',
  'off',
  'remove',
  'unsubscribe',
  'unlisten',
  'unregister',
  'unwatch',
  'unbind',
  'unref',
  'detach',
  'dispose',
  'destroy',
  'close',
  'release',
  'cleanup',
  'clean',
  'teardown',
  'abort',
  'cancel',
  'stop',
  'end',
  'finish',
  'finalize',
  'kill',
  'disconnect',
  'free',
  'unlock',
  'delete',
  'reset',
  'restore',
  'done',
]);

/** The first word of a camelCase or snake_case name, lower-cased. */
export function firstWord(name: string): string {
  return (/^_*([a-z0-9]+|[A-Z][a-z0-9]*|[A-Z]+(?![a-z]))/.exec(name)?.[1] ?? '').toLowerCase();
}

/** True for a call that releases or closes something (see `cleanupVerbs`); logging never is. */
export function isCleanupCall(call: TSESTree.CallExpression): boolean {
  if (isLoggingCall(call)) return false;
  const name = calleeName(call);
  return name !== undefined && cleanupVerbs.has(firstWord(name));
}

/** True when an assignment target is state outside `fn`: a member (`this.pending`, `state.done`) or a variable declared outside it. */
export function isOuterState(analysis: Analysis, target: TSESTree.Node, fn: FunctionNode): boolean {
  if (target.type !== AST_NODE_TYPES.Identifier) return true;
  const declared = variableOf(analysis, target)?.defs[0]?.name;
  return declared === undefined || declared.range[0] < fn.range[0] || declared.range[1] > fn.range[1];
}

/**
 * True when a `return` inserted right after `statement` (in `fn`) would skip code that must still
 * run on that path: a cleanup call (`clearTimeout(…)`, `off(…)`, `removeListener(…)`,
 * `unsubscribe()`, `close()`, `destroy()`, `delete(…)`…) or an update of state that outlives the
 * call (`settled = true`, `this.pending = undefined`, `count++` on an outer variable). Statements
 * in nested functions are not run by the path, so they are not looked at, and neither are the
 * `settleCalls` (the second settle call the `return` is meant to skip).
 */
export function returnSkipsCleanup(
  analysis: Analysis,
  statement: TSESTree.Node,
  fn: FunctionNode,
  settleCalls: readonly TSESTree.Node[] = [],
): boolean {
  return skippedByReturn(statement, fn).some((root) =>
    walk(root, (node) => {
      if (node !== root && isFunctionNode(node)) return 'skip';
      if (settleCalls.includes(node)) return 'skip';
      if (node.type === AST_NODE_TYPES.CallExpression && isCleanupCall(node)) return 'stop';
      if (node.type === AST_NODE_TYPES.AssignmentExpression && isOuterState(analysis, node.left, fn)) return 'stop';
      if (node.type === AST_NODE_TYPES.UpdateExpression && isOuterState(analysis, node.argument, fn)) return 'stop';
      if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete') return 'stop';
      return undefined;
    }),
  );
}
