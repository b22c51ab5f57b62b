import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import { constInitializer } from '../scope/initializers.js';
import { isPromisifiedTimerCall } from '../scope/timers.js';
import { isListenerRegistration } from '../syntax/calls.js';
import { isFunctionNode, isNullOrUndefined, isPromiseStatic, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { checkerOf, isDefaultLibSymbol, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { isThenable, thenableKindOfType } from '../types/thenables.js';
import { callsNeverRejectingLibrary } from './allow-list.js';
import { fieldDeferredCannotReject, selfDeferredFieldCannotReject } from './field-deferreds.js';
import { cannotThrowTs, containsTs, isSettleFunctionTs, isThrow, mentions } from './cannot-throw.js';
import { callsQuietFunction } from './quiet-functions.js';
import { mayThrowSynchronously } from './stored-throws.js';
import {
  declarationsAt,
  declaredCallCannotReject,
  declaredFunctionsCannotReject,
  functionCannotReject,
  functionOfDeclaration,
  handlerCannotThrow,
  invokesOnlyHandedCallbacks,
  isHandedCallbackTs,
  returnedExpressions,
} from './function-can-reject.js';
import { taskCallCannotReject } from './task-results.js';
import { isObjectAssign } from './value-nesting.js';
import { holderLeavesRejectAlone, rejectKeysOfDeferredHelper } from './unused-rejects.js';

/*
 * The `promises/` folder holds the models of settling and observing: which promises float, which
 * stored promises are abandoned or left rejecting, which cannot reject at all (this module, the
 * precision core every other model leans on), where a promise is used as its value or read before it
 * settles, where a function stands in for a promise, and which loops reuse a settled promise.
 */

/*
 * "Cannot reject" is the precision core: a promise that can never reject cannot crash the process
 * with an unhandled rejection, so stored-promise and callback reports about it are noise. The
 * analysis is deliberately syntactic and conservative about what it accepts:
 * - `p.catch(handler)` / `p.then(ok, handler)` whose handlers contain no `throw`;
 * - `Promise.resolve(value)`, `Promise.allSettled(…)`, `Promise.all([...])` of non-rejecting parts;
 * - `new Promise(resolve => …)` executors without `reject`, `throw` or calls likely to throw, and
 *   executors that call `resolve()` before anything could reject them;
 * - calls of async functions whose every `await` is inside a `try` with a `catch` that does not rethrow
 *   (the declaration may be in another file: it is read from the TypeScript AST), or waits for
 *   what cannot reject; of wrappers that only pass on their callbacks' promises, given callbacks
 *   that cannot reject; of plain helpers whose every `return` cannot reject (`sleep(ms)`);
 * - `.then(onFulfilled)` whose callback cannot throw, settles the executor, or only invokes a
 *   callback the code was handed (the microtask scheduler idiom), on a source that cannot reject;
 * - `deferred.promise` of a local helper's resolve-only deferred, or of one whose `reject` the
 *   holder never touches (`unused-rejects.ts`); `this.ready.promise` of a `Promise.withResolvers()`
 *   field whose `reject` no file of the program reads (`field-deferreds.ts`);
 * - `node:timers/promises` sleeps without an abort signal, and library promises documented never
 *   to reject (`allow-list.ts`);
 * - a scheduler's promise of a task that cannot reject, with no signal or timeout in reach
 *   (`queue.add(async () => 'x')`, see `task-results.ts`).
 */

export const timerGlobals = new Set(['setTimeout', 'setImmediate', 'queueMicrotask', 'setInterval']);

/** True when a rejection handler argument is a function that does not throw, or a named function (assumed to report). */
function isSafeHandler(analysis: Analysis, node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  if (isFunctionNode(node)) return handlerCannotThrow(analysis.services.esTreeNodeToTSNodeMap.get(node));
  if (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') return false;
  // `.catch(reject)` with the `reject` of a `new Promise` executor: it hands the error on and never throws.
  if (node.type === AST_NODE_TYPES.Identifier && isSettleFunctionTs(analysis, analysis.services.esTreeNodeToTSNodeMap.get(node)))
    return true;
  if (node.type === AST_NODE_TYPES.Identifier && node.name === 'reject') return false;
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression) {
    const symbol = checkerOf(analysis).getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(node));
    const fn = functionOfDeclaration(symbol?.valueDeclaration);
    return fn ? handlerCannotThrow(fn) : true;
  }
  return false;
}

/**
 * True when a `.then` fulfilment callback cannot make the chain reject: a function whose body
 * cannot throw (settle calls allowed), an executor's `resolve`/`reject` passed as is, or a plain
 * function (or reference) that only invokes a callback the code was handed (see
 * `isHandedCallbackTs`: the microtask scheduler idiom).
 */
function fulfilmentCannotThrow(analysis: Analysis, node: TSESTree.Node | undefined): boolean {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return false;
  const tsNode = analysis.services.esTreeNodeToTSNodeMap.get(node);
  if (isFunctionNode(node)) {
    const body = analysis.services.esTreeNodeToTSNodeMap.get(node.body);
    return cannotThrowTs(body, analysis) || invokesOnlyHandedCallbacks(analysis, tsNode);
  }
  return isSettleFunctionTs(analysis, tsNode) || isHandedCallbackTs(analysis, tsNode as ts.Expression);
}

/**
 * True when a `new Promise(executor)` cannot reject. Without a `reject` parameter (or with an
 * `async` executor, whose throws reject its own promise, not this one) only a synchronous throw
 * in the executor rejects, so its synchronous part must hold no `throw` and only calls unlikely to
 * throw: `resolve(…)` with a value that is no rejecting promise, timers, listener registrations,
 * and calls that are handed `resolve`, `reject` or a function (wiring them up for later). With a
 * `reject` parameter, the executor must call `resolve()` unconditionally in its own body before
 * any `reject(…)`, `throw`, `return` or `await`: the promise is then fulfilled before anyone waits,
 * and later calls of `reject` do nothing.
 */
function executorCannotReject(analysis: Analysis, executor: TSESTree.Node | undefined): boolean {
  if (!isFunctionNode(executor) || executor.params.length > 2) return false;
  const [resolve, reject] = executor.params;
  const resolveName = resolve?.type === AST_NODE_TYPES.Identifier ? resolve.name : undefined;
  let rejectName = reject?.type === AST_NODE_TYPES.Identifier ? reject.name : undefined;
  if (reject !== undefined && rejectName === undefined) return false;
  const tsExecutor = analysis.services.esTreeNodeToTSNodeMap.get(executor);
  const isNamed = (node: ts.Node, name: string | undefined): boolean => name !== undefined && ts.isIdentifier(node) && node.text === name;
  // A `reject` parameter that the body never mentions is as good as none.
  const tsBody = (tsExecutor as ts.FunctionLikeDeclaration).body;
  if (rejectName !== undefined && tsBody && !mentions(tsBody, rejectName)) rejectName = undefined;
  if (rejectName === undefined) {
    if (executor.async) return true;
    return resolveOnlyExecutorCannotThrow(analysis, tsExecutor, resolveName);
  }
  if (executor.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  const body = analysis.services.esTreeNodeToTSNodeMap.get(executor.body) as ts.Block;
  for (const statement of body.statements) {
    if (
      ts.isExpressionStatement(statement) &&
      ts.isCallExpression(statement.expression) &&
      isNamed(statement.expression.expression, resolveName)
    ) {
      return resolvesWithPlainValue(analysis, statement.expression);
    }
    // Everything before the `resolve()` runs first: it must not settle, leave or pause the executor.
    if (
      ts.isReturnStatement(statement) ||
      isThrow(statement) ||
      containsTs(
        statement,
        (child) =>
          isThrow(child) ||
          ts.isReturnStatement(child) ||
          ts.isAwaitExpression(child) ||
          (ts.isCallExpression(child) && isNamed(child.expression, rejectName)),
      )
    )
      return false;
  }
  return false;
}

/**
 * True when an executor without `reject` (written here or in another file) cannot throw in its
 * synchronous part: no `throw`, and only calls that wire things up (see `isWiringCall`) or run a
 * local function whose body cannot throw (`check()` that polls and resolves).
 */
export function resolveOnlyExecutorCannotThrow(analysis: Analysis, executor: ts.Node, resolveName: string | undefined): boolean {
  return !containsTs(
    executor,
    (child) =>
      isThrow(child) ||
      (ts.isCallExpression(child) &&
        !isWiringCall(analysis, child, resolveName) &&
        !isWiringChainHead(analysis, child, resolveName) &&
        !callsQuietFunction(analysis, child, (body) => cannotThrowTs(body, analysis))),
  );
}

/**
 * `this.adapter.leave(timeout).receive('ok', () => resolve('ok')).receive('error', …)`: the call
 * that makes the object the callbacks are wired on, when no throw is expected of it (see
 * `mayThrowSynchronously`: not `JSON.parse`, not a function of this program that throws).
 */
function isWiringChainHead(analysis: Analysis, call: ts.CallExpression, resolveName: string | undefined): boolean {
  const access = call.parent;
  const outer = access && ts.isPropertyAccessExpression(access) && access.expression === call ? access.parent : undefined;
  if (!outer || !ts.isCallExpression(outer) || outer.expression !== access) return false;
  return (
    (isWiringCall(analysis, outer, resolveName) || isWiringChainHead(analysis, outer, resolveName)) &&
    !mayThrowSynchronously(analysis, call)
  );
}

/** True for a call in an executor that is unlikely to throw (see `executorCannotReject`). */
function isWiringCall(analysis: Analysis, call: ts.CallExpression, resolveName: string | undefined): boolean {
  const callee = call.expression;
  const isResolve = (node: ts.Node): boolean => resolveName !== undefined && ts.isIdentifier(node) && node.text === resolveName;
  if (isResolve(callee)) return resolvesWithPlainValue(analysis, call);
  if (ts.isIdentifier(callee) && timerGlobals.has(callee.text)) return true;
  if (ts.isPropertyAccessExpression(callee) && isListenerRegistration(callee.name.text)) return true;
  const wires = (argument: ts.Node): boolean =>
    isResolve(argument) ||
    ts.isArrowFunction(argument) ||
    ts.isFunctionExpression(argument) ||
    (ts.isObjectLiteralExpression(argument) &&
      argument.properties.some(
        (property) =>
          ts.isMethodDeclaration(property) ||
          (ts.isPropertyAssignment(property) && wires(property.initializer)) ||
          (ts.isShorthandPropertyAssignment(property) && isResolve(property.name)),
      ));
  return call.arguments.some(wires);
}

/** True when `resolve(value)` fulfils: no value, or one that is no promise that may reject. */
function resolvesWithPlainValue(analysis: Analysis, call: ts.CallExpression): boolean {
  const [value] = call.arguments;
  if (value === undefined) return true;
  // An `any` value is taken as plain here: resolving with an untyped promise is rare.
  if (thenableKindOfType(analysis, checkerOf(analysis).typeOfTsNode(value)) === false) return true;
  const estree = analysis.services.tsNodeToESTreeNodeMap.get(value) as TSESTree.Node | undefined;
  return estree !== undefined && cannotReject(analysis, estree);
}

/**
 * Sleeps documented to reject only through their abort signal: `node:timers/promises`
 * (`setTimeout(ms, value, { signal })`) and the `delay` package (`delay(ms, { value, signal })`,
 * "rejected with an AbortError if the signal is aborted"), by the file that declares them, the
 * exported names (`delay` is the default export), and how many arguments come before the options.
 * A safe `await` lets `asyncBodyRejections` overlook the plain calls around it, but not
 * assertions, which throw by design.
 */
const plainSleeps: readonly { file: RegExp; names: readonly string[]; optionsAt: number }[] = [
  { file: /[\\/]@types[\\/]node[\\/]timers[\\/]promises\.d\.ts$/, names: ['setTimeout', 'setImmediate'], optionsAt: 2 },
  { file: /[\\/]node_modules[\\/]delay[\\/]index\.d\.ts$/, names: ['default', 'rangeDelay'], optionsAt: 1 },
];

/** True when the callee is a sleep of `plainSleeps` called without an options argument. */
export function isPlainSleep(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const symbol = checkerOf(analysis).getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(call.callee));
  const name = call.callee.type === AST_NODE_TYPES.Identifier ? call.callee.name : memberName(call.callee);
  if (!symbol || !name) return false;
  const resolved = symbol.flags & ts.SymbolFlags.Alias ? checkerOf(analysis).getAliasedSymbol(symbol) : symbol;
  const file = resolved.valueDeclaration?.getSourceFile().fileName ?? resolved.declarations?.[0]?.getSourceFile().fileName;
  const sleep = file === undefined ? undefined : plainSleeps.find((entry) => entry.file.test(file));
  if (!sleep?.names.includes(resolved.getName())) return false;
  // `rangeDelay` takes a minimum and a maximum before its options.
  const optionsAt = resolved.getName() === 'rangeDelay' ? 2 : sleep.optionsAt;
  return call.arguments.length <= optionsAt && call.arguments.every((argument) => argument.type !== AST_NODE_TYPES.SpreadElement);
}

function callCannotReject(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  const method = memberName(callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && method) {
    if (method === 'catch') return isSafeHandler(analysis, call.arguments[0]);
    // `p.then()`: no callbacks, the same outcome as `p` (a marker some code bases put on purpose)
    if ((method === 'then' || method === 'finally') && call.arguments.length === 0) return cannotReject(analysis, callee.object);
    if (method === 'then' && call.arguments.length >= 1) {
      // The chain cannot reject when its source cannot and `onFulfilled` cannot throw, or when a
      // safe `onRejected` catches whatever happens before it.
      const [onFulfilled, onRejected] = call.arguments;
      if (!fulfilmentCannotThrow(analysis, onFulfilled)) return false;
      return call.arguments.length >= 2 ? isSafeHandler(analysis, onRejected) : cannotReject(analysis, callee.object);
    }
    if (method === 'finally') {
      return cannotReject(analysis, callee.object) && isSafeHandler(analysis, call.arguments[0]);
    }
    if (isPromiseStatic(call, ['allSettled']) && isLibPromise(analysis, callee.object)) return true;
    if (isPromiseStatic(call, ['resolve']) && isLibPromise(analysis, callee.object)) {
      const [value] = call.arguments;
      return value === undefined || !isThenable(analysis, value) || cannotReject(analysis, value);
    }
    if (isPromiseStatic(call, ['all', 'race']) && isLibPromise(analysis, callee.object)) {
      const [iterable] = call.arguments;
      return iterable !== undefined && cannotReject(analysis, iterable);
    }
    // `Object.assign(promise, { cancel })`: the promise itself, with methods added (a cancellable sleep)
    if (isObjectAssign(analysis, call)) {
      const [target] = call.arguments;
      return (
        target !== undefined &&
        target.type !== AST_NODE_TYPES.SpreadElement &&
        isThenable(analysis, target) &&
        cannotReject(analysis, target)
      );
    }
    if (method === 'map' && isFunctionNode(call.arguments[0]) && isArrayLike(analysis, callee.object)) {
      return functionCannotReject(analysis, call.arguments[0]);
    }
  }
  if (isFunctionNode(callee)) return functionCannotReject(analysis, callee);
  if (isPlainSleep(analysis, call) || isPromisifiedTimerCall(analysis, call) || callsNeverRejectingLibrary(analysis, call)) return true;
  if (taskCallCannotReject(analysis, call)) return true;
  return declaredCallCannotReject(
    analysis,
    declarationsAt(analysis, analysis.services.esTreeNodeToTSNodeMap.get(callee)),
    call.arguments,
    false,
  );
}

/**
 * True when evaluating `node` yields a promise (or array of promises) that provably cannot reject.
 * Unknown shapes answer `false`, so callers that use this to stay quiet remain sound on the rest.
 */
export function cannotReject(analysis: Analysis, node: TSESTree.Node): boolean {
  const known = verdicts.get(node);
  if (known !== undefined) return known;
  const verdict = decide(analysis, node);
  if (constDepth === 0) verdicts.set(node, verdict);
  return verdict;
}

/**
 * Verdicts per ESTree node (nodes belong to one parse of one file, so the cache never outlives
 * it). A verdict reached while following a `const` initializer may depend on the cycle guard
 * below, so only verdicts reached outside any such walk are kept.
 */
const verdicts = new WeakMap<TSESTree.Node, boolean>();
let constDepth = 0;

function decide(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  switch (target.type) {
    case AST_NODE_TYPES.CallExpression:
      return callCannotReject(analysis, target);
    case AST_NODE_TYPES.NewExpression:
      return (
        target.callee.type === AST_NODE_TYPES.Identifier &&
        target.callee.name === 'Promise' &&
        executorCannotReject(analysis, target.arguments[0])
      );
    case AST_NODE_TYPES.ArrayExpression:
      // An empty array is filled later (`ps.push(load())`): what it will hold is unknown here.
      return (
        target.elements.length > 0 &&
        target.elements.every(
          (element) =>
            element === null ||
            (element.type !== AST_NODE_TYPES.SpreadElement && (!isThenable(analysis, element) || cannotReject(analysis, element))),
        )
      );
    case AST_NODE_TYPES.ConditionalExpression:
      return cannotRejectOrPlain(analysis, target.consequent) && cannotRejectOrPlain(analysis, target.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return cannotRejectOrPlain(analysis, target.left) && cannotRejectOrPlain(analysis, target.right);
    case AST_NODE_TYPES.AwaitExpression:
      return true; // the value of `await x` is never itself a pending promise
    case AST_NODE_TYPES.Identifier:
      return constCannotReject(analysis, target);
    case AST_NODE_TYPES.MemberExpression:
      return (
        returnedPropertyCannotReject(analysis, target) ||
        fieldDeferredCannotReject(analysis, target) ||
        selfDeferredFieldCannotReject(analysis, target) ||
        privateFieldCannotReject(analysis, target)
      );
    default:
      return false;
  }
}

const visitingConsts = new WeakSet<ts.Node>();
const visitingFields = new WeakSet<ts.Node>();
/** Per private field declaration: the values its class writes to it (`false` when a compound write, `+=`, makes them unknown). */
const fieldWrites = new WeakMap<ts.Node, ts.Expression[] | false>();

/** The assignments (`=`, `??=`, `+=`, …) below `root` on the TypeScript tree whose left side `isTarget` accepts. */
function assignmentsIn(root: ts.Node, isTarget: (left: ts.Expression) => boolean): ts.BinaryExpression[] {
  const found: ts.BinaryExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
      isTarget(node.left)
    )
      found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/**
 * `this.#shutdownPromise` (or a `private` field) of a class of this file whose every write, in
 * the class, is a value that cannot reject or no promise at all (`undefined` to reset it):
 * `this.#shutdownPromise = (async () => { try { … } catch (e) { log(e); } })()`. Nothing outside
 * the class can write a private field.
 */
function privateFieldCannotReject(analysis: Analysis, member: TSESTree.MemberExpression): boolean {
  if (member.object.type !== AST_NODE_TYPES.ThisExpression || member.computed) return false;
  const checker = checkerOf(analysis);
  const symbol = checker.getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(member.property));
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isPropertyDeclaration(declaration) || visitingFields.has(declaration)) return false;
  const isPrivate = ts.isPrivateIdentifier(declaration.name) || (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Private) !== 0;
  const owner = declaration.parent;
  if (!isPrivate || !ts.isClassLike(owner) || !analysis.services.tsNodeToESTreeNodeMap.has(owner)) return false;
  // Every read of the field asks about the same writes: collect them once per declaration.
  const values = getOrCreate(fieldWrites, declaration, () => {
    const writes = assignmentsIn(
      owner,
      (left) =>
        ts.isPropertyAccessExpression(left) &&
        left.expression.kind === ts.SyntaxKind.ThisKeyword &&
        checker.getSymbolAtLocation(left.name) === symbol,
    );
    const replacing = (write: ts.BinaryExpression): boolean =>
      write.operatorToken.kind === ts.SyntaxKind.EqualsToken || write.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken;
    if (!writes.every(replacing)) return false;
    return [...(declaration.initializer ? [declaration.initializer] : []), ...writes.map((write) => write.right)];
  });
  if (!values || values.length === 0) return false;
  visitingFields.add(declaration);
  constDepth += 1;
  try {
    return values.every((value) => {
      const estree = analysis.services.tsNodeToESTreeNodeMap.get(value) as TSESTree.Node | undefined;
      return estree !== undefined && (isNullOrUndefined(skipTypeWrappers(estree)) || cannotRejectOrPlain(analysis, estree));
    });
  } finally {
    constDepth -= 1;
    visitingFields.delete(declaration);
  }
}

/** A `const` declared in this file with an initializer that cannot reject. */
function constCannotReject(analysis: Analysis, identifier: TSESTree.Identifier): boolean {
  const symbol = checkerOf(analysis).getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(identifier));
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
  if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) || visitingConsts.has(declaration)) return false;
  const init = analysis.services.tsNodeToESTreeNodeMap.get(declaration.initializer) as TSESTree.Node | undefined;
  if (!init) return false;
  // Every reference to the const asks about the same initializer: answer it once per file.
  const known = verdicts.get(init);
  if (known !== undefined) return known;
  visitingConsts.add(declaration);
  constDepth += 1;
  try {
    const verdict = decide(analysis, init);
    if (constDepth === 1) verdicts.set(init, verdict);
    return verdict;
  } finally {
    constDepth -= 1;
    visitingConsts.delete(declaration);
  }
}

/** True when `node` is a `.then(…)` or `.finally(…)` continuation that provably cannot reject. */
export function isSafeContinuation(analysis: Analysis, node: TSESTree.Node): boolean {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const method = memberName(skipTypeWrappers(call.callee));
  return (method === 'then' || method === 'finally') && cannotReject(analysis, call);
}

function cannotRejectOrPlain(analysis: Analysis, node: TSESTree.Node): boolean {
  return !isThenable(analysis, node) || cannotReject(analysis, node);
}

/** True when a function value (a literal, or a reference to a declared function) is async and cannot reject. */
export function functionValueCannotReject(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (isFunctionNode(target)) return functionCannotReject(analysis, target);
  if (target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) return false;
  return declaredFunctionsCannotReject(analysis, declarationsAt(analysis, analysis.services.esTreeNodeToTSNodeMap.get(target)), false);
}

/**
 * True when `node` calls an async function that swallows its own errors (a helper or IIFE whose
 * whole body is a guarded `try`). Unlike `cannotReject`, sleeps and `Promise.resolve()` do not
 * count: dropping those is a bug of its own (the wait never happens), not just a crash risk.
 */
export function callsSwallowingFunction(analysis: Analysis, node: TSESTree.Node): boolean {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(call.callee);
  if (isFunctionNode(callee)) return callee.async && functionCannotReject(analysis, callee);
  // A scheduled task runs whether or not its promise is kept: dropping the promise loses no work.
  if (taskCallCannotReject(analysis, call)) return true;
  const declarations = declarationsAt(analysis, analysis.services.esTreeNodeToTSNodeMap.get(callee));
  if (declaredCallCannotReject(analysis, declarations, call.arguments, true)) return true;
  // `clearSession(event) { …; return Promise.resolve(); }`: the work is done when the call returns,
  // and the promise handed back is already fulfilled: no wait is skipped, nothing can reject.
  if (declarations.length === 0) return false;
  return declarations.every((declaration) => {
    const fn = functionOfDeclaration(declaration);
    return returnsOnlyFulfilled(fn) || returnsOnlyHandled(analysis, fn, call.arguments);
  });
}

/**
 * True for a plain (not async) function whose every `return` hands back a chain it already
 * handled, or a fulfilled promise: `cancel() { …; return p ? p.then(noop).catch(noop) :
 * Promise.resolve(); }`. The function chose to absorb the failure; the caller dropping the
 * promise loses no rejection. (A sleep's `new Promise(…)` is no such chain: dropping it loses the wait.)
 */
function returnsOnlyHandled(
  analysis: Analysis,
  fn: ts.FunctionLikeDeclaration | undefined,
  args: readonly TSESTree.CallExpressionArgument[],
): boolean {
  if (!fn?.body || (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) !== 0) return false;
  // `const flush = () => db.insert(rows).catch(report)`: an arrow's expression body is what it returns.
  const body = fn.body;
  const returned = ts.isBlock(body) ? returnedExpressions(body) : [body];
  const handled = (expression: ts.Expression): boolean => {
    let target = expression;
    while (ts.isParenthesizedExpression(target)) target = target.expression;
    if (ts.isConditionalExpression(target)) return handled(target.whenTrue) && handled(target.whenFalse);
    if (isFulfilledTs(target)) return true;
    if (ts.isIdentifier(target)) {
      if (!ts.isBlock(body)) return false;
      // `const task = db.insert(rows).then(count, report); tasks.add(task); return task;`
      const initializer = constInitializerInBody(analysis, body, target);
      if (initializer) return handled(initializer);
      return handledUnlessOpted(analysis, fn, body, target, args, (value) => handled(value));
    }
    if (!ts.isCallExpression(target) || !ts.isPropertyAccessExpression(target.expression)) return false;
    const method = target.expression.name.text;
    const handler = method === 'catch' ? target.arguments[0] : method === 'then' ? target.arguments[1] : undefined;
    return (
      handler !== undefined && target.arguments.every((argument) => !ts.isSpreadElement(argument)) && isSafeHandlerTs(analysis, handler)
    );
  };
  return returned !== undefined && returned.length > 0 && returned.every(handled);
}

/** The initializer of a `const` declared directly in `body` that `name` reads. */
function constInitializerInBody(analysis: Analysis, body: ts.Block, name: ts.Identifier): ts.Expression | undefined {
  const declaration = checkerOf(analysis).getSymbolAtLocation(name)?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0 || list.parent.parent !== body) return undefined;
  return declaration.initializer;
}

/**
 * `let promise = query.fetch(opts); if (!opts?.throwOnError) promise = promise.catch(noop); return
 * promise;` called without that option (`executeFetch()`, `executeFetch({ cancelRefetch: false })`):
 * the `let` returned is the handled chain, since the condition holds for these arguments. The `let`
 * is declared in the body and written only there and in that one `if` (no `else`), whose test is
 * `!p?.key` / `!p.key` of a parameter `p`; the argument leaves `key` out (no argument, or an object
 * literal without it or with it `false`).
 */
function handledUnlessOpted(
  analysis: Analysis,
  fn: ts.FunctionLikeDeclaration,
  body: ts.Block,
  returned: ts.Identifier,
  args: readonly TSESTree.CallExpressionArgument[],
  handled: (value: ts.Expression) => boolean,
): boolean {
  const checker = checkerOf(analysis);
  const symbol = checker.getSymbolAtLocation(returned);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || declaration.parent.parent.parent !== body) return false;
  const writes = assignmentsIn(body, (left) => ts.isIdentifier(left) && checker.getSymbolAtLocation(left) === symbol);
  const [write] = writes;
  if (writes.length !== 1 || write!.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !handled(write!.right)) return false;
  // The write is the only statement of an `if` without `else`, directly in the body.
  let statement: ts.Node = write!.parent;
  if (!ts.isExpressionStatement(statement)) return false;
  if (ts.isBlock(statement.parent) && statement.parent.statements.length === 1) statement = statement.parent;
  const guard = statement.parent;
  if (!ts.isIfStatement(guard) || guard.elseStatement || guard.parent !== body) return false;
  const test = guard.expression;
  if (!ts.isPrefixUnaryExpression(test) || test.operator !== ts.SyntaxKind.ExclamationToken) return false;
  const read = test.operand;
  if (!ts.isPropertyAccessExpression(read) || !ts.isIdentifier(read.expression)) return false;
  const index = fn.parameters.findIndex(
    (parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === (read.expression as ts.Identifier).text,
  );
  if (index < 0) return false;
  const key = read.name.text;
  const argument = args[index];
  if (args.slice(0, index + 1).some((item) => item.type === AST_NODE_TYPES.SpreadElement)) return false;
  if (argument === undefined) return true;
  if (argument.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return argument.properties.every((property) => {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) return false;
    const name = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : undefined;
    if (name !== key) return name !== undefined;
    return property.value.type === AST_NODE_TYPES.Literal && property.value.value === false;
  });
}

/** A rejection handler on the TypeScript tree that cannot throw: a function written in place, or one it names. */
function isSafeHandlerTs(analysis: Analysis, handler: ts.Expression): boolean {
  if (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) return handlerCannotThrow(handler);
  if (!ts.isIdentifier(handler) && !ts.isPropertyAccessExpression(handler)) return false;
  const checker = checkerOf(analysis);
  const symbol = checker.getSymbolAtLocation(ts.isIdentifier(handler) ? handler : handler.name);
  const resolved = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const fn = functionOfDeclaration(resolved?.valueDeclaration ?? resolved?.declarations?.[0]);
  return fn !== undefined && handlerCannotThrow(fn);
}

/** True for a plain (not async) function with a body whose every `return` is `Promise.resolve(v)` of a value that is no thenable. */
function returnsOnlyFulfilled(fn: ts.FunctionLikeDeclaration | undefined): boolean {
  if (!fn?.body || !ts.isBlock(fn.body) || (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) !== 0) return false;
  const returned = returnedExpressions(fn.body);
  return (
    returned !== undefined &&
    returned.length > 0 &&
    returned.every((expression) => isFulfilledTs(ts.isParenthesizedExpression(expression) ? expression.expression : expression))
  );
}

/** `Promise.resolve()` of nothing, a literal, `undefined` or an object literal. */
function isFulfilledTs(target: ts.Expression): boolean {
  if (!ts.isCallExpression(target) || target.arguments.length > 1 || !ts.isPropertyAccessExpression(target.expression)) return false;
  const { expression: object, name } = target.expression;
  if (!ts.isIdentifier(object) || object.text !== 'Promise' || name.text !== 'resolve') return false;
  const [value] = target.arguments;
  return (
    value === undefined ||
    ts.isLiteralExpression(value) ||
    (ts.isIdentifier(value) && value.text === 'undefined') ||
    ts.isObjectLiteralExpression(value)
  );
}

/**
 * True for `deferred.promise` where `deferred` is what a local helper returns (the call, or a
 * `const` holding it) and every `return` of that plain helper is an object literal whose `promise`
 * cannot reject: a resolve-only deferred (`{ promise, resolve }`) built by `new Promise` whose
 * executor only hands out its `resolve`, or a deferred handing out its `reject` too that this
 * holder never uses (see `unused-rejects.ts`).
 */
function returnedPropertyCannotReject(analysis: Analysis, member: TSESTree.MemberExpression): boolean {
  const name = member.computed ? undefined : memberName(member);
  const source = skipTypeWrappers(member.object);
  const call = source.type === AST_NODE_TYPES.Identifier ? constInitializer(analysis, source) : source;
  if (name === undefined || call?.type !== AST_NODE_TYPES.CallExpression) return false;
  const declarations = declarationsAt(analysis, analysis.services.esTreeNodeToTSNodeMap.get(skipTypeWrappers(call.callee)));
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const fn = functionOfDeclaration(declaration);
      if (!fn?.body || !ts.isBlock(fn.body) || ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) return false;
      if (visitingHelpers.has(fn)) return false;
      visitingHelpers.add(fn);
      try {
        const returned = returnedExpressions(fn.body);
        if (returned !== undefined && returned.length > 0 && returned.every((value) => propertyCannotReject(analysis, value, name))) {
          return true;
        }
        // A deferred that also hands out its `reject`, which this holder never uses.
        const rejectKeys = rejectKeysOfDeferredHelper(fn, name);
        return rejectKeys !== undefined && holderLeavesRejectAlone(analysis, source, rejectKeys);
      } finally {
        visitingHelpers.delete(fn);
      }
    })
  );
}

/** Helpers whose returned objects are being read (a helper may return its own result's property). */
const visitingHelpers = new WeakSet<ts.Node>();

/** True when `value` is an object literal (in the linted file) whose property `name` holds a promise that cannot reject. */
function propertyCannotReject(analysis: Analysis, value: ts.Expression, name: string): boolean {
  const literal = analysis.services.tsNodeToESTreeNodeMap.get(value) as TSESTree.Node | undefined;
  if (literal?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const properties = literal.properties.filter(
    (property) =>
      property.type === AST_NODE_TYPES.SpreadElement ||
      (!property.computed && property.key.type === AST_NODE_TYPES.Identifier && property.key.name === name),
  );
  const [property] = properties;
  if (properties.length !== 1 || property?.type !== AST_NODE_TYPES.Property || property.kind !== 'init') return false;
  // `{ promise }`: the checker reads a shorthand name as the property, so the local is found by scope.
  if (!property.shorthand) return cannotReject(analysis, property.value);
  const init = constInitializer(analysis, property.value);
  return init !== undefined && cannotReject(analysis, init);
}

/**
 * True when `Promise` here is the built-in one as the checker sees it: declared only in TypeScript's
 * default lib files (not a local class, an import, nor a lib type a project's `.d.ts` augments).
 * This analysis holds only parser services; with the source code at hand, `isGlobalIdentifier`
 * (scope/globals.ts) asks whether the file binds the name.
 */
function isLibPromise(analysis: Analysis, node: TSESTree.Node): boolean {
  return isDefaultLibSymbol(analysis, checkerOf(analysis).getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(node)));
}

/** True when `node` is an array or tuple (`.map` on anything else may not be Array#map). */
export function isArrayLike(analysis: Analysis, node: TSESTree.Node): boolean {
  const checker = checkerOf(analysis);
  const type = typeOf(analysis, node);
  return unionMembers(type).every((part) => checker.isArrayType(part) || checker.isTupleType(part));
}
