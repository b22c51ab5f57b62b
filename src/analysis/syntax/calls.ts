import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { memberName, skipTypeWrappers } from './nodes.js';

/** Calls that declare a test and run the function handed to them as its body (`it(…)`, `Deno.test(…)`, `t.step(…)`). */
export const testBodyCalls: ReadonlySet<string> = new Set(['it', 'test', 'specify', 'step']);

/** The name a call's callee goes by: `isAbortError` in `isAbortError(e)` and `utils.isAbortError(e)`. */

export function calleeName(call: TSESTree.CallExpression): string | undefined {
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
}

/** Method names that log whatever the receiver: `console.warn`, `this.log`, `core.info`. `error` is not one (see `isLoggingCall`). */
const loggingMethod = /^(log|debug|info|warn|trace)$/;
/** Functions named as loggers: `log`, `logger`, `debug`, `info`, `warn`, `trace`, or one of those and more words (`logError`, `warnOnce`, `debug_log`). */
const loggingFunction = /^(log|logger|debug|info|warn|trace)([A-Z0-9_]|$)/;
/** Receivers that are loggers: `console`, `log`, `_log`, `logger`, `debug`, `logging` (any case), anything ending in `logger` (`this.requestLogger`). */
const loggerObject = /^(console|_?log(ger)?|debug|logging)$|logger$/i;

/** True when `name` is a logging-level method (`log`, `debug`, `info`, `warn`, `trace`): `.info(…)` logs on any receiver. */
export function isLoggingMethodName(name: string): boolean {
  return loggingMethod.test(name);
}

/** True when `name` names a logger object (`console`, `log`, `logger`, `logging`, `requestLogger`): its methods only log. */
export function isLoggerName(name: string): boolean {
  return loggerObject.test(name);
}

/**
 * True for a call that only logs: what it is given goes to a log, not on to code that acts on it.
 * - any method of a logger: `console.table(…)`, `logger.error(…)`, `this.logger.flush()`, `req.log.info(…)`;
 * - a logging-level method on any receiver: `.log`, `.debug`, `.info`, `.warn`, `.trace` (`this.log(…)`,
 *   `core.info(…)`); not `.error`, which on anything but a logger may hand a failure on
 *   (`subscriber.error(err)`, `res.error(err)`);
 * - a function named as a logger: `log(…)`, `debug(…)`, `logError(…)`, `warnOnce(…)`; not `login(…)`
 *   or `logout(…)`, whose names only start with `log`.
 * `new` expressions never log.
 */
export function isLoggingCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  return call.type === AST_NODE_TYPES.CallExpression && isLoggingFunction(call.callee);
}

/** True when `fn` names a function that only logs, by the rules of `isLoggingCall`: `console.error` in `.catch(console.error)`. */
export function isLoggingFunction(fn: TSESTree.Node): boolean {
  const callee = skipTypeWrappers(fn);
  if (callee.type === AST_NODE_TYPES.Identifier) return loggingFunction.test(callee.name);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (loggingMethod.test(memberName(callee) ?? '')) return true;
  const receiver = skipTypeWrappers(callee.object);
  const owner = receiver.type === AST_NODE_TYPES.Identifier ? receiver.name : (memberName(receiver) ?? '');
  return isLoggerName(owner);
}

/** Method names that stop a service, a connection or a process: `close`, `destroy`, `quit`, `dispose`… */
const stopVerbs = new Set([
  'close',
  'stop',
  'disconnect',
  'destroy',
  'shutdown',
  'terminate',
  'quit',
  'kill',
  'dispose',
  'abort',
  'cancel',
]);

/** True when `name` is a method that stops what it is called on (`worker.close()`, `client.quit()`). */
export function isStopVerb(name: string): boolean {
  return stopVerbs.has(name);
}

/**
 * True when a function's name says it tears something down: a stop verb alone or followed by more
 * words (`close`, `#destroy`, `closeAll`, `shutdownGracefully`), or `teardown`/`cleanup` (any case).
 */
export function namesTeardown(name: string): boolean {
  const bare = name.replace(/^#/, '');
  const verb = /^[a-z]+/.exec(bare)?.[0] ?? '';
  return stopVerbs.has(verb) || /^(tear_?down|clean_?up)/i.test(bare);
}

/** Methods that register a listener and return at once (`emitter.once('done', …)`). */
const listenerRegistrations = new Set(['on', 'once', 'addListener', 'addEventListener', 'prependListener', 'prependOnceListener']);

/** True when `name` is a method that registers a listener (`on`, `once`, `addEventListener`…). */
export function isListenerRegistration(name: string): boolean {
  return listenerRegistrations.has(name);
}

/** Methods that take a listener away again (`off`, `removeListener`, `removeEventListener`). */
const listenerRemovals = new Set(['off', 'removeListener', 'removeEventListener']);

/** True when `name` is a method that removes a listener. */
export function isListenerRemoval(name: string): boolean {
  return listenerRemovals.has(name);
}

/** True when `node` is the listener argument (the second) of a listener registration call (`x.on('end', node)`). */
export function isListenerArgument(node: TSESTree.Node): boolean {
  const call = node.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== node) return false;
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && isListenerRegistration(memberName(callee) ?? '');
}

/** Globals and methods that schedule their callback for later: timers, microtasks, animation frames, `process.nextTick`. */
export const timerNames: ReadonlySet<string> = new Set([
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'requestAnimationFrame',
  'requestIdleCallback',
  'nextTick',
]);

/** Array (and iterator helper) methods that call their callback before they return. */
export const arrayIterationMethods: readonly string[] = ['forEach', 'map', 'filter', 'reduce', 'some', 'every', 'find', 'flatMap', 'sort'];

/** Methods that end an object's life, and with it its listeners (`ws.close()`, `worker.terminate()`, `req.abort()`). */
const endOfLifeMethods = /^(close|destroy|end|terminate|kill|disconnect|dispose|abort)$/;

/** The object an end-of-life call ends: `ws` in `ws.close()`, `this.lines` in `this.lines.close()`. */
export function endedObject(call: TSESTree.CallExpression): TSESTree.Expression | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !endOfLifeMethods.test(memberName(callee) ?? '')) return undefined;
  return skipTypeWrappers(callee.object) as TSESTree.Expression;
}

/** The names along a callee chain, the called name first: `expect(x).resolves.toBe` gives `toBe, resolves, expect`. */
export function calleeNames(callee: TSESTree.Node): string[] {
  const names: string[] = [];
  let current = skipTypeWrappers(callee);
  for (;;) {
    if (current.type === AST_NODE_TYPES.Identifier) {
      names.push(current.name);
      return names;
    }
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(current);
      if (name !== undefined) names.push(name);
      current = skipTypeWrappers(current.object);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = skipTypeWrappers(current.callee);
    } else {
      return names;
    }
  }
}

const assertionRoots = new Set(['expect', 'assert', 'should']);

/** True for assertion calls (`expect(p)`, `expect(x).toBe(p)`, `assert.isFulfilled(p)`, `chai.expect(p)`): tests look at promises on purpose. */
export function isAssertionCallee(callee: TSESTree.Node): boolean {
  return calleeNames(callee).some((name) => assertionRoots.has(name));
}

/** Array methods that call their callback for each element before they return. */
export const arrayCallbackMethods: ReadonlySet<string> = new Set([
  'every',
  'filter',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
  'forEach',
  'map',
  'reduce',
  'reduceRight',
  'some',
  'sort',
]);

/** True for `items.map(cb)`-style calls: a method of {@link arrayCallbackMethods} on some object. */
export function isArrayCallbackCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && arrayCallbackMethods.has(memberName(callee) ?? '');
}

/** `expect(…)…`, `assert.equal(…)`, `t.same(…)` (a method of a test context named `t`): a test's check, not an action. */
export function isTestAssertionCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (isAssertionCallee(callee)) return true;
  let root: TSESTree.Node = callee;
  while (root.type === AST_NODE_TYPES.MemberExpression || root.type === AST_NODE_TYPES.CallExpression) {
    root = root.type === AST_NODE_TYPES.MemberExpression ? skipTypeWrappers(root.object) : skipTypeWrappers(root.callee);
  }
  return root !== callee && root.type === AST_NODE_TYPES.Identifier && root.name === 't';
}

/**
 * Events that come again and again for one emitter, each with a part of the whole (`data`, `line`)
 * or a new state (`change`, `status`, a `heartbeat` or a sensor `reading`). (`message` is left out:
 * a first reply is often all that is waited for.)
 */
export const repeatingEvents = new Set([
  'status',
  'statechange',
  'statuschange',
  'heartbeat',
  'reading',
  'sample',
  'telemetry',
  'data',
  'dataavailable',
  'line',
  'change',
  'progress',
  'readable',
  'chunk',
  'row',
  'entry',
  'record',
  'item',
  'rename',
  'update',
]);
