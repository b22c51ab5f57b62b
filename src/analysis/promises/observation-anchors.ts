import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { isFunctionNode, memberName, typeWrapperTypes } from '../syntax/nodes.js';

/*
 * Which reads of a stored promise observe it. A read attaches to the promise or hands it on
 * (`await p`, `p.then(…)`, `track(p)`, a store, a capture by a closure) unless it only reads it as
 * a value (`${p}`, `p === q`). A test for absence (`if (p)`, `p !== undefined`) counts: on the path
 * where it holds no promise there is nothing to observe. Any read of an array may reach its
 * elements, and any test of a maybe-promise tells the cases apart.
 */

/** Uses that read a promise as a value without attaching anything to it. */
function isInertUse(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      // In a tagged template the interpolated values are arguments of the tag function.
      return parent.parent.type !== AST_NODE_TYPES.TaggedTemplateExpression;
    case AST_NODE_TYPES.BinaryExpression:
      // `hit !== undefined`: the code expects "no promise" on some path (a cache typed too
      // narrowly), and on that path there is nothing to observe.
      return !isNullishTest(parent, child);
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator !== 'void' && parent.operator !== '!' && parent.operator !== 'typeof';
    default:
      // Truthiness tests (`if (p)`, `p && …`, `p ? … : …`) likewise tell "no promise" apart.
      return false;
  }
}

/** True for `x === undefined`, `x != null` and the like, with `child` as `x`. */
function isNullishTest(binary: TSESTree.BinaryExpression, child: TSESTree.Node): boolean {
  if (!['===', '!==', '==', '!='].includes(binary.operator)) return false;
  const other = binary.left === child ? binary.right : binary.left;
  return (
    (other.type === AST_NODE_TYPES.Identifier && other.name === 'undefined') ||
    (other.type === AST_NODE_TYPES.Literal && other.value === null) ||
    (other.type === AST_NODE_TYPES.UnaryExpression && other.operator === 'void')
  );
}

/**
 * Where a read stands for the promise's fate: the node whose evaluation observes or hands it off
 * (the read itself, or the nested function that captures it), or `undefined` for inert reads.
 * `value` is the identifier, or for an object-literal part the `obj.part` member expression.
 */
export function observationAnchor(
  value: TSESTree.Node,
  owner: TSESTree.Node,
  shape: 'promise' | 'maybe' | 'array',
): TSESTree.Node | undefined {
  // Captured by a closure: whatever the closure does later is a hand-off from here.
  const capture = capturedBy(value, owner);
  if (capture) return capture;
  let child: TSESTree.Node = value;
  let parent: TSESTree.Node | undefined = child.parent;
  while (parent && typeWrapperTypes.has(parent.type)) {
    child = parent;
    parent = parent.parent;
  }
  // Any read of an array of promises may reach its elements (`ps.length` guards an index loop), and
  // any test of a maybe-promise (`'ids' in p`, `p instanceof Promise`) tells the cases apart.
  if (!parent || (shape === 'promise' && isInertUse(parent, child))) return undefined;
  return value;
}

/** The outermost function (or class) between `node` and the code path `owner` that captures it. */
export function capturedBy(node: TSESTree.Node, owner: TSESTree.Node): TSESTree.Node | undefined {
  let capture: TSESTree.Node | undefined;
  for (let current: TSESTree.Node | undefined = node.parent; current && current !== owner; current = current.parent) {
    if (isFunctionNode(current) || current.type === AST_NODE_TYPES.ClassBody) capture = current;
  }
  return capture?.type === AST_NODE_TYPES.ClassBody ? capture.parent : capture;
}

/**
 * For a tracked object-literal part, what a reference reads: `obj.part` (the member expression),
 * the whole object (the identifier: any use of it may reach the part), or `null` for `obj.other`.
 */
export function partRead(identifier: TSESTree.Identifier, part: string | undefined): TSESTree.Node | null {
  if (part === undefined) return identifier;
  const parent = identifier.parent;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
    return memberName(parent) === part ? parent : null;
  }
  return identifier;
}
