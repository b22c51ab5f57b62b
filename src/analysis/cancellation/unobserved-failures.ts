import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { calleeName } from '../syntax/calls.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, isPromiseStatic, memberName, typeWrapperTypes } from '../syntax/nodes.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { isAnyOrUnknown, unionMembers } from '../types/members.js';
import { isArrayOfThenablesType, parameterTypeAt, thenableKindOfType } from '../types/thenables.js';

/*
 * Does anyone wait for a failure raised at a node? An abort rethrown in an HTTP request handler,
 * an event listener or a timer callback reaches nobody: the callee ignores what its callback
 * returns (and throws), so the rejection goes unhandled and the process crashes instead of one
 * request ending. The failure is followed outwards: to a `try` around it in the same function, or
 * to the function around it, then to where that function's result goes (awaited, returned, handed
 * to a promise combinator or to a callee that waits for its callbacks), function by function.
 * Flows that cannot be followed count as observed by the function they happen in.
 */

/** Callees that call their callback later and ignore what it returns, when its type cannot tell (`any`, `Function`). */
const laterCallers = new Set([
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
  'addEventListener',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'nextTick',
]);

/** How deep the failure is followed through functions and their callers. */
const maxSteps = 8;

interface Walk {
  analysis: Analysis;
  seen: Set<TSESTree.Node>;
}

/**
 * True when a failure raised at `node` (a `throw` in a `catch` clause, the rejection of a
 * `.catch(…)` chain) reaches nobody who waits for it: the function around it is a callback whose
 * result its callee ignores (`createServer((req, res) => …)`, `emitter.on(…)`, `setTimeout(…)`,
 * `forEach`, a `new Promise` executor, an `on*` property), or is only called without its result
 * being waited for. Code at the top level of a module, and functions whose callers are out of
 * sight, count as observed.
 */
export function isFailureUnobserved(analysis: Analysis, node: TSESTree.Node): boolean {
  return failureAtIgnored({ analysis, seen: new Set() }, node);
}

/** True when the value of `expression`, a promise, is left rejecting with nobody waiting. */
export function isRejectionUnobserved(analysis: Analysis, expression: TSESTree.Node): boolean {
  return valueIgnored({ analysis, seen: new Set() }, expression);
}

/** A failure raised at `node`: caught by a `try` around it in its function, else the function's own failure. */
function failureAtIgnored(walk: Walk, node: TSESTree.Node): boolean {
  for (let child: TSESTree.Node = node, current = node.parent; current; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current.handler) return false;
    if (isFunctionNode(current)) return functionFailureIgnored(walk, current);
  }
  return false;
}

/** The node a value or function stands as in its parent, past type assertions and `!`. */
function outermost(node: TSESTree.Node): TSESTree.Node {
  let place = node;
  while (place.parent && typeWrapperTypes.has(place.parent.type)) place = place.parent;
  return place;
}

/** True when nobody waits for the result (promise or exception) of calling `fn`. */
function functionFailureIgnored(walk: Walk, fn: FunctionNode): boolean {
  if (walk.seen.has(fn) || walk.seen.size >= maxSteps) return false;
  walk.seen.add(fn);
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id ? referencesIgnore(walk, fn.id) : false;
  const place = outermost(fn);
  const parent = place.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      // `req.onerror = async () => …`: a handler property, called by an event loop that ignores its result.
      return parent.right === place && /^on[a-z]/.test(memberName(parent.left) ?? '');
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      // `(async () => { … })()`: the call's value is the function's result.
      if (parent.callee === place) return valueIgnored(walk, parent);
      return parent.arguments.includes(place as TSESTree.CallExpressionArgument) && argumentIgnored(walk, place, parent);
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === place && parent.id.type === AST_NODE_TYPES.Identifier && referencesIgnore(walk, parent.id);
    default:
      // Methods, properties, exports: the callers are out of sight.
      return false;
  }
}

/** True when some use of the function named by `id` in this file drops its result: a callback slot that ignores it, a call whose value nobody waits for. */
function referencesIgnore(walk: Walk, id: TSESTree.Identifier): boolean {
  const variable = variableOf(walk.analysis, id);
  return (
    variable?.references.some((reference) => {
      if (reference.init) return false;
      const place = outermost(reference.identifier);
      const parent = place.parent;
      if (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) {
        if (parent.callee === place) return valueIgnored(walk, parent);
        return parent.arguments.includes(place as TSESTree.CallExpressionArgument) && argumentIgnored(walk, place, parent);
      }
      return (
        parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === place && /^on[a-z]/.test(memberName(parent.left) ?? '')
      );
    }) ?? false
  );
}

/**
 * True when the callee of `call` drops what the callback `argument` returns: its parameter expects
 * a function returning `void` (or data), no overload takes a promise-returning one there, or, when
 * the type cannot tell, the callee is a listener registration or a timer. When the callee keeps the
 * callback's promise in its own result (`items.map(async …)`, `retry(async () => …)`), the
 * question moves on to that result.
 */
function argumentIgnored(walk: Walk, argument: TSESTree.Node, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const { analysis } = walk;
  const name = call.type === AST_NODE_TYPES.CallExpression ? calleeName(call) : undefined;
  // `finally` is typed `() => void`, yet waits for the promise its callback returns.
  if (name !== 'finally') {
    const slot = callbackSlot(analysis, argument, call);
    if (slot === 'ignores' || (slot === 'none' && name !== undefined && laterCallers.has(name))) return true;
    if (slot === 'none') return false;
  }
  const result = typeOf(analysis, call);
  const carries = thenableKindOfType(analysis, result) !== false || isArrayOfThenablesType(analysis, result);
  // The callee waits for the callback itself (a test runner's `it(name, async () => …)`).
  return carries && valueIgnored(walk, call);
}

/** Whether the parameter `argument` is passed to waits for a promise its callback returns, ignores it, or cannot be told. */
function callbackSlot(
  analysis: Analysis,
  argument: TSESTree.Node,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): 'waits' | 'ignores' | 'none' {
  const checker = checkerOf(analysis);
  const contextual = checker.getContextualType(analysis.services.esTreeNodeToTSNodeMap.get(argument) as ts.Expression);
  const verdict = contextual ? slotVerdict(analysis, contextual) : 'none';
  if (verdict !== 'ignores') return verdict;
  // Overloads: the first matching signature may ignore the result where a later one takes a promise-returning callback.
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  const calleeType = typeOf(analysis, call.callee);
  const signatures = call.type === AST_NODE_TYPES.NewExpression ? calleeType.getConstructSignatures() : calleeType.getCallSignatures();
  if (index >= 0 && signatures.length > 1) {
    for (const signature of signatures) {
      const parameter = parameterTypeAt(checker, signature, index);
      if (parameter && slotVerdict(analysis, parameter) === 'waits') return 'waits';
    }
  }
  return 'ignores';
}

/** `waits` when some call signature of `type` may return a promise (or anything), `ignores` when all return `void` or data, `none` when it has none. */
function slotVerdict(analysis: Analysis, type: ts.Type): 'waits' | 'ignores' | 'none' {
  let verdict: 'waits' | 'ignores' | 'none' = 'none';
  for (const part of unionMembers(type)) {
    for (const signature of part.getCallSignatures()) {
      const returned = signature.getReturnType();
      const open = unionMembers(returned).some(
        (member) =>
          isAnyOrUnknown(member) || (member.flags & ts.TypeFlags.TypeParameter) !== 0 || thenableKindOfType(analysis, member) !== false,
      );
      if (open) return 'waits';
      verdict = 'ignores';
    }
  }
  return verdict;
}

/**
 * True when nobody waits for the value of `expression` (a promise): it is a statement of its own or
 * `void`ed, or it flows (awaited, returned, through a combinator or a `.then`/`.finally` chain) into
 * a function whose own failure nobody waits for. A `.catch(…)` or `.then(…, onRejected)` attached
 * to it observes it; a flow that cannot be followed counts as the enclosing function's.
 */
function valueIgnored(walk: Walk, expression: TSESTree.Node): boolean {
  let child = expression;
  for (let steps = 0; steps < 20; steps += 1) {
    const parent = child.parent;
    if (!parent) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.ExpressionStatement:
        return true;
      case AST_NODE_TYPES.UnaryExpression:
        return parent.operator === 'void' || failureAtIgnored(walk, parent);
      case AST_NODE_TYPES.AwaitExpression:
        return failureAtIgnored(walk, parent);
      case AST_NODE_TYPES.ReturnStatement: {
        // `return p` inside a `try` does not catch `p`'s rejection: it is the function's.
        let fn: TSESTree.Node | undefined = parent.parent;
        while (fn && !isFunctionNode(fn)) fn = fn.parent;
        return fn ? functionFailureIgnored(walk, fn) : false;
      }
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return parent.body === child ? functionFailureIgnored(walk, parent) : false;
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.SpreadElement:
        if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === child) return failureAtIgnored(walk, parent);
        child = parent;
        continue;
      case AST_NODE_TYPES.SequenceExpression:
        if (parent.expressions[parent.expressions.length - 1] !== child) return true;
        child = parent;
        continue;
      case AST_NODE_TYPES.MemberExpression: {
        const call = parent.parent;
        const method = memberName(parent);
        if (parent.object !== child || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent)
          return failureAtIgnored(walk, parent);
        // A rejection handler observes it; `.then(onFulfilled)` and `.finally(…)` pass it on.
        if (method === 'catch' || (method === 'then' && call.arguments.length > 1)) return false;
        if (method !== 'then' && method !== 'finally') return failureAtIgnored(walk, parent);
        child = call;
        continue;
      }
      case AST_NODE_TYPES.CallExpression:
        if (
          parent.arguments.includes(child as TSESTree.CallExpressionArgument) &&
          isPromiseStatic(parent, ['all', 'allSettled', 'any', 'race'])
        ) {
          child = parent;
          continue;
        }
        return failureAtIgnored(walk, parent);
      default:
        if (typeWrapperTypes.has(parent.type)) {
          child = parent;
          continue;
        }
        return failureAtIgnored(walk, child);
    }
  }
  return false;
}
