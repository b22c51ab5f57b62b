import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import { timerPromiseOf, isTimersPromisesCall } from '../scope/timers.js';
import { declaratorOf } from '../scope/initializers.js';
import { isTestCode } from '../scope/test-code.js';
import { variableOf } from '../scope/variables.js';
import { arrayCallbackMethods, isListenerRegistration, isListenerRemoval, repeatingEvents } from '../syntax/calls.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { functionName, isFunctionNode, isNullOrUndefined, memberName, skipTypeWrappers, typeWrapperTypes } from '../syntax/nodes.js';
import { containsInBody, walk } from '../syntax/walk.js';
import { typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { thenableKindOf } from '../types/thenables.js';
import { isAssertionCallee } from '../syntax/calls.js';
import { declarationsAt } from './function-can-reject.js';
import { readsAfterRequests } from './reads-after-requests.js';
import { laterCallbackOf, sameRoot } from './reads-later-callbacks.js';
import { collectionSlotOf, propertyCollectionSlotsOf, runsInScopeOf } from './reads-of-collections.js';
import { handedMethod, objectLiteralSlotsOf, propertySlotsOf, writeStartedBy } from './reads-of-properties.js';
import { methodReadsOf } from './reads-through-methods.js';
import {
  hasUnconditionalAwait,
  isConditionalWithin,
  leavesBefore,
  statementBefore,
  suspensionNodes,
  suspensionPoints,
} from './reads-paths.js';

/*
 * Locals (and properties of `this`, and the contents of collections created empty:
 * `reads-of-collections.ts`) that only get their value in a callback that runs later: a
 * `.then`/`.catch`/`.finally` handler, code after an `await` in an async callback nobody waits
 * for, a timer, an event listener, a Node-style callback (`reads-later-callbacks.ts`), or a named
 * function only ever handed to one of those (`load().then(setUser)`). Reading one in the
 * registering function before anything has waited sees the old value (`undefined`, the initial
 * `false`) every time: the callback cannot have run yet.
 */

/** How a deferred write is scheduled. */
export type DeferralKind = 'handler' | 'async' | 'timer' | 'listener' | 'callback';

/** The callback a deferred write sits in and how it is scheduled. */
interface Deferral {
  callback: FunctionNode;
  /** `handler`: a promise reaction; `async`: an async function past its first `await`; the rest: `LaterCallback`. */
  via: DeferralKind;
  /** The node in the owner that starts or registers the callback when it is not the callback itself (`void update()`, `.then(setUser)`). */
  start?: TSESTree.Node;
  /** For a listener: the emitter it listens to. */
  receiver?: TSESTree.Node;
}

/** A read of a local or property that runs before the callbacks assigning it can have run. */
export interface EarlyRead {
  /** The local's name, or `this.name` for a property. */
  name: string;
  /** The local, for locals. */
  variable?: TSESLint.Scope.Variable;
  read: TSESTree.Node;
  deferral: Deferral;
  /** The statement of the owning function that schedules the callback. */
  registration: TSESTree.Node;
  /** The call (or callback) in it that schedules the callback: inside a loop, the loop is the statement. */
  scheduler: TSESTree.Node;
  /** A collection created empty and filled in the callback, whose contents are read (`reads-of-collections.ts`). */
  contents?: true;
}

type Owner = TSESTree.Node;

const handlerMethods = new Set(['then', 'catch', 'finally']);

/** True when `node` is passed as a reaction to a `Promise` (`p.then(fn)`, `p.catch(fn)`, `p.finally(fn)`). */
function isPromiseHandler(analysis: Analysis, node: TSESTree.Node): boolean {
  const call = node.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
  const index = call.arguments.indexOf(node as TSESTree.CallExpressionArgument);
  const callee = skipTypeWrappers(call.callee);
  const method = memberName(callee);
  if (index < 0 || callee.type !== AST_NODE_TYPES.MemberExpression || !method || !handlerMethods.has(method)) return false;
  if (index > (method === 'then' ? 1 : 0)) return false;
  // Only real promises: a custom thenable may call its callbacks synchronously.
  return thenableKindOf(analysis, callee.object) === 'promise';
}

/** How the function or handler name at `node` runs later, when handed over right here. */
function laterAt(analysis: Analysis, node: TSESTree.Node, owner: Owner): Omit<Deferral, 'callback' | 'start'> | undefined {
  if (isPromiseHandler(analysis, node)) return { via: 'handler' };
  const later = laterCallbackOf(analysis, node, owner);
  return later && (later.receiver ? { via: later.via, receiver: later.receiver } : { via: later.via });
}

/** The callback that makes the write at `node` happen later, if any, below `owner`. */
function deferralOf(analysis: Analysis, node: TSESTree.Node, owner: Owner): Deferral | undefined {
  // A write in a callback of another method, started by calling that method now (`this.refreshLoad()`).
  const starter = writeStartedBy(node, owner);
  if (starter) {
    const method = enclosingMethodOf(node);
    const inner = method && method !== owner ? deferralOf(analysis, node, method) : undefined;
    return inner && { ...inner, start: starter };
  }
  // `load().then(this.setUser)`: a method handed over writes when it runs, as a named handler does.
  const handed = node.type === AST_NODE_TYPES.MemberExpression ? handedMethod(node) : undefined;
  if (handed) {
    const later = laterAt(analysis, node, owner);
    return later && registeredBy(node, owner) ? { callback: handed, ...later, start: node } : undefined;
  }
  for (let current = node.parent; current && current !== owner; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    let deferral: Deferral | undefined;
    const later = laterAt(analysis, current, owner);
    if (later) deferral = { callback: current, ...later };
    else if (current.async && (runsNow(current) || startsPromise(analysis, current)) && followsAwait(node, current))
      deferral = { callback: current, via: 'async' };
    else if (current.async && followsAwait(node, current)) {
      const start = startingCall(current, owner);
      if (start) deferral = { callback: current, via: 'async', start };
    }
    if (!deferral) {
      const named = namedHandlerDeferral(analysis, current, owner);
      if (named) return named;
    }
    // Registered by `owner` itself: every function around the callback runs now (`items.forEach((i) => load(i).then(…))`).
    if (deferral) return registeredBy(current, owner) ? deferral : undefined;
  }
  return undefined;
}

/** True for a call awaited where it is made (`await this.load()`, through type wrappers). */
function isAwaitedInPlace(call: TSESTree.Node): boolean {
  let node = call;
  while (node.parent && skipTypeWrappers(node.parent) !== node.parent) node = node.parent;
  return node.parent?.type === AST_NODE_TYPES.AwaitExpression;
}

/** The method (not an arrow) whose body holds `node`. */
function enclosingMethodOf(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent)
    if (isFunctionNode(current) && current.type !== AST_NODE_TYPES.ArrowFunctionExpression) return current;
  return undefined;
}

/** The name a local function is declared with in `owner`: `function set()`, `const set = () => …`. */
function localFunctionName(fn: FunctionNode): TSESTree.Identifier | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id ?? undefined;
  const declarator = fn.parent;
  if (
    declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
    declarator.init === fn &&
    declarator.id.type === AST_NODE_TYPES.Identifier &&
    declarator.parent.type === AST_NODE_TYPES.VariableDeclaration &&
    declarator.parent.kind === 'const'
  )
    return declarator.id;
  return undefined;
}

/**
 * A named local function that is only ever handed over to run later (`load().then(setUser)`,
 * `queue.on('done', onDone)`) or removed again (`queue.off('done', onDone)`): its writes are
 * deferred, registered by the first hand-over in `owner` that runs now.
 */
function namedHandlerDeferral(analysis: Analysis, fn: FunctionNode, owner: Owner): Deferral | undefined {
  const id = localFunctionName(fn);
  const variable = id && variableOf(analysis, id);
  if (!variable) return undefined;
  let first: Deferral | undefined;
  for (const reference of variable.references) {
    const use = reference.identifier;
    if (reference.init || use === id) continue;
    const call = use.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && isListenerRemoval(memberName(skipTypeWrappers(call.callee)) ?? '')) continue;
    const later = laterAt(analysis, use, owner);
    if (!later) return undefined;
    const start = outermostBelow(use, owner);
    if (!first && registeredBy(use, owner) && start) first = { callback: fn, ...later, start: use };
  }
  return first;
}

function outermostBelow(node: TSESTree.Node, owner: Owner): TSESTree.Node | undefined {
  let current: TSESTree.Node | undefined = node;
  while (current && current.parent !== owner) current = current.parent;
  return current;
}

/**
 * For an async function declared by name in `owner` (`const update = async () => …`, `async
 * function update()`), the first call of it in `owner` that nobody waits for: a statement
 * `update();`, `void update();` or `update().catch(…);`. Calls in nested functions (handlers) run later.
 */
function startingCall(fn: FunctionNode, owner: Owner): TSESTree.CallExpression | undefined {
  const name = localFunctionName(fn)?.name;
  if (name === undefined) return undefined;
  let found: TSESTree.CallExpression | undefined;
  containsInBody(owner, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== name)
      return false;
    if (node.range[0] < fn.range[1] || !isDropped(node)) return false;
    found = node;
    return true;
  });
  return found;
}

/** True when the promise of `call` is dropped: `f();`, `void f();`, `f().catch(…);`. */
function isDropped(call: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = call;
  const parent = node.parent;
  if (
    parent?.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === node &&
    memberName(parent) === 'catch' &&
    parent.parent?.type === AST_NODE_TYPES.CallExpression
  ) {
    node = parent.parent;
  }
  if (node.parent?.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void') node = node.parent;
  return node.parent?.type === AST_NODE_TYPES.ExpressionStatement;
}

function registeredBy(node: TSESTree.Node, owner: Owner): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current && current !== owner; current = current.parent) {
    if (isFunctionNode(current) && !runsNow(current)) return false;
  }
  return true;
}

/** The call `fn` is the callee or an argument of, looking through type wrappers. */
function callOf(fn: FunctionNode): { call: TSESTree.CallExpression | TSESTree.NewExpression; isCallee: boolean } | undefined {
  let node: TSESTree.Node = fn;
  while (node.parent && typeWrapperTypes.has(node.parent.type)) node = node.parent;
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression && parent?.type !== AST_NODE_TYPES.NewExpression) return undefined;
  if (parent.callee === node) return { call: parent, isCallee: true };
  return parent.arguments.includes(node as TSESTree.CallExpressionArgument) ? { call: parent, isCallee: false } : undefined;
}

/** A function that runs before the statement around it ends: an IIFE, an array-iteration callback, a `new Promise` executor. */
function runsNow(fn: FunctionNode): boolean {
  const found = callOf(fn);
  if (!found) return false;
  const { call, isCallee } = found;
  if (isCallee) return call.type === AST_NODE_TYPES.CallExpression;
  const callee = skipTypeWrappers(call.callee);
  if (call.type === AST_NODE_TYPES.NewExpression) return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Promise';
  return callee.type === AST_NODE_TYPES.MemberExpression && arrayCallbackMethods.has(memberName(callee) ?? '');
}

/** An async callback handed to a call that returns a promise (`withLock(async () => …)`): it is started now. */
function startsPromise(analysis: Analysis, fn: FunctionNode): boolean {
  const found = callOf(fn);
  return found !== undefined && !found.isCallee && thenableKindOf(analysis, found.call) === 'promise';
}

/** True when, inside async `fn`, the write at `node` always comes after an `await`. */
function followsAwait(node: TSESTree.Node, fn: FunctionNode): boolean {
  for (let child: TSESTree.Node = node, current = node.parent; current && current !== fn; child = current, current = current.parent) {
    // `user = await load()`: the assignment happens once the right side is awaited.
    if (current.type === AST_NODE_TYPES.AssignmentExpression && current.left === child && hasUnconditionalAwait(current.right)) return true;
    if (current.type === AST_NODE_TYPES.ForOfStatement && current.await && current.body === child) return true;
    if (current.type === AST_NODE_TYPES.BlockStatement) {
      const index = current.body.indexOf(child as TSESTree.Statement);
      if (current.body.slice(0, index).some((statement) => hasUnconditionalAwait(statement))) return true;
    }
  }
  return false;
}

/**
 * True for `await sleep(10)`, `await setTimeout(0)` (`node:timers/promises`), `await new Promise((r) =>
 * setTimeout(r, 5))`: a wait for a timer, after which every reaction that was ready has run. In a
 * test, reading a state after one is how the test checks what its trigger has done by then.
 */
function isTimerWait(analysis: Analysis, wait: TSESTree.Node): boolean {
  if (wait.type !== AST_NODE_TYPES.AwaitExpression) return false;
  const timer = skipTypeWrappers(wait.argument);
  return (
    timerPromiseOf(analysis, timer) !== undefined || (timer.type === AST_NODE_TYPES.CallExpression && isTimersPromisesCall(analysis, timer))
  );
}

/** True when `wait` may wait for the chain registered by `registration`: it is part of it, or names what the chain hangs on. */
function waitsForChain(
  analysis: Analysis,
  wait: TSESTree.Node,
  registration: TSESTree.Node,
  callback: TSESTree.Node,
  forEnd = false,
): boolean {
  if (wait.type !== AST_NODE_TYPES.AwaitExpression) return true;
  // A listener gathering parts has them all at the emitter's end: `await once(child, 'spawn')` waits for its start.
  if (
    forEnd &&
    walk(
      wait.argument,
      (node) =>
        node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' && startEvents.has(node.value) ? 'stop' : undefined,
      { nested: true },
    )
  )
    return false;
  if (wait.range[0] >= registration.range[0] && wait.range[1] <= registration.range[1]) return true;
  const outside = (node: TSESTree.Node): boolean => node.range[1] <= callback.range[0] || node.range[0] >= callback.range[1];
  const names = new Set<string>();
  containsInBody(registration, (node) => {
    const isProperty = node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.property === node && !node.parent.computed;
    if (node.type === AST_NODE_TYPES.Identifier && !isProperty && outside(node) && node.name !== 'Promise') names.add(node.name);
    return false;
  });
  // `await once(rl, 'close')` with `const rl = createInterface({ input })`: a wait for what was made from the emitter.
  const madeFrom = (node: TSESTree.Identifier): boolean => {
    const variable = variableOf(analysis, node);
    const init = variable && declaratorOf(variable)?.init;
    return (
      init !== undefined &&
      init !== null &&
      containsInBody(init, (inner) => inner.type === AST_NODE_TYPES.Identifier && names.has(inner.name) && inner !== node)
    );
  };
  // Also inside a waiter written there (`await new Promise((resolve) => rl.once('close', resolve))`).
  return walk(
    wait.argument,
    (node) => (node.type === AST_NODE_TYPES.Identifier && (names.has(node.name) || madeFrom(node)) ? 'stop' : undefined),
    { nested: true },
  );
}

/** Events that announce a start, not an end: waiting for one waits for nothing gathered yet. */
const startEvents = new Set(['spawn', 'open', 'ready', 'connect', 'connection', 'listening', 'online', 'start', 'readable']);

/** The outermost function below `owner` around `node` (the callback itself when it sits directly in `owner`). */
function outermostFunction(node: FunctionNode, owner: Owner): TSESTree.Node {
  let outer: TSESTree.Node = node;
  for (let current: TSESTree.Node | undefined = node.parent; current && current !== owner; current = current.parent) {
    if (isFunctionNode(current)) outer = current;
  }
  return outer;
}

/** Fake-timer and scheduler drivers that run pending callbacks at once (`vi.runAllTimers()`, `clock.tick(100)`). */
const clockDrivers = /^(tick|tickAsync|flush\w*|advanceTimers\w*|run(All|Only|Pending)\w*|runToLast\w*|next)$/;

/** `await vi.advanceTimersByTimeAsync(30)`, `await clock.tickAsync(100)`, `await vi.runAllTimersAsync()`. */
/** True when every write of `target` in `callback` sits in the body of a `for await` loop of that callback. */
function writesPerEvent(target: Tracked, callback: TSESTree.Node): boolean {
  const inside = target.writes.filter((write) => write.range[0] >= callback.range[0] && write.range[1] <= callback.range[1]);
  return (
    inside.length > 0 &&
    inside.every((write) => {
      for (let current: TSESTree.Node | undefined = write.parent; current && current !== callback; current = current.parent) {
        if (current.type === AST_NODE_TYPES.ForOfStatement && current.await) return true;
        if (isFunctionNode(current)) return false;
      }
      return false;
    })
  );
}

/** True when `callback` is listening with `on`/`addListener` for an event that brings one part of a whole at a time (`line`, `data`, `row`). */
function gathersPerEvent(callback: TSESTree.Node): boolean {
  const call = callback.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== callback) return false;
  const method = memberName(skipTypeWrappers(call.callee)) ?? '';
  const [event] = call.arguments;
  return (
    ['on', 'addListener', 'addEventListener'].includes(method) &&
    event?.type === AST_NODE_TYPES.Literal &&
    typeof event.value === 'string' &&
    repeatingEvents.has(event.value)
  );
}

function isAwaitedAsyncDriver(call: TSESTree.CallExpression, name: string): boolean {
  return name.endsWith('Async') && call.parent.type === AST_NODE_TYPES.AwaitExpression;
}

/** Calls that may fire a listener synchronously (`emitter.emit('done')`, `target.dispatchEvent(e)`). */
const triggers = new Set(['emit', 'dispatchEvent', 'trigger', 'fire', 'click', 'write', 'end', 'push', 'resolve']);

/**
 * True when code between `from` and `to` (outside nested functions) may run the callback or write
 * the value at once: a call on the listener's emitter other than a registration, a call named as a
 * trigger, a fake-timer driver (`vi.runAllTimers()`, `clock.tick(…)`), or, for a property, a
 * method call on `this`.
 */
function mayRunBetween(analysis: Analysis, target: Tracked, deferral: Deferral, from: number, to: number): boolean {
  const receiverText = deferral.receiver && analysis.sourceCode.getText(deferral.receiver);
  return containsInBody(target.owner, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.range[0] < from || node.range[1] > to) return false;
    const callee = skipTypeWrappers(node.callee);
    const name = (callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee)) ?? '';
    // Promise reactions never run synchronously, whatever is called; timers and callbacks may be driven by hand.
    // An awaited asynchronous driver (`await vi.advanceTimersByTimeAsync(30)`) also runs the reactions of what its timers settled.
    if (clockDrivers.test(name) && ((deferral.via !== 'handler' && deferral.via !== 'async') || isAwaitedAsyncDriver(node, name)))
      return true;
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    if (target.property && callee.object.type === AST_NODE_TYPES.ThisExpression) return true;
    if (deferral.via !== 'listener' || !deferral.receiver) return false;
    // The same emitter, or one of the objects it hangs from (`child` for `child.stdout`): a sibling (`child.stderr`) fires none of its listeners.
    const objectText = analysis.sourceCode.getText(callee.object);
    const onEmitter =
      objectText === receiverText ||
      (sameRoot(callee.object, deferral.receiver) && receiverText !== undefined && receiverText.startsWith(`${objectText}.`));
    // `worker.postMessage(…)` starts what the `message` listener waits for, but the reply comes from another thread or
    // process, never during the call; a browser API's work (`reader.readAsText(file)`, `store.get(key)`) queues its
    // events as tasks: only `emit`/`dispatchEvent` fire such an emitter's listeners at once.
    if (onEmitter && !ownDispatch.has(name) && deliversFromElsewhere(analysis, deferral.receiver)) return false;
    if (onEmitter && (sendsToPeer(analysis, node, name) || readsDeclaredValue(analysis, node) || firesNothingNow(analysis, node)))
      return false;
    if (triggers.has(name)) return !writesToLibraryPart(analysis, callee, deferral.receiver);
    return onEmitter && !isListenerRegistration(name) && !isListenerRemoval(name);
  });
}

/**
 * True for `probe.port.write(…)` where the listener waits on `probe`: a `write` on a field of the
 * emitter whose method is declared by a library (Node's `Writable#write`), not by this program.
 * Writing the request to that part fires none of the emitter's own listeners during the call; the
 * answer comes back later. (A fake written in the program may answer at once, and still counts.)
 */
function writesToLibraryPart(analysis: Analysis, callee: TSESTree.MemberExpression, receiver: TSESTree.Node | undefined): boolean {
  if (!receiver || memberName(callee) !== 'write') return false;
  // A field of the emitter (`probe.port`), not what a call hands back (`channel.adapter.getChannel()`).
  let object: TSESTree.Node = skipTypeWrappers(callee.object);
  while (object.type === AST_NODE_TYPES.MemberExpression && !object.computed) object = skipTypeWrappers(object.object);
  if (object.type !== AST_NODE_TYPES.Identifier && object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const receiverText = analysis.sourceCode.getText(receiver);
  if (!analysis.sourceCode.getText(callee.object).startsWith(`${receiverText}.`)) return false;
  const program = analysis.services.program;
  const declarations = declarationsAt(analysis, analysis.services.esTreeNodeToTSNodeMap.get(callee.property));
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const file = declaration.getSourceFile();
      return file.isDeclarationFile && (program.isSourceFileFromExternalLibrary(file) || program.isSourceFileDefaultLibrary(file));
    })
  );
}

/** Calls that run their callback argument later: timers, `process.nextTick`, promise reactions. */
const deferringCalls = new Set(['setImmediate', 'setTimeout', 'setInterval', 'nextTick', 'queueMicrotask', 'then', 'catch', 'finally']);

/**
 * True for `library.checkIn(id)` on an emitter whose method the program implements and that fires
 * no listener during the call: its body (and the methods it calls on `this`, two calls deep)
 * emits only inside callbacks it defers (`setImmediate(() => this.emit('returned', …))`), or not at
 * all, and hands `this` to no other function. A body the program does not have (a declared
 * method) says nothing, and neither does a callback handed to anything else
 * (`items.forEach((i) => this.emit(…))` runs now).
 */
function firesNothingNow(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const declarations = declarationsAt(analysis, analysis.services.esTreeNodeToTSNodeMap.get(callee.property));
  return declarations.length > 0 && declarations.every((declaration) => methodFiresNothingNow(declaration, 0));
}

function methodFiresNothingNow(declaration: ts.Declaration, depth: number): boolean {
  if (!ts.isMethodDeclaration(declaration) || !declaration.body || depth > 2) return false;
  if (declaration.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword)) return false;
  const owner = declaration.parent;
  let fires = false;
  const visit = (node: ts.Node): void => {
    if (fires) return;
    if (ts.isFunctionLike(node)) {
      // A callback handed to a deferring call runs later; any other runs now as far as we know.
      const call = node.parent;
      const deferred =
        call !== undefined &&
        ts.isCallExpression(call) &&
        call.arguments.includes(node as ts.Expression) &&
        deferringCalls.has(ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : call.expression.getText());
      if (deferred) return;
    }
    // `notify(this)`: another function may emit on it.
    if (ts.isCallExpression(node) && node.arguments.some((argument) => argument.kind === ts.SyntaxKind.ThisKeyword)) {
      fires = true;
      return;
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (ownDispatch.has(method)) {
        fires = true;
        return;
      }
      if (node.expression.expression.kind === ts.SyntaxKind.ThisKeyword) {
        const sibling = ts.isClassLike(owner)
          ? owner.members.find((member) => ts.isMethodDeclaration(member) && member.name.getText() === method)
          : undefined;
        if (sibling && !methodFiresNothingNow(sibling, depth + 1)) {
          fires = true;
          return;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(declaration.body);
  return !fires;
}

/** The calls that fire an emitter's own listeners synchronously. */
const ownDispatch = new Set(['emit', 'dispatchEvent']);

/**
 * Emitters whose events come from another thread, process or the network, or from a browser API
 * that queues them as tasks once its work is done (by their type's name).
 */
const remoteEmitters = new Set([
  'Worker',
  'MessagePort',
  'ChildProcess',
  'WebSocket',
  'EventSource',
  'BroadcastChannel',
  'FileReader',
  'IDBRequest',
  'IDBOpenDBRequest',
  'IDBTransaction',
  'RTCPeerConnection',
  'RTCDataChannel',
  'MediaRecorder',
  // `node:net` and `node:tls` sockets: what they read comes off the network in a later turn, never
  // during `write()` or `end()` (an in-memory duplex such as a `PassThrough` can emit at once).
  'Socket',
  'TLSSocket',
]);

/** True when the emitter's type is a channel to another thread, process or peer, or queues its events (`Worker`, `FileReader`…). */
function deliversFromElsewhere(analysis: Analysis, emitter: TSESTree.Node): boolean {
  const type = typeOf(analysis, emitter);
  const name = (type.getSymbol() ?? type.aliasSymbol)?.getName();
  return name !== undefined && remoteEmitters.has(name);
}

/**
 * Methods that hand a message to a peer (`link.send(frame)`, `radio.transmit(…)`) or open a
 * connection to one or sets it going (`feed.connect(host)`, `session.open(id)`, `robot.launch(site)`),
 * or ask a device or store to do a job and report (`robot.calibrate()`, `probe.measure()`,
 * `scanner.scan()`, `meter.arm()`, `registry.load(id)`), whose answer arrives as an event.
 */
const peerSends =
  /^(send|transmit|publish|post|request|ping|query|submit|connect|open|start|launch|begin|boot|listen|dial|subscribe|login|calibrate|measure|sample|scan|probe|poll|fetch|download|upload|load|reload|refresh|sync|arm)([A-Z]\w*)?$/;

/**
 * True for `channel.rawLoadKg()` on an emitter whose method the program only declares (in its own
 * source, an interface member) and that
 * hands back a plain value (a number, a string, a boolean): a reading taken at once, which fires
 * no listener.
 */
function readsDeclaredValue(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const declarations = declarationsAt(analysis, analysis.services.esTreeNodeToTSNodeMap.get(callee.property));
  // Declared by the program itself (a library's `dispatchEvent(): boolean` fires listeners).
  if (
    declarations.length === 0 ||
    !declarations.every((declaration) => ts.isMethodSignature(declaration) && !declaration.getSourceFile().isDeclarationFile)
  )
    return false;
  if (ownDispatch.has(memberName(callee) ?? '')) return false;
  const plain = ts.TypeFlags.NumberLike | ts.TypeFlags.StringLike | ts.TypeFlags.BooleanLike;
  return unionMembers(typeOf(analysis, call)).every((part) => (part.flags & plain) !== 0);
}

/** Per file, whether a function of that name fires listeners (`emit`, `dispatchEvent`), by name. */
const emittingNames = new WeakMap<TSESTree.Program, Map<string, boolean>>();

/**
 * True for `link.send(frame)` on an emitter whose `send` the program only declares (an interface
 * or type member, or an ambient declaration: no body anywhere the checker sees it), when no
 * function of this file by that name fires listeners (`emit`, `dispatchEvent`), as a test's fake
 * link would. What such a method starts is answered by the peer in a later turn, never during the
 * call. `emit`-named and stream methods are not sends.
 */
function sendsToPeer(analysis: Analysis, call: TSESTree.CallExpression, name: string): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const declarations = declarationsAt(analysis, analysis.services.esTreeNodeToTSNodeMap.get(callee.property));
  // `port.write(…)` on a device port the program declares itself (not a Node.js stream from a
  // declaration file, where an in-memory stream can emit during the write) sends to the device.
  const ownWrite =
    name === 'write' && declarations.length > 0 && declarations.every((declaration) => !declaration.getSourceFile().isDeclarationFile);
  if (!peerSends.test(name) && !ownWrite) return false;
  const declaredOnly =
    declarations.length > 0 &&
    declarations.every(
      (declaration) =>
        ts.isMethodSignature(declaration) ||
        ts.isPropertySignature(declaration) ||
        (ts.isMethodDeclaration(declaration) && declaration.body === undefined),
    );
  // `request() { const next = …; setImmediate(() => this.emit('reading', next)); }`: a method of the
  // program that fires its listeners only from a callback it defers is answered in a later turn too.
  if (!declaredOnly) return declarations.length > 0 && declarations.every((declaration) => firesOnlyLater(declaration));
  const known = getOrCreate(emittingNames, analysis.sourceCode.ast, () => new Map<string, boolean>());
  const cached = known.get(name);
  if (cached !== undefined) return !cached;
  const emits = walk(
    analysis.sourceCode.ast,
    (node) =>
      isFunctionNode(node) &&
      functionName(node) === name &&
      containsInBody(
        node,
        (inner) => inner.type === AST_NODE_TYPES.CallExpression && ownDispatch.has(memberName(skipTypeWrappers(inner.callee)) ?? ''),
      )
        ? 'stop'
        : undefined,
    { nested: true },
  );
  known.set(name, emits);
  return !emits;
}

/**
 * True for a method with a body that fires listeners (`emit`, `dispatchEvent`) somewhere, and
 * every time inside a callback handed to a deferring call (`setImmediate`, `setTimeout`,
 * `process.nextTick`, `queueMicrotask`, a promise reaction): never during the call itself.
 */
function firesOnlyLater(declaration: ts.Declaration): boolean {
  if (!ts.isMethodDeclaration(declaration) || !declaration.body) return false;
  let fires = 0;
  let now = false;
  const visit = (node: ts.Node, deferred: boolean): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      if (ownDispatch.has(name)) {
        fires += 1;
        if (!deferred) now = true;
      }
      if (deferringCalls.has(name)) {
        visit(callee, deferred);
        for (const argument of node.arguments)
          visit(argument, deferred || ts.isArrowFunction(argument) || ts.isFunctionExpression(argument));
        return;
      }
    }
    // Another function written in the method may be called now.
    ts.forEachChild(node, (child) => visit(child, deferred));
  };
  visit(declaration.body, false);
  return fires > 0 && !now;
}

/** Matchers and assertions that check a value is still the one from before (`toBe(false)`, `toBeUndefined()`). */
const staleMatchers = /undefined|null|falsy|false|nullish|notok|isnotok/i;

/**
 * `export { user }` is a live binding: importers see the value once it is assigned. A read inside
 * an assertion that checks the old value (`expect(settled).toBe(false)`, `toBeUndefined()`,
 * `assert(!done)`) tests on purpose that the callback has not run yet; one checking for a new value
 * (`expect(cached).toEqual(session)`) is the mistake.
 */
function isLiveOrStaleCheck(analysis: Analysis, read: TSESTree.Node, initializer: string | undefined): boolean {
  if (read.parent?.type === AST_NODE_TYPES.ExportSpecifier) return true;
  let negated = false;
  for (let node: TSESTree.Node | undefined = read.parent; node && !isFunctionNode(node); node = node.parent) {
    if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') negated = true;
    if (node.type !== AST_NODE_TYPES.CallExpression || !isAssertionCallee(node.callee)) continue;
    if (negated) return true;
    for (let chain: TSESTree.Node = node; ; chain = chain.parent!) {
      if (chain.type === AST_NODE_TYPES.CallExpression) {
        if (staleMatchers.test(memberName(skipTypeWrappers(chain.callee)) ?? '')) return true;
        const others = chain.arguments.filter((argument) => !(argument.range[0] <= read.range[0] && argument.range[1] >= read.range[1]));
        if (others.some((argument) => isOldValue(analysis, argument, initializer))) return true;
      } else if (chain.type !== AST_NODE_TYPES.MemberExpression) {
        return false;
      }
    }
  }
  return false;
}

function isOldValue(analysis: Analysis, node: TSESTree.Node, initializer: string | undefined): boolean {
  const target = skipTypeWrappers(node);
  if (initializer !== undefined) return analysis.sourceCode.getText(target) === initializer;
  return (
    (target.type === AST_NODE_TYPES.Literal && target.value === null) ||
    (target.type === AST_NODE_TYPES.Identifier && target.name === 'undefined')
  );
}

/** A local or property as tracked here. */
interface Tracked {
  name: string;
  owner: Owner;
  writes: TSESTree.Node[];
  reads: TSESTree.Node[];
  /** A property always has a value from before; a local only with an initializer. */
  hasOldValue: boolean;
  /**
   * Any wait in between counts, even one unrelated to the chain: a `let` initialized with
   * `true`/`false` (a status flag: "did it finish in time?") or a collection (what arrived so far).
   */
  isFlag: boolean;
  property: boolean;
  variable?: TSESLint.Scope.Variable;
}

const verdicts = new WeakMap<TSESTree.Program, EarlyRead[]>();

/**
 * Every read, in the function that declares a `let`/`var` local (or in a method, of a property of
 * `this`), that runs before the callbacks assigning it can have run: it is written only in later
 * callbacks, and the read follows the registration with nothing (`await`, `yield`) in between.
 * Reads in nested functions run later and are never reported against the declaring function; a
 * nested function that itself registers the callbacks and then reads is judged as their owner.
 */
export function readsBeforeSettle(analysis: Analysis): EarlyRead[] {
  const known = verdicts.get(analysis.sourceCode.ast);
  if (known) return known;
  const found: EarlyRead[] = [];
  for (const scope of analysis.sourceCode.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) {
      const tracked = localOf(variable);
      const early = tracked && earlyRead(analysis, tracked);
      if (early) found.push(early);
      const filled = collectionSlotOf(variable);
      const unfilled = filled && earlyRead(analysis, collectionTracked(variable, filled));
      if (unfilled) found.push({ ...unfilled, contents: true });
      // `const manifest = { header: null }`, `rl.on('line', (l) => { manifest.header ??= parse(l); })`, `manifest.header?.count`
      for (const slot of objectLiteralSlotsOf(variable)) {
        const owner = variable.scope.variableScope.block;
        // Reads in the declaring function (or an arrow it runs now); a nested function's reads run later.
        const reads = slot.reads.filter((read) => runsWithin(analysis.sourceCode.getScope(read).variableScope.block, owner));
        const early = earlyRead(analysis, { ...slot, reads, owner, hasOldValue: true, isFlag: false, property: false });
        if (early) found.push(early);
      }
      // `let port = 0;` outside, `server.listen(0, () => { port = … })` and a read of `port` in one inner function
      for (const inner of innerReaders(variable, tracked)) {
        const late = earlyRead(analysis, inner);
        if (late) found.push(late);
      }
    }
    const block = scope.block;
    if (scope.type === 'function' && isFunctionNode(block)) {
      for (const slot of propertySlotsOf(block, true)) {
        const reads = [...slot.reads, ...methodReadsOf(block, slot.name.slice('this.'.length))];
        const early = earlyRead(analysis, { ...slot, reads, hasOldValue: true, isFlag: false, property: true });
        if (early) found.push(early);
      }
      for (const slot of propertyCollectionSlotsOf(block)) {
        const early = earlyRead(analysis, { ...slot, owner: block, hasOldValue: true, isFlag: true, property: true });
        if (early) found.push({ ...early, contents: true });
      }
    }
  }
  // A property only a listener writes, read right after the method requested its next value.
  const isRequestToPeer = (call: TSESTree.CallExpression, emitter: TSESTree.Node): boolean => {
    const name = memberName(skipTypeWrappers(call.callee)) ?? '';
    // `worker.postMessage(…)`, `socket.write(…)`, `ws.send(…)`, `child.send(…)`: the answer comes off the channel later.
    return (
      ((name === 'postMessage' || name === 'write' || name === 'send') && deliversFromElsewhere(analysis, emitter)) ||
      sendsToPeer(analysis, call, name)
    );
  };
  const seen = new Set(found.map((early) => early.read));
  for (const requested of readsAfterRequests(analysis, isRequestToPeer)) {
    // A listener registered in the reading method itself is judged above already.
    if (seen.has(requested.read)) continue;
    found.push({
      name: requested.name,
      read: requested.read,
      deferral: {
        callback: requested.listener,
        via: 'listener',
        receiver: (requested.registration.callee as TSESTree.MemberExpression).object,
      },
      registration: requested.statement,
      scheduler: requested.registration,
    });
  }
  verdicts.set(analysis.sourceCode.ast, found);
  return found;
}

/**
 * The same local seen from each function nested in its scope that reads it (`beforeAll(async () =>
 * { server.listen(0, () => { port = … }); baseUrl = \`…:${port}\`; })` for a `port` declared around
 * it): that function is the owner, its own reads the reads. Every write must still sit in a
 * callback that function registers, or nothing is reported.
 */
function innerReaders(variable: TSESLint.Scope.Variable, tracked: Tracked | undefined): Tracked[] {
  if (!tracked) return [];
  const byFunction = new Map<TSESTree.Node, TSESTree.Node[]>();
  for (const reference of variable.references) {
    if (!reference.isReadOnly()) continue;
    const block = reference.from.variableScope.block;
    if (block === tracked.owner || !isFunctionNode(block)) continue;
    byFunction.set(block, [...(byFunction.get(block) ?? []), reference.identifier]);
  }
  return [...byFunction].map(([owner, reads]) => ({ ...tracked, owner: owner as Owner, reads }));
}

/** A collection filled in callbacks, tracked like a local: its fills are the writes, its content reads the reads. */
function collectionTracked(variable: TSESLint.Scope.Variable, slot: { writes: TSESTree.Node[]; reads: TSESTree.Node[] }): Tracked {
  return {
    name: variable.name,
    owner: variable.scope.variableScope.block,
    writes: slot.writes,
    reads: slot.reads,
    hasOldValue: true,
    // After a wait, reading a collection is counting what has arrived so far (`await sleep(300); expect(out).toHaveLength(1)`).
    isFlag: true,
    property: false,
    variable,
  };
}

function localOf(variable: TSESLint.Scope.Variable): Tracked | undefined {
  const [definition] = variable.defs;
  if (variable.defs.length !== 1 || definition?.type !== 'Variable') return undefined;
  const declaration = definition.parent as TSESTree.VariableDeclaration;
  if (declaration.kind !== 'let' && declaration.kind !== 'var') return undefined;
  if (declaration.parent.type === AST_NODE_TYPES.ForOfStatement || declaration.parent.type === AST_NODE_TYPES.ForInStatement)
    return undefined;
  // `stream.once('close', () => { stream = undefined; })`: a callback that clears the local later
  // produces nothing a read could be waiting for; the reads want the value it holds now.
  const writes = variable.references
    .filter((reference) => reference.isWrite() && !reference.init && !isClearingWrite(reference.identifier))
    .map((reference) => reference.identifier);
  if (writes.length === 0) return undefined;
  // A read in an arrow an array method runs at once (`stones.map((s) => readings.find(…))`) is the declaring function's.
  const reads = variable.references
    .filter((reference) => reference.isReadOnly() && runsWithin(reference.from.variableScope.block, variable.scope.variableScope.block))
    .map((reference) => reference.identifier);
  const init = declaratorOf(variable)?.init;
  return {
    name: variable.name,
    owner: variable.scope.variableScope.block,
    writes,
    reads,
    hasOldValue: init !== null && init !== undefined,
    isFlag: init?.type === AST_NODE_TYPES.Literal && typeof init.value === 'boolean',
    property: false,
    variable,
  };
}

/** True when `block` is `owner`, or a function nested in it that runs before the expression around it ends (array callbacks, IIFEs), at every level. */
function runsWithin(block: TSESTree.Node, owner: TSESTree.Node): boolean {
  return runsInScopeOf(block, owner, runsNow);
}

/** True for `x = undefined` or `x = null`: a write that clears the local rather than delivering a result. */
function isClearingWrite(identifier: TSESTree.Node): boolean {
  const assignment = identifier.parent;
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== identifier || assignment.operator !== '=')
    return false;
  return isNullOrUndefined(assignment.right);
}

/**
 * True for a local that no function running later reads: every read is the declaring function's
 * own (`let confirmed = flags.yes; if (!confirmed) rl.question(q, (a) => { confirmed = a === 'y';
 * rl.close(); }); if (!confirmed) …`). The callback's write can only have been meant for those
 * reads, so on the path that registers it they read the old value, whatever the guard tests.
 */
function readOnlyHere(target: Tracked): boolean {
  const { variable } = target;
  if (target.property || !variable) return false;
  return variable.references.every(
    (reference) => !reference.isReadOnly() || runsWithin(reference.from.variableScope.block, variable.scope.variableScope.block),
  );
}

/** True when a callback's body only assigns (`(s) => { this.settings = s; }`): nothing in it acts on what it wrote. */
function onlyWrites(callback: FunctionNode): boolean {
  const statements = callback.body.type === AST_NODE_TYPES.BlockStatement ? callback.body.body : [callback.body];
  return (
    statements.length > 0 &&
    statements.every((statement) => {
      const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : statement;
      return (
        expression.type === AST_NODE_TYPES.AssignmentExpression &&
        !containsInBody(
          expression.right,
          (node) => node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression,
        )
      );
    })
  );
}

/**
 * True when the `if` that makes the registration conditional is about the value itself: it tests
 * the target or what its old value came from (`if (!cached)` for `let user = cached`), or a flag
 * its branch sets (`if (!this.loading) { this.loading = true; load().then(…) }`: a load started
 * once, for later reads). Otherwise (`if (merchant) …`) the branch that registers reads stale.
 */
function guardConcernsValue(
  analysis: Analysis,
  anchor: TSESTree.Node,
  registration: TSESTree.Node,
  name: string,
  initializer: TSESTree.Node | null | undefined,
): boolean {
  let guard: TSESTree.IfStatement | undefined;
  for (let current: TSESTree.Node | undefined = anchor.parent; current && current !== registration.parent; current = current.parent) {
    if (current.type === AST_NODE_TYPES.IfStatement && current.test !== anchor) guard = current;
  }
  if (!guard) return true;
  const text = (node: TSESTree.Node): string => analysis.sourceCode.getText(node);
  const tested = text(guard.test);
  const names = new Set([name.replace(/^this\./, '')]);
  if (initializer) walkNames(initializer, names);
  const branch = guard.consequent;
  const flags = new Set<string>();
  containsInBody(branch, (node) => {
    if (node.type === AST_NODE_TYPES.AssignmentExpression) flags.add(text(node.left).replace(/^this\./, ''));
    return false;
  });
  const words = new Set(tested.match(/[\w$#]+/g) ?? []);
  return [...names, ...[...flags].map((flag) => flag.split('.').pop() ?? flag)].some((word) => words.has(word));
}

/** The plain names an expression reads (`cached`, `options.user`: `options`, `user`). */
function walkNames(node: TSESTree.Node, names: Set<string>): void {
  containsInBody(node, (child) => {
    if (child.type === AST_NODE_TYPES.Identifier) names.add(child.name);
    return false;
  });
  if (node.type === AST_NODE_TYPES.Identifier) names.add(node.name);
}

function earlyRead(analysis: Analysis, target: Tracked): EarlyRead | undefined {
  const { owner } = target;
  const deferrals: Deferral[] = [];
  for (const write of target.writes) {
    const deferral = deferralOf(analysis, write, owner);
    if (!deferral) return undefined;
    deferrals.push(deferral);
  }
  const initializerNode = target.variable && declaratorOf(target.variable)?.init;
  const initializer = initializerNode ? analysis.sourceCode.getText(initializerNode) : undefined;
  const reads = target.reads.filter((read) => !isLiveOrStaleCheck(analysis, read, initializer)).sort((a, b) => a.range[0] - b.range[0]);
  if (reads.length === 0) return undefined;
  const suspensions = suspensionPoints(owner);
  const waits = suspensionNodes(owner);
  const inTest = isTestCode(analysis);
  for (const read of reads) {
    for (const deferral of deferrals) {
      const anchor = deferral.start ?? outermostFunction(deferral.callback, owner);
      if (anchor.range[1] > read.range[0]) continue;
      // `await this.readChannel(channel)`: the call that starts the writes is itself awaited, and the
      // promise it returns is the method's word that its work (the write with it) is done.
      if (deferral.start && isAwaitedInPlace(deferral.start)) continue;
      const registration = statementBefore(anchor, read, owner, suspensions);
      // Waiting in between only helps when it waits for this chain (`await p`, `await Promise.all([p, q])`);
      // after an unrelated `await` a promise reaction may or may not have run. A boolean flag read after a
      // wait is the "did it finish in time?" check, done on purpose, and so is any read after a timer wait
      // in a test (`await sleep(); expect(status)…`). Timers, listeners and callbacks have had their chance
      // once anything was waited for.
      const between = waits.filter(
        (wait) => wait.range[1] > anchor.range[1] && wait.range[1] <= read.range[0] && !leavesBefore(wait, read),
      );
      // An async callback that writes on each turn of a `for await` loop (`for await (const s of nc.status()) count++`)
      // is a listener in disguise: events have had their chance once anything was waited for.
      // A part of the whole per event (`rl.on('line', (l) => rows.push(parse(l)))`): outside tests, the whole is there only
      // once the emitter's end was waited for (a wait naming it: `await once(rl, 'close')`), not after any unrelated wait.
      const promiseBased =
        deferral.via === 'handler' ||
        (deferral.via === 'async' && !writesPerEvent(target, deferral.callback)) ||
        (!inTest && deferral.via === 'listener' && gathersPerEvent(deferral.callback));
      if (
        between.length > 0 &&
        (!registration ||
          !promiseBased ||
          target.isFlag ||
          (inTest && between.some((wait) => isTimerWait(analysis, wait))) ||
          between.some((wait) =>
            waitsForChain(
              analysis,
              wait,
              registration,
              deferral.start && deferral.via === 'async' ? deferral.callback : anchor,
              deferral.via === 'listener',
            ),
          ))
      )
        continue;
      if (!registration || mayRunBetween(analysis, target, deferral, anchor.range[1], read.range[0])) continue;
      // `let user = cached; if (!cached) load().then(…)`: on the path that skips the callback the old value is the answer,
      // and on the other the callback goes on to use what it wrote (`render()`). A callback that only writes leaves
      // the read on its path stale for good.
      if (
        !target.hasOldValue ||
        !isConditionalWithin(anchor, registration) ||
        readOnlyHere(target) ||
        (onlyWrites(deferral.callback) && !guardConcernsValue(analysis, anchor, registration, target.name, initializerNode))
      ) {
        return {
          name: target.name,
          ...(target.variable ? { variable: target.variable } : {}),
          read,
          deferral,
          registration,
          scheduler: anchor,
        };
      }
    }
  }
  return undefined;
}
