import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { skipTypeWrappers } from '../syntax/nodes.js';
import { checkerOf, typeOf } from '../types/checker.js';
import type { Checker } from '../types/checker.js';
import { isAnyOrUnknown, unionMembers } from '../types/members.js';
import { parameterTypeAt } from '../types/thenables.js';

/*
 * Dual APIs: a call that takes an error-first callback and also returns a promise (ioredis's
 * `redis.get(key, (err, value) => …)`, knex's `asCallback`, the clients built on
 * `standard-as-callback`) hands the promise's outcome to that callback: the library attaches it
 * with `promise.then((value) => cb(null, value), (err) => cb(err))`. The callback is the rejection
 * handler the caller wrote, so dropping the returned promise leaves no rejection unretrieved.
 *
 * Decided from the declared types, not from names of libraries: the call's last argument is a
 * function, bound to a parameter whose type is a function taking an error first (its first
 * parameter, without `null` and `undefined`, is an object with `name` and `message`, or is `any`
 * and named `err`/`error`). The approximation: a library that returns a promise and calls such a
 * callback only for some other error would be trusted too; we know of none.
 */

/** True when `node` is a call whose promise's outcome goes to the error-first callback it is given last. */
export function deliversToErrorFirstCallback(analysis: Analysis, node: TSESTree.Node): boolean {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length === 0) return false;
  const index = call.arguments.length - 1;
  const last = call.arguments[index]!;
  if (last.type === AST_NODE_TYPES.SpreadElement) return false;
  if (typeOf(analysis, last).getCallSignatures().length === 0) return false;
  const checker = checkerOf(analysis);
  const signature = checker.resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call) as ts.CallExpression);
  if (!signature) return false;
  // The parameter the argument binds to; a tuple rest (`...args: [...keys: string[], callback: Callback]`) through the context.
  const parameter =
    parameterTypeAt(checker, signature, index) ??
    checker.getContextualType(analysis.services.esTreeNodeToTSNodeMap.get(last) as ts.Expression);
  if (parameter && takesErrorFirstCallback(checker, parameter)) return true;
  // A call that does not type-check (`redis.set(key, (err) => …)` without its value, on purpose in a
  // test) binds the callback to another parameter: the API's callback still comes last in its forms.
  const callee = analysis.services.esTreeNodeToTSNodeMap.get(call.callee);
  return checker
    .typeOfTsNode(callee)
    .getCallSignatures()
    .some((form) => {
      const lastParameter = form.parameters[form.parameters.length - 1];
      return lastParameter !== undefined && takesErrorFirstCallback(checker, checker.getTypeOfSymbol(lastParameter));
    });
}

/** True when `parameter` is a function type whose every form takes an error (or nothing) first, one of them an error. */
function takesErrorFirstCallback(checker: Checker, parameter: ts.Type): boolean {
  const callbacks = unionMembers(checker.getNonNullableType(parameter)).flatMap((member) => member.getCallSignatures());
  // `((err: null, value: T) => void) | ((err: Error) => void)`: every form takes an error or nothing first, one an error.
  const firsts = callbacks.map((callback) => firstParameterKind(checker, callback));
  return firsts.length > 0 && firsts.every((kind) => kind !== 'other') && firsts.includes('error');
}

/** What the first parameter of `signature` receives: an error (Error-like by type, or `any` named so), only `null`/`undefined`, or other. */
function firstParameterKind(checker: Checker, signature: ts.Signature): 'error' | 'nothing' | 'other' {
  const [first] = signature.parameters;
  if (!first) return 'other';
  const type = checker.getTypeOfSymbol(first);
  if (isAnyOrUnknown(type)) return /^(?:err|error)$/i.test(first.name) ? 'error' : 'other';
  // without `strictNullChecks` a `null` parameter stays `null`: nullish members are dropped by flag
  const nullish = ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Never;
  const members = unionMembers(type).filter((member) => (member.flags & nullish) === 0);
  if (members.length === 0) return 'nothing';
  const errorLike = members.every(
    (member) => checker.getPropertyOfType(member, 'message') !== undefined && checker.getPropertyOfType(member, 'name') !== undefined,
  );
  return errorLike ? 'error' : 'other';
}
