import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { returnedValues } from '../syntax/statements.js';
import { walk } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { thenableKindOf } from '../types/thenables.js';
import { isDataType } from './reused-consumers.js';
import type { ReusedPromise, ReuseShape } from './reused-promises.js';
import { ownerOf, selfCallee, selfCallsPassing } from './reused-promises.js';

/*
 * Recursion through a handler: `p.catch(() => retry(p, n - 1))` or
 * `p.then(onOk, () => attempt(p, n - 1))`. The handler attaches the next attempt to the same
 * promise it was called for, which has already settled the same way: a rejection handler retries
 * the same rejection until the count runs out, a fulfilment handler (`p.then((s) => s.done ? s :
 * poll(p))`) sees the same value again. The promise must be a parameter of the function, never
 * reassigned, and the recursive call must pass it on at the same position.
 */

/** The handlers of `p.then(…)`/`p.catch(…)` with the shape a recursive call from each one takes. */
function handlersOf(call: TSESTree.CallExpression): { handler: TSESTree.Node; shape: ReuseShape }[] {
  const method = memberName(skipTypeWrappers(call.callee));
  const [first, second] = call.arguments;
  if (method === 'catch') return first ? [{ handler: first, shape: 'retry' }] : [];
  if (method !== 'then') return [];
  return [
    ...(first ? [{ handler: first, shape: 'poll' as const }] : []),
    ...(second ? [{ handler: second, shape: 'retry' as const }] : []),
  ];
}

/** The reused promise when a `.then`/`.catch` handler of `call` calls the enclosing function again with the same promise parameter. */
export function reusedByHandlerRecursion(analysis: Analysis, call: TSESTree.CallExpression): ReusedPromise | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const reference = skipTypeWrappers(callee.object);
  if (reference.type !== AST_NODE_TYPES.Identifier) return undefined;
  const handlers = handlersOf(call).filter(({ handler }) => isFunctionNode(handler));
  if (handlers.length === 0) return undefined;
  const variable = variableOf(analysis, reference);
  const def = variable?.defs[0];
  if (!variable || def?.type !== 'Parameter' || !isFunctionNode(def.node) || ownerOf(call) !== def.node) return undefined;
  const fn = def.node;
  const index = fn.params.indexOf(def.name as TSESTree.Parameter);
  const self = selfCallee(fn);
  if (index < 0 || !self || variable.references.some((item) => item.isWrite())) return undefined;
  if (thenableKindOf(analysis, reference) === false) return undefined;
  for (const { handler, shape } of handlers) {
    // A value with methods (a connection) is a gate the handler works through, not an answer to poll.
    if (
      shape === 'poll' &&
      !isDataType(analysis, checkerOf(analysis).getAwaitedType(typeOf(analysis, reference)) ?? typeOf(analysis, reference))
    )
      continue;
    const passedOn = selfCallsPassing(analysis, handler, self, index, variable);
    if (passedOn.length > 0) return { reference, variable, region: fn, shape, passedOn };
  }
  return undefined;
}

/**
 * `request.catch(() => sleep(ms).then(() => request))`: a rejection handler of a promise that hands
 * back that same promise (directly, or as the result of a `.then` callback it returns)
 * "retries" by waiting for a rejection that has already happened; so does an async handler that
 * awaits it again (`async (err) => { await reset(); return await load; }`). The promise is a
 * parameter or a `const`, never reassigned.
 */
export function reusedByHandlerReturn(analysis: Analysis, call: TSESTree.CallExpression): ReusedPromise | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const reference = skipTypeWrappers(callee.object);
  if (reference.type !== AST_NODE_TYPES.Identifier) return undefined;
  const handlers = handlersOf(call).filter(({ handler, shape }) => shape === 'retry' && isFunctionNode(handler));
  if (handlers.length === 0) return undefined;
  const variable = variableOf(analysis, reference);
  const def = variable?.defs[0];
  if (!variable || !def || variable.references.some((item) => item.isWrite() && !item.init)) return undefined;
  if (def.type !== 'Parameter' && !(def.type === 'Variable' && def.parent.kind === 'const')) return undefined;
  if (thenableKindOf(analysis, reference) === false) return undefined;
  for (const { handler } of handlers) {
    const returned = [...returnedReads(handler as FunctionNode, variable, 0), ...awaitedReads(handler as FunctionNode, variable)];
    if (returned.length > 0) return { reference, variable, region: handler, shape: 'retry', passedOn: returned };
  }
  return undefined;
}

/**
 * The reads of `variable` an async rejection handler awaits in its own body (`await load` after
 * resetting the projector): the rejection it handles is what that `await` gets back.
 */
function awaitedReads(fn: FunctionNode, variable: TSESLint.Scope.Variable): TSESTree.Identifier[] {
  if (!fn.async) return [];
  const found: TSESTree.Identifier[] = [];
  walk(fn.body, (node) => {
    if (node.type !== AST_NODE_TYPES.AwaitExpression) return undefined;
    const target = skipTypeWrappers(node.argument);
    if (target.type === AST_NODE_TYPES.Identifier && variable.references.some((r) => r.identifier === target)) found.push(target);
    return undefined;
  });
  return found;
}

/** The reads of `variable` a function hands back: returned as is, or through the callback of a `.then` it returns. */
function returnedReads(fn: FunctionNode, variable: TSESLint.Scope.Variable, depth: number): TSESTree.Identifier[] {
  if (depth > 2) return [];
  return returnedValues(fn).flatMap((value) => {
    const target = skipTypeWrappers(value);
    if (target.type === AST_NODE_TYPES.Identifier)
      return target.name === variable.name && variable.references.some((r) => r.identifier === target) ? [target] : [];
    if (target.type !== AST_NODE_TYPES.CallExpression) return [];
    const method = memberName(skipTypeWrappers(target.callee));
    // `finally`'s callback result is dropped: only a `then` callback's becomes the chain's value.
    if (method !== 'then') return [];
    const [callback] = target.arguments;
    return callback && isFunctionNode(callback) ? returnedReads(callback, variable, depth + 1) : [];
  });
}
