import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import { memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { typeOf } from '../types/checker.js';
import { thenableKindOfType } from '../types/thenables.js';
import { declarationsAt, functionOfDeclaration, promiseBehindTs, returnedExpressions } from './function-can-reject.js';

/*
 * A deferred kept on an object: `this.ready = Promise.withResolvers()`, later
 * `this.ready.resolve(value)` from an event, and `await this.ready.promise` (or
 * `this.ready.promise.then(…)`) where the result is needed. Its promise rejects only when
 * somebody calls that deferred's `reject`. When no source file of the program ever reads
 * `reject` off the field (by its name, `obj.ready.reject` or `obj[kReady].reject`), the promise
 * can only be fulfilled, whatever its type says: waiting for it is no rejection window, and a
 * chain on it rejects only through its own callbacks.
 *
 * Decided over the whole program by the field's name, so one proof covers every class with a field
 * of that name: each use of the name as a property (`x.ready`, `x.ready!`, `x[kReady]`) must
 * read `promise` or `resolve` off it, or be assigned a fresh `Promise.withResolvers()`. Any
 * other use (`reject`, handing the whole deferred on, destructuring it, assigning something
 * else, a constructor parameter property filled by a caller) gives up the proof. Declarations
 * (`private ready: PromiseWithResolvers<T>`, with no initializer or a `Promise.withResolvers()` one)
 * are not uses, and at least one fresh deferred must be stored: then every value the field ever
 * holds is one the program made and nobody rejects.
 */

/** Verdicts per field name, per Program. */
const verdicts = new WeakMap<ts.Program, Map<string, boolean>>();

/** True when `member` reads `promise` off a deferred field whose `reject` no file of the program uses (see above). */
export function fieldDeferredCannotReject(analysis: Analysis, member: TSESTree.MemberExpression): boolean {
  if (member.computed || memberName(member) !== 'promise') return false;
  const field = skipTypeWrappers(member.object);
  if (field.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = fieldName(field);
  if (name === undefined) return false;
  const program = analysis.services.program;
  const byName = getOrCreate(verdicts, program, () => new Map<string, boolean>());
  let verdict = byName.get(name);
  if (verdict === undefined) {
    verdict = onlyResolvedEverywhere(program, name);
    byName.set(name, verdict);
  }
  return verdict;
}

/** The field's name: `x.ready` or `x.#ready` by its property, `x[kReady]` by the key's identifier. */
function fieldName(field: TSESTree.MemberExpression): string | undefined {
  if (!field.computed) return field.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${field.property.name}` : memberName(field);
  return field.property.type === AST_NODE_TYPES.Identifier ? field.property.name : undefined;
}

/** How the uses of a field are read: a holder of `{ promise, resolve, reject }`, or a promise with its settle methods on it. */
interface Reading {
  useOf: (access: ts.Expression) => 'resolve-side' | 'fresh' | 'other';
  isFresh: (expression: ts.Expression) => boolean;
}

const holderReading: Reading = { useOf: (access) => useOf(access), isFresh: (expression) => isFreshDeferred(expression) };

/** True when every use of a field named `name` in the program's own files reads `promise`/`resolve` or stores a fresh deferred. */
function onlyResolvedEverywhere(program: ts.Program, name: string, reading: Reading = holderReading): boolean {
  let uses = 0;
  let fresh = 0;
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file) || !file.text.includes(name)) continue;
    let spoiled = false;
    const visit = (node: ts.Node): void => {
      if (spoiled) return;
      const access = accessOf(node, name);
      if (access) {
        uses += 1;
        const use = reading.useOf(access);
        if (use === 'other') spoiled = true;
        if (use === 'fresh') fresh += 1;
      } else if (storesOther(node, name, reading.isFresh)) {
        spoiled = true;
      } else if (storesFresh(node, name, reading.isFresh)) {
        fresh += 1;
      }
      if (!spoiled) ts.forEachChild(node, visit);
    };
    visit(file);
    if (spoiled) return false;
  }
  return uses > 0 && fresh > 0;
}

/**
 * True when `node` fills a property named `name` other than with a fresh deferred: a field or
 * object-literal property initialised with something else, or a constructor parameter property
 * (its deferred comes from a caller, who may keep it and reject it).
 */
function storesOther(node: ts.Node, name: string, isFresh: (expression: ts.Expression) => boolean): boolean {
  if (ts.isParameter(node)) {
    return ts.isIdentifier(node.name) && node.name.text === name && ts.getCombinedModifierFlags(node) !== ts.ModifierFlags.None;
  }
  if (ts.isShorthandPropertyAssignment(node)) return node.name.text === name;
  if (!ts.isPropertyDeclaration(node) && !ts.isPropertyAssignment(node)) return false;
  if (keyNameOf(node) !== name) return false;
  const initializer = node.initializer;
  return initializer !== undefined && !isFresh(initializer);
}

/** True for a field or object-literal property named `name` initialised with `Promise.withResolvers()`. */
function storesFresh(node: ts.Node, name: string, isFresh: (expression: ts.Expression) => boolean): boolean {
  if (!ts.isPropertyDeclaration(node) && !ts.isPropertyAssignment(node)) return false;
  return keyNameOf(node) === name && node.initializer !== undefined && isFresh(node.initializer);
}

/** The key of a property: `ready`, `#ready`, `'ready'`, or the identifier of `[kReady]`. */
function keyNameOf(node: ts.PropertyDeclaration | ts.PropertyAssignment): string | undefined {
  const key = node.name;
  if (ts.isComputedPropertyName(key)) return ts.isIdentifier(key.expression) ? key.expression.text : undefined;
  return ts.isIdentifier(key) || ts.isPrivateIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
}

/** `node` when it reads a property named `name` (`x.name`, `x.#name`, `x[name]`). */
function accessOf(node: ts.Node, name: string): ts.Expression | undefined {
  if (ts.isPropertyAccessExpression(node) && node.name.text === name) return node;
  if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.argumentExpression) && node.argumentExpression.text === name) return node;
  return undefined;
}

/** What the field read `access` does: takes `promise`/`resolve` off the deferred, stores a fresh `Promise.withResolvers()`, or anything else. */
function useOf(access: ts.Expression): 'resolve-side' | 'fresh' | 'other' {
  let node: ts.Node = access;
  while (ts.isNonNullExpression(node.parent) || ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) {
    return parent.name.text === 'promise' || parent.name.text === 'resolve' ? 'resolve-side' : 'other';
  }
  if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return isFreshDeferred(parent.right) ? 'fresh' : 'other';
  }
  return 'other';
}

/** `Promise.withResolvers()` (type arguments allowed). */
function isFreshDeferred(expression: ts.Expression): boolean {
  let target = expression;
  while (ts.isParenthesizedExpression(target) || ts.isAsExpression(target)) target = target.expression;
  return (
    ts.isCallExpression(target) &&
    target.arguments.length === 0 &&
    ts.isPropertyAccessExpression(target.expression) &&
    target.expression.name.text === 'withResolvers' &&
    ts.isIdentifier(target.expression.expression) &&
    target.expression.expression.text === 'Promise'
  );
}

/*
 * A deferred that is its own promise: `this.closed = deferred()` where the program's `deferred()`
 * returns `Object.assign(p, methods)` around `new Promise((resolve, reject) => { methods = {
 * resolve, reject }; })`, so the field is awaited, chained and returned as a promise, and settled
 * through its own `resolve`/`reject` methods. The same proof as above, read that way: every use of
 * the field's name reads `resolve` (or chains on it, or waits for it), or hands it on as a plain
 * promise (returned from a function declared to return a `Promise`, or asserted to one), or
 * stores a fresh deferred of such a helper; `reject` read off it, or the field handed on as
 * anything else, gives up the proof.
 */

const selfVerdicts = new WeakMap<ts.Program, Map<string, boolean>>();

/** True when `member` reads a field holding a deferred that is its own promise (see above) which no file of the program rejects. */
export function selfDeferredFieldCannotReject(analysis: Analysis, member: TSESTree.MemberExpression): boolean {
  if (member.computed || member.object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const name = fieldName(member);
  if (name === undefined) return false;
  const type = typeOf(analysis, member);
  if (!type.getProperty('reject') || !type.getProperty('resolve') || thenableKindOfType(analysis, type) === false) return false;
  const program = analysis.services.program;
  const byName = getOrCreate(selfVerdicts, program, () => new Map<string, boolean>());
  let verdict = byName.get(name);
  if (verdict === undefined) {
    const isFresh = (expression: ts.Expression): boolean => isSelfDeferredFactoryCall(analysis, expression);
    verdict = onlyResolvedEverywhere(program, name, { useOf: (access) => selfUseOf(access, isFresh), isFresh });
    byName.set(name, verdict);
  }
  return verdict;
}

/** How a read of a self-deferred field is used (see above). */
function selfUseOf(access: ts.Expression, isFresh: (expression: ts.Expression) => boolean): 'resolve-side' | 'fresh' | 'other' {
  let node: ts.Node = access;
  while (
    ts.isNonNullExpression(node.parent) ||
    ts.isParenthesizedExpression(node.parent) ||
    (ts.isAsExpression(node.parent) && isPromiseTypeNode(node.parent.type))
  )
    node = node.parent;
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return parent.name.text === 'reject' ? 'other' : 'resolve-side';
  if (ts.isAwaitExpression(parent)) return 'resolve-side';
  if (ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === node)) {
    const fn = ts.findAncestor(parent, ts.isFunctionLike);
    return fn?.type && isPromiseTypeNode(fn.type) ? 'resolve-side' : 'other';
  }
  if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return isFresh(parent.right) ? 'fresh' : 'other';
  }
  return 'other';
}

/** `Promise<T>` written as a type: a plain promise, with no `reject` to call. */
function isPromiseTypeNode(node: ts.TypeNode): boolean {
  return ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && node.typeName.text === 'Promise';
}

/**
 * `deferred<T>()`: a call, without arguments, of a plain function of the program whose every
 * `return` is `new Promise(executor)` (through `Object.assign(p, methods)` and a `const`) with an
 * executor that only hands its settle functions out (`methods = { resolve, reject }`).
 */
function isSelfDeferredFactoryCall(analysis: Analysis, expression: ts.Expression): boolean {
  let target = expression;
  while (ts.isParenthesizedExpression(target) || ts.isAsExpression(target)) target = target.expression;
  if (!ts.isCallExpression(target) || target.arguments.length > 0 || !ts.isIdentifier(target.expression)) return false;
  const declarations = declarationsAt(analysis, target.expression);
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const fn = functionOfDeclaration(declaration);
      if (!fn?.body || !ts.isBlock(fn.body) || declaration.getSourceFile().isDeclarationFile) return false;
      if ((ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) !== 0) return false;
      const returned = returnedExpressions(fn.body);
      return returned !== undefined && returned.length > 0 && returned.every((value) => handsOutOnly(promiseBehindTs(value)));
    })
  );
}

/** `new Promise((resolve, reject) => { methods = { resolve, reject }; })`: an executor that only stores its settle functions. */
function handsOutOnly(creation: ts.Expression): boolean {
  if (!ts.isNewExpression(creation) || !ts.isIdentifier(creation.expression) || creation.expression.text !== 'Promise') return false;
  const [executor] = creation.arguments ?? [];
  if (!executor || !(ts.isArrowFunction(executor) || ts.isFunctionExpression(executor)) || !ts.isBlock(executor.body)) return false;
  const settlers = new Set(executor.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : '')));
  const isSettler = (node: ts.Expression): boolean => ts.isIdentifier(node) && settlers.has(node.text);
  return executor.body.statements.every((statement) => {
    if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) return false;
    if (statement.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
    const value = statement.expression.right;
    if (isSettler(value)) return true;
    return (
      ts.isObjectLiteralExpression(value) &&
      value.properties.every(
        (property) => ts.isShorthandPropertyAssignment(property) || (ts.isPropertyAssignment(property) && isSettler(property.initializer)),
      )
    );
  });
}
