import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { suiteReportsUnhandledRejections } from '../scope/suite-setup.js';
import { isTestCode, runnerReportsUnhandledRejections } from '../scope/test-code.js';
import { namedFunctionOf } from '../scope/initializers.js';
import { timerPromiseOf } from '../scope/timers.js';
import { variableOf } from '../scope/variables.js';
import { calleeName, isArrayCallbackCall, isTestAssertionCall, timerNames } from '../syntax/calls.js';
import { enclosingFunction, isFunctionNode, memberName, skipTypeWrappers, type FunctionNode } from '../syntax/nodes.js';
import { containsInBody, walk } from '../syntax/walk.js';
import { isPlainSleep } from './can-reject.js';
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
