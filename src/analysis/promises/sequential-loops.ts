import type { Analysis } from '../context.js';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { variableOf } from '../scope/variables.js';
import { enclosingLoop,skipTypeWrappers } from '../syntax/nodes.js';
import { typeOf } from '../types/checker.js';
import { isArrayOfThenables,isCollectionOfThenables } from '../types/thenables.js';
import { bodySuspends,collectionCannotReject,handledBefore } from './stored-promises.js';

/*
 * Promises awaited one at a time: `for (const p of promises) await p;` (or `for await`) and the
 * index form `for (let i = 0; i < ps.length; i++) await ps[i];`. While the loop waits for one
 * promise, the later ones have no handler yet, so a rejection among them is unhandled. A
 * collection handed to a call that handles it before the loop (`void Promise.allSettled(ps)`,
 * `ps.forEach(…)`), one whose promises cannot reject, and an array created inside the loop (a
 * fresh one each turn) are fine.
 */


/**
 * The collection a `for…of` loop awaits promise by promise (without type wrappers), and whether it
 * is a `Map` (whose entries `Promise.all` would await, not its promises); `undefined` when the loop
 * does not wait inside, or its promises are handled before it or cannot reject.
 */
export function sequentiallyAwaitedCollection(
  analysis: Analysis,
  loop: TSESTree.ForOfStatement,
): { collection: TSESTree.Node; isMap: boolean } | undefined {
  if (!loop.await && !bodySuspends(loop.body)) return undefined;
  if (!isCollectionOfThenables(analysis, loop.right)) return undefined;
  if (handledBefore(analysis, loop.right, loop)) return undefined;
  if (collectionCannotReject(analysis, loop.right)) return undefined;
  const collection = skipTypeWrappers(loop.right);
  const name = typeOf(analysis, collection).getSymbol()?.getName();
  return { collection, isMap: name === 'Map' || name === 'ReadonlyMap' };
}

/**
 * For `await ps[i]` in a loop: the element read, the array of promises it reads from (declared
 * outside the loop, not handled before it, able to reject) and the loop.
 */
export function sequentiallyAwaitedElement(
  analysis: Analysis,
  node: TSESTree.AwaitExpression,
): { element: TSESTree.MemberExpression; array: TSESTree.Node; loop: TSESTree.Node } | undefined {
  const element = skipTypeWrappers(node.argument);
  if (element.type !== AST_NODE_TYPES.MemberExpression || !element.computed) return undefined;
  const loop = enclosingLoop(node);
  const array = skipTypeWrappers(element.object);
  if (!loop || (array.type !== AST_NODE_TYPES.Identifier && array.type !== AST_NODE_TYPES.MemberExpression)) return undefined;
  if (array.range[0] >= loop.range[0] && array.range[1] <= loop.range[1] && declaredInside(analysis, array, loop)) return undefined;
  if (!isArrayOfThenables(analysis, array)) return undefined;
  if (handledBefore(analysis, array, loop)) return undefined;
  if (collectionCannotReject(analysis, array)) return undefined;
  return { element, array, loop };
}

/** True when the identifier at the root of `node` is declared inside `loop` (a fresh array each turn). */
function declaredInside(analysis: Analysis, node: TSESTree.Node, loop: TSESTree.Node): boolean {
  let root: TSESTree.Node = node;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, root);
  const declared = variable?.defs[0]?.node;
  return declared !== undefined && declared.range[0] >= loop.range[0] && declared.range[1] <= loop.range[1];
}
