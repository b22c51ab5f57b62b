import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { constInitializer } from '../scope/initializers.js';
import { isListenerRegistration } from '../syntax/calls.js';
import { enclosingClassBody, memberName, namedProperty, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';

/*
 * Emitters that capture their listeners' rejections. Node's `EventEmitter` built with
 * `{ captureRejections: true }` (or after `EventEmitter.captureRejections = true`) watches the
 * promise an async listener returns: a rejection goes to the emitter's
 * `[Symbol.for('nodejs.rejection')]` method, or else to its `error` event. The listener's promise
 * is not dropped there. Recognised: the option in `super({ … })` of the class whose method
 * registers on `this`, in the `new …({ … })` a `const` receiver was built with, and the global
 * switch set anywhere in the file.
 */

/** True when `call` registers a listener on an emitter that captures its listeners' rejections. */
export function capturesListenerRejections(analysis: Analysis, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (call.type !== AST_NODE_TYPES.CallExpression || callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (!isListenerRegistration(memberName(callee) ?? '')) return false;
  if (setsGlobalSwitch(analysis.sourceCode.ast)) return true;
  const receiver = skipTypeWrappers(callee.object);
  if (receiver.type === AST_NODE_TYPES.ThisExpression) {
    const owner = enclosingClassBody(call);
    return owner !== undefined && walk(owner, (node) => (isSuperWithOption(node) ? 'stop' : undefined), { nested: true });
  }
  if (receiver.type !== AST_NODE_TYPES.Identifier) return false;
  const init = constInitializer(analysis, receiver);
  return init?.type === AST_NODE_TYPES.NewExpression && init.arguments.some(hasCaptureOption);
}

/** `super({ captureRejections: true })`. */
function isSuperWithOption(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Super && node.arguments.some(hasCaptureOption);
}

/** `{ captureRejections: true }` among an argument's properties. */
function hasCaptureOption(argument: TSESTree.Node): boolean {
  const value = namedProperty(argument, (name) => name === 'captureRejections')?.value;
  return value?.type === AST_NODE_TYPES.Literal && value.value === true;
}

/** `EventEmitter.captureRejections = true` (or `events.captureRejections = true`) anywhere in the file. */
function setsGlobalSwitch(program: TSESTree.Program): boolean {
  return walk(
    program,
    (node) =>
      node.type === AST_NODE_TYPES.AssignmentExpression &&
      node.left.type === AST_NODE_TYPES.MemberExpression &&
      memberName(node.left) === 'captureRejections' &&
      node.right.type === AST_NODE_TYPES.Literal &&
      node.right.value === true
        ? 'stop'
        : undefined,
    { nested: true },
  );
}
