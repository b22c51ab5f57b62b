import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import type { LoopNode } from '../syntax/nodes.js';
import { skipTypeWrappers } from '../syntax/nodes.js';
import { containsInBody } from '../syntax/walk.js';
import { isInCatchClause } from '../syntax/statements.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { isOpaqueType, unionMembersThroughConstraints } from '../types/members.js';
import { identifiersIn } from './loop-results.js';
import { awaitsSame, isWaitingCall, variesPerIteration, within } from './reused-promises.js';

/*
 * A consumer loop (`while (running) { const job = await reservation; await run(job); }`) takes
 * one item of work per iteration. When the item comes from the same promise every time, each
 * iteration handles the same settled item again: the job runs forever, or twice, or the message
 * is acknowledged twice. The item is the iteration's only input when:
 * - the loop does not walk a collection (`for…of`/`for…in` hand out a new item each time);
 * - the promise is a local taken from a source (`queue.reserve(30)`), and the loop hands the item
 *   back to that source (`queue.complete(job.id)`, `inbox.ack(message.id)`): the reserve/ack
 *   protocol of a consumer. A config or connection awaited in a loop is never handed back, and a
 *   promise received as a parameter has no source in sight: both stay silent;
 * - the result is data (no methods: a job, a message), handed as an argument to the work;
 *   a result with methods is a resource (a connection, a client) used as a gate;
 * - nothing else read in the loop changes between iterations (a cursor, another await's
 *   result, a value taken off a queue), other than what the work on the item produces;
 * - the loop is not paced by a wait outside a `catch` (`await sleep(ttl / 2)`): that is a
 *   heartbeat renewing one lease, where handing the same item back each time is the point.
 */

/** The identifier a member chain starts from: `job` in `job.payload.id`. */
function rootIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current = skipTypeWrappers(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = skipTypeWrappers(current.object);
  return current.type === AST_NODE_TYPES.Identifier ? current : undefined;
}

/** True when every object member of `type` is plain data: no property holds a function. */
export function isDataType(analysis: Analysis, type: ts.Type): boolean {
  const checker = checkerOf(analysis);
  return unionMembersThroughConstraints(checker, type).every((part) => {
    if (isOpaqueType(part) || part.getCallSignatures().length > 0) return false;
    if ((part.flags & ts.TypeFlags.Object) === 0) return true;
    return checker.getPropertiesOfType(part).every((symbol) => checker.getTypeOfSymbol(symbol).getCallSignatures().length === 0);
  });
}

/** True when `loop` hands the same settled item from `awaited` to its work on every iteration. */
export function consumesResult(
  analysis: Analysis,
  awaited: TSESTree.AwaitExpression,
  loop: LoopNode,
  results: ReadonlySet<TSESLint.Scope.Variable>,
  promise: TSESLint.Scope.Variable,
): boolean {
  const source = sourceOf(analysis, promise);
  if (!source) return false;
  if (loop.type === AST_NODE_TYPES.ForOfStatement || loop.type === AST_NODE_TYPES.ForInStatement || results.size === 0) return false;
  if (!isDataType(analysis, typeOf(analysis, awaited))) return false;
  const isResult = (node: TSESTree.Node): boolean => {
    const root = rootIdentifier(node);
    const variable = root && variableOf(analysis, root);
    return variable !== null && variable !== undefined && results.has(variable);
  };
  // A value the work on the item produced (its failure in a `catch`) is no new input.
  const isNewInput = (identifier: TSESTree.Identifier): boolean => {
    const variable = variableOf(analysis, identifier);
    if (!variable || results.has(variable) || variable.defs.some((def) => def.type === 'CatchClause')) return false;
    return variesPerIteration(analysis, identifier, loop, results);
  };
  let handedOver = false;
  let handedBack = false;
  const otherInput = containsInBody(loop.body, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression && node !== awaited && !awaitsSame(analysis, node, awaited)) {
      // A wait outside a `catch` paces the loop: a heartbeat renewing one lease, not a consumer taking items.
      if (isWaitingCall(analysis, node.argument)) return !isInCatchClause(node, loop);
      const call = skipTypeWrappers(node.argument);
      if (call.type !== AST_NODE_TYPES.CallExpression || !call.arguments.some(isResult)) return true;
    }
    if (node.type === AST_NODE_TYPES.CallExpression) {
      // `conn.receive()`: the result is a resource that yields new input.
      if (isResult(node.callee)) return true;
      if (node.arguments.some(isResult)) {
        handedOver = true;
        const owner = rootIdentifier(node.callee);
        if (owner && node.callee.type === AST_NODE_TYPES.MemberExpression && variableOf(analysis, owner) === source) handedBack = true;
        if (node.arguments.some((argument) => identifiersIn(argument).some(isNewInput) || takesNewInput(argument, isResult))) return true;
      }
    }
    // A cursor or index declared outside and advanced in the loop, read as input.
    if (node.type === AST_NODE_TYPES.Identifier && isOuterInput(analysis, node, loop) && isNewInput(node)) return true;
    return false;
  });
  return handedOver && handedBack && !otherInput;
}

/** The variable of the object a local promise was taken from: `queue` in `const next = queue.reserve(30)`. */
function sourceOf(analysis: Analysis, promise: TSESLint.Scope.Variable): TSESLint.Scope.Variable | undefined {
  const def = promise.defs[0];
  if (def?.type !== 'Variable' || def.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init) return undefined;
  const init = skipTypeWrappers(def.node.init);
  if (init.type !== AST_NODE_TYPES.CallExpression || init.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const root = rootIdentifier(init.callee.object);
  return (root && variableOf(analysis, root)) ?? undefined;
}

/** True when `argument` calls something that does not work on the result (`queue.shift()`, `nextId()`): a new input. */
function takesNewInput(argument: TSESTree.Node, isResult: (node: TSESTree.Node) => boolean): boolean {
  return containsInBody(argument, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return false;
    return !isResult(node.callee) && !node.arguments.some(isResult);
  });
}

/** True when `identifier` is a read (not a counter update or an assignment target) of a variable declared outside `loop`. */
function isOuterInput(analysis: Analysis, identifier: TSESTree.Identifier, loop: LoopNode): boolean {
  const parent = identifier.parent;
  if (parent.type === AST_NODE_TYPES.UpdateExpression) return false;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === identifier) return false;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === identifier && !parent.computed) return false;
  if (parent.type === AST_NODE_TYPES.Property && parent.key === identifier && !parent.computed && !parent.shorthand) return false;
  const variable = variableOf(analysis, identifier);
  return variable !== null && !variable.defs.some((def) => within(def.name, loop));
}
