import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { isTestCodeAt, isTestSupportAt } from '../scope/test-code.js';
import { isTickDelay } from '../scope/timers.js';
import { variableOf } from '../scope/variables.js';
import { calleeName, isListenerRemoval, isLoggingCall } from '../syntax/calls.js';
import { alwaysExits } from '../syntax/exits.js';
import type { FunctionNode } from '../syntax/nodes.js';
import {
  enclosingFunction,
  isFunctionNode,
  isLoop,
  localFunctionBinding,
  memberName,
  rootOf,
  skipTypeWrappers,
  statementsIn,
} from '../syntax/nodes.js';
import { containsInBody, walk } from '../syntax/walk.js';
import { typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import type { Registration } from './callback-kinds.js';
import { onceTimers, registrationOf } from './callback-kinds.js';
import { isStartedNodeResource } from './failure-events.js';
import { localFunctionCalled } from '../scope/declarations.js';
import { firstWord, isCleanupCall, isOuterState } from './early-return.js';
import { settlesOnRearmedRun } from './rearmed-runs.js';
import type { SettleOwner, SettleRole } from './settlers.js';

/*
 * What the callbacks an executor registers do once the promise has settled. A callback that runs
 * again and again (`callback-kinds.ts`) and settles on its runs, with nothing that stops it (no
 * `clearInterval`, `close()`, `off(…)`, `removeListener(…)`, no flag it tests and sets), settles
 * again on every later run: the later calls are ignored, and the interval, watcher or listener
 * keeps running, with a first `data` chunk standing for the whole reply. A timer whose callback
 * settles and does other work (`client.abandon()`, `socket.destroy()`), never cleared when the
 * promise settles another way, still does that work later, on an operation that succeeded. Test
 * code is left alone: its runner ends it.
 */

/** A settle call in a callback that runs again after the promise settled. */
export interface RepeatedSettle {
  call: TSESTree.CallExpression;
  registration: Registration;
}

/** The settle calls of `owner` the executor's own paths reach (direct calls and those in nested functions). */
export function settleCallsOf(owner: SettleOwner): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  for (const { variable } of owner.settlers) {
    for (const reference of variable.references) {
      const identifier = reference.identifier as TSESTree.Node;
      let node = identifier;
      while (node.parent && node.parent.type === AST_NODE_TYPES.TSNonNullExpression) node = node.parent;
      if (node.parent?.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node) calls.push(node.parent);
    }
  }
  return calls.sort((a, b) => a.range[0] - b.range[0]);
}

/** The functions between `node` and `outer`, innermost first. */
function functionsBetween(node: TSESTree.Node, outer: TSESTree.Node): FunctionNode[] {
  const found: FunctionNode[] = [];
  for (let current = node.parent; current && current !== outer; current = current.parent) {
    if (isFunctionNode(current)) found.push(current);
  }
  return found;
}

/**
 * True when running `fn` can stop what runs it again, or make its later runs do nothing: a cleanup
 * call (`clearInterval`, `close()`, `off(…)`, `removeListener(…)`, `destroy()`, `finish(…)`), a
 * write of outer state that a test in it reads (`if (done) return; done = true`), or a call of a
 * local function that does one of those. `listener` is the callback whose later runs are judged: in
 * a local helper it calls (`finish(() => resolve(…))`), taking `listener` off is its stop, while in
 * the listener itself taking another one off is not.
 */
function stopsItself(
  analysis: Analysis,
  fn: FunctionNode,
  depth = 0,
  emitter?: TSESTree.Node,
  settle?: TSESTree.Node,
  listener: FunctionNode = fn,
): boolean {
  const written = new Set<string>();
  // Accumulations (`totalKg += batch.kg`, `count++`), with where they happen: a test that reads one
  // after it (`if (totalKg >= quota)`) stays true once it passed, so it stops nothing; one before it
  // (`if (calls++ > 0) return;`, `if (seen) return; seen += 1`) does.
  const accumulated: { target: string; at: TSESTree.Node }[] = [];
  const tested: TSESTree.Node[] = [];
  const calls: TSESTree.CallExpression[] = [];
  const literalWrites = new Map<string, Set<string>>();
  const stopped = walk(
    fn,
    (node) => {
      if (node.type === AST_NODE_TYPES.CallExpression) {
        if (
          isCleanupCall(node) &&
          !removesOtherListener(analysis, node, listener) &&
          !leavesNamedListener(analysis, node, listener) &&
          !stopsOtherSubscription(analysis, node, listener) &&
          !clearsOneShotTimer(analysis, node) &&
          !cleansUnrelatedObject(node, emitter) &&
          (!settle || !onOtherBranch(node, settle, fn)) &&
          // `registry.freeBerths(reach, (err, berths) => { … resolve(best); })`: the call whose callback settles stops
          // nothing; a local `finish(() => resolve(…))` that detaches everything first does.
          (!settle ||
            !(node.range[0] <= settle.range[0] && settle.range[1] <= node.range[1]) ||
            localFunctionCalled(analysis, node) !== undefined)
        )
          return 'stop';
        calls.push(node);
      }
      if (node.type === AST_NODE_TYPES.AssignmentExpression && isOuterState(analysis, node.left, fn)) {
        if (node.operator === '=') {
          const target = analysis.sourceCode.getText(node.left);
          // `if (firstAt === undefined) { firstAt = now; return; }`: a first run's bookkeeping on a branch
          // that leaves before the settle call guards nothing on the settle's path.
          if (!settle || !onOtherBranch(node, settle, fn)) written.add(target);
          if (node.right.type === AST_NODE_TYPES.Literal) {
            const values = literalWrites.get(target) ?? new Set<string>();
            literalWrites.set(target, values.add(String(node.right.value)));
          }
        } else accumulated.push({ target: analysis.sourceCode.getText(node.left), at: node });
      }
      if (node.type === AST_NODE_TYPES.UpdateExpression && isOuterState(analysis, node.argument, fn)) {
        accumulated.push({ target: analysis.sourceCode.getText(node.argument), at: node });
      }
      if (node.type === AST_NODE_TYPES.IfStatement || node.type === AST_NODE_TYPES.ConditionalExpression) tested.push(node.test);
      return undefined;
    },
    { nested: true },
  );
  if (stopped) return true;
  // `inFlight = true; … inFlight = false;`: a guard against overlapping runs, set and reset by the same
  // callback, lets the next run through; it stops nothing.
  for (const [target, values] of literalWrites) if (values.size > 1) written.delete(target);
  const testText = tested.map((test) => analysis.sourceCode.getText(test));
  if ([...written].some((target) => testText.some((text) => text.includes(target)))) return true;
  if (
    accumulated.some(({ target, at }) =>
      tested.some((test) => test.range[0] <= at.range[0] && analysis.sourceCode.getText(test).includes(target)),
    )
  )
    return true;
  if (depth > 1) return false;
  return calls.some((call) => {
    const local = localFunctionCalled(analysis, call);
    return local !== undefined && local !== fn && stopsItself(analysis, local, depth + 1, emitter, undefined, listener);
  });
}

/**
 * True when `stop` sits in a branch of `fn` (an `if`'s or `?:`'s arm, the right side of `&&`/`||`,
 * a `switch` case, a `catch`) that does not hold `settle`: the path that settles can run without
 * the stop (`if (late) { clearInterval(timer); reject(…); return; } … resolve(reading);`).
 */
function onOtherBranch(stop: TSESTree.Node, settle: TSESTree.Node, fn: FunctionNode): boolean {
  const holds = (branch: TSESTree.Node): boolean => branch.range[0] <= settle.range[0] && settle.range[1] <= branch.range[1];
  for (let child: TSESTree.Node = stop, node = stop.parent; node && node !== fn; child = node, node = node.parent) {
    const isBranch =
      ((node.type === AST_NODE_TYPES.IfStatement || node.type === AST_NODE_TYPES.ConditionalExpression) && node.test !== child) ||
      (node.type === AST_NODE_TYPES.LogicalExpression && node.right === child) ||
      node.type === AST_NODE_TYPES.SwitchCase ||
      node.type === AST_NODE_TYPES.CatchClause;
    // A case's statements are one branch together.
    if (isBranch && !holds(node.type === AST_NODE_TYPES.SwitchCase ? node : child)) return true;
  }
  return false;
}

/**
 * `plc.closePaddle(…)`, `cache.clearEntry(…)` in a listener on `this`: a cleanup verb joined to a
 * noun, called on a named object that is not the emitter the listener is on, closes that thing,
 * not the source of the events. A bare verb (`source.close()`), a call on `this` or on the
 * emitter, and any call when the emitter is not known still count as stopping it.
 */
function cleansUnrelatedObject(call: TSESTree.CallExpression, emitter: TSESTree.Node | undefined): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (!emitter || callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = memberName(callee);
  if (!name || name.toLowerCase() === firstWord(name)) return false;
  const root = rootOf(callee.object);
  const emitterRoot = rootOf(emitter);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  return emitterRoot.type !== AST_NODE_TYPES.Identifier || emitterRoot.name !== root.name;
}

/**
 * True for `x.off('error', onError)` (also `removeListener`, `removeEventListener`) that takes away
 * a listener other than `fn`: a named function that `fn` is not. It leaves `fn` registered.
 */
function removesOtherListener(analysis: Analysis, call: TSESTree.CallExpression, fn: FunctionNode): boolean {
  const name = calleeName(call);
  if (name !== 'off' && name !== 'removeListener' && name !== 'removeEventListener') return false;
  const listener = call.arguments[1];
  if (listener?.type !== AST_NODE_TYPES.Identifier) return false;
  const declared = variableOf(analysis, listener)?.defs[0]?.node;
  if (!declared) return false;
  const named = declared.type === AST_NODE_TYPES.VariableDeclarator ? declared.init : declared;
  return named !== null && named !== fn && isFunctionNode(named);
}

/**
 * True for `stopErrors()` in a callback `fn` when `stopErrors` holds what another registration
 * returned (`const stopErrors = harvester.onError((err) => …)`): it ends that subscription, and
 * `fn`'s own one (`const stopBatches = harvester.onBatch(fn)`) goes on.
 */
function stopsOtherSubscription(analysis: Analysis, call: TSESTree.CallExpression, fn: FunctionNode): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || call.arguments.length > 0) return false;
  const declarator = variableOf(analysis, callee)?.defs[0]?.node;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init) return false;
  const registration = skipTypeWrappers(declarator.init);
  if (registration.type !== AST_NODE_TYPES.CallExpression) return false;
  const callbacks = registration.arguments.filter((argument) => isFunctionNode(argument));
  return (
    callbacks.length > 0 &&
    !callbacks.some((callback) => callback === fn || (callback.range[0] <= fn.range[0] && fn.range[1] <= callback.range[1]))
  );
}

/** Calls that take a listener off by passing it. */
const listenerRemovals = new Set(['off', 'removeListener', 'removeEventListener', 'removeAllListeners']);

/**
 * True for a cleanup call that is not a listener removal (`sensors.unsubscribe(chamber)`) in a
 * listener `fn` that other code takes off by passing it (`sensors.off('reading', onReading)` on
 * the timeout path): the author removes this listener by name, so a call that does not name it
 * leaves it registered.
 */
function leavesNamedListener(analysis: Analysis, call: TSESTree.CallExpression, fn: FunctionNode): boolean {
  // A local `cleanup()` may be the very code that takes it off.
  if (listenerRemovals.has(calleeName(call) ?? '') || localFunctionCalled(analysis, call) !== undefined) return false;
  const holder = fn.parent;
  const id =
    fn.type === AST_NODE_TYPES.FunctionDeclaration
      ? fn.id
      : holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === fn
        ? holder.id
        : undefined;
  if (id?.type !== AST_NODE_TYPES.Identifier) return false;
  return (
    variableOf(analysis, id)?.references.some(({ identifier }) => {
      const removal = identifier.parent;
      return (
        removal?.type === AST_NODE_TYPES.CallExpression &&
        removal.arguments.includes(identifier as TSESTree.Identifier) &&
        listenerRemovals.has(calleeName(removal) ?? '')
      );
    }) ?? false
  );
}

/**
 * True for `clearTimeout(timer)` / `clearImmediate(id)` of a handle no `setInterval` made: it cancels
 * a timer that runs once (a reply timeout), not the listener or interval that runs again.
 */
function clearsOneShotTimer(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const name = calleeName(call);
  if (name !== 'clearTimeout' && name !== 'clearImmediate') return false;
  const [handle] = call.arguments;
  if (handle?.type !== AST_NODE_TYPES.Identifier) return true;
  const variable = variableOf(analysis, handle);
  return !variable?.references.some(({ identifier, writeExpr }) => {
    const written = writeExpr && skipTypeWrappers(writeExpr);
    return (
      identifier !== handle &&
      written?.type === AST_NODE_TYPES.CallExpression &&
      written.callee.type === AST_NODE_TYPES.Identifier &&
      written.callee.name === 'setInterval'
    );
  });
}

/** The settle calls of an executor that run in a repeating callback that nothing stops (see the module comment). */
export function repeatedSettles(analysis: Analysis, owner: SettleOwner): RepeatedSettle[] {
  if (owner.kind === 'helper') return [];
  // In test code a settle that runs again is a no-op the runner never sees, except from an interval
  // nothing stops: it keeps the event loop alive after the test, and the run never ends.
  const inTest = isTestCodeAt(analysis, owner.fn);
  const found: RepeatedSettle[] = [];
  const judged = new Map<FunctionNode, Registration | undefined>();
  // A repeated `resolve` loses every later value (the first `data` chunk stands for the reply); a
  // repeated `reject` loses only later failures of work that already failed, so it is left alone.
  const resolvers = new Set(owner.settlers.filter(({ role }) => role === 'resolve').map(({ variable }) => variable.name));
  for (const call of settleCallsOf(owner)) {
    const callee = skipTypeWrappers(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && !resolvers.has(callee.name)) continue;
    for (const fn of functionsBetween(call, owner.fn)) {
      if (!judged.has(fn)) {
        const registration = registrationOf(analysis, fn);
        const repeats =
          registration?.runs === 'repeating' || (registration !== undefined && staysOnSharedEmitter(analysis, registration, owner.fn));
        const counted = !inTest || (registration?.method === 'setInterval' && !isUnrefed(analysis, registration.site));
        judged.set(fn, repeats && counted ? registration : undefined);
      }
      // Whether running `fn` stops it depends on the path: a stop on another branch (the deadline's) leaves this settle repeating.
      const registration = judged.get(fn) && !stopsItself(analysis, fn, 0, judged.get(fn)!.emitter, call) ? judged.get(fn) : undefined;
      // A cursor's handler runs again only after `cursor.continue()`: a settle on the last step is its purpose.
      if (registration?.rearm && !settlesOnRearmedRun(fn, call, registration.rearm)) break;
      if (registration) {
        found.push({ call, registration });
        break;
      }
    }
  }
  // One report per repeating callback: its first settle call.
  return found.filter((item, index) => found.findIndex((other) => other.registration.callback === item.registration.callback) === index);
}

/** True for a callback handed to `.then`/`.catch`/`.finally`: it runs as part of the function that made the chain. */
function isReactionCallback(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
  const name = calleeName(call);
  return name === 'then' || name === 'catch' || name === 'finally';
}

/** True when the timer `site` starts is `unref()`ed (in place or through the `const` holding it): it keeps nothing alive. */
function isUnrefed(analysis: Analysis, site: TSESTree.Node): boolean {
  const holder = site.parent;
  if (holder?.type === AST_NODE_TYPES.MemberExpression && memberName(holder) === 'unref') return true;
  if (holder?.type !== AST_NODE_TYPES.VariableDeclarator || holder.id.type !== AST_NODE_TYPES.Identifier) return false;
  return variableOf(analysis, holder.id)?.references.some((reference) => isRefCall(reference.identifier, ['unref'])) ?? false;
}

/**
 * True for a listener added with `on`/`addListener`/`addEventListener` (not once) for an event
 * that may come again (`message`, `reply`: neither a last event nor known to repeat), on an emitter
 * that outlives the promise: a field (`this.child.on('message', …)`), a parameter, or a variable
 * declared outside the function that makes the promise. Each call adds one more listener that
 * nothing takes away, and every later event runs all of them: a reply meant for one request
 * settles each waiting one, and the listeners pile up. An emitter the function creates itself
 * (`const worker = new Worker(…)`) ends with the request, so its first reply may be all it waits for.
 */
function staysOnSharedEmitter(analysis: Analysis, registration: Registration, executor: TSESTree.Node): boolean {
  const { emitter, method, runs } = registration;
  if (runs !== 'unknown' || !emitter || !['on', 'addListener', 'addEventListener'].includes(method)) return false;
  if (registration.event === undefined) return false;
  let root: TSESTree.Node = skipTypeWrappers(emitter);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTypeWrappers(root.object);
  if (root.type === AST_NODE_TYPES.ThisExpression) return true;
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const declared = variableOf(analysis, root)?.defs[0];
  if (!declared) return false;
  let maker: TSESTree.Node | undefined = executor.parent;
  while (maker && !isFunctionNode(maker)) maker = maker.parent;
  if (!maker) return false; // made at the top level: a script that makes it once
  if (declared.type === 'Parameter') return true;
  const at = declared.name;
  return at.range[0] < maker.range[0] || at.range[1] > maker.range[1];
}

/** A timer that settles the promise (and may do other work), never cleared when the promise settles another way. */
export interface LingeringTimer {
  timer: TSESTree.CallExpression;
  /** The first call in the timer's callback that is not a settle call or logging; none when it only settles. */
  effect?: TSESTree.CallExpression;
  /** The references to a settle function outside the timer's callback: the other ways to settle. */
  others: { reference: TSESTree.Identifier; role: SettleRole }[];
  /** A `resolve(…)` on whose path the handle, cleared on the other ways to settle, is not; with the handle's name. */
  missed?: TSESTree.CallExpression;
  handle?: string;
}

/**
 * The `setTimeout(…)` of an executor (or beside a `withResolvers` deferred) whose callback settles the promise and also does other work
 * (`client.abandon()`, itself or through a local function it calls: `detach()`), tests nothing (no `if (settled) return`), and whose handle is never given
 * to `clearTimeout` (nor stored anywhere but a local), while the promise can also settle another
 * way: once it has, the timer still fires and does that work anyway.
 */
export function lingeringTimer(analysis: Analysis, owner: SettleOwner): LingeringTimer | undefined {
  // In test code too: a timer left running does its work after the test moved on (a socket a
  // later step uses, destroyed), which the runner reports far from its cause.
  if (owner.kind === 'helper') return undefined;
  const settlers = new Set(owner.settlers.map(({ variable }) => variable));
  const inTest = isTestCodeAt(analysis, owner.fn);
  const isSettleCall = (call: TSESTree.CallExpression): boolean => {
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = variableOf(analysis, callee);
    return variable !== null && settlers.has(variable);
  };
  for (const call of settleCallsOf(owner)) {
    // The timer's callback itself, or one whose promise chain settles (`release(id).then(() => reject(…), reject)`).
    const around = functionsBetween(call, owner.fn);
    const reactions = around.findIndex((between) => !isReactionCallback(between));
    const fn = reactions >= 0 ? around[reactions] : undefined;
    if (!fn || fn.parent.type !== AST_NODE_TYPES.CallExpression) continue;
    const registration = registrationOf(analysis, fn);
    if (registration?.method !== 'setTimeout' || registration.site.type !== AST_NODE_TYPES.CallExpression) continue;
    const timer = registration.site;
    if (functionsBetween(timer, owner.fn).length > 0) continue;
    // Another way to settle: a reference to a settle function outside the timer's callback.
    const others = owner.settlers.flatMap(({ variable, role }) =>
      variable.references
        .filter(
          (reference) =>
            !reference.init &&
            (reference.identifier.range[0] < fn.range[0] || reference.identifier.range[1] > fn.range[1]) &&
            !onExclusivePaths(timer, reference.identifier, owner.fn),
        )
        .map((reference) => ({ reference: reference.identifier as TSESTree.Identifier, role })),
    );
    let clearing = others.length === 0 || timerIsCleared(analysis, timer, owner, fn);
    let effect: TSESTree.CallExpression | undefined;
    let tests = false;
    const removal = (call: TSESTree.CallExpression): boolean => isListenerRemoval(calleeName(call) ?? '');
    walk(fn.body, (node) => {
      if (isFunctionNode(node)) return 'skip';
      if (node.type === AST_NODE_TYPES.IfStatement || node.type === AST_NODE_TYPES.ConditionalExpression) tests = true;
      if (node.type === AST_NODE_TYPES.LogicalExpression) tests = true;
      // The work that names the harm best: taking a listener off (`events.off(…)`) only if there is nothing else.
      if (node.type === AST_NODE_TYPES.CallExpression && (!effect || removal(effect)) && !isSettleCall(node) && !isLoggingCall(node)) {
        if ((isEffect(node, inTest) || doesEffect(analysis, node, inTest, isSettleCall)) && (!effect || !removal(node))) effect = node;
      }
      return undefined;
    });
    // A timer that only settles holds the process on any path that leaves it running, a failure's too
    // (`onDnf` rejecting without `clearTimeout(timer)` while the finish path clears it).
    // (Its work there is cleanup after a failure; the hold is what is left.)
    const holds = !tests && !isTestSupportAt(analysis, owner.fn) && holdsProcess(analysis, timer);
    if (clearing === true && holds && others.length > 0) {
      // Only where that path cleans up other things (`detach()`, `loop.off(…)`): the timer is what it forgot.
      const onFailure = timerIsCleared(analysis, timer, owner, fn, false);
      if (typeof onFailure === 'object' && cleansUpAround(onFailure.missed, owner.fn))
        return { timer, others, missed: onFailure.missed, handle: onFailure.handle };
    }
    if (clearing === true) continue;
    const missed = clearing === false ? {} : { missed: clearing.missed, handle: clearing.handle };
    if (effect && !tests) return { timer, effect, others, ...missed };
    // Only settling: a no-op once the promise has settled, but in library code the timer still holds
    // the process for its whole delay after every call (a deadline wrapper in a loop holds one per turn).
    // Cleared on some ways to settle but not on another (`missed`): on that path it holds the process all the same.
    if (!effect && holds) return { timer, others, ...missed };
  }
  return undefined;
}

/** True when the callback around `settle` (inside the executor) also makes a cleanup call (`detach()`, `loop.off(…)`, `stop()`). */
function cleansUpAround(settle: TSESTree.Node, executor: TSESTree.Node): boolean {
  const callback = functionsBetween(settle, executor)[0];
  return (
    callback !== undefined &&
    walk(callback.body, (node) => {
      if (isFunctionNode(node)) return 'skip';
      return node.type === AST_NODE_TYPES.CallExpression && (isCleanupCall(node) || isListenerRemoval(calleeName(node) ?? ''))
        ? 'stop'
        : undefined;
    })
  );
}

/** An interval that settles the promise and stops only on that path, while the promise can settle another way. */
export interface LeakedInterval {
  timer: TSESTree.CallExpression;
  /**
   * The other ways to settle: references to a settle function outside the interval's callback, and
   * settle calls in it on a branch that clears nothing (`inside`).
   */
  others: { reference: TSESTree.Identifier; role: SettleRole; inside?: boolean }[];
}

/**
 * `const poll = setInterval(() => { if (ready()) { clearInterval(poll); resolve(…); } }, ms)` in an
 * executor that also settles another way (`setTimeout(() => reject(…), deadline)`): the interval
 * is cleared only by its own callback, on the path where it settles. When the promise settles the
 * other way, nothing stops it: it fires for good, polling for an answer nobody waits for, and
 * holds the process. The same holds for a settle call in the callback on a branch that clears
 * nothing (`if (withdrawn) { reject(…); return; }` beside the branch that clears and resolves).
 * Library code only (in test code the runner ends the process); the handle must be kept in a
 * `const` whose every use is a `clearInterval` inside the callback.
 */
export function leakedInterval(analysis: Analysis, owner: SettleOwner): LeakedInterval | undefined {
  if (owner.kind === 'helper' || isTestCodeAt(analysis, owner.fn) || isTestSupportAt(analysis, owner.fn)) return undefined;
  for (const call of settleCallsOf(owner)) {
    // The interval's callback, also around a callback of its own (`client.status(id, (err, s) => resolve(s))`).
    const fn = functionsBetween(call, owner.fn).find(
      (candidate) =>
        candidate.parent.type === AST_NODE_TYPES.CallExpression && registrationOf(analysis, candidate)?.method === 'setInterval',
    );
    const registration = fn && registrationOf(analysis, fn);
    if (!fn || registration?.method !== 'setInterval' || registration.site.type !== AST_NODE_TYPES.CallExpression) continue;
    const timer = registration.site;
    if (functionsBetween(timer, owner.fn).length > 0 || timer.callee.type !== AST_NODE_TYPES.Identifier) continue;
    const declarator = timer.parent;
    if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
    const handle = variableOf(analysis, declarator.id);
    const uses = handle?.references.filter((reference) => !reference.init) ?? [];
    const inside = (node: TSESTree.Node): boolean => node.range[0] >= fn.range[0] && node.range[1] <= fn.range[1];
    const clearsInside = uses.every(({ identifier }) => {
      const clear = identifier.parent;
      return (
        inside(identifier) &&
        clear?.type === AST_NODE_TYPES.CallExpression &&
        calleeName(clear) === 'clearInterval' &&
        clear.arguments[0] === identifier
      );
    });
    if (uses.length === 0 || !clearsInside) continue;
    const clears = uses.map(({ identifier }) => identifier.parent as TSESTree.Node);
    // A settle call of the callback on a branch that clears nothing (`if (withdrawn) { reject(…); return; }`
    // beside `if (free) { clearInterval(poll); resolve(…); }`): the promise is settled, the interval polls on.
    const unclearing = (reference: TSESTree.Identifier): boolean => {
      const call = reference.parent;
      return (
        call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference && clears.every((clear) => onOtherBranch(clear, call, fn))
      );
    };
    const others = owner.settlers.flatMap(({ variable, role }) =>
      variable.references
        .filter(
          (reference) => !reference.init && (!inside(reference.identifier) || unclearing(reference.identifier as TSESTree.Identifier)),
        )
        .map((reference) => ({ reference: reference.identifier as TSESTree.Identifier, role, inside: inside(reference.identifier) })),
    );
    if (others.length > 0) return { timer, others };
  }
  return undefined;
}

/**
 * True when a timer holds the process while it waits: it is not `unref()`ed, and its delay is not a
 * number literal under 100 ms (directly or through a `const`: a yield to the event loop).
 */
function holdsProcess(analysis: Analysis, timer: TSESTree.CallExpression): boolean {
  // The global timer: a socket's `setTimeout(ms, cb)` is an idle timeout that ends with the socket.
  if (timer.callee.type !== AST_NODE_TYPES.Identifier) return false;
  let node: TSESTree.Node = timer;
  while (node.parent && (node.parent.type === AST_NODE_TYPES.TSAsExpression || node.parent.type === AST_NODE_TYPES.TSNonNullExpression))
    node = node.parent;
  const delay = timer.arguments[1];
  return delay !== undefined && !isUnrefed(analysis, node) && !isTickDelay(analysis, delay);
}

/**
 * A call that acts on something outside the callback: a method call on an object
 * (`client.abandon()`), not `new Error(…)` or `String(x)`. In test code, not the removal of a
 * listener either (`emitter.off('done', onDone)`): removing one late removes nothing, and a test
 * helper's short expiry holds nothing that matters. In library code it still counts: the timer
 * holds the event loop for its whole delay after every call, which reviewers welcome fixing.
 */
function isEffect(call: TSESTree.CallExpression, inTest: boolean): boolean {
  const callee = skipTypeWrappers(call.callee);
  const name = calleeName(call);
  return callee.type === AST_NODE_TYPES.MemberExpression && name !== undefined && !(inTest && isListenerRemoval(name));
}

/**
 * True when `call` runs a local function of this file (`detach()`) whose own body makes an effect
 * call ({@link isEffect}; settle calls and logging aside): the timer does that work through it.
 */
function doesEffect(
  analysis: Analysis,
  call: TSESTree.CallExpression,
  inTest: boolean,
  isSettleCall: (call: TSESTree.CallExpression) => boolean,
): boolean {
  const local = localFunctionCalled(analysis, call);
  return (
    local !== undefined &&
    containsInBody(
      local.body,
      (node) => node.type === AST_NODE_TYPES.CallExpression && !isSettleCall(node) && !isLoggingCall(node) && isEffect(node, inTest),
    )
  );
}

/** True for `handle.unref()`, `handle.ref()` or `handle.hasRef()` (or only the `methods` given) on the handle `identifier` reads. */
function isRefCall(identifier: TSESTree.Node, methods: readonly string[] = ['unref', 'ref', 'hasRef']): boolean {
  const member = identifier.parent;
  return (
    member?.type === AST_NODE_TYPES.MemberExpression &&
    member.object === identifier &&
    methods.includes(memberName(member) ?? '') &&
    member.parent?.type === AST_NODE_TYPES.CallExpression &&
    member.parent.callee === member
  );
}

/**
 * True when the handle `setTimeout` returns is kept (stored anywhere, or given to `clearTimeout`),
 * unless every use of it is a `clearTimeout(handle)` and some way to fulfil the promise runs none
 * of them: `resolve` handed over as a listener (`socket.once('connect', resolve)`), or a callback
 * that resolves without clearing, itself or through a local function it calls.
 */
function timerIsCleared(
  analysis: Analysis,
  timer: TSESTree.CallExpression,
  owner: SettleOwner,
  callback: FunctionNode,
  fulfilOnly = true,
): boolean | { missed: TSESTree.CallExpression; handle: string } {
  let node: TSESTree.Node = timer;
  while (node.parent && (node.parent.type === AST_NODE_TYPES.TSAsExpression || node.parent.type === AST_NODE_TYPES.TSNonNullExpression)) {
    node = node.parent;
  }
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) return false;
  // `.unref()` keeps nothing that could clear it.
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.parent?.type === AST_NODE_TYPES.CallExpression) {
    return parent.parent.parent?.type !== AST_NODE_TYPES.ExpressionStatement;
  }
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.id.type !== AST_NODE_TYPES.Identifier) return true;
  const variable = variableOf(analysis, parent.id);
  if (!variable) return true;
  // Any use of the handle but a bare read counts as keeping it: `clearTimeout(timer)`, `{ timer }`, `this.timer = timer`.
  // `timer.unref()` (also `ref()`, `hasRef()`) tells the event loop about the timer: it clears nothing.
  const uses = variable.references.filter((reference) => !reference.init && !isRefCall(reference.identifier));
  if (uses.length === 0) return false;
  const clears = uses.map((reference) => clearCallOf(reference.identifier as TSESTree.Identifier));
  if (clears.some((clear) => clear === undefined)) return true;
  const clearing = new Set(clears.map((clear) => functionsBetween(clear!, owner.fn)[0]));
  // A clear of the handle, or a call of a local function that clears it (`fail(err)`, `finish(…)`).
  const isClear = (call: TSESTree.CallExpression): boolean => {
    if (clears.includes(call)) return true;
    const local = localFunctionCalled(analysis, call);
    return local !== undefined && clearing.has(local);
  };
  // The success path is where the timer's work does harm (it destroys what the caller now uses);
  // after a failure it is cleanup of something already broken. (A timer that only holds the process
  // holds it on every path: `fulfilOnly` false.)
  const fulfils = owner.settlers.filter(({ role }) => !fulfilOnly || role === 'resolve');
  let missed: TSESTree.CallExpression | undefined;
  const covered = fulfils.every(({ variable: settler }) =>
    settler.references.every((reference) => {
      const place = reference.identifier as TSESTree.Identifier;
      if (reference.init || (place.range[0] >= callback.range[0] && place.range[1] <= callback.range[1])) return true;
      const call = place.parent;
      // Handed over as a listener (`socket.once('connect', resolve)`): that way to settle clears nothing,
      // unless the chain it is handed to clears the timer right after (`work.then(resolve, reject).finally(() => clearTimeout(t))`).
      if (call?.type === AST_NODE_TYPES.CallExpression && call.callee !== place && call.arguments.includes(place))
        return clearedByFinally(call, isClear);
      // Stored, or handed on some other way: not judged.
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== place) return true;
      const around = functionsBetween(place, owner.fn);
      // Settled in the executor's own body: before the timer starts, or where the code says why; not judged.
      if (around.length === 0 || clearsOnPathTo(place, owner.fn, isClear)) return true;
      // Cleared where the promise settles other ways, not on this path.
      missed = call;
      return false;
    }),
  );
  return covered || (missed ? { missed, handle: parent.id.name } : false);
}

/**
 * True when `a` and `b` never both run in one call of `outer`: one sits in an `if` branch that always
 * leaves (`if (cold) { setTimeout(() => reject(…), 1_000); return; }`) and the other after that `if`.
 */
function onExclusivePaths(a: TSESTree.Node, b: TSESTree.Node, outer: TSESTree.Node): boolean {
  const leavingBranch = (node: TSESTree.Node, other: TSESTree.Node): boolean => {
    for (let child = node, current = node.parent; current && current !== outer; child = current, current = current.parent) {
      if (current.type !== AST_NODE_TYPES.IfStatement || current.test === child) continue;
      // An `if` inside a callback that does not hold `other` (`onData`'s `if (verb === 'ARMED')`) decides nothing about the code around it.
      const around = enclosingFunction(current);
      if (around && !(other.range[0] >= around.range[0] && other.range[1] <= around.range[1])) continue;
      if (other.range[0] >= child.range[0] && other.range[1] <= child.range[1]) continue;
      if (alwaysExits(child) && other.range[0] > current.range[1]) return true;
    }
    return false;
  };
  return leavingBranch(a, b) || leavingBranch(b, a);
}

/** True when `call` (`work.then(resolve, reject)`) is followed in its chain by `.finally(cb)` whose callback clears the timer. */
function clearedByFinally(call: TSESTree.CallExpression, isClear: (call: TSESTree.CallExpression) => boolean): boolean {
  const member = call.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== call || memberName(member) !== 'finally') return false;
  const chained = member.parent;
  const [callback] = chained?.type === AST_NODE_TYPES.CallExpression && chained.callee === member ? chained.arguments : [];
  return (
    callback !== undefined &&
    isFunctionNode(callback) &&
    walk(callback.body, (node) => (node.type === AST_NODE_TYPES.CallExpression && isClear(node) ? 'stop' : undefined))
  );
}

/**
 * True when the path that reaches `place` also clears the timer: a statement of a block around it
 * (in its callback, or in a callback around that one, up to `outer`), before or after it, that
 * runs a clear unconditionally (`clearTimeout(timer); resolve(v);`, `resolve(v); finish();`), or a
 * guard that clears handed the settle (`done(() => resolve(body))`). A
 * clear only in another branch (`if (res.statusCode !== 200) { fail(…); return; }`) or in a
 * callback registered there (`res.on('end', () => { clearTimeout(timer); … })`) leaves this path's
 * timer running.
 */
function clearsOnPathTo(place: TSESTree.Node, outer: TSESTree.Node, isClear: (call: TSESTree.CallExpression) => boolean): boolean {
  for (let node: TSESTree.Node = place; node.parent && node !== outer; node = node.parent) {
    // Settled through a guard that clears: `done(() => resolve(body))`.
    if (node.parent.type === AST_NODE_TYPES.CallExpression && node.parent.callee !== node && isClear(node.parent)) return true;
    const statements = statementsIn(node.parent);
    if (statements?.some((statement) => runsUnconditionally(statement, isClear))) return true;
  }
  return false;
}

/** True when running `statement` always makes a call `test` accepts: not in a branch, a loop, a `catch` or a function it makes. */
function runsUnconditionally(statement: TSESTree.Node, test: (call: TSESTree.CallExpression) => boolean): boolean {
  return walk(statement, (node) => {
    if (
      isFunctionNode(node) ||
      node.type === AST_NODE_TYPES.IfStatement ||
      node.type === AST_NODE_TYPES.ConditionalExpression ||
      node.type === AST_NODE_TYPES.LogicalExpression ||
      node.type === AST_NODE_TYPES.SwitchStatement ||
      node.type === AST_NODE_TYPES.CatchClause ||
      node.type === AST_NODE_TYPES.ChainExpression ||
      isLoop(node)
    )
      return 'skip';
    return node.type === AST_NODE_TYPES.CallExpression && test(node) ? 'stop' : undefined;
  });
}

/** The `clearTimeout(handle)`/`clearInterval(handle)` call that `handle` is the argument of. */
function clearCallOf(handle: TSESTree.Identifier): TSESTree.CallExpression | undefined {
  const call = handle.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== handle) return undefined;
  const name = calleeName(call);
  return name === 'clearTimeout' || name === 'clearInterval' ? call : undefined;
}

/**
 * True when `fn` is registered to run at most once (a `once` listener, an end-of-life event, a
 * timeout, a Node completion callback). In test code only completion callbacks and the `exit`/`close`
 * listener of a child process count: those come on every run, failed ones included, so a path of it that
 * settles nothing is the common failure of the program under test (a CLI that exits 1), which
 * would show as a timeout instead of its own error output; other waiters there (`once('completed',
 * …)`, a stream's `end` that a retried stream's listener settles instead) miss only failures the
 * runner reports anyway.
 */
export function isOnceCallback(analysis: Analysis, fn: FunctionNode): boolean {
  const registration = registrationOf(analysis, fn);
  if (registration?.runs !== 'once' || rearmsItself(analysis, fn) || isRegisteredPerItem(analysis, registration.site)) return false;
  if (!isTestCodeAt(analysis, fn)) return true;
  const { emitter, event } = registration;
  // A completion callback (`feeder.dispense(stall, grams, (err, result) => …)`) comes once on every run too;
  // a promise's reaction misses only what the runner reports anyway (a rejection, or a test timeout).
  if (emitter === undefined && event === undefined && !onceTimers.has(registration.method) && !promiseReactions.has(registration.method))
    return true;
  // The `exit`/`close` of a child process, or of a Node.js resource the function started itself (`const rl = readline.createInterface(…)`).
  return (
    emitter !== undefined &&
    (event === 'exit' || event === 'close') &&
    (isChildProcess(analysis, emitter) || isStartedNodeResource(analysis, emitter, registration.site))
  );
}

const promiseReactions = new Set(['then', 'catch']);

/**
 * True when `site` registers one callback per item: it sits in a loop, in a callback handed to an
 * array method (`items.forEach((item) => handle(item, cb))`), or in a callback that itself runs
 * again and again (an interval's tick polling `readStatus(id, cb)`), in the function around it.
 * Each run is then one of many (a countdown: `if (--pending === 0) resolve()`, a poll that settles
 * on a later tick), not the last word.
 */
function isRegisteredPerItem(analysis: Analysis, site: TSESTree.Node): boolean {
  for (let current = site.parent; current; current = current.parent) {
    if (isLoop(current)) return true;
    if (isFunctionNode(current)) {
      const call = current.parent;
      if (registrationOf(analysis, current)?.runs === 'repeating') return true;
      return (
        call?.type === AST_NODE_TYPES.CallExpression &&
        call.arguments.includes(current as TSESTree.CallExpressionArgument) &&
        ['forEach', 'map', 'flatMap'].includes(memberName(skipTypeWrappers(call.callee)) ?? '')
      );
    }
  }
  return false;
}

/** True when `node`'s type is a child process (`ChildProcess` and its typed variants: `pid`, `kill`, `exitCode`). */
function isChildProcess(analysis: Analysis, node: TSESTree.Node): boolean {
  return unionMembers(typeOf(analysis, node)).some(
    (part) => part.getProperty('pid') !== undefined && part.getProperty('kill') !== undefined && part.getProperty('exitCode') !== undefined,
  );
}

/** True when `fn` refers to itself (`const check = () => { … setTimeout(check, 10); }`): it may register itself again. */
function rearmsItself(analysis: Analysis, fn: FunctionNode): boolean {
  const parent = fn.parent;
  const name =
    fn.type === AST_NODE_TYPES.FunctionDeclaration || fn.type === AST_NODE_TYPES.FunctionExpression
      ? fn.id
      : parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier
        ? parent.id
        : null;
  const variable = name ? variableOf(analysis, name) : null;
  return variable?.references.some(({ identifier }) => identifier.range[0] > fn.range[0] && identifier.range[1] < fn.range[1]) ?? false;
}

/**
 * Events of which one object fires exactly one, once: a request (`XMLHttpRequest`, `FileReader`)
 * ends with `load`, `error`, `abort` or `timeout` (then `loadend`).
 */
const exclusiveEvents: readonly ReadonlySet<string>[] = [new Set(['load', 'error', 'abort', 'timeout'])];

/**
 * True when nothing but `fn` can settle the outcome `fn` handles: every reference to a settle
 * function outside it is a call the executor makes at once (before `fn` can run), or an `error`
 * listener (`x.on('error', reject)`, `onerror = …`), which a finished operation never fires, or
 * a listener on the same object for an event that excludes `fn`'s (`xhr.ontimeout` beside `xhr.onload`).
 */
export function settledOnlyIn(analysis: Analysis, owner: SettleOwner, fn: FunctionNode): boolean {
  const own = registrationOf(analysis, fn);
  const rivals = own?.event !== undefined && own.emitter ? exclusiveEvents.find((group) => group.has(own.event!)) : undefined;
  const emitterText = own?.emitter ? analysis.sourceCode.getText(own.emitter) : undefined;
  for (const { variable } of owner.settlers) {
    for (const reference of variable.references) {
      const identifier = reference.identifier as TSESTree.Node;
      if (reference.init || (identifier.range[0] >= fn.range[0] && identifier.range[1] <= fn.range[1])) continue;
      if (isErrorListenerArgument(identifier)) continue;
      // The nearest callback around the reference decides: `get(url, (res) => res.on('error', (e) => reject(e)))`;
      // one handed to a local guard (`(err) => finish(() => reject(err))`) runs as part of the callback around it.
      const inner = functionsBetween(identifier, owner.fn).find((between) => !isHandedToLocalFunction(analysis, between));
      if (inner) {
        const registration = registrationOf(analysis, inner);
        if (registration?.event === 'error') continue;
        // `xhr.onload` settles nothing for a 404, and `xhr.ontimeout` never fires after `load`: one of them ends the request.
        if (
          rivals &&
          registration?.event !== undefined &&
          rivals.has(registration.event) &&
          registration.emitter &&
          analysis.sourceCode.getText(registration.emitter) === emitterText
        )
          continue;
        // `p.then((v) => { … resolve(v) }, (e) => reject(e))`: the other reaction of the same `then` never runs after this one.
        if (isOtherReaction(inner, fn)) continue;
        // `const succeed = (route) => { …; resolve(route); }` called only from `fn` (or handed on as an `error` listener): part of `fn`.
        if (runsOnlyFrom(analysis, inner, fn)) continue;
        return false;
      }
      const parent = identifier.parent;
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier) continue;
      // `p.then((v) => { … }, reject)`: handed on as the other reaction of the same `then`.
      if (isOtherReaction(identifier, fn)) continue;
      return false;
    }
  }
  return true;
}

/** True when `a` and `b` are the two reactions of one `then` call (`p.then(a, b)`): only one of them runs. */
function isOtherReaction(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const call = a.parent;
  return (
    call?.type === AST_NODE_TYPES.CallExpression &&
    call === b.parent &&
    memberName(skipTypeWrappers(call.callee)) === 'then' &&
    call.arguments.length === 2 &&
    call.arguments.includes(a as TSESTree.CallExpressionArgument) &&
    call.arguments.includes(b as TSESTree.CallExpressionArgument)
  );
}

/**
 * True when `helper` is a local function (`const succeed = (v) => { … }`, `function fail(e) { … }`)
 * whose every use is a call inside `fn` or a hand-over as an `error` listener: it settles only as
 * part of `fn`'s run (or on a failure a finished operation never reports).
 */
function runsOnlyFrom(analysis: Analysis, helper: FunctionNode, fn: FunctionNode): boolean {
  const name = localFunctionBinding(helper);
  const variable = name && variableOf(analysis, name);
  if (!variable) return false;
  const uses = variable.references.filter((reference) => !reference.init);
  return (
    uses.length > 0 &&
    uses.every(({ identifier }) => {
      const parent = identifier.parent;
      if (isErrorListenerArgument(identifier)) return true;
      return (
        parent?.type === AST_NODE_TYPES.CallExpression &&
        parent.callee === identifier &&
        identifier.range[0] >= fn.range[0] &&
        identifier.range[1] <= fn.range[1]
      );
    })
  );
}

/** True for a function passed to a local function of the program (`finish(() => resolve(value))`). */
export function isHandedToLocalFunction(analysis: Analysis, fn: FunctionNode): boolean {
  const call = fn.parent;
  return (
    call?.type === AST_NODE_TYPES.CallExpression &&
    call.arguments.includes(fn as TSESTree.CallExpressionArgument) &&
    localFunctionCalled(analysis, call) !== undefined
  );
}

/**
 * True when `fn`, a listener of the executor that settles the promise, takes every settling
 * listener away before anything else (`const onDissolved = (e) => { cleanup(); if (…) resolve(…);
 * else if (…) reject(…); }`, with `cleanup` removing `onVote` and `onDissolved`): once it has run,
 * nothing is left to settle the promise, so it is the last word, like a callback that runs once
 * and alone settles that outcome, and each of its paths must settle. A listener written in place
 * that runs once (`lines.once('line', (line) => { lines.off('close', onClose); … })`) goes away by
 * running: it needs to take only the others away.
 */
export function detachesEverySettler(analysis: Analysis, owner: SettleOwner, fn: FunctionNode): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  // The named listeners the settle calls sit in: `const onVote = (…) => { …; resolve(…); }`.
  const names = new Set<string>();
  for (const { variable } of owner.settlers) {
    for (const reference of variable.references) {
      if (reference.init) continue;
      const outer = functionsBetween(reference.identifier, owner.fn).at(-1);
      // `fn` written in place, a listener that runs once (`lines.once('line', (line) => { lines.off('close', onClose); … })`), goes away by running.
      if (outer === fn && fn.parent?.type !== AST_NODE_TYPES.VariableDeclarator) continue;
      const holder = outer?.parent;
      if (holder?.type !== AST_NODE_TYPES.VariableDeclarator || holder.id.type !== AST_NODE_TYPES.Identifier) return false;
      names.add(holder.id.name);
    }
  }
  const own = fn.parent;
  const named = own?.type === AST_NODE_TYPES.VariableDeclarator && own.id.type === AST_NODE_TYPES.Identifier && names.has(own.id.name);
  if (!named && (own?.type === AST_NODE_TYPES.VariableDeclarator || names.size === 0 || !isOnceCallback(analysis, fn))) return false;
  // Its first statements, before any branch: removals, or a call of a local function made of them.
  const removed = new Set<string>();
  const collect = (statement: TSESTree.Statement): boolean => {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.CallExpression) return false;
    const call = statement.expression;
    if (isListenerRemoval(calleeName(call) ?? '')) {
      const listener = call.arguments[1];
      if (listener?.type === AST_NODE_TYPES.Identifier) removed.add(listener.name);
      return true;
    }
    const local = localFunctionCalled(analysis, call);
    if (!local || local === fn || local.body.type !== AST_NODE_TYPES.BlockStatement) return false;
    for (const inner of local.body.body) collect(inner);
    return true;
  };
  // Declarations may come first (`const reason = event.detail;`): they leave no path.
  for (const statement of fn.body.body) if (statement.type !== AST_NODE_TYPES.VariableDeclaration && !collect(statement)) break;
  return [...names].every((name) => removed.has(name));
}

function isErrorListenerArgument(node: TSESTree.Node): boolean {
  const call = node.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== node) return false;
  const [event] = call.arguments;
  return event?.type === AST_NODE_TYPES.Literal && event.value === 'error';
}

/** Calls that cannot throw for any argument: clearing a timer. */
const quietCalls = new Set(['clearTimeout', 'clearInterval', 'clearImmediate']);

/**
 * True when code that runs after `settle` inside `block` (a `try` block) can throw: a call, `new`,
 * `import(…)`, `await`, `yield`, or a property read of a value whose type may be `null`, `undefined`
 * or `any` (`a = r.foo`), in the statements that follow it, up to the end of the block (logging
 * counts by its arguments only: `log.debug(Object.keys(body))` can throw, `log.debug('done')` cannot).
 */
export function throwsAfterIn(analysis: Analysis, settle: TSESTree.Node, block: TSESTree.BlockStatement): boolean {
  const following: TSESTree.Node[] = [];
  for (let child: TSESTree.Node = settle, parent = settle.parent; parent && child !== block; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) return false;
    if (parent.type === AST_NODE_TYPES.BlockStatement)
      following.push(...parent.body.slice(parent.body.indexOf(child as TSESTree.Statement) + 1));
  }
  const end = following.findIndex((node) => node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement);
  return following.slice(0, end < 0 ? undefined : end).some((root) =>
    walk(root, (node) => {
      if (isFunctionNode(node)) return 'skip';
      if (throwingNodeTypes.has(node.type)) return 'stop';
      if (node.type === AST_NODE_TYPES.MemberExpression && !node.optional && mayBeMissing(analysis, node.object)) return 'stop';
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const name = calleeName(node);
      return isLoggingCall(node) || (name !== undefined && quietCalls.has(name)) || isNotification(node) ? undefined : 'stop';
    }),
  );
}

/**
 * `this.emit('completed', result)`: announcing an event other than `error` throws only when a
 * listener throws, which is that listener's bug, not a failure of the work the promise stands for.
 * The arguments still count.
 */
function isNotification(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  const [event] = call.arguments;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    memberName(callee) === 'emit' &&
    event?.type === AST_NODE_TYPES.Literal &&
    typeof event.value === 'string' &&
    event.value !== 'error'
  );
}

/** Expressions that can always throw: `new`, `import(…)` (a failed load), `await` (a rejection), `yield` (`throw()` on the generator). */
const throwingNodeTypes = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.ImportExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.YieldExpression,
]);

/** True when reading a property of `object` can throw: its type may be `null` or `undefined`, or is `any`/`unknown`. */
function mayBeMissing(analysis: Analysis, object: TSESTree.Node): boolean {
  if (object.type === AST_NODE_TYPES.ThisExpression || object.type === AST_NODE_TYPES.Super) return false;
  const missing = ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Any | ts.TypeFlags.Unknown;
  return unionMembers(typeOf(analysis, object)).some((part) => (part.flags & missing) !== 0);
}

/** A listener that stops the timer that would settle the promise, and settles nothing itself. */
export interface CancelledTimer {
  /** The `clearTimeout(…)` / `clearInterval(…)` call. */
  clear: TSESTree.CallExpression;
  registration: Registration;
}

/**
 * A listener of the executor (`signal.addEventListener('abort', onAbort)`) that clears the timer
 * whose callback is the executor's way to settle (`const timer = setTimeout(() => resolve(), ms)`)
 * and neither settles the promise nor hands a settle function on: once it has run, nothing is left
 * to settle the promise.
 */
export function cancelledTimer(analysis: Analysis, owner: SettleOwner): CancelledTimer | undefined {
  if (owner.kind !== 'executor' || isTestCodeAt(analysis, owner.fn)) return undefined;
  const within = (node: TSESTree.Node, fn: TSESTree.Node): boolean => node.range[0] >= fn.range[0] && node.range[1] <= fn.range[1];
  const references = owner.settlers.flatMap(({ variable }) => variable.references.filter((reference) => !reference.init));
  const usesSettler = (fn: TSESTree.Node): boolean => references.some(({ identifier }) => within(identifier, fn));
  let found: CancelledTimer | undefined;
  walk(
    owner.fn,
    (node) => {
      if (found) return 'stop';
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const name = calleeName(node);
      const [handle] = node.arguments;
      if ((name !== 'clearTimeout' && name !== 'clearInterval') || handle?.type !== AST_NODE_TYPES.Identifier) return undefined;
      const timer = timerSettling(analysis, handle, usesSettler);
      const listener = timer && functionsBetween(node, owner.fn).pop();
      if (!listener || usesSettler(listener) || within(timer, listener)) return undefined;
      const registration = registrationOf(analysis, listener);
      if (!registration?.emitter || registration.event === undefined) return undefined;
      const calls: TSESTree.CallExpression[] = [];
      walk(listener, (inner) => void (inner.type === AST_NODE_TYPES.CallExpression && calls.push(inner)), { nested: true });
      if (calls.some((call) => localFunctionCalled(analysis, call) !== undefined)) return undefined;
      found = { clear: node, registration };
      return 'stop';
    },
    { nested: true },
  );
  return found;
}

/** The `setTimeout(…)` / `setInterval(…)` call a handle holds, when its callback settles the promise. */
function timerSettling(
  analysis: Analysis,
  handle: TSESTree.Identifier,
  usesSettler: (fn: TSESTree.Node) => boolean,
): TSESTree.CallExpression | undefined {
  const declarator = variableOf(analysis, handle)?.defs[0]?.node;
  const init = declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init ? skipTypeWrappers(declarator.init) : undefined;
  if (init?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const name = calleeName(init);
  const [callback] = init.arguments;
  if ((name !== 'setTimeout' && name !== 'setInterval') || !callback || !usesSettler(callback)) return undefined;
  return init;
}
