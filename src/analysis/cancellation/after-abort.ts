import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import { functionBoundTo } from '../scope/declarations.js';
import { constInitializer } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import type { FunctionNode } from '../syntax/nodes.js';
import {
  enclosingFunction,
  enclosingLoop,
  isFunctionNode,
  isPromiseStatic,
  memberName,
  skipTypeWrappers,
  typeWrapperTypes,
} from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { checkerOf } from '../types/checker.js';
import { abortVerdict } from './abort-handlers.js';
import { isSignalValue } from './signal-slots.js';
import { propertyKeyName } from '../syntax/nodes.js';
import { calleeDeclarations } from '../scope/timers.js';

/*
 * Code that runs only once a signal has aborted, and work whose abort is watched without the
 * signal. Handing the signal to a call made after the abort would make it fail at once (a
 * connection released from an `onAbort` callback would leak); a call raced against a promise that
 * settles on the same abort is already left behind when the caller aborts; a loop that polls the
 * signal (`while (!signal.aborted)`) and stops quietly ends in its own time, and the signal would
 * turn that quiet end into an `AbortError`.
 */

/** Callback parameters a callee names for its abort path: `onAbort`, `onCancel`, `abortHandler`, `cancelCallback`. */
const onAbortName = /^on_?(?:abort|cancel)|(?:abort|cancel)(?:ed)?_?(?:handler|callback|listener|hook)$/i;

/**
 * True when `fn` is a callback a call takes for its abort path, by the name of its parameter
 * (`waitOrAbort(promise, signal, () => release(conn))` declared `onAbort?: () => void`).
 */
export function isOnAbortCallback(analysis: Analysis, fn: FunctionNode): boolean {
  return getOrCreate(onAbortCallbacks, fn, () => takenAsOnAbort(analysis, fn));
}

const onAbortCallbacks = new WeakMap<FunctionNode, boolean>();

function takenAsOnAbort(analysis: Analysis, fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression && call?.type !== AST_NODE_TYPES.NewExpression) return false;
  const index = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  if (index < 0 || call.arguments.slice(0, index).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return false;
  const tsCall = analysis.services.esTreeNodeToTSNodeMap.get(call) as ts.CallExpression | ts.NewExpression;
  let signature: ts.Signature | undefined;
  try {
    signature = checkerOf(analysis).resolvedSignature(tsCall);
  } catch {
    return false;
  }
  const parameter = signature?.parameters[index];
  return parameter !== undefined && onAbortName.test(parameter.name);
}

/** True when the branch `child` of `statement` runs only when a signal has aborted: `if (signal.aborted) { … }`, the `else` of `if (!signal.aborted)`. */
export function isAbortedBranch(analysis: Analysis, statement: TSESTree.IfStatement, child: TSESTree.Node): boolean {
  if (child === statement.test) return false;
  const verdict = abortVerdict(analysis, statement.test, undefined);
  return verdict.informative && !verdict.unreadableCheck && verdict.value === (child === statement.consequent);
}

/** The text of a signal expression, as `isRacedWithAbort` and `isInQuietPolledLoop` compare it. */
function normalized(text: string): string {
  return text.replace(/\?\./g, '.').replace(/!/g, '').replace(/\s+/g, '');
}

/** The text of a signal read with `?.` and `!` dropped, a local destructured from options read as `options.signal`. */
function signalText(analysis: Analysis, node: TSESTree.Node): string {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const declarator = variableOf(analysis, target)?.defs[0]?.node;
    if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.ObjectPattern && declarator.init) {
      const property = declarator.id.properties.find(
        (entry) =>
          entry.type === AST_NODE_TYPES.Property && entry.value.type === AST_NODE_TYPES.Identifier && entry.value.name === target.name,
      );
      if (property?.type === AST_NODE_TYPES.Property && !property.computed)
        return `${signalText(analysis, declarator.init)}.${propertyKeyName(property.key) ?? ''}`;
    }
  }
  return normalized(analysis.sourceCode.getText(target));
}

/** True when `node` is a promise that settles once one of `signals` aborts: a `new Promise` listening for it, or a call handed it. */
function settlesOnAbort(analysis: Analysis, node: TSESTree.Node, signals: ReadonlySet<string>, depth = 0): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const init = depth < 3 ? constInitializer(analysis, target) : undefined;
    return init !== undefined && settlesOnAbort(analysis, init, signals, depth + 1);
  }
  if (target.type !== AST_NODE_TYPES.CallExpression && target.type !== AST_NODE_TYPES.NewExpression) return false;
  const listens = (signal: TSESTree.Node): boolean => signals.has(signalText(analysis, signal));
  // `rejectOnAbort(signal)`, `once(signal, 'abort')`: a call handed the signal settles on its abort.
  if (target.arguments.some((argument) => isSignalValue(analysis, argument) && listens(argument))) return true;
  const [executor] = target.arguments;
  if (target.type !== AST_NODE_TYPES.NewExpression || !isFunctionNode(executor)) return false;
  return walk(
    executor.body,
    (inner) => {
      if (inner.type === AST_NODE_TYPES.CallExpression && inner.callee.type === AST_NODE_TYPES.MemberExpression) {
        const [event] = inner.arguments;
        if (memberName(inner.callee) === 'addEventListener' && event?.type === AST_NODE_TYPES.Literal && event.value === 'abort')
          return listens(inner.callee.object) ? 'stop' : undefined;
      }
      if (inner.type === AST_NODE_TYPES.AssignmentExpression && inner.left.type === AST_NODE_TYPES.MemberExpression)
        return memberName(inner.left) === 'onabort' && listens(inner.left.object) ? 'stop' : undefined;
      return undefined;
    },
    { nested: true },
  );
}

/** True for an element of `Promise.race([…])` that another element settling on one of `signals` competes with. */
function racedInList(analysis: Analysis, element: TSESTree.Node, signals: ReadonlySet<string>): boolean {
  const list = element.parent;
  const race = list?.parent;
  if (list?.type !== AST_NODE_TYPES.ArrayExpression || race?.type !== AST_NODE_TYPES.CallExpression) return false;
  if (!isPromiseStatic(race, ['race']) || race.arguments[0] !== list) return false;
  return list.elements.some((other) => other !== null && other !== element && settlesOnAbort(analysis, other, signals));
}

/**
 * True when the promise of `call` is raced against one that settles on the abort of one of
 * `signals` (their text, `options?.signal`), directly or through the local it is stored in:
 * `work = run(); work = Promise.race([work, new Promise((_, reject) => signal.addEventListener('abort', …))])`.
 * The caller's abort is observed: only the work left behind runs on.
 */
export function isRacedWithAbort(analysis: Analysis, call: TSESTree.Node, signals: readonly string[]): boolean {
  const texts = new Set(signals.map(normalized));
  let place = call;
  while (place.parent && typeWrapperTypes.has(place.parent.type)) place = place.parent;
  if (racedInList(analysis, place, texts)) return true;
  const holder = place.parent;
  let target: TSESTree.Node | undefined;
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === place) target = holder.id;
  else if (holder?.type === AST_NODE_TYPES.AssignmentExpression && holder.operator === '=' && holder.right === place) target = holder.left;
  if (target?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, target);
  return (
    variable?.references.some((reference) => {
      let read: TSESTree.Node = reference.identifier;
      while (read.parent && typeWrapperTypes.has(read.parent.type)) read = read.parent;
      return reference.isRead() && read.range[0] > call.range[0] && racedInList(analysis, read, texts);
    }) ?? false
  );
}

/**
 * True when the function declared for `call` has its body in sight and ends quietly on abort: it
 * watches the signal (an `abort` listener, an `.aborted` read) and neither rejects nor throws
 * (`function delay(ms, signal) { return new Promise((resolve) => { …; signal.addEventListener('abort', () => resolve()); }) }`).
 */
function endsQuietlyOnAbort(analysis: Analysis, call: TSESTree.Node): boolean {
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const declarations = calleeDeclarations(analysis, call);
  return (
    declarations.length > 0 &&
    declarations.every((fn) => {
      const text = fn.body?.getText() ?? '';
      return /['"]abort['"]|\.aborted\b|onabort/.test(text) && !/\breject\b|\bthrow\b|throwIfAborted|AbortError/.test(text);
    })
  );
}

/**
 * True when `call` runs in a loop that goes on while one of `signals` (their text) has not aborted
 * (`while (!signal.aborted)`), where the signal is otherwise only handed to helpers that end
 * quietly on abort: the function stops by polling, and returns normally once the abort comes.
 * Handing the signal to the call would turn that quiet end into an `AbortError`.
 */
export function isInQuietPolledLoop(analysis: Analysis, call: TSESTree.Node, signals: readonly string[]): boolean {
  const loop = enclosingLoop(call);
  if (
    (loop?.type !== AST_NODE_TYPES.WhileStatement &&
      loop?.type !== AST_NODE_TYPES.DoWhileStatement &&
      loop?.type !== AST_NODE_TYPES.ForStatement) ||
    !loop.test
  )
    return false;
  const texts = new Set(signals.map(normalized));
  const roots = new Set([...texts].map((text) => text.split('.')[0] ?? text));
  const verdict = abortVerdict(analysis, loop.test, undefined);
  if (!verdict.informative || verdict.unreadableCheck || verdict.value !== false) return false;
  const polled = walk(loop.test, (node) =>
    node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'aborted' && texts.has(signalText(analysis, node.object))
      ? 'stop'
      : undefined,
  );
  if (!polled || throwsAfter(loop)) return false;
  // Any other use of the signal in the loop (handed to a call that rejects, `throwIfAborted()`) means it does not stop
  // quietly; so does one in a local function the loop calls (`pollStation(id)` whose `fetch(url, { signal })` rejects).
  const bodies: TSESTree.Node[] = [loop.body, ...closuresCalledIn(analysis, loop, roots)];
  return !bodies.some((body) => usesSignalLoudly(analysis, body, texts, roots));
}

/**
 * True when the statements right after `loop` in its block throw (`throw signal.reason`,
 * `signal.throwIfAborted()`): the function does not end quietly once the loop stops polling, it
 * fails with the abort, and a wait the abort cannot cut short only delays that failure.
 */
function throwsAfter(loop: TSESTree.Node): boolean {
  const block = loop.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement) return false;
  const [next] = block.body.slice(block.body.indexOf(loop as TSESTree.Statement) + 1);
  if (next?.type === AST_NODE_TYPES.ThrowStatement) return true;
  return (
    next?.type === AST_NODE_TYPES.ExpressionStatement &&
    next.expression.type === AST_NODE_TYPES.CallExpression &&
    memberName(skipTypeWrappers(next.expression.callee)) === 'throwIfAborted'
  );
}

/**
 * The bodies of the closures a loop calls by name without handing them the signal (one level):
 * functions declared in the function around the loop, which read the signal from there. A helper
 * handed the signal is judged at the call.
 */
function closuresCalledIn(analysis: Analysis, loop: TSESTree.Node, roots: ReadonlySet<string>): TSESTree.Node[] {
  const owner = enclosingFunction(loop);
  const found: TSESTree.Node[] = [];
  if (!owner) return found;
  walk(
    loop,
    (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
      const handsSignal = node.arguments.some((argument) =>
        walk(argument, (child) => (child.type === AST_NODE_TYPES.Identifier && roots.has(child.name) ? 'stop' : undefined)),
      );
      if (handsSignal) return undefined;
      const fn = functionBoundTo(analysis, node.callee);
      const inside = fn !== undefined && fn.range[0] > owner.range[0] && fn.range[1] < owner.range[1];
      if (inside && fn.body && !found.includes(fn.body)) found.push(fn.body);
      return undefined;
    },
    { nested: true },
  );
  return found;
}

/** True when `body` reads one of the signals other than as `.aborted`, or hands it to a call that does not end quietly on abort. */
function usesSignalLoudly(analysis: Analysis, body: TSESTree.Node, texts: ReadonlySet<string>, roots: ReadonlySet<string>): boolean {
  return walk(
    body,
    (node) => {
      if (node.type !== AST_NODE_TYPES.MemberExpression && node.type !== AST_NODE_TYPES.Identifier) return undefined;
      let parent = node.parent;
      // `run(options)` hands on `options.signal` too.
      const handsOnRoot =
        node.type === AST_NODE_TYPES.Identifier &&
        roots.has(node.name) &&
        !(parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node);
      if (!handsOnRoot && !texts.has(signalText(analysis, node))) return undefined;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node && memberName(parent) === 'aborted') return 'skip';
      if (parent?.type === AST_NODE_TYPES.Property && parent.value === node) parent = parent.parent.parent;
      return parent &&
        (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
        parent.callee !== node &&
        endsQuietlyOnAbort(analysis, parent)
        ? 'skip'
        : 'stop';
    },
    { nested: true },
  );
}
