import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { isListenerRegistration } from '../syntax/calls.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import type { SettleOwner } from './settlers.js';

/*
 * Waiting for an event that has no source. A resolve-only executor that waits for an event of one
 * value (`signal.addEventListener('abort', () => resolve())`) and returns at once when that value
 * is absent (`if (!signal) return;`) makes a promise that never settles without it: "resolves once
 * the signal aborts; never without one". That is the contract, not a forgotten outcome: the other
 * paths wait for an event that may never come either, and there is no failure to report (no
 * `reject`). With a `reject` in hand, or when some settle does not depend on that value, leaving
 * on its absence stays a path that forgets to settle. The same contract is written as an optional
 * chain (`signal?.addEventListener('abort', () => resolve())`): the chain skipping the hand-off is
 * the value's absence.
 */

/**
 * True when `exit` is `return` in `if (!x) return;` (or `x == null`, `x === undefined`) at the top
 * of a resolve-only executor, and every statement of the executor that settles or hands `resolve`
 * on mentions `x`.
 */
export function isAbsentSourceExit(analysis: Analysis, owner: SettleOwner, exit: TSESTree.ReturnStatement | undefined): boolean {
  if (!exit || owner.kind !== 'executor' || owner.fn.type === AST_NODE_TYPES.Program) return false;
  const executor = owner.fn;
  const body = executor.body;
  if (executor.params.length !== 1 || body.type !== AST_NODE_TYPES.BlockStatement) return false;
  const guard = exit.parent.type === AST_NODE_TYPES.BlockStatement && exit.parent.body.length === 1 ? exit.parent.parent : exit.parent;
  if (guard?.type !== AST_NODE_TYPES.IfStatement || guard.parent !== body || guard.alternate) return false;
  const absent = absenceTested(guard.test);
  const variable = absent && variableOf(analysis, absent);
  return (
    !!variable &&
    settlesOnlyWith(
      analysis,
      owner,
      body.body.filter((statement) => statement !== guard),
      variable,
    )
  );
}

/** True when every statement of `statements` that settles or hands `owner`'s settle functions on mentions `variable`, and there is one. */
function settlesOnlyWith(
  analysis: Analysis,
  owner: SettleOwner,
  statements: readonly TSESTree.Node[],
  variable: TSESLint.Scope.Variable,
): boolean {
  const mentionsSource = (node: TSESTree.Node): boolean =>
    walk(node, (child) => (child.type === AST_NODE_TYPES.Identifier && variableOf(analysis, child) === variable ? 'stop' : undefined), {
      nested: true,
    }) === true;
  const settling = owner.settlers.flatMap(({ variable: settler }) => settler.references.filter((reference) => !reference.init));
  return (
    settling.length > 0 &&
    settling.every((reference) => {
      const statement = statements.find(
        (candidate) => candidate.range[0] <= reference.identifier.range[0] && reference.identifier.range[1] <= candidate.range[1],
      );
      return statement !== undefined && mentionsSource(statement);
    })
  );
}

/** The identifier `x` of `!x`, `x == null`, `x === undefined`, `x === null`. */
function absenceTested(test: TSESTree.Expression): TSESTree.Identifier | undefined {
  const target = skipTypeWrappers(test);
  if (target.type === AST_NODE_TYPES.UnaryExpression && target.operator === '!') {
    const operand = skipTypeWrappers(target.argument);
    return operand.type === AST_NODE_TYPES.Identifier ? operand : undefined;
  }
  if (target.type !== AST_NODE_TYPES.BinaryExpression || !['==', '==='].includes(target.operator)) return undefined;
  const isNullish = (node: TSESTree.Node): boolean =>
    (node.type === AST_NODE_TYPES.Literal && node.value === null) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');
  const [left, right] = [skipTypeWrappers(target.left as TSESTree.Expression), skipTypeWrappers(target.right)];
  if (isNullish(right) && left.type === AST_NODE_TYPES.Identifier) return left;
  if (isNullish(left) && right.type === AST_NODE_TYPES.Identifier) return right;
  return undefined;
}

/**
 * True when `start` (the value an optional chain tests, `signal` in `signal?.addEventListener(…)`)
 * names a local or a property path of one that the chain registers a listener on, the executor is resolve-only, and every statement of it
 * that settles or hands `resolve` on mentions that local: the chain skipping the hand-off is the
 * absent-source contract above.
 */
export function isAbsentSourceChain(
  analysis: Analysis,
  owner: SettleOwner,
  chain: TSESTree.ChainExpression,
  start: TSESTree.Node,
): boolean {
  if (owner.kind !== 'executor' || !isFunctionNode(owner.fn) || owner.fn.params.length !== 1) return false;
  // Only a listener registered on the value (`signal?.addEventListener('abort', …)`, `emitter?.once(…)`): waiting for its event.
  const call = chain.expression;
  const callee = call.type === AST_NODE_TYPES.CallExpression ? skipTypeWrappers(call.callee) : undefined;
  if (callee?.type !== AST_NODE_TYPES.MemberExpression || !isListenerRegistration(memberName(callee) ?? '')) return false;
  let root: TSESTree.Node = start;
  while (root.type === AST_NODE_TYPES.MemberExpression && !root.computed) root = root.object;
  const variable = root.type === AST_NODE_TYPES.Identifier ? variableOf(analysis, root) : null;
  if (!variable) return false;
  const body = owner.fn.body;
  return settlesOnlyWith(analysis, owner, body.type === AST_NODE_TYPES.BlockStatement ? body.body : [body], variable);
}
