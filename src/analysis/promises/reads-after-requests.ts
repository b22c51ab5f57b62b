import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isListenerRegistration } from '../syntax/calls.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { enclosingFunction, isFunctionNode, memberName, skipTypeWrappers, thisMemberName } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';

/*
 * A reply read as if it had come. A class keeps a peer's latest answer in a property that only a
 * listener on that peer writes (`this.model.on('message', (reply) => { this.latestTargets = … })`,
 * registered in the constructor or another method), and a method sends the peer a request
 * (`this.model.postMessage(…)` to a `Worker`, a declared `scale.requestReading()`) and then reads
 * the property with nothing waited for in between: the answer to this request cannot have come,
 * so the read sees the answer to the previous one (or the initial value). The emitter is a
 * property of `this` (also a constructor parameter property, `private readonly scale`), or the
 * parameter of a method that registers the listeners (`private attach(link) { link.on(…) }`),
 * which stands for the local the reading method hands it (`this.attach(link); link.connect();`);
 * the property must be written nowhere but in listeners on that emitter (any of them) (and directly at the top
 * of the constructor or in its initializer; clearing it to `undefined` or `null` elsewhere gives
 * no answer and does not count); the request is a call that cannot fire the listener
 * during the call, or a call of a method of the class that sends one (`this.requestCapacity()`,
 * not `async`) (the caller's `isRequestToPeer`: a channel to another thread or process, or a
 * declared send-like method no function of the file implements by emitting). Reads in nested
 * functions, after an `await` or `yield`, or in a test of an `if` (a check that a reply is there)
 * are left alone.
 */

/** A read of a listener-written property right after a request to the emitter it listens to. */
export interface RequestedRead {
  name: string;
  read: TSESTree.MemberExpression;
  /** The listener that writes the property. */
  listener: FunctionNode;
  /** Its registration (`this.model.on('message', …)`). */
  registration: TSESTree.CallExpression;
  /** The request the method sent before reading (`this.model.postMessage(…)`). */
  request: TSESTree.CallExpression;
  /** The statement of the reading method that holds the request. */
  statement: TSESTree.Node;
}

type RequestTest = (call: TSESTree.CallExpression, emitter: TSESTree.Node) => boolean;

/** Every read of a listener-written property that a method makes right after requesting its next value. */
export function readsAfterRequests(analysis: Analysis, isRequestToPeer: RequestTest): RequestedRead[] {
  const found: RequestedRead[] = [];
  walk(
    analysis.sourceCode.ast,
    (node) => {
      if (node.type === AST_NODE_TYPES.ClassBody) found.push(...readsInClass(node, isRequestToPeer));
      return undefined;
    },
    { nested: true },
  );
  return found;
}

interface Member {
  fn: FunctionNode;
  constructor: boolean;
  name: string | undefined;
}

function keyName(key: TSESTree.Node): string | undefined {
  return key.type === AST_NODE_TYPES.Identifier ? key.name : undefined;
}

function membersOf(body: TSESTree.ClassBody): Member[] {
  const members: Member[] = [];
  for (const element of body.body) {
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.value.body && !element.static)
      members.push({ fn: element.value, constructor: element.kind === 'constructor', name: keyName(element.key) });
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && isFunctionNode(element.value ?? undefined))
      members.push({ fn: element.value as FunctionNode, constructor: false, name: keyName(element.key) });
  }
  return members;
}

/** The name of the `this` property an emitter expression stands for: `this.model`, or `scale` as a constructor parameter property. */
function emitterName(node: TSESTree.Node, parameterProperties: ReadonlySet<string>): string | undefined {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier && parameterProperties.has(target.name)) return target.name;
  return thisMemberName(target);
}

/** `this.<name>` as a write target (`=`, `+=`, `++`), or undefined. */
function writtenProperty(node: TSESTree.Node): string | undefined {
  const target =
    node.type === AST_NODE_TYPES.AssignmentExpression
      ? node.left
      : node.type === AST_NODE_TYPES.UpdateExpression
        ? node.argument
        : undefined;
  return target && thisMemberName(target);
}

function readsInClass(body: TSESTree.ClassBody, isRequestToPeer: RequestTest): RequestedRead[] {
  const members = membersOf(body);
  const constructor = members.find((member) => member.constructor)?.fn;
  const parameterProperties = new Set(
    (constructor?.params ?? []).flatMap((param) =>
      param.type === AST_NODE_TYPES.TSParameterProperty && param.parameter.type === AST_NODE_TYPES.Identifier ? [param.parameter.name] : [],
    ),
  );
  // Listeners on an emitter property, registered anywhere in the class, with the properties they write.
  const listeners: { emitter: string; fn: FunctionNode; registration: TSESTree.CallExpression }[] = [];
  for (const { fn, name: method, constructor: isConstructor } of members) {
    walk(
      fn.body!,
      (node) => {
        if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
        const listener = node.arguments[1];
        if (!isListenerRegistration(memberName(node.callee) ?? '') || !isFunctionNode(listener)) return undefined;
        if (listener.type !== AST_NODE_TYPES.ArrowFunctionExpression) return undefined;
        const emitter =
          emitterName(node.callee.object, parameterProperties) ??
          (isConstructor || method === undefined ? undefined : parameterRole(node.callee.object, fn, method));
        if (emitter) listeners.push({ emitter, fn: listener, registration: node });
        return undefined;
      },
      { nested: true },
    );
  }
  if (listeners.length === 0) return [];
  // Where each property is written: in which listener, or elsewhere (`undefined`).
  const writers = new Map<string, Set<(typeof listeners)[number] | undefined>>();
  for (const { fn, constructor: isConstructor } of members) {
    walk(
      fn.body!,
      (node) => {
        const name = writtenProperty(node);
        if (name === undefined) return undefined;
        const inside = listeners.find((listener) => listener.fn.range[0] <= node.range[0] && node.range[1] <= listener.fn.range[1]);
        // A write at the constructor's own level sets the starting value, like an initializer.
        if (!inside && isConstructor && enclosingFunction(node) === fn) return undefined;
        // Clearing it (`this.sessionId = undefined` on close) gives no answer either.
        if (!inside && isClearing(node)) return undefined;
        const set = writers.get(name) ?? new Set();
        set.add(inside);
        writers.set(name, set);
        return undefined;
      },
      { nested: true },
    );
  }
  // Written only by listeners on one emitter (its reply, and its `error` resetting it count alike).
  const written = new Map<string, (typeof listeners)[number]>();
  for (const [name, set] of writers) {
    const all = [...set];
    const [first] = all;
    if (first && all.every((listener) => listener !== undefined && listener.emitter === first.emitter)) written.set(name, first);
  }
  if (written.size === 0) return [];
  const found: RequestedRead[] = [];
  // Methods that send a request themselves (`private requestCapacity() { …; this.ledger.postMessage(…); }`):
  // calling one is a request to the same peer.
  const requesting = new Map<string, string>();
  for (const { fn, name, constructor: isConstructor } of members) {
    if (isConstructor || name === undefined || fn.async || fn.generator) continue;
    const emitter = ownRequests(fn, parameterProperties, isRequestToPeer, new Map())[0]?.emitter;
    if (emitter !== undefined) requesting.set(name, emitter);
  }
  for (const { fn, constructor: isConstructor } of members) {
    if (isConstructor) continue;
    found.push(...readsInMethod(fn, written, parameterProperties, isRequestToPeer, requesting));
  }
  return found;
}

function readsInMethod(
  fn: FunctionNode,
  written: ReadonlyMap<string, { emitter: string; fn: FunctionNode; registration: TSESTree.CallExpression }>,
  parameterProperties: ReadonlySet<string>,
  isRequestToPeer: RequestTest,
  requesting: ReadonlyMap<string, string>,
): RequestedRead[] {
  const found: RequestedRead[] = [];
  const waits: TSESTree.Node[] = [];
  walk(fn.body!, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression) waits.push(node);
    return undefined;
  });
  const requests = ownRequests(fn, parameterProperties, isRequestToPeer, requesting);
  if (requests.length === 0) return found;
  const reported = new Set<string>();
  walk(fn.body!, (node) => {
    const name = thisMemberName(node);
    const slot = name === undefined ? undefined : written.get(name);
    if (!slot || node.type !== AST_NODE_TYPES.MemberExpression || reported.has(name!) || isWriteTarget(node) || isTested(node, fn))
      return undefined;
    const request = requests.find(
      ({ call, emitter }) =>
        emitter === slot.emitter &&
        call.range[1] <= node.range[0] &&
        // A wait that ends between the request and the read, the request's own `await` included.
        !waits.some((wait) => wait.range[1] >= call.range[1] && wait.range[1] <= node.range[0]),
    );
    if (!request) return undefined;
    reported.add(name!);
    found.push({
      name: `this.${name}`,
      read: node,
      listener: slot.fn,
      registration: slot.registration,
      request: request.call,
      statement: statementOf(request.call, fn),
    });
    return undefined;
  });
  return found;
}

/**
 * The requests `fn` sends to a peer, with the emitter each goes to: calls on an emitter property,
 * on a local handed to a listening method of the class (`this.attach(link); link.connect()`), or
 * calls of a method of the class that sends one itself (`this.requestCapacity()`).
 */
function ownRequests(
  fn: FunctionNode,
  parameterProperties: ReadonlySet<string>,
  isRequestToPeer: RequestTest,
  requesting: ReadonlyMap<string, string>,
): { call: TSESTree.CallExpression; emitter: string }[] {
  const requests: { call: TSESTree.CallExpression; emitter: string }[] = [];
  // Locals handed to a method of the class that listens on its parameter (`this.attach(link)`).
  const handedTo = new Map<string, { role: string; at: number }[]>();
  walk(fn.body!, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = thisMemberName(node.callee);
    const sends = method === undefined ? undefined : requesting.get(method);
    if (sends !== undefined) requests.push({ call: node, emitter: sends });
    if (method !== undefined)
      node.arguments.forEach((argument, index) => {
        if (argument.type !== AST_NODE_TYPES.Identifier) return;
        const roles = handedTo.get(argument.name) ?? [];
        roles.push({ role: `${method}(${index})`, at: node.range[1] });
        handedTo.set(argument.name, roles);
      });
    const object = skipTypeWrappers(node.callee.object);
    const emitters = [
      emitterName(object, parameterProperties),
      ...(object.type === AST_NODE_TYPES.Identifier
        ? (handedTo.get(object.name) ?? []).filter(({ at }) => at <= node.range[0]).map(({ role }) => role)
        : []),
    ];
    for (const emitter of emitters)
      if (emitter !== undefined && isRequestToPeer(node, node.callee.object)) requests.push({ call: node, emitter });
    return undefined;
  });
  return requests;
}

/**
 * `link` in `private attach(link) { link.on('handshake', …) }`: the listener's emitter is whatever
 * a caller hands the method in that position, named by the role `attach(0)`.
 */
function parameterRole(object: TSESTree.Node, fn: FunctionNode, method: string): string | undefined {
  const target = skipTypeWrappers(object);
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const index = fn.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === target.name);
  return index < 0 ? undefined : `${method}(${index})`;
}

/** `this.x = undefined` / `= null`: a write that clears the property. */
function isClearing(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator !== '=') return false;
  const value = node.right;
  return (
    (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') ||
    (value.type === AST_NODE_TYPES.Literal && value.value === null)
  );
}

function isWriteTarget(member: TSESTree.MemberExpression): boolean {
  const parent = member.parent;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression) return parent.left === member;
  if (parent.type === AST_NODE_TYPES.UpdateExpression) return true;
  return parent.type === AST_NODE_TYPES.CallExpression && parent.callee === member;
}

/** True when the read is (part of) the test of an `if`, a `?:` or a loop in `fn`: a check whether a reply is there. */
function isTested(read: TSESTree.Node, fn: FunctionNode): boolean {
  for (let child: TSESTree.Node = read, node = read.parent; node && node !== fn; child = node, node = node.parent) {
    if (
      (node.type === AST_NODE_TYPES.IfStatement ||
        node.type === AST_NODE_TYPES.ConditionalExpression ||
        node.type === AST_NODE_TYPES.WhileStatement ||
        node.type === AST_NODE_TYPES.DoWhileStatement) &&
      node.test === child
    )
      return true;
  }
  return false;
}

/** The statement of `fn`'s body that holds `node`. */
function statementOf(node: TSESTree.Node, fn: FunctionNode): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.parent && current.parent !== fn.body) current = current.parent;
  return current;
}
