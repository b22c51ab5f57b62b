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
 * property of `this` (also a constructor parameter property, `private readonly scale`); the
 * property must be written nowhere but in listeners on that emitter (and directly at the top of
 * the constructor or in its initializer); the request is a call that cannot fire the listener
 * during the call (the caller's `isRequestToPeer`: a channel to another thread or process, or a
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
}

function membersOf(body: TSESTree.ClassBody): Member[] {
  const members: Member[] = [];
  for (const element of body.body) {
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.value.body && !element.static)
      members.push({ fn: element.value, constructor: element.kind === 'constructor' });
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && isFunctionNode(element.value ?? undefined))
      members.push({ fn: element.value as FunctionNode, constructor: false });
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
  for (const { fn } of members) {
    walk(
      fn.body!,
      (node) => {
        if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
        const listener = node.arguments[1];
        if (!isListenerRegistration(memberName(node.callee) ?? '') || !isFunctionNode(listener)) return undefined;
        if (listener.type !== AST_NODE_TYPES.ArrowFunctionExpression) return undefined;
        const emitter = emitterName(node.callee.object, parameterProperties);
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
        const set = writers.get(name) ?? new Set();
        set.add(inside);
        writers.set(name, set);
        return undefined;
      },
      { nested: true },
    );
  }
  const written = new Map<string, (typeof listeners)[number]>();
  for (const [name, set] of writers) {
    const [only] = [...set];
    if (set.size === 1 && only) written.set(name, only);
  }
  if (written.size === 0) return [];
  const found: RequestedRead[] = [];
  for (const { fn, constructor: isConstructor } of members) {
    if (isConstructor) continue;
    found.push(...readsInMethod(fn, written, parameterProperties, isRequestToPeer));
  }
  return found;
}

function readsInMethod(
  fn: FunctionNode,
  written: ReadonlyMap<string, { emitter: string; fn: FunctionNode; registration: TSESTree.CallExpression }>,
  parameterProperties: ReadonlySet<string>,
  isRequestToPeer: RequestTest,
): RequestedRead[] {
  const found: RequestedRead[] = [];
  const requests: { call: TSESTree.CallExpression; emitter: string }[] = [];
  const waits: TSESTree.Node[] = [];
  walk(fn.body!, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression) waits.push(node);
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) {
      const emitter = emitterName(node.callee.object, parameterProperties);
      if (emitter && isRequestToPeer(node, node.callee.object)) requests.push({ call: node, emitter });
    }
    return undefined;
  });
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
        !waits.some((wait) => wait.range[0] >= call.range[1] && wait.range[1] <= node.range[0]),
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
