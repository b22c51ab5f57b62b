import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { constInitializer } from '../scope/initializers.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import type { Checker } from '../types/checker.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { parameterTypeAt, returnsThenableType, thenableKindOfType } from '../types/thenables.js';

/**
 * True when `argument` is a function value (literal or reference) whose calls return a promise;
 * with `checkThenables` off, a `PromiseLike` or lazy query builder does not count.
 */
export function isPromiseReturningFunction(analysis: Analysis, argument: TSESTree.Node, checkThenables: boolean): boolean {
  const target = skipTypeWrappers(argument);
  if (isFunctionNode(target) && target.async) return true;
  // `consume(...callbacks)`: the functions inside the spread array or tuple are the arguments.
  if (target.type === AST_NODE_TYPES.SpreadElement) {
    return spreadElementTypes(analysis, target).some((element) => returnsPromise(analysis, element, checkThenables));
  }
  if (!isFunctionNode(target) && target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  return returnsPromise(analysis, typeOf(analysis, target), checkThenables);
}

/** The element types of a spread argument: an array's element, each member of a tuple. */
function spreadElementTypes(analysis: Analysis, spread: TSESTree.SpreadElement): ts.Type[] {
  const checker = checkerOf(analysis);
  return unionMembers(typeOf(analysis, spread.argument)).flatMap((part) =>
    checker.isArrayType(part) || checker.isTupleType(part) ? checker.getTypeArguments(part as ts.TypeReference) : [],
  );
}

/** True when a call signature of the function type `type` returns a promise (or a thenable, with `checkThenables`). */
function returnsPromise(analysis: Analysis, type: ts.Type, checkThenables: boolean): boolean {
  if (!returnsThenableType(analysis, type)) return false;
  return unionMembers(type).some((part) =>
    part.getCallSignatures().some((signature) => {
      const kind = thenableKindOfType(analysis, signature.getReturnType());
      return kind === 'promise' || (kind === 'thenable' && checkThenables);
    }),
  );
}

/**
 * True when the parameter that `argument` is passed to expects a callback returning `void` only,
 * so a promise the callback returns is dropped. The DOM types listeners as returning `any`, yet
 * `addEventListener` ignores what they return.
 */
export function ignoresCallbackResult(
  analysis: Analysis,
  argument: TSESTree.Node,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): boolean {
  const method = calledMethodName(analysis, skipTypeWrappers(call.callee));
  // `finally` is typed `() => void`, yet it waits for (and rejects with) the promise its callback
  // returns; removing a listener never calls it.
  if (method === 'finally' || (method !== undefined && removingListener.has(method))) return false;
  const anyIsIgnored = method === 'addEventListener';
  const checker = checkerOf(analysis);
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  const contextual =
    argument.type === AST_NODE_TYPES.SpreadElement
      ? spreadSlotTypes(analysis, call, argument, index)
      : [contextualTypeOf(analysis, argument)];
  if (!contextual.some((type) => type && acceptsPromiseCallback(analysis, type, anyIsIgnored) === 'void')) return false;
  // Overloads: TypeScript picks the first matching signature (mocha's `it(title, fn: Func)`), but a
  // later one may take a promise-returning callback at the same position (`fn: AsyncFunc`).
  const calleeType = typeOf(analysis, call.callee);
  const signatures = call.type === AST_NODE_TYPES.NewExpression ? calleeType.getConstructSignatures() : calleeType.getCallSignatures();
  if (index >= 0 && signatures.length > 1) {
    for (const signature of signatures) {
      const parameter = parameterTypeAt(checker, signature, index);
      if (parameter && acceptsPromiseCallback(analysis, parameter, anyIsIgnored) === 'promise') return false;
    }
  }
  return true;
}

/** The method a callee names, also through a computed key held by a `const` (`p[f]` with `const f = 'finally'`). */
function calledMethodName(analysis: Analysis, callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.computed) {
    const key = constInitializer(analysis, callee.property);
    if (key?.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  }
  return memberName(callee);
}

/** The contextual type of an argument. */
function contextualTypeOf(analysis: Analysis, argument: TSESTree.Node): ts.Type | undefined {
  return checkerOf(analysis).getContextualType(analysis.services.esTreeNodeToTSNodeMap.get(argument) as ts.Expression);
}

/**
 * The parameter types a spread argument starting at `index` fills, in the resolved signature: the
 * rest parameter's element for a spread array, the slot of each promise-returning function for a
 * spread tuple (`...[upload, done]` into `...steps: [() => void, () => void]`).
 */
function spreadSlotTypes(
  analysis: Analysis,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  spread: TSESTree.SpreadElement,
  index: number,
): (ts.Type | undefined)[] {
  const checker = checkerOf(analysis);
  const signature = checker.resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call) as ts.CallLikeExpression);
  if (!signature || index < 0) return [];
  const spreadType = typeOf(analysis, spread.argument);
  if (!checker.isTupleType(spreadType)) return [parameterTypeAt(checker, signature, index)];
  return checker
    .getTypeArguments(spreadType as ts.TypeReference)
    .map((element, offset) => (returnsPromise(analysis, element, true) ? slotType(checker, signature, index + offset) : undefined));
}

/** The type of parameter position `index`, through a rest parameter typed as an array or a tuple. */
function slotType(checker: Checker, signature: ts.Signature, index: number): ts.Type | undefined {
  const direct = parameterTypeAt(checker, signature, index);
  if (direct) return direct;
  const { parameters } = signature;
  const rest = parameters[parameters.length - 1];
  if (!rest) return undefined;
  const restType = checker.getTypeOfSymbol(rest);
  if (!checker.isTupleType(restType)) return undefined;
  return checker.getTypeArguments(restType as ts.TypeReference)[index - (parameters.length - 1)];
}

const removingListener = new Set(['removeEventListener', 'removeListener', 'off']);

/** Whether a callback parameter type expects `void` back, may take a promise back, or is no callback. */
function acceptsPromiseCallback(analysis: Analysis, type: ts.Type, anyIsIgnored: boolean): 'void' | 'promise' | 'none' {
  let verdict: 'void' | 'promise' | 'none' = 'none';
  for (const part of unionMembers(type)) {
    for (const signature of part.getCallSignatures()) {
      const returned = signature.getReturnType();
      if (returned.flags & ts.TypeFlags.Void || (anyIsIgnored && returned.flags & ts.TypeFlags.Any)) {
        verdict = 'void';
      } else if (returned.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown) || thenableKindOfType(analysis, returned) !== false) {
        return 'promise';
      }
    }
  }
  return verdict;
}

/** The return type of a function value's first call signature (or its own type if not callable). */
export function returnTypeOf(analysis: Analysis, fn: TSESTree.Node): ts.Type {
  const type = typeOf(analysis, fn);
  const [signature] = type.getCallSignatures();
  return signature ? signature.getReturnType() : type;
}
