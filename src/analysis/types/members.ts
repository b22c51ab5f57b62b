import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import type { Checker } from './checker.js';

/*
 * The members a type question looks at, and the types that answer nothing. Three ways to split a
 * type, from the plainest:
 * - `unionMembers`: a union's members, anything else whole;
 * - `unionMembersThroughConstraints`: the same, recursively, with type parameters replaced by
 *   their constraint (`T extends string | Promise<string>` gives `string`, `Promise<string>`);
 * - `constituents`: also intersection members, and indexed accesses (`T['k']`) through their
 *   constraint too.
 * A question switches to a wider split only when its answer should see through those types.
 */

/** A union's members (`A | B` gives `A`, `B`), or the type itself: no constraint resolution, intersections kept whole. */
export function unionMembers(type: ts.Type): readonly ts.Type[] {
  return type.isUnion() ? type.types : [type];
}

/** Union members, recursively, with type parameters replaced by their base constraint (one without a constraint is kept); intersections kept whole. */
export function unionMembersThroughConstraints(checker: Checker, type: ts.Type, depth = 0): ts.Type[] {
  if (depth > 6) return [];
  if (tsutils.isTypeParameter(type)) {
    const constraint = checker.getBaseConstraintOfType(type);
    return constraint && constraint !== type ? unionMembersThroughConstraints(checker, constraint, depth + 1) : [type];
  }
  return type.isUnion() ? type.types.flatMap((part) => unionMembersThroughConstraints(checker, part, depth + 1)) : [type];
}

/** Union and intersection members, recursively, with type parameters and indexed accesses replaced by their base constraint (dropped when there is none). */
export function constituents(checker: Checker, type: ts.Type): ts.Type[] {
  const out: ts.Type[] = [];
  const visit = (t: ts.Type, depth: number): void => {
    if (depth > 8) return;
    if (tsutils.isTypeParameter(t) || (t.flags & ts.TypeFlags.IndexedAccess) !== 0) {
      const constraint = checker.getBaseConstraintOfType(t);
      if (constraint && constraint !== t) visit(constraint, depth + 1);
      return;
    }
    if (t.isUnionOrIntersection()) {
      for (const part of t.types) visit(part, depth + 1);
      return;
    }
    out.push(t);
  };
  visit(type, 0);
  return out;
}

/**
 * Types that tell nothing about the value, so no question about its shape can be answered from
 * them: `any` (error types too), `unknown`, and `never` (no value at all).
 */
export const opaqueFlags = ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never;

/** True for `any`, `unknown` and `never` (see `opaqueFlags`). */
export function isOpaqueType(type: ts.Type): boolean {
  return (type.flags & opaqueFlags) !== 0;
}

/**
 * True for `any` and `unknown` only (not `never`, unlike `isOpaqueType`): the value may be anything,
 * so it may be what the question looks for (a signal in an options slot, an unnarrowed settled result).
 */
export function isAnyOrUnknown(type: ts.Type): boolean {
  return (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
}

/** The non-nullish union members of `type`. */
export function objectParts(type: ts.Type): ts.Type[] {
  return unionMembers(type).filter((part) => (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) === 0);
}
