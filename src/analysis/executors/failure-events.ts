import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isTestCode } from '../scope/test-code.js';
import { isListenerRegistration } from '../syntax/calls.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers, unionMembersThroughConstraints } from '../types/members.js';
import type { SettleOwner } from './settlers.js';

/*
 * Event-driven executors that wait only for success. An executor whose settle functions are reached
 * only through listeners on one emitter (`stream.on('end', () => resolve(data))`) settles when that
 * event comes. If the emitter can fail instead (its type declares an `error` event: Node streams,
 * sockets, servers, child processes, workers, and DOM targets with `onerror`), and no listener on
 * it for a failure or end-of-life event (`error`, `close`, `abort`, `timeout`, `exit`, …) settles
 * the promise, a failure leaves the promise pending forever (and a Node emitter with no `error`
 * listener throws it as an uncaught exception). Approximations: listeners are matched by the
 * emitter's text; settle functions handed anywhere else (a Node callback API, a timer, a stored
 * field) count as a way out, so such executors are not judged; test code is left alone (a hang
 * there is a timeout the runner reports).
 */

/** Event names that end an emitter's life or report its failure. */
const failureEvent = /error|close|abort|timeout|exit|disconnect|fail|cancel|reject|destroy/i;

/** An executor that waits only for success events on one emitter: the registration to report, its emitter and events. */
export interface SuccessOnlyWait {
  registration: TSESTree.CallExpression;
  emitter: TSESTree.Expression;
  events: string[];
}

/** The success-only wait of an executor, if it has one (see the module comment). */
export function successOnlyWait(analysis: Analysis, owner: SettleOwner): SuccessOnlyWait | undefined {
  if (owner.kind !== 'executor' || owner.fn.type === AST_NODE_TYPES.Program || owner.fn.async || isTestCode(analysis)) return undefined;
  const registrations: { call: TSESTree.CallExpression; emitter: TSESTree.Expression; event: string }[] = [];
  for (const { variable } of owner.settlers) {
    for (const reference of variable.references) {
      if (reference.init) continue;
      const registration = registrationAround(reference.identifier, owner.fn);
      if (!registration) return undefined; // settled or handed on some other way
      registrations.push(registration);
    }
  }
  const [first] = registrations;
  if (!first) return undefined;
  const emitterText = analysis.sourceCode.getText(first.emitter);
  if (registrations.some(({ emitter }) => analysis.sourceCode.getText(emitter) !== emitterText)) return undefined;
  const events = [...new Set(registrations.map(({ event }) => event))];
  if (events.some((event) => failureEvent.test(event))) return undefined;
  if (!canFail(analysis, first.emitter, first.call)) return undefined;
  return { registration: first.call, emitter: first.emitter, events };
}

/**
 * The listener registration (`x.on('end', …)`, `x.once('data', …)`, `x.addEventListener('load', …)`)
 * made directly by the executor that a settle function reaches: passed as the listener, or used
 * inside the listener function.
 */
function registrationAround(
  identifier: TSESTree.Node,
  executor: TSESTree.Node,
): { call: TSESTree.CallExpression; emitter: TSESTree.Expression; event: string } | undefined {
  let listener: TSESTree.Node | undefined = identifier;
  while (listener && listener !== executor && !isRegistrationArgument(listener)) listener = listener.parent;
  if (!listener || listener === executor) return undefined;
  const call = listener.parent as TSESTree.CallExpression;
  // The registration itself must run in the executor's own body, not in another callback.
  for (let current: TSESTree.Node | undefined = call.parent; current && current !== executor; current = current.parent) {
    if (isFunctionNode(current)) return undefined;
  }
  const callee = skipTypeWrappers(call.callee) as TSESTree.MemberExpression;
  const [name] = call.arguments;
  if (name?.type !== AST_NODE_TYPES.Literal || typeof name.value !== 'string') return undefined;
  return { call, emitter: callee.object, event: name.value };
}

/** True when `node` is the listener argument (second) of a listener registration call. */
function isRegistrationArgument(node: TSESTree.Node): boolean {
  const call = node.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== node) return false;
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && isListenerRegistration(memberName(callee) ?? '');
}

/**
 * True when the emitter's type says it can fail: a registration overload for the literal event
 * `error` (Node streams, sockets, child processes), or an `onerror` handler property (DOM
 * WebSocket, XMLHttpRequest, EventSource, Worker).
 */
function canFail(analysis: Analysis, emitter: TSESTree.Expression, registration: TSESTree.CallExpression): boolean {
  const checker = checkerOf(analysis);
  const type = typeOf(analysis, emitter);
  const method = memberName(skipTypeWrappers(registration.callee)) ?? 'on';
  return unionMembers(type).some((part) => {
    const apparent = checker.getApparentType(part);
    if (apparent.getProperty('onerror')) return true;
    const property = apparent.getProperty(method);
    if (!property) return false;
    const methodType = checker.getTypeOfSymbolAtLocation(property, analysis.services.esTreeNodeToTSNodeMap.get(registration));
    return methodType.getCallSignatures().some((signature) => {
      const [event] = signature.getParameters();
      if (!event) return false;
      const eventType = checker.getTypeOfSymbolAtLocation(event, analysis.services.esTreeNodeToTSNodeMap.get(registration));
      return unionMembersThroughConstraints(checker, eventType).some((member) => member.isStringLiteral() && member.value === 'error');
    });
  });
}

/** Whether the executor declares a `reject` parameter a suggestion can hand to an `error` listener. */
export function rejectName(owner: SettleOwner): string | undefined {
  return owner.settlers.find(({ role }) => role === 'reject')?.variable.name;
}
