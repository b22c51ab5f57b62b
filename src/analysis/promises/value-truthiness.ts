import type { TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { isAlwaysPromiseType } from '../types/thenables.js';

/*
 * Truthiness fixed by the types. `isOwner || user.hasPermission(…)` has the type
 * `true | Promise<boolean>`: either the left side was `true`, or the result is a promise, and a
 * promise is always truthy. Testing such a value (`if (!canDelete)`, `canDelete ? … : …`) is always
 * true, wherever the value travelled (a `const`, a return value, a property): the value the promise
 * resolves to is never looked at.
 */

/** True for a primitive literal type that is always truthy: `true`, a non-empty string, a non-zero number or bigint. */
function isTruthyLiteral(type: ts.Type): boolean {
  if (type.flags & ts.TypeFlags.BooleanLiteral) return (type as { intrinsicName?: string }).intrinsicName === 'true';
  if (type.isStringLiteral()) return type.value !== '';
  if (type.isNumberLiteral()) return type.value !== 0;
  if (type.flags & ts.TypeFlags.BigIntLiteral) return (type as ts.BigIntLiteralType).value.base10Value !== '0';
  return false;
}

/**
 * True when every member of the type of `node` is always truthy and at least one is a `Promise`,
 * the others being truthy primitive literals (`true | Promise<boolean>`). Object types are left
 * out: `T | Promise<T>` is a deliberate maybe-promise, awaited later.
 */
export function isTruthyOrPromise(analysis: Analysis, node: TSESTree.Node): boolean {
  const parts = unionMembers(typeOf(analysis, node));
  if (parts.length < 2) return false;
  let promise = false;
  for (const part of parts) {
    if (isTruthyLiteral(part)) continue;
    if (!isAlwaysPromiseType(analysis, part)) return false;
    promise = true;
  }
  return promise;
}
