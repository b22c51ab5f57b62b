import type { TSESTree } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import type { Checker } from './checker.js';
import { checkerOf, typeOf } from './checker.js';
import { constituents, isAnyOrUnknown, isOpaqueType, unionMembers } from './members.js';

/** A `Promise` (the global one or a subclass) or any other object with a callable `then`. */
export type ThenableKind = 'promise' | 'thenable';

interface TypeCache {
  checker: Checker;
  thenable: WeakMap<ts.Type, ThenableKind | false>;
  arrayOfThenables: WeakMap<ts.Type, boolean>;
  returnsThenable: WeakMap<ts.Type, boolean>;
  abortSignal: WeakMap<ts.Type, boolean>;
  settled: WeakMap<ts.Type, SettledKind | false>;
}

const caches = new WeakMap<ts.Program, TypeCache>();

/** The per-Program cache of type verdicts shared by every rule and file linted against that Program. */
function cacheFor(analysis: Analysis): TypeCache {
  return getOrCreate(caches, analysis.services.program, () => ({
    checker: checkerOf(analysis),
    thenable: new WeakMap(),
    arrayOfThenables: new WeakMap(),
    returnsThenable: new WeakMap(),
    abortSignal: new WeakMap(),
    settled: new WeakMap(),
  }));
}

/** Decides one non-union type: has a callable `then` taking at least one argument. */
function ownThenableKind(checker: Checker, type: ts.Type): ThenableKind | false {
  if (isOpaqueType(type) || (type.flags & ts.TypeFlags.Object) === 0) return false;
  const then = type.getProperty('then');
  if (!then) return false;
  const thenType = checker.getTypeOfSymbol(then);
  const callable = constituents(checker, thenType).some((part) =>
    part.getCallSignatures().some((signature) => signature.parameters.length > 0),
  );
  if (!callable) return false;
  return derivesFromPromise(type) ? 'promise' : 'thenable';
}

/** True for the global `Promise` and classes or interfaces that extend it. */
function derivesFromPromise(type: ts.Type, depth = 0): boolean {
  const symbol = type.getSymbol();
  if (symbol?.getName() === 'Promise') return true;
  if (depth > 5 || !tsutils.isObjectType(type)) return false;
  const target = tsutils.isTypeReference(type) ? type.target : type;
  if (!(target.objectFlags & (ts.ObjectFlags.Class | ts.ObjectFlags.Interface))) return false;
  return (target as ts.InterfaceType).getBaseTypes?.()?.some((base) => derivesFromPromise(base, depth + 1)) ?? false;
}

/**
 * Whether values of `type` can be awaited as promises: any union or intersection member is a
 * thenable. `any`/`unknown` never count. Returns `'thenable'` when some member is a thenable that
 * is not a `Promise`, `'promise'` when all thenable members are promises, else `false`.
 */
export function thenableKindOfType(analysis: Analysis, type: ts.Type): ThenableKind | false {
  const cache = cacheFor(analysis);
  const known = cache.thenable.get(type);
  if (known !== undefined) return known;
  let verdict: ThenableKind | false = false;
  for (const part of constituents(cache.checker, type)) {
    const kind = ownThenableKind(cache.checker, part);
    if (kind === 'thenable') {
      verdict = 'thenable';
      break;
    }
    if (kind === 'promise') verdict = 'promise';
  }
  if (!verdict && type.isIntersection()) {
    // An intersection such as `Promise<T> & Extra` is thenable when the whole is.
    verdict = ownThenableKind(cache.checker, type);
  }
  cache.thenable.set(type, verdict);
  return verdict;
}

/** Whether the value of `node` is a promise or thenable (see `thenableKindOfType`). */
export function thenableKindOf(analysis: Analysis, node: TSESTree.Node): ThenableKind | false {
  return thenableKindOfType(analysis, typeOf(analysis, node));
}

/** True when `node` evaluates to a promise or thenable. */
export function isThenable(analysis: Analysis, node: TSESTree.Node): boolean {
  return thenableKindOf(analysis, node) !== false;
}

/** True when `type` is an array or tuple (or a union of them) whose elements are thenables. */
export function isArrayOfThenablesType(analysis: Analysis, type: ts.Type): boolean {
  const cache = cacheFor(analysis);
  const known = cache.arrayOfThenables.get(type);
  if (known !== undefined) return known;
  const { checker } = cache;
  const verdict = constituents(checker, type).some((part) => {
    if (checker.isTupleType(part)) {
      return checker.getTypeArguments(part as ts.TypeReference).some((element) => thenableKindOfType(analysis, element) !== false);
    }
    if (checker.isArrayType(part)) {
      const [element] = checker.getTypeArguments(part as ts.TypeReference);
      return element !== undefined && thenableKindOfType(analysis, element) !== false;
    }
    return false;
  });
  cache.arrayOfThenables.set(type, verdict);
  return verdict;
}

/** Collections whose iteration yields promises that were all started before the loop began. */
const startedCollections: Record<string, number> = {
  Set: 0,
  ReadonlySet: 0,
  SetIterator: 0,
  ArrayIterator: 0,
  MapIterator: 0,
  Map: 1,
  ReadonlyMap: 1,
};

/**
 * True when `node` is an array, tuple, `Set` or `Map` of promises (or an iterator over one): the
 * promises all exist before the loop starts. Generators are not included: they create lazily.
 */
export function isCollectionOfThenables(analysis: Analysis, node: TSESTree.Node): boolean {
  const type = typeOf(analysis, node);
  if (isArrayOfThenablesType(analysis, type)) return true;
  const { checker } = cacheFor(analysis);
  return constituents(checker, type).some((part) => {
    const index = startedCollections[part.getSymbol()?.getName() ?? ''];
    if (index === undefined) return false;
    const element = checker.getTypeArguments(part as ts.TypeReference)[index];
    return element !== undefined && thenableKindOfType(analysis, element) !== false;
  });
}

/** True when `node` evaluates to an array or tuple of promises. */
export function isArrayOfThenables(analysis: Analysis, node: TSESTree.Node): boolean {
  return isArrayOfThenablesType(analysis, typeOf(analysis, node));
}

/** True when some call signature of `type` returns a promise or thenable. */
export function returnsThenableType(analysis: Analysis, type: ts.Type): boolean {
  const cache = cacheFor(analysis);
  const known = cache.returnsThenable.get(type);
  if (known !== undefined) return known;
  const verdict = constituents(cache.checker, type).some((part) =>
    part.getCallSignatures().some((signature) => thenableKindOfType(analysis, signature.getReturnType()) !== false),
  );
  cache.returnsThenable.set(type, verdict);
  return verdict;
}

/** True when `type` is (or, in a union, may be) the DOM/Node `AbortSignal`. */
export function isAbortSignalType(analysis: Analysis, type: ts.Type): boolean {
  const cache = cacheFor(analysis);
  const known = cache.abortSignal.get(type);
  if (known !== undefined) return known;
  const verdict = constituents(cache.checker, type).some(
    (part) => part.getSymbol()?.getName() === 'AbortSignal' && part.getProperty('aborted') !== undefined,
  );
  cache.abortSignal.set(type, verdict);
  return verdict;
}

/** Which member of the `PromiseSettledResult` family a type is. */
type SettledKind = 'settled' | 'fulfilled' | 'rejected';

const settledNames: Record<string, SettledKind> = {
  PromiseSettledResult: 'settled',
  PromiseFulfilledResult: 'fulfilled',
  PromiseRejectedResult: 'rejected',
};

/** Classifies a `PromiseSettledResult`-family type (alias or interface), else `false`. */
function settledKindOfType(analysis: Analysis, type: ts.Type): SettledKind | false {
  const cache = cacheFor(analysis);
  const known = cache.settled.get(type);
  if (known !== undefined) return known;
  let verdict: SettledKind | false = settledNames[type.aliasSymbol?.getName() ?? ''] ?? false;
  if (!verdict && type.isUnion()) {
    const kinds = new Set(type.types.map((part) => settledNames[part.getSymbol()?.getName() ?? '']));
    if (kinds.has('fulfilled') && kinds.has('rejected')) verdict = 'settled';
  }
  if (!verdict) verdict = settledNames[type.getSymbol()?.getName() ?? ''] ?? false;
  cache.settled.set(type, verdict);
  return verdict;
}

/** The element type when `type` is an array or tuple, else `undefined` (tuples: union of elements). */
export function elementTypeOf(analysis: Analysis, type: ts.Type): ts.Type | undefined {
  const { checker } = cacheFor(analysis);
  if (checker.isArrayType(type)) return checker.getTypeArguments(type as ts.TypeReference)[0];
  if (checker.isTupleType(type)) {
    const elements = checker.getTypeArguments(type as ts.TypeReference);
    return elements.length === 1 ? elements[0] : undefined;
  }
  return undefined;
}

/** True when every thenable member of `type` has a `catch` method (so `.catch(…)` type-checks). */
export function hasCatchMethod(analysis: Analysis, type: ts.Type): boolean {
  const { checker } = cacheFor(analysis);
  return constituents(checker, type)
    .filter((part) => ownThenableKind(checker, part) !== false)
    .every((part) => part.getProperty('catch') !== undefined);
}

/** True when `type` includes `null` or `undefined` (an optional call's result, say). */
export function includesNullish(analysis: Analysis, type: ts.Type): boolean {
  const { checker } = cacheFor(analysis);
  return constituents(checker, type).some((part) => (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0);
}

/** True when a union has a member that is neither a thenable nor nullish (`T | Promise<T>`). */
export function hasPlainMember(analysis: Analysis, type: ts.Type): boolean {
  return (
    type.isUnion() &&
    type.types.some(
      (part) =>
        thenableKindOfType(analysis, part) === false &&
        (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) === 0,
    )
  );
}

/*
 * Two questions about calling a value, answered apart:
 * - `mayBeCallableType`: may it be called, as far as its type tells? `any` may be (a rejection handler
 *   typed `any` is still a handler);
 * - `isSurelyCallableType`: is it certainly a function? `any` is not (a JavaScript parameter
 *   named `resolve` is not thereby a settle function).
 */

/** True when `type` may be called: every constituent has a call signature or is opaque (`any`, `unknown`, `never`), so `string | (() => void)` is not callable. A rejection handler must be. */
export function mayBeCallableType(analysis: Analysis, type: ts.Type): boolean {
  const { checker } = cacheFor(analysis);
  const parts = constituents(checker, type);
  return parts.length > 0 && parts.every((part) => part.getCallSignatures().length > 0 || isOpaqueType(part));
}

/** True when every union member of `type` has a call signature; `any` and `unknown` cannot be told, so they are not. */
export function isSurelyCallableType(type: ts.Type): boolean {
  const parts = unionMembers(type);
  return parts.length > 0 && parts.every((part) => !isAnyOrUnknown(part) && part.getCallSignatures().length > 0);
}

/** True for the global `Function` interface (or `CallableFunction`): callable, though it declares no call signature. */
export function isFunctionInterfaceType(type: ts.Type): boolean {
  const name = type.getSymbol()?.getName();
  return name === 'Function' || name === 'CallableFunction';
}

/** `'result'` for a `PromiseSettledResult`, `'results'` for an array or tuple of them, else `false`. */
export function settledShapeOf(analysis: Analysis, type: ts.Type): 'result' | 'results' | false {
  if (settledKindOfType(analysis, type) === 'settled') return 'result';
  const checker = checkerOf(analysis);
  const element = elementTypeOf(analysis, type);
  const elements = element ? [element] : checker.isTupleType(type) ? checker.getTypeArguments(type as ts.TypeReference) : [];
  return elements.length > 0 && elements.every((part) => settledKindOfType(analysis, part) === 'settled') ? 'results' : false;
}

/** True when `AggregateError` is the built-in global (declared in a lib, not shadowed) where `node` is. */
export function hasGlobalAggregateError(analysis: Analysis, node: TSESTree.Node): boolean {
  const location = analysis.services.esTreeNodeToTSNodeMap.get(node);
  const symbol = checkerOf(analysis).resolveName('AggregateError', location, ts.SymbolFlags.Value, false);
  const declarations = symbol?.declarations ?? [];
  return declarations.length > 0 && declarations.every((declaration) => declaration.getSourceFile().isDeclarationFile);
}

/** The type of the parameter that argument `index` binds to in `signature` (rest parameters included). */
export function parameterTypeAt(checker: Checker, signature: ts.Signature, index: number): ts.Type | undefined {
  const { parameters } = signature;
  const last = parameters[parameters.length - 1];
  const restDeclaration = last?.valueDeclaration;
  const isRest = restDeclaration !== undefined && ts.isParameter(restDeclaration) && restDeclaration.dotDotDotToken !== undefined;
  if (index < parameters.length - (isRest ? 1 : 0)) return checker.getTypeOfSymbol(parameters[index]!);
  if (!isRest || !last) return undefined;
  const restType = checker.getTypeOfSymbol(last);
  if (checker.isArrayType(restType)) return checker.getTypeArguments(restType as ts.TypeReference)[0];
  return checker.isTupleType(restType) ? undefined : restType.getNumberIndexType();
}

const alwaysPromise = new WeakMap<ts.Program, WeakMap<ts.Type, boolean>>();

/**
 * True when every value of `type` is a `Promise` (or subclass): not `any`, not a union with
 * `undefined`, `null` or a plain value. Type parameters count through their constraint.
 */
export function isAlwaysPromiseType(analysis: Analysis, type: ts.Type): boolean {
  const memo = getOrCreate(alwaysPromise, analysis.services.program, () => new WeakMap<ts.Type, boolean>());
  const known = memo.get(type);
  if (known !== undefined) return known;
  const checker = checkerOf(analysis);
  const decide = (part: ts.Type, depth: number): boolean => {
    if (depth > 6) return false;
    if (tsutils.isTypeParameter(part)) {
      const constraint = checker.getBaseConstraintOfType(part);
      return constraint !== undefined && constraint !== part && decide(constraint, depth + 1);
    }
    if (part.isUnion()) return part.types.every((member) => decide(member, depth + 1));
    return thenableKindOfType(analysis, part) === 'promise';
  };
  const verdict = decide(type, 0);
  memo.set(type, verdict);
  return verdict;
}

/** What the value a promise settles with can be, as far as its type tells (see `settledValueShape`). */
export type SettledValueShape = 'nothing' | 'maybeNullish' | 'value' | 'opaque';

/**
 * What awaiting `node` yields: `'nothing'` when only `void`/`undefined` (a `Promise<void>` carries
 * no value to test or print), `'maybeNullish'` when `null` or `undefined` is among its members,
 * `'opaque'` for `any`/`unknown`, else `'value'`.
 */
export function settledValueShape(analysis: Analysis, node: TSESTree.Node): SettledValueShape {
  const { checker } = cacheFor(analysis);
  const type = typeOf(analysis, node);
  const awaited = checker.getAwaitedType(type) ?? type;
  const parts = constituents(checker, awaited);
  if (parts.length === 0 || parts.some(isAnyOrUnknown)) return 'opaque';
  const nullish = (part: ts.Type): boolean => (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0;
  if (parts.every(nullish)) return 'nothing';
  return parts.some(nullish) ? 'maybeNullish' : 'value';
}

/**
 * The thenable kind of what iterating `node` yields (an array, tuple, `Set`, `Map` value or an
 * iterator over one): `'thenable'` when some element may be a non-`Promise` thenable (awaiting or
 * `Promise.allSettled` would call its `then`, which runs a lazy query), `'promise'` when every
 * thenable element is a `Promise`, `false` when none is a thenable.
 */
export function elementThenableKind(analysis: Analysis, node: TSESTree.Node): ThenableKind | false {
  const { checker } = cacheFor(analysis);
  let verdict: ThenableKind | false = false;
  for (const part of constituents(checker, typeOf(analysis, node))) {
    const name = part.getSymbol()?.getName() ?? '';
    const args = checker.isArrayType(part) || checker.isTupleType(part) ? checker.getTypeArguments(part as ts.TypeReference) : [];
    const index = startedCollections[name];
    const elements = args.length > 0 ? args : index === undefined ? [] : [checker.getTypeArguments(part as ts.TypeReference)[index]];
    for (const element of elements) {
      const kind = element === undefined ? false : thenableKindOfType(analysis, element);
      if (kind === 'thenable') return 'thenable';
      if (kind === 'promise') verdict = 'promise';
    }
  }
  return verdict;
}
