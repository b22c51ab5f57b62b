import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { isGlobalIdentifier } from '../scope/globals.js';
import { variableOf } from '../scope/variables.js';
import { memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { isAnyOrUnknown, unionMembers } from '../types/members.js';
import { elementTypeOf, isAlwaysPromiseType, thenableKindOfType } from '../types/thenables.js';

/*
 * Value uses one step removed. An object or array literal handed to `JSON.stringify`,
 * `structuredClone`, `postMessage` or a parameter that takes anything is serialized, cloned or
 * inspected with everything in it, so a promise inside it is used as a value just as if it were
 * handed over alone. `Object.assign(target, source)` copies a source's own properties: a promise
 * has none. `a ?? load()` and `a || load()` with a plain value on the left hold a promise only on
 * the fallback path; where the result is used as a value, that path uses the promise. Truthiness
 * assertions (`assert.ok(p)`, `expect(p).toBeTruthy()`) test a promise the way `if (p)` does.
 */

/** A use nested in a literal: the leaf expression and the top-level argument it sits in. */
export interface NestedUse {
  operand: TSESTree.Expression;
  within: TSESTree.Expression;
}

/** The expressions inside the object and array literal `root` (recursively, and both branches of a `?:` value), each with `root` as `within`. */
export function nestedValues(root: TSESTree.Expression): NestedUse[] {
  const found: NestedUse[] = [];
  const visit = (node: TSESTree.Node, depth: number): void => {
    const target = skipTypeWrappers(node);
    if (depth > 4) return;
    if (target.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of target.properties) {
        if (property.type === AST_NODE_TYPES.Property && property.kind === 'init' && !property.method) visit(property.value, depth + 1);
      }
    } else if (target.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of target.elements) if (element && element.type !== AST_NODE_TYPES.SpreadElement) visit(element, depth + 1);
    } else if (depth > 0 && target.type === AST_NODE_TYPES.ConditionalExpression) {
      // `tier: member ? loyalty.tierOf(member) : 'none'`: each branch is a value the literal may hold.
      visit(target.consequent, depth);
      visit(target.alternate, depth);
    } else if (depth > 0 && node.type !== AST_NODE_TYPES.AssignmentPattern) {
      found.push({ operand: node as TSESTree.Expression, within: root });
    }
  };
  visit(root, 0);
  return found;
}

/** True for `Object.assign(…)` on the global `Object`. */
export function isObjectAssign(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    memberName(callee) === 'assign' &&
    isGlobalIdentifier(analysis, callee.object, 'Object')
  );
}

const truthyMatchers = new Set(['toBeTruthy', 'toBeFalsy']);
const truthyAsserts = new Set(['ok', 'isOk', 'isNotOk', 'notOk']);

/**
 * The value a truthiness assertion tests: `assert(x)`, `assert.ok(x)`, `assert.isOk(x)`,
 * `expect(x).toBeTruthy()`, `expect(x).not.toBeFalsy()`; not through `.resolves`/`.rejects`.
 */
export function truthinessAssertionOperand(call: TSESTree.CallExpression): TSESTree.Expression | undefined {
  const callee = skipTypeWrappers(call.callee);
  const [first] = call.arguments;
  if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'assert') return plain(first);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = memberName(callee) ?? '';
  const object = skipTypeWrappers(callee.object);
  if (truthyAsserts.has(name) && object.type === AST_NODE_TYPES.Identifier && object.name === 'assert') return plain(first);
  if (!truthyMatchers.has(name) || call.arguments.length > 0) return undefined;
  let current = object;
  while (current.type === AST_NODE_TYPES.MemberExpression && memberName(current) === 'not') current = skipTypeWrappers(current.object);
  if (current.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const expect = skipTypeWrappers(current.callee);
  const expectName = expect.type === AST_NODE_TYPES.Identifier ? expect.name : memberName(expect);
  return expectName === 'expect' ? plain(current.arguments[0]) : undefined;
}

const equalityAsserts = new Set([
  'equal',
  'strictEqual',
  'deepEqual',
  'deepStrictEqual',
  'notEqual',
  'notStrictEqual',
  'notDeepEqual',
  'notDeepStrictEqual',
]);
const equalityMatchers = new Set(['toBe', 'toEqual', 'toStrictEqual']);

/**
 * The two values an equality assertion compares: `assert.equal(actual, expected)` (and `strictEqual`,
 * `deepEqual`, their `not` forms), `expect(actual).toBe(expected)` (and `toEqual`, `toStrictEqual`,
 * through `.not`); not through `.resolves`/`.rejects`, which wait for the promise.
 */
export function equalityAssertionOperands(call: TSESTree.CallExpression): [TSESTree.Expression, TSESTree.Expression] | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = memberName(callee) ?? '';
  const object = skipTypeWrappers(callee.object);
  if (equalityAsserts.has(name) && object.type === AST_NODE_TYPES.Identifier && object.name === 'assert') {
    const [actual, expected] = call.arguments.map(plain);
    return actual && expected ? [actual, expected] : undefined;
  }
  if (!equalityMatchers.has(name)) return undefined;
  const expected = plain(call.arguments[0]);
  let current = object;
  while (current.type === AST_NODE_TYPES.MemberExpression && memberName(current) === 'not') current = skipTypeWrappers(current.object);
  if (current.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const expect = skipTypeWrappers(current.callee);
  const expectName = expect.type === AST_NODE_TYPES.Identifier ? expect.name : memberName(expect);
  const actual = plain(current.arguments[0]);
  return expectName === 'expect' && actual && expected ? [actual, expected] : undefined;
}

function plain(node: TSESTree.CallExpressionArgument | undefined): TSESTree.Expression | undefined {
  return node && node.type !== AST_NODE_TYPES.SpreadElement ? node : undefined;
}

/**
 * The promise on the fallback side of `a ?? load()` / `a || load()` when `a` is never a thenable:
 * the expression at `node` itself, or a `const` initialized with one. Undefined otherwise (both
 * sides promises: a promise either way).
 */
export function fallbackPromiseOf(
  analysis: Analysis,
  node: TSESTree.Node,
): { promise: TSESTree.Expression; logical: TSESTree.LogicalExpression } | undefined {
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(analysis, target);
    const definition = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || definition?.type !== 'Variable' || definition.parent.kind !== 'const') return undefined;
    if (definition.node.id.type !== AST_NODE_TYPES.Identifier || !definition.node.init) return undefined;
    target = skipTypeWrappers(definition.node.init);
  }
  if (target.type !== AST_NODE_TYPES.LogicalExpression || (target.operator !== '??' && target.operator !== '||')) return undefined;
  const right = skipTypeWrappers(target.right);
  if (right.type === AST_NODE_TYPES.AwaitExpression || !isAlwaysPromiseType(analysis, typeOf(analysis, target.right))) return undefined;
  const left = typeOf(analysis, target.left);
  if (unionMembers(left).some((part) => thenableKindOfType(analysis, part) !== false || isAnyOrUnknown(part))) return undefined;
  return { promise: target.right, logical: target };
}

/** True when `node` is typed `any` (not `unknown`) and is not a literal: a value of unknown origin, never declared a promise. */
export function isAnyTyped(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Literal || (target.type === AST_NODE_TYPES.Identifier && target.name === 'undefined')) return false;
  return (typeOf(analysis, node).flags & ts.TypeFlags.Any) !== 0;
}

/**
 * Where a value's type holds a promise one or more steps down (`records` of type `{ locker:
 * Promise<Locker> }[]` gives `[].locker`), for data handed whole to `JSON.stringify` or
 * `structuredClone`: a record built by a function that forgot an `await` carries its promise in
 * its type. Looked into: arrays, and object types written as data (object literal types, and
 * interfaces and type aliases the program declares), three steps deep; not class instances
 * (their fields are state, and a `toJSON` may say what is written), not `any`/`unknown`, not a
 * type with a `toJSON` method.
 */
export function promisePathInType(analysis: Analysis, type: ts.Type, depth = 0): string | undefined {
  if (depth > 3 || isAnyOrUnknown(type)) return undefined;
  const checker = checkerOf(analysis);
  for (const part of unionMembers(checker.getNonNullableType(type))) {
    const element = elementTypeOf(analysis, part);
    if (element) {
      if (isAlwaysPromiseType(analysis, element)) return '[]';
      const inner = promisePathInType(analysis, element, depth + 1);
      if (inner !== undefined) return `[]${inner}`;
      continue;
    }
    if (!isDataObjectType(part)) continue;
    // An object literal's property typed `number | Promise<number>` got that union from the
    // expression written there (`area ?? computeArea(sail)`): it holds a promise on some path.
    const literal = ((part.aliasSymbol ?? part.getSymbol())?.flags ?? 0) & ts.SymbolFlags.ObjectLiteral;
    for (const property of part.getProperties().slice(0, 60)) {
      const propertyType = checker.getTypeOfSymbol(property);
      if (isAlwaysPromiseType(analysis, propertyType) || (literal && thenableKindOfType(analysis, propertyType) === 'promise'))
        return `.${property.getName()}`;
      const inner = promisePathInType(analysis, propertyType, depth + 1);
      if (inner !== undefined) return `.${property.getName()}${inner}`;
    }
  }
  return undefined;
}

/** An object type written as data: an object literal type, or an interface or alias of the program; no class, no `toJSON`, no call signature. */
function isDataObjectType(type: ts.Type): boolean {
  if ((type.flags & ts.TypeFlags.Object) === 0 || type.getCallSignatures().length > 0 || type.getProperty('toJSON')) return false;
  const symbol = type.aliasSymbol ?? type.getSymbol();
  if (!symbol) return false;
  if (symbol.flags & ts.SymbolFlags.ObjectLiteral || symbol.flags & ts.SymbolFlags.TypeLiteral) return true;
  if ((symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) === 0 || symbol.flags & ts.SymbolFlags.Class) return false;
  const declarations = symbol.declarations ?? [];
  return declarations.length > 0 && declarations.every((declaration) => !declaration.getSourceFile().isDeclarationFile);
}
