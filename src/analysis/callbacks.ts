import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import { memberName, skipTypeWrappers } from './cannot-reject.js';
import { isFunctionNode } from './scope.js';
import { checkerOf, returnsThenableType, thenableKindOfType, typeOf } from './types.js';

/** True when `argument` is a function value (literal or reference) whose calls return a promise. */
export function isPromiseReturningFunction(services: ParserServicesWithTypeInformation, argument: TSESTree.Node): boolean {
  const target = skipTypeWrappers(argument);
  if (isFunctionNode(target) && target.async) return true;
  if (!isFunctionNode(target) && target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  return returnsThenableType(services, typeOf(services, target));
}

/**
 * True when the parameter that `argument` is passed to expects a callback returning `void` only,
 * so a promise the callback returns is dropped. The DOM types listeners as returning `any`, yet
 * `addEventListener` ignores what they return.
 */
export function ignoresCallbackResult(
  services: ParserServicesWithTypeInformation,
  argument: TSESTree.Node,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): boolean {
  const method = memberName(skipTypeWrappers(call.callee));
  // `finally` is typed `() => void`, yet it waits for (and rejects with) the promise its callback returns.
  if (method === 'finally') return false;
  const anyIsIgnored = method === 'addEventListener';
  const contextual = checkerOf(services).getContextualType(services.esTreeNodeToTSNodeMap.get(argument) as ts.Expression);
  if (!contextual) return false;
  let sawVoid = false;
  for (const part of contextual.isUnion() ? contextual.types : [contextual]) {
    for (const signature of part.getCallSignatures()) {
      const returned = signature.getReturnType();
      if (returned.flags & ts.TypeFlags.Void || (anyIsIgnored && returned.flags & ts.TypeFlags.Any)) {
        sawVoid = true;
      } else if (returned.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown) || thenableKindOfType(services, returned) !== false) {
        return false; // a parameter that may receive a promise-returning callback
      }
    }
  }
  return sawVoid;
}

/** The return type of a function value's first call signature (or its own type if not callable). */
export function returnTypeOf(services: ParserServicesWithTypeInformation, fn: TSESTree.Node): ts.Type {
  const type = typeOf(services, fn);
  const [signature] = type.getCallSignatures();
  return signature ? signature.getReturnType() : type;
}
