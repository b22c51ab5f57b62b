import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { arrayCallbackMethods } from '../syntax/calls.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';

/*
 * Reads one call away. A method that calls `this.render()` reads every property `render` reads,
 * at that moment: when the property is only assigned in a later callback of the calling method,
 * the call sees the value from before just as a direct read would. A method "reads" a property when
 * its synchronous body (array callbacks and immediately called functions included, other methods
 * it calls on `this` followed three calls deep) reads `this.<name>` and never writes it, and never
 * tests it for presence (`if (!this.rates) return;` handles the state from before on purpose).
 * Async methods and generators are left out: their reads may come after a wait.
 */

/** The methods of the class around `owner` (same `static`-ness), by name: methods and arrow-function fields. */
export function siblingMethods(owner: FunctionNode): Map<string, FunctionNode> | undefined {
  const definition = owner.parent;
  if (definition?.type !== AST_NODE_TYPES.MethodDefinition || definition.value !== owner) return undefined;
  const methods = new Map<string, FunctionNode>();
  for (const member of definition.parent.body) {
    if (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) continue;
    if (member.static !== definition.static || member.computed || member.key.type !== AST_NODE_TYPES.Identifier) continue;
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind !== 'method') continue;
    if (member.value && isFunctionNode(member.value)) methods.set(member.key.name, member.value);
  }
  return methods;
}

/** `this.name(…)`: the method name called on `this`. */
export function thisCallName(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = skipTypeWrappers(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.ThisExpression && !callee.computed
    ? memberName(callee)
    : undefined;
}

/**
 * Walks the code that shares `this` with `root` (a method's body): arrow functions included, with
 * `later` true inside one that does not run at once (a callback, not an array method's or an IIFE);
 * other functions and classes have their own `this` and are skipped. `visit` returns `'skip'` to
 * leave a node's children.
 */
export function walkSharedThis(root: TSESTree.Node, visit: (node: TSESTree.Node, later: boolean) => 'skip' | undefined): void {
  const go = (start: TSESTree.Node, later: boolean): void => {
    walk(start, (node) => {
      if (node !== start && isFunctionNode(node)) {
        if (node.type === AST_NODE_TYPES.ArrowFunctionExpression) go(node.body, later || !runsNow(node));
        return 'skip';
      }
      if (node.type === AST_NODE_TYPES.ClassBody) return 'skip';
      return visit(node, later);
    });
  };
  go(root, false);
}

/** A function that runs before the expression around it ends: an array-iteration callback or an IIFE. */
export function runsNow(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
  if (call.callee === fn) return true;
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && arrayCallbackMethods.has(memberName(callee) ?? '');
}

/** True when `member` (a `this.x` read) is tested for presence: `if (this.x)`, `!this.x`, `this.x &&`, `this.x?.y`, `this.x == null`. */
function isPresenceTest(member: TSESTree.MemberExpression): boolean {
  const parent = member.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.WhileStatement:
      return parent.test === member;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === '!';
    case AST_NODE_TYPES.LogicalExpression:
      return parent.left === member;
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === member && parent.optional;
    case AST_NODE_TYPES.BinaryExpression:
      return ['==', '!=', '===', '!=='].includes(parent.operator);
    default:
      return false;
  }
}

/** How a method body uses `this.<name>`: read, written, tested for presence, or re-read later. */
interface Use {
  reads: boolean;
  writes: boolean;
  tests: boolean;
}

function useOf(fn: FunctionNode, name: string, methods: Map<string, FunctionNode>, seen: Set<FunctionNode>, use: Use): void {
  if (seen.has(fn) || seen.size > 3 || fn.async || fn.generator) return;
  seen.add(fn);
  walk(
    fn.body,
    (node) => {
      if (node !== fn.body && isFunctionNode(node))
        return node.type === AST_NODE_TYPES.ArrowFunctionExpression && runsNow(node) ? undefined : 'skip';
      const called = thisCallName(node);
      const method = called === undefined ? undefined : methods.get(called);
      if (method) useOf(method, name, methods, seen, use);
      if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression || memberName(node) !== name)
        return undefined;
      const parent = node.parent;
      if ((parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) || parent.type === AST_NODE_TYPES.UpdateExpression)
        use.writes = true;
      else if (isPresenceTest(node)) use.tests = true;
      else use.reads = true;
      return undefined;
    },
    { nested: true },
  );
}

/**
 * The calls `this.m(…)` directly in `owner` (a method or constructor, outside nested functions)
 * of a method of the same class that reads `this.<name>` (see above). None when a function nested
 * in `owner` (a callback that runs later) calls such a method again: the first call shows the
 * state from before on purpose, and the callback shows the new one.
 */
export function methodReadsOf(owner: FunctionNode, name: string): TSESTree.CallExpression[] {
  const methods = siblingMethods(owner);
  if (!methods || !owner.body) return [];
  const readers = new Map<string, boolean>();
  const reads = (method: string): boolean => {
    const known = readers.get(method);
    if (known !== undefined) return known;
    const fn = methods.get(method);
    const use: Use = { reads: false, writes: false, tests: false };
    if (fn) useOf(fn, name, methods, new Set(), use);
    const verdict = use.reads && !use.writes && !use.tests;
    readers.set(method, verdict);
    return verdict;
  };
  const calls: TSESTree.CallExpression[] = [];
  let rerun = false;
  walkSharedThis(owner.body, (node, later) => {
    const called = thisCallName(node);
    if (called === undefined || !reads(called)) return undefined;
    if (later) rerun = true;
    else calls.push(node as TSESTree.CallExpression);
    return undefined;
  });
  return rerun ? [] : calls;
}
