import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { calleeName } from '../syntax/calls.js';
import { enclosingBody, enclosingLoop, isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { suspendsIn, walk } from '../syntax/walk.js';
import { declaratorOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { isCollectionOfThenables } from '../types/thenables.js';

/*
 * Can a suggestion make the code wait for a promise here? Adding an `await` (or moving one
 * earlier) stops the function at that point until the promise settles. That is wrong when the
 * code that settles the promise is the code the `await` now holds back:
 *
 * - a waiter created before its trigger: `const p = once(emitter, 'ready'); emitter.emit('ready');
 *   await p` (an `await` at the declaration never gets past it);
 * - work started on purpose to run while the function goes on: `const pumping = pump(); …; await
 *   pumping`, a server's `listen()`, a `poll()` loop;
 * - a promise the code needs as a promise, not as its value: raced, passed on, stored, returned,
 *   `.then`-ed, compared, looped over for the promises.
 *
 * Every answer here is conservative: when the code might do one of these, the answer is "unsafe",
 * and the suggestion is not offered. The questions take the promise as written (a call, a `new`,
 * or a reference to the local that holds it) and `at`, the node where waiting would begin.
 */

/** Why waiting for a promise at a given point may change what the program does. */
export type AwaitHazard =
  /** Code after `at` (up to the existing `await`, if any) may be what settles the promise. */
  | 'trigger-follows'
  /** The promise comes from work named as running until stopped (`listen`, `serve`, `poll`, `pump`…). */
  | 'runs-forever'
  /** The promise itself is used later (passed on, stored, raced, returned, `.then`, compared). */
  | 'used-as-promise'
  /** Code after `at` reads state the pending work writes: it looks at the work while it runs. */
  | 'observes-progress'
  /** An inline async function called at once: started to run alongside the code after it. */
  | 'runs-alongside';

/**
 * Why making the code wait for `promise` at `at` may change what it does, or `undefined` when no
 * hazard is seen. `promise` is the expression that makes the promise (a call or `new`) or a
 * reference to the local holding it; `at` is the node after which the code would wait (the
 * statement an `await` is added to, or the place an existing `await` moves to). Every suggestion
 * that inserts or moves an `await` asks this first and offers nothing when it answers.
 */
export function awaitHazard(analysis: Analysis, promise: TSESTree.Node, at: TSESTree.Node): AwaitHazard | undefined {
  const holder = holderOf(analysis, promise);
  const origins = originsOf(promise, holder);
  if (origins.some((origin) => startsBackgroundWork(origin) || callsEndlessLoop(analysis, origin))) return 'runs-forever';
  // Code meant to run in order would be written inline; `(async () => { … })()` is started so that
  // what follows runs meanwhile (other timed steps, the reader of what it writes).
  if (origins.some(isAsyncIife)) return 'runs-alongside';
  const ties = tiesOf(analysis, origins);
  if (triggerFollows(analysis, ties, holder, at)) return 'trigger-follows';
  if (observesProgress(analysis, origins, ties, at)) return 'observes-progress';
  if (holder && usedAsPromise(holder, promise)) return 'used-as-promise';
  if (isLoopedPromise(analysis, promise)) return 'used-as-promise';
  return undefined;
}

/**
 * True when `origin` calls a function of this file (a function, a `const` arrow, a method) whose
 * body runs a loop with no exit condition at its top level (`for (;;)`, `while (true)`,
 * `do … while (true)`): a producer or worker loop started on purpose, which an `await` at the
 * call would wait for until the loop is stopped, if ever.
 */
function callsEndlessLoop(analysis: Analysis, origin: TSESTree.Node): boolean {
  const call = skipTypeWrappers(origin);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const symbol = checkerOf(analysis).getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(call.callee));
  const declaration = symbol?.valueDeclaration;
  if (!declaration || declaration.getSourceFile() !== analysis.services.esTreeNodeToTSNodeMap.get(analysis.sourceCode.ast)) return false;
  const node = analysis.services.tsNodeToESTreeNodeMap.get(declaration) as TSESTree.Node | undefined;
  const fn =
    node?.type === AST_NODE_TYPES.MethodDefinition || node?.type === AST_NODE_TYPES.PropertyDefinition
      ? node.value
      : node?.type === AST_NODE_TYPES.VariableDeclarator
        ? node.init
        : node;
  if (!isFunctionNode(fn) || fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  return fn.body.body.some(
    (statement) =>
      (statement.type === AST_NODE_TYPES.ForStatement && statement.test === null) ||
      ((statement.type === AST_NODE_TYPES.WhileStatement || statement.type === AST_NODE_TYPES.DoWhileStatement) &&
        statement.test.type === AST_NODE_TYPES.Literal &&
        statement.test.value === true),
  );
}

/** True for `(async () => { … })()` and `(async function () { … })()`, also through `.then`/`.catch`/`.finally`. */
function isAsyncIife(origin: TSESTree.Node): boolean {
  let call = skipTypeWrappers(origin);
  while (call.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeWrappers(call.callee);
    // Without an `await` of its own, its body has run to the end before the next statement: nothing runs alongside.
    if (isFunctionNode(callee)) return callee.async && suspendsIn(callee.body);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !['then', 'catch', 'finally'].includes(memberName(callee) ?? '')) return false;
    call = skipTypeWrappers(callee.object);
  }
  return false;
}

/**
 * True when a function the promise's work runs (a task handed to `queue.add(…)`, an IIFE's body)
 * writes a variable declared outside it (assigns it, or calls `push`/`set`/`add`/`delete` on it),
 * and the code after `at` reads that variable: the code looks at the work while it is pending
 * (`queue.add(async () => { ran = true }); await delay(50); assert.ok(!ran)`), and waiting first
 * changes what it sees.
 */
function observesProgress(analysis: Analysis, origins: readonly TSESTree.Node[], { subjects }: Ties, at: TSESTree.Node): boolean {
  const written = new Set<TSESLint.Scope.Variable>();
  const collect = (root: TSESTree.Node): void => {
    walk(
      root,
      (node) => {
        if (node.type !== AST_NODE_TYPES.Identifier || !insideFunctionOf(node, root)) return undefined;
        const variable = variableOf(analysis, node);
        const declared = variable?.defs[0]?.node;
        if (!variable || !declared || (declared.range[0] >= root.range[0] && declared.range[1] <= root.range[1])) return undefined;
        if (isWrittenAt(variable, node)) written.add(variable);
        return undefined;
      },
      { nested: true },
    );
  };
  for (const origin of origins) collect(origin);
  // Callbacks registered on what the work runs on (`queue.on('done', () => events.push(…))`) report its progress too.
  const body = enclosingBody(at);
  if (subjects.size > 0) {
    walk(body, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression || origins.includes(node)) return undefined;
      const callee = skipTypeWrappers(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const receiver = subjectText(analysis, callee.object);
      if (receiver === undefined || !subjects.has(receiver)) return undefined;
      for (const argument of node.arguments) if (isFunctionNode(argument)) collect(argument);
      return undefined;
    });
  }
  return [...written].some((variable) =>
    variable.references.some(
      (reference) => reference.isRead() && reference.identifier.range[0] >= at.range[1] && reference.identifier.range[1] <= body.range[1],
    ),
  );
}

/** True when `node` sits in a function written inside `origin` (the work's own code, not the call that starts it). */
function insideFunctionOf(node: TSESTree.Node, origin: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== origin.parent; current = current.parent) {
    if (isFunctionNode(current)) return current.range[0] >= origin.range[0];
  }
  return false;
}

const mutators = new Set(['push', 'unshift', 'splice', 'set', 'add', 'delete', 'clear']);

/** True when the identifier at `node` writes its variable: an assignment or update, or a mutating method call on it. */
function isWrittenAt(variable: TSESLint.Scope.Variable, node: TSESTree.Identifier): boolean {
  if (variable.references.some((reference) => reference.identifier === node && reference.isWrite())) return true;
  const member = node.parent;
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== node) return false;
  if (member.parent.type === AST_NODE_TYPES.AssignmentExpression && member.parent.left === member) return true;
  return member.parent.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member && mutators.has(memberName(member) ?? '');
}

/**
 * True when the promise is (a `.then`/`.catch`/`.finally` chain on) the binding of a `for…of`
 * over a collection of promises: waiting for each in turn leaves the later ones without a handler
 * while the loop waits, so a rejection among them is unhandled.
 */
function isLoopedPromise(analysis: Analysis, promise: TSESTree.Node): boolean {
  let root = skipTypeWrappers(promise);
  while (root.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeWrappers(root.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !['then', 'catch', 'finally'].includes(memberName(callee) ?? '')) return false;
    root = skipTypeWrappers(callee.object);
  }
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const declarator = variableOf(analysis, root)?.defs[0]?.node;
  const loop = declarator?.type === AST_NODE_TYPES.VariableDeclarator ? declarator.parent.parent : undefined;
  return loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === declarator!.parent && isCollectionOfThenables(analysis, loop.right);
}

/**
 * True when waiting for `promise` at `at` may never end or hold back work meant to run meanwhile:
 * the `'trigger-follows'` and `'runs-forever'` hazards of `awaitHazard`.
 */
export function awaitMayDeadlock(analysis: Analysis, promise: TSESTree.Node, at: TSESTree.Node): boolean {
  const hazard = awaitHazard(analysis, promise, at);
  return hazard === 'trigger-follows' || hazard === 'runs-forever';
}

/**
 * True when the code needs the promise itself, not its value: some read of the local holding it
 * (other than `except`, the read a suggestion rewrites) does more than `await` it or discard it.
 * It is passed to a function (a combinator too), stored, returned, yielded, `.then`-ed, compared,
 * put in an array or object, or tested. `promise` is the local's identifier (a declaration, a
 * `for…of` binding or a reference), or the expression assigned to it. Without a local: false.
 */
export function needsPromiseItself(analysis: Analysis, promise: TSESTree.Node, except?: TSESTree.Node): boolean {
  const holder = holderOf(analysis, promise);
  return holder !== undefined && usedAsPromise(holder, except ?? promise);
}

/**
 * True when the call (or `new`) is named as starting work that runs until stopped: its callee's
 * first word is `run`, `start`, `listen`, `serve`, `loop`, `poll`, `pump`, `watch`, `consume`,
 * `spawn`, `subscribe`, `monitor`, `tail` or `follow`, or any of its words is `loop`, `forever`,
 * `daemon`, `worker` or `background` (`startServer`, `mainLoop`, `pollForever`, `runWorker`).
 * A `.then`/`.catch`/`.finally` chain is judged by the call it starts from.
 */
export function startsBackgroundWork(node: TSESTree.Node): boolean {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) return false;
  const name = call.type === AST_NODE_TYPES.CallExpression ? calleeName(call) : nameOf(call.callee);
  if (!name) return false;
  // `pump().then(…)`, `serve().catch(…)`: the chain waits for what its receiver started.
  const callee = skipTypeWrappers(call.callee);
  if (['then', 'catch', 'finally'].includes(name) && callee.type === AST_NODE_TYPES.MemberExpression)
    return startsBackgroundWork(callee.object);
  const words = wordsOf(name);
  return backgroundVerbs.has(words[0] ?? '') || words.some((word) => backgroundWords.has(word));
}

const backgroundVerbs = new Set([
  'run',
  'start',
  'listen',
  'serve',
  'loop',
  'poll',
  'pump',
  'watch',
  'consume',
  'spawn',
  'subscribe',
  'monitor',
  'tail',
  'follow',
]);
const backgroundWords = new Set(['loop', 'forever', 'daemon', 'worker', 'background']);

/** Verbs of calls that may settle what another promise waits for, whatever they are called on. */
const triggerVerbs = new Set([
  'emit',
  'resolve',
  'reject',
  'write',
  'end',
  'send',
  'dispatch',
  'trigger',
  'push',
  'next',
  'fire',
  'notify',
  'signal',
  'publish',
  'post',
  'close',
  'destroy',
  'abort',
  'cancel',
  'complete',
  'done',
  'finish',
  'settle',
  'tick',
  'advance',
  'flush',
  'click',
  'press',
  'submit',
  'enqueue',
  'unshift',
  'feed',
  'deliver',
  'release',
  'unlock',
  'connect',
  'disconnect',
  'kill',
  'exit',
]);
/** Test-timer helpers: `jest.runAllTimers()`, `vi.runOnlyPendingTimers()`, `clock.runAll()`. */
const timerRunner = /^run(All|Only|ToLast|Timers|Pending)/;

/**
 * Waiters: promises that settle only when something else happens, so any later call may be the
 * trigger (`once`, `waitFor`, `waitUntil`, `until`, `when…`, `next…`, `on…`, `expect…`,
 * `…Event`, `…Promise`, `deferred`, `defer`, `race`).
 */
function isWaiterName(name: string): boolean {
  const words = wordsOf(name);
  const first = words[0] ?? '';
  return (
    ['once', 'wait', 'until', 'when', 'next', 'on', 'expect', 'race', 'defer', 'deferred', 'barrier', 'latch'].includes(first) ||
    ['event', 'promise', 'signal', 'ready', 'deferred'].includes(words[words.length - 1] ?? '')
  );
}

/** The words of a camelCase, PascalCase or snake_case name, lower-cased: `runAllTimers` → `run`, `all`, `timers`. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_$]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

function nameOf(node: TSESTree.Node): string | undefined {
  const target = skipTypeWrappers(node);
  return target.type === AST_NODE_TYPES.Identifier ? target.name : memberName(target);
}

/** The local that holds the promise: `promise` names it, declares it, or is assigned to it. */
function holderOf(analysis: Analysis, promise: TSESTree.Node): TSESLint.Scope.Variable | undefined {
  const target = skipTypeWrappers(promise);
  if (target.type === AST_NODE_TYPES.Identifier) return variableOf(analysis, target) ?? undefined;
  let outer: TSESTree.Node = target;
  while (outer.parent && (skipTypeWrappers(outer.parent) !== outer.parent || outer.parent.type === AST_NODE_TYPES.AwaitExpression)) {
    outer = outer.parent;
  }
  const parent = outer.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && parent.id.type === AST_NODE_TYPES.Identifier) {
    return variableOf(analysis, parent.id) ?? undefined;
  }
  if (
    parent?.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.right === outer &&
    parent.operator === '=' &&
    parent.left.type === AST_NODE_TYPES.Identifier
  ) {
    return variableOf(analysis, parent.left) ?? undefined;
  }
  return undefined;
}

/** The expressions the promise may come from: `promise` itself, or every value written to its local. */
function originsOf(promise: TSESTree.Node, holder: TSESLint.Scope.Variable | undefined): TSESTree.Node[] {
  const target = skipTypeWrappers(promise);
  if (target.type !== AST_NODE_TYPES.Identifier || !holder) return [target];
  const origins: TSESTree.Node[] = [];
  const init = holder.defs[0] && declaratorOf(holder)?.init;
  if (init) origins.push(skipTypeWrappers(init));
  for (const reference of holder.references) {
    if (reference.writeExpr && reference.writeExpr !== init) origins.push(skipTypeWrappers(reference.writeExpr));
  }
  return origins;
}

/** What a promise is tied to: the text of receivers and arguments of the calls that make it (`emitter`, `this.socket`). */
interface Ties {
  subjects: Set<string>;
  /** A waiter (`once(…)`, `new Promise(…)`, `waitFor(…)`): any later call may be its trigger. */
  anyCall: boolean;
}

function tiesOf(analysis: Analysis, origins: readonly TSESTree.Node[]): Ties {
  const ties: Ties = { subjects: new Set(), anyCall: false };
  for (const origin of origins) {
    walk(
      origin,
      (node) => {
        if (node.type === AST_NODE_TYPES.NewExpression) {
          ties.anyCall ||= nameOf(node.callee) === 'Promise';
          for (const argument of node.arguments) addSubject(analysis, ties, argument);
        }
        if (node.type !== AST_NODE_TYPES.CallExpression) return;
        const name = calleeName(node);
        if (name && isWaiterName(name)) ties.anyCall = true;
        const callee = skipTypeWrappers(node.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression) addSubject(analysis, ties, callee.object);
        for (const argument of node.arguments) addSubject(analysis, ties, argument);
      },
      { nested: true },
    );
  }
  return ties;
}

/** The text of a receiver chain without calls or computed parts: `this.socket` for `this.socket.write`; none for literals. */
function subjectText(analysis: Analysis, node: TSESTree.Node): string | undefined {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === 'undefined' ? undefined : target.name;
  if (target.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed) {
    const object = subjectText(analysis, target.object);
    return object === undefined ? undefined : `${object}.${analysis.sourceCode.getText(target.property)}`;
  }
  if (target.type === AST_NODE_TYPES.MemberExpression || target.type === AST_NODE_TYPES.CallExpression) {
    return subjectText(analysis, target.type === AST_NODE_TYPES.CallExpression ? target.callee : target.object);
  }
  return undefined;
}

/** Primitive values (a string id, a port number) cannot be what settles a promise: they tie nothing. */
const primitiveFlags =
  ts.TypeFlags.StringLike |
  ts.TypeFlags.NumberLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.BigIntLike |
  ts.TypeFlags.EnumLike |
  ts.TypeFlags.Null |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Void;

function addSubject(analysis: Analysis, ties: Ties, node: TSESTree.Node): void {
  const type = typeOf(analysis, node);
  if (unionMembers(type).every((part) => (part.flags & primitiveFlags) !== 0)) return;
  const text = subjectText(analysis, node);
  if (text !== undefined) ties.subjects.add(text);
  for (const sibling of destructuredSiblings(analysis, node)) ties.subjects.add(sibling);
}

/**
 * The other names bound by the destructuring that declares `node`: the ends of one value
 * (`const { readable, writable } = new TransformStream()`, `const { port1, port2 } = new
 * MessageChannel()`, `const [send, receive] = channel()`). Writing to one end is what the code
 * reading the other waits for, so each ties the others.
 */
function destructuredSiblings(analysis: Analysis, node: TSESTree.Node): string[] {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return [];
  const declarator = variableOf(analysis, target)?.defs[0]?.node;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type === AST_NODE_TYPES.Identifier) return [];
  const names: string[] = [];
  walk(declarator.id, (part) => {
    const parent = part.parent;
    // Property keys (`readable` in `{ readable: r }`) and default values bind nothing.
    if (parent?.type === AST_NODE_TYPES.Property && parent.key === part && !parent.shorthand) return 'skip';
    if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.right === part) return 'skip';
    if (part.type === AST_NODE_TYPES.Identifier && part.name !== target.name) names.push(part.name);
    return undefined;
  });
  return names;
}

/** True when `text` is `subject` or a member path under it (`emitter.child` under `emitter`). */
function isUnder(text: string, subject: string): boolean {
  return text === subject || text.startsWith(`${subject}.`) || subject.startsWith(`${text}.`);
}

/**
 * True when code that runs after `at`, before the promise's local is next read (or to the end of
 * the function), may settle the promise: a call on or taking what the promise is tied to, a call
 * named as a trigger (`emit`, `resolve`, `write`, `end`, `send`, `dispatch`, `trigger`, `push`…),
 * or, for a waiter, any call at all. Inside a loop, the whole loop body counts as after `at`.
 */
function triggerFollows(analysis: Analysis, ties: Ties, holder: TSESLint.Scope.Variable | undefined, at: TSESTree.Node): boolean {
  const body = enclosingBody(at);
  const loop = enclosingLoop(at);
  const start = loop ? loop.range[0] : at.range[1];
  const nextRead = holder?.references
    .filter((reference) => reference.isRead() && reference.identifier.range[0] >= at.range[1])
    .map((reference) => reference.identifier.range[0])
    .sort((a, b) => a - b)[0];
  const end = nextRead ?? body.range[1];
  return walk(
    body,
    (node) => {
      if (node.range[1] <= start || node.range[0] >= end) return 'skip';
      if (node.range[0] >= at.range[0] && node.range[1] <= at.range[1]) return 'skip';
      if (node.range[0] < start) return undefined;
      if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return undefined;
      return mayTrigger(analysis, node, ties) ? 'stop' : undefined;
    },
    { nested: true },
  );
}

function mayTrigger(analysis: Analysis, call: TSESTree.CallExpression | TSESTree.NewExpression, ties: Ties): boolean {
  if (ties.anyCall) return true;
  const name = call.type === AST_NODE_TYPES.CallExpression ? calleeName(call) : nameOf(call.callee);
  const words = name ? wordsOf(name) : [];
  if (triggerVerbs.has(words[0] ?? '') && !isOnPlainCollection(analysis, call)) return true;
  if (name !== undefined && timerRunner.test(name)) return true;
  const touched = [call.callee, ...call.arguments]
    .map((node) => subjectText(analysis, node))
    .filter((text): text is string => text !== undefined);
  return touched.some((text) => [...ties.subjects].some((subject) => isUnder(text, subject)));
}

/** Collections whose methods (`push`, `set`, `delete`…) only store values: they trigger nothing. */
const plainCollections = new Set(['Array', 'ReadonlyArray', 'Map', 'Set', 'WeakMap', 'WeakSet', 'URLSearchParams', 'Headers', 'FormData']);

/** True for a method call on an array, `Map`, `Set` and the like: `results.push(await p)` stores a value and wakes nobody. */
function isOnPlainCollection(analysis: Analysis, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const type = typeOf(analysis, callee.object);
  const parts = type.isUnion() ? type.types : [type];
  return parts.length > 0 && parts.every((part) => plainCollections.has(part.getSymbol()?.getName() ?? ''));
}

/** True when a read of `holder` other than `except` uses the promise as a promise (see `needsPromiseItself`). */
function usedAsPromise(holder: TSESLint.Scope.Variable, except: TSESTree.Node): boolean {
  return holder.references.some((reference) => {
    if (!reference.isRead()) return false;
    const identifier = reference.identifier;
    if (identifier.range[0] >= except.range[0] && identifier.range[1] <= except.range[1]) return false;
    let child: TSESTree.Node = identifier;
    while (child.parent && skipTypeWrappers(child.parent) !== child.parent) child = child.parent;
    const parent = child.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.AwaitExpression) return false;
    if (parent.type === AST_NODE_TYPES.ExpressionStatement) return false;
    return !(parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void');
  });
}
