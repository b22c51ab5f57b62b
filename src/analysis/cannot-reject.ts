import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import { isFunctionNode } from './scope.js';
import { checkerOf, isThenable, typeOf } from './types.js';

/*
 * "Cannot reject" is the precision core: a promise that can never reject cannot crash the process
 * with an unhandled rejection, so stored-promise and callback reports about it are noise. The
 * analysis is deliberately syntactic and conservative about what it accepts:
 * - `p.catch(handler)` / `p.then(ok, handler)` whose handlers contain no `throw`;
 * - `Promise.resolve(value)`, `Promise.allSettled(…)`, `Promise.all([...])` of non-rejecting parts;
 * - `new Promise(resolve => …)` executors without `reject`, `throw` or calls other than timers;
 * - calls of async functions whose whole body is a `try` with a `catch` that does not rethrow
 *   (the declaration may be in another file: it is read from the TypeScript AST);
 * - `node:timers/promises` sleeps without an abort signal.
 */

const perProgram = new WeakMap<ts.Program, WeakMap<ts.Node, boolean>>();

function memoFor(services: ParserServicesWithTypeInformation): WeakMap<ts.Node, boolean> {
  let memo = perProgram.get(services.program);
  if (!memo) perProgram.set(services.program, (memo = new WeakMap()));
  return memo;
}

const timerGlobals = new Set(['setTimeout', 'setImmediate', 'queueMicrotask', 'setInterval']);

/** Wrappers that do not change the value: `as`, `!`, `satisfies`, `<T>`, an optional chain. */
export const typeWrapperTypes: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.ChainExpression,
]);

/** Strips the wrappers in `typeWrapperTypes` off `node`. */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (typeWrapperTypes.has(current.type)) {
    current = (current as TSESTree.TSAsExpression).expression;
  }
  return current;
}

/** True when a TS subtree (outside nested functions) contains a node that makes `test` true. */
function containsTs(node: ts.Node, test: (child: ts.Node) => boolean): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;
    if (test(child)) {
      found = true;
      return;
    }
    if (ts.isFunctionLike(child) || ts.isClassLike(child)) return;
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

const isThrow = (node: ts.Node): boolean => ts.isThrowStatement(node);

/** True when a handler function body has no `throw` and does not return a rejected promise. */
function handlerCannotThrow(fn: ts.Node): boolean {
  if (!ts.isFunctionLike(fn) || !('body' in fn) || !fn.body) return false;
  const body = fn.body;
  return !containsTs(body, (child) => isThrow(child) || isPromiseRejectCall(child)) && !isPromiseRejectCall(body);
}

function isPromiseRejectCall(node: ts.Node): boolean {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'reject' &&
    ts.isIdentifier(node.expression.expression) &&
    node.expression.expression.text === 'Promise'
  );
}

/**
 * True when evaluating the TS subtree cannot throw: no calls, `new`, `await`, `throw`, `delete`,
 * tagged templates, and no property reads except on `this` (`this.started`, `this.count += 1`).
 */
function cannotThrowTs(node: ts.Node): boolean {
  const risky = (child: ts.Node): boolean =>
    (ts.isCallExpression(child) && !isSafeBuiltinCall(child)) || ts.isNewExpression(child) || ts.isAwaitExpression(child) ||
    isThrow(child) || ts.isDeleteExpression(child) || ts.isTaggedTemplateExpression(child) || ts.isYieldExpression(child) ||
    ((ts.isPropertyAccessExpression(child) || ts.isElementAccessExpression(child)) && !isRootedAtThis(child));
  return !risky(node) && !containsTs(node, risky);
}

function isLiteralValue(node: ts.Expression): boolean {
  return ts.isLiteralExpression(node) || [ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(node.kind) ||
    (ts.isIdentifier(node) && node.text === 'undefined');
}

/** Methods that do not throw on the collections and timers a setup step uses. */
const safeMethods = new Set(['push', 'unshift', 'add', 'set', 'delete', 'clear', 'has', 'unref', 'ref']);

/** `setInterval(run, ms)`, `this.timers.push(…)`: bookkeeping calls before a guarded body. */
function isSafeBuiltinCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return timerGlobals.has(callee.text) || callee.text === 'clearTimeout' || callee.text === 'clearInterval';
  return ts.isPropertyAccessExpression(callee) && safeMethods.has(callee.name.text) && isRootedAtThis(callee.expression);
}

/** True for `this` and property chains on it (`this.timers`). */
function isRootedAtThis(node: ts.Node): boolean {
  let current = node;
  while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) current = current.expression;
  return current.kind === ts.SyntaxKind.ThisKeyword;
}

/**
 * A statement allowed around the guarded `try` of a non-rejecting async body: a guard such as
 * `if (this.started) return;`, a flag write, `let x;`, `return false;` — nothing that can throw.
 */
function isInertStatement(statement: ts.Statement): boolean {
  if (ts.isEmptyStatement(statement)) return true;
  // `return p` passes a (possibly rejecting) promise on; only a literal or nothing is inert.
  if (ts.isReturnStatement(statement)) return statement.expression === undefined || isLiteralValue(statement.expression);
  if (ts.isExpressionStatement(statement) || ts.isVariableStatement(statement) ||
    ts.isIfStatement(statement) || ts.isBlock(statement)) {
    return cannotThrowTs(statement);
  }
  return false;
}

/**
 * True when an async function's body cannot reject: each statement is a `try` whose `catch` never
 * rethrows, an `await`/`return` of a call that cannot reject, or an inert statement.
 */
function asyncBodyCannotReject(services: ParserServicesWithTypeInformation, fn: ts.FunctionLikeDeclaration): boolean {
  const isAsync = ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async;
  if (!isAsync || !fn.body) return false;
  if (!ts.isBlock(fn.body)) return false;
  let guarded = false;
  for (const statement of fn.body.statements) {
    if (ts.isTryStatement(statement) && statement.catchClause) {
      if (containsTs(statement.catchClause.block, isThrow)) return false;
      // `try { return load(); }` does not catch: the returned promise rejects the function later.
      if (containsTs(statement.tryBlock, (child) => ts.isReturnStatement(child) && child.expression !== undefined &&
        !ts.isAwaitExpression(child.expression) && !isLiteralValue(child.expression))) return false;
      if (statement.finallyBlock && containsTs(statement.finallyBlock, isThrow)) return false;
      guarded = true;
      continue;
    }
    const waited = awaitedCall(statement);
    if (waited && tsCallCannotReject(services, waited)) {
      guarded = true;
      continue;
    }
    if (!isInertStatement(statement)) return false;
  }
  return guarded;
}

/** The call in `await f();`, `return f();`, `return await f();` or `const x = await f();`. */
function awaitedCall(statement: ts.Statement): ts.CallExpression | undefined {
  let expression: ts.Expression | undefined;
  if (ts.isExpressionStatement(statement) && ts.isAwaitExpression(statement.expression)) expression = statement.expression.expression;
  else if (ts.isReturnStatement(statement)) expression = statement.expression;
  else if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
    const initializer = statement.declarationList.declarations[0]!.initializer;
    if (initializer && ts.isAwaitExpression(initializer)) expression = initializer.expression;
  }
  while (expression && (ts.isAwaitExpression(expression) || ts.isParenthesizedExpression(expression))) expression = expression.expression;
  return expression && ts.isCallExpression(expression) && expression.arguments.every(cannotThrowTs) ? expression : undefined;
}

/** True when a TS call resolves only to async functions that cannot reject (across files). */
function tsCallCannotReject(services: ParserServicesWithTypeInformation, call: ts.CallExpression): boolean {
  const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
  return declaredFunctionsCannotReject(services, declarationsAt(services, callee), false);
}

/** The declarations of the symbol at a TS node, through `import`/`export` aliases. */
function declarationsAt(services: ParserServicesWithTypeInformation, node: ts.Node): readonly ts.Declaration[] {
  const checker = checkerOf(services);
  const symbol = checker.getSymbolAtLocation(node);
  const resolved = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return resolved?.declarations ?? [];
}

/** True when every declaration is a function (async, if asked) that cannot reject. */
function declaredFunctionsCannotReject(
  services: ParserServicesWithTypeInformation,
  declarations: readonly ts.Declaration[],
  mustBeAsync: boolean,
): boolean {
  return declarations.length > 0 && declarations.every((declaration) => {
    const fn = functionOfDeclaration(declaration);
    if (!fn || (mustBeAsync && (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) === 0)) return false;
    return tsFunctionCannotReject(services, fn);
  });
}

/** The function a declaration stands for: a function, method, or `const f = async () => …`. */
function functionOfDeclaration(declaration: ts.Declaration | undefined): ts.FunctionLikeDeclaration | undefined {
  if (!declaration) return undefined;
  if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) return declaration;
  if ((ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) {
    const init = declaration.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

/** True when the TypeScript function node is async and cannot reject (cached per Program). */
function tsFunctionCannotReject(services: ParserServicesWithTypeInformation, fn: ts.FunctionLikeDeclaration): boolean {
  const memo = memoFor(services);
  const known = memo.get(fn);
  if (known !== undefined) return known;
  memo.set(fn, false); // recursion guard
  let verdict = asyncBodyCannotReject(services, fn);
  let fileDependent = false;
  if (!verdict && fn.body && !ts.isBlock(fn.body)) {
    // `async () => p.catch(…)`: decide on the expression when it is in the linted file. From
    // another file the answer is unknown here, so it must not be cached for the whole Program.
    const expression = services.tsNodeToESTreeNodeMap.get(fn.body);
    fileDependent = expression === undefined;
    verdict = expression !== undefined && cannotReject(services, expression as TSESTree.Expression);
  }
  if (fileDependent) memo.delete(fn);
  else memo.set(fn, verdict);
  return verdict;
}

/** True when an ESTree function (callback, IIFE) is async and cannot reject. */
export function functionCannotReject(
  services: ParserServicesWithTypeInformation,
  fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration,
): boolean {
  return tsFunctionCannotReject(services, services.esTreeNodeToTSNodeMap.get(fn) as ts.FunctionLikeDeclaration);
}

/** True when a rejection handler argument is a function that does not throw, or a named function (assumed to report). */
function isSafeHandler(services: ParserServicesWithTypeInformation, node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  if (isFunctionNode(node)) return handlerCannotThrow(services.esTreeNodeToTSNodeMap.get(node));
  if (node.type === AST_NODE_TYPES.Identifier && (node.name === 'undefined' || node.name === 'reject')) return false;
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression) {
    const symbol = checkerOf(services).getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(node));
    const fn = functionOfDeclaration(symbol?.valueDeclaration);
    return fn ? handlerCannotThrow(fn) : true;
  }
  return false;
}

/** The static name of a member call's property (`a.b()` → `b`). */
export function memberName(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') {
    return node.property.value;
  }
  return undefined;
}

/** True for `Promise.<name>(…)` on the global `Promise`. */
export function isPromiseStatic(node: TSESTree.CallExpression, names: readonly string[]): boolean {
  const callee = node.callee;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Promise' &&
    names.includes(memberName(callee) ?? '')
  );
}

function executorCannotReject(services: ParserServicesWithTypeInformation, executor: TSESTree.Node | undefined): boolean {
  if (!isFunctionNode(executor) || executor.params.length > 1) return false;
  const resolve = executor.params[0];
  const resolveName = resolve?.type === AST_NODE_TYPES.Identifier ? resolve.name : undefined;
  const isResolve = (node: ts.Node): boolean => ts.isIdentifier(node) && node.text === resolveName;
  // Without `reject`, only a synchronous throw in the executor rejects. Calls that just wire
  // `resolve` up (`stream.once('finish', resolve)`, `setTimeout(resolve, ms)`) do not throw.
  return !containsTs(services.esTreeNodeToTSNodeMap.get(executor), (child) => {
    if (isThrow(child)) return true;
    if (!ts.isCallExpression(child)) return false;
    const callee = child.expression;
    if (isResolve(callee) || (ts.isIdentifier(callee) && timerGlobals.has(callee.text))) return false;
    const wires = (argument: ts.Node): boolean =>
      isResolve(argument) || ts.isArrowFunction(argument) || ts.isFunctionExpression(argument) ||
      (ts.isObjectLiteralExpression(argument) && argument.properties.some((property) =>
        ts.isMethodDeclaration(property) || (ts.isPropertyAssignment(property) && wires(property.initializer)) ||
        (ts.isShorthandPropertyAssignment(property) && isResolve(property.name))));
    return !child.arguments.some(wires);
  });
}

/** True when the callee is a `node:timers/promises` sleep called without an options argument. */
function isPlainTimerPromise(services: ParserServicesWithTypeInformation, call: TSESTree.CallExpression): boolean {
  if (call.arguments.length > 2) return false;
  const symbol = checkerOf(services).getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(call.callee));
  const name = call.callee.type === AST_NODE_TYPES.Identifier ? call.callee.name : memberName(call.callee);
  if (!symbol || !name) return false;
  const resolved = symbol.flags & ts.SymbolFlags.Alias ? checkerOf(services).getAliasedSymbol(symbol) : symbol;
  const file = resolved.valueDeclaration?.getSourceFile().fileName ?? resolved.declarations?.[0]?.getSourceFile().fileName;
  return file !== undefined && /[\\/]@types[\\/]node[\\/]timers[\\/]promises\.d\.ts$/.test(file) &&
    ['setTimeout', 'setImmediate'].includes(resolved.getName());
}

function callCannotReject(services: ParserServicesWithTypeInformation, call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  const method = memberName(callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && method) {
    if (method === 'catch') return isSafeHandler(services, call.arguments[0]);
    if (method === 'then' && call.arguments.length >= 1) {
      // The chain cannot reject when its source cannot and `onFulfilled` cannot throw, or when a
      // safe `onRejected` catches whatever happens before it.
      const [onFulfilled, onRejected] = call.arguments;
      const fulfilledIsTrivial =
        onFulfilled !== undefined && isFunctionNode(onFulfilled) && cannotThrowTs(services.esTreeNodeToTSNodeMap.get(onFulfilled.body));
      if (!fulfilledIsTrivial) return false;
      return call.arguments.length >= 2 ? isSafeHandler(services, onRejected) : cannotReject(services, callee.object);
    }
    if (method === 'finally') {
      return cannotReject(services, callee.object) && isSafeHandler(services, call.arguments[0]);
    }
    if (isPromiseStatic(call, ['allSettled']) && isGlobalPromiseTs(services, callee.object)) return true;
    if (isPromiseStatic(call, ['resolve']) && isGlobalPromiseTs(services, callee.object)) {
      const [value] = call.arguments;
      return value === undefined || !isThenable(services, value) || cannotReject(services, value);
    }
    if (isPromiseStatic(call, ['all', 'race']) && isGlobalPromiseTs(services, callee.object)) {
      const [iterable] = call.arguments;
      return iterable !== undefined && cannotReject(services, iterable);
    }
    if (method === 'map' && isFunctionNode(call.arguments[0]) && isArrayLike(services, callee.object)) {
      return functionCannotReject(services, call.arguments[0]);
    }
  }
  if (isFunctionNode(callee)) return functionCannotReject(services, callee);
  if (isPlainTimerPromise(services, call)) return true;
  return declaredFunctionsCannotReject(services, declarationsAt(services, services.esTreeNodeToTSNodeMap.get(callee)), false);
}

/**
 * True when evaluating `node` yields a promise (or array of promises) that provably cannot reject.
 * Unknown shapes answer `false`, so callers that use this to stay quiet remain sound on the rest.
 */
export function cannotReject(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  switch (target.type) {
    case AST_NODE_TYPES.CallExpression:
      return callCannotReject(services, target);
    case AST_NODE_TYPES.NewExpression:
      return (
        target.callee.type === AST_NODE_TYPES.Identifier &&
        target.callee.name === 'Promise' &&
        executorCannotReject(services, target.arguments[0])
      );
    case AST_NODE_TYPES.ArrayExpression:
      // An empty array is filled later (`ps.push(load())`): what it will hold is unknown here.
      return target.elements.length > 0 && target.elements.every(
        (element) => element === null || (element.type !== AST_NODE_TYPES.SpreadElement && (!isThenable(services, element) || cannotReject(services, element))),
      );
    case AST_NODE_TYPES.ConditionalExpression:
      return cannotRejectOrPlain(services, target.consequent) && cannotRejectOrPlain(services, target.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return cannotRejectOrPlain(services, target.left) && cannotRejectOrPlain(services, target.right);
    case AST_NODE_TYPES.AwaitExpression:
      return true; // the value of `await x` is never itself a pending promise
    case AST_NODE_TYPES.Identifier:
      return constCannotReject(services, target);
    default:
      return false;
  }
}

const visitingConsts = new WeakSet<ts.Node>();

/** A `const` declared in this file with an initializer that cannot reject. */
function constCannotReject(services: ParserServicesWithTypeInformation, identifier: TSESTree.Identifier): boolean {
  const symbol = checkerOf(services).getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(identifier));
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
  if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) || visitingConsts.has(declaration)) return false;
  const init = services.tsNodeToESTreeNodeMap.get(declaration.initializer) as TSESTree.Node | undefined;
  if (!init) return false;
  visitingConsts.add(declaration);
  try {
    return cannotReject(services, init);
  } finally {
    visitingConsts.delete(declaration);
  }
}

/** True when `node` is a `.then(…)` continuation that provably cannot reject. */
export function isSafeContinuation(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  const call = skipTypeWrappers(node);
  return call.type === AST_NODE_TYPES.CallExpression && memberName(skipTypeWrappers(call.callee)) === 'then' && cannotReject(services, call);
}

function cannotRejectOrPlain(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  return !isThenable(services, node) || cannotReject(services, node);
}

/** True when a function value (a literal, or a reference to a declared function) is async and cannot reject. */
export function functionValueCannotReject(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (isFunctionNode(target)) return functionCannotReject(services, target);
  if (target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) return false;
  return declaredFunctionsCannotReject(services, declarationsAt(services, services.esTreeNodeToTSNodeMap.get(target)), false);
}

/**
 * True when `node` calls an async function that swallows its own errors (a helper or IIFE whose
 * whole body is a guarded `try`). Unlike `cannotReject`, sleeps and `Promise.resolve()` do not
 * count: dropping those is a bug of its own (the wait never happens), not just a crash risk.
 */
export function callsSwallowingFunction(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(call.callee);
  if (isFunctionNode(callee)) return callee.async && functionCannotReject(services, callee);
  return declaredFunctionsCannotReject(services, declarationsAt(services, services.esTreeNodeToTSNodeMap.get(callee)), true);
}

/** True when `Promise` here is the built-in one (declared only in TypeScript's lib files), not a local class. */
function isGlobalPromiseTs(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  const symbol = checkerOf(services).getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(node));
  const declarations = symbol?.declarations ?? [];
  return declarations.length > 0 && declarations.every((declaration) => services.program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
}

/** True when `node` is an array or tuple (`.map` on anything else may not be Array#map). */
function isArrayLike(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  const checker = checkerOf(services);
  const type = typeOf(services, node);
  return (type.isUnion() ? type.types : [type]).every((part) => checker.isArrayType(part) || checker.isTupleType(part));
}
