import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { enclosingClassBody, enclosingFunction, isFunctionNode, memberName, plainPropertyName, skipTypeWrappers } from '../syntax/nodes.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import type { SettleOwner } from './settlers.js';

/*
 * Settle functions stored in a collection (`this.pending.set(id, { resolve, reject })`): the
 * entry is how a later reply, timeout or shutdown settles the promise. Emptying the collection
 * (`this.pending.clear()`, `this.pending = new Map()`) in a function that does not first go through
 * its entries (a `for … of`, `forEach`, `values()`, `entries()`, a spread) throws away the only
 * way to settle every promise still waiting: they never settle. The collection is matched by its
 * source text within the class (or the file, for a module-level collection).
 */

/** A collection emptied while it holds settle functions nobody called. */
export interface DroppedSettlers {
  /** The `clear()` call or the reassignment. */
  node: TSESTree.CallExpression | TSESTree.AssignmentExpression;
  collection: string;
  /** The key under which the entries keep `reject` (`reject` in `{ resolve, reject }`). */
  rejectKey: string | undefined;
}

/** Methods that keep an entry in a collection. */
export const storingMethods: ReadonlySet<string> = new Set(['set', 'push', 'add', 'unshift']);

/** Where an executor stores its settle functions: the collection's text, the key of `reject`, and the keys of settle functions. */
export function storedIn(
  analysis: Analysis,
  owner: SettleOwner,
):
  | { collection: string; rejectKey: string | undefined; keys: string[]; store: TSESTree.CallExpression; entry: TSESTree.ObjectExpression }
  | undefined {
  for (const { variable, role } of owner.settlers) {
    for (const reference of variable.references) {
      const property = reference.identifier.parent;
      if (property?.type !== AST_NODE_TYPES.Property || property.value !== reference.identifier) continue;
      const object = property.parent;
      const call = object.parent;
      if (object.type !== AST_NODE_TYPES.ObjectExpression || call?.type !== AST_NODE_TYPES.CallExpression) continue;
      const callee = skipTypeWrappers(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || !storingMethods.has(memberName(callee) ?? '')) continue;
      const rejectKey =
        role === 'reject' && property.key.type === AST_NODE_TYPES.Identifier
          ? property.key.name
          : owner.settlers
              .filter((settler) => settler.role === 'reject')
              .flatMap(({ variable: reject }) => reject.references)
              .map(({ identifier }) => identifier.parent)
              .find((parent): parent is TSESTree.Property => parent?.type === AST_NODE_TYPES.Property && parent.parent === object)?.key;
      const key = typeof rejectKey === 'string' ? rejectKey : rejectKey?.type === AST_NODE_TYPES.Identifier ? rejectKey.name : undefined;
      // The keys the stored object keeps settle functions under (`resolve`, `reject` in `{ resolve, reject }`).
      const keys = object.properties.flatMap((item) =>
        item.type === AST_NODE_TYPES.Property &&
        item.key.type === AST_NODE_TYPES.Identifier &&
        settlerName(item.value) !== undefined &&
        owner.settlers.some(({ variable: settler }) => settler.name === settlerName(item.value))
          ? [item.key.name]
          : [],
      );
      return { collection: analysis.sourceCode.getText(callee.object), rejectKey: key, keys, store: call, entry: object };
    }
  }
  return undefined;
}

/** The name a stored value reads (`resolve`, `resolve as (value: unknown) => void`). */
function settlerName(value: TSESTree.Node): string | undefined {
  const target = skipTypeWrappers(value);
  return target.type === AST_NODE_TYPES.Identifier ? target.name : undefined;
}

/** The places that empty the collection an executor stores its settle functions in, without settling its entries. */
export function droppedSettlers(analysis: Analysis, owner: SettleOwner): DroppedSettlers[] {
  if (owner.kind !== 'executor') return [];
  const stored = storedIn(analysis, owner);
  if (!stored) return [];
  const { collection } = stored;
  const scope = collection.startsWith('this.') ? enclosingClassBody(owner.fn) : analysis.sourceCode.ast;
  if (!scope) return [];
  const text = (node: TSESTree.Node): string => analysis.sourceCode.getText(node);
  const found: DroppedSettlers[] = [];
  walk(
    scope,
    (node) => {
      let emptied = false;
      if (node.type === AST_NODE_TYPES.CallExpression && node.arguments.length === 0) {
        const callee = skipTypeWrappers(node.callee);
        emptied = callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'clear' && text(callee.object) === collection;
      }
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=' && text(node.left) === collection) {
        emptied = enclosingFunctionName(node) !== 'constructor';
      }
      if (!emptied) return undefined;
      const fn = enclosingFunction(node);
      if (fn && !visitsEntries(analysis, fn, collection, stored.keys)) {
        found.push({ node: node as DroppedSettlers['node'], collection, rejectKey: stored.rejectKey });
      }
      return undefined;
    },
    { nested: true },
  );
  return found;
}

function enclosingFunctionName(node: TSESTree.Node): string | undefined {
  const fn = enclosingFunction(node);
  const method = fn?.parent;
  return method?.type === AST_NODE_TYPES.MethodDefinition ? memberName(method) : undefined;
}

/**
 * True when `fn` goes through the entries of `collection` (and may settle them) before emptying it,
 * or moves them to a local first (`const batch = this.pending`).
 * With the `keys` the entries keep their settle functions under, a loop (`for … of`, `forEach`) over
 * them counts only when its body reads one of those keys or hands an entry on: a loop that only
 * clears each entry's timer settles nothing.
 */
export function visitsEntries(analysis: Analysis, fn: TSESTree.Node, collection: string, keys: readonly string[] = []): boolean {
  const text = (node: TSESTree.Node): string => analysis.sourceCode.getText(node);
  const settling = (body: TSESTree.Node | undefined, entries: readonly TSESTree.Node[]): 'stop' | 'skip' =>
    keys.length === 0 || !body || settlesEntries(body, entries, keys) ? 'stop' : 'skip';
  return walk(
    fn,
    (node) => {
      if (
        (node.type === AST_NODE_TYPES.ForOfStatement || node.type === AST_NODE_TYPES.ForInStatement) &&
        text(node.right).includes(collection)
      )
        return settling(node.body, [node.left]);
      if (node.type === AST_NODE_TYPES.SpreadElement && text(node.argument).includes(collection)) {
        // `[...this.pending.entries()].map(([id, p]) => ({ id, ageMs: now - p.startedAt }))`: a report, unless the callback settles.
        const callback = projectionCallback(node.parent);
        return callback ? settling(callback.body, callback.params) : 'stop';
      }
      // `const batch = this.pending; this.pending = new Map();`: the entries move to a local, to be settled from there.
      if (node.type === AST_NODE_TYPES.VariableDeclarator && node.init && text(skipTypeWrappers(node.init)) === collection) return 'stop';
      if (node.type === AST_NODE_TYPES.AssignmentExpression && text(skipTypeWrappers(node.right)) === collection) return 'stop';
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const callee = skipTypeWrappers(node.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression && text(callee.object) === collection) {
          const name = memberName(callee) ?? '';
          if (name === 'forEach') {
            const [callback] = node.arguments;
            return isFunctionNode(callback) ? settling(callback.body, callback.params) : 'stop';
          }
          if (['values', 'entries', 'keys'].includes(name)) return 'stop';
        }
        // `Array.from(this.pending)`, `settleAll(this.pending)`: handed on before it is emptied.
        if (node.arguments.some((argument) => text(argument) === collection)) return 'stop';
      }
      return undefined;
    },
    { nested: true },
  );
}

/** The function handed to an array method called on `array` (`[...entries].map(fn)`), if one is. */
function projectionCallback(array: TSESTree.Node | undefined): FunctionNode | undefined {
  if (array?.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const member = array.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== array) return undefined;
  const call = member.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return undefined;
  const [callback] = call.arguments;
  return callback && isFunctionNode(callback) ? callback : undefined;
}

/**
 * True when a loop body over the entries settles them: it reads a settle key (`entry.reject(…)`,
 * `const { reject } = entry`, `for (const { reject } of …)`) or hands an entry bound by the loop to
 * a call (`fail(entry)`).
 */
function settlesEntries(body: TSESTree.Node, bindings: readonly TSESTree.Node[], keys: readonly string[]): boolean {
  const names = new Set<string>();
  for (const binding of bindings) {
    let found = false;
    walk(binding, (node) => {
      if (node.type === AST_NODE_TYPES.Identifier) names.add(node.name);
      if (node.type === AST_NODE_TYPES.Property && keys.includes(plainPropertyName(node) ?? '')) found = true;
      return undefined;
    });
    if (found) return true;
  }
  return walk(
    body,
    (node) => {
      if (node.type === AST_NODE_TYPES.MemberExpression && keys.includes(memberName(node) ?? '')) return 'stop';
      if (
        node.type === AST_NODE_TYPES.Property &&
        node.parent.type === AST_NODE_TYPES.ObjectPattern &&
        keys.includes(plainPropertyName(node) ?? '')
      )
        return 'stop';
      if (
        node.type === AST_NODE_TYPES.CallExpression &&
        node.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && names.has(argument.name))
      )
        return 'stop';
      return undefined;
    },
    { nested: true },
  );
}
