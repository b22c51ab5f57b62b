import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { isListenerRegistration } from '../syntax/calls.js';
import { enclosingClassBody, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { declaresEvent } from './failure-events.js';
import type { SettleOwner } from './settlers.js';
import { deferredDeclarators } from './settlers.js';
import { storedIn, storingMethods, visitsEntries } from './stored-settlers.js';

/*
 * Requests waiting on a connection that can end. A class that keeps each request's
 * `resolve`/`reject` in a collection (`this.pending.set(id, { resolve, reject })`) settles them
 * from the replies it reads off a connection. When the same class listens for the connection's
 * end (`ws.addEventListener('close', …)`, `socket.on('error', …)`, `worker.on('exit', …)`,
 * `ws.onclose = …`) and nothing in it ever goes through the collection's entries (a `for … of`,
 * `forEach`, `values()`, a spread, handing it on), the requests in flight when the connection ends
 * are stranded: no reply will come, nothing rejects them, and whoever awaits them waits forever.
 * The executor must have no other way to settle (a timeout, an abort listener): every use of its
 * settle functions is inside the stored entry.
 *
 * The same holds when the class listens for nothing but the replies (`ws.addEventListener('message',
 * …)`, `socket.on('data', …)`) on a connection whose type declares a `close` event: it reads the
 * replies off a connection that can close, and nothing anywhere fails the requests when it does
 * (`unwatched`).
 */

/** End-of-life events of connections, sockets, workers and processes. */
const endEvents = new Set(['close', 'error', 'exit', 'disconnect', 'end']);
const endHandlers = new Set(['onclose', 'onerror', 'onexit']);

/** A stored entry that nothing settles when the connection ends: the store call, the collection, the end listener seen. */
export interface StrandedSettlers {
  store: TSESTree.CallExpression;
  collection: string;
  rejectKey: string | undefined;
  /** The listener of the connection's end (a function written in place, when it is one). */
  listener: TSESTree.Node;
  event: string;
  /** No end listener at all: the registration that reads the replies, the connection it listens to, and its end event. */
  unwatched?: UnwatchedConnection;
}

/** The stranded entry of an executor that stores its settle functions in a class's collection (see the module comment). */
export function strandedSettlers(analysis: Analysis, owner: SettleOwner): StrandedSettlers | undefined {
  // An executor's settle functions, or a deferred's (`const { promise, resolve, reject } = Promise.withResolvers()`).
  if (owner.kind === 'helper') return undefined;
  const stored = storedIn(analysis, owner);
  if (!stored?.collection.startsWith('this.')) return undefined;
  // Only through the stored entry: a timer or an abort listener of the executor settles too.
  const inEntry = (node: TSESTree.Node): boolean => node.range[0] >= stored.entry.range[0] && node.range[1] <= stored.entry.range[1];
  if (!owner.settlers.every(({ variable }) => variable.references.every((reference) => reference.init || inEntry(reference.identifier))))
    return undefined;
  const body = enclosingClassBody(owner.fn);
  if (!body || visitsEntries(analysis, body, stored.collection, stored.keys)) return undefined;
  const end = endListenerIn(body);
  const found = { store: stored.store, collection: stored.collection, rejectKey: stored.rejectKey };
  if (end) return { ...found, ...end };
  const reply = replyListenerIn(analysis, body);
  return reply && { ...found, listener: reply.registration, event: reply.end, unwatched: reply };
}

/** A connection read for replies with no listener for its end: `close`, or `exit` for a worker or child process. */
interface UnwatchedConnection {
  registration: TSESTree.CallExpression;
  connection: TSESTree.Expression;
  end: 'close' | 'exit';
}

/** Events that bring a connection's replies. */
const replyEvents = new Set(['message', 'data', 'line', 'response', 'reply']);

/** The registration in `body` of a listener for replies on a connection whose type declares `close` (or, a worker's, `exit`). */
function replyListenerIn(analysis: Analysis, body: TSESTree.Node): UnwatchedConnection | undefined {
  let found: UnwatchedConnection | undefined;
  walk(
    body,
    (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipTypeWrappers(node.callee);
      const [event] = node.arguments;
      if (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        isListenerRegistration(memberName(callee) ?? '') &&
        event?.type === AST_NODE_TYPES.Literal &&
        typeof event.value === 'string' &&
        replyEvents.has(event.value)
      ) {
        const end = declaresEvent(analysis, callee.object, node, closeEvent)
          ? 'close'
          : declaresEvent(analysis, callee.object, node, exitEvent)
            ? 'exit'
            : undefined;
        if (!end) return undefined;
        found = { registration: node, connection: callee.object, end };
        return 'stop';
      }
      return undefined;
    },
    { nested: true },
  );
  return found;
}

const closeEvent: ReadonlySet<string> = new Set(['close']);
const exitEvent: ReadonlySet<string> = new Set(['exit']);

/** The first listener of an end-of-life event registered in `body`: `x.addEventListener('close', fn)`, `x.on('exit', fn)`, `x.onclose = fn`. */
function endListenerIn(body: TSESTree.Node): { listener: TSESTree.Node; event: string } | undefined {
  let found: { listener: TSESTree.Node; event: string } | undefined;
  walk(
    body,
    (node) => {
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const callee = skipTypeWrappers(node.callee);
        const [event, listener] = node.arguments;
        if (
          callee.type === AST_NODE_TYPES.MemberExpression &&
          isListenerRegistration(memberName(callee) ?? '') &&
          event?.type === AST_NODE_TYPES.Literal &&
          typeof event.value === 'string' &&
          endEvents.has(event.value) &&
          listener
        ) {
          found = { listener, event: event.value };
          return 'stop';
        }
      }
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression) {
        const name = memberName(node.left);
        if (name && endHandlers.has(name)) {
          found = { listener: node.right, event: name.slice(2) };
          return 'stop';
        }
      }
      return undefined;
    },
    { nested: true },
  );
  return found;
}

/**
 * The same for whole deferreds kept in a collection: `const deferred = Promise.withResolvers();
 * this.inflight.set(seq, deferred); return deferred.promise;` in a method of the class, the
 * deferred used for nothing else (its `resolve`/`reject` reached only through the entry). The
 * entries keep `reject` under its own name.
 */
export function strandedDeferreds(analysis: Analysis, body: TSESTree.ClassBody): StrandedSettlers[] {
  const found: StrandedSettlers[] = [];
  for (const { id } of deferredDeclarators(analysis, body)) {
    const store = onlyStoredIn(analysis, id);
    if (!store) continue;
    const collection = analysis.sourceCode.getText((store.callee as TSESTree.MemberExpression).object);
    if (!collection.startsWith('this.') || visitsEntries(analysis, body, collection)) continue;
    const common = { store, collection, rejectKey: 'reject' };
    const end = endListenerIn(body);
    if (end) {
      found.push({ ...common, ...end });
      continue;
    }
    const reply = replyListenerIn(analysis, body);
    if (reply) found.push({ ...common, listener: reply.registration, event: 'close', unwatched: reply });
  }
  return found;
}

/** The storing call (`this.inflight.set(seq, deferred)`) when every other use of the deferred only reads its `promise`. */
export function onlyStoredIn(analysis: Analysis, id: TSESTree.Identifier): TSESTree.CallExpression | undefined {
  let store: TSESTree.CallExpression | undefined;
  for (const reference of variableOf(analysis, id)?.references ?? []) {
    if (reference.init) continue;
    const use = reference.identifier;
    const parent = use.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === use && memberName(parent) === 'promise') continue;
    if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(use as TSESTree.CallExpressionArgument) || store)
      return undefined;
    const callee = skipTypeWrappers(parent.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !storingMethods.has(memberName(callee) ?? '')) return undefined;
    store = parent;
  }
  return store;
}
