import ts from 'typescript';

import type { Analysis } from '../context.js';
import { isListenerRegistration, isLoggerName, isLoggingMethodName, timerNames } from '../syntax/calls.js';
import { checkerOf, isDefaultLibSymbol } from '../types/checker.js';
import { isOpaqueType, unionMembers } from '../types/members.js';
import { callsAsyncFunction, callsQuietFunction } from './quiet-functions.js';
import { isNodeTypingsFile } from '../types/node-typings.js';

/*
 * Can a piece of code throw synchronously? The TypeScript-tree walk behind "this callback or task
 * cannot reject": calls count as able to throw unless they are bookkeeping (timers, collection
 * methods on `this`), settle functions, listener registrations, quiet standard-library methods
 * (array methods too, when the callback written there is quiet) and constructors,
 * async functions of this program (they reject instead), or functions of this program whose
 * bodies cannot throw; property chains on present values and
 * built-in error constructions do not throw.
 */

/** True when an identifier named `name` occurs anywhere under `node`, nested functions included. */
export function mentions(node: ts.Node, name: string): boolean {
  const visit = (child: ts.Node): boolean => (ts.isIdentifier(child) && child.text === name) || ts.forEachChild(child, visit) === true;
  return ts.forEachChild(node, visit) === true;
}

/**
 * True when a TS subtree (outside nested functions) contains a node that makes `test` true;
 * subtrees in `skipped` are not searched.
 */
export function containsTs(node: ts.Node, test: (child: ts.Node) => boolean, skipped?: ReadonlySet<ts.Node>): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found || skipped?.has(child)) return;
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

/**
 * True when evaluating the TS subtree cannot throw: no calls, `new`, `await`, `throw`, `delete`,
 * tagged templates, and no property reads except on `this` (`this.started`, `this.count += 1`).
 * Given the analysis, calls of an executor's `resolve`/`reject` count as safe (settle functions
 * never throw), and so does building a built-in error (`new Error('timed out')`). Subtrees in
 * `skipped` are left out.
 */
export function cannotThrowTs(node: ts.Node, analysis?: Analysis, skipped?: ReadonlySet<ts.Node>): boolean {
  const risky = (child: ts.Node): boolean =>
    (ts.isCallExpression(child) &&
      !isSafeBuiltinCall(child) &&
      !(
        analysis &&
        (isSettleFunctionTs(analysis, child.expression) ||
          isStoredSettleCall(analysis, child) ||
          isNativePromiseCall(analysis, child) ||
          isListenerRegistrationOnValue(analysis, child) ||
          isEventDispatch(analysis, child) ||
          (hasPresentCallee(analysis, child) &&
            (isQuietLibCall(analysis, child) ||
              callsAsyncFunction(analysis, child) ||
              callsQuietFunction(analysis, child, (body) => cannotThrowTs(body, analysis)))))
      )) ||
    (ts.isNewExpression(child) &&
      !(analysis && (isQuietLibConstruction(analysis, child) || isQuietErrorClassConstruction(analysis, child)))) ||
    ts.isAwaitExpression(child) ||
    isThrow(child) ||
    ts.isDeleteExpression(child) ||
    ts.isTaggedTemplateExpression(child) ||
    ts.isYieldExpression(child) ||
    ((ts.isPropertyAccessExpression(child) || ts.isElementAccessExpression(child)) &&
      !isRootedAtThis(child) &&
      !(analysis && ts.isPropertyAccessExpression(child) && isReadOfPresentValue(analysis, child)));
  return !risky(node) && !containsTs(node, risky, skipped);
}

/**
 * True when `node` names a settle function of a `new Promise(…)` executor written here (its
 * first or second parameter): `resolve` and `reject` never throw.
 */
export function isSettleFunctionTs(analysis: Analysis, node: ts.Node): boolean {
  if (!ts.isIdentifier(node)) return false;
  const declaration = checkerOf(analysis).getSymbolAtLocation(node)?.valueDeclaration;
  if (!declaration || !ts.isParameter(declaration)) return false;
  const executor = declaration.parent;
  const construct = executor.parent;
  return (
    (ts.isArrowFunction(executor) || ts.isFunctionExpression(executor)) &&
    executor.parameters.indexOf(declaration) <= 1 &&
    construct !== undefined &&
    ts.isNewExpression(construct) &&
    construct.arguments?.[0] === executor &&
    ts.isIdentifier(construct.expression) &&
    construct.expression.text === 'Promise'
  );
}

/**
 * True for `worker.concurrency`, `job.data.id`, `controller?.signal.aborted`: a property chain on a
 * local, a parameter or a call's result whose every object is an object type or a primitive (not `any`/`unknown`), and present
 * (no `null`/`undefined`) unless an optional chain ends the expression first when it is missing.
 * Such a read or write does not throw (accessors aside).
 */
function isReadOfPresentValue(analysis: Analysis, access: ts.PropertyAccessExpression): boolean {
  const object = access.expression;
  // On a call's result (`name.trim().toLowerCase()`) the call is judged on its own as part of the walk.
  const rooted = ts.isPropertyAccessExpression(object)
    ? isReadOfPresentValue(analysis, object)
    : ts.isIdentifier(object) || ts.isCallExpression(object);
  if (!rooted) return false;
  const parts = unionMembers(checkerOf(analysis).typeOfTsNode(object));
  const missing = parts.filter((part) => (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0);
  if (missing.length > 0 && !ts.isOptionalChain(access)) return false;
  const present = parts.filter((part) => !missing.includes(part));
  return present.length > 0 && present.every((part) => !isOpaqueType(part) && (part.flags & presentFlags) !== 0);
}

/** Objects, and primitives whose properties read their wrapper's (`name.length`, `code.toLowerCase`). */
const presentFlags =
  ts.TypeFlags.Object | ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike;

/** `f(…)`, `this.reset(…)`, `queue.pause(…)`: a callee that is a name or a method of a present value. */
function hasPresentCallee(analysis: Analysis, call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return true;
  return (
    ts.isPropertyAccessExpression(callee) &&
    !call.questionDotToken &&
    (isRootedAtThis(callee.expression) || isReadOfPresentValue(analysis, callee))
  );
}

/**
 * Methods of the default library that return without throwing for any argument: collection
 * bookkeeping (`list.push(x)`, `seen.has(id)`, `cache.set(k, v)`), copies that call nothing back
 * (`lists.flat()`, `a.concat(b)`, `map.values()`), plain string tests and cases
 * (`name.startsWith('x')`, `code.toLowerCase()`), clocks and arithmetic (`Date.now()`,
 * `Math.max(…)`), type tests (`Array.isArray(x)`), and `AbortController#abort` (an abort listener
 * that throws is reported by the event target, not thrown into the caller).
 */
/**
 * Lifecycle methods of Node's streams and sockets (`socket.end()`, `stream.destroy()`,
 * `res.resume()`): a failure there goes to the stream's `error` event or callback, not to the
 * caller. (Only for arguments their types accept, as everywhere here.)
 */
const nodeStreamLifecycle = new Set([
  'end',
  'destroy',
  'pause',
  'resume',
  'ref',
  'unref',
  'cork',
  'uncork',
  'setNoDelay',
  'setKeepAlive',
  'setEncoding',
]);

const quietLibMethods = new Set([
  'flat',
  'concat',
  'keys',
  'values',
  'entries',
  'startsWith',
  'endsWith',
  'trim',
  'toLowerCase',
  'toUpperCase',
  'push',
  'unshift',
  'pop',
  'shift',
  'includes',
  'indexOf',
  'lastIndexOf',
  'at',
  'slice',
  'has',
  'get',
  'add',
  'set',
  'delete',
  'clear',
  'now',
  'abs',
  'min',
  'max',
  'floor',
  'ceil',
  'round',
  'trunc',
  'random',
  'isArray',
  'isInteger',
  'isFinite',
  'isNaN',
  // `controller.abort(reason)`: listeners that throw are reported, not thrown into the caller.
  'abort',
]);

/**
 * Array methods that call their callback and nothing else that throws (`reduce` is not one: it
 * throws on an empty array without a start value): quiet when the callback written there is.
 */
const callbackLibMethods = new Set([
  'map',
  'filter',
  'forEach',
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
]);

/** True when `call`'s first argument is a function written there whose body cannot throw (`(e) => e.toLowerCase()`). */
function hasQuietCallback(analysis: Analysis, call: ts.CallExpression): boolean {
  const [callback] = call.arguments;
  if (!callback || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) return false;
  return cannotThrowTs(callback.body, analysis);
}

/**
 * A call of one of `quietLibMethods` (or of `callbackLibMethods` with a quiet callback) that
 * resolves to the default library's declaration.
 */
function isQuietLibCall(analysis: Analysis, call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const method = callee.name.text;
  if (
    !quietLibMethods.has(method) &&
    !nodeStreamLifecycle.has(method) &&
    !(callbackLibMethods.has(method) && hasQuietCallback(analysis, call))
  )
    return false;
  const declaration = checkerOf(analysis).resolvedSignature(call)?.declaration;
  if (declaration === undefined) return false;
  const file = declaration.getSourceFile();
  // Node's own typings declare `AbortController` and `performance` for projects without the DOM lib.
  return (
    analysis.services.program.isSourceFileDefaultLibrary(file) ||
    ((method === 'abort' || method === 'now' || nodeStreamLifecycle.has(method)) && isNodeTypingsFile(file.fileName))
  );
}

/** `emitter.on('done', listener)` on a value typed as present: registering a listener returns at once. */
function isListenerRegistrationOnValue(analysis: Analysis, call: ts.CallExpression): boolean {
  const callee = call.expression;
  return (
    ts.isPropertyAccessExpression(callee) &&
    isListenerRegistration(callee.name.text) &&
    (isRootedAtThis(callee.expression) || isReadOfPresentValue(analysis, callee))
  );
}

/**
 * `this.emit('close')`, `emitter.emit('progress', n)`: firing an event other than `error` on a
 * present value runs its listeners and returns; it throws only when a listener does, which is that
 * listener's failure (thrown the same way from any other place that fires the event). `emit('error')`
 * throws by itself when nobody listens.
 */
function isEventDispatch(analysis: Analysis, call: ts.CallExpression): boolean {
  const callee = call.expression;
  const [event] = call.arguments;
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'emit' &&
    event !== undefined &&
    ts.isStringLiteralLike(event) &&
    event.text !== 'error' &&
    (isRootedAtThis(callee.expression) || isReadOfPresentValue(analysis, callee))
  );
}

/**
 * Constructors of the default lib that never throw for arguments their types accept: the built-in
 * errors, collections filled from an iterable (`new Set(ids)`, `new Map(entries)`), `new Date(…)`
 * (an invalid date is a value) and `new AbortController()`.
 */
const quietConstructors = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'AggregateError',
  'Set',
  'Map',
  'WeakSet',
  'WeakMap',
  'Date',
  'AbortController',
]);

/** True for `new Error(…)` (or another quiet constructor above) of the default lib, not a local class of that name. */
function isQuietLibConstruction(analysis: Analysis, node: ts.NewExpression): boolean {
  if (!ts.isIdentifier(node.expression) || !quietConstructors.has(node.expression.text)) return false;
  return isDefaultLibSymbol(analysis, checkerOf(analysis).getSymbolAtLocation(node.expression));
}

/** Methods of a native promise and of `Promise` itself: none throws synchronously (a failure rejects the promise they return). */
const promiseMethods = new Set(['then', 'catch', 'finally']);
const promiseStatics = new Set(['resolve', 'reject', 'all', 'allSettled', 'race', 'any', 'withResolvers']);

/**
 * `p.then(onOk, onErr)`, `Promise.resolve().then(run)`, `Promise.all(tasks)`: calls of the
 * default lib's `Promise` methods (not `PromiseLike`'s, which any thenable implements) on a present
 * value. They return a promise and report every failure through it.
 */
function isNativePromiseCall(analysis: Analysis, call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || call.questionDotToken) return false;
  const method = callee.name.text;
  if (promiseStatics.has(method) && ts.isIdentifier(callee.expression) && callee.expression.text === 'Promise')
    return isDefaultLibSymbol(analysis, checkerOf(analysis).getSymbolAtLocation(callee.expression));
  if (!promiseMethods.has(method) || !hasPresentCallee(analysis, call)) return false;
  const declaration = checkerOf(analysis).resolvedSignature(call)?.declaration;
  if (!declaration || !analysis.services.program.isSourceFileDefaultLibrary(declaration.getSourceFile())) return false;
  const owner = declaration.parent;
  return ts.isInterfaceDeclaration(owner) && owner.name.text === 'Promise';
}

/**
 * `item.reject(new CancelledError())`, `waiter.resolve(value)`: a member named `resolve` or
 * `reject`, declared only as a signature returning `void` (an interface or type literal, as a
 * queue entry or pending-request record holding a deferred's settle functions is written). No body
 * is written anywhere to throw; the approximation is that what is stored there is a promise's settle
 * function, as the name and type say.
 */
function isStoredSettleCall(analysis: Analysis, call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !settleNames.has(callee.name.text) || !hasPresentCallee(analysis, call)) return false;
  const checker = checkerOf(analysis);
  const declarations = checker.getSymbolAtLocation(callee.name)?.declarations ?? [];
  if (declarations.length === 0 || !declarations.every((d) => ts.isMethodSignature(d) || ts.isPropertySignature(d))) return false;
  const signature = checker.resolvedSignature(call);
  return signature !== undefined && (signature.getReturnType().flags & ts.TypeFlags.Void) !== 0;
}

const settleNames = new Set(['resolve', 'reject']);

/**
 * `new TaskCancelledError()`: a class of this program that extends a built-in error (through its
 * own classes), where no class on the way has a constructor, field initializer or parameter default
 * that can throw. Building such an error only fills in fields.
 */
function isQuietErrorClassConstruction(analysis: Analysis, node: ts.NewExpression): boolean {
  const checker = checkerOf(analysis);
  const program = analysis.services.program;
  let symbol = checker.getSymbolAtLocation(node.expression);
  for (let hops = 0; hops < 5 && symbol; hops++) {
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    if (isDefaultLibSymbol(analysis, symbol)) return quietConstructors.has(symbol.name) && symbol.name.endsWith('Error');
    const declaration = symbol.valueDeclaration;
    if (!declaration || !ts.isClassDeclaration(declaration)) return false;
    const file = declaration.getSourceFile();
    if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file)) return false;
    if (!classBodyCannotThrow(analysis, declaration)) return false;
    const base = declaration.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    if (!base) return false;
    symbol = checker.getSymbolAtLocation(base);
  }
  return false;
}

/** Verdicts per class declaration: a node belongs to one Program, so the node is the key. */
const quietClasses = new WeakMap<ts.ClassDeclaration, boolean>();

/** Field initializers, constructor parameter defaults and the constructor body (its `super(…)` call aside) cannot throw. */
function classBodyCannotThrow(analysis: Analysis, declaration: ts.ClassDeclaration): boolean {
  let verdict = quietClasses.get(declaration);
  if (verdict === undefined) {
    quietClasses.set(declaration, false); // a class building itself in a field initializer counts as able to throw
    verdict = classMembersCannotThrow(analysis, declaration);
    quietClasses.set(declaration, verdict);
  }
  return verdict;
}

function classMembersCannotThrow(analysis: Analysis, declaration: ts.ClassDeclaration): boolean {
  for (const member of declaration.members) {
    if (ts.isPropertyDeclaration(member) && member.initializer && !cannotThrowTs(member.initializer, analysis)) return false;
    if (!ts.isConstructorDeclaration(member)) continue;
    for (const parameter of member.parameters) if (parameter.initializer && !cannotThrowTs(parameter.initializer, analysis)) return false;
    if (!member.body) continue;
    for (const statement of member.body.statements) {
      if (
        ts.isExpressionStatement(statement) &&
        ts.isCallExpression(statement.expression) &&
        statement.expression.expression.kind === ts.SyntaxKind.SuperKeyword
      ) {
        if (!statement.expression.arguments.every((argument) => cannotThrowTs(argument, analysis))) return false;
        continue;
      }
      if (!cannotThrowTs(statement, analysis)) return false;
    }
  }
  return true;
}

/** Methods that do not throw on the collections and timers a setup step uses. */
const safeMethods = new Set(['push', 'unshift', 'add', 'set', 'delete', 'clear', 'has', 'unref', 'ref']);

/**
 * `setInterval(run, ms)`, `process.nextTick(fn)`, `this.timers.push(…)`: bookkeeping calls before
 * a guarded body; and logging (`console.log(…)`, `logger.verbose(…)`, `this.log.debug(…)`), which
 * writes a line and returns.
 */
function isSafeBuiltinCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return timerNames.has(callee.text) || callee.text === 'clearTimeout' || callee.text === 'clearInterval';
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const method = callee.name.text;
  const receiver = callee.expression;
  if (ts.isIdentifier(receiver) && receiver.text === 'process' && method === 'nextTick') return true;
  const owner = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : '';
  if (isLoggingMethodName(method) || isLoggerName(owner)) return true;
  return safeMethods.has(method) && isRootedAtThis(receiver);
}

/** True for `this` and property chains on it (`this.timers`). */
function isRootedAtThis(node: ts.Node): boolean {
  let current = node;
  while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) current = current.expression;
  return current.kind === ts.SyntaxKind.ThisKeyword;
}
