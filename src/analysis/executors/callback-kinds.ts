import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type ts from 'typescript';

import type { Analysis } from '../context.js';
import { constDeclaratorOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import { isListenerRegistration, repeatingEvents } from '../syntax/calls.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, memberName, skipTypeWrappers, typeWrapperTypes } from '../syntax/nodes.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { isThenable } from '../types/thenables.js';

/*
 * How often a callback runs. A settle call inside a callback settles the promise each time the
 * callback runs: a callback that runs again and again (an interval, a `data` or `message`
 * listener registered with `on`, a watcher's listener) settles it again on every run, and a
 * callback that runs at most once (a timeout, a `once` listener, an end-of-life event such as
 * `close` or `exit`, a Node completion callback) is the last word of its outcome: a path through
 * it that settles nothing leaves the promise pending. The kind is read from the registration: the
 * timer function, the registration method and its options, the event name, and for other calls the
 * name of the parameter in the resolved signature (`listener` in `fs.watch`, `callback` in
 * `https.get`).
 */

/** How often a registered callback runs: again and again, at most once, or not known. */
export type CallbackRuns = 'repeating' | 'once' | 'unknown';

/** Where and how a callback was registered. */
export interface Registration {
  callback: FunctionNode;
  /** The registration call (`x.on('data', fn)`, `setInterval(fn)`), or the `x.onload = fn` assignment. */
  site: TSESTree.CallExpression | TSESTree.AssignmentExpression;
  /** The object the listener is registered on (`x` in `x.on(…)`, `x.onload = …`). */
  emitter?: TSESTree.Expression;
  /** The event name (`data`, `load`); `tick` for an interval. */
  event?: string;
  /** The registration method or timer (`on`, `once`, `addEventListener`, `setInterval`, `watch`), or `property`. */
  method: string;
  runs: CallbackRuns;
  /**
   * For a callback that runs again only when asked (`cursor.continue()` in an IndexedDB cursor's
   * `success` handler): the methods that ask. A run that calls none of them is the last one.
   */
  rearm?: readonly string[];
}

/** Events that end an outcome: they come at most once for one emitter. */
const lastEvents = new Set([
  'close',
  'exit',
  'end',
  'finish',
  'open',
  'load',
  'loadend',
  'connect',
  'secureConnect',
  'listening',
  'ready',
  'response',
  'spawn',
  'abort',
  'timeout',
]);

export const onceTimers = new Set([
  'setTimeout',
  'setImmediate',
  'queueMicrotask',
  'requestAnimationFrame',
  'requestIdleCallback',
  'nextTick',
]);

/** How a registration of `event` with `method` runs its listener. */
function runsOf(method: string, event: string | undefined, onceOption: boolean): CallbackRuns {
  if (method === 'once' || method === 'prependOnceListener' || onceOption) return 'once';
  if (event === undefined) return 'unknown';
  if (repeatingEvents.has(event)) return 'repeating';
  return lastEvents.has(event) ? 'once' : 'unknown';
}

/** True when an `addEventListener` options argument says `{ once: true }`. */
function hasOnceOption(node: TSESTree.Node | undefined): boolean {
  if (node?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return node.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      !property.computed &&
      property.key.type === AST_NODE_TYPES.Identifier &&
      property.key.name === 'once' &&
      property.value.type === AST_NODE_TYPES.Literal &&
      property.value.value === true,
  );
}

/** The node that stands for `fn` where it is used: itself, or the `const` name it is stored in. */
function usesOf(analysis: Analysis, fn: FunctionNode): TSESTree.Node[] {
  let child: TSESTree.Node = fn;
  while (child.parent && typeWrapperTypes.has(child.parent.type) && child.parent.type !== AST_NODE_TYPES.ChainExpression)
    child = child.parent;
  const parent = child.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === child && parent.id.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(analysis, parent.id);
    if (!variable || !constDeclaratorOf(variable)) return [];
    return variable.references.filter((reference) => !reference.init).map((reference) => reference.identifier as TSESTree.Node);
  }
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
    const variable = variableOf(analysis, fn.id);
    return variable?.references.map((reference) => reference.identifier as TSESTree.Node) ?? [];
  }
  return [child];
}

/** The registration of a callback: how it was handed to a timer, an emitter, an `on<event>` property or a library call. */
export function registrationOf(analysis: Analysis, fn: FunctionNode): Registration | undefined {
  for (const use of usesOf(analysis, fn)) {
    const found = registrationAt(analysis, fn, use);
    if (found) return found;
  }
  return undefined;
}

function registrationAt(analysis: Analysis, callback: FunctionNode, use: TSESTree.Node, depth = 0): Registration | undefined {
  let child = use;
  while (child.parent && typeWrapperTypes.has(child.parent.type) && child.parent.type !== AST_NODE_TYPES.ChainExpression)
    child = child.parent;
  const parent = child.parent;
  if (
    parent?.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.right === child &&
    parent.left.type === AST_NODE_TYPES.MemberExpression
  ) {
    const name = memberName(parent.left) ?? '';
    if (!/^on[a-z]+$/.test(name)) return undefined;
    const event = name.slice(2);
    const emitter = parent.left.object;
    if (event === 'success' && isCursorRequest(analysis, emitter)) {
      return { callback, site: parent, emitter, event, method: 'property', runs: 'repeating', rearm: cursorSteps };
    }
    return { callback, site: parent, emitter, event, method: 'property', runs: runsOf('property', event, false) };
  }
  if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.callee === child) return undefined;
  const index = parent.arguments.indexOf(child as TSESTree.CallExpressionArgument);
  if (index < 0) return undefined;
  const callee = skipTypeWrappers(parent.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
  // `off(…)`, `removeEventListener(…)`, `unsubscribe(…)`: taking a listener away registers nothing.
  if (name === undefined || /^(off|remove|un[a-z])/.test(name)) return undefined;
  if (name === 'setInterval') return { callback, site: parent, event: 'tick', method: name, runs: 'repeating' };
  if (onceTimers.has(name)) return { callback, site: parent, method: name, runs: 'once' };
  // `addEventListener('message', fn, { once: true })` on the global scope (a worker's `self`) too.
  const global = callee.type === AST_NODE_TYPES.Identifier && name === 'addEventListener';
  if (isListenerRegistration(name) && (callee.type === AST_NODE_TYPES.MemberExpression || global) && index === 1) {
    const [first] = parent.arguments;
    const event = first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string' ? first.value : undefined;
    const onceOption = name === 'addEventListener' && hasOnceOption(parent.arguments[2]);
    const emitter = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined;
    if (emitter && event === 'success' && !onceOption && name !== 'once' && isCursorRequest(analysis, emitter)) {
      return { callback, site: parent, emitter, event, method: name, runs: 'repeating', rearm: cursorSteps };
    }
    const runs = runsOf(name, event, onceOption);
    return { callback, site: parent, ...(emitter ? { emitter } : {}), ...(event === undefined ? {} : { event }), method: name, runs };
  }
  // `p.then(onFulfilled, onRejected)`, `p.catch(onRejected)`: a reaction runs at most once, and of a `then`'s two only one runs.
  if (
    ((name === 'then' && index <= 1) || (name === 'catch' && index === 0)) &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    isThenable(analysis, callee.object)
  )
    return { callback, site: parent, method: name, runs: 'once' };
  // Other calls: the parameter's name in the resolved signature (`listener` repeats, `callback` runs once).
  const signature = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(parent));
  // A signature with no body (a `.d.ts`, a `declare`d service, an interface's method) says how it runs its callback by its names only.
  const declaration = signature?.declaration;
  const ambient = declaration !== undefined && (declaration.getSourceFile().isDeclarationFile || !hasBody(declaration));
  if (declaration !== undefined && !ambient) {
    // A helper of this file: how it runs the callback it is handed (`onLine(socket, cb)` calling `cb` from a `data` listener).
    const runs = depth === 0 ? helperRuns(analysis, declaration, index) : undefined;
    return runs ? { callback, site: parent, method: name, runs } : undefined;
  }
  if (!signature || !ambient) return undefined;
  // A subscription (`sensors.subscribe(id, onSample)`, `watch…`, `observe…`) runs its callback on every event;
  // the function it may hand back takes it away again.
  const subscription = subscriptionMethod.test(name);
  // A wrapper handing back a function (`once(listener)`, `debounce(fn)`) registers nothing itself: its name says how it runs.
  const returned = signature.getReturnType().getCallSignatures();
  if (returned.length > 0 && !(subscription && returned.every((unsubscribe) => unsubscribe.getParameters().length === 0))) return undefined;
  const parameter = signature.getParameters()[index]?.name;
  const completion = parameter !== undefined && completionParameter.test(parameter);
  if (parameter === 'listener' || (subscription && !completion)) return { callback, site: parent, method: name, runs: 'repeating' };
  if (completion) return { callback, site: parent, method: name, runs: 'once' };
  return undefined;
}

/**
 * Parameter names of a callback that reports how one run ended: `callback`, `cb`, `done`, and
 * `onOutcome`, `onResult`, `onComplete`, `onDone`, `onFinish` (`driver.run(id, params,
 * onOutcome)`): it runs once per call.
 */
const completionParameter = /^(callback|cb|done|on(Outcome|Result|Complete|Completion|Completed|Done|Finish|Finished))$/;

/**
 * Declared methods named as subscriptions: `subscribe`, `subscribeToLevels`, `watch`, `observe`,
 * and an event hook `onBatch`/`onError` (`on` and a capital) that hands back its unsubscribe.
 */
const subscriptionMethod = /^(subscribe|watch|observe)([A-Z]\w*)?$|^on[A-Z]\w*$/;

/** True when a signature's declaration has a body (a function written here, not a declared one). */
function hasBody(declaration: ts.Declaration): boolean {
  return (declaration as { body?: unknown }).body !== undefined;
}

/**
 * How a helper declared in this file runs the callback it takes at parameter `index`: `repeating`
 * when it calls it from a callback of its own that runs again and again (a `data` listener, an
 * interval), `once` when every call is from a callback that runs at most once. Calls made by the
 * helper itself, or a parameter handed on elsewhere, leave it unknown (`undefined`). One level deep.
 */
function helperRuns(analysis: Analysis, declaration: ts.Node, index: number): CallbackRuns | undefined {
  const mapped = analysis.services.tsNodeToESTreeNodeMap.get(declaration) as TSESTree.Node | undefined;
  const helper = mapped?.type === AST_NODE_TYPES.MethodDefinition ? mapped.value : mapped;
  if (!isFunctionNode(helper)) return undefined;
  const parameter = helper.params[index];
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(analysis, parameter);
  const reads = variable?.references.filter((reference) => reference.isRead()) ?? [];
  if (reads.length === 0) return undefined;
  const kinds = reads.map((reference): CallbackRuns | undefined => {
    const read = reference.identifier;
    if (read.parent?.type !== AST_NODE_TYPES.CallExpression || read.parent.callee !== read) return undefined;
    let inner: TSESTree.Node | undefined = read.parent;
    while (inner && !isFunctionNode(inner)) inner = inner.parent;
    if (!inner || inner === helper) return undefined;
    const innerFn = inner;
    const registration = usesOf(analysis, innerFn)
      .map((use) => registrationAt(analysis, innerFn, use, 1))
      .find((found) => found !== undefined);
    if (registration?.runs === 'repeating' && takesItselfAway(analysis, innerFn, registration.site)) return 'once';
    return registration?.runs === 'unknown' ? undefined : registration?.runs;
  });
  if (kinds.includes('repeating')) return 'repeating';
  return kinds.every((kind) => kind === 'once') ? 'once' : undefined;
}

/**
 * True when a repeating callback takes its own registration away: the registration's result is
 * kept in a variable (`disposable = event((value) => …)`, `const sub = source.subscribe(…)`) that
 * the callback disposes of, unsubscribes or calls (`disposable.dispose()`, `sub.unsubscribe()`,
 * `off()`). Such a helper runs the callback it was handed once (a hand-written `once`).
 */
function takesItselfAway(analysis: Analysis, callback: FunctionNode, site: Registration['site']): boolean {
  const holder = site.parent;
  const target =
    holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === site
      ? holder.id
      : holder?.type === AST_NODE_TYPES.AssignmentExpression && holder.right === site
        ? holder.left
        : undefined;
  if (target?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, target);
  return (
    variable?.references.some((reference) => {
      const read = reference.identifier;
      if (!reference.isRead() || read.range[0] < callback.range[0] || read.range[1] > callback.range[1]) return false;
      const parent = read.parent;
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === read) return true;
      return (
        parent?.type === AST_NODE_TYPES.MemberExpression &&
        parent.object === read &&
        parent.parent?.type === AST_NODE_TYPES.CallExpression &&
        parent.parent.callee === parent &&
        disposalVerb.test(memberName(parent) ?? '')
      );
    }) ?? false
  );
}

/** Methods that take a registration away: `dispose`, `unsubscribe`, `remove`, `close`, `cancel`, `off`, `stop`. */
const disposalVerb = /^(dispose|unsubscribe|remove|close|cancel|off|stop|destroy|detach|release)$/;

/** The methods that move a cursor on, firing its request's `success` again. */
const cursorSteps = ['continue', 'advance', 'continuePrimaryKey'];

/**
 * True when `emitter` is a request whose result is a cursor (`store.openCursor()`: an
 * `IDBRequest<IDBCursorWithValue | null>`): its `success` handler runs once per step, each time the
 * cursor is moved on.
 */
function isCursorRequest(analysis: Analysis, emitter: TSESTree.Expression): boolean {
  const checker = checkerOf(analysis);
  const tsNode = analysis.services.esTreeNodeToTSNodeMap.get(emitter);
  return unionMembers(typeOf(analysis, emitter)).some((part) => {
    const result = checker.getApparentType(part).getProperty('result');
    if (!result) return false;
    return unionMembers(checker.getTypeOfSymbolAtLocation(result, tsNode)).some((member) =>
      cursorSteps.every((step) => checker.getApparentType(member).getProperty(step) !== undefined),
    );
  });
}
