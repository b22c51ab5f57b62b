import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { isTestCode, isTestCodeAt } from '../scope/test-code.js';
import { getOrCreate } from '../memo.js';
import { argumentsAtCallSites } from '../scope/call-sites.js';
import { constInitializer, namedFunctionOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import type { FunctionNode } from '../syntax/nodes.js';
import {
  enclosingFunction,
  isPromiseStatic,
  functionName,
  isFunctionNode,
  isNullOrUndefined,
  propertyKeyName,
  memberName,
  namedProperty,
  skipTypeWrappers,
  typeWrapperTypes,
} from '../syntax/nodes.js';
import { calleeName } from '../syntax/calls.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { isAbortSignalType, isThenable } from '../types/thenables.js';
import { isInFinally } from '../syntax/statements.js';
import { walk } from '../syntax/walk.js';
import { isTimersPromisesCall, isTimersPromisesTick } from '../scope/timers.js';
import { isPastAbortGuardInCatch } from './abort-guards.js';
import { isAbortedBranch, isOnAbortCallback, isInQuietPolledLoop, isRacedWithAbort } from './after-abort.js';
import type { SignalCall, SignalSlot } from './signal-slots.js';
import {
  canAddSignal,
  hasSignalProperty,
  isBuiltinCall,
  isSignalKey,
  isSignalValue,
  objectParts,
  signalPassing,
  signalSlotOf,
  slotAccepts,
} from './signal-slots.js';
import type { SignalInHand } from './signals-in-hand.js';
import {
  carriesReceivedOptions,
  isAbortListener,
  isHelperParameterSignal,
  isStoppedOnAbort,
  isVisibleAt,
  signalsInHand,
} from './signals-in-hand.js';

/*
 * Does a call leave out a signal its caller holds? A call that accepts an `AbortSignal` and starts
 * asynchronous work, made where the enclosing functions received a signal, should be given it, or
 * the work keeps running after the caller aborts. The signals in hand are those of the functions
 * around the call, innermost first, but none in a `finally` block, an abort listener (or a
 * callee's `onAbort` callback), the aborted branch of an `if`, or a `catch` clause (unless past
 * an abort guard there): the abort has happened already, and the call would fail at once. A call is given a
 * signal when it passes one anywhere, passes a signal in hand by name, hands on the received
 * options (under another name or merged), or is an argument of a call that gets a signal of its
 * own (`pipeline(createReadStream(path), sink, { signal })` destroys its streams on abort). Nor
 * is a call missing a signal when an abort listener on a signal in hand uses its handle
 * (`signal.addEventListener('abort', () => child.kill())`): the function stops that work by hand,
 * in its own way, and passing the signal would change how it ends (an `AbortError` where the
 * function resolved with what it had). The same holds when the call's promise is raced against
 * one that settles on the abort, and for a call in a loop that polls the signal and stops quietly. Only calls that
 * start asynchronous work count: a synchronous Node.js call (`writeFileSync`) is over before
 * anyone can abort, whatever its options type lists.
 */

/** A call that leaves out the signals in hand: where it takes one, and which (distinct by text). */
interface MissingSignal {
  slot: SignalSlot;
  signals: SignalInHand[];
}

const held = new WeakMap<FunctionNode, SignalInHand[]>();

/**
 * The signal a call should be given but is not: the call's signal slot and the distinct signals in
 * hand there. `undefined` for `super(…)`, a `Request` built apart from any call, a built-in, a call
 * that starts no asynchronous work, and a call that is given a signal one way or another.
 */
export function missingSignal(analysis: Analysis, call: SignalCall): MissingSignal | undefined {
  // In test code the runner, not a caller's abort, ends the work: its timeout stops the test, and a
  // signal a test holds (a fixture's, a hook's options) is one nobody aborts unless the test does so
  // itself, which it then checks. Real-code triage found no missing signal in tests worth passing.
  // A helper of the test file that takes a signal of its own (`waitForScan(id, { signal })`) and
  // sleeps without it is the exception: a poll that waits out its interval after the abort turns the
  // test's deadline into a longer hang. Its other calls talk to fakes and local servers. A class
  // written at the top of a test file as the code under test is judged as the module it stands for.
  const inTest = isTestCodeAt(analysis, call);
  if (inTest && (call.type !== AST_NODE_TYPES.CallExpression || !isTimersPromisesCall(analysis, call))) return undefined;
  // `await setTimeout(0)`, `setImmediate()`: a turn of the event loop, nothing an abort would cut short.
  if (call.type === AST_NODE_TYPES.CallExpression && isTimersPromisesTick(analysis, call)) return undefined;
  // `super(…)` sets up the instance (the class wires its signal itself); a detached `Request` starts nothing.
  if (call.callee.type === AST_NODE_TYPES.Super || isDetachedRequest(call) || isBuiltinCall(analysis, call) || hasSignalProperty(call))
    return undefined;
  // Syntax and scopes first: only a call inside functions that received a signal gets a type question.
  // A back-off awaited in a `catch` (`await sleep(delay)` before the retry) waits while the signal is live, as elsewhere.
  const backOff =
    call.type === AST_NODE_TYPES.CallExpression &&
    call.parent.type === AST_NODE_TYPES.AwaitExpression &&
    isTimersPromisesCall(analysis, call);
  const inHand = signalsAt(analysis, call, backOff).filter((signal) => !inTest || isHelperParameterSignal(signal));
  const absent = inHand.length > 0 ? signalsKnownAbsent(analysis, call) : undefined;
  const signals = absent ? inHand.filter((signal) => !absent.has(signal.text.replace(/\?\./g, '.'))) : inHand;
  if (
    signals.length === 0 ||
    signals.some((signal) => call.arguments.some((argument) => analysis.sourceCode.getText(argument) === signal.text))
  )
    return undefined;
  const slot = signalSlotOf(analysis, call);
  // A call that starts no asynchronous work (`em.fork({ … })`, a sync factory taking a default signal) has nothing to stop.
  if (!slot || (!slot.asynchronous && !isRequest(call)) || isLocalFileWrite(analysis, call) || isPullDrivenPipe(analysis, call))
    return undefined;
  if (signalOnlyClassifiesErrors(analysis, call, slot)) return undefined;
  if (
    signalPassing(analysis, call, slot) !== 'missing' ||
    defaultsToSignalInHand(analysis, call, slot, signals) ||
    isManagedByOuterCall(analysis, call) ||
    isFedBySignalledSource(analysis, call) ||
    takesSignalledStream(analysis, call) ||
    takesSignalHandle(analysis, call)
  )
    return undefined;
  // `const child = spawn(cmd); signal.addEventListener('abort', () => child.kill());`: stopped by hand on abort.
  if (
    isStoppedOnAbort(
      analysis,
      call,
      signals.map((signal) => signal.binding),
    )
  )
    return undefined;
  // `Promise.race([work(), abortPromise])`: the abort is observed; `while (!signal.aborted) { …; await sleep(ms); }`: polled.
  const texts = signals.map((signal) => signal.text);
  if (isRacedWithAbort(analysis, call, texts) || isInQuietPolledLoop(analysis, call, texts)) return undefined;
  // The options handed on under another name or merged: `opts = typeof options === 'object' ? options : {…}`.
  const argument = call.arguments[slot.index];
  if (
    argument &&
    carriesReceivedOptions(
      analysis,
      argument,
      signals.map((signal) => signal.binding),
    )
  )
    return undefined;
  return { slot, signals: signals.filter((signal, index) => signals.findIndex((other) => other.text === signal.text) === index) };
}

/**
 * The signals known to be absent where `call` runs, as text with `?.` read as `.`: inside
 * `if (!signal) { … }` or the `else` of `if (signal) { … }`. Passing such a signal would pass
 * `undefined`: the code chose this branch
 * because there is nothing to propagate (`if (!signal) return runPlain()`). A local destructured
 * from options (`const { signal } = options || {}`) stands for the options' signal too.
 */
function signalsKnownAbsent(analysis: Analysis, call: TSESTree.Node): Set<string> {
  const absent = new Set<string>();
  // Callbacks written in the branch count too: the signal is a binding that the branch found empty.
  for (let child: TSESTree.Node = call, node = call.parent; node; child = node, node = node.parent) {
    if (node.type !== AST_NODE_TYPES.IfStatement && node.type !== AST_NODE_TYPES.ConditionalExpression) continue;
    const test = skipTypeWrappers(node.test);
    const negated = test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!';
    const tested = negated ? skipTypeWrappers(test.argument) : test;
    const inAbsentBranch = negated ? node.consequent === child : node.alternate === child;
    if (!inAbsentBranch) continue;
    const text = analysis.sourceCode.getText(tested).replace(/\?\./g, '.');
    absent.add(text);
    if (tested.type === AST_NODE_TYPES.Identifier) {
      const declarator = variableOf(analysis, tested)?.defs[0]?.node;
      // `const callOptions = signal ? { signal } : undefined`: without the options there is no signal either.
      const only = declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init ? presentOnlyWith(declarator.init) : undefined;
      if (only) absent.add(analysis.sourceCode.getText(only).replace(/\?\./g, '.'));
      if (
        declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
        declarator.id.type === AST_NODE_TYPES.ObjectPattern &&
        declarator.init
      ) {
        const init = skipTypeWrappers(declarator.init);
        const source = init.type === AST_NODE_TYPES.LogicalExpression ? init.left : init;
        absent.add(`${analysis.sourceCode.getText(source).replace(/\?\./g, '.')}.${tested.name}`);
      }
    }
  }
  return absent;
}

/**
 * `const runTools = (executionSignal = signal) => execute(…, executionSignal); runTools();`: the
 * callee's signal parameter defaults to a signal in hand, so leaving the argument out passes it.
 */
function defaultsToSignalInHand(analysis: Analysis, call: SignalCall, slot: SignalSlot, signals: readonly SignalInHand[]): boolean {
  if (slot.kind !== 'direct') return false;
  const declaration = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call))?.declaration;
  const parameter = declaration && !ts.isJSDocSignature(declaration) ? declaration.parameters[slot.index] : undefined;
  const initializer =
    parameter?.initializer && (analysis.services.tsNodeToESTreeNodeMap.get(parameter.initializer) as TSESTree.Node | undefined);
  if (initializer?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, initializer);
  return (
    variable !== null && signals.some((signal) => signal.text === initializer.name && variableOf(analysis, signal.binding) === variable)
  );
}

/** The value `x` an initializer is present only with: `x ? { signal: x } : undefined`, `x && { signal: x }`. */
function presentOnlyWith(init: TSESTree.Expression): TSESTree.Expression | undefined {
  const target = skipTypeWrappers(init);
  if (target.type === AST_NODE_TYPES.LogicalExpression && target.operator === '&&') return target.left;
  if (target.type !== AST_NODE_TYPES.ConditionalExpression) return undefined;
  const alternate = skipTypeWrappers(target.alternate);
  return isNullOrUndefined(alternate) ? target.test : undefined;
}

/**
 * True when `signal` can be handed to `call` at `slot` as it is: its type is accepted there (a
 * possibly-`null` signal only where `null` is), and the options can take it without anything else
 * changing (`canAddSignal`: an object literal, or a plain object that is never a promise).
 */
export function canPassSignal(analysis: Analysis, call: SignalCall, slot: SignalSlot, signal: SignalInHand): boolean {
  return slotAccepts(analysis, slot, signal.type) && canAddSignal(analysis, call, slot);
}

/**
 * The signals usable at `call`, innermost function first; none in `finally` (cleanup may run after an abort), abort listeners
 * (also a callee's `onAbort` callback), the aborted branch of an `if`, or `catch` clauses, unless the call runs past an
 * abort guard there (a retry's back-off after `if (signal.aborted) throw err;`).
 */
export function signalsAt(analysis: Analysis, call: TSESTree.Node, throughCatch = false): SignalInHand[] {
  const found: SignalInHand[] = [];
  for (
    let child: TSESTree.Node = call, current: TSESTree.Node | undefined = call.parent;
    current;
    child = current, current = current.parent
  ) {
    if (current.type === AST_NODE_TYPES.CatchClause && !throughCatch && !isPastAbortGuardInCatch(analysis, call, current)) return found;
    if (current.type === AST_NODE_TYPES.TryStatement && current.finalizer === child) return found;
    if (current.type === AST_NODE_TYPES.IfStatement && isAbortedBranch(analysis, current, child)) return found;
    if (!isFunctionNode(current)) continue;
    const fn = current;
    const inHand = getOrCreate(held, fn, () => signalsInHand(analysis, fn).filter((signal) => !isNeverGiven(analysis, fn, signal)));
    found.push(...inHand.filter((signal) => isVisibleAt(analysis, signal, call)));
    if (isAbortListener(current) || isOnAbortCallback(analysis, current) || isCancellationClosure(current)) return found;
  }
  return found;
}

/** Names a closure that performs a cancellation goes by. */
const cancellationName = /^(?:cancel|abort|on_?(?:abort|cancel)|handle_?(?:abort|cancel))(?:ed)?$/i;

/**
 * True when `fn` is a closure named for carrying out a cancellation (`const cancel = (reason) => {
 * …; transport.send(cancelledNotice); }`, called from the abort listener and the timeout): its
 * work runs because the caller's signal aborted (or a deadline passed), so that signal is not one
 * to hand its calls, which it would cancel at once. Methods are left out: `client.cancel(id)` is
 * an operation of its own, whose caller may want to cancel it.
 */
function isCancellationClosure(fn: FunctionNode): boolean {
  if (fn.type !== AST_NODE_TYPES.FunctionDeclaration && fn.parent.type !== AST_NODE_TYPES.VariableDeclarator) return false;
  const name = functionName(fn);
  if (name === undefined || !cancellationName.test(name)) return false;
  // a closure: declared inside another function
  return enclosingFunction(fn) !== undefined;
}

/**
 * True when `call` is an argument of a call that gets a signal of its own, or a value in an object
 * or array argument of one: `pipeline(createReadStream(path), sink, { signal })` destroys its
 * streams on abort. The same holds for a `const` stream the call initializes that is handed so later
 * in the function (`const socket = connect(port); socket.write(hello); await pipeline(socket, sink, { signal })`).
 */
function isManagedByOuterCall(analysis: Analysis, call: SignalCall): boolean {
  if (isArgumentOfSignalledCall(analysis, call)) return true;
  const declarator = call.parent;
  if (
    declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
    declarator.init !== call ||
    declarator.id.type !== AST_NODE_TYPES.Identifier
  )
    return false;
  if (declarator.parent?.type !== AST_NODE_TYPES.VariableDeclaration || declarator.parent.kind !== 'const') return false;
  const variable = variableOf(analysis, declarator.id);
  const owner = enclosingFunction(call);
  if (!variable) return false;
  const uses = variable.references.filter((reference) => !reference.init && enclosingFunction(reference.identifier) === owner);
  return (
    uses.some((reference) => isStream(analysis, reference.identifier) && isArgumentOfSignalledCall(analysis, reference.identifier, true)) ||
    isClosedWithSignalledOperations(
      analysis,
      uses.map((reference) => reference.identifier as TSESTree.Identifier),
    )
  );
}

/** Methods that end a resource's life: what a `finally` calls to release it. */
const closingMethods = new Set(['close', 'destroy', 'end', 'dispose', 'terminate', 'release', 'disconnect']);

/**
 * True when the resource a `const` holds (`const rl = createInterface(…)`) is closed in a
 * `finally` (`rl.close()`), and every operation on it that takes a signal gets one (`await
 * rl.question(prompt, { signal })`), at least one: an abort ends each wait, and the `finally`
 * releases the resource on the way out, so it needs no signal of its own.
 */
function isClosedWithSignalledOperations(analysis: Analysis, uses: readonly TSESTree.Identifier[]): boolean {
  let closed = false;
  let signalled = 0;
  for (const use of uses) {
    const member = use.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) continue;
    const operation = member.parent;
    if (operation?.type !== AST_NODE_TYPES.CallExpression || operation.callee !== member) continue;
    if (closingMethods.has(memberName(member) ?? '') && isInFinally(operation)) {
      closed = true;
      continue;
    }
    const slot = signalSlotOf(analysis, operation);
    if (!slot) continue;
    if (!hasSignalProperty(operation) && signalPassing(analysis, operation, slot) === 'missing') return false;
    signalled += 1;
  }
  return closed && signalled > 0;
}

/**
 * True when `node` is an argument (or a value in an object or array argument) of a call that gets a
 * signal; with `consuming`, not of a wait for its events (`once(child, 'exit', { signal })` stops
 * the wait, not the child).
 */
function isArgumentOfSignalledCall(analysis: Analysis, node: TSESTree.Node, consuming = false): boolean {
  // The call's value may sit in an object or array handed to the outer call:
  // `s3.putObject({ Body: createReadStream(path) }, { abortSignal })` aborts the upload, which ends the stream.
  // `body: createReadStream(path) as unknown as BodyInit` in `fetch(url, { … } as RequestInit)`: casts change nothing.
  let inner: TSESTree.Node = node;
  while (
    (inner.parent?.type === AST_NODE_TYPES.Property && inner.parent.value === inner) ||
    inner.parent?.type === AST_NODE_TYPES.ObjectExpression ||
    inner.parent?.type === AST_NODE_TYPES.ArrayExpression ||
    (inner.parent && typeWrapperTypes.has(inner.parent.type))
  )
    inner = inner.parent;
  const outer = inner.parent;
  if (!outer || (outer.type !== AST_NODE_TYPES.CallExpression && outer.type !== AST_NODE_TYPES.NewExpression) || outer.callee === inner)
    return false;
  if (consuming && outer.type === AST_NODE_TYPES.CallExpression && ['once', 'on'].includes(calleeName(outer) ?? '')) return false;
  return outer.arguments.some(
    (argument) =>
      argument !== node &&
      (isSignalValue(analysis, argument) ||
        namedProperty(skipTypeWrappers(argument), isSignalKey) !== undefined ||
        carriesSignalProperty(analysis, argument) ||
        isSignalledStream(analysis, argument)),
  );
}

/**
 * True when `call` takes a stream fed by a source that was given a signal:
 * `pipeline(Readable.fromWeb((await fetch(url, { signal })).body), createWriteStream(path))`. The
 * abort errors that source, the call fails with it and destroys the other streams it was handed.
 * Also as a property of options written in place: `createInterface({ input: child.stdout })` for a
 * child spawned with the signal, whose output ends when the abort kills it.
 */
function takesSignalledStream(analysis: Analysis, call: SignalCall): boolean {
  return call.arguments.some((argument) => {
    const value = skipTypeWrappers(argument);
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return isSignalledStream(analysis, argument);
    return value.properties.some((property) => property.type === AST_NODE_TYPES.Property && isSignalledStream(analysis, property.value));
  });
}

/** True when `node` is a stream whose data comes from a call given a signal (see `hasSignalledSource`). */
function isSignalledStream(analysis: Analysis, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.SpreadElement) return false;
  return isStream(analysis, node) && hasSignalledSource(analysis, node, 0);
}

/** True when every part of the value's type is a stream (`pipe`, `pipeTo` or `getReader`). */
function isStream(analysis: Analysis, node: TSESTree.Node): boolean {
  const parts = objectParts(typeOf(analysis, node));
  return (
    parts.length > 0 &&
    parts.every(
      (part) =>
        part.getProperty('pipe') !== undefined || part.getProperty('pipeTo') !== undefined || part.getProperty('getReader') !== undefined,
    )
  );
}

/** `pipelineOptions` from `const { level, ...pipelineOptions } = options`: an options value whose type has a `signal`. */
function carriesSignalProperty(analysis: Analysis, argument: TSESTree.Node): boolean {
  if (argument.type !== AST_NODE_TYPES.Identifier && argument.type !== AST_NODE_TYPES.MemberExpression) return false;
  const checker = checkerOf(analysis);
  const signal = checker.getNonNullableType(typeOf(analysis, argument)).getProperty('signal');
  return signal !== undefined;
}

/**
 * True when `call` is a method of a stream fed by a source that was given a signal
 * (`(await fetch(url, { signal })).body.pipeThrough(decoder)`, `res.body.pipeTo(sink)`): the abort
 * errors the source, and a stream's error travels down everything it feeds.
 */
function isFedBySignalledSource(analysis: Analysis, call: SignalCall): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  return isSignalledStream(analysis, callee.object);
}

/** True when the value of `node` comes from a call given a signal: directly, through members, `await`, `const` locals or method chains. */
function hasSignalledSource(analysis: Analysis, node: TSESTree.Node, depth: number): boolean {
  if (depth > 8) return false;
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ChainExpression) target = target.expression;
  const next = (child: TSESTree.Node): boolean => hasSignalledSource(analysis, child, depth + 1);
  switch (target.type) {
    case AST_NODE_TYPES.AwaitExpression:
      return next(target.argument);
    case AST_NODE_TYPES.MemberExpression:
      return next(target.object);
    case AST_NODE_TYPES.Identifier: {
      const init = constInitializer(analysis, target) ?? destructuredFrom(analysis, target);
      return init !== undefined && next(init);
    }
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      if (hasSignalProperty(target)) return true;
      const slot = signalSlotOf(analysis, target);
      // Given the signal, or options that may carry it (the caller's `init`): not reported itself, so not here either.
      if (slot && signalPassing(analysis, target, slot) !== 'missing') return true;
      // A stream made from a signalled stream (`Readable.fromWeb(res.body)`) carries its abort on.
      if (isStream(analysis, target) && target.arguments.some((argument) => isStream(analysis, argument) && next(argument))) return true;
      // What a helper makes of a signalled request (`receiveResponse(sendRequest(init))` handing back
      // the response): the abort that ends the request ends what came from it.
      if (target.arguments.some((argument) => argument.type !== AST_NODE_TYPES.SpreadElement && isSignalledCall(analysis, argument, depth)))
        return true;
      const callee = skipTypeWrappers(target.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression && next(callee.object);
    }
    default:
      return false;
  }
}

/**
 * True when an argument is a handle made from a signal, synchronously: `Event.toPromise(aborted.event)`
 * where `const aborted = onAbort(controller.signal)`, a subscription or listener object a helper built
 * around the signal. The call waits on the abort itself; handing it the signal as well adds nothing.
 * Values fetched with the signal (`await fetch(url, { signal })`'s data) do not count: the abort ended
 * their request, not the work this call starts with them.
 */
function takesSignalHandle(analysis: Analysis, call: SignalCall): boolean {
  return call.arguments.some((argument) => argument.type !== AST_NODE_TYPES.SpreadElement && isSignalHandle(analysis, argument, 0));
}

function isSignalHandle(analysis: Analysis, node: TSESTree.Node, depth: number): boolean {
  if (depth > 4) return false;
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.MemberExpression) return isSignalHandle(analysis, target.object, depth + 1);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const init = constInitializer(analysis, target) ?? destructuredFrom(analysis, target);
    return init !== undefined && isSignalHandle(analysis, init, depth + 1);
  }
  if (target.type !== AST_NODE_TYPES.CallExpression && target.type !== AST_NODE_TYPES.NewExpression) return false;
  const slot = signalSlotOf(analysis, target);
  if (!slot || slot.asynchronous || signalPassing(analysis, target, slot) === 'missing') return false;
  return !isThenable(analysis, target);
}

/** True when `node` is a call given a signal (or one whose value comes from such a call), not a plain value that carries none. */
function isSignalledCall(analysis: Analysis, node: TSESTree.Node, depth: number): boolean {
  const target = skipTypeWrappers(node);
  return (
    (target.type === AST_NODE_TYPES.CallExpression || target.type === AST_NODE_TYPES.AwaitExpression) &&
    hasSignalledSource(analysis, target, depth + 1)
  );
}

/** The initializer `const { incoming } = …` (or `const [first] = …`) takes `id` from. */
function destructuredFrom(analysis: Analysis, id: TSESTree.Identifier): TSESTree.Expression | undefined {
  const definition = variableOf(analysis, id)?.defs[0];
  if (definition?.type !== 'Variable') return undefined;
  const declarator = definition.node;
  if (declarator.parent.kind !== 'const' || declarator.id.type === AST_NODE_TYPES.Identifier) return undefined;
  return declarator.init ?? undefined;
}

/**
 * True for `readable.pipeThrough(transform)` on a web `ReadableStream`: it hands back a readable
 * that the consumer pulls, and the pipe moves a chunk only when the transform's buffer has room
 * for it. When the caller aborts, the consumer stops reading (or cancels its reader, which travels
 * up the pipe to the source), and the pipe stalls with nothing left to do: no work keeps running
 * that a signal would stop. `pipeTo(destination)`, which pushes into a sink, stays judged.
 */
function isPullDrivenPipe(analysis: Analysis, call: SignalCall): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (
    call.type !== AST_NODE_TYPES.CallExpression ||
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    memberName(callee) !== 'pipeThrough'
  )
    return false;
  const receiver = checkerOf(analysis).getNonNullableType(typeOf(analysis, callee.object));
  return unionMembers(receiver).every((part) => part.getProperty('getReader') !== undefined && part.getProperty('pipeTo') !== undefined);
}

/**
 * True for Node's `writeFile`/`appendFile` (`fs/promises`, a `FileHandle`): they write data already
 * in memory to a local file, bounded by its size, and an abort part-way leaves a torn file behind
 * (Node cancels such writes only "best effort"). Leaving the signal out there is a choice.
 */
function isLocalFileWrite(analysis: Analysis, call: SignalCall): boolean {
  const name = memberName(skipTypeWrappers(call.callee)) ?? (call.callee.type === AST_NODE_TYPES.Identifier ? call.callee.name : '');
  if (name !== 'writeFile' && name !== 'appendFile') return false;
  const signature = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call));
  const file = signature?.getDeclaration()?.getSourceFile().fileName ?? '';
  return /[\\/]@types[\\/]node[\\/]fs(?:[\\/]promises)?\.d\.ts$/.test(file);
}

/** True for `new Request(…)`. */
function isRequest(call: SignalCall): boolean {
  return call.type === AST_NODE_TYPES.NewExpression && call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'Request';
}

/** `new Request(url)` starts no work (it is often built just to resolve a URL); it counts only when handed straight to a call such as `fetch`. */
function isDetachedRequest(call: SignalCall): boolean {
  return (
    isRequest(call) &&
    !(
      (call.parent.type === AST_NODE_TYPES.CallExpression || call.parent.type === AST_NODE_TYPES.NewExpression) &&
      call.parent.arguments.includes(call)
    )
  );
}

/** True when `fn` can be called only from this file: a named local function or `const`, not exported. */
function isFileLocal(analysis: Analysis, fn: FunctionNode): boolean {
  const declarator = fn.parent?.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn ? fn.parent : undefined;
  const name = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.id : declarator?.id;
  if (name?.type !== AST_NODE_TYPES.Identifier) return false;
  const statement = declarator ? declarator.parent.parent : fn.parent;
  if (statement?.type === AST_NODE_TYPES.ExportNamedDeclaration || statement?.type === AST_NODE_TYPES.ExportDefaultDeclaration)
    return false;
  return !variableOf(analysis, name)?.references.some(
    (reference) =>
      reference.identifier.parent?.type === AST_NODE_TYPES.ExportSpecifier ||
      reference.identifier.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration,
  );
}

/**
 * True when no caller ever gives the signal a parameter of a file-local function stands for: every
 * call in the file passes options written out without a `signal` (`setup({}, 0)`), so there is
 * nothing to hand on.
 */
function isNeverGiven(analysis: Analysis, fn: FunctionNode, signal: SignalInHand): boolean {
  if (signal.source !== 'parameter' || !isFileLocal(analysis, fn)) return false;
  const index = fn.params.findIndex((param) => param.range[0] <= signal.binding.range[0] && signal.binding.range[1] <= param.range[1]);
  const given = index < 0 ? undefined : argumentsAtCallSites(analysis, fn, index);
  return (
    given !== undefined &&
    given.length > 0 &&
    given.every((argument) => {
      const value = skipTypeWrappers(argument);
      return (
        value.type === AST_NODE_TYPES.ObjectExpression &&
        value.properties.every(
          (property) => property.type === AST_NODE_TYPES.Property && !property.computed && !isSignalKey(propertyKeyName(property.key)),
        )
      );
    })
  );
}

/** A local helper that starts signal-aware work without a signal and takes none, called where one is in hand. */
export interface SignallessHelper {
  /** The call in the helper that takes a signal and is given none (`fetch(dive.profileUrl)`). */
  inner: SignalCall;
  signals: SignalInHand[];
}

/**
 * `const profile = await downloadProfile(dive);` in a function holding `options.signal`, where
 * `downloadProfile` is a function of this file with no parameter that could carry a signal, whose
 * own body starts work that takes one (`await fetch(dive.profileUrl)`) and gives it none: the
 * signal in hand cannot reach that work, which runs on after the caller aborts. The helper is
 * followed one call deep; the call must be awaited or returned (the caller waits for the work).
 * Not in test code.
 */
export function signallessHelper(analysis: Analysis, call: TSESTree.CallExpression): SignallessHelper | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (!isWaitedFor(call)) return undefined;
  const helper = namedFunctionOf(analysis, callee);
  if (!helper?.async || helper.generator || isTestCode(analysis)) return undefined;
  // A helper that can take a signal is judged as a call with a slot; one whose parameters are untyped says nothing.
  if (helper.params.some((param) => param.type !== AST_NODE_TYPES.Identifier || !param.typeAnnotation || mayCarrySignal(analysis, param)))
    return undefined;
  const signals = signalsAt(analysis, call).filter(
    (signal) => !call.arguments.some((argument) => analysis.sourceCode.getText(argument) === signal.text),
  );
  if (signals.length === 0) return undefined;
  let inner: SignalCall | undefined;
  walk(helper.body, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return undefined;
    if (node.parent.type !== AST_NODE_TYPES.AwaitExpression && node.parent.type !== AST_NODE_TYPES.ReturnStatement) return undefined;
    const slot = signalSlotOf(analysis, node);
    if (!slot?.asynchronous || isBuiltinCall(analysis, node) || hasSignalProperty(node)) return undefined;
    if (signalPassing(analysis, node, slot) !== 'missing') return undefined;
    // `once(req, 'response')` on a request handed in: the caller's resource, which may carry the signal itself.
    if (worksOnHandedResource(analysis, node, helper)) return undefined;
    inner = node;
    return 'stop';
  });
  return inner && { inner, signals: signals.filter((signal, index) => signals.findIndex((other) => other.text === signal.text) === index) };
}

/**
 * True when the caller waits for `call`: it is awaited or returned, or it is what a `.map`
 * callback gives for each element, or an element of an array literal, handed to a `Promise`
 * combinator that is awaited or returned (`await Promise.all(stages.map((s) => fetchStage(s)))`).
 */
function isWaitedFor(call: TSESTree.CallExpression): boolean {
  const waits = (node: TSESTree.Node): boolean =>
    node.parent?.type === AST_NODE_TYPES.AwaitExpression || node.parent?.type === AST_NODE_TYPES.ReturnStatement;
  if (waits(call)) return true;
  let list: TSESTree.Node | undefined;
  const parent = call.parent;
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === call) {
    const map = parent.parent;
    if (map?.type === AST_NODE_TYPES.CallExpression && memberName(skipTypeWrappers(map.callee)) === 'map' && map.arguments[0] === parent)
      list = map;
  } else if (parent?.type === AST_NODE_TYPES.ArrayExpression) list = parent;
  const combinator = list?.parent;
  return (
    combinator?.type === AST_NODE_TYPES.CallExpression &&
    combinator.arguments[0] === list &&
    isPromiseStatic(combinator, ['all', 'allSettled', 'race', 'any']) &&
    waits(combinator)
  );
}

/** True when `call` (or its receiver) takes a parameter of `helper` that is an emitter or stream (`on`, `addEventListener`, `pipe`). */
function worksOnHandedResource(analysis: Analysis, call: SignalCall, helper: FunctionNode): boolean {
  const params = new Set(helper.params.flatMap((param) => (param.type === AST_NODE_TYPES.Identifier ? [param.name] : [])));
  const callee = skipTypeWrappers(call.callee);
  const parts = [...call.arguments, ...(callee.type === AST_NODE_TYPES.MemberExpression ? [callee.object] : [])];
  return parts.some((part) => {
    const target = skipTypeWrappers(part as TSESTree.Node);
    if (target.type !== AST_NODE_TYPES.Identifier || !params.has(target.name)) return false;
    return unionMembers(typeOf(analysis, target)).some((member) =>
      member.getProperties().some((property) => ['on', 'addEventListener', 'pipe'].includes(property.getName())),
    );
  });
}

/** True when a parameter's type is, or has a property, that could hold a signal (`AbortSignal`, `{ signal?: … }`, `any`). */
function mayCarrySignal(analysis: Analysis, param: TSESTree.Identifier): boolean {
  const type = typeOf(analysis, param);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return true;
  return unionMembers(type).some(
    (part) => isAbortSignalType(analysis, part) || part.getProperties().some((property) => isSignalKey(property.getName())),
  );
}

/**
 * True when the callee, a function of this program, reads its signal parameter only in `catch`
 * clauses (`runOperation(url, name, action, signal?)` telling a caller's abort from other failures
 * after the work failed): it cancels nothing with it, so leaving it out stops nothing less. (Its
 * work is the callback it runs, which carries a signal of its own or none.)
 */
function signalOnlyClassifiesErrors(analysis: Analysis, call: SignalCall, slot: SignalSlot): boolean {
  if (slot.kind !== 'direct') return false;
  const declaration = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call))?.declaration;
  if (!declaration || ts.isJSDocSignature(declaration) || !('body' in declaration) || !declaration.body) return false;
  const file = declaration.getSourceFile();
  if (file.isDeclarationFile || analysis.services.program.isSourceFileFromExternalLibrary(file)) return false;
  const parameter = declaration.parameters[slot.index];
  if (!parameter || !ts.isIdentifier(parameter.name) || parameter.dotDotDotToken) return false;
  const name = parameter.name.text;
  let read = false;
  let outsideCatch = false;
  const visit = (node: ts.Node, inCatch: boolean): void => {
    if (ts.isIdentifier(node) && node.text === name && node !== parameter.name) {
      read = true;
      if (!inCatch) outsideCatch = true;
    }
    ts.forEachChild(node, (child) => visit(child, inCatch || ts.isCatchClause(node)));
  };
  visit(declaration.body, false);
  return read && !outsideCatch;
}
