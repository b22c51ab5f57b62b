import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { classBodyOrFile, isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { isInCatchClause } from '../syntax/statements.js';
import type { SettleOwner } from './settlers.js';
import { storedIn, storingMethods } from './stored-settlers.js';

/*
 * Waiters settled by what came back. A batching loader keeps each caller's `resolve`/`reject`
 * under its key (`pending.set(id, [{ resolve, reject }])`), sends one query for all the keys, and
 * settles the waiters from the answer. When the only code that fulfils them walks the rows the
 * query returned and looks each waiter up by a key read off the row
 * (`for (const row of rows) for (const w of batch.get(row.id) ?? []) w.resolve(…)`), a key the
 * answer leaves out (no such row, a short page, a filtered result) is never settled: its caller
 * waits forever. Walking the keys that were asked for (`for (const id of ids)`, with a default for
 * the missing ones) settles every waiter.
 *
 * Decided per executor that stores its settle functions in an entry and uses them nowhere else,
 * over the class around it (or the file): every settle call through an entry's key outside that
 * executor and outside a `catch` (the failure path, which walks the keys) must sit in such a loop
 * over awaited rows, looking its entry up with `.get(…)` of a key that mentions the row. Any other
 * settle call (a loop over the keys, a shutdown that rejects everything left) means the code has
 * another way to reach the missing ones, and nothing is reported.
 */

/** A loop that fulfils stored waiters only for the keys found in what it awaited. */
export interface UnmatchedReplies {
  /** The awaited rows the loop walks (`rows` in `for (const row of rows)`). */
  replies: TSESTree.Node;
  /** The collection the waiters are looked up in (`batch` in `batch.get(row.id)`). */
  collection: TSESTree.Node;
}

/** The reply-driven fulfilment of the waiters `owner` stores, if that is the only way they are settled (see above). */
export function unmatchedReplies(analysis: Analysis, owner: SettleOwner): UnmatchedReplies | undefined {
  if (owner.kind !== 'executor') return undefined;
  const stored = storedIn(analysis, owner);
  if (!stored || stored.keys.length === 0) return undefined;
  if (
    !owner.settlers.every(({ variable }) =>
      variable.references.every((reference) => reference.init || isStoredEntryValue(reference.identifier)),
    )
  )
    return undefined;
  const scope = classBodyOrFile(owner.fn);
  const fulfilKeys = stored.keys.filter((key) => key !== stored.rejectKey);
  let found: UnmatchedReplies | undefined;
  let other = false;
  walk(
    scope,
    (node) => {
      if (node === owner.fn) return 'skip';
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipTypeWrappers(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || !stored.keys.includes(memberName(callee) ?? '')) return undefined;
      if (isInCatchClause(node)) return undefined;
      const driven = replyDriven(analysis, callee.object);
      if (!driven) other = true;
      else if (fulfilKeys.includes(memberName(callee) ?? '')) found ??= driven;
      return undefined;
    },
    { nested: true },
  );
  return other ? undefined : found;
}

/** True when `identifier` is a property value of an entry handed to a storing call (`waiters.push({ resolve, reject })`, `map.set(k, [{ resolve }])`). */
function isStoredEntryValue(identifier: TSESTree.Node): boolean {
  const property = identifier.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== identifier) return false;
  let current: TSESTree.Node = property.parent;
  while (current.parent?.type === AST_NODE_TYPES.ArrayExpression) current = current.parent;
  const call = current.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(current as TSESTree.CallExpressionArgument)) return false;
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && storingMethods.has(memberName(callee) ?? '');
}

/** For a settle call's receiver looked up by a key read off an awaited row: the rows and the collection. */
function replyDriven(analysis: Analysis, receiver: TSESTree.Node): UnmatchedReplies | undefined {
  const lookup = lookupOf(analysis, receiver);
  if (!lookup) return undefined;
  const [key] = lookup.arguments;
  const callee = skipTypeWrappers(lookup.callee);
  if (!key || callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  for (let current = lookup.parent; current && current.parent; current = current.parent) {
    const loop = rowLoop(current);
    if (!loop) continue;
    if (loop.row.some((name) => mentions(key, name)) && isAwaitedData(analysis, loop.rows)) {
      return { replies: loop.rows, collection: callee.object };
    }
  }
  return undefined;
}

/** `batch.get(key)` behind a receiver: the call itself, a `const` holding it, or a `for … of` variable over it (`?? []` allowed). */
function lookupOf(analysis: Analysis, receiver: TSESTree.Node): TSESTree.CallExpression | undefined {
  const target = unwrap(receiver);
  if (isGetCall(target)) return target;
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = variableOf(analysis, target)?.defs[0];
  const declarator = definition?.node;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  const loop = declarator.parent.parent;
  const source = loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === declarator.parent ? loop.right : declarator.init;
  const value = source && unwrap(source);
  return value && isGetCall(value) ? value : undefined;
}

function isGetCall(node: TSESTree.Node): node is TSESTree.CallExpression {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length !== 1) return false;
  const callee = skipTypeWrappers(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'get';
}

/** Strips `!`, casts, optional chains and an empty fallback (`?? []`, `|| []`). */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = skipTypeWrappers(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.ChainExpression) current = skipTypeWrappers(current.expression);
    else if (current.type === AST_NODE_TYPES.LogicalExpression && current.operator !== '&&') current = skipTypeWrappers(current.left);
    else return current;
  }
}

/** A loop over rows: `for (const row of rows)` or `rows.forEach((row) => …)`, with the names the row binds. */
function rowLoop(node: TSESTree.Node): { rows: TSESTree.Node; row: string[] } | undefined {
  if (node.type === AST_NODE_TYPES.ForOfStatement) {
    const left = node.left.type === AST_NODE_TYPES.VariableDeclaration ? node.left.declarations[0]?.id : node.left;
    return left ? { rows: node.right, row: boundNames(left) } : undefined;
  }
  if (isFunctionNode(node) && node.parent?.type === AST_NODE_TYPES.CallExpression && node.parent.arguments[0] === node) {
    const callee = skipTypeWrappers(node.parent.callee);
    const [param] = node.params;
    if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'forEach' && param) {
      return { rows: callee.object, row: boundNames(param) };
    }
  }
  return undefined;
}

function boundNames(pattern: TSESTree.Node): string[] {
  const names: string[] = [];
  walk(pattern, (node) => {
    if (node.type === AST_NODE_TYPES.Identifier) names.push(node.name);
    return undefined;
  });
  return names;
}

function mentions(root: TSESTree.Node, name: string): boolean {
  return walk(root, (node) => (node.type === AST_NODE_TYPES.Identifier && node.name === name ? 'stop' : undefined));
}

/** True when `node` is data the code awaited: `await q()`, `(await q()).rows`, or a local every write of which is one. */
function isAwaitedData(analysis: Analysis, node: TSESTree.Node): boolean {
  let root = skipTypeWrappers(node);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTypeWrappers(root.object);
  if (root.type === AST_NODE_TYPES.AwaitExpression) return true;
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, root);
  if (!variable) return false;
  const values = variable.references.flatMap((reference) => (reference.writeExpr ? [reference.writeExpr] : []));
  return (
    values.length > 0 &&
    variable.defs.every((definition) => definition.type === 'Variable') &&
    values.every((value) => {
      let current = skipTypeWrappers(value);
      while (current.type === AST_NODE_TYPES.MemberExpression) current = skipTypeWrappers(current.object);
      return current.type === AST_NODE_TYPES.AwaitExpression;
    })
  );
}
