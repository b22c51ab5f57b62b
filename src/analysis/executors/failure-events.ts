import type { TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { constInitializer, namedFunctionOf } from '../scope/initializers.js';
import { isTestCodeAt } from '../scope/test-code.js';
import { variableOf } from '../scope/variables.js';
import { calleeName, endedObject, isAssertionCallee, isListenerArgument, isListenerRegistration, isLoggingCall } from '../syntax/calls.js';
import { enclosingClassBody, enclosingFunction, isFunctionNode, memberName, rootOf, skipTypeWrappers } from '../syntax/nodes.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers, unionMembersThroughConstraints } from '../types/members.js';
import { containsInBody, walk } from '../syntax/walk.js';
import { alwaysExits } from '../syntax/exits.js';
import type { SettleOwner } from './settlers.js';
import { isDeclaredByNode, isNodeTypingsFile } from '../types/node-typings.js';

/*
 * Event-driven executors that wait only for success. An executor whose settle functions are reached
 * only through listeners on one emitter (`stream.on('end', () => resolve(data))`) settles when that
 * event comes. If the emitter can fail instead (its type declares an `error` event: Node streams,
 * sockets, servers, child processes, workers, and DOM targets with `onerror`), and no listener on
 * it for a failure or end-of-life event (`error`, `close`, `abort`, `timeout`, `exit`, …) settles
 * the promise, a failure leaves the promise pending forever (and a Node emitter with no `error`
 * listener throws it as an uncaught exception). Approximations: listeners are matched by the
 * emitter's text; settle functions handed anywhere else (a Node callback API, a timer, a stored
 * field) count as a way out, so such executors are not judged (a guard at the top that settles and
 * leaves before any listener exists does not); in test code (where a hang is a
 * timeout the runner reports) only the endless item wait below is judged: it listens for `error`,
 * so the test looks covered, and still hangs when the input ends without a match.
 */

/** Event names that end an emitter's life or report its failure. */
export const failureEvent = /error|close|abort|timeout|exit|disconnect|fail|cancel|reject|destroy/i;

/** A listener registration an executor makes itself: the call, the emitter it listens on, and the event. */
interface Registration {
  call: TSESTree.CallExpression;
  emitter: TSESTree.Expression;
  event: string;
}

/** An executor that waits only for success events on one emitter: the registration to report, its emitter and events. */
export interface SuccessOnlyWait {
  registration: TSESTree.CallExpression;
  emitter: TSESTree.Expression;
  events: string[];
  /**
   * What the promise misses: the emitter's failure (`fail`); for events that come once per
   * item (`line`, `data`), the end of the input before any item settled it (`end`); for a worker
   * or child process awaited for a `message`, its exit without one (`exit`); for one awaited only
   * for its end, a failure to start, emitted as `error` with no listener (`start`).
   */
  ends: 'fail' | 'end' | 'exit' | 'start' | 'cleanExit';
  /** For `start`: an `error` listener is there, but settles nothing (it records or logs the failure). */
  swallowed?: true;
}

/** The success-only wait of an executor, if it has one (see the module comment). */
export function successOnlyWait(analysis: Analysis, owner: SettleOwner): SuccessOnlyWait | undefined {
  if (owner.kind !== 'executor' || owner.fn.type === AST_NODE_TYPES.Program || owner.fn.async) return undefined;
  // In test code a hang is a timeout the runner reports; only a wait that handles `error` yet
  // misses the input ending is judged there, as it hangs where the test looks covered, and a wait
  // on a Node.js process, request or socket the helper starts itself (see `isStartedNodeResource`).
  const inTest = isTestCodeAt(analysis, owner.fn);
  const { registrations, elsewhere } = settlingRegistrations(analysis, owner, owner.fn);
  if (elsewhere) {
    // Settled through a guard (`const fail = (err) => { if (settled) return; …; reject(err); }`) called
    // only from listeners: judged for a clean exit alone, the other waits staying as they were.
    if (inTest) return undefined;
    const through = settlingRegistrations(analysis, owner, owner.fn, true);
    const events = [...new Set(through.registrations.map(({ event }) => event))];
    const [one] = through.registrations;
    const text = one && analysis.sourceCode.getText(one.emitter);
    if (through.elsewhere || !one || through.registrations.some(({ emitter }) => analysis.sourceCode.getText(emitter) !== text))
      return undefined;
    return cleanExitUnsettled(analysis, owner, through.registrations, events);
  }
  const [first] = registrations;
  if (!first) return undefined;
  const emitterText = analysis.sourceCode.getText(first.emitter);
  if (registrations.some(({ emitter }) => analysis.sourceCode.getText(emitter) !== emitterText))
    return endlessItemWait(analysis, owner, registrations) ?? (inTest ? undefined : unwatchedCreatedEmitter(analysis, registrations));
  // `socket.on('data', …)` resolving on a terminator, `socket.on('error', reject)`: the peer may just close.
  const endless = endlessItemWait(analysis, owner, registrations);
  if (endless) return endless;
  if (inTest && !isStartedNodeResource(analysis, first.emitter, first.call)) return undefined;
  const events = [...new Set(registrations.map(({ event }) => event))];
  if (events.some((event) => failureEvent.test(event)))
    return (
      exitUnsettled(analysis, registrations, events) ?? (inTest ? undefined : cleanExitUnsettled(analysis, owner, registrations, events))
    );
  // A listener taken away again by name (`worker.off('message', onMessage)`) picks its replies off a
  // channel others share: its failure belongs to the channel's owner, judged only when that is this class.
  // An emitter made for this wait (`const lines = createInterface(…)` in the executor) is no shared channel.
  if (
    registrations.some(({ call }) => isSharedChannelListener(analysis, call)) &&
    !ownedByClass(analysis, first.emitter) &&
    !isStartedHere(analysis, first.emitter, owner.fn)
  )
    return undefined;
  // A plain `EventEmitter` names no events: the program's own `error` listeners on the type say it
  // can fail, when the wait is for a success event (an end of life such as `end` or `close` comes
  // after a failure too, as a closing connection's `end`).
  if (
    canFail(analysis, first.emitter, first.call, events) ||
    (!events.some((event) => endOfLifeEvents.has(event)) && listenedElsewhere(analysis, first.emitter, new Set(['error'])))
  ) {
    if (!inTest || !failsLoudly(analysis, first.emitter)) return { registration: first.call, emitter: first.emitter, events, ends: 'fail' };
    // The failure reaches the runner with its cause. What still hangs silently: a child process or
    // worker that exits without its message (a child's script that crashes exits with a code and
    // emits no `error`; a worker's script that ends early); input that ends before the item.
    if (events.every((event) => event === 'message') && declaresEvent(analysis, first.emitter, first.call, new Set(['exit']))) {
      return { registration: first.call, emitter: first.emitter, events, ends: 'exit' };
    }
    if (events.every((event) => itemEvents.has(event)) && declaresEvent(analysis, first.emitter, first.call, endEvents)) {
      return { registration: first.call, emitter: first.emitter, events, ends: 'end' };
    }
    return undefined;
  }
  // `rl.on('line', (raw) => { if (matches(raw)) resolve(…) })`: input that ends without a match settles nothing.
  const conditional = owner.settlers.every(({ variable }) =>
    variable.references.every((reference) => reference.init || settlesConditionally(reference.identifier, owner.fn)),
  );
  if (
    conditional &&
    events.every((event) => itemEvents.has(event)) &&
    (declaresEvent(analysis, first.emitter, first.call, endEvents) || listenedElsewhere(analysis, first.emitter, endEvents))
  ) {
    return { registration: first.call, emitter: first.emitter, events, ends: 'end' };
  }
  return undefined;
}

/**
 * True when code of this file listens for one of `events` on a value of the emitter's own type, declared
 * by the program (`interface DockLink extends EventEmitter`, not Node's or a library's types),
 * other than through the executor's listeners: `link.once('close', () => this.links.delete(key))`.
 * A plain `EventEmitter` names no events in its types; the program's own listeners say which ones
 * it has.
 */
function listenedElsewhere(analysis: Analysis, emitter: TSESTree.Expression, events: ReadonlySet<string>): boolean {
  const symbol = typeOf(analysis, emitter).getSymbol();
  const declarations = symbol?.declarations ?? [];
  if (declarations.length === 0 || declarations.some((declaration) => declaration.getSourceFile().isDeclarationFile)) return false;
  return registrationsIn(analysis.sourceCode.ast, events, (receiver) => typeOf(analysis, receiver).getSymbol() === symbol).length > 0;
}

/** The listener registrations below `root` (nested functions included) for one of `events` on a receiver `matches` accepts. */
export function registrationsIn(
  root: TSESTree.Node,
  events: ReadonlySet<string>,
  matches: (receiver: TSESTree.Expression) => boolean,
): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  walk(
    root,
    (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipTypeWrappers(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || !isListenerRegistration(memberName(callee) ?? '')) return undefined;
      const [event] = node.arguments;
      if (event?.type === AST_NODE_TYPES.Literal && typeof event.value === 'string' && events.has(event.value) && matches(callee.object))
        found.push(node);
      return undefined;
    },
    { nested: true },
  );
  return found;
}

/**
 * A child process (or worker) started for this wait whose settling listeners are only on its end
 * (`exit`, `close`) and that has no `error` listener in the function that starts it: when it
 * cannot start (a missing binary, `EACCES`), it emits `error` instead of `exit` (before `close`),
 * which a Node.js emitter with no `error` listener throws as an uncaught exception, and a wait on
 * `exit` never settles. A child handed to anything but its own listener registrations (`once(child,
 * 'error')`, a helper) or started with a callback (`execFile(cmd, args, cb)` reports its errors
 * there) is not judged; nor is test code, whose runner reports the crash.
 */
export function unwatchedStart(analysis: Analysis, owner: SettleOwner): SuccessOnlyWait | undefined {
  if (owner.kind !== 'executor' || owner.fn.type === AST_NODE_TYPES.Program || owner.fn.async || isTestCodeAt(analysis, owner.fn))
    return undefined;
  // Settle calls elsewhere (a timer, another emitter) do not stop the unhandled `error` from crashing.
  const { registrations } = settlingRegistrations(analysis, owner, owner.fn);
  const ends = registrations.filter(({ event }) => event === 'exit' || event === 'close');
  const [first] = ends;
  if (!first || !isStartedHere(analysis, first.emitter, first.call)) return undefined;
  const emitter = skipTypeWrappers(first.emitter) as TSESTree.Identifier;
  if (ends.some((registration) => analysis.sourceCode.getText(registration.emitter) !== emitter.name)) return undefined;
  if (
    !declaresEvent(analysis, first.emitter, first.call, new Set(['exit'])) ||
    !declaresEvent(analysis, first.emitter, first.call, new Set(['error']))
  )
    return undefined;
  const variable = variableOf(analysis, emitter);
  const declarator = variable?.defs[0]?.node as TSESTree.VariableDeclarator;
  const start = skipTypeWrappers(declarator.init!) as TSESTree.CallExpression | TSESTree.NewExpression;
  if (start.arguments.some((argument) => isFunctionNode(argument))) return undefined;
  const settles = settleCallTest(analysis, owner);
  let swallowed = false;
  const watched = variable?.references.some((reference) => {
    if (reference.init) return false;
    const parent = reference.identifier.parent;
    // `child.on('error', …)`, `child.once('error', …)`: watched; `child.stdout`, `child.kill()`: other uses of the child
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === reference.identifier) {
      const call = parent.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent || !isListenerRegistration(memberName(parent) ?? ''))
        return false;
      const [name, listener] = call.arguments;
      if (name?.type === AST_NODE_TYPES.Literal && typeof name.value === 'string' && name.value !== 'error') return false;
      // `child.on('error', (err) => { stderr += err.message; })`: heard, and dropped: nothing settles on it.
      // A `close` comes after an `error` too (the stdio streams close), so only an `exit` wait hangs.
      if (
        ends.every(({ event }) => event === 'exit') &&
        isFunctionNode(listener) &&
        !walk(listener, (node) => (node.type === AST_NODE_TYPES.CallExpression && settles(node) ? 'stop' : undefined), { nested: true }) &&
        !containsInBody(
          listener.body,
          (node) => node.type === AST_NODE_TYPES.ThrowStatement || (node.type === AST_NODE_TYPES.CallExpression && !isSafeSideCall(node)),
        )
      ) {
        swallowed = true;
        return false;
      }
      return true;
    }
    // handed on: `once(child, 'error')`, `track(child)`
    return true;
  });
  if (watched !== false) return undefined;
  return {
    registration: first.call,
    emitter: first.emitter,
    events: [...new Set(ends.map(({ event }) => event))],
    ends: 'start',
    ...(swallowed ? { swallowed } : {}),
  };
}

/** A call an `error` listener makes that does not act on the failure: logging, or recording it (`errors.push(err)`). */
function isSafeSideCall(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call) ?? '';
  return isLoggingCall(call) || name === 'push' || name === 'set' || name === 'add';
}

/**
 * Items awaited on one emitter (`lines.on('line', …)`, `socket.on('data', …)` resolving on a
 * match) and only `error` listeners besides (and an idle `timeout`'s), on that emitter or others (`child.once('error',
 * reject)`, `socket.on('error', reject)`). An `error` reports a failure to start or to read, not
 * the input ending: when it ends (the process exits, the peer closes the socket, an idle timeout
 * destroys it without an error) without a matching item, nothing settles the promise.
 */
function endlessItemWait(analysis: Analysis, owner: SettleOwner, registrations: readonly Registration[]): SuccessOnlyWait | undefined {
  const items = registrations.filter(({ event }) => itemEvents.has(event));
  const [first] = items;
  if (!first) return undefined;
  const text = analysis.sourceCode.getText(first.emitter);
  if (items.some(({ emitter }) => analysis.sourceCode.getText(emitter) !== text)) return undefined;
  const others = registrations.filter((registration) => !items.includes(registration));
  // An idle `timeout` does not come once the input has ended: the peer's close destroys the socket and its timer.
  if (
    others.length === 0 ||
    others.some(({ event }) => !/^(error|timeout)$/i.test(event)) ||
    others.every(({ event }) => event === 'timeout')
  )
    return undefined;
  // the item listeners: written in place, or a local function named there (`socket.on('data', onData)`)
  const listeners = items.map(({ call }) => {
    const listener = call.arguments[1];
    const named = listener?.type === AST_NODE_TYPES.Identifier ? constInitializer(analysis, listener) : undefined;
    return named && isFunctionNode(named) ? named : call;
  });
  const conditional = owner.settlers.every(({ variable }) =>
    variable.references.every(
      (reference) =>
        reference.init ||
        !listeners.some((node) => node.range[0] <= reference.identifier.range[0] && reference.identifier.range[1] <= node.range[1]) ||
        settlesConditionally(reference.identifier, owner.fn),
    ),
  );
  if (!conditional || !declaresEvent(analysis, first.emitter, first.call, endEvents)) return undefined;
  return { registration: first.call, emitter: first.emitter, events: [...new Set(items.map(({ event }) => event))], ends: 'end' };
}

/**
 * A worker or child process (its type declares an `exit` event) awaited for a `message`, with an
 * `error` listener but none for `exit`: a worker whose script ends, or that calls
 * `process.exit()`, without posting a reply emits `exit` only (an uncaught exception emits `error`
 * first), and the promise never settles. `events` are the settling listeners' events, all on
 * `registrations[0].emitter`. Only a worker started for this wait counts (a `const` made by a `new`
 * or a call in the function around the listener): a long-lived one (a field, a parameter) serves
 * many waiters, and its exit is its owner's to handle once for all of them.
 */
function exitUnsettled(analysis: Analysis, registrations: readonly Registration[], events: readonly string[]): SuccessOnlyWait | undefined {
  // `messageerror` (a reply that cannot be deserialized) is a failure of one message, not of the worker.
  if (!events.every((event) => event === 'message' || event === 'error' || event === 'messageerror')) return undefined;
  const first = registrations.find(({ event }) => event === 'message');
  if (!first || !isStartedHere(analysis, first.emitter, first.call)) return undefined;
  if (!declaresEvent(analysis, first.emitter, first.call, new Set(['exit']))) return undefined;
  return { registration: first.call, emitter: first.emitter, events: ['message'], ends: 'exit' };
}

/**
 * The same worker or child process, awaited for a `message`, whose `exit` listener settles the
 * promise only for some exits (`worker.on('exit', (code) => { if (code !== 0) reject(…); })`):
 * a clean exit without the message that settles it (its script ends early, or calls
 * `process.exit(0)`; a `message` listener that settles nothing for some replies makes that
 * likely) leaves the promise pending for good. Library code only.
 */
function cleanExitUnsettled(
  analysis: Analysis,
  owner: SettleOwner,
  registrations: readonly Registration[],
  events: readonly string[],
): SuccessOnlyWait | undefined {
  if (!events.includes('message') || !events.includes('exit')) return undefined;
  if (!events.every((event) => event === 'message' || event === 'error' || event === 'messageerror' || event === 'exit')) return undefined;
  const first = registrations.find(({ event }) => event === 'message');
  const exit = registrations.find(({ event }) => event === 'exit');
  if (!first || !exit || !isStartedHere(analysis, first.emitter, first.call)) return undefined;
  const listener = exit.call.arguments[1];
  if (!isFunctionNode(listener) || listener.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const settles = settleCallTest(analysis, owner);
  // Only an exit the listener tells apart by its code (`if (code !== 0)`) is left unsettled; a
  // guard on state (`if (!answered)`) covers what the other listeners did not settle.
  const codes = new Set(listener.params.flatMap((param) => (param.type === AST_NODE_TYPES.Identifier ? [param.name] : [])));
  if (codes.size === 0 || settlesOnEveryPath(listener.body, settles, codes)) return undefined;
  // And a reply listener that settles nothing for some replies (`case 'progress': break;`): a
  // clean exit after one of those is a path the code itself makes likely. One that settles on every
  // reply (`worker.on('message', resolve)`) leaves only a script that never posts.
  const replies = registrations.filter(({ event }) => event === 'message');
  if (
    !replies.some(({ call }) => {
      const reply = call.arguments[1];
      return (
        isFunctionNode(reply) &&
        reply.body.type === AST_NODE_TYPES.BlockStatement &&
        !settlesOnEveryPath(
          reply.body,
          settles,
          new Set(reply.params.flatMap((param) => (param.type === AST_NODE_TYPES.Identifier ? [param.name] : []))),
        )
      );
    })
  )
    return undefined;
  return { registration: exit.call, emitter: first.emitter, events: ['exit'], ends: 'cleanExit' };
}

/** A test for calls that settle `owner`'s promise: its settle functions, and local functions of the executor that call them (`fail(err)`). */
function settleCallTest(analysis: Analysis, owner: SettleOwner): (call: TSESTree.CallExpression) => boolean {
  const settlers = new Set(owner.settlers.map(({ variable }) => variable));
  const direct = (call: TSESTree.CallExpression): boolean => {
    const callee = skipTypeWrappers(call.callee);
    const variable = callee.type === AST_NODE_TYPES.Identifier ? variableOf(analysis, callee) : null;
    return variable !== null && settlers.has(variable);
  };
  return (call) => {
    if (direct(call)) return true;
    const wrapper = namedFunctionOf(analysis, call.callee);
    return wrapper !== undefined && containsInBody(wrapper.body, (node) => node.type === AST_NODE_TYPES.CallExpression && direct(node));
  };
}

/**
 * True when every path through `statement` makes a settle call (a loose reading: `switch` and
 * loops can skip it). An `if` only splits paths when its test reads one of `inputs` (the
 * listener's parameters: `if (code !== 0)`, `if (msg.kind === 'done')`); a test of anything else
 * (`if (settled) return`, `if (!answered)`) is a guard on what already happened.
 */
function settlesOnEveryPath(
  statement: TSESTree.Node,
  settles: (call: TSESTree.CallExpression) => boolean,
  inputs: ReadonlySet<string>,
): boolean {
  const reads = (test: TSESTree.Node): boolean =>
    walk(test, (node) => (node.type === AST_NODE_TYPES.Identifier && inputs.has(node.name) ? 'stop' : undefined));
  switch (statement.type) {
    case AST_NODE_TYPES.BlockStatement:
      for (const item of statement.body) {
        if (settlesOnEveryPath(item, settles, inputs)) return true;
        // `if (msg.kind === 'progress') return;`: a path that leaves without settling. One that
        // settles as it leaves (`if (code !== 0) return reject(…);`) leaves the rest to the statements after it.
        if (
          item.type === AST_NODE_TYPES.IfStatement &&
          reads(item.test) &&
          containsInBody(item, (node) => node.type === AST_NODE_TYPES.ReturnStatement) &&
          !(item.alternate === null && alwaysExits(item.consequent) && settlesOnEveryPath(item.consequent, settles, inputs))
        )
          return false;
      }
      return false;
    case AST_NODE_TYPES.IfStatement:
      // A guard on state: a branch it leaves out is a path where the promise has settled already.
      if (!reads(statement.test))
        return (
          settlesOnEveryPath(statement.consequent, settles, inputs) &&
          (statement.alternate === null || settlesOnEveryPath(statement.alternate, settles, inputs))
        );
      return (
        statement.alternate !== null &&
        settlesOnEveryPath(statement.consequent, settles, inputs) &&
        settlesOnEveryPath(statement.alternate, settles, inputs)
      );
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      // A settle call handed to a guard counts too: `settle(() => reject(err))`.
      return (
        statement.type === AST_NODE_TYPES.ThrowStatement ||
        walk(statement, (node) => (node.type === AST_NODE_TYPES.CallExpression && settles(node) ? 'stop' : undefined), { nested: true })
      );
    case AST_NODE_TYPES.TryStatement:
      return (
        settlesOnEveryPath(statement.block, settles, inputs) ||
        (statement.finalizer !== null && settlesOnEveryPath(statement.finalizer, settles, inputs))
      );
    default:
      return false;
  }
}

/** True when `emitter` is a `const` initialised by `new …` or a call, declared in a function around `registration`. */

/**
 * In test code: the emitter is a Node.js process, request, socket or stream (its type declared by
 * Node's own typings) that the function around the wait starts itself (`const child =
 * spawn(…)`, `const req = get(url)`, or a stream of it, `child.stdout`). A test helper that waits
 * on it only for success (`listening`, `ready`, `response`) hangs when it ends without one (a
 * child that exits early, a socket the peer closes): the runner reports a timeout that names no
 * cause (an uncaught `error`, by contrast, it reports with its cause). Waiters on objects the test
 * did not just start (a queue worker's `completed`) are the runner's to time out.
 */
export function isStartedNodeResource(analysis: Analysis, emitter: TSESTree.Expression, registration: TSESTree.Node): boolean {
  const root = rootOf(skipTypeWrappers(emitter));
  if (root.type !== AST_NODE_TYPES.Identifier || !isStartedHere(analysis, root, registration)) return false;
  const symbol = typeOf(analysis, emitter).getSymbol();
  return isDeclaredByNode(symbol);
}

/**
 * In test code, about a Node.js resource the test started (`isStartedNodeResource`): its failure
 * reaches the runner with its cause, so a wait that misses it is no silent hang. Either nothing
 * listens for its `error` (a Node.js emitter throws it as an uncaught exception, which every runner
 * reports as the test's failure), or every `error` listener fails the test itself: it throws,
 * asserts (`assert.fail`, `expect(…)`), or is an assertion function handed over
 * (`req.on('error', assert.fail)`). A listener that only logs, or settles nothing and swallows the
 * error, keeps the report: then the test hangs until its timeout.
 */
function failsLoudly(analysis: Analysis, emitter: TSESTree.Expression): boolean {
  const root = rootOf(skipTypeWrappers(emitter));
  const declarator = root.type === AST_NODE_TYPES.Identifier ? variableOf(analysis, root)?.defs[0]?.node : undefined;
  const scope = declarator && enclosingFunction(declarator);
  if (!scope) return false;
  const text = analysis.sourceCode.getText(emitter);
  return registrationsIn(scope, errorEvent, (receiver) => analysis.sourceCode.getText(receiver) === text).every((registration) => {
    const listener = registration.arguments[1];
    return listener === undefined || failsTest(listener);
  });
}

export const errorEvent: ReadonlySet<string> = new Set(['error']);

/** A listener that fails the test: an assertion function (`assert.fail`), or a function that throws or asserts. */
function failsTest(listener: TSESTree.Node): boolean {
  const target = skipTypeWrappers(listener);
  if (!isFunctionNode(target)) return isAssertionCallee(target) || /^fail$/i.test(memberName(target) ?? '');
  let fails = false;
  walk(target.body, (node) => {
    if (isFunctionNode(node)) return 'skip';
    if (node.type === AST_NODE_TYPES.ThrowStatement || (node.type === AST_NODE_TYPES.CallExpression && isAssertionCallee(node.callee))) {
      fails = true;
      return 'stop';
    }
    return undefined;
  });
  return fails;
}

export function isStartedHere(analysis: Analysis, emitter: TSESTree.Expression, registration: TSESTree.Node): boolean {
  const target = skipTypeWrappers(emitter);
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const declarator = variableOf(analysis, target)?.defs[0]?.node;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.parent.kind !== 'const' || !declarator.init) return false;
  const init = skipTypeWrappers(declarator.init);
  if (init.type !== AST_NODE_TYPES.NewExpression && init.type !== AST_NODE_TYPES.CallExpression) return false;
  const fn = enclosingFunction(declarator);
  return fn !== undefined && fn.range[0] <= registration.range[0] && registration.range[1] <= fn.range[1];
}

/**
 * Several emitters, one of them created for this wait in the function around the executor
 * (`const output = createWriteStream(path)`) whose listeners settle only on success (`finish`)
 * while the others have `error` listeners: when that one fails (`EEXIST`, `ENOSPC`), nothing
 * settles the promise, and a Node.js emitter with no `error` listener throws the error as an
 * uncaught exception. `pipe()` does not carry a destination's error anywhere. Emitters handed in
 * from elsewhere (a response given to a callback) are not judged here.
 */
function unwatchedCreatedEmitter(analysis: Analysis, registrations: readonly Registration[]): SuccessOnlyWait | undefined {
  const byEmitter = new Map<string, typeof registrations>();
  for (const registration of registrations) {
    const text = analysis.sourceCode.getText(registration.emitter);
    byEmitter.set(text, [...(byEmitter.get(text) ?? []), registration]);
  }
  if (![...byEmitter.values()].some((list) => list.some(({ event }) => /^error$/i.test(event)))) return undefined;
  for (const list of byEmitter.values()) {
    const [first] = list;
    if (!first || list.some(({ event }) => failureEvent.test(event))) continue;
    if (!isStartedHere(analysis, first.emitter, first.call)) continue;
    const events = [...new Set(list.map(({ event }) => event))];
    if (canFail(analysis, first.emitter, first.call, events))
      return { registration: first.call, emitter: first.emitter, events, ends: 'fail' };
  }
  return undefined;
}

/** The events that end an input stream's life. */
const endEvents = new Set(['close', 'end']);

/** Events that end an emitter's life, whether it failed or not. */
const endOfLifeEvents = new Set(['close', 'end', 'finish', 'exit', 'disconnect', 'disconnected', 'closed', 'ended']);

/** Events that bring one item of an input each (`line`, `data`): the input ends after the last one. */
const itemEvents = new Set(['data', 'line', 'row', 'record', 'entry', 'chunk', 'item']);

/** True when the settle call at `identifier` runs on some runs of its listener only (under a test, after an early `return`). */
function settlesConditionally(identifier: TSESTree.Node, executor: TSESTree.Node): boolean {
  let listener: TSESTree.Node | undefined;
  for (let child = identifier, current = identifier.parent; current && current !== executor; child = current, current = current.parent) {
    if (isFunctionNode(current)) {
      listener = current;
      break;
    }
    if (current.type === AST_NODE_TYPES.IfStatement || current.type === AST_NODE_TYPES.SwitchCase) return true;
    if (current.type === AST_NODE_TYPES.ConditionalExpression && current.test !== child) return true;
    if (current.type === AST_NODE_TYPES.LogicalExpression && current.right === child) return true;
  }
  if (!listener) return false;
  return walk(listener, (node) =>
    node.type === AST_NODE_TYPES.ReturnStatement && node.range[1] < identifier.range[0] ? 'stop' : undefined,
  );
}

/** True when the listener of a registration is a name also given to `off`/`removeListener`/`removeEventListener`. */
function isSharedChannelListener(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const listener = call.arguments[1];
  if (listener?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, listener);
  return (
    variable?.references.some(({ identifier }) => {
      const parent = identifier.parent;
      if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(identifier as TSESTree.Identifier)) return false;
      return /^(off|remove)/.test(memberName(skipTypeWrappers(parent.callee)) ?? '');
    }) ?? false
  );
}

/**
 * True when `emitter` is a field of the enclosing class that the class owns: it creates it
 * (`this.worker = new Worker(…)`), or ends its life itself (`close() { this.lines.close(); }`);
 * or a value a method of the class hands out (`const link = await this.link(slot)`, its pool).
 * The owner is the one that must fail the waiters it leaves behind when the channel goes away.
 */
function ownedByClass(analysis: Analysis, emitter: TSESTree.Expression): boolean {
  let target = skipTypeWrappers(emitter);
  // `const socket = this.socket;` read into a local first
  if (target.type === AST_NODE_TYPES.Identifier) target = skipTypeWrappers(constInitializer(analysis, target) ?? target);
  if (target.type === AST_NODE_TYPES.AwaitExpression) target = skipTypeWrappers(target.argument);
  // `const link = await this.link(slot)`: handed out by a method of the class itself (its pool).
  if (target.type === AST_NODE_TYPES.CallExpression) return isOwnMethodCall(target);
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const scope = enclosingClassBody(target);
  if (!scope) return false;
  const text = analysis.sourceCode.getText(target);
  return walk(
    scope,
    (node) => {
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const ended = endedObject(node);
        return ended && analysis.sourceCode.getText(ended) === text ? 'stop' : undefined;
      }
      if (node.type !== AST_NODE_TYPES.AssignmentExpression || analysis.sourceCode.getText(node.left) !== text) return undefined;
      const value = skipTypeWrappers(node.right);
      return value.type === AST_NODE_TYPES.NewExpression || value.type === AST_NODE_TYPES.CallExpression ? 'stop' : undefined;
    },
    { nested: true },
  );
}

/** `this.m(…)` where `m` is a method of the class around the call. */
function isOwnMethodCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const name = memberName(callee);
  const body = enclosingClassBody(call);
  return (
    body !== undefined &&
    body.body.some(
      (member) =>
        member.type === AST_NODE_TYPES.MethodDefinition &&
        member.kind === 'method' &&
        member.key.type === AST_NODE_TYPES.Identifier &&
        member.key.name === name,
    )
  );
}

/**
 * The registrations (see `registrationsAround`) through which the executor's settle functions are
 * reached, and whether some use of them is in none (`elsewhere`: a timer, a Node callback, a field).
 */
export function settlingRegistrations(
  analysis: Analysis,
  owner: SettleOwner,
  executor: TSESTree.Node,
  throughWrappers = false,
): { registrations: Registration[]; elsewhere: boolean } {
  const registrations: Registration[] = [];
  let elsewhere = false;
  for (const { variable } of owner.settlers) {
    for (const reference of variable.references) {
      if (reference.init) continue;
      const around = registrationsAround(analysis, reference.identifier, executor, throughWrappers);
      if (around) registrations.push(...around);
      else if (!isGuardSettle(reference.identifier, executor)) elsewhere = true;
    }
  }
  return { registrations, elsewhere };
}

/**
 * A settle call in a guard at the top of the executor that leaves it (`if (bad) { reject(…);
 * return; }`, `if (!ok) return reject(…)`) before any listener is registered: a way out of the
 * input check, not another way the wait itself settles.
 */
function isGuardSettle(identifier: TSESTree.Node, executor: TSESTree.Node): boolean {
  if (!isFunctionNode(executor) || executor.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  let node: TSESTree.Node = identifier;
  let exitingBranch = false;
  while (node.parent && node.parent !== executor.body) {
    if (isFunctionNode(node.parent)) return false;
    // `for (…) { if (corrupt) { out.destroy(); reject(…); return; } … }`: a check of the input as the
    // executor's own synchronous code writes it out, leaving the executor on the spot.
    if (node.parent.type === AST_NODE_TYPES.IfStatement && node.parent.consequent === node && alwaysExits(node)) exitingBranch = true;
    node = node.parent;
  }
  if (exitingBranch && node.type !== AST_NODE_TYPES.IfStatement) return true;
  if (node.type !== AST_NODE_TYPES.IfStatement || node.alternate || !alwaysExits(node.consequent)) return false;
  // Nothing before the guard registers a listener.
  const index = executor.body.body.indexOf(node as TSESTree.Statement);
  return !executor.body.body
    .slice(0, index)
    .some((statement) =>
      containsInBody(
        statement,
        (child) => child.type === AST_NODE_TYPES.CallExpression && isListenerRegistration(memberName(child.callee) ?? ''),
      ),
    );
}

/**
 * The listener registrations (`x.on('end', …)`, `x.once('data', …)`, `x.addEventListener('load', …)`)
 * made directly by the executor that a settle function reaches: passed as the listener, or used
 * inside the listener function. A listener kept in a `const` counts at every registration of it
 * (`const fail = (err) => reject(err); input.on('error', fail); output.on('error', fail);`).
 */
function registrationsAround(
  analysis: Analysis,
  identifier: TSESTree.Node,
  executor: TSESTree.Node,
  throughWrappers = false,
): Registration[] | undefined {
  let listener: TSESTree.Node | undefined = identifier;
  while (listener && listener !== executor && !isListenerArgument(listener) && !listenerParameterEvent(analysis, listener)) {
    // `const onMessage = (reply) => { … }; worker.on('message', onMessage)`: the listener is where it is registered.
    const uses: TSESTree.Node[] = isFunctionNode(listener) ? registeredUses(analysis, listener) : [];
    // `const fail = (err) => { … reject(err); }` only ever called (`fail(err)`) from listeners: those listeners settle.
    const calls = throughWrappers && isFunctionNode(listener) && uses.length === 0 ? wrapperCalls(analysis, listener, executor) : undefined;
    if (calls) {
      const around = calls.map((call) => registrationsAround(analysis, call, executor, true));
      return around.every((found) => found !== undefined) ? (around as Registration[][]).flat() : undefined;
    }
    if (uses.length > 1) {
      const all = uses.map((use) => registrationAt(analysis, use, executor));
      return all.every((registration) => registration !== undefined) ? (all as Registration[]) : undefined;
    }
    listener = uses[0] ?? listener.parent;
  }
  const one = listener && registrationAt(analysis, listener, executor);
  return one ? [one] : undefined;
}

/** The registration whose listener argument (or listener-typed callback) is `listener`. */
function registrationAt(analysis: Analysis, listener: TSESTree.Node, executor: TSESTree.Node): Registration | undefined {
  if (listener === executor) return undefined;
  if (!isListenerArgument(listener)) {
    // `server.listen(port, () => resolve())`: the callback is a `listening` listener on `server`.
    const call = listener.parent as TSESTree.CallExpression;
    const callee = skipTypeWrappers(call.callee) as TSESTree.MemberExpression;
    for (let current: TSESTree.Node | undefined = call.parent; current && current !== executor; current = current.parent) {
      if (isFunctionNode(current)) return undefined;
    }
    return { call, emitter: callee.object, event: listenerParameterEvent(analysis, listener)! };
  }
  const call = listener.parent as TSESTree.CallExpression;
  const callee = skipTypeWrappers(call.callee) as TSESTree.MemberExpression;
  // The registration itself must run in the executor's own body, not in another callback, except in
  // a listener on the same emitter registered there (`socket.once('connect', () => socket.once('data', …))`):
  // a handshake's steps on one emitter, which stand for the first one (a failure before it ends them all,
  // and a listener for it must be there from the start).
  const emitterText = analysis.sourceCode.getText(callee.object);
  for (let current: TSESTree.Node | undefined = call.parent; current && current !== executor; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const outer = isListenerArgument(current) ? registrationAt(analysis, current, executor) : undefined;
    return outer && analysis.sourceCode.getText(outer.emitter) === emitterText ? outer : undefined;
  }
  const [name] = call.arguments;
  if (name?.type !== AST_NODE_TYPES.Literal || typeof name.value !== 'string') return undefined;
  return { call, emitter: callee.object, event: name.value };
}

/**
 * The calls of a settle wrapper declared as a `const` in the executor (`const fail = (err) => {
 * if (settled) return; settled = true; reject(err); }`), when it is used for nothing but direct
 * calls inside other functions of the executor; otherwise undefined.
 */
function wrapperCalls(analysis: Analysis, fn: TSESTree.Node, executor: TSESTree.Node): TSESTree.CallExpression[] | undefined {
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== fn || declarator.id.type !== AST_NODE_TYPES.Identifier)
    return undefined;
  if (declarator.parent.parent !== (executor as FunctionNode).body) return undefined;
  const uses = variableOf(analysis, declarator.id)?.references.filter((reference) => !reference.init) ?? [];
  const calls: TSESTree.CallExpression[] = [];
  for (const { identifier } of uses) {
    const call = identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier || enclosingFunction(call) === executor)
      return undefined;
    calls.push(call);
  }
  return calls.length > 0 ? calls : undefined;
}

/** Where a listener kept in a `const` is registered (`worker.on('message', onMessage)`), every place. */
function registeredUses(analysis: Analysis, fn: TSESTree.Node): TSESTree.Node[] {
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== fn || declarator.id.type !== AST_NODE_TYPES.Identifier)
    return [];
  const variable = variableOf(analysis, declarator.id);
  const uses = variable?.references.filter((reference) => !reference.init).map(({ identifier }) => identifier as TSESTree.Node) ?? [];
  return uses.filter(isListenerArgument);
}

/**
 * The event of a callback passed to a method of Node's types whose parameter names it a listener
 * of one event (`listen(port, listeningListener)`, `connect(port, connectListener)`): `listening`.
 */
function listenerParameterEvent(analysis: Analysis, node: TSESTree.Node): string | undefined {
  const call = node.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !isFunctionNode(node)) return undefined;
  if (skipTypeWrappers(call.callee).type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const index = call.arguments.indexOf(node as TSESTree.CallExpressionArgument);
  const signature = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call));
  const file = signature?.declaration?.getSourceFile();
  if (index < 0 || !file || !isNodeTypingsFile(file.fileName)) return undefined;
  const name = signature!.getParameters()[index]?.name;
  return name && /^[a-z]+Listener$/.test(name) ? name.slice(0, -'Listener'.length) : undefined;
}

/**
 * True when the emitter's type says it can fail: a registration overload for the literal event
 * `error` (Node streams, sockets, child processes), or an `onerror` handler property (DOM
 * WebSocket, XMLHttpRequest, EventSource, Worker).
 */
export function canFail(
  analysis: Analysis,
  emitter: TSESTree.Expression,
  registration: TSESTree.CallExpression,
  events: readonly string[],
): boolean {
  const checker = checkerOf(analysis);
  return unionMembers(typeOf(analysis, emitter)).some((part) => {
    const apparent = checker.getApparentType(part);
    const onerror = apparent.getProperty('onerror');
    // Every DOM element has the `onerror` of `GlobalEventHandlers`; it reports a failed load (`<img>`,
    // `<script>`, media), so it counts only for a wait on a load event, not for `change` or `click`.
    // (Its event map lists `error` too, so the overloads of `addEventListener` say nothing more.)
    if (onerror) return !isGlobalHandler(onerror) || events.every((event) => loadEvents.has(event));
    return declaresEvent(analysis, part, registration, new Set(['error']));
  });
}

/** True when a registration method of the emitter (or of the type `emitter`) has an overload for one of `names`. */
export function declaresEvent(
  analysis: Analysis,
  emitter: TSESTree.Expression | ts.Type,
  registration: TSESTree.CallExpression,
  names: ReadonlySet<string>,
): boolean {
  const checker = checkerOf(analysis);
  const type = 'flags' in emitter ? emitter : typeOf(analysis, emitter);
  const called = memberName(skipTypeWrappers(registration.callee)) ?? 'on';
  // A listener passed as a parameter (`listen(port, listener)`) is registered with `on`.
  const method = isListenerRegistration(called) ? called : 'on';
  return unionMembers(type).some((part) => {
    const apparent = checker.getApparentType(part);
    const property = apparent.getProperty(method);
    if (!property) return false;
    const methodType = checker.getTypeOfSymbolAtLocation(property, analysis.services.esTreeNodeToTSNodeMap.get(registration));
    return methodType.getCallSignatures().some((signature) => {
      const [event] = signature.getParameters();
      if (!event) return false;
      const eventType = checker.getTypeOfSymbolAtLocation(event, analysis.services.esTreeNodeToTSNodeMap.get(registration));
      return unionMembersThroughConstraints(checker, eventType).some((member) => member.isStringLiteral() && names.has(member.value));
    });
  });
}

/** Events that report a resource loaded: their failure is the `error` event. */
const loadEvents = new Set(['load', 'loadeddata', 'loadedmetadata', 'canplay', 'canplaythrough']);

/** True when a property is declared only by the DOM's `GlobalEventHandlers` (shared by every element). */
function isGlobalHandler(property: ts.Symbol): boolean {
  const declarations = property.getDeclarations() ?? [];
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const parent = declaration.parent as ts.Node | undefined;
      return parent !== undefined && ts.isInterfaceDeclaration(parent) && parent.name.text === 'GlobalEventHandlers';
    })
  );
}

/** Whether the executor declares a `reject` parameter a suggestion can hand to an `error` listener. */
export function rejectName(owner: SettleOwner): string | undefined {
  return owner.settlers.find(({ role }) => role === 'reject')?.variable.name;
}

/** An end the executor brings about itself on an emitter whose handlers for that end settle nothing. */
export interface UnhandledEnd {
  /** The `x.timeout = ms` assignment or the `x.abort()` call. */
  trigger: TSESTree.AssignmentExpression | TSESTree.CallExpression;
  emitter: TSESTree.Expression;
  /** The one event `x` emits then. */
  event: 'timeout' | 'abort';
  /** The first handler of `x` that settles the promise (an `x.onload = …` assignment or an `x.on(…)` call). */
  handler: TSESTree.Node;
  /** How `x` takes a handler for that event: an `on<event>` property, or a listener (`x.once('timeout', …)`). */
  handlerStyle: 'property' | 'listener';
}

/**
 * An executor that settles from handlers of `x` and itself ends `x` in a way that emits only one
 * event, with no handler for that event (nor `loadend`, which follows it) on `x`:
 * - `x.timeout = ms` on an object whose type has an `ontimeout` handler (`XMLHttpRequest`): when
 *   the time runs out, `x` emits only `timeout` (not `load`, not `error`);
 * - `x.setTimeout(ms)` without a callback on a Node.js socket, request or stream (the method is
 *   declared by Node's typings): when `x` stays idle that long it emits only `timeout`; nothing
 *   closes or fails it;
 * - `x.abort()` on an object whose type has an `onabort` handler (`XMLHttpRequest`, IndexedDB's
 *   `IDBTransaction`), where the function calling it settles nothing after the call: an aborted
 *   request or transaction emits `abort` (not `error`, not `load`/`complete`).
 * In each, the promise never settles.
 */
export function unhandledEnd(analysis: Analysis, owner: SettleOwner): UnhandledEnd | undefined {
  if (owner.kind !== 'executor' || owner.fn.type === AST_NODE_TYPES.Program || isTestCodeAt(analysis, owner.fn)) return undefined;
  const { sourceCode } = analysis;
  const handled = new Set<string>();
  const settledOn = new Map<string, TSESTree.Node>();
  const triggers: Omit<UnhandledEnd, 'handler'>[] = [];
  const checker = checkerOf(analysis);
  const references = owner.settlers.flatMap(({ variable }) => variable.references.filter((reference) => !reference.init));
  const contains = (node: TSESTree.Node): boolean =>
    references.some(({ identifier }) => identifier.range[0] >= node.range[0] && identifier.range[1] <= node.range[1]);
  // A handler named by a local (`socket.on('data', onData)`) settles when the function it names does.
  const settles = (node: TSESTree.Node): boolean =>
    contains(node) || (node.type === AST_NODE_TYPES.Identifier && contains(namedFunctionOf(analysis, node) ?? node));
  walk(
    owner.fn.body,
    (node) => {
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression) {
        const name = memberName(node.left);
        const target = sourceCode.getText(node.left.object);
        if (name === 'timeout') {
          const zero = node.right.type === AST_NODE_TYPES.Literal && node.right.value === 0;
          if (!zero) triggers.push({ trigger: node, emitter: node.left.object, event: 'timeout', handlerStyle: 'property' });
        }
        if (name && /^on[a-z]+$/.test(name)) {
          handled.add(`${target}:${name.slice(2)}`);
          if (settles(node.right) && !settledOn.has(target)) settledOn.set(target, node);
        }
      }
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const callee = skipTypeWrappers(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
        const name = memberName(callee) ?? '';
        if (name === 'abort' && node.arguments.length === 0 && !settlesAfter(node, settles)) {
          triggers.push({ trigger: node, emitter: callee.object, event: 'abort', handlerStyle: 'property' });
        }
        const [delay] = node.arguments;
        if (
          name === 'setTimeout' &&
          node.arguments.length === 1 &&
          delay &&
          !isZero(delay) &&
          isDeclaredByNode(symbolAt(analysis, callee))
        ) {
          triggers.push({ trigger: node, emitter: callee.object, event: 'timeout', handlerStyle: 'listener' });
        }
        const [event, listener] = node.arguments;
        if (isListenerRegistration(name) && event?.type === AST_NODE_TYPES.Literal && typeof event.value === 'string') {
          const target = sourceCode.getText(callee.object);
          handled.add(`${target}:${event.value}`);
          if (listener && settles(listener) && !settledOn.has(target)) settledOn.set(target, node);
        }
      }
      return undefined;
    },
    { nested: true },
  );
  for (const found of triggers) {
    const text = sourceCode.getText(found.emitter);
    const handler = settledOn.get(text);
    if (!handler || handled.has(`${text}:${found.event}`) || handled.has(`${text}:loadend`)) continue;
    if (found.handlerStyle === 'listener') return { ...found, handler };
    const type = checker.getApparentType(typeOf(analysis, found.emitter));
    if (type.getProperty(`on${found.event}`)) return { ...found, handler };
  }
  return undefined;
}

function isZero(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && node.value === 0;
}

/** The symbol of a member's property (`socket.setTimeout`), as the checker resolves it. */
function symbolAt(analysis: Analysis, member: TSESTree.MemberExpression): ts.Symbol | undefined {
  return checkerOf(analysis).getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(member.property));
}

/** True when the function around `call` settles the promise (per `settles`) in code after the call. */
function settlesAfter(call: TSESTree.Node, settles: (node: TSESTree.Node) => boolean): boolean {
  const fn = enclosingFunction(call);
  if (!fn) return true;
  return walk(fn, (node) => (node.range[0] > call.range[1] && settles(node) ? 'stop' : undefined), { nested: true });
}
