import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

import { isFunctionNode } from './nodes.js';

/*
 * The one walk over the syntax tree. Children are found through ESLint's visitor keys (those of
 * typescript-eslint, the parser every rule here runs on), in source order: never `parent`, and
 * never the `tokens` and `comments` a `Program` carries (tokens have `type: 'Identifier'` too).
 */

/** What a visitor tells the walk after seeing a node: go on (nothing), `'skip'` the node's children, or `'stop'` the whole walk. */
type WalkStep = void | 'skip' | 'stop';

interface WalkOptions {
  /**
   * Descend into nested functions and class bodies: code that runs elsewhere, later or never.
   * Without it (the default) a nested function or `ClassBody` is itself visited, but not what is
   * inside it; the root is always entered, even when it is a function.
   */
  nested?: boolean;
}

/** Calls `visit` with each child node of `node`, in source order (visitor-key order), until it returns true; returns true then. */
function someChild(node: TSESTree.Node, visit: (child: TSESTree.Node) => boolean): boolean {
  for (const key of visitorKeys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child) && visit(child)) return true;
    } else if (isNode(value) && visit(value)) {
      return true;
    }
  }
  return false;
}

/** The child nodes of `node`, in source order. */
export function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  someChild(node, (child) => {
    children.push(child);
    return false;
  });
  return children;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** True for code that is not run by the function around it: a nested function or a class body. */
export function isNestedCode(node: TSESTree.Node): boolean {
  return isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody;
}

/**
 * Visits `root` and the nodes under it depth first, each before its children, in source order.
 * Returns true when a visitor stopped the walk.
 */
export function walk(root: TSESTree.Node, visit: (node: TSESTree.Node) => WalkStep, options: WalkOptions = {}): boolean {
  const nested = options.nested === true;
  const go = (node: TSESTree.Node): boolean => {
    const step = visit(node);
    if (step === 'stop') return true;
    if (step === 'skip' || (!nested && node !== root && isNestedCode(node))) return false;
    return someChild(node, go);
  };
  return go(root);
}

/** True when some node inside `root` (not inside nested functions or classes) satisfies `test`. */
export function containsInBody(root: TSESTree.Node, test: (node: TSESTree.Node) => boolean): boolean {
  return walk(root, (node) => (test(node) ? 'stop' : undefined));
}

/** True when `node` waits outside nested functions: an `await`, a `yield` or a `for await`. */
export function suspendsIn(node: TSESTree.Node): boolean {
  return containsInBody(
    node,
    (child) =>
      child.type === AST_NODE_TYPES.AwaitExpression ||
      child.type === AST_NODE_TYPES.YieldExpression ||
      (child.type === AST_NODE_TYPES.ForOfStatement && child.await),
  );
}
