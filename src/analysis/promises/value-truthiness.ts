import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { skipTypeWrappers } from '../syntax/nodes.js';
import { typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { isAlwaysPromiseType } from '../types/thenables.js';
import { fallbackPromiseOf } from './value-nesting.js';

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

/**
 * The promise a tested value falls back to, when that value is never used as one:
 * `const tiered = overrides.get(id) ?? flags.isEnabled(flag)` then `if (tiered)`. When the left
 * side is missing, the test sees the promise, which is always truthy. A `const` that is also
 * awaited, chained, handed on or returned is a deliberate maybe-promise and is left alone: only a
 * value every other read of which is a test (`if`, `?:`, `!`, `&&`, `||`) counts.
 */
export function testedFallbackPromise(analysis: Analysis, operand: TSESTree.Node): ReturnType<typeof fallbackPromiseOf> {
  const found = fallbackPromiseOf(analysis, operand);
  if (!found) return undefined;
  const target = skipTypeWrappers(operand);
  if (target.type !== AST_NODE_TYPES.Identifier) return found;
  const variable = variableOf(analysis, target);
  const onlyTested = variable?.references.every((reference) => reference.init || isTest(reference.identifier));
  return onlyTested ? found : undefined;
}

/** True when `node` is read only for its truthiness: the test of an `if`, loop or `?:`, under `!`, or an operand of `&&`/`||` there. */
function isTest(node: TSESTree.Node): boolean {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') current = parent;
    else if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '??') current = parent;
    else if (parent.type === AST_NODE_TYPES.TSNonNullExpression || parent.type === AST_NODE_TYPES.TSAsExpression) current = parent;
    else
      return (
        ((parent.type === AST_NODE_TYPES.IfStatement ||
          parent.type === AST_NODE_TYPES.WhileStatement ||
          parent.type === AST_NODE_TYPES.DoWhileStatement ||
          parent.type === AST_NODE_TYPES.ConditionalExpression) &&
          parent.test === current) ||
        (parent.type === AST_NODE_TYPES.ForStatement && parent.test === current)
      );
  }
}
