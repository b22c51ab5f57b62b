import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, typeWrapperTypes } from '../syntax/nodes.js';
import { walk as walkSyntax } from '../syntax/walk.js';
import { isAbsentSourceChain } from './absent-sources.js';
import type { SettleOwner } from './settlers.js';

/*
 * Hand-offs inside optional chains (`this.#request?.stream.once('end', resolve)`): the chain may
 * stop early and skip the hand-off, unless the value it tests was checked just before the executor
 * ran, with nothing able to change it in between.
 */

/**
 * Where handing `node` on happens. Inside an optional chain (`this.#request?.stream.once('end',
 * resolve)`) the hand-off is skipped when the chain stops early, unless the executor runs at once
 * after its enclosing function left on that very value missing (`if (!this.#request) return;`)
 * with nothing able to change it in between, or the chain waits for an event of a value whose
 * absence is the contract (see `absent-sources.ts`): then the chain's start, reached on every path.
 */
export function handoffSite(analysis: Analysis, owner: SettleOwner, node: TSESTree.Node): TSESTree.Node {
  let chain: TSESTree.Node | undefined = node.parent;
  while (chain && chain.type !== AST_NODE_TYPES.ChainExpression && !isFunctionNode(chain)) chain = chain.parent;
  if (owner.kind !== 'executor' || chain?.type !== AST_NODE_TYPES.ChainExpression || !isFunctionNode(owner.fn)) return node;
  const skippable: TSESTree.Node[] = [];
  for (let link: TSESTree.Node = chain.expression; ;) {
    if (link.type === AST_NODE_TYPES.MemberExpression) {
      if (link.optional) skippable.push(link.object);
      link = link.object;
    } else if (link.type === AST_NODE_TYPES.CallExpression) {
      if (link.optional) skippable.push(link.callee);
      link = link.callee;
    } else if (typeWrapperTypes.has(link.type)) {
      link = (link as TSESTree.TSNonNullExpression).expression;
    } else break;
  }
  const construct = owner.fn.parent;
  const start = skippable[skippable.length - 1];
  if (!start) return node;
  // `new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve()))`: "once it aborts; never without one".
  if (isAbsentSourceChain(analysis, owner, chain, start)) return start;
  if (construct?.type !== AST_NODE_TYPES.NewExpression) return node;
  return skippable.every((value) => isCheckedJustBefore(construct, owner.fn as FunctionNode, value, chain.range[0])) ? start : node;
}

/** `this.#request`, `conn.socket`: a name or `this` with plain property reads, as text. */
function valuePath(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.ChainExpression) return valuePath(node.expression);
  if (node.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed) return undefined;
  const object = valuePath(node.object);
  const property = node.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${node.property.name}` : node.property.name;
  return object === undefined ? undefined : `${object}.${property}`;
}

/** The value a test finds missing: `!x`, `x == null`, `x === undefined` (and the reverse orders). */
function missingTested(test: TSESTree.Node): string | undefined {
  if (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!') return valuePath(test.argument);
  if (test.type !== AST_NODE_TYPES.BinaryExpression || (test.operator !== '==' && test.operator !== '===')) return undefined;
  const isNullish = (side: TSESTree.Node): boolean =>
    (side.type === AST_NODE_TYPES.Literal && side.value === null && test.operator === '==') ||
    (side.type === AST_NODE_TYPES.Identifier && side.name === 'undefined');
  if (isNullish(test.right)) return valuePath(test.left);
  return isNullish(test.left) ? valuePath(test.right) : undefined;
}

/** True when a statement always leaves its function (`return`, `throw`, or a block ending in one). */
function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  const last = statement.type === AST_NODE_TYPES.BlockStatement ? statement.body[statement.body.length - 1] : undefined;
  return last !== undefined && exits(last);
}

const effectTypes = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.YieldExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.UpdateExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
]);

/**
 * True when the function around `construct` left on `value` missing (`if (!value) return;`) in a
 * statement before it, and no call, `await` or write runs from that test until `value` is read at
 * `readAt` in the executor (which `new Promise` runs at once): the value is still there.
 */
function isCheckedJustBefore(construct: TSESTree.NewExpression, executor: FunctionNode, value: TSESTree.Node, readAt: number): boolean {
  const path = valuePath(value);
  if (path === undefined) return false;
  for (
    let child: TSESTree.Node = construct, current: TSESTree.Node | undefined = construct.parent;
    current && !isFunctionNode(current);
    child = current, current = current.parent
  ) {
    if (current.type !== AST_NODE_TYPES.BlockStatement) continue;
    const before = current.body.slice(0, current.body.indexOf(child as TSESTree.Statement)).reverse();
    const guard = before.find(
      (statement) =>
        statement.type === AST_NODE_TYPES.IfStatement &&
        !statement.alternate &&
        exits(statement.consequent) &&
        missingTested(statement.test) === path,
    );
    if (!guard) continue;
    const from = guard.range[1];
    let quiet = true;
    walkSyntax(
      current,
      (node) => {
        if (node.range[1] <= from || node.range[0] >= readAt) return 'skip';
        if (isFunctionNode(node) && node !== executor) return 'skip';
        const effect = effectTypes.has(node.type) || (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete');
        if (node.range[0] >= from && node.range[1] <= readAt && effect) {
          quiet = false;
          return 'stop';
        }
      },
      { nested: true },
    );
    return quiet;
  }
  return false;
}
