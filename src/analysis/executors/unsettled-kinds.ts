import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { variableOf } from '../scope/variables.js';
import { classBodyOrFile, enclosingBody, isFunctionNode, memberName, rootOf, skipTypeWrappers } from '../syntax/nodes.js';
import { isInCatchClause } from '../syntax/statements.js';
import { walk } from '../syntax/walk.js';
import { typeOf } from '../types/checker.js';
import type { SettleOwner } from './settlers.js';
import { settleCallsOf } from './callback-outcomes.js';
import { storedIn } from './stored-settlers.js';

/*
 * Reply kinds that settle nothing. A client keeps each caller's `resolve`/`reject` under a request
 * id (`pending.set(id, { resolve, reject })`) and settles the entry when a reply arrives, branching
 * on the reply's kind (`if (reply.status === 'ok') … else if (reply.status === 'failed') …`,
 * `switch (msg.type)`). The kind's declared type lists every kind that can arrive (a union of
 * literals, `'ok' | 'failed' | 'aborted'`). A kind no branch mentions, in a handler with no `else`
 * or `default`, reaches no settle call: when the last reply for a request is of that kind, its
 * caller waits forever (or until some unrelated shutdown rejects everything).
 *
 * Decided per stored waiter entry, over the class around the executor (or the file): every settle
 * call through the entry's keys outside the executor and outside a `catch` that sits in a branch of
 * an `if`/`else if` chain or a `switch` testing one property against literals. A handler that settles
 * outside such a branch (a shutdown looping over every entry) is not a reply handler and decides
 * nothing. The kinds are read from the type of the first test's operand; a kind mentioned in any
 * test of the chains (handled some other way) counts as considered. Only kinds that name an outcome
 * count (`aborted`, `cancelled`, `timeout`, `error`, `done`, `result`, …): an interim reply
 * (`progress`, `log`, `heartbeat`) is not the last one and rightly settles nothing.
 */

/** A reply handler's branches, and the outcome kinds none of them covers. */
export interface UnsettledKinds {
  /** The discriminant read of the first test (`reply.status`). */
  discriminant: TSESTree.Node;
  /** The kinds of its declared type that no branch mentions and that name an outcome. */
  kinds: string[];
  /** The collection the entries are kept in (`this.pending`). */
  collection: string;
  /** The chain's last `if` (to add an `else` to) or the `switch` (to add a `default` to). */
  end: TSESTree.IfStatement | TSESTree.SwitchStatement;
  /** How to reject the entry after the chain (`waiter.reject`), when the entry keeps a `reject` in scope there. */
  reject?: string;
}

/** Words that name the last reply of a request: an outcome, not progress on the way. */
const outcomeWord =
  /^(?:abort|cancel|timeout|timed|expire|error|err|fail|reject|denied|deny|refus|close|end|done|complete|finish|success|succeed|ok|result|response|reply|kill|exit|stop|drop|skip|missing|notfound|invalid|gone|busy|unavailable|conflict)/i;

/** The reply kinds left unsettled by the handlers of `owner`'s stored entry (see above). */
export function unsettledReplyKinds(analysis: Analysis, owner: SettleOwner): UnsettledKinds | undefined {
  const stored = storedIn(analysis, owner);
  if (!stored || stored.keys.length === 0) return undefined;
  const scope = classBodyOrFile(owner.fn);
  const handlers = new Map<FunctionNode, TSESTree.CallExpression[]>();
  walk(
    scope,
    (node) => {
      if (node === owner.fn) return 'skip';
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipTypeWrappers(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || !stored.keys.includes(memberName(callee) ?? '')) return undefined;
      if (isInCatchClause(node)) return undefined;
      const fn = enclosingBody(node);
      if (isFunctionNode(fn)) handlers.set(fn, [...(handlers.get(fn) ?? []), node]);
      return undefined;
    },
    { nested: true },
  );
  const covered = new Set<string>();
  let first: (KindBranch & { call: TSESTree.CallExpression }) | undefined;
  for (const [fn, calls] of handlers) {
    const branches = calls.map((call) => kindBranchOf(call, fn));
    // settles whatever the kind (a shutdown, a timeout): not a reply handler
    if (branches.some((branch) => branch === undefined)) continue;
    for (const [index, branch] of branches.entries()) {
      if (!branch || branch.hasFallback) return undefined;
      if (first && branch.property !== first.property) return undefined;
      first ??= { ...branch, call: calls[index]! };
      for (const value of branch.mentioned) covered.add(value);
    }
  }
  if (!first) return undefined;
  const kinds = literalKinds(analysis, first.discriminant).filter((kind) => !covered.has(kind) && outcomeWord.test(kind));
  if (kinds.length === 0) return undefined;
  const reject = stored.rejectKey === undefined ? undefined : rejectBefore(analysis, first.call, first.end, stored.rejectKey);
  return { discriminant: first.discriminant, kinds, collection: stored.collection, end: first.end, ...(reject && { reject }) };
}

/** A listener of an executor that takes itself off before branching on the message's kind, and the kinds it leaves unsettled (`reject`: the executor's own). */
export type DetachedKinds = Omit<UnsettledKinds, 'collection'>;

/**
 * The same gap in a listener the executor registers itself (`channel.on('message', onMessage)`)
 * that takes itself off (`channel.off('message', onMessage)`) before an `if`/`else if` chain or
 * `switch` on the message's kind, with no `else`/`default`, whose branches hold every settle call of
 * the listener. Once it is off, no later message reaches it: every kind of the discriminant's
 * declared type (as narrowed there: kinds returned on earlier, such as `progress`, are gone) that no
 * branch mentions leaves the promise pending, whatever its name.
 */
export function detachedListenerKinds(analysis: Analysis, owner: SettleOwner): DetachedKinds | undefined {
  if (owner.kind !== 'executor' || owner.fn.type === AST_NODE_TYPES.Program) return undefined;
  const byListener = new Map<FunctionNode, TSESTree.CallExpression[]>();
  for (const call of settleCallsOf(owner)) {
    const fn = enclosingBody(call);
    if (isFunctionNode(fn) && fn !== owner.fn) byListener.set(fn, [...(byListener.get(fn) ?? []), call]);
  }
  for (const [listener, calls] of byListener) {
    const name = listenerName(listener);
    if (!name || listener.body.type !== AST_NODE_TYPES.BlockStatement) continue;
    const branches = calls.map((call) => kindBranchOf(call, listener));
    const [first] = branches;
    if (!first || branches.some((branch) => !branch || branch.hasFallback || branch.end !== first.end)) continue;
    // The removal: a statement of the listener's own body, before the chain.
    const removed = listener.body.body.some((statement) => statement.range[1] <= chainStart(first.end) && removesListener(statement, name));
    if (!removed) continue;
    const covered = new Set(branches.flatMap((branch) => branch!.mentioned));
    const kinds = literalKinds(analysis, first.discriminant).filter((kind) => !covered.has(kind));
    if (kinds.length === 0) continue;
    const reject = owner.settlers.find(({ role }) => role === 'reject')?.variable.name;
    return { discriminant: first.discriminant, kinds, end: first.end, ...(reject && { reject }) };
  }
  return undefined;
}

/** The name a listener function is declared with: `const onMessage = (msg) => …`, `function onMessage(msg) …`. */
function listenerName(fn: FunctionNode): string | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id?.name;
  const declarator = fn.parent;
  return declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
    declarator.init === fn &&
    declarator.id.type === AST_NODE_TYPES.Identifier
    ? declarator.id.name
    : undefined;
}

/** `emitter.off('message', onMessage);` (also `removeListener`, `removeEventListener`) as a statement. */
function removesListener(statement: TSESTree.Statement, name: string): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const call = statement.expression;
  const callee = skipTypeWrappers(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    ['off', 'removeListener', 'removeEventListener'].includes(memberName(callee) ?? '') &&
    call.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && argument.name === name)
  );
}

/** `waiter.reject` for a settle call `waiter.resolve(…)`, when `waiter` is declared before `end` (and so in scope after it). */
function rejectBefore(analysis: Analysis, call: TSESTree.CallExpression, end: TSESTree.Node, key: string): string | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const root = rootOf(callee.object);
  if (root.type === AST_NODE_TYPES.Identifier) {
    const definition = variableOf(analysis, root)?.defs[0];
    if (!definition || definition.name.range[0] >= chainStart(end)) return undefined;
  } else if (root.type !== AST_NODE_TYPES.ThisExpression) {
    return undefined;
  }
  return `${analysis.sourceCode.getText(callee.object)}.${key}`;
}

/** Where the chain `end` closes begins: the first `if` of an `else if` chain, or the `switch`. */
function chainStart(end: TSESTree.Node): number {
  let top = end;
  while (top.parent?.type === AST_NODE_TYPES.IfStatement && top.parent.alternate === top) top = top.parent;
  return top.range[0];
}

interface KindBranch {
  /** The operand of the chain's first test. */
  discriminant: TSESTree.Node;
  property: string;
  /** Every literal the chain tests the property against. */
  mentioned: string[];
  /** The chain ends in an `else` or the `switch` has a `default`. */
  hasFallback: boolean;
  end: TSESTree.IfStatement | TSESTree.SwitchStatement;
}

/** The `if`/`switch` branch on a property's literal kind that the settle call sits in, within `fn`. */
function kindBranchOf(call: TSESTree.Node, fn: FunctionNode): KindBranch | undefined {
  for (let child: TSESTree.Node = call, parent = call.parent; parent && parent !== fn; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.consequent === child && kindTest(parent.test)) {
      let top: TSESTree.IfStatement = parent;
      while (top.parent.type === AST_NODE_TYPES.IfStatement && top.parent.alternate === top) top = top.parent;
      const tests: TSESTree.Expression[] = [];
      let last: TSESTree.Statement = top;
      for (let link: TSESTree.Statement | null = top; link?.type === AST_NODE_TYPES.IfStatement; link = link.alternate) {
        tests.push(link.test);
        last = link;
      }
      const kinds = tests.map(kindTest);
      const firstKind = kinds[0];
      if (!firstKind || kinds.some((kind) => kind !== undefined && kind.property !== firstKind.property)) return undefined;
      return {
        discriminant: firstKind.operand,
        property: firstKind.property,
        mentioned: kinds.flatMap((kind) => kind?.values ?? []),
        hasFallback: (last as TSESTree.IfStatement).alternate !== null,
        end: last as TSESTree.IfStatement,
      };
    }
    if (parent.type === AST_NODE_TYPES.SwitchCase && parent.test !== child) {
      const statement = parent.parent;
      const operand = skipTypeWrappers(statement.discriminant);
      if (operand.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const property = memberName(operand);
      if (property === undefined) return undefined;
      return {
        discriminant: operand,
        property,
        mentioned: statement.cases.flatMap((item) => (item.test?.type === AST_NODE_TYPES.Literal ? [String(item.test.value)] : [])),
        hasFallback: statement.cases.some((item) => item.test === null),
        end: statement,
      };
    }
  }
  return undefined;
}

/** `reply.status === 'ok'`, `'ok' === reply.status`, joined by `||`: the property and the literals it is tested against. */
export function kindTest(test: TSESTree.Node): { operand: TSESTree.MemberExpression; property: string; values: string[] } | undefined {
  const node = skipTypeWrappers(test);
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '||') {
    const left = kindTest(node.left);
    const right = kindTest(node.right);
    if (!left || !right || left.property !== right.property) return undefined;
    return { ...left, values: [...left.values, ...right.values] };
  }
  if (node.type !== AST_NODE_TYPES.BinaryExpression || (node.operator !== '===' && node.operator !== '==')) return undefined;
  const [operand, literal] =
    node.right.type === AST_NODE_TYPES.Literal ? [skipTypeWrappers(node.left), node.right] : [skipTypeWrappers(node.right), node.left];
  if (literal.type !== AST_NODE_TYPES.Literal || operand.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (typeof literal.value !== 'string' && typeof literal.value !== 'number') return undefined;
  const property = memberName(operand);
  return property === undefined ? undefined : { operand, property, values: [String(literal.value)] };
}

/** The string and number literals the declared type of `node` is a union of (none when it is wider). */
export function literalKinds(analysis: Analysis, node: TSESTree.Node): string[] {
  const type = typeOf(analysis, node);
  const parts = type.isUnion() ? type.types : [type];
  const kinds: string[] = [];
  for (const part of parts) {
    if (part.isStringLiteral() || part.isNumberLiteral()) kinds.push(String(part.value));
    else if (!(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))) return [];
  }
  return kinds;
}
