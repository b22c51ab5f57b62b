import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import { isTestCode, runnerReportsUnhandledRejections } from '../scope/test-code.js';
import { constInitializerOf, namedFunctionOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import { calleeName, isListenerRegistration, isStopVerb, namesTeardown, testBodyCalls } from '../syntax/calls.js';
import { enclosingBody, enclosingFunction, isFunctionNode, memberName, rootOf, skipTypeWrappers } from '../syntax/nodes.js';
import { typeOf } from '../types/checker.js';
import { includesNullish, isThenable } from '../types/thenables.js';
import { walk } from '../syntax/walk.js';
import { startsBackgroundWork } from './await-safety.js';
import { cannotThrowTs } from './cannot-throw.js';
import { deliversToErrorFirstCallback } from './callback-delivered.js';

/*
 * What a test runner watches. In test code (`scope/test-code.ts`) a rejection nobody handles is
 * reported by the runner and fails the run, so what matters is whether the test waits for what it
 * checks: a service the test stops itself, work waited for through its owner, an assertion on a
 * promise (whose rejection is the test's verdict), a promise the test expects may reject, and the
 * test's own teardown run early by a callback.
 */

/** Matchers on `expect(…)` that wait for the promise under test. */
const promiseMatchers = new Set(['resolves', 'rejects', 'eventually', 'rejected', 'rejectedWith', 'fulfilled', 'become']);
/** Assertion calls that return a promise of their verdict: node:assert's `rejects`/`doesNotReject`, ava's `throwsAsync`/`notThrowsAsync`. */
const asyncAssertions = new Set(['rejects', 'doesNotReject', 'throwsAsync', 'notThrowsAsync']);
/** Assertions that a promise rejects: node:assert's and tap's `rejects`, ava's `throwsAsync`, chai-as-promised's `isRejected`. */
const rejectionAssertions = new Set(['rejects', 'throwsAsync', 'isRejected', 'rejected']);

/**
 * True when the promise is an assertion whose rejection is the test failing:
 * `expect(p).resolves.toBe(…)`, `expect(p).rejects.toThrow()`, chai-as-promised's
 * `expect(p).to.eventually.equal(…)` and `.to.be.rejectedWith(…)`, `assert.rejects(…)`,
 * `assert.doesNotReject(…)`, ava's `t.throwsAsync(…)`. A handler would turn a failed test into
 * a passing one, and `void` would hide that nothing waits for the verdict: only waiting is right.
 */
export function isAssertionPromise(node: TSESTree.Node): boolean {
  let current = skipTypeWrappers(node);
  const names: string[] = [];
  for (;;) {
    if (current.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipTypeWrappers(current.callee);
      const name = calleeName(current);
      if (name !== undefined && asyncAssertions.has(name)) return true;
      if (name === 'expect' || name === 'assert') return names.some((part) => promiseMatchers.has(part));
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      names.push(name ?? '');
      current = skipTypeWrappers(callee.object);
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      names.push(memberName(current) ?? '');
      current = skipTypeWrappers(current.object);
    } else {
      return false;
    }
  }
}

/** The method call's receiver when it is a plain local (`worker` in `worker.run()`, `worker!.run()`), with the method's member. */
function receiverOf(
  analysis: Analysis,
  call: TSESTree.CallExpression,
): { variable: TSESLint.Scope.Variable; member: TSESTree.MemberExpression } | undefined {
  const member = skipTypeWrappers(call.callee);
  if (member.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const receiver = skipTypeWrappers(member.object);
  if (receiver.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(analysis, receiver);
  return variable ? { variable, member } : undefined;
}

/** The method call made on a reference to a local (`worker.close()` for `worker`, through `!` and casts), if any. */
function methodCallOn(reference: TSESLint.Scope.Reference): TSESTree.CallExpression | undefined {
  let use: TSESTree.Node = reference.identifier;
  while (use.parent && skipTypeWrappers(use.parent) !== use.parent && use.parent.type !== AST_NODE_TYPES.CallExpression) use = use.parent;
  const member = use.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) return undefined;
  const call = member.parent;
  return call.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call : undefined;
}

/**
 * In test code, a dropped call declared to return a maybe-promise (`close(): void | Promise<void>`,
 * `release(): Promisable<void>`): the API leaves it to the implementation whether there is any
 * asynchronous work, and the implementations a test drives (fixtures, fakes, the library's own
 * synchronous ones) are the test author's to know; if one does return a promise that rejects, the
 * runner reports it. A call declared to return a promise, and only a promise, stays reported.
 */
export function isMaybePromiseInTest(analysis: Analysis, target: TSESTree.Node): boolean {
  const call = skipTypeWrappers(target);
  if (call.type !== AST_NODE_TYPES.CallExpression || !isTestCode(analysis)) return false;
  const type = typeOf(analysis, call);
  return type.isUnion() && includesNullish(analysis, type) && isThenable(analysis, call);
}

/**
 * In test code, a service loop started on an object that the file also stops (`worker.run();`
 * with `worker.close()` later in the test, in a `finally` or in an `afterEach` hook): the test
 * owns the loop's lifetime and ends it itself, waiting for it would hang the test until then, and
 * a failure of the loop reaches the runner as an unhandled rejection, which fails the run. A loop
 * nothing in the file stops stays reported.
 */
export function isServiceStoppedByTest(analysis: Analysis, target: TSESTree.Node): boolean {
  if (target.type !== AST_NODE_TYPES.CallExpression || !startsBackgroundWork(target) || !isTestCode(analysis)) return false;
  const receiver = receiverOf(analysis, target);
  return (
    receiver?.variable.references.some((reference) => {
      const call = methodCallOn(reference);
      return call !== undefined && isStopVerb(calleeName(call) ?? '');
    }) ?? false
  );
}

/** Methods that wait for an object's end, without ending it (`await nc.closed()`). */
const endOnlyWaits: ReadonlySet<string> = new Set(['closed', 'finished', 'ended', 'whenClosed']);

/** Those, and `drain()`, which ends the object once what is in flight is done. */
const endWaits: ReadonlySet<string> = new Set([...endOnlyWaits, 'drain']);

/**
 * In test code whose runner reports unhandled rejections, an async IIFE that watches an object
 * (`(async () => { for await (const s of nc.status()) { … } })()`, also with an empty `.then()`)
 * while the test closes that object (`nc.close()`, `sub.unsubscribe()`, or hands it to a teardown
 * helper, `cleanup(ns, nc)`) or waits for it to end (`await nc.closed()`): the loop ends when the object closes, waiting for it would hang the
 * test until then, and a failure in it reaches the runner, which fails the test.
 */
export function isWatcherClosedByTest(analysis: Analysis, target: TSESTree.Node): boolean {
  if (!isTestCode(analysis) || !runnerReportsUnhandledRejections(analysis)) return false;
  let call = skipTypeWrappers(target);
  // `(…)().then()`: an empty `.then()` adds nothing.
  if (call.type === AST_NODE_TYPES.CallExpression && call.arguments.length === 0) {
    const callee = skipTypeWrappers(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'then') call = skipTypeWrappers(callee.object);
  }
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  // In place, `(async () => { for await (…) … })()`, or a local async function handed what it watches
  // (`const respond = async (sub) => { for await (const m of sub) m.respond(); }; respond(sub).then();`).
  const callee = skipTypeWrappers(call.callee);
  const fn = isFunctionNode(callee) ? callee : namedFunctionOf(analysis, callee);
  if (!fn || !fn.async || fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  const loop = fn.body.body.find(
    (statement): statement is TSESTree.ForOfStatement => statement.type === AST_NODE_TYPES.ForOfStatement && statement.await,
  );
  if (!loop) return false;
  let watched: TSESTree.Node = skipTypeWrappers(loop.right);
  const parameter = fn.params.findIndex(
    (param) => param.type === AST_NODE_TYPES.Identifier && watched.type === AST_NODE_TYPES.Identifier && param.name === watched.name,
  );
  if (parameter >= 0) watched = call.arguments[parameter] ?? watched;
  else if (!isFunctionNode(callee)) return false;
  return watchedObjects(analysis, watched).some((variable) => closedByTest(variable));
}

/**
 * The locals a watched iterable comes from: the root of `nc.status()` or `sub`, and, through a
 * `const` made from another local (`const sub = nc.subscribe(subject)`), that one too: closing the
 * connection ends its subscriptions.
 */
function watchedObjects(analysis: Analysis, node: TSESTree.Node): TSESLint.Scope.Variable[] {
  const found: TSESLint.Scope.Variable[] = [];
  let current: TSESTree.Node | undefined = node;
  for (let depth = 0; current && depth < 3; depth++) {
    let root: TSESTree.Node = skipTypeWrappers(current);
    while (root.type === AST_NODE_TYPES.CallExpression || root.type === AST_NODE_TYPES.MemberExpression)
      root = skipTypeWrappers(root.type === AST_NODE_TYPES.CallExpression ? root.callee : root.object);
    const variable = root.type === AST_NODE_TYPES.Identifier ? variableOf(analysis, root) : null;
    if (!variable) break;
    found.push(variable);
    current = constInitializerOf(variable);
  }
  return found;
}

/** True when the test closes `variable`'s object, waits for it to end, or hands it to a teardown helper (`cleanup(ns, nc)`). */
function closedByTest(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => {
    const stop = methodCallOn(reference);
    // `nc.close()`, or waiting for it to end (`await nc.closed()`), closed by the other side.
    if (stop !== undefined && (isStopVerb(calleeName(stop) ?? '') || endWaits.has(calleeName(stop) ?? ''))) return true;
    const handed = reference.identifier.parent;
    return (
      handed?.type === AST_NODE_TYPES.CallExpression &&
      handed.arguments.includes(reference.identifier as TSESTree.CallExpressionArgument) &&
      namesTeardown(calleeName(handed) ?? '')
    );
  });
}

/**
 * In test code, a dropped call that tears down what the test used (`io.close();`, `redis.quit();`,
 * `pool.end();`, `reader.cancel();`): the test is done with the object, and stopping it fails only
 * when the infrastructure does, which the runner reports (or the process exit cleans up). Its
 * promise is not the test's verdict. A file that awaits the same method elsewhere (`await
 * client.close()`) waits for its teardowns, and a dropped one there stays reported; a chain on it
 * (`server.close().then(() => { …; done(); })`) is judged as written, and so is the same call
 * outside tests.
 */
export function isTeardownCallInTest(analysis: Analysis, node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.parent.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  // `nc.close().then();`: an empty `.then()` adds nothing.
  const inner = skipTypeWrappers(node.callee);
  const emptyThen = node.arguments.length === 0 && inner.type === AST_NODE_TYPES.MemberExpression && memberName(inner) === 'then';
  const target = emptyThen ? skipTypeWrappers(inner.object) : node;
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(target.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = memberName(callee) ?? '';
  if ((!isStopVerb(name) && name !== 'end') || !isTestCode(analysis)) return false;
  // `await client.close()` elsewhere in the file: the suite waits for this teardown, so a test that
  // does not ends while the teardown still runs into the next step; unless this test waits for the
  // object's end itself (`nc.close().then(); await nc.closed();`).
  return !awaitedMethodsOf(analysis.sourceCode.ast).has(name) || waitsForEndOf(analysis, target);
}

/**
 * True when the test around a stop call (`nc.close()`, also in a timer or listener inside the test)
 * waits for that object's end: `await nc.closed()`, or a `for await` over what the object reports
 * (`for await (const s of nc.status())`), which ends with it. The stop is the step the test waits on.
 */
function waitsForEndOf(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const receiver = receiverOf(analysis, call);
  if (!receiver) return false;
  let test: TSESTree.Node | undefined = enclosingFunction(call);
  while (test && enclosingFunction(test) && !isTestCallback(test)) test = enclosingFunction(test);
  if (!test) return false;
  const inside = (node: TSESTree.Node): boolean => node.range[0] >= test.range[0] && node.range[1] <= test.range[1];
  return receiver.variable.references.some((reference) => {
    if (!inside(reference.identifier)) return false;
    const wait = methodCallOn(reference);
    if (wait && endOnlyWaits.has(calleeName(wait) ?? '') && wait.parent.type === AST_NODE_TYPES.AwaitExpression) return true;
    let loop: TSESTree.Node = reference.identifier;
    while (loop.parent && (loop.parent.type === AST_NODE_TYPES.MemberExpression || loop.parent.type === AST_NODE_TYPES.CallExpression))
      loop = loop.parent;
    return loop.parent?.type === AST_NODE_TYPES.ForOfStatement && loop.parent.await && loop.parent.right === loop;
  });
}

/** True for a function handed to a test-declaring call (`Deno.test('…', async () => …)`, `it(…)`, `test(…)`): the test's body. */
function isTestCallback(fn: TSESTree.Node): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
  return testBodyCalls.has(calleeName(call) ?? '');
}

const awaitedMethods = new WeakMap<TSESTree.Program, Set<string>>();

/** The names of the methods the file awaits a call of (`await client.close()` gives `close`). */
function awaitedMethodsOf(program: TSESTree.Program): Set<string> {
  return getOrCreate(awaitedMethods, program, () => {
    const names = new Set<string>();
    walk(
      program,
      (node) => {
        if (node.type !== AST_NODE_TYPES.AwaitExpression) return undefined;
        const awaited = skipTypeWrappers(node.argument);
        if (awaited.type !== AST_NODE_TYPES.CallExpression) return undefined;
        const callee = skipTypeWrappers(awaited.callee);
        const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
        if (name !== undefined) names.add(name);
        return undefined;
      },
      { nested: true },
    );
    return names;
  });
}

/**
 * In test code, a call made inside `fn` (a listener, a timer callback) that stops a service the
 * test owns: a stop verb (`close`, `quit`, `disconnect`, …) on a local declared outside `fn` that
 * the file also stops outside it (at the end of the test, in a `finally`, in an `afterEach` hook).
 * A listener that closes it early (`queueEvents.on('failed', async (err) => { await
 * worker.close(); reject(err); })`) runs the test's own teardown: it fails only when the service
 * cannot stop, an infrastructure failure the runner reports loudly anyway, while the listener's
 * verdict travels through the test's deferred.
 */
export function isTeardownInTest(analysis: Analysis, node: TSESTree.Node, fn: TSESTree.Node): boolean {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || !isStopVerb(calleeName(call) ?? '') || !isTestCode(analysis)) return false;
  const receiver = receiverOf(analysis, call);
  if (!receiver) return false;
  const inside = (inner: TSESTree.Node): boolean => inner.range[0] >= fn.range[0] && inner.range[1] <= fn.range[1];
  if (receiver.variable.defs.length === 0 || receiver.variable.defs.some((definition) => inside(definition.name))) return false;
  return receiver.variable.references.some((reference) => {
    if (inside(reference.identifier)) return false;
    const stop = methodCallOn(reference);
    return stop !== undefined && isStopVerb(calleeName(stop) ?? '');
  });
}

/**
 * In test code, work started on an object that the test waits for later in the same function,
 * through another of its methods (`queue.add(task);` … `await queue.onIdle()`, `pool.run(job);` …
 * `await pool.drain()`, `redis.set(key, value);` … `redis.get(key, (err, value) => { …; done(); })`,
 * `return redis.get(key).then(…)`): awaited, returned, or handed to an error-first callback, the
 * way a callback-style test waits. The wait on the object covers the work, and a failure of the work reaches
 * the runner as an unhandled rejection, which fails the run. Outside tests the failure would go
 * unseen, so it stays reported there; in tests, work nothing waits for (`delay(50);`,
 * `items.map(async …)`) does.
 */
export function isAwaitedThroughOwnerInTest(analysis: Analysis, target: TSESTree.Node): boolean {
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const receiver = receiverOf(analysis, target);
  if (!receiver || !isTestCode(analysis)) return false;
  const body = enclosingBody(target);
  const method = memberName(receiver.member);
  return receiver.variable.references.some((reference) => {
    const use = reference.identifier;
    if (use.range[1] > body.range[1]) return false;
    const call = methodCallOn(reference);
    // another operation of the object (`onIdle`, `drain`, `close`): awaiting one more `add` waits for that one only
    if (call === undefined || calleeName(call) === method) return false;
    // `const wait = consumer.wait(5000); consumer.cancel(); await expect(wait).resolves…`: started before, awaited after.
    if (use.range[0] <= target.range[1]) return use.range[0] >= body.range[0] && heldAndAwaitedAfter(analysis, call, target);
    return isWaitedFor(analysis, call);
  });
}

/** True when `call`'s promise is kept in a `const` that an `await` after `target` reads. */
function heldAndAwaitedAfter(analysis: Analysis, call: TSESTree.CallExpression, target: TSESTree.Node): boolean {
  const declarator = call.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  const held = variableOf(analysis, declarator.id);
  return (
    held?.references.some((reference) => {
      if (reference.init || reference.identifier.range[0] < target.range[1]) return false;
      for (let node: TSESTree.Node | undefined = reference.identifier.parent; node && !isFunctionNode(node); node = node.parent)
        if (node.type === AST_NODE_TYPES.AwaitExpression) return true;
      return false;
    }) ?? false
  );
}

/**
 * In test code, a continuation that only records the outcome (`pool.promise.then(() => { finished =
 * true; })`) on a promise the same test awaits later (`await pool.promise`): if that promise
 * rejects, the later `await` fails the test; the continuation's own rejection repeats the same
 * failure as an unhandled one. A continuation that can throw (an assertion in it) stays reported:
 * its failure is its own.
 */
export function isDerivedFromAwaitedInTest(analysis: Analysis, target: TSESTree.Node): boolean {
  if (target.type !== AST_NODE_TYPES.CallExpression || target.arguments.length !== 1) return false;
  const callee = skipTypeWrappers(target.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'then') return false;
  const [handler] = target.arguments;
  if (!isFunctionNode(handler) || handler.async || !isTestCode(analysis)) return false;
  const body = analysis.services.esTreeNodeToTSNodeMap.get(handler.body);
  if (!cannotThrowTs(body, analysis)) return false;
  const receiver = analysis.sourceCode.getText(skipTypeWrappers(callee.object));
  const scope = enclosingBody(target);
  return walk(scope, (node) => {
    if (node.type !== AST_NODE_TYPES.AwaitExpression || node.range[0] < target.range[1]) return undefined;
    const found = walk(node.argument, (inner) =>
      analysis.sourceCode.getText(skipTypeWrappers(inner as TSESTree.Expression)) === receiver ? 'stop' : undefined,
    );
    return found ? 'stop' : undefined;
  });
}

/**
 * True when the code waits for the call's promise: `await call`, or a `const` holding it that an
 * `await` reads (`const idle = queue.onIdle(); …; await Promise.all([idle, other])`).
 */
function isWaitedFor(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const parent = call.parent;
  if (parent.type === AST_NODE_TYPES.AwaitExpression) return true;
  // `return client.get(key)`, `() => client.get(key)`: the test's own promise is this one.
  if (parent.type === AST_NODE_TYPES.ReturnStatement || (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === call)) {
    return true;
  }
  // `client.get(key).then((value) => …)`: the test waits for the chain if it waits for its end.
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === call && parent.parent.type === AST_NODE_TYPES.CallExpression) {
    const method = memberName(parent);
    if ((method === 'then' || method === 'catch' || method === 'finally') && parent.parent.callee === parent) {
      const chained = parent.parent;
      // `redis.exec().then(() => { …; done(); })`: the test ends in the continuation, so it waits for it.
      if (chained.arguments.some((handler) => completesTest(analysis, handler, call))) return true;
      return isWaitedFor(analysis, chained);
    }
  }
  // `client.get(key, (err, value) => { …; done(); })`: the outcome goes to a callback, the test's way of waiting.
  if (deliversToErrorFirstCallback(analysis, call)) return true;
  if (parent.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== call || parent.id.type !== AST_NODE_TYPES.Identifier)
    return false;
  const holder = variableOf(analysis, parent.id);
  return holder?.references.some((reference) => insideAwait(reference.identifier) || endsTestOnEvent(analysis, reference, call)) ?? false;
}

/**
 * `const stream = redis.scanStream(); stream.on('end', () => { …; resolve(); })`: a listener on the
 * object the call returned that ends the test (see `completesTest`), so the test waits for the
 * object's work, and so for the call that made it.
 */
function endsTestOnEvent(analysis: Analysis, reference: TSESLint.Scope.Reference, call: TSESTree.CallExpression): boolean {
  const member = reference.identifier.parent;
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) return false;
  const registration = member.parent;
  if (registration.type !== AST_NODE_TYPES.CallExpression || registration.callee !== member) return false;
  if (!isListenerRegistration(memberName(member) ?? '')) return false;
  return registration.arguments.some((listener) => completesTest(analysis, listener, call));
}

/**
 * True when `fn` is a function that ends the test `call` runs in: it calls the test's own
 * completion callback (mocha's `done`, node:test's callback form: a plain parameter of the test
 * function called as a function), or the `resolve` of a `new Promise` that the test function
 * returns or awaits. The test lasts until then, so whatever happens before `fn` runs is waited for.
 */
function completesTest(analysis: Analysis, fn: TSESTree.Node, call: TSESTree.CallExpression): boolean {
  if (!isFunctionNode(fn)) return false;
  const testFunction = enclosingBody(call);
  if (!isFunctionNode(testFunction)) return false;
  return walk(fn.body, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = skipTypeWrappers(node.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    const definition = variableOf(analysis, callee)?.defs[0];
    // a parameter of its own (`(done) =>`), not one destructured from a context (`({ expect }) =>`)
    if (definition?.type !== 'Parameter' || !definition.node.params.includes(definition.name)) return undefined;
    const owner = definition.node;
    if (owner === testFunction) return 'stop';
    // `return new Promise((resolve) => { stream.on('end', () => resolve()); })`
    const creation = owner.parent;
    if (creation?.type !== AST_NODE_TYPES.NewExpression || creation.arguments[0] !== owner) return undefined;
    if (creation.callee.type !== AST_NODE_TYPES.Identifier || creation.callee.name !== 'Promise') return undefined;
    if (enclosingBody(creation) !== testFunction) return undefined;
    const use = creation.parent;
    return use.type === AST_NODE_TYPES.ReturnStatement || use.type === AST_NODE_TYPES.AwaitExpression ? 'stop' : undefined;
  });
}

/** True when `node` is part of an `await`'s operand in its own function. */
function insideAwait(node: TSESTree.Node): boolean {
  for (let current = node.parent; current && !isFunctionNode(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.AwaitExpression) return true;
  }
  return false;
}

/**
 * In a test, a rejection of a promise the test expects to succeed fails the test whether it is
 * reported early (the runner's unhandled-rejection report) or at the later `await`: a window
 * without a handler changes nothing. It matters for a promise the test expects may reject:
 * asserted to reject (`expect(p).rejects`, `assert.rejects(p)`, `t.throwsAsync(p)`), given a
 * handler (`p.catch(…)`, `p.then(…, onRejected)`), or awaited in a `try` with a `catch`. An early
 * rejection of that one is reported as unhandled although the test wanted it.
 */
export function mayBeExpectedToReject(holder: TSESLint.Scope.Variable): boolean {
  return holder.references.some((reference) => {
    const use = reference.identifier;
    const parent = use.parent;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === use) {
      const method = memberName(parent);
      if (method === 'catch') return true;
      if (method === 'then' && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.arguments.length >= 2) return true;
    }
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(use as TSESTree.CallExpressionArgument)) {
      const name = calleeName(parent);
      if (name !== undefined && rejectionAssertions.has(name)) return true;
      // `expect(p).rejects…`, `expect(p).to.be.rejectedWith(…)`, `expect(p).to.eventually.be.rejected`
      if (name === 'expect' && chainNamesReject(parent)) return true;
    }
    return isInTryBlockWithCatch(use);
  });
}

/** True when the member chain built on `start` names a rejection: `expect(p).rejects.toThrow()`, `.to.be.rejectedWith(…)`. */
function chainNamesReject(start: TSESTree.Node): boolean {
  let current: TSESTree.Node = start;
  for (;;) {
    const parent = current.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current) {
      if (/^reject/.test(memberName(parent) ?? '')) return true;
      current = parent;
    } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === current) {
      current = parent;
    } else {
      return false;
    }
  }
}

/** True when `node` sits in the `try` block of a `try` with a `catch`, in its own function. */
function isInTryBlockWithCatch(node: TSESTree.Node): boolean {
  for (
    let child: TSESTree.Node = node, current = node.parent;
    current && !isFunctionNode(current);
    child = current, current = current.parent
  ) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.handler && current.block === child) return true;
  }
  return false;
}

/** Matchers and assertions that a function throws when called: `expect(f).toThrow()`, `assert.throws(f)`. */
const throwMatchers = new Set(['toThrow', 'toThrowError', 'throw', 'throws', 'Throw']);

/**
 * In test code, a dropped call that the same test has just asserted to throw synchronously
 * (`expect(() => client.request(x)).toThrow(…)`, `assert.throws(attempt)`, then `try {
 * client.request(x); } catch (error) { … }` to inspect the error): the call throws before any
 * promise exists, so nothing is dropped. The call must repeat the asserted one exactly (same
 * source text, or the asserted function itself called without arguments), earlier in the same
 * function; an assertion that negates (`.not.toThrow()`) proves nothing.
 */
export function isProvenToThrowInTest(analysis: Analysis, target: TSESTree.Node): boolean {
  if (target.type !== AST_NODE_TYPES.CallExpression || !isTestCode(analysis)) return false;
  const text = compact(analysis.sourceCode.getText(target));
  const callee = skipTypeWrappers(target.callee);
  const calledName = callee.type === AST_NODE_TYPES.Identifier && target.arguments.length === 0 ? callee.name : undefined;
  return walk(enclosingBody(target), (node) => {
    if (node.range[0] >= target.range[0]) return 'skip';
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const thrower = assertedThrower(node);
    if (!thrower) return undefined;
    if (thrower.type === AST_NODE_TYPES.Identifier) return thrower.name === calledName ? 'stop' : undefined;
    return compact(analysis.sourceCode.getText(thrower)) === text ? 'stop' : undefined;
  });
}

/**
 * The function a throw assertion calls: `expect(fn).toThrow(…)` or `expect(fn).to.throw(…)` and
 * `assert.throws(fn)`, `t.throws(fn)`; the expression an arrow's body evaluates when `fn` is
 * written in place (`() => x.request()`, `() => { x.request(); }`), else `fn` when it is a name.
 */
function assertedThrower(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const callee = skipTypeWrappers(call.callee);
  let argument: TSESTree.Node | undefined;
  if (callee.type === AST_NODE_TYPES.MemberExpression && throwMatchers.has(memberName(callee) ?? '')) {
    // walk down `expect(fn).to.throw` / `expect(fn).toThrow`, refusing `.not`
    let current: TSESTree.Node = skipTypeWrappers(callee.object);
    for (;;) {
      if (current.type === AST_NODE_TYPES.MemberExpression) {
        if (memberName(current) === 'not') return undefined;
        current = skipTypeWrappers(current.object);
      } else if (current.type === AST_NODE_TYPES.CallExpression && calleeName(current) === 'expect') {
        argument = current.arguments[0];
        break;
      } else if (current.type === AST_NODE_TYPES.Identifier) {
        // `assert.throws(fn)`, `t.throws(fn)`
        argument = memberName(callee) === 'throws' ? call.arguments[0] : undefined;
        break;
      } else {
        return undefined;
      }
    }
  }
  if (!argument) return undefined;
  if (argument.type === AST_NODE_TYPES.Identifier) return argument;
  if (argument.type !== AST_NODE_TYPES.ArrowFunctionExpression && argument.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
  if (argument.params.length > 0) return undefined;
  const { body } = argument;
  if (body.type !== AST_NODE_TYPES.BlockStatement) return skipTypeWrappers(body);
  const [only] = body.body;
  return body.body.length === 1 && only?.type === AST_NODE_TYPES.ExpressionStatement ? skipTypeWrappers(only.expression) : undefined;
}

/** Source text without whitespace, to compare two writings of one call. */
function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * In test code, work handed an object that the test then waits on, later in the same function:
 * `pipeTextStreamToResponse({ response: mockResponse, … });` … `await mockResponse.waitForEnd()`,
 * `consume(result.stream);` … `expect(await result.usage)…`. The wait on the object the work
 * writes to (or reads from) covers the work, as a wait through its owner does, and a failure of
 * the work reaches the runner as an unhandled rejection. The object must be a local given as an
 * argument, a property value of an object-literal argument, or the root of a member given so, and
 * the wait an `await` of one of its members or methods.
 */
export function isAwaitedThroughArgumentInTest(analysis: Analysis, target: TSESTree.Node): boolean {
  if (target.type !== AST_NODE_TYPES.CallExpression || !isTestCode(analysis)) return false;
  const handed = new Set<TSESLint.Scope.Variable>();
  const add = (node: TSESTree.Node): void => {
    const root = rootOf(node);
    if (root.type !== AST_NODE_TYPES.Identifier) return;
    const variable = variableOf(analysis, root);
    if (variable) handed.add(variable);
  };
  for (const argument of target.arguments) {
    if (argument.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of argument.properties) if (property.type === AST_NODE_TYPES.Property) add(property.value);
    } else if (argument.type !== AST_NODE_TYPES.SpreadElement) {
      add(argument);
    }
  }
  const body = enclosingBody(target);
  return [...handed].some((variable) =>
    variable.references.some((reference) => {
      const use = reference.identifier;
      if (use.range[0] <= target.range[1] || use.range[1] > body.range[1]) return false;
      // `await mock.waitForEnd()`, `await result.usage`: the awaited value is a member or method of it
      let top: TSESTree.Node = use;
      while (top.parent && isChainedOn(top.parent, top)) top = top.parent;
      return top !== use && top.parent?.type === AST_NODE_TYPES.AwaitExpression;
    }),
  );
}

/** True when `parent` goes on from `child`: a member of it, a call of it, `child!`. */
function isChainedOn(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  if (parent.type === AST_NODE_TYPES.MemberExpression) return parent.object === child;
  if (parent.type === AST_NODE_TYPES.CallExpression) return parent.callee === child;
  return parent.type === AST_NODE_TYPES.TSNonNullExpression;
}
