import type { TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import type { Checker } from '../types/checker.js';
import { checkerOf } from '../types/checker.js';
import { thenableKindOfType } from '../types/thenables.js';
import { cannotReject, memoFor, timerGlobals } from './can-reject.js';

/** True when a TS subtree (outside nested functions) contains a node that makes `test` true. */
/** True when an identifier named `name` occurs anywhere under `node`, nested functions included. */
export function mentions(node: ts.Node, name: string): boolean {
  const visit = (child: ts.Node): boolean => (ts.isIdentifier(child) && child.text === name) || ts.forEachChild(child, visit) === true;
  return ts.forEachChild(node, visit) === true;
}

export function containsTs(node: ts.Node, test: (child: ts.Node) => boolean): boolean {
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

export const isThrow = (node: ts.Node): boolean => ts.isThrowStatement(node);

/** True when a handler function body has no `throw` and does not return a rejected promise. */
export function handlerCannotThrow(fn: ts.Node): boolean {
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
export function cannotThrowTs(node: ts.Node): boolean {
  const risky = (child: ts.Node): boolean =>
    (ts.isCallExpression(child) && !isSafeBuiltinCall(child)) ||
    ts.isNewExpression(child) ||
    ts.isAwaitExpression(child) ||
    isThrow(child) ||
    ts.isDeleteExpression(child) ||
    ts.isTaggedTemplateExpression(child) ||
    ts.isYieldExpression(child) ||
    ((ts.isPropertyAccessExpression(child) || ts.isElementAccessExpression(child)) && !isRootedAtThis(child));
  return !risky(node) && !containsTs(node, risky);
}

function isLiteralValue(node: ts.Expression): boolean {
  return (
    ts.isLiteralExpression(node) ||
    [ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(node.kind) ||
    (ts.isIdentifier(node) && node.text === 'undefined')
  );
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
 * True when an async function's body cannot reject. Its asynchronous work must be guarded: every
 * `await` (and `for await`, `await using`) sits in the `try` block of a `try` whose `catch` does
 * not rethrow, or in that `catch`/`finally` (error handling is trusted to be best effort, as
 * before), or waits for something that cannot reject; no `throw` escapes such a `try`; no
 * `return` hands on a promise (a `try` does not catch what a returned promise does later). Plain
 * calls around the guarded parts (`log(e)`, `this.emit('error', e)`, `reject(e)`, `res.end()`)
 * are not held against it: a synchronous throw there is the same risk a synchronous callback
 * has, and this rule family is about the asynchronous failures nobody waits for. A function
 * without any guarded `try` or safe `await` does not count (nothing shows it was meant to be safe).
 */
function asyncBodyCannotReject(analysis: Analysis, fn: ts.FunctionLikeDeclaration): boolean {
  const isAsync = ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async;
  if (!isAsync || !fn.body || !ts.isBlock(fn.body) || ('asteriskToken' in fn && fn.asteriskToken)) return false;
  const checker = checkerOf(analysis);
  let shownSafe = false;
  let escapes = false;
  // 'open': a rejection here rejects the function; 'guarded': inside a catching `try` block;
  // 'handler': in the `catch`/`finally` of a catching `try` (awaits allowed, throws are not).
  type Where = 'open' | 'guarded' | 'handler';
  const visit = (node: ts.Node, where: Where): void => {
    if (escapes || ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isTryStatement(node)) {
      const catches = node.catchClause !== undefined;
      if (catches) shownSafe = true;
      const after: Where = where === 'open' && catches ? 'handler' : where;
      visit(node.tryBlock, catches ? 'guarded' : where);
      if (node.catchClause) visit(node.catchClause.block, after);
      if (node.finallyBlock) visit(node.finallyBlock, after);
      return;
    }
    if (ts.isThrowStatement(node) && where !== 'guarded') {
      escapes = true;
      return;
    }
    if (
      ts.isReturnStatement(node) &&
      node.expression &&
      !ts.isAwaitExpression(skipTsParentheses(node.expression)) &&
      mayBeThenableTs(analysis, checker, node.expression)
    ) {
      escapes = true;
      return;
    }
    if (ts.isAwaitExpression(node) && where === 'open') {
      if (!awaitOperandCannotRejectTs(analysis, checker, node.expression)) {
        escapes = true;
        return;
      }
      shownSafe = true;
    }
    if (
      where === 'open' &&
      ((ts.isForOfStatement(node) && node.awaitModifier) ||
        (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.AwaitUsing) === ts.NodeFlags.AwaitUsing))
    ) {
      escapes = true;
      return;
    }
    ts.forEachChild(node, (child) => visit(child, where));
  };
  visit(fn.body, 'open');
  return shownSafe && !escapes;
}

function skipTsParentheses(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current)) current = current.expression;
  return current;
}

/** True unless the expression's type is known to be neither a thenable nor `any`/`unknown`. */
function mayBeThenableTs(analysis: Analysis, checker: Checker, node: ts.Expression): boolean {
  if (isLiteralValue(skipTsParentheses(node))) return false;
  const type = checker.typeOfTsNode(node);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return true;
  return thenableKindOfType(analysis, type) !== false;
}

/**
 * True when an unguarded `await x` cannot throw: `x` is no thenable, a `.catch(…)` with a handler
 * that does not throw, `Promise.allSettled(…)`, or a call of an async function that cannot reject.
 */
function awaitOperandCannotRejectTs(analysis: Analysis, checker: Checker, operand: ts.Expression): boolean {
  const expression = skipTsParentheses(operand);
  if (!mayBeThenableTs(analysis, checker, expression)) return true;
  if (!ts.isCallExpression(expression)) return false;
  const callee = expression.expression;
  if (ts.isPropertyAccessExpression(callee)) {
    const [handler] = expression.arguments;
    if (callee.name.text === 'catch' && handler && (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) {
      return handlerCannotThrow(handler);
    }
    if (callee.name.text === 'allSettled' && ts.isIdentifier(callee.expression) && callee.expression.text === 'Promise') return true;
  }
  return tsCallCannotReject(analysis, expression);
}

/** True when a TS call resolves only to async functions that cannot reject (across files). */
function tsCallCannotReject(analysis: Analysis, call: ts.CallExpression): boolean {
  const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
  return declaredFunctionsCannotReject(analysis, declarationsAt(analysis, callee), false);
}

/** The declarations of the symbol at a TS node, through `import`/`export` aliases. */
export function declarationsAt(analysis: Analysis, node: ts.Node): readonly ts.Declaration[] {
  const checker = checkerOf(analysis);
  const symbol = checker.getSymbolAtLocation(node);
  const resolved = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return resolved?.declarations ?? [];
}

/** True when every declaration is a function (async, if asked) that cannot reject. */
export function declaredFunctionsCannotReject(analysis: Analysis, declarations: readonly ts.Declaration[], mustBeAsync: boolean): boolean {
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const fn = functionOfDeclaration(declaration);
      if (!fn || (mustBeAsync && (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) === 0)) return false;
      return tsFunctionCannotReject(analysis, fn);
    })
  );
}

/** The function a declaration stands for: a function, method, or `const f = async () => …`. */
export function functionOfDeclaration(declaration: ts.Declaration | undefined): ts.FunctionLikeDeclaration | undefined {
  if (!declaration) return undefined;
  if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) return declaration;
  if ((ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) {
    const init = declaration.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

/** True when the TypeScript function node is async and cannot reject (cached per Program). */
function tsFunctionCannotReject(analysis: Analysis, fn: ts.FunctionLikeDeclaration): boolean {
  const memo = memoFor(analysis);
  const known = memo.get(fn);
  if (known !== undefined) return known;
  memo.set(fn, false); // recursion guard
  let verdict = asyncBodyCannotReject(analysis, fn);
  let fileDependent = false;
  if (!verdict && fn.body && !ts.isBlock(fn.body)) {
    // `async () => p.catch(…)`: decide on the expression when it is in the linted file. From
    // another file the answer is unknown here, so it must not be cached for the whole Program.
    const expression = analysis.services.tsNodeToESTreeNodeMap.get(fn.body);
    fileDependent = expression === undefined;
    verdict = expression !== undefined && cannotReject(analysis, expression as TSESTree.Expression);
  }
  if (fileDependent) memo.delete(fn);
  else memo.set(fn, verdict);
  return verdict;
}

/** True when an ESTree function (callback, IIFE) is async and cannot reject. */
export function functionCannotReject(
  analysis: Analysis,
  fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration,
): boolean {
  return tsFunctionCannotReject(analysis, analysis.services.esTreeNodeToTSNodeMap.get(fn) as ts.FunctionLikeDeclaration);
}
