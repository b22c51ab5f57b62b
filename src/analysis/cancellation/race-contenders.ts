import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { isGlobalPromise } from '../scope/globals.js';
import { constInitializer } from '../scope/initializers.js';
import { isModuleLevel, variableOf } from '../scope/variables.js';
import type { FunctionNode } from '../syntax/nodes.js';
import {
  enclosingClassBody,
  enclosingFunction,
  enclosingLoop,
  functionName,
  isFunctionNode,
  isPromiseStatic,
  memberName,
  skipTypeWrappers,
} from '../syntax/nodes.js';
import { endedObject, isListenerRegistration, isListenerRemoval } from '../syntax/calls.js';
import { returnedValues } from '../syntax/statements.js';
import { walk } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { isAnyOrUnknown, unionMembers } from '../types/members.js';
import { bodyWork, contenderBody, localFunctionOf } from './contender-bodies.js';
import type { SignalCall, SignalSlot } from './signal-slots.js';
import { signalPassing, signalSlotOf } from './signal-slots.js';
import { propertyKeyName } from '../syntax/nodes.js';
import type { TimerPromise } from '../scope/timers.js';
import { chainBase, isStartedFor, isTimersPromisesCall, isUnseenTimerHelperCall, timerPromiseOf } from '../scope/timers.js';

/*
 * Which contenders of a race keep running after it settles? `Promise.race` and `Promise.any`
 * settle with the first contender, and the others run on: work that accepts an `AbortSignal` but
 * gets none holds its sockets, handles and memory until it ends, and a timer promise nothing can
 * clear holds the process until it fires. Contenders are the elements of the array literal
 * (only those started for the race: a promise created before it and used elsewhere is merely
 * watched), or the one expression a `.map` callback returns for every element.
 */

/**
 * A contender that keeps running after the race settles: work given no signal (`direct` when the
 * call is the contender itself or inside it; `node` is the call itself when it sits in an async
 * contender's body), a local helper taking no signal whose body starts such work (`helper`: the
 * callee or function reference to name), or a timer.
 */
export type RaceLeak =
  | { kind: 'work'; node: TSESTree.Node; call: SignalCall; slot: SignalSlot; direct: boolean }
  | { kind: 'helperWork'; node: TSESTree.Node; helper: TSESTree.Node; call: SignalCall }
  | { kind: 'helperListeners'; node: TSESTree.Node; helper: TSESTree.Node; emitter: string }
  | { kind: 'timer'; node: TSESTree.Node; timer: TimerPromise };

/**
 * The contenders of a `Promise.race(…)` or `Promise.any(…)` call on the global `Promise`, and
 * those of them that keep running after it settles. For `Promise.any(urls.map((url) => fetch(url)))`
 * the one contender is the callback's result, and only work counts. Empty for other calls.
 */
export function leakedContenders(analysis: Analysis, call: TSESTree.CallExpression): { contenders: TSESTree.Node[]; leaks: RaceLeak[] } {
  const none = { contenders: [], leaks: [] };
  if (!isPromiseStatic(call, ['race', 'any']) || !isGlobalPromise(analysis, call)) return none;
  const [list] = call.arguments;
  // `Promise.any(mirrors.map((m) => fetch(m)))`: every element is the callback's result.
  const callback = list && mappedCallback(raceList(analysis, list));
  if (callback) {
    const leaks = mappedLeaks(analysis, callback);
    return leaks.length > 0 ? { contenders: [callback], leaks } : none;
  }
  if (list?.type !== AST_NODE_TYPES.ArrayExpression) return none;
  const contenders = list.elements.filter(
    (element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement,
  );
  if (contenders.length < 2) return none;
  // A promise created before the race and used elsewhere too (a task under test) is only watched by it, not started.
  const leaks = contenders.flatMap((contender) =>
    isStartedFor(analysis, contender, call)
      ? (contenderLeak(analysis, contender) ?? orListeners(analysis, contender, bodyLeaks(analysis, contender), call))
      : [],
  );
  return { contenders, leaks: leaks.filter((leak) => !alwaysWins(leak, contenders, leaks)) };
}

/** The delay of a timer leak when it is a number literal. */
function literalDelay(leak: RaceLeak): number | undefined {
  const delay = leak.kind === 'timer' && leak.timer.delay ? skipTypeWrappers(leak.timer.delay) : undefined;
  return delay?.type === AST_NODE_TYPES.Literal && typeof delay.value === 'number' ? delay.value : undefined;
}

/**
 * True when a timer fires no later than every other contender can settle: all of them are timers
 * with literal delays at least as long (`race([sleep(10), sleep(1000)])`). It settles the race
 * itself, so it never keeps running after losing; the longer timers do.
 */
function alwaysWins(leak: RaceLeak, contenders: TSESTree.Node[], leaks: RaceLeak[]): boolean {
  const own = literalDelay(leak);
  if (own === undefined) return false;
  return contenders.every((contender) => {
    if (contender === leak.node) return true;
    const other = leaks.find((candidate) => candidate.node === contender);
    const delay = other && literalDelay(other);
    return delay !== undefined && delay >= own;
  });
}

/** True when `delay` means the same written at `at`: number literals, and names that resolve to the same variable there. */
export function isReadableAt(analysis: Analysis, delay: TSESTree.Node, at: TSESTree.Node): boolean {
  switch (delay.type) {
    case AST_NODE_TYPES.Literal:
      return typeof delay.value === 'number';
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(analysis, delay);
      return variable !== null && ASTUtils.findVariable(analysis.sourceCode.getScope(at), delay.name) === variable;
    }
    case AST_NODE_TYPES.MemberExpression:
      return !delay.computed && delay.object.type !== AST_NODE_TYPES.ThisExpression && isReadableAt(analysis, delay.object, at);
    case AST_NODE_TYPES.BinaryExpression:
      return isReadableAt(analysis, delay.left, at) && isReadableAt(analysis, delay.right, at);
    default:
      return false;
  }
}

/** How a contender keeps running after the race: signal-aware work given no signal, or a timer promise. */
function contenderLeak(analysis: Analysis, contender: TSESTree.Node): RaceLeak | undefined {
  const base = chainBase(analysis, contender);
  if (base.type === AST_NODE_TYPES.CallExpression || base.type === AST_NODE_TYPES.NewExpression) {
    const slot = signalSlotOf(analysis, base);
    if (slot && signalPassing(analysis, base, slot) === 'missing') {
      if (
        base.type === AST_NODE_TYPES.CallExpression &&
        (isTimersPromisesCall(analysis, base) || isUnseenTimerHelperCall(analysis, base))
      ) {
        const [delay] = base.arguments;
        return { kind: 'timer', node: contender, timer: { delay: delay?.type === AST_NODE_TYPES.SpreadElement ? undefined : delay } };
      }
      return { kind: 'work', node: contender, call: base, slot, direct: isWithin(base, contender) };
    }
    if (slot) return undefined;
  }
  const timer = timerPromiseOf(analysis, contender);
  return timer ? { kind: 'timer', node: contender, timer } : undefined;
}

/** The callback of `xs.map(callback)`: a function, or a reference to one (`mirrors.map(download)`). */
/**
 * The list a race is given, seen through a `const` that holds it and is read nowhere else
 * (`const attempts = replicas.map(…); return Promise.any(attempts);`): the list was made for the race.
 */
export function raceList(analysis: Analysis, list: TSESTree.Node): TSESTree.Node {
  const target = skipTypeWrappers(list);
  if (target.type !== AST_NODE_TYPES.Identifier) return list;
  const variable = variableOf(analysis, target);
  const init = constInitializer(analysis, target);
  if (!variable || !init || variable.references.filter((reference) => !reference.init).length !== 1) return list;
  return skipTypeWrappers(init);
}

export function mappedCallback(list: TSESTree.Node): TSESTree.Node | undefined {
  if (list.type !== AST_NODE_TYPES.CallExpression || memberName(list.callee) !== 'map') return undefined;
  const [callback] = list.arguments;
  return callback && callback.type !== AST_NODE_TYPES.SpreadElement ? callback : undefined;
}

/**
 * The expressions a plain (not async) `.map` callback returns: its expression body, or the
 * argument of each `return` of its block (nested functions aside).
 */
export function mappedResults(callback: TSESTree.Node): TSESTree.Expression[] {
  return isFunctionNode(callback) && !callback.async ? returnedValues(callback) : [];
}

/** The leaks of a mapped list: signal-aware work a returned expression starts with no signal, or that an async callback or helper runs. */
function mappedLeaks(analysis: Analysis, callback: TSESTree.Node): RaceLeak[] {
  const results = mappedResults(callback);
  if (results.length === 0) return bodyLeaks(analysis, callback);
  return results.flatMap((result) => {
    const leak = contenderLeak(analysis, result);
    if (leak) return leak.kind === 'work' ? [leak] : [];
    return bodyLeaks(analysis, result);
  });
}

/**
 * The signal-aware work a contender runs in a body with no signal: each call of an async
 * callback or IIFE (reported where it is written), or a local helper that takes no signal itself
 * (reported at the contender, naming the helper). Timers in the body are not work.
 */
function bodyLeaks(analysis: Analysis, contender: TSESTree.Node): RaceLeak[] {
  const base = isFunctionNode(contender) ? contender : chainBase(analysis, contender);
  const body = contenderBody(analysis, base);
  if (!body) return [];
  const missing = bodyWork(analysis, body.fn).filter(
    (work) =>
      work.passing === 'missing' &&
      !(
        work.call.type === AST_NODE_TYPES.CallExpression &&
        (isTimersPromisesCall(analysis, work.call) || isUnseenTimerHelperCall(analysis, work.call))
      ),
  );
  if (!body.helper)
    return missing.map((work) => ({ kind: 'work', node: work.call, call: work.call, slot: work.slot, direct: false }) as const);
  const [first] = missing;
  const helper = base.type === AST_NODE_TYPES.CallExpression ? base.callee : base;
  if (first) return [{ kind: 'helperWork', node: contender, helper, call: first.call }];
  const emitter = waiterEmitter(analysis, body.fn);
  if (!emitter || endedByRacer(analysis, base, body.fn, emitter)) return [];
  return [{ kind: 'helperListeners', node: contender, helper, emitter }];
}

/**
 * True when the helper's listeners sit on an object the racing function hands it and then ends
 * (`waitForOpen(ws)` raced, `ws.close()` in the `catch`): when the helper loses, its listeners go
 * with the object.
 */
function endedByRacer(analysis: Analysis, base: TSESTree.Node, helper: FunctionNode, emitter: string): boolean {
  if (base.type !== AST_NODE_TYPES.CallExpression) return false;
  const index = helper.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === emitter);
  const argument = index >= 0 ? base.arguments[index] : undefined;
  if (!argument) return false;
  const text = analysis.sourceCode.getText(argument);
  const racer = enclosingFunction(base);
  if (!racer) return false;
  return walk(racer, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.range[0] < base.range[1]) return undefined;
    const ended = endedObject(node);
    return ended && analysis.sourceCode.getText(ended) === text ? 'stop' : undefined;
  });
}

/**
 * `found`, or when it is empty and the contender calls a helper of this file that takes a signal
 * (`rejectOnAbort(this.shutdown)`), the listeners that helper's waiter leaves on an object it did
 * not create: taking a signal does not take its own listener off when another contender wins.
 * The object must outlive the call: a field or module value, or a parameter of a racing function
 * the file calls from a loop (`abortRejection(signal)` in `calibrateOne(…, signal)`).
 */
function orListeners(analysis: Analysis, contender: TSESTree.Node, found: RaceLeak[], race: TSESTree.Node): RaceLeak[] {
  if (found.length > 0) return found;
  const base = chainBase(analysis, contender);
  if (base.type !== AST_NODE_TYPES.CallExpression || !signalSlotOf(analysis, base)) return inPlaceListeners(analysis, contender, race);
  const fn = localFunctionOf(analysis, skipTypeWrappers(base.callee));
  const emitter = fn && waiterEmitter(analysis, fn);
  // Only a listener on what the helper is handed, when that outlives the call (`this.shutdown`, a module's signal):
  // a caller's own signal goes away with the call.
  const index = fn ? fn.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === emitter) : -1;
  const argument = index >= 0 ? base.arguments[index] : undefined;
  return emitter && argument && (isLongLived(analysis, argument) || isRacerParameterCalledInLoop(analysis, argument, race))
    ? [{ kind: 'helperListeners', node: contender, helper: base.callee, emitter }]
    : found;
}

/**
 * True when `argument` is (a member of) a parameter of the function that races, and the file calls
 * that function from a loop (`for (…) await calibrateOne(control, p, showSignal)`) or hands that
 * parameter a field or module value (`untilShutdown(work, this.shutdown)`): the object outlives
 * each racing call, which leaves one more listener on it every turn.
 */
function isRacerParameterCalledInLoop(analysis: Analysis, argument: TSESTree.Node, race: TSESTree.Node): boolean {
  const racer = enclosingFunction(race);
  if (!racer) return false;
  let root: TSESTree.Node = skipTypeWrappers(argument);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTypeWrappers(root.object);
  const index =
    root.type === AST_NODE_TYPES.Identifier
      ? racer.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === root.name)
      : -1;
  return index >= 0 && (isCalledInLoop(analysis, racer) || isHandedLongLived(analysis, racer, index));
}

/**
 * True when a call of `fn` in this file (by its name) hands its parameter `index` a value that
 * outlives the call (`untilShutdown(work, this.shutdown)`): each racing call leaves a listener on it.
 */
function isHandedLongLived(analysis: Analysis, fn: FunctionNode, index: number): boolean {
  const name = functionName(fn);
  if (name === undefined || fn.parent.type === AST_NODE_TYPES.MethodDefinition || fn.parent.type === AST_NODE_TYPES.PropertyDefinition)
    return false;
  return walk(
    analysis.sourceCode.ast,
    (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipTypeWrappers(node.callee);
      if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== name) return undefined;
      const argument = node.arguments[index];
      return argument && argument.type !== AST_NODE_TYPES.SpreadElement && isLongLived(analysis, argument) ? 'stop' : undefined;
    },
    { nested: true },
  );
}

/** True for `this.x` (and members of it) and names declared at a module's top level: values that outlive a call. */
function isLongLived(analysis: Analysis, node: TSESTree.Node): boolean {
  let root = skipTypeWrappers(node);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTypeWrappers(root.object);
  if (root.type === AST_NODE_TYPES.ThisExpression) return true;
  return root.type === AST_NODE_TYPES.Identifier && isModuleLevel(analysis, root);
}

/**
 * The object a helper's promise listens on, when the helper returns `new Promise(executor)` and
 * the executor registers listeners (`on`, `once`, `addEventListener`…) on an object it did not
 * create (`this.socket`, a parameter): they come off only when one of them runs, so when the
 * promise loses a race they stay on that object, and run, until its event comes, if ever.
 */
function waiterEmitter(analysis: Analysis, fn: FunctionNode): string | undefined {
  const returned =
    fn.body.type === AST_NODE_TYPES.BlockStatement
      ? fn.body.body.find((statement): statement is TSESTree.ReturnStatement => statement.type === AST_NODE_TYPES.ReturnStatement)?.argument
      : fn.body;
  const target = returned ? listenerTargetOf(analysis, returned) : undefined;
  return target && analysis.sourceCode.getText(target);
}

/**
 * The object a `new Promise(executor)` listens on, when the executor registers a listener on an
 * object it did not create (`signal.addEventListener('abort', …)`, `this.socket.once(…)`) without
 * an option that takes it off again (`{ signal: done.signal }`).
 */
function listenerTargetOf(analysis: Analysis, node: TSESTree.Node, event?: string): TSESTree.Expression | undefined {
  const promise = skipTypeWrappers(node);
  if (
    promise?.type !== AST_NODE_TYPES.NewExpression ||
    promise.callee.type !== AST_NODE_TYPES.Identifier ||
    promise.callee.name !== 'Promise'
  )
    return undefined;
  const [executor] = promise.arguments;
  if (!isFunctionNode(executor)) return undefined;
  let emitter: TSESTree.Expression | undefined;
  walk(executor.body, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = skipTypeWrappers(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !isListenerRegistration(memberName(callee) ?? '')) return undefined;
    const [name] = node.arguments;
    if (event !== undefined && (name?.type !== AST_NODE_TYPES.Literal || name.value !== event)) return undefined;
    // `addEventListener('abort', fn, { signal: done.signal })`: taken off when that signal aborts.
    const options = node.arguments[2];
    if (
      options?.type === AST_NODE_TYPES.ObjectExpression &&
      options.properties.some((property) => property.type === AST_NODE_TYPES.Property && propertyKeyName(property.key) === 'signal')
    )
      return undefined;
    let root: TSESTree.Node = skipTypeWrappers(callee.object);
    while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTypeWrappers(root.object);
    const outside =
      root.type === AST_NODE_TYPES.ThisExpression ||
      (root.type === AST_NODE_TYPES.Identifier && !isWithin(variableOf(analysis, root)?.defs[0]?.name ?? executor, executor));
    if (!outside) return undefined;
    emitter = callee.object;
    return 'stop';
  });
  return emitter;
}

/**
 * A contender written in place (or a `const` made for the race) that is a `new Promise` whose
 * executor listens for the `abort` of a signal it did not create (`signal.addEventListener('abort', () =>
 * reject(signal.reason), { once: true })`), when that object outlives the racing call: a field or
 * module value, or a parameter of a racing function that the file calls again and again with it
 * (`while (!signal.aborted) await this.nextCue(signal)`). Nothing takes the listener off when the
 * contender loses (`{ once: true }` removes it only once it ran), so each call leaves one more on
 * the object, holding what its closure holds, until the object's event comes.
 */
function inPlaceListeners(analysis: Analysis, contender: TSESTree.Node, race: TSESTree.Node): RaceLeak[] {
  const target = skipTypeWrappers(contender);
  const promise = target.type === AST_NODE_TYPES.Identifier ? constInitializer(analysis, target) : target;
  const emitter = promise && listenerTargetOf(analysis, promise, 'abort');
  const racer = enclosingFunction(race);
  if (!emitter || !racer) return [];
  // An `abort` comes once at most, and mostly never: unlike a reply event, nothing consumes the listener.
  const text = analysis.sourceCode.getText(emitter);
  // Taken off in the racing function (`finally { signal.removeEventListener('abort', onAbort) }`).
  const removed = walk(racer, (node) =>
    node.type === AST_NODE_TYPES.CallExpression &&
    isListenerRemoval(memberName(node.callee) ?? '') &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    analysis.sourceCode.getText(node.callee.object) === text
      ? 'stop'
      : undefined,
  );
  if (removed) return [];
  if (!isLongLived(analysis, emitter) && !isRacerParameterCalledInLoop(analysis, emitter, race)) return [];
  return [{ kind: 'helperListeners', node: contender, helper: contender, emitter: text }];
}

/** True when the file calls `fn` (by its name, or as `this.<method>(…)` in its class) from inside a loop. */
function isCalledInLoop(analysis: Analysis, fn: FunctionNode): boolean {
  const name = functionName(fn);
  if (name === undefined) return false;
  const method = fn.parent.type === AST_NODE_TYPES.MethodDefinition || fn.parent.type === AST_NODE_TYPES.PropertyDefinition;
  const scope = method ? enclosingClassBody(fn) : analysis.sourceCode.ast;
  if (!scope) return false;
  return walk(
    scope,
    (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipTypeWrappers(node.callee);
      const named = method
        ? callee.type === AST_NODE_TYPES.MemberExpression &&
          callee.object.type === AST_NODE_TYPES.ThisExpression &&
          memberName(callee) === name
        : callee.type === AST_NODE_TYPES.Identifier && callee.name === name;
      return named && enclosingLoop(node) !== undefined ? 'stop' : undefined;
    },
    { nested: true },
  );
}

/** True when `inner` lies inside `outer` in the source. */
function isWithin(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/**
 * True when a timer contender can only reject: its promise settles with `never`
 * (`new Promise<never>(…)`, `sleep(ms).then(() => { throw … })`), or it is a `new Promise` (also
 * through a `const`) whose executor never reads its `resolve` parameter
 * (`new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))`). A timer that
 * resolves (`sleep(ms)`, `.then(() => null)`) makes the race resolve on a timeout.
 */
export function timerOnlyRejects(analysis: Analysis, contender: TSESTree.Node): boolean {
  const checker = checkerOf(analysis);
  const awaited = checker.getAwaitedType(typeOf(analysis, contender));
  if (awaited && (awaited.flags & ts.TypeFlags.Never) !== 0) return true;
  let target = skipTypeWrappers(contender);
  if (target.type === AST_NODE_TYPES.Identifier) target = constInitializer(analysis, target) ?? target;
  target = skipTypeWrappers(target);
  if (target.type !== AST_NODE_TYPES.NewExpression || target.callee.type !== AST_NODE_TYPES.Identifier || target.callee.name !== 'Promise')
    return false;
  const [executor] = target.arguments;
  if (!isFunctionNode(executor) || executor.params.length < 2) return false;
  const [resolve] = executor.params;
  if (resolve?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(executor), resolve);
  return variable !== null && variable.references.length === 0;
}

/** Members of a value that lives on after its promise settles and that an abort would cut off: a response body, a stream, a process. */
const liveMembers = ['body', 'getReader', 'pipe', 'json', 'text', 'arrayBuffer', 'blob', 'destroy', 'kill'];

/**
 * True when `call`'s promise may settle with a value that keeps using the signal after it settles:
 * a `Response` whose body is read later, a stream, a child process (members such as `body`,
 * `pipe`, `json()`, `destroy()`), also inside an array or tuple. Aborting the signal once the race
 * has settled would cut the winner's value off too.
 */
export function settlesWithLiveValue(analysis: Analysis, call: TSESTree.Node): boolean {
  const checker = checkerOf(analysis);
  const live = (type: ts.Type, depth: number): boolean =>
    depth <= 2 &&
    unionMembers(type).some((part) => {
      if (isAnyOrUnknown(part) || (part.flags & ts.TypeFlags.Object) === 0) return false;
      if (checker.isArrayType(part) || checker.isTupleType(part))
        return checker.getTypeArguments(part as ts.TypeReference).some((element) => live(element, depth + 1));
      return liveMembers.some((name) => checker.getPropertyOfType(part, name) !== undefined);
    });
  const awaited = checker.getAwaitedType(typeOf(analysis, call));
  return awaited !== undefined && live(awaited, 0);
}
