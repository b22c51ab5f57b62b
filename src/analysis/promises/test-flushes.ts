import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import type { Suspension } from '../flow/code-paths.js';
import { constInitializer } from '../scope/initializers.js';
import { isTestCode, runnerReportsUnhandledRejections } from '../scope/test-code.js';
import { calleeName, isTestAssertionCall } from '../syntax/calls.js';
import { enclosingBody, isFunctionNode, isPromiseStatic, memberName, skipTypeWrappers, statementsIn } from '../syntax/nodes.js';
import { suspendsIn, walk } from '../syntax/walk.js';
import { isPlainSleep } from './can-reject.js';
import { isAssertionPromise } from './test-semantics.js';

/*
 * Flushes in test code. A test that starts work without awaiting it and then waits for the event
 * loop to move on (`await flushMicrotasks()`, `await new Promise((r) => setTimeout(r, 10))`,
 * `await vi.advanceTimersByTimeAsync(0)`, `await setTimeout(50)` of `node:timers/promises`) lets
 * the work run on purpose, to check its effects afterwards or to reach a state the test then acts
 * on (debounced notifications, a request parked on its reply). Under a runner that reports an
 * unhandled rejection as a failure (`scope/test-code.ts`), a rejection of that work fails the run
 * loudly, and a test whose flush is too short fails on its assertions: nothing is lost silently.
 * Work with no flush after it, a dropped sleep itself (`delay(50);`) and dropped assertions on
 * promises stay reported; under Jest, which may only print the rejection, everything does.
 */

/** Fake-timer methods that run pending timers and return a promise (vitest's `vi`, Jest's `jest`, `@sinonjs/fake-timers`). */
const asyncTimerAdvances = new Set([
  'advanceTimersByTimeAsync',
  'advanceTimersToNextTimerAsync',
  'runAllTimersAsync',
  'runOnlyPendingTimersAsync',
  'tickAsync',
  'runAllAsync',
  'runToLastAsync',
  'nextAsync',
]);
/** Scheduling calls a flush's executor may make (besides calling its `resolve`). */
const schedulers = new Set(['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask']);

/** True when `target`, a dropped call in test code, is followed in its function by an awaited flush of the event loop. */
export function isFlushedLaterInTest(analysis: Analysis, target: TSESTree.Node): boolean {
  if (target.type !== AST_NODE_TYPES.CallExpression || !isTestCode(analysis) || !runnerReportsUnhandledRejections(analysis)) return false;
  if (isAssertionPromise(target) || isPlainSleep(analysis, target) || isFlush(analysis, target, 0)) return false;
  return walk(enclosingBody(target), (node) => {
    if (node.type !== AST_NODE_TYPES.AwaitExpression || node.range[0] < target.range[1]) return undefined;
    return isFlush(analysis, node.argument, 0) ? 'stop' : undefined;
  });
}

/**
 * True when awaiting `node` only lets time pass: a promise resolved by a timer or a microtask,
 * `Promise.resolve()`, a plain sleep, a fake-timer advance, or a call of a local helper whose
 * body is one of these (`const flush = () => new Promise((r) => setImmediate(r))`).
 */
function isFlush(analysis: Analysis, node: TSESTree.Node, depth: number): boolean {
  const target = skipTypeWrappers(node as TSESTree.Expression);
  if (target.type === AST_NODE_TYPES.NewExpression) return isTimerPromise(target);
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  if (isPromiseStatic(target, ['resolve'])) return target.arguments.length === 0 || target.arguments[0]?.type === AST_NODE_TYPES.Literal;
  const callee = skipTypeWrappers(target.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && asyncTimerAdvances.has(memberName(callee) ?? '')) return true;
  // `Promise.resolve().then(() => {})`: one more turn, with nothing run in it
  if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'then' && target.arguments.length === 1) {
    const [step] = target.arguments;
    const empty = isFunctionNode(step) && step.body.type === AST_NODE_TYPES.BlockStatement && step.body.body.length === 0;
    return empty && isFlush(analysis, callee.object, depth);
  }
  if (isPlainSleep(analysis, target)) return true;
  if (depth > 1 || callee.type !== AST_NODE_TYPES.Identifier) return false;
  const helper = constInitializer(analysis, callee);
  if (!helper || !isFunctionNode(helper)) return false;
  const { body } = helper;
  if (body.type !== AST_NODE_TYPES.BlockStatement) return isFlush(analysis, body, depth + 1);
  const [only] = body.body;
  if (body.body.length !== 1 || !only) return false;
  if (only.type === AST_NODE_TYPES.ReturnStatement) return only.argument !== null && isFlush(analysis, only.argument, depth + 1);
  return (
    only.type === AST_NODE_TYPES.ExpressionStatement &&
    only.expression.type === AST_NODE_TYPES.AwaitExpression &&
    isFlush(analysis, only.expression.argument, depth + 1)
  );
}

/** `new Promise((resolve) => setTimeout(resolve, ms))`: an executor that only schedules its own `resolve`. */
function isTimerPromise(node: TSESTree.NewExpression): boolean {
  const [executor] = node.arguments;
  if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'Promise' || !isFunctionNode(executor)) return false;
  const [resolve] = executor.params;
  if (resolve?.type !== AST_NODE_TYPES.Identifier) return false;
  let schedules = false;
  const other = walk(
    executor.body,
    (inner) => {
      if (inner.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const name = calleeName(inner);
      if (name !== undefined && schedulers.has(name)) {
        schedules = true;
        return undefined;
      }
      return name === resolve.name ? undefined : 'stop';
    },
    { nested: true },
  );
  return schedules && !other;
}

/**
 * In test code under a runner that reports unhandled rejections, a flush the test follows with an
 * action before it first touches the held promise: `const pending = client.connect(…, { signal });
 * await flush(); controller.abort(); await pending.catch(…)`. The flush lets the code under test
 * reach its parked state; the rejection the test expects comes from the action after it. A
 * rejection during the flush itself would be a failure the runner reports as unhandled, which is
 * the verdict it deserves. A flush followed directly by the promise's handler (`await sleep(10);
 * await expect(p).rejects…`, a rejection expected to come on its own in that time) stays a window.
 */
export function isFlushBeforeTrigger(analysis: Analysis, holder: TSESLint.Scope.Variable, suspension: Suspension): boolean {
  const { node } = suspension;
  if (node.type !== AST_NODE_TYPES.AwaitExpression || !isTestCode(analysis) || !runnerReportsUnhandledRejections(analysis)) return false;
  if (!isFlush(analysis, node.argument, 0)) return false;
  const statement = node.parent;
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const block = statement.parent;
  if (block.type !== AST_NODE_TYPES.BlockStatement) return false;
  const touches = (inner: TSESTree.Node): boolean =>
    holder.references.some(({ identifier }) => identifier.range[0] >= inner.range[0] && identifier.range[1] <= inner.range[1]);
  for (const next of block.body.slice(block.body.indexOf(statement) + 1)) {
    if (touches(next)) return false;
    if (next.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    let expression = skipTypeWrappers(next.expression);
    if (expression.type === AST_NODE_TYPES.AwaitExpression) expression = skipTypeWrappers(expression.argument);
    if (expression.type !== AST_NODE_TYPES.CallExpression || isFlush(analysis, expression, 0) || isTestAssertionCall(expression)) continue;
    return true;
  }
  return false;
}

/**
 * True when, in a test under any runner, the rejection of `holder`'s promise is set off by the test
 * itself after a window at `suspension` (whatever that wait is; see {@link isFlushBeforeTrigger}): the statements between the last wait before the promise's first
 * observation and that observation make a call that is not an assertion (`serverSocket.end();`,
 * `releaseInitialization();`, `stream.close().catch(…)`), and `suspension` comes before it. The
 * test parks the promise, waits, pulls the trigger, and attaches its handler in the same turn: the
 * rejection it expects cannot come during the wait. A window with only assertions between its
 * last wait and the observation (`await client.close(); expect(…); await p.catch(…)`) stays: the
 * wait itself may be what rejects the promise.
 */
export function isTriggeredAfterWindow(analysis: Analysis, holder: TSESLint.Scope.Variable, suspension: TSESTree.Node): boolean {
  if (!isTestCode(analysis)) return false;
  const uses = holder.references.filter((reference) => !reference.init && reference.identifier.range[0] > suspension.range[1]);
  const first = uses.sort((a, b) => a.identifier.range[0] - b.identifier.range[0])[0]?.identifier;
  if (!first) return false;
  for (let statement = statementAround(first); statement; statement = statementAround(statement.parent)) {
    const list = statement.parent && statementsIn(statement.parent);
    if (!list) return false;
    for (let index = list.indexOf(statement) - 1; index >= 0; index--) {
      const earlier = list[index]!;
      if (earlier.range[1] <= suspension.range[1]) return false;
      if (isTriggerStatement(earlier)) return true;
      if (suspendsIn(earlier)) return false;
    }
  }
  return false;
}

/** The statement `node` is or sits in, below the function around it. */
function statementAround(node: TSESTree.Node | undefined): TSESTree.Statement | undefined {
  for (let current = node; current && !isFunctionNode(current); current = current.parent) {
    if (current.parent && statementsIn(current.parent)) return current as TSESTree.Statement;
  }
  return undefined;
}

/** `trigger();`, `const result = stream.close().catch(…);`: a call that is not an assertion, made without waiting. */
function isTriggerStatement(statement: TSESTree.Statement): boolean {
  const expression =
    statement.type === AST_NODE_TYPES.ExpressionStatement
      ? statement.expression
      : statement.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations.length === 1
        ? statement.declarations[0]!.init
        : undefined;
  const call = expression && skipTypeWrappers(expression);
  if (call?.type !== AST_NODE_TYPES.CallExpression || suspendsIn(statement)) return false;
  return !isTestAssertionCall(call);
}
