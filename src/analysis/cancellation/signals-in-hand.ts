import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { constDeclaratorOf, constInitializer, localControllerOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { enclosingClassBody, isFunctionNode, memberName, skipTypeWrappers, typeWrapperTypes } from '../syntax/nodes.js';
import { containsInBody, walk } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { isAnyOrUnknown, unionMembers } from '../types/members.js';
import { isAbortSignalType, thenableKindOfType } from '../types/thenables.js';
import { isSupersedingStore } from './own-aborts.js';
import { objectParts, signalProperty } from './signal-slots.js';
import { propertyKeyName } from '../syntax/nodes.js';

/** A signal a function can hand on: its source text, its type and the node that holds it. */
export interface SignalInHand {
  /** Text that reads the signal at the function's top level: `signal`, `options.signal`, `controller.signal`. */
  text: string;
  type: ts.Type;
  /** The identifier whose scope must be visible where the signal is used. */
  binding: TSESTree.Identifier;
  /** Where the signal comes from: a parameter (or its options) or a local derived from a received signal. */
  source: 'parameter' | 'local';
}

/** True for a parameter named to be ignored (`_options`) and never read. */
function isIgnoredParameter(analysis: Analysis, binding: TSESTree.Identifier): boolean {
  if (!binding.name.startsWith('_')) return false;
  const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(binding), binding);
  return variable !== null && variable.references.every((reference) => reference.init === true);
}

/** True when a parameter is read somewhere (a default value's write does not count). */
function isReadParameter(analysis: Analysis, binding: TSESTree.Identifier): boolean {
  const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(binding), binding);
  return variable?.references.some((reference) => reference.isRead()) ?? true;
}

/** Parameter annotations that can never hold a signal: `string`, `number`, literal types and arrays of them. */
function isPlainDataAnnotation(node: TSESTree.TypeNode): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.TSStringKeyword:
    case AST_NODE_TYPES.TSNumberKeyword:
    case AST_NODE_TYPES.TSBooleanKeyword:
    case AST_NODE_TYPES.TSBigIntKeyword:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSNullKeyword:
    case AST_NODE_TYPES.TSUndefinedKeyword:
      return true;
    case AST_NODE_TYPES.TSArrayType:
      return isPlainDataAnnotation(node.elementType);
    case AST_NODE_TYPES.TSUnionType:
      return node.types.every(isPlainDataAnnotation);
    default:
      return false;
  }
}

/** The type of a required `signal` that every object member of `type` has (`Request`, `{ signal: AbortSignal }`). */
function requiredSignal(analysis: Analysis, type: ts.Type): ts.Type | undefined {
  const checker = checkerOf(analysis);
  const parts = objectParts(type);
  const reads = parts.map((part) => {
    const property = isAnyOrUnknown(part) ? undefined : part.getProperty('signal');
    if (!property || (property.flags & ts.SymbolFlags.Optional) !== 0) return undefined;
    const read = checker.getTypeOfSymbol(property);
    return isAbortSignalType(analysis, read) ? read : undefined;
  });
  return parts.length > 0 && reads.every((read) => read !== undefined) ? reads[0] : undefined;
}

/**
 * The signals a function RECEIVED and can hand on: AbortSignal parameters and destructured options,
 * `options.signal`, a received `AbortController`, and locals derived from those
 * (`AbortSignal.any([signal, …])`, `const { signal } = options`, a controller aborted from the
 * received signal's abort listener). A controller the function creates for its own purposes is not
 * one: it aims at the tasks it is given to, and is often aborted already.
 */
export function signalsInHand(analysis: Analysis, fn: FunctionNode): SignalInHand[] {
  const found: SignalInHand[] = [];
  const addBinding = (binding: TSESTree.Identifier, source: SignalInHand['source']): void => {
    const type = typeOf(analysis, binding);
    if (isAnyOrUnknown(type)) return;
    if (isAbortSignalType(analysis, type)) {
      found.push({ text: binding.name, type, binding, source });
      return;
    }
    if (isAbortControllerType(type)) {
      const property = type.getProperty('signal');
      if (property) found.push({ text: `${binding.name}.signal`, type: checkerOf(analysis).getTypeOfSymbol(property), binding, source });
      return;
    }
    if (source !== 'parameter') return;
    // `options: T | Promise<T>`: a promise of options holds no signal until it is awaited.
    if (unionMembers(type).some((part) => thenableKindOfType(analysis, part) !== false)) return;
    // Options the function never reads hand nothing on when their signal is optional (a stub that
    // ignores them); a required signal is the caller's cancellation all the same, read or not.
    const isRead = isReadParameter(analysis, binding);
    // Optional in options (`opts.signal?`), or required where the object carries its own (`req.signal`, `ctx.signal`).
    const property = isRead ? signalProperty(analysis, type) : undefined;
    const read = property?.read ?? requiredSignal(analysis, type);
    if (!read) return;
    const optional = objectParts(type).length !== unionMembers(type).length;
    found.push({ text: `${binding.name}${optional ? '?.' : '.'}${property?.key ?? 'signal'}`, type: read, binding, source });
  };
  const visitPattern = (pattern: TSESTree.Node, source: SignalInHand['source']): void => {
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier:
        if (
          source === 'parameter' &&
          (isIgnoredParameter(analysis, pattern) ||
            (pattern.typeAnnotation && isPlainDataAnnotation(pattern.typeAnnotation.typeAnnotation)))
        )
          return;
        addBinding(pattern, source);
        break;
      case AST_NODE_TYPES.AssignmentPattern:
        visitPattern(pattern.left, source);
        break;
      case AST_NODE_TYPES.ObjectPattern:
        for (const property of pattern.properties) {
          const value = property.type === AST_NODE_TYPES.Property ? property.value : undefined;
          const local = value?.type === AST_NODE_TYPES.AssignmentPattern ? value.left : value;
          // Only signals pulled out of options count: `{ signal }`, `{ signal: parent }`, `{ abortSignal }`.
          if (local?.type !== AST_NODE_TYPES.Identifier || property.type !== AST_NODE_TYPES.Property) continue;
          const key = propertyKeyName(property.key) ?? '';
          if (!/signal/i.test(key) && !/signal/i.test(local.name)) continue;
          const type = typeOf(analysis, local);
          if (isAbortSignalType(analysis, type)) found.push({ text: local.name, type, binding: local, source });
        }
        break;
      default:
        break;
    }
  };
  for (const parameter of fn.params)
    visitPattern(parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter, 'parameter');
  // A local signal or controller is written with one of these words (its name, type or initializer):
  // test the text first, so that functions without one never walk their locals.
  const text = analysis.sourceCode.text;
  const mentionsSignal = (node: TSESTree.Node): boolean => signalWords.test(text.slice(node.range[0], node.range[1]));
  if (mentionsSignal(fn.body)) {
    // Every declarator of the body, outside nested functions and classes.
    containsInBody(fn.body, (declarator) => {
      if (declarator.type !== AST_NODE_TYPES.VariableDeclarator) return false;
      const init = declarator.init;
      if (!init || !mentionsSignal(declarator)) return false;
      if (declarator.id.type === AST_NODE_TYPES.Identifier && isNewAbortController(init)) {
        if (isWiredToReceivedSignal(analysis, declarator.id)) addBinding(declarator.id, 'local');
        return false;
      }
      if (isReceivedSignal(analysis, init) || isStoppableFieldSignal(analysis, init)) visitPattern(declarator.id, 'local');
      return false;
    });
  }
  return found;
}

const signalWords = /signal|controller|abort/i;

/** True for `new AbortController()`. */
function isNewAbortController(node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  return (
    target.type === AST_NODE_TYPES.NewExpression &&
    target.callee.type === AST_NODE_TYPES.Identifier &&
    target.callee.name === 'AbortController'
  );
}

/**
 * True when the value of `node` comes from what the enclosing functions received: a parameter or a
 * member of one (`signal`, `options.signal`, `job.controller.signal`), `AbortSignal.any([…])` with
 * such a member, or a `const` initialized with one. Read from the scopes alone (no type questions).
 */
function isReceivedSignal(analysis: Analysis, node: TSESTree.Node, depth = 0): boolean {
  if (depth > 4) return false;
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ChainExpression) target = target.expression;
  switch (target.type) {
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(analysis, target);
      if (!variable || variable.defs.length !== 1) return false;
      if (variable.defs[0]!.type === 'Parameter') return true;
      // `const { signal } = options` too: the signal comes from what the pattern takes apart.
      const declarator = constDeclaratorOf(variable);
      if (!declarator?.init) return false;
      if (isNewAbortController(declarator.init)) return isWiredToReceivedSignal(analysis, declarator.id as TSESTree.Identifier);
      return isReceivedSignal(analysis, declarator.init, depth + 1);
    }
    case AST_NODE_TYPES.MemberExpression:
      return !target.computed && isReceivedSignal(analysis, target.object, depth + 1);
    case AST_NODE_TYPES.LogicalExpression:
      return isReceivedSignal(analysis, target.left, depth + 1) || isReceivedSignal(analysis, target.right, depth + 1);
    case AST_NODE_TYPES.ConditionalExpression:
      return isReceivedSignal(analysis, target.consequent, depth + 1) || isReceivedSignal(analysis, target.alternate, depth + 1);
    case AST_NODE_TYPES.CallExpression: {
      // `AbortSignal.any([signal, AbortSignal.timeout(ms)])`
      const [list] = target.arguments;
      return (
        memberName(skipTypeWrappers(target.callee)) === 'any' &&
        list?.type === AST_NODE_TYPES.ArrayExpression &&
        list.elements.some(
          (element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && isReceivedSignal(analysis, element, depth + 1),
        )
      );
    }
    default:
      return false;
  }
}

/** The signal an abort listener is registered on: `signal` in `signal.addEventListener('abort', fn)` and `signal.onabort = fn`. */
function abortListenerTarget(listener: TSESTree.Node): TSESTree.Node | undefined {
  const parent = listener.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[1] === listener) {
    const [first] = parent.arguments;
    const callee = skipTypeWrappers(parent.callee);
    if (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      memberName(callee) === 'addEventListener' &&
      first?.type === AST_NODE_TYPES.Literal &&
      first.value === 'abort'
    ) {
      return callee.object;
    }
  }
  if (
    parent?.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.right === listener &&
    parent.left.type === AST_NODE_TYPES.MemberExpression &&
    memberName(parent.left) === 'onabort'
  )
    return parent.left.object;
  return undefined;
}

/**
 * True when a local controller is aborted when a received signal aborts: `controller.abort()` in a
 * listener (inline, or a `const` function) registered with `signal.addEventListener('abort', …)` or
 * `signal.onabort = …` on a received signal.
 */
function isWiredToReceivedSignal(analysis: Analysis, controller: TSESTree.Identifier): boolean {
  const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(controller), controller);
  return (
    variable?.references.some((reference) => {
      const member = reference.identifier.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || memberName(member) !== 'abort')
        return false;
      let listener: TSESTree.Node | undefined = member.parent;
      while (listener && !isFunctionNode(listener)) listener = listener.parent;
      if (!listener) return false;
      const listeners: TSESTree.Node[] = [listener];
      // `const onAbort = () => controller.abort(); signal.addEventListener('abort', onAbort);`
      if (listener.parent?.type === AST_NODE_TYPES.VariableDeclarator && listener.parent.id.type === AST_NODE_TYPES.Identifier) {
        const named = ASTUtils.findVariable(analysis.sourceCode.getScope(listener.parent), listener.parent.id);
        for (const use of named?.references ?? []) if (!use.init) listeners.push(use.identifier);
      }
      return listeners.some((candidate) => {
        if (isUserStopListener(candidate)) return true;
        const target = abortListenerTarget(candidate);
        return target !== undefined && isReceivedSignal(analysis, target);
      });
    }) ?? false
  );
}

/** Process signals by which a user stops a program: a controller aborted on one is the user's cancellation. */
const stopSignals = new Set(['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']);

/** True for a listener registered with `process.on('SIGINT', …)`/`process.once('SIGTERM', …)`. */
function isUserStopListener(listener: TSESTree.Node): boolean {
  const call = listener.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== listener) return false;
  const callee = skipTypeWrappers(call.callee);
  const [event] = call.arguments;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'process' &&
    (memberName(callee) === 'on' || memberName(callee) === 'once') &&
    event?.type === AST_NODE_TYPES.Literal &&
    typeof event.value === 'string' &&
    stopSignals.has(event.value)
  );
}

/**
 * `this.controller.signal` where a method of the class aborts `this.controller` (a `stop()` or
 * `close()`): the object's own cancellation, which its callers trigger through that method. Held in
 * a `const` of a method, it is a signal in hand there.
 */
function isStoppableFieldSignal(analysis: Analysis, init: TSESTree.Node): boolean {
  return fieldAborts(analysis, init).length > 0;
}

/**
 * The calls in the class that abort the field controller whose signal `node` reads
 * (`this.controller.abort()` for `this.controller.signal`); empty for anything else.
 */
export function fieldAborts(analysis: Analysis, node: TSESTree.Node): TSESTree.CallExpression[] {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression || memberName(target) !== 'signal') return [];
  const field = skipTypeWrappers(target.object);
  if (field.type !== AST_NODE_TYPES.MemberExpression || field.object.type !== AST_NODE_TYPES.ThisExpression) return [];
  const body = enclosingClassBody(field);
  if (!body) return [];
  const text = analysis.sourceCode.getText(field);
  const found: TSESTree.CallExpression[] = [];
  walk(
    body,
    (child) => {
      if (
        child.type === AST_NODE_TYPES.CallExpression &&
        child.callee.type === AST_NODE_TYPES.MemberExpression &&
        memberName(child.callee) === 'abort' &&
        analysis.sourceCode.getText(child.callee.object) === text
      )
        found.push(child);
      return undefined;
    },
    { nested: true },
  );
  return found;
}

/** The functions around `node`, innermost first, up to (not including) `stop`. */
function functionsAround(node: TSESTree.Node, stop: TSESTree.Node | undefined): FunctionNode[] {
  const found: FunctionNode[] = [];
  for (let current = node.parent; current && current !== stop; current = current.parent) if (isFunctionNode(current)) found.push(current);
  return found;
}

/** The signals `fn` listens to for `abort`: as the listener itself, or as a `const` listener registered by name. */
function abortListenerTargets(analysis: Analysis, fn: FunctionNode): TSESTree.Node[] {
  const listeners: TSESTree.Node[] = [fn];
  // `const onAbort = () => child.kill(); signal.addEventListener('abort', onAbort);`
  if (fn.parent?.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.id.type === AST_NODE_TYPES.Identifier) {
    const named = ASTUtils.findVariable(analysis.sourceCode.getScope(fn.parent), fn.parent.id);
    for (const use of named?.references ?? []) if (!use.init) listeners.push(use.identifier);
  }
  return listeners.flatMap((listener) => abortListenerTarget(listener) ?? []);
}

/** True when `target` reads one of `bindings` (`signal`, `options.signal`, `controller.signal`). */
function readsBinding(analysis: Analysis, target: TSESTree.Node, bindings: readonly TSESTree.Identifier[]): boolean {
  let root = skipTypeWrappers(target);
  if (root.type === AST_NODE_TYPES.ChainExpression) root = root.expression;
  while (root.type === AST_NODE_TYPES.MemberExpression && !root.computed) root = skipTypeWrappers(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(root), root);
  return variable?.identifiers.some((identifier) => bindings.includes(identifier)) ?? false;
}

/**
 * True when the work `call` starts is stopped by hand on abort: the handle it yields (also once
 * awaited) is kept in a local (`const child = spawn(cmd)`, `child = spawn(cmd)`) or a property
 * (`this.child = spawn(cmd)`) that an abort listener on one of `bindings` uses
 * (`signal.addEventListener('abort', () => child.kill())`, `signal.onabort = …`, also through a
 * `const` listener or a callback inside the listener): the function forwards the abort itself. A
 * wait on an emitter awaited where it is made needs the listener registered before it.
 */
export function isStoppedOnAbort(analysis: Analysis, call: TSESTree.Node, bindings: readonly TSESTree.Identifier[]): boolean {
  let place = call;
  while (place.parent && (typeWrapperTypes.has(place.parent.type) || place.parent.type === AST_NODE_TYPES.AwaitExpression))
    place = place.parent;
  const holder = place.parent;
  let target: TSESTree.Node | undefined = waitedEmitter(call);
  if (target) {
    // `once(player, 'finished')`: the wait ends with the emitter's work, which the listener stops.
  } else if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === place) target = holder.id;
  else if (holder?.type === AST_NODE_TYPES.AssignmentExpression && holder.operator === '=' && holder.right === place) target = holder.left;
  // A wait awaited where it is made (`await once(kiln, 'ready')`) is over before a listener registered later exists.
  const awaited = place !== call && place.type === AST_NODE_TYPES.AwaitExpression && waitedEmitter(call) !== undefined;
  const listenedTo = (node: TSESTree.Node, home: TSESTree.Node | undefined, before = awaited): boolean =>
    functionsAround(node, home).some((fn) =>
      abortListenerTargets(analysis, fn).some(
        (signal) => readsBinding(analysis, signal, bindings) && (!before || signal.range[0] < call.range[0]),
      ),
    );
  const usedOnAbort = (name: TSESTree.Identifier, before = awaited): boolean => {
    const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(name), name);
    const home = variable?.scope.block;
    return (
      variable?.references.some((reference) => reference.identifier !== name && listenedTo(reference.identifier, home, before)) ?? false
    );
  };
  // `readableToAsyncIterable(call)` after `signal.addEventListener('abort', () => call.cancel())`: the
  // work reads from a handle the listener (registered before the call) stops, so it ends with it.
  if (
    call.type === AST_NODE_TYPES.CallExpression &&
    call.arguments.some(
      (argument) => argument.type === AST_NODE_TYPES.Identifier && isObjectHandle(analysis, argument) && usedOnAbort(argument, true),
    )
  )
    return true;
  if (target?.type === AST_NODE_TYPES.Identifier) return usedOnAbort(target);
  if (target?.type !== AST_NODE_TYPES.MemberExpression || target.computed) return false;
  // `this.child = spawn(cmd)`: the listener reads the same property, in the function that stores it.
  const text = placeText(analysis, target);
  let home: TSESTree.Node | undefined = target.parent;
  while (home && !isFunctionNode(home)) home = home.parent;
  if (!home) return false;
  const stop = home;
  return walk(
    home.body,
    (node) =>
      node !== target && node.type === AST_NODE_TYPES.MemberExpression && placeText(analysis, node) === text && listenedTo(node, stop)
        ? 'stop'
        : undefined,
    { nested: true },
  );
}

/** True for a local holding an object (a stream, a call, a child process), not a primitive or a function. */
function isObjectHandle(analysis: Analysis, node: TSESTree.Node): boolean {
  const type = typeOf(analysis, node);
  return (type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) !== 0 && type.getCallSignatures().length === 0;
}

/**
 * The emitter `once(emitter, event)` (node:events' promise form, by its name and shape) waits on:
 * its work is what the wait is for, so an abort listener that stops that emitter
 * (`signal.addEventListener('abort', () => player.stop())`) ends the wait's reason as well.
 */
function waitedEmitter(call: TSESTree.Node): TSESTree.Node | undefined {
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length < 2) return undefined;
  const callee = skipTypeWrappers(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
  const [emitter, event] = call.arguments;
  if (name !== 'once' || event?.type !== AST_NODE_TYPES.Literal || typeof event.value !== 'string') return undefined;
  if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'once' && callee.object.type !== AST_NODE_TYPES.Identifier)
    return undefined;
  const target = emitter && skipTypeWrappers(emitter);
  return target?.type === AST_NODE_TYPES.Identifier || target?.type === AST_NODE_TYPES.MemberExpression ? target : undefined;
}

/** The text of a property read without optional marks or non-null assertions (`this.child?.kill` reads `this.child`). */
function placeText(analysis: Analysis, node: TSESTree.Node): string {
  return analysis.sourceCode.getText(node).replace(/[?!]/g, '').replace(/\s+/g, '');
}

/**
 * For `controller.signal` of a local `new AbortController()` that the function also aborts on a
 * timer of its own (`setTimeout(() => controller.abort(), ms)`): the signals it follows, whose
 * abort listeners abort it (`signal.addEventListener('abort', () => controller.abort())`). Such a
 * signal aborts on the caller's abort and on the function's own timeout alike, so only the signals
 * it follows tell the caller's abort apart. `undefined` for any other signal.
 */
export function timedControllerSources(analysis: Analysis, node: TSESTree.Node): TSESTree.Node[] | undefined {
  const variable = localControllerOf(analysis, node);
  if (!variable) return undefined;
  let timed = false;
  const sources: TSESTree.Node[] = [];
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    if (
      member?.type !== AST_NODE_TYPES.MemberExpression ||
      memberName(member) !== 'abort' ||
      member.parent?.type !== AST_NODE_TYPES.CallExpression
    )
      continue;
    if (insideTimerCallback(member.parent)) timed = true;
    for (const fn of functionsAround(member, variable.scope.block)) sources.push(...abortListenerTargets(analysis, fn));
  }
  return timed ? sources : undefined;
}

/**
 * True when an options argument may be, or spread, a received options object: `opts` after
 * `const opts = typeof options === 'object' ? options : {…}`, `merge(options, extra)`,
 * `{ ...options, retries: 1 }`, `buildOptions({ body, ...options })`. Its `signal` travels with it.
 */
export function carriesReceivedOptions(
  analysis: Analysis,
  node: TSESTree.Node,
  bindings: readonly TSESTree.Identifier[],
  depth = 0,
): boolean {
  if (depth > 4 || bindings.length === 0) return false;
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ChainExpression) target = target.expression;
  const next = (child: TSESTree.Node): boolean => carriesReceivedOptions(analysis, child, bindings, depth + 1);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier: {
      const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(target), target);
      if (!variable) return false;
      if (variable.identifiers.some((identifier) => bindings.includes(identifier))) return true;
      // A local: any value written to it (its initializer, later assignments).
      return variable.references.some(
        (reference) => reference.writeExpr !== undefined && reference.writeExpr !== null && next(reference.writeExpr),
      );
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return next(target.consequent) || next(target.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return next(target.left) || next(target.right);
    case AST_NODE_TYPES.ObjectExpression:
      return target.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement && next(property.argument));
    case AST_NODE_TYPES.CallExpression: {
      // `Promise.resolve(options).then((o) => ({ ...o, path }))`: the callback's value carries what the promise settled with.
      const callee = skipTypeWrappers(target.callee);
      const [callback] = target.arguments;
      if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'then' && isFunctionNode(callback)) {
        const [value] = callback.params;
        return value?.type === AST_NODE_TYPES.Identifier && next(callee.object) && returnsCarrying(analysis, callback, value, depth);
      }
      // `merge(options, defaults)`, `Object.assign({}, options)`, `buildOptions({ body, ...options })`
      return target.arguments.some(
        (argument) => (argument.type === AST_NODE_TYPES.Identifier || argument.type === AST_NODE_TYPES.ObjectExpression) && next(argument),
      );
    }
    default:
      return false;
  }
}

/** True when some value `fn` returns carries `value`, its parameter (`(o) => ({ ...o, path })`). */
function returnsCarrying(analysis: Analysis, fn: FunctionNode, value: TSESTree.Identifier, depth: number): boolean {
  const carries = (node: TSESTree.Node): boolean => carriesReceivedOptions(analysis, node, [value], depth + 1);
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return carries(fn.body);
  return containsInBody(
    fn.body,
    (node) => node.type === AST_NODE_TYPES.ReturnStatement && node.argument !== null && carries(node.argument),
  );
}

/** True for the `AbortController` class instance type. */
function isAbortControllerType(type: ts.Type): boolean {
  return type.getSymbol()?.getName() === 'AbortController' && type.getProperty('abort') !== undefined;
}

/** True when `signal` is usable at `node`: its binding is the one the name resolves to there, declared before it. */
export function isVisibleAt(analysis: Analysis, signal: SignalInHand, node: TSESTree.Node): boolean {
  if (signal.binding.range[1] > node.range[0]) return false;
  const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(node), signal.binding.name);
  return (variable?.identifiers.includes(signal.binding) ?? false) && !isNullishAt(signal.binding.name, node);
}

/**
 * True when a branch around `node` runs only when the local `name` holds nothing: the consequent
 * of `if (init == null)`, `if (!init)`, `init === undefined ? … :`, or the alternate of
 * `if (init)` / `if (init != null)`. There, `init?.signal` is no signal in hand
 * (`if (init == null) return fetch(input);`).
 */
function isNullishAt(name: string, node: TSESTree.Node): boolean {
  for (let child: TSESTree.Node = node, current = node.parent; current; child = current, current = current.parent) {
    if (isFunctionNode(current)) return false;
    if (current.type !== AST_NODE_TYPES.IfStatement && current.type !== AST_NODE_TYPES.ConditionalExpression) continue;
    const says = nullishTest(current.test, name);
    if (says === undefined) continue;
    if (child === current.consequent && says === 'nullish') return true;
    if (child === current.alternate && says === 'present') return true;
  }
  return false;
}

/** What `test` says of the local `name`: `'nullish'` (`x == null`, `x === undefined`, `!x`), `'present'` (`x`, `x != null`), or nothing. */
function nullishTest(test: TSESTree.Node, name: string): 'nullish' | 'present' | undefined {
  const target = skipTypeWrappers(test);
  const isName = (node: TSESTree.Node): boolean =>
    skipTypeWrappers(node).type === AST_NODE_TYPES.Identifier && (skipTypeWrappers(node) as TSESTree.Identifier).name === name;
  if (isName(target)) return 'present';
  if (target.type === AST_NODE_TYPES.UnaryExpression && target.operator === '!' && isName(target.argument)) return 'nullish';
  if (target.type !== AST_NODE_TYPES.BinaryExpression) return undefined;
  const empty = (node: TSESTree.Node): boolean =>
    (node.type === AST_NODE_TYPES.Literal && node.value === null) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');
  const compared = isName(target.left) && empty(target.right) ? true : isName(target.right) && empty(target.left);
  if (!compared) return undefined;
  if (target.operator === '==' || target.operator === '===') return 'nullish';
  if (target.operator === '!=' || target.operator === '!==') return 'present';
  return undefined;
}

/** True when `fn` is a listener that runs once the signal has aborted: `signal.addEventListener('abort', fn)`, `signal.onabort = fn`. */
export function isAbortListener(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    const first = parent.arguments[0];
    return memberName(parent.callee) === 'addEventListener' && first?.type === AST_NODE_TYPES.Literal && first.value === 'abort';
  }
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && memberName(parent.left) === 'onabort';
}

/**
 * True when a signal expression only ever aborts by the function's own doing, so nobody upstream
 * waits for its abort: `AbortSignal.timeout(ms)`, or a local controller that never leaves the
 * function and is aborted only by its own code (on a timer, after it has what it needs, from a
 * listener on a resource it owns such as `res.on('close', …)`), never from an abort listener
 * on another signal (that would hand on a caller's abort).
 */
export function isOwnAbortSignal(analysis: Analysis, node: TSESTree.Node, depth = 0): boolean {
  const target = skipTypeWrappers(node);
  if (depth > 3) return false;
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeWrappers(target.callee);
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.object.name === 'AbortSignal' &&
      memberName(callee) === 'timeout'
    );
  }
  if (target.type === AST_NODE_TYPES.Identifier) {
    const init = constInitializer(analysis, target);
    return init !== undefined && isOwnAbortSignal(analysis, init, depth + 1);
  }
  // `new AbortController().signal` made in place: no one holds the controller, so no one aborts it.
  if (target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === 'signal') {
    const made = skipTypeWrappers(target.object);
    if (
      made.type === AST_NODE_TYPES.NewExpression &&
      made.callee.type === AST_NODE_TYPES.Identifier &&
      made.callee.name === 'AbortController'
    )
      return true;
  }
  const controller = localControllerOf(analysis, target);
  return controller !== undefined && isOwnController(analysis, controller);
}

/** A local `new AbortController()` whose only uses are `.signal` reads and `.abort()` calls outside abort listeners. */
function isOwnController(analysis: Analysis, variable: TSESLint.Scope.Variable): boolean {
  return variable.references.every((reference) => {
    if (reference.init) return true;
    // `current = mine` to abort this run from the next one: still the function's own abort.
    if (isSupersedingStore(analysis, reference)) return true;
    const member = reference.identifier.parent;
    // `current !== mine`: comparing the controller hands nothing on.
    if (member?.type === AST_NODE_TYPES.BinaryExpression && ['===', '!==', '==', '!='].includes(member.operator)) return true;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) return false;
    const name = memberName(member);
    if (name === 'signal') return !(member.parent?.type === AST_NODE_TYPES.AssignmentExpression && member.parent.left === member);
    if (name !== 'abort' || member.parent?.type !== AST_NODE_TYPES.CallExpression || member.parent.callee !== member) return false;
    return functionsAround(member, variable.scope.block).every(
      (fn) =>
        !isAbortListener(fn) && (isCallbackOnly(analysis, fn) || drainsAfterAbort(member.parent as TSESTree.CallExpression, fn, variable)),
    );
  });
}

/**
 * `async stop() { controller.abort(); await Promise.all(runs); }`: a handle others call that aborts
 * the work and then waits for it (a promise held beside the controller) to wind down. Whoever
 * stops asked for that ending: the work's handlers ending normally on this abort is the point.
 */
function drainsAfterAbort(abort: TSESTree.CallExpression, fn: FunctionNode, controller: TSESLint.Scope.Variable): boolean {
  if (!fn.async || fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  const statement = fn.body.body.find((item) => item.range[0] <= abort.range[0] && abort.range[1] <= item.range[1]);
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression !== abort) return false;
  const beside = new Set(controller.scope.variables.filter((other) => other !== controller).map((other) => other.name));
  return fn.body.body.slice(fn.body.body.indexOf(statement) + 1).some((item) => {
    const waited =
      item.type === AST_NODE_TYPES.ExpressionStatement && item.expression.type === AST_NODE_TYPES.AwaitExpression
        ? item.expression.argument
        : item.type === AST_NODE_TYPES.ReturnStatement
          ? item.argument
          : null;
    return (
      waited !== null && walk(waited, (node) => (node.type === AST_NODE_TYPES.Identifier && beside.has(node.name) ? 'stop' : undefined))
    );
  });
}

/**
 * True when a function is only handed to calls as a callback (`res.on('close', () => …)`,
 * `setTimeout(…)`, `.then(…)`, also through a `const`): an event it waits for runs it. A function
 * stored in a property, returned or put in an object is a handle others may call.
 */
function isCallbackOnly(analysis: Analysis, fn: FunctionNode): boolean {
  const isArgument = (node: TSESTree.Node): boolean =>
    (node.parent?.type === AST_NODE_TYPES.CallExpression || node.parent?.type === AST_NODE_TYPES.NewExpression) &&
    node.parent.arguments.includes(node as TSESTree.CallExpressionArgument);
  if (isArgument(fn)) return true;
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== fn || declarator.id.type !== AST_NODE_TYPES.Identifier)
    return false;
  const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(declarator), declarator.id);
  return variable?.references.every((reference) => reference.init === true || isArgument(reference.identifier)) ?? false;
}

/** True when `node` sits in a function passed to `setTimeout`. */
function insideTimerCallback(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const call = current.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = skipTypeWrappers(call.callee);
    return (callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee)) === 'setTimeout';
  }
  return false;
}

/**
 * True when `signal` is a parameter (or an option of one) of a named helper: a function
 * declaration, a function kept in a `const`, or a method. In test code that helper's callers
 * (`await waitForScan(id, { signal })`) hand it a signal to honour, as in library code; a signal a
 * test callback is handed (`test('…', async (t) => … t.signal …)`) belongs to the runner.
 */
export function isHelperParameterSignal(signal: SignalInHand): boolean {
  if (signal.source !== 'parameter') return false;
  let fn: TSESTree.Node | undefined = signal.binding.parent;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  if (!fn) return false;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return true;
  const parent = fn.parent;
  return (
    (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn) ||
    parent?.type === AST_NODE_TYPES.MethodDefinition ||
    (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === fn)
  );
}
