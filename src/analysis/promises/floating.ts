import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isGlobalIdentifier } from '../scope/globals.js';
import { variableOf } from '../scope/variables.js';
import { calleeName } from '../syntax/calls.js';
import { isFunctionNode, isInsideTry, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { containsInBody, suspendsIn } from '../syntax/walk.js';
import { isTestCode } from '../scope/test-code.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { isOpaqueType, unionMembersThroughConstraints } from '../types/members.js';
import { isArrayOfThenablesType, isSurelyCallableType, mayBeCallableType, thenableKindOfType } from '../types/thenables.js';
import type { Specifier } from './allow-list.js';
import { callsNeverRejectingLibrary, matchesSpecifiers } from './allow-list.js';
import { isQuietContinuationInTest } from './test-continuations.js';
import { callsSwallowingFunction, functionValueCannotReject, isArrayLike, isSafeContinuation } from './can-reject.js';
import { takesExistingPromise } from './existing-promises.js';
import { returnsObservedPromise } from './observed-returns.js';
import { deliversToErrorFirstCallback } from './callback-delivered.js';
import { ignoresCallbackResult, isPromiseReturningFunction } from './ignored-callbacks.js';
import { isBackgroundCheckInTest, isWaitedThroughProgressInTest } from './background-checks.js';
import { isDroppedInCallbackTest, isDroppedInLoudCallback, isLoudTestCallback, isWatchedDropInTest } from './callback-tests.js';
import { isFlushedLaterInTest } from './test-flushes.js';
import { capturesListenerRejections } from './captured-rejections.js';
import {
  isAwaitedThroughArgumentInTest,
  isAwaitedThroughOwnerInTest,
  isTeardownCallInTest,
  isDerivedFromAwaitedInTest,
  isMaybePromiseInTest,
  isProvenToThrowInTest,
  isServiceStoppedByTest,
  isWatcherClosedByTest,
} from './test-semantics.js';

/*
 * Floating promises: promises that code starts and drops, so that nothing awaits, returns or
 * handles them and a rejection goes unhandled. In an expression statement the type of the whole
 * expression decides (a `Promise`, or any thenable when asked), looking through `,`, `? :` and
 * `&&`/`||` (only when the whole may be a promise), `void` (unless it is accepted as an opt-out)
 * and `.finally(…)`; a `.catch`/`.then` whose rejection handler is missing or not callable handles
 * nothing; `await` of an array of promises waits for none of them. Allow-listed calls and types,
 * calls handing back a promise that exists already (`queue.shift()`) and, on request, async IIFEs
 * and calls that cannot reject are exempt. A promise-returning callback passed where its result
 * is ignored (`forEach`, listeners, timers) floats the same way.
 */

/**
 * How a promise floats: dropped, an array of them dropped, `void`ed without a handler, given a
 * handler that handles nothing, or given handlers of which one throws on purpose (the promise the
 * chain returns then rejects with nothing to handle it); or, in a test hook, work the hook does
 * not wait for (`hookWork`, see `isUnwaitedHookWork`).
 */
type FloatingShape = 'promise' | 'array' | 'voided' | 'uselessHandler' | 'throwingHandler' | 'hookWork';

/** A floating promise: the node that drops it and how. */
export interface FloatingPromise {
  node: TSESTree.Expression;
  shape: FloatingShape;
}

/** What counts as floating, and what is exempt. */
export interface FloatingOptions {
  /** Calls and promise types whose dropped promises are fine. */
  allowList: readonly Specifier[];
  /** Exempt calls and callbacks proven unable to reject. */
  allowNonRejecting: boolean;
  /** Count thenables that are not `Promise`s. */
  checkThenables: boolean;
  /** Exempt immediately-invoked function expressions. */
  ignoreIIFE: boolean;
  /** Accept `void promise` as a deliberate opt-out. */
  ignoreVoid: boolean;
}

const promiseMethods = new Set(['then', 'catch', 'finally']);
/** Timers whose callback runs once, after a delay a test can wait past. */
const timerCalls = new Set(['setTimeout', 'setImmediate', 'queueMicrotask', 'nextTick']);

// Methods and statics that return a new array.
const arrayMethods = new Set([
  'map',
  'flatMap',
  'filter',
  'concat',
  'slice',
  'splice',
  'reverse',
  'sort',
  'fill',
  'from',
  'of',
  'toSorted',
  'toReversed',
  'toSpliced',
  'with',
  'flat',
]);

/**
 * The floating promise in an expression statement's expression (or in the `void …` body of an
 * arrow), if any and not exempt. A useless rejection handler is returned without exemptions.
 */
export function floatingPromiseIn(
  analysis: Analysis,
  expression: TSESTree.Expression,
  options: FloatingOptions,
): FloatingPromise | undefined {
  const problem = findProblem(analysis, expression, options);
  if (!problem) return undefined;
  if (problem.shape === 'uselessHandler') return problem;
  const started = problem.shape === 'voided' ? (problem.node as TSESTree.UnaryExpression).argument : problem.node;
  if (problem.shape !== 'array' && isDroppedInCallbackTest(analysis, started)) return undefined;
  if (isExemptByUse(analysis, started, options)) return undefined;
  // In a hook the work matters even when it cannot reject: the next test starts while it runs.
  if (problem.shape === 'promise' && isUnwaitedHookWork(analysis, started)) return { node: problem.node, shape: 'hookWork' };
  return isExemptAsNonRejecting(analysis, started, options) ? undefined : problem;
}

const eachHooks = new Set(['beforeEach', 'afterEach']);

/**
 * In test code, a call dropped in the body of a `beforeEach`/`afterEach` hook of an async function
 * of this program that waits (`await`) before it is done (`afterEach(() => { archive.purgeScratch();
 * })`): the hook returns before that work ends, and the runner starts the next test while it still
 * runs, so a cleanup can undo the next test's setup, or a setup land after the test began.
 */
export function isUnwaitedHookWork(analysis: Analysis, target: TSESTree.Node): boolean {
  if (!isTestCode(analysis) || target.type !== AST_NODE_TYPES.CallExpression) return false;
  const statement = target.parent;
  const block = statement?.type === AST_NODE_TYPES.ExpressionStatement ? statement.parent : undefined;
  const hook = block?.type === AST_NODE_TYPES.BlockStatement ? block.parent : undefined;
  const call = hook && isFunctionNode(hook) ? hook.parent : undefined;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== hook) return false;
  if (call.callee.type !== AST_NODE_TYPES.Identifier || !eachHooks.has(call.callee.name)) return false;
  const declaration = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(target))?.declaration;
  let fn = declaration && (analysis.services.tsNodeToESTreeNodeMap.get(declaration) as TSESTree.Node | undefined);
  // A method maps to its definition; the function is its value.
  if (fn?.type === AST_NODE_TYPES.MethodDefinition || fn?.type === AST_NODE_TYPES.PropertyDefinition) fn = fn.value ?? undefined;
  return isFunctionNode(fn) && fn.async && !fn.generator && suspendsIn(fn.body);
}

/**
 * True when `argument` of `call` is a promise-returning function whose promise `call` ignores
 * (`forEach`, listeners, timers), and it is not exempt.
 */
export function isIgnoredAsyncCallback(
  analysis: Analysis,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  argument: TSESTree.CallExpressionArgument,
  options: FloatingOptions,
): boolean {
  const target = skipTypeWrappers(argument);
  if (!isPromiseReturningFunction(analysis, target, options.checkThenables)) return false;
  if (!ignoresCallbackResult(analysis, argument, call) || capturesListenerRejections(analysis, call)) return false;
  // `ee.once('start', () => dest.run())` with `run(): this`: the callback hands back a promise that exists, it starts none.
  if (
    isFunctionNode(target) &&
    !target.async &&
    target.body.type !== AST_NODE_TYPES.BlockStatement &&
    takesExistingPromise(analysis, target.body)
  )
    return false;
  // `server.on('connection', async (socket) => { … })` inside `it('…', (done) => …)` where rejections are loud
  if (isDroppedInCallbackTest(analysis, call)) return false;
  // `createServer(async (req, res) => { … })` in a test whose rejections fail the run, with no assertion inside
  if (isLoudTestCallback(analysis, call, target)) return false;
  // `setTimeout(async () => …, 10)` in a test that then waits past it with a flush
  if (call.type === AST_NODE_TYPES.CallExpression && timerCalls.has(calleeName(call) ?? '') && isFlushedLaterInTest(analysis, call))
    return false;
  if (options.allowNonRejecting && functionValueCannotReject(analysis, target) && !isUnwaitedLoopBody(analysis, call, target)) return false;
  return !matchesSpecifiers(analysis, call, options.allowList);
}

/**
 * `items.forEach(async (item) => { await handle(item); })` in an async function: the loop returns
 * before any callback has finished, where the function around it could have waited (`for … of`,
 * `Promise.all`). Whether or not the callbacks can reject, the work is dropped.
 */
function isUnwaitedLoopBody(analysis: Analysis, call: TSESTree.CallExpression | TSESTree.NewExpression, target: TSESTree.Node): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (call.type !== AST_NODE_TYPES.CallExpression || callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'forEach')
    return false;
  if (!isFunctionNode(target) || !target.async || !isArrayLike(analysis, callee.object)) return false;
  if (!containsInBody(target.body, (node) => node.type === AST_NODE_TYPES.AwaitExpression)) return false;
  let outer: TSESTree.Node | undefined = call.parent;
  while (outer && !isFunctionNode(outer)) outer = outer.parent;
  return outer !== undefined && isFunctionNode(outer) && outer.async;
}

/**
 * True when the promise `node` makes exists to reject, so that a handler would hide what the
 * statement is for: `Promise.reject(…)` (also through `.finally(…)` and a `.then(onFulfilled)`,
 * which pass the rejection on), `new Promise` whose executor only calls its `reject`, and an
 * async function called at once whose body only throws.
 */
export function rejectsOnPurpose(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.NewExpression) {
    const executor = target.arguments[0];
    if (!isGlobalIdentifier(analysis, target.callee, 'Promise') || !isFunctionNode(executor)) return false;
    const reject = executor.params[1];
    const only = executor.body.type === AST_NODE_TYPES.BlockStatement ? onlyStatement(executor.body) : executor.body;
    const call = only?.type === AST_NODE_TYPES.ExpressionStatement ? only.expression : only;
    return (
      reject?.type === AST_NODE_TYPES.Identifier &&
      call?.type === AST_NODE_TYPES.CallExpression &&
      call.callee.type === AST_NODE_TYPES.Identifier &&
      call.callee.name === reject.name
    );
  }
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(target.callee);
  if (isFunctionNode(callee)) {
    return (
      callee.async &&
      callee.body.type === AST_NODE_TYPES.BlockStatement &&
      onlyStatement(callee.body)?.type === AST_NODE_TYPES.ThrowStatement
    );
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = memberName(callee);
  if (method === 'reject') return isGlobalIdentifier(analysis, callee.object, 'Promise');
  if (method === 'finally' || (method === 'then' && target.arguments.length === 1)) return rejectsOnPurpose(analysis, callee.object);
  return false;
}

function onlyStatement(block: TSESTree.BlockStatement): TSESTree.Statement | undefined {
  return block.body.length === 1 ? block.body[0] : undefined;
}

/**
 * False for an awaited call that cannot return an array: only array methods (`items.map(…)`)
 * and `Array.from`/`of` build one in practice. This spares the checker resolving the type of
 * every `await call()` statement, which no other question here needs.
 */
function mayBeArray(node: TSESTree.Expression): boolean {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return true;
  const name = memberName(skipTypeWrappers(target.callee));
  return name !== undefined && arrayMethods.has(name);
}

/** Whether the value of `node` is a promise (a thenable, when asked) or an array of them. */
function reportedKind(analysis: Analysis, node: TSESTree.Node, options: FloatingOptions): 'promise' | 'array' | false {
  const type = typeOf(analysis, node);
  const kind = thenableKindOfType(analysis, type);
  if (kind === 'promise' || (kind === 'thenable' && options.checkThenables)) return 'promise';
  if (kind === false && isArrayOfThenablesType(analysis, type)) return 'array';
  return false;
}

/**
 * True when a handler argument is a function when the chain calls it: its type may be called
 * (an intersection counts whole: a test double typed `Mock & { (…): R; new (…): R }` is callable
 * though one of its parts is not), or it is a `let` that an executor has assigned by then.
 */
function isRejectionHandler(analysis: Analysis, node: TSESTree.Node | undefined): boolean {
  if (node === undefined || node.type === AST_NODE_TYPES.SpreadElement) return false;
  const type = typeOf(analysis, node);
  if (mayBeCallableType(analysis, type)) return true;
  const parts = unionMembersThroughConstraints(checkerOf(analysis), type);
  if (parts.length > 0 && parts.every((part) => part.getCallSignatures().length > 0 || isOpaqueType(part))) return true;
  return node.type === AST_NODE_TYPES.Identifier && isAssignedByExecutorBefore(analysis, node);
}

/**
 * True when `use` reads a `let` (typed `F | undefined`, declared without a value) that holds a
 * function by then: every assignment stores a function, and one is a statement of a `new Promise`
 * executor, which runs synchronously inside the constructor, in a statement that runs
 * unconditionally before `use` in the same function (`new Promise((r) => (resolve = r))`).
 */
function isAssignedByExecutorBefore(analysis: Analysis, use: TSESTree.Identifier): boolean {
  const variable = variableOf(analysis, use);
  const declarator = variable?.defs.length === 1 ? variable.defs[0]?.node : undefined;
  if (
    declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
    (declarator.init && !isGlobalIdentifier(analysis, declarator.init, 'undefined'))
  )
    return false;
  const writes = variable!.references.filter((reference) => reference.isWrite() && !reference.init);
  const assignments = writes.map((reference) => reference.identifier.parent);
  if (
    assignments.length === 0 ||
    !assignments.every(
      (assignment) =>
        assignment.type === AST_NODE_TYPES.AssignmentExpression &&
        assignment.operator === '=' &&
        isSurelyCallableType(typeOf(analysis, assignment.right)),
    )
  )
    return false;
  return assignments.some((assignment) => {
    const executor = executorRunning(assignment);
    const construct = executor?.parent;
    if (construct?.type !== AST_NODE_TYPES.NewExpression || !isGlobalIdentifier(analysis, construct.callee, 'Promise')) return false;
    const statement = unconditionalStatementOf(construct);
    return statement !== undefined && statement.range[1] <= use.range[0] && runsLaterInSameBody(use, statement);
  });
}

/** The non-async executor (first argument of a `new`) whose own body runs `assignment` at once, if any. */
function executorRunning(assignment: TSESTree.Node): TSESTree.Node | undefined {
  const holder = assignment.parent?.type === AST_NODE_TYPES.ExpressionStatement ? assignment.parent.parent : assignment.parent;
  const executor = holder?.type === AST_NODE_TYPES.BlockStatement ? holder.parent : holder;
  if (!isFunctionNode(executor) || executor.async) return undefined;
  if (executor.body !== holder && executor.body !== assignment) return undefined;
  return executor.parent?.type === AST_NODE_TYPES.NewExpression && executor.parent.arguments[0] === executor ? executor : undefined;
}

/** The statement-list member that evaluates `node` whenever it runs (no branch, loop body or function on the way), if any. */
function unconditionalStatementOf(node: TSESTree.Node): TSESTree.Node | undefined {
  const passThrough = new Set<AST_NODE_TYPES>([
    AST_NODE_TYPES.VariableDeclarator,
    AST_NODE_TYPES.VariableDeclaration,
    AST_NODE_TYPES.ExpressionStatement,
    AST_NODE_TYPES.AssignmentExpression,
    AST_NODE_TYPES.AwaitExpression,
    AST_NODE_TYPES.MemberExpression,
    AST_NODE_TYPES.CallExpression,
    AST_NODE_TYPES.TSAsExpression,
    AST_NODE_TYPES.TSNonNullExpression,
    AST_NODE_TYPES.TSSatisfiesExpression,
  ]);
  for (let current: TSESTree.Node = node; current.parent; current = current.parent) {
    const { parent } = current;
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) return current;
    if (!passThrough.has(parent.type)) return undefined;
  }
  return undefined;
}

/** True when `use` sits in the statement list that holds `statement`, in the same function. */
function runsLaterInSameBody(use: TSESTree.Node, statement: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = use.parent; current; current = current.parent) {
    if (current === statement.parent) return true;
    if (isFunctionNode(current)) return false;
  }
  return false;
}

/**
 * True when a handler written inline in a `.catch(…)`/`.then(…, …)` call has a `throw` statement
 * that leaves it (not caught by a `try` around it, not in a nested function): a rethrow
 * (`.catch((error) => { log(error); throw error; })`) or a check that fails on purpose
 * (`.then(() => { throw new Error('expected a rejection'); }, …)`). Calls that may throw are not
 * counted: any handler may, and typescript-eslint's model, which treats every handler as handling,
 * is kept for them.
 */
function throwsFromHandler(call: TSESTree.CallExpression): boolean {
  return call.arguments.some((argument) => {
    const handler = skipTypeWrappers(argument as TSESTree.Expression);
    return (
      isFunctionNode(handler) &&
      handler.body.type === AST_NODE_TYPES.BlockStatement &&
      containsInBody(handler.body, (node) => node.type === AST_NODE_TYPES.ThrowStatement && !isInsideTry(node, handler.body))
    );
  });
}

/** A handler argument at `index`, or `undefined` when absent or hidden behind a spread. */
function handlerAt(call: TSESTree.CallExpression, index: number): TSESTree.Node | undefined {
  const before = call.arguments.slice(0, index + 1);
  return before.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement) ? undefined : call.arguments[index];
}

/** The unhandled promise inside an expression statement, if any. */
function findProblem(analysis: Analysis, expression: TSESTree.Expression, options: FloatingOptions): FloatingPromise | undefined {
  const node = skipTypeWrappers(expression) as TSESTree.Expression;
  switch (node.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return undefined;
    case AST_NODE_TYPES.AwaitExpression:
      // `await promises` resolves to the array at once: the promises inside are not awaited.
      if (!mayBeArray(node.argument)) return undefined;
      return reportedKind(analysis, node.argument, options) === 'array' ? { node: node.argument, shape: 'array' } : undefined;
    case AST_NODE_TYPES.SequenceExpression:
      for (const part of node.expressions) {
        const problem = findProblem(analysis, part, options);
        if (problem) return problem;
      }
      return undefined;
    case AST_NODE_TYPES.ConditionalExpression:
      // `flag && start()` with `flag: false` can never produce a promise.
      if (!reportedKind(analysis, expression, options)) return undefined;
      return findProblem(analysis, node.consequent, options) ?? findProblem(analysis, node.alternate, options);
    case AST_NODE_TYPES.LogicalExpression:
      if (!reportedKind(analysis, expression, options)) return undefined;
      return findProblem(analysis, node.left, options) ?? findProblem(analysis, node.right, options);
    case AST_NODE_TYPES.UnaryExpression: {
      if (node.operator !== 'void' || options.ignoreVoid) return undefined;
      const inner = findProblem(analysis, node.argument, options);
      return inner && inner.shape !== 'uselessHandler' ? { node, shape: 'voided' } : inner;
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = skipTypeWrappers(node.callee);
      const method = memberName(callee);
      if (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        method &&
        promiseMethods.has(method) &&
        reportedKind(analysis, callee.object, options)
      ) {
        if (method === 'catch' && node.arguments.length > 0 && node.arguments[0]!.type !== AST_NODE_TYPES.SpreadElement) {
          if (!isRejectionHandler(analysis, node.arguments[0])) return { node, shape: 'uselessHandler' };
          return throwsFromHandler(node) ? { node, shape: 'throwingHandler' } : undefined;
        }
        if (method === 'catch' && node.arguments.length === 0) return { node, shape: 'uselessHandler' };
        if (method === 'then' && node.arguments.length >= 2) {
          const handler = handlerAt(node, 1);
          if (handler === undefined) break;
          if (!isRejectionHandler(analysis, handler)) return { node, shape: 'uselessHandler' };
          return throwsFromHandler(node) ? { node, shape: 'throwingHandler' } : undefined;
        }
        if (method === 'finally') {
          // `ready.finally(() => close())` on a promise that cannot reject, with a callback that cannot throw: a deliberate hook.
          if (options.allowNonRejecting && isSafeContinuation(analysis, node)) return undefined;
          return findProblem(analysis, callee.object, options);
        }
      }
      break;
    }
    default:
      break;
  }
  // The type of the whole expression decides: `value as Promise<T>` is a promise.
  const shape = reportedKind(analysis, expression, options);
  return shape ? { node: expression, shape } : undefined;
}

/** True when the promise `node` starts may be dropped for what it is or how it is used: an allow-listed call or type, an IIFE, an existing promise, a test's own ways. */
function isExemptByUse(analysis: Analysis, node: TSESTree.Expression, options: FloatingOptions): boolean {
  const target = skipTypeWrappers(node);
  if (options.ignoreIIFE && target.type === AST_NODE_TYPES.CallExpression && isFunctionNode(skipTypeWrappers(target.callee))) {
    return true;
  }
  if (matchesSpecifiers(analysis, target, options.allowList)) return true;
  // `queue.shift()`, `req.on(…)` returning `this`: no new promise is started here.
  if (takesExistingPromise(analysis, target)) return true;
  // `release()` handing back the worker's promise, which it gave a rejection handler when it made it.
  if (returnsObservedPromise(analysis, target)) return true;
  // `redis.get(key, (err, value) => …)`: a dual API hands the promise's rejection to the callback.
  if (deliversToErrorFirstCallback(analysis, target)) return true;
  if (
    isServiceStoppedByTest(analysis, target) ||
    isWatcherClosedByTest(analysis, target) ||
    isTeardownCallInTest(analysis, target) ||
    isAwaitedThroughOwnerInTest(analysis, target) ||
    isAwaitedThroughArgumentInTest(analysis, target) ||
    isDerivedFromAwaitedInTest(analysis, target) ||
    isMaybePromiseInTest(analysis, target) ||
    isProvenToThrowInTest(analysis, target) ||
    isFlushedLaterInTest(analysis, target) ||
    isBackgroundCheckInTest(analysis, target) ||
    isWaitedThroughProgressInTest(analysis, target) ||
    isDroppedInLoudCallback(analysis, target) ||
    isWatchedDropInTest(analysis, target) ||
    isQuietContinuationInTest(analysis, target)
  )
    return true;
  return false;
}

/** True when the promise `node` starts cannot reject, and the options allow dropping such promises. */
function isExemptAsNonRejecting(analysis: Analysis, node: TSESTree.Expression, options: FloatingOptions): boolean {
  const target = skipTypeWrappers(node);
  return (
    options.allowNonRejecting &&
    (callsSwallowingFunction(analysis, target) || isSafeContinuation(analysis, target) || callsNeverRejectingLibrary(analysis, target))
  );
}
