import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { enclosingClassBody, enclosingFunction, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import type { SettleOwner } from './settlers.js';
import { storedIn } from './stored-settlers.js';
import { deferredDeclarators } from './settlers.js';
import { onlyStoredIn } from './stranded-settlers.js';

/*
 * Settled entries left in their collection. An executor that stores its settle functions
 * (`this.pending.set(id, { resolve, reject })`) leaves it to a reply to take its entry out and
 * settle it (`const d = this.pending.get(id); d.resolve(v)`). A function that settles an entry it
 * read with `get(…)` and never removes it (`delete(…)`, `clear()`) leaves a settled entry behind:
 * when a shutdown later goes through every entry and settles it (`for (const d of
 * this.pending.values()) d.reject(…)`), the settled ones are settled again (ignored), and the
 * collection keeps every finished request until then. Reported only when such a loop exists: the
 * second settle is certain. The collection is matched by its source text within the class (or the
 * file, for a module-level collection).
 */

/** An entry settled and left in its collection, and the loop that settles it again. */
export interface KeptSettler {
  /** The `d.resolve(…)` call on the entry read with `get(…)`. */
  node: TSESTree.CallExpression;
  collection: string;
  /** The loop (or `forEach` call) that settles every entry. */
  loop: TSESTree.Node;
}

/** Settles of entries read from an executor's collection, by functions that leave them in it (see the module comment). */
export function keptSettlers(analysis: Analysis, owner: SettleOwner): KeptSettler[] {
  if (owner.kind !== 'executor') return [];
  const stored = storedIn(analysis, owner);
  if (!stored || stored.keys.length === 0) return [];
  const scope = stored.collection.startsWith('this.') ? enclosingClassBody(owner.fn) : analysis.sourceCode.ast;
  return scope ? keptEntries(analysis, scope, stored.collection, stored.keys) : [];
}

/**
 * The same for whole `Promise.withResolvers()` deferreds a class keeps in a collection
 * (`this.awaiting.set(id, deferred)`): a method that settles one read with `get(…)` and leaves it
 * there, while another goes through every entry and settles it.
 */
export function keptDeferreds(analysis: Analysis, body: TSESTree.ClassBody): KeptSettler[] {
  const collections = new Set<string>();
  for (const declarator of deferredDeclarators(analysis, body)) {
    const store = onlyStoredIn(analysis, declarator.id);
    const collection = store && analysis.sourceCode.getText((store.callee as TSESTree.MemberExpression).object);
    if (collection?.startsWith('this.')) collections.add(collection);
  }
  return [...collections].flatMap((collection) => keptEntries(analysis, body, collection, ['resolve', 'reject']));
}

/** Settles, through `keys`, of entries of `collection` read with `get(…)` in `scope` by functions that leave them in it, when a loop there settles every entry. */
function keptEntries(analysis: Analysis, scope: TSESTree.Node, collection: string, keys: readonly string[]): KeptSettler[] {
  const text = (node: TSESTree.Node): string => analysis.sourceCode.getText(node);
  const isCollection = (node: TSESTree.Node): boolean => text(skipTypeWrappers(node as TSESTree.Expression)) === collection;
  /** `x.resolve(…)`: a call of a settle key on an entry. */
  const settleKeyCall = (node: TSESTree.Node): TSESTree.Expression | undefined => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = skipTypeWrappers(node.callee);
    return callee.type === AST_NODE_TYPES.MemberExpression && keys.includes(memberName(callee) ?? '') ? callee.object : undefined;
  };
  let loop: TSESTree.Node | undefined;
  const reads: TSESTree.CallExpression[] = [];
  walk(
    scope,
    (node) => {
      if (!loop && node.type === AST_NODE_TYPES.ForOfStatement && text(node.right).startsWith(collection)) {
        if (walk(node.body, (inner) => (settleKeyCall(inner) ? 'stop' : undefined), { nested: true })) loop = node;
      }
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipTypeWrappers(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || !isCollection(callee.object)) return undefined;
      const method = memberName(callee);
      if (
        !loop &&
        method === 'forEach' &&
        node.arguments[0] &&
        walk(node.arguments[0], (inner) => (settleKeyCall(inner) ? 'stop' : undefined), { nested: true })
      ) {
        loop = node;
      }
      if (method === 'get') reads.push(node);
      return undefined;
    },
    { nested: true },
  );
  if (!loop) return [];
  const found: KeptSettler[] = [];
  const judged = new Set<TSESTree.Node>();
  for (const read of reads) {
    const fn = enclosingFunction(read);
    if (!fn || judged.has(fn) || within(loop, fn) || removesEntries(analysis, fn, collection)) continue;
    judged.add(fn);
    const entry = entryOf(analysis, read);
    let settle: TSESTree.CallExpression | undefined;
    walk(fn, (node) => {
      const object = settleKeyCall(node);
      if (!object) return undefined;
      const target = skipTypeWrappers(object);
      if (target === read || (entry && target.type === AST_NODE_TYPES.Identifier && variableOf(analysis, target) === entry)) {
        settle = node as TSESTree.CallExpression;
        return 'stop';
      }
      return undefined;
    });
    if (settle) found.push({ node: settle, collection, loop });
  }
  return found;
}

/** The variable a `get(…)` result is kept in (`const d = this.pending.get(id)`). */
function entryOf(analysis: Analysis, read: TSESTree.CallExpression) {
  let node: TSESTree.Node = read;
  while (node.parent && (node.parent.type === AST_NODE_TYPES.TSAsExpression || node.parent.type === AST_NODE_TYPES.TSNonNullExpression)) {
    node = node.parent;
  }
  const declarator = node.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  return variableOf(analysis, declarator.id);
}

/** True when `fn` takes entries out of `collection` (`delete(…)`, `clear()`, `shift()`, a reassignment). */
function removesEntries(analysis: Analysis, fn: TSESTree.Node, collection: string): boolean {
  const text = (node: TSESTree.Node): string => analysis.sourceCode.getText(node);
  return walk(
    fn,
    (node) => {
      if (node.type === AST_NODE_TYPES.AssignmentExpression && text(node.left) === collection) return 'stop';
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipTypeWrappers(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || text(callee.object) !== collection) return undefined;
      return ['delete', 'clear', 'shift', 'pop', 'splice'].includes(memberName(callee) ?? '') ? 'stop' : undefined;
    },
    { nested: true },
  );
}

function within(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}
