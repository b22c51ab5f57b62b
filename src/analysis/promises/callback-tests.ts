import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { suiteReportsUnhandledRejections } from '../scope/suite-setup.js';
import { isTestCode, isTestSupportFile, runnerReportsUnhandledRejections } from '../scope/test-code.js';
import { namedFunctionOf } from '../scope/initializers.js';
import { timerPromiseOf } from '../scope/timers.js';
import { variableOf } from '../scope/variables.js';
import { calleeName, isArrayCallbackCall, isTestAssertionCall, timerNames } from '../syntax/calls.js';
import { enclosingFunction, isFunctionNode, memberName, skipTypeWrappers, type FunctionNode } from '../syntax/nodes.js';
import { containsInBody, walk } from '../syntax/walk.js';
import { isPlainSleep } from './can-reject.js';
import { declarationsAt, functionOfDeclaration, isAssertionCallTs } from './function-can-reject.js';
import { isAssertionPromise } from './test-semantics.js';

/*
 * Callback-style tests where rejections are loud. A test or hook that takes a completion callback
 * (`it('reconnects', (done) => { … })`), or a tap test that plans its assertions (`t.plan(3)`) or
 * ends itself (`t.end()`), ends on that signal, not when its body returns: the runner waits for
 * it, so a promise its body drops (`redis.set('k', 'v');` before a callback-style read,
 * `client.get(k).then((v) => { expect(v)…; done(); })`, an async listener) is not left behind by
 * the test. What dropping it can still cost is its rejection; where the runner reports an
 * unhandled rejection as a failure (`scope/test-code.ts`) or the suite's setup makes it one
 * (`scope/suite-setup.ts`), that rejection fails the run with its cause. So such drops are not
 * reported. What breaks a callback-style test silently still is: an assertion on a promise nobody
 * waits for (`expect(p).rejects…`), and a dropped sleep (`delay(50);`), which waits for nothing.
 */

/**
 * True when `callback`, an async function handed in test code to a call that ignores its promise
 * (`createServer(async (req, res) => { … })`, `emitter.on('message', handler)`), is dropped
 * where a rejection is loud (the runner or the suite's setup fails the run on it) and holds no
 * assertion: a failure there then fails the run with its cause instead of passing unseen. A
 * callback that asserts stays reported (its failed assertion would show as an unhandled rejection
 * and a timeout, far from the test that made it), and so does one that settles a promise the test
 * waits for (`reject(error)` of an executor around it, or the callback is itself an async executor:
 * a failure before the settle call hangs the test),
 * and callbacks of array methods and timers (`paths.forEach(async …)`, `setTimeout(async …)`: the
 * test does not wait for that work). A callback whose body is out of sight (a listener made by a
 * call) counts as one without assertions.
 */
export function isLoudTestCallback(
  analysis: Analysis,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  callback: TSESTree.Node,
): boolean {
  if (!isTestCode(analysis) || !(runnerReportsUnhandledRejections(analysis) || suiteReportsUnhandledRejections(analysis))) return false;
  // An array method's async callbacks are work the test skips waiting for.
  if (isArrayCallbackCall(call)) return false;
  if (call.type === AST_NODE_TYPES.CallExpression && timerNames.has(calleeName(call) ?? '')) return false;
  // `new Promise(async (resolve) => { await start(); resolve(); })`: a failure before `resolve` hangs the test.
  if (call.type === AST_NODE_TYPES.NewExpression && call.arguments[0] === callback) return false;
  const fn = isFunctionNode(callback)
    ? callback
    : callback.type === AST_NODE_TYPES.Identifier
      ? namedFunctionOf(analysis, callback)
      : undefined;
  return (
    fn === undefined ||
    !containsInBody(
      fn.body,
      (node) => node.type === AST_NODE_TYPES.CallExpression && (isTestAssertionCall(node) || settlesOuterPromise(analysis, node, fn)),
    )
  );
}

/**
 * True for `reject(error)` in `callback` where `reject` is a parameter of a `new Promise` executor
 * around it: if the callback fails before that call, the promise the test waits for never settles.
 */
function settlesOuterPromise(analysis: Analysis, call: TSESTree.CallExpression, callback: FunctionNode): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = variableOf(analysis, callee)?.defs[0];
  if (definition?.type !== 'Parameter') return false;
  const executor = definition.node;
  return (
    isFunctionNode(executor) &&
    executor !== callback &&
    executor.parent?.type === AST_NODE_TYPES.NewExpression &&
    executor.parent.arguments[0] === executor &&
    executor.parent.callee.type === AST_NODE_TYPES.Identifier &&
    executor.parent.callee.name === 'Promise'
  );
}

const runnerCalls = new Set(['it', 'test', 'specify', 'before', 'beforeEach', 'after', 'afterEach', 'beforeAll', 'afterAll']);

/**
 * True when `target`, dropped in test code where rejections are loud, is a statement of a plain
 * (not async) callback the test hands to the code under test (`ch.basicConsume(q, opts, (msg) => {
 * msg.ack(); resolve(msg); })`): nothing could wait for it there, the callback goes on either way,
 * and a rejection fails the run with its cause, as for an async callback (`isLoudTestCallback`).
 * Not for the callbacks of array methods and timers, `new Promise` executors, or the test and hook
 * bodies themselves; an assertion on a promise and a sleep stay reported wherever they are dropped.
 */
export function isDroppedInLoudCallback(analysis: Analysis, target: TSESTree.Node): boolean {
  if (!isTestCode(analysis) || !(runnerReportsUnhandledRejections(analysis) || suiteReportsUnhandledRejections(analysis))) return false;
  // A dropped sleep (`sleep(10);`, any timer promise) waits for nothing: a mistake wherever it is.
  if (isAssertionPromise(target) || timerPromiseOf(analysis, target) !== undefined) return false;
  if (target.type === AST_NODE_TYPES.CallExpression && isPlainSleep(analysis, target)) return false;
  if (target.parent?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const fn = enclosingFunction(target);
  if (!fn || fn.async) return false;
  // Handed to a call (a `new Promise` executor is no callback of the code under test).
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
  return !isArrayCallbackCall(call) && !timerNames.has(calleeName(call) ?? '') && !runnerCalls.has(runnerName(call) ?? '');
}

/** True when `target`, dropped in test code, lies inside a callback-style test or hook of a file whose unhandled rejections are loud. */
export function isDroppedInCallbackTest(analysis: Analysis, target: TSESTree.Node): boolean {
  if (!isTestCode(analysis) || !callbackTestAround(target, importsTap(analysis))) return false;
  if (isAssertionPromise(target) || (target.type === AST_NODE_TYPES.CallExpression && isPlainSleep(analysis, target))) return false;
  return runnerReportsUnhandledRejections(analysis) || suiteReportsUnhandledRejections(analysis);
}

/**
 * The test or hook function around `node` that ends on a signal of its own: a completion callback
 * it calls or hands on, or, under tap, a plan (`t.plan(3)`, `({ plan }) => { plan(3); … }`: the
 * test ends when that many assertions ran) or an explicit `t.end()`.
 */
function callbackTestAround(node: TSESTree.Node, tap: boolean): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current) || current.type === AST_NODE_TYPES.FunctionDeclaration) continue;
    const call = current.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(current) || !runnerCalls.has(runnerName(call) ?? ''))
      continue;
    const completes =
      current.params.some((param) => param.type === AST_NODE_TYPES.Identifier && isCompletionCallback(current, param.name)) ||
      (tap && !current.async && endsByPlanOrEnd(current));
    return completes ? current : undefined;
  }
  return undefined;
}

/** Under tap: the body calls `plan(…)` (destructured from the test's argument) or `t.plan(…)` / `t.end()` on it. */
function endsByPlanOrEnd(fn: FunctionNode): boolean {
  const [param] = fn.params;
  if (!param) return false;
  const own = (name: string): boolean =>
    param.type === AST_NODE_TYPES.ObjectPattern &&
    param.properties.some(
      (property) =>
        property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier && property.value.name === name,
    );
  return walk(fn.body, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = node.callee;
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'plan' && own('plan')) return 'stop';
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    const onParam =
      callee.type === AST_NODE_TYPES.MemberExpression &&
      param.type === AST_NODE_TYPES.Identifier &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.object.name === param.name;
    return onParam && (method === 'plan' || method === 'end') ? 'stop' : undefined;
  });
}

function importsTap(analysis: Analysis): boolean {
  return analysis.sourceCode.ast.body.some(
    (statement) => statement.type === AST_NODE_TYPES.ImportDeclaration && statement.source.value === 'tap',
  );
}

/** `it.only(…)`, `test.skip(…)`: the runner's own name. */
function runnerName(call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier) return callee.object.name;
  return calleeName(call);
}

/** True when `name` is called in the function's body or handed to a call: a completion callback, not a test context. */
function isCompletionCallback(fn: FunctionNode, name: string): boolean {
  return walk(
    fn.body,
    (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const used =
        (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === name) ||
        node.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && argument.name === name);
      return used ? 'stop' : undefined;
    },
    { nested: true },
  );
}

/** Calls that wait by name: a dropped one waits for nothing (`waitForReady(ch)`, `sleep(10)`, `flushPromises()`). */
const waitName = /^(wait|sleep|delay|until|poll|flush|tick|eventually|settle)/i;

/**
 * True when `target`, dropped as a statement of a test body (`it`/`test`/`Deno.test` callback,
 * not a hook) in a file whose unhandled rejections fail the run, and followed only by the test's
 * synchronous checks to its end, is watched by the runner: a rejection there fails the run with
 * its cause, so the drop loses nothing the runner cannot see. Tests leave work running on purpose
 * to look at what it has done so far (`queryClient.invalidateQueries();
 * expect(queryFn).toHaveBeenCalledTimes(2)`); a test that waits after the drop and then reads the
 * work's effect races it, and one that checks nothing after it leaves it. It stays reported when dropping
 * it loses what only the test could see: an assertion on a promise (`expect(p).rejects…`), a wait
 * (a sleep or timer promise, a call named as one: `waitFor…`, `flush…`), a chain or call carrying a
 * function with assertions or a `throw` (`.then((v) => expect(v)…)`, `run(async () => { assert… })`),
 * or a call of a function of the tests whose body asserts or waits (a helper in the test folder
 * built on `vi.waitFor`): its failure would show far from the test that made it, or not at all.
 */
export function isWatchedDropInTest(analysis: Analysis, target: TSESTree.Node): boolean {
  if (!isTestCode(analysis) || !(runnerReportsUnhandledRejections(analysis) || suiteReportsUnhandledRejections(analysis))) return false;
  if (target.parent?.type !== AST_NODE_TYPES.ExpressionStatement || target.type !== AST_NODE_TYPES.CallExpression) return false;
  if (isAssertionPromise(target) || timerPromiseOf(analysis, target) !== undefined || isPlainSleep(analysis, target)) return false;
  const fn = enclosingFunction(target);
  const call = fn?.parent;
  if (fn === undefined || call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[call.arguments.length - 1] !== fn) return false;
  if (!testBodyCalls.has(runnerName(call) ?? '') && !isDenoTestCall(call)) return false;
  const statement = target.parent;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement || statement.parent !== fn.body) return false;
  if (!onlySynchronousChecksFollow(analysis, fn.body.body.slice(fn.body.body.indexOf(statement) + 1))) return false;
  // Every call in the dropped chain: none may wait by name, carry an asserting function, or run one of this program.
  let current: TSESTree.Node = target;
  for (;;) {
    current = skipTypeWrappers(current);
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      current = current.object;
      continue;
    }
    if (current.type !== AST_NODE_TYPES.CallExpression) break;
    const name = calleeName(current);
    if (name !== undefined && waitName.test(name)) return false;
    if (current.arguments.some((argument) => isFunctionNode(argument) && assertsOrThrows(argument.body))) return false;
    if (runsAssertingFunction(analysis, current)) return false;
    current = current.callee;
  }
  // A function written in place (`(async () => { for await (…) count++ })()`) is the test's own work, not the code under test.
  return !isFunctionNode(current);
}

/**
 * True when the statements after a drop are the test's synchronous checks to its end: at least one
 * assertion or `throw`, and no `await`, `yield` or `return` (outside nested functions), nor a wait
 * dropped as a statement (`sleep(10);`: the test meant to wait). The test then looks at what the
 * work did so far and ends; a test that waits after the drop and reads the work's effect later
 * races it instead, and the drop stays reported.
 */
function onlySynchronousChecksFollow(analysis: Analysis, rest: TSESTree.Statement[]): boolean {
  let checks = false;
  for (const statement of rest) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement && isWait(analysis, skipTypeWrappers(statement.expression))) return false;
    const waits = walk(statement, (node) => {
      if (
        node.type === AST_NODE_TYPES.AwaitExpression ||
        node.type === AST_NODE_TYPES.YieldExpression ||
        node.type === AST_NODE_TYPES.ReturnStatement ||
        (node.type === AST_NODE_TYPES.ForOfStatement && node.await)
      )
        return 'stop';
      if (node.type === AST_NODE_TYPES.ThrowStatement || (node.type === AST_NODE_TYPES.CallExpression && isTestAssertionCall(node)))
        checks = true;
      return undefined;
    });
    if (waits) return false;
  }
  return checks;
}

/** True for a sleep, a timer promise or a call named as a wait. */
function isWait(analysis: Analysis, node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  return timerPromiseOf(analysis, node) !== undefined || isPlainSleep(analysis, node) || waitName.test(calleeName(node) ?? '');
}

const testBodyCalls = new Set(['it', 'test', 'specify']);

function isDenoTestCall(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Deno' &&
    memberName(callee) === 'test'
  );
}

function assertsOrThrows(body: TSESTree.Node): boolean {
  return walk(body, (node) =>
    node.type === AST_NODE_TYPES.ThrowStatement || (node.type === AST_NODE_TYPES.CallExpression && isTestAssertionCall(node))
      ? 'stop'
      : undefined,
  );
}

/**
 * True when `call` runs a function written in a test or a helper of the tests whose body asserts or
 * waits. (A `throw` there does not count: the code under test, often written in the test file,
 * throws as its own behaviour, and its rejection is what the runner reports.)
 */
function runsAssertingFunction(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const program = analysis.services.program;
  const callee = analysis.services.esTreeNodeToTSNodeMap.get(call.callee);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  return declarationsAt(analysis, name).some((declaration) => {
    const fn = functionOfDeclaration(declaration);
    if (!fn?.body) return false;
    const file = fn.getSourceFile();
    if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file) || !isTestSupportFile(program, file)) return false;
    const found = (node: ts.Node): boolean =>
      (ts.isCallExpression(node) && (isAssertionCallTs(node) || waitName.test(calleeNameTs(node) ?? ''))) ||
      ts.forEachChild(node, found) === true;
    return found(fn.body);
  });
}

function calleeNameTs(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
}
