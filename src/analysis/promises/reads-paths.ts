import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { statementsIn } from '../syntax/nodes.js';
import { containsInBody } from '../syntax/walk.js';

/*
 * Straight-line order inside one function, for reads before a callback can have run: does a node
 * always run when its statement does, where the function suspends (`await`, `yield`, `for await`),
 * and whether a read follows a registration in the same statement list with no suspending loop
 * around it.
 */

/** True when evaluating `root` always reaches an `await` (not one inside a branch, a loop body or a nested function). */
export function hasUnconditionalAwait(root: TSESTree.Node): boolean {
  return containsInBody(root, (node) => node.type === AST_NODE_TYPES.AwaitExpression && isUnconditionalWithin(node, root));
}

/** True when evaluating `root` always evaluates `node`; with `loopsRun`, loop bodies count as run (a registration in a loop). */
export function isUnconditionalWithin(node: TSESTree.Node, root: TSESTree.Node, loopsRun = false): boolean {
  for (let child = node, parent = node.parent; parent && child !== root; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test !== child) return false;
        break;
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.ForStatement:
        if (parent.test !== child && !(loopsRun && parent.body === child)) return false;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.left !== child) return false;
        break;
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.ForInStatement:
        if (parent.right !== child && !(loopsRun && parent.body === child)) return false;
        break;
      case AST_NODE_TYPES.DoWhileStatement:
        if (!loopsRun) return false;
        break;
      case AST_NODE_TYPES.SwitchCase:
      case AST_NODE_TYPES.CatchClause:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.AssignmentPattern:
        return false;
      default:
        break;
    }
  }
  return true;
}

/**
 * True when every path through `node` leaves the function before `read` can run: `node` sits in a
 * block that does not hold `read` and that goes on, after `node`'s statement, to a `return` (`if
 * (plots.length === 0) { await loaded; return []; }`), with no loop or `try` in between that could
 * bring it back.
 */
export function leavesBefore(node: TSESTree.Node, read: TSESTree.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.range[0] <= read.range[0] && read.range[1] <= parent.range[1]) return false;
    if (
      parent.type === AST_NODE_TYPES.TryStatement ||
      parent.type === AST_NODE_TYPES.FunctionDeclaration ||
      parent.type === AST_NODE_TYPES.FunctionExpression ||
      parent.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      parent.type === AST_NODE_TYPES.SwitchCase ||
      parent.type === AST_NODE_TYPES.ForStatement ||
      parent.type === AST_NODE_TYPES.ForOfStatement ||
      parent.type === AST_NODE_TYPES.ForInStatement ||
      parent.type === AST_NODE_TYPES.WhileStatement ||
      parent.type === AST_NODE_TYPES.DoWhileStatement
    )
      return false;
    if (parent.type === AST_NODE_TYPES.BlockStatement) {
      // A `try` block's wait may throw into its `catch` instead of reaching the `return`.
      if (parent.parent?.type === AST_NODE_TYPES.TryStatement && parent.parent.block === parent) return false;
      const index = parent.body.indexOf(child as TSESTree.Statement);
      if (index >= 0 && parent.body.slice(index).some((statement) => statement.type === AST_NODE_TYPES.ReturnStatement)) return true;
    }
  }
  return false;
}

/** True when `node` only runs on some paths through `statement` (a branch, a right operand); a loop body counts as run. */
export function isConditionalWithin(node: TSESTree.Node, statement: TSESTree.Node): boolean {
  return node !== statement && !isUnconditionalWithin(node, statement, true);
}

/** Points where `owner` gives up control, outside nested functions: after an `await` or `yield`, at each `for await` step. */
export function suspensionPoints(owner: TSESTree.Node): number[] {
  const points: number[] = [];
  containsInBody(owner, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression) points.push(node.range[1]);
    if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) points.push(node.left.range[0]);
    return false;
  });
  return points;
}

/** The `await`, `yield` and `for await` nodes of `owner`, outside nested functions. */
export function suspensionNodes(owner: TSESTree.Node): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [];
  containsInBody(owner, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression) nodes.push(node);
    if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) nodes.push(node);
    return false;
  });
  return nodes;
}

const loopTypes = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.ForInStatement,
]);

function ancestorsUpTo(node: TSESTree.Node, owner: TSESTree.Node): TSESTree.Node[] {
  const path: TSESTree.Node[] = [];
  for (let current: TSESTree.Node | undefined = node; current && current !== owner; current = current.parent) path.push(current);
  return path;
}

/**
 * Where `read` runs after `anchor` on a straight path: they sit in two statements of one list,
 * the anchor's first, and no loop around the read suspends (a polling loop reads again later).
 * Returns the anchor's statement, or `undefined`.
 */
export function statementBefore(
  anchor: TSESTree.Node,
  read: TSESTree.Node,
  owner: TSESTree.Node,
  suspensions: readonly number[],
): TSESTree.Node | undefined {
  const anchorPath = ancestorsUpTo(anchor, owner);
  const readPath = ancestorsUpTo(read, owner);
  const onAnchorPath = new Set(anchorPath);
  const lcaIndex = readPath.findIndex((node) => onAnchorPath.has(node));
  const lca = lcaIndex < 0 ? owner : readPath[lcaIndex]!;
  const readChild = readPath[(lcaIndex < 0 ? readPath.length : lcaIndex) - 1];
  const anchorChild = anchorPath[(lcaIndex < 0 ? anchorPath.length : anchorPath.indexOf(lca)) - 1];
  const list: readonly TSESTree.Node[] | undefined = statementsIn(lca);
  if (!list || !readChild || !anchorChild) return undefined;
  const from = list.indexOf(anchorChild);
  const to = list.indexOf(readChild);
  if (from < 0 || to <= from) return undefined;
  const loops = readPath.slice(0, lcaIndex < 0 ? readPath.length : lcaIndex).filter((node) => loopTypes.has(node.type));
  if (loops.some((loop) => suspensions.some((point) => point > loop.range[0] && point <= loop.range[1]))) return undefined;
  return anchorChild;
}
