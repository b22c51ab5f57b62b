import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isTestCode } from '../scope/test-code.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { isAssertionCallee } from '../syntax/calls.js';
import { cannotReject } from './can-reject.js';

/*
 * In test code, a continuation that only moves the test along: `Promise.all([waitFor(a, 'x'),
 * waitFor(b, 'x')]).then(() => { io.emit('go', onAck); })` on promises that cannot reject, whose
 * callback neither asserts nor throws in its own body (an assertion inside a callback it hands on,
 * the `onAck` above, runs later, outside this chain). Nothing the test checks can end up in the
 * dropped chain: it rejects only if a plain call throws unexpectedly, which the runner reports as
 * an unhandled error. A callback that asserts, throws, or waits (`async`) is still reported: its
 * failure is what the test would lose.
 */

/** True for a dropped `.then(cb)` / `.finally(cb)` in test code on a promise that cannot reject, with a quiet callback (see above). */
export function isQuietContinuationInTest(analysis: Analysis, node: TSESTree.Node): boolean {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1) return false;
  const callee = skipTypeWrappers(call.callee);
  const method = memberName(callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || (method !== 'then' && method !== 'finally')) return false;
  const [callback] = call.arguments;
  if (!isFunctionNode(callback) || callback.async || !isTestCode(analysis)) return false;
  if (walksIntoFailure(callback.body)) return false;
  return cannotReject(analysis, callee.object);
}

/** True when the body (outside nested functions) throws, asserts, awaits or yields. */
function walksIntoFailure(body: TSESTree.Node): boolean {
  return walk(body, (node) => {
    if (node.type === AST_NODE_TYPES.ThrowStatement || node.type === AST_NODE_TYPES.AwaitExpression) return 'stop';
    if (node.type === AST_NODE_TYPES.CallExpression && isAssertionCallee(node.callee)) return 'stop';
    return undefined;
  });
}
