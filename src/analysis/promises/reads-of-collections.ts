import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import { declaratorOf } from '../scope/initializers.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { runsNow } from './reads-through-methods.js';

/*
 * Collections filled later. A local created empty (`new Map()`, `new Set()`, `[]`) and only ever
 * filled inside callbacks (`rl.on('line', (l) => aliases.set(…))`) has contents that arrive later,
 * as an assigned local's value does: reading its contents (`aliases.size`, `for (… of aliases)`,
 * `[...seen]`, `rows.length`) right after the registration sees it empty. Only contents count as
 * reads: handing the collection itself on (`return { aliases }`, `cache.set(k, rows)`) passes a
 * reference that will fill up. A collection reassigned, or filled anywhere outside a callback
 * (`rows.push(first)` in the same function), is not tracked.
 */

/** Methods that add to a collection. */
export const fillers = new Set(['set', 'add', 'push', 'unshift', 'splice']);
/** Methods that empty it: neither a fill nor a read of its contents. */
const emptiers = new Set(['clear', 'delete']);
/** Constructors of collections created empty by `new X()`. */
const collections = new Set(['Map', 'Set', 'Array']);

/** The fills and the content reads of a local created as an empty collection, or `undefined`. */
export function collectionSlotOf(variable: TSESLint.Scope.Variable): { writes: TSESTree.Node[]; reads: TSESTree.Node[] } | undefined {
  const declarator = declaratorOf(variable);
  const init = declarator?.init && skipTypeWrappers(declarator.init);
  if (variable.defs.length !== 1 || !init || declarator.id.type !== AST_NODE_TYPES.Identifier || !isEmptyCollection(init)) return undefined;
  const writes: TSESTree.Node[] = [];
  const reads: TSESTree.Node[] = [];
  for (const reference of variable.references) {
    if (reference.init) continue;
    if (reference.isWrite()) return undefined; // reassigned: its value, not its contents, is what changes
    const use = useOf(reference.identifier, reference.from);
    if (use === 'fill') writes.push(reference.identifier);
    // A read in an arrow an array method runs at once (`declared.filter((d) => counted.get(d.grade) …)`) is the declaring function's.
    else if (use === 'read' && runsInScopeOf(reference.from.variableScope.block, variable.scope.variableScope.block))
      reads.push(reference.identifier);
  }
  return writes.length > 0 ? { writes, reads } : undefined;
}

/**
 * True when `block` is `owner`, or a function nested in it that runs at once (`immediate`: array
 * callbacks, IIFEs), at every level.
 */
export function runsInScopeOf(block: TSESTree.Node, owner: TSESTree.Node, immediate: (fn: FunctionNode) => boolean = runsNow): boolean {
  let current: TSESTree.Node | undefined = block;
  while (current && current !== owner) {
    if (!isFunctionNode(current) || !immediate(current)) return false;
    current = current.parent;
    while (current && current !== owner && !isFunctionNode(current)) current = current.parent;
  }
  return current === owner;
}

/** `[]`, `{}` (a record), `new Map()`, `new Set()`, `new Array()`: a collection created empty. */
export function isEmptyCollection(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.ArrayExpression) return node.elements.length === 0;
  // `{}` used as a record (`versions[tool] = v`)
  if (node.type === AST_NODE_TYPES.ObjectExpression) return node.properties.length === 0;
  return (
    node.type === AST_NODE_TYPES.NewExpression &&
    node.arguments.length === 0 &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    collections.has(node.callee.name)
  );
}

/**
 * What a reference does with the collection: fills it, reads its contents, or something else (hands
 * it on, empties it). Handed to a plain function of the file that reads that parameter's contents
 * right away (`return rankTeams(config.teams, games)` with `function rankTeams(teams, games) {
 * for (const game of games) … }`) is a read too: the function runs now, on what is there now.
 */
function useOf(identifier: TSESTree.Node, scope?: TSESLint.Scope.Scope): 'fill' | 'read' | 'other' {
  const parent = identifier.parent;
  if (scope && parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== identifier) {
    const index = parent.arguments.indexOf(identifier as TSESTree.CallExpressionArgument);
    return index >= 0 && (readsParameterNow(parent, index, scope) || isAwaitedBatch(parent)) ? 'read' : 'other';
  }
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
    const name = memberName(parent);
    const called = parent.parent?.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent;
    if (called && name !== undefined && fillers.has(name)) return 'fill';
    if (called && name !== undefined && emptiers.has(name)) return 'other';
    // `rows[i] = row` and a record's `found.bwa = v` fill; `rows[i]`, `map.size`, `map.get(k)`, `list.length` read.
    if (parent.parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.parent.left === parent) return 'fill';
    return 'read';
  }
  if (parent?.type === AST_NODE_TYPES.ForOfStatement && parent.right === identifier) return 'read';
  if (parent?.type === AST_NODE_TYPES.SpreadElement) return 'read';
  return 'other';
}

/**
 * `await orderRepo.insertMany(orders)`, `return publish(batch)` in an async function: a call
 * awaited where it is made, given the collection and no function, works on the batch it was
 * handed (an insert, a send), not on a buffer it watches fill up.
 */
function isAwaitedBatch(call: TSESTree.CallExpression): boolean {
  if (call.arguments.some((argument) => isFunctionNode(argument))) return false;
  let outer: TSESTree.Node = call;
  while (outer.parent && (outer.parent.type === AST_NODE_TYPES.TSAsExpression || outer.parent.type === AST_NODE_TYPES.TSNonNullExpression))
    outer = outer.parent;
  const use = outer.parent;
  if (use?.type === AST_NODE_TYPES.AwaitExpression) return true;
  if (use?.type !== AST_NODE_TYPES.ReturnStatement) return false;
  let fn: TSESTree.Node | undefined = use.parent;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  return fn !== undefined && isFunctionNode(fn) && fn.async;
}

/**
 * The same for a collection a method keeps on `this`: the method itself empties it
 * (`this.versions = {}`, `this.seen = new Set()`), only callbacks it starts fill it
 * (`this.versions[name] = v` in an `execFile` callback; arrows share `this`), and the method then
 * reads its contents (`{ ...this.versions }`, `this.seen.size`). Without the reset in the method,
 * the collection may hold what earlier calls put there, and is not tracked.
 */
export function propertyCollectionSlotsOf(owner: FunctionNode): { name: string; writes: TSESTree.Node[]; reads: TSESTree.Node[] }[] {
  if (owner.type === AST_NODE_TYPES.ArrowFunctionExpression || owner.body?.type !== AST_NODE_TYPES.BlockStatement) return [];
  const slots = new Map<string, { resets: TSESTree.Node[]; writes: TSESTree.Node[]; reads: TSESTree.Node[]; broken: boolean }>();
  const visit = (root: TSESTree.Node, nested: boolean): void => {
    walk(root, (node) => {
      if (node !== root && isFunctionNode(node)) {
        if (node.type === AST_NODE_TYPES.ArrowFunctionExpression) visit(node.body, true);
        return 'skip';
      }
      if (node.type === AST_NODE_TYPES.ClassBody) return 'skip';
      if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression || node.computed)
        return undefined;
      const name = memberName(node);
      if (name === undefined) return undefined;
      let slot = slots.get(name);
      if (!slot) slots.set(name, (slot = { resets: [], writes: [], reads: [], broken: false }));
      const parent = node.parent;
      if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) {
        if (!nested && parent.operator === '=' && isEmptyCollection(skipTypeWrappers(parent.right))) slot.resets.push(node);
        else slot.broken = true;
        return undefined;
      }
      if (
        parent.type === AST_NODE_TYPES.UpdateExpression ||
        (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete')
      ) {
        slot.broken = true;
        return undefined;
      }
      const use = useOf(node);
      if (use === 'fill') {
        if (nested) slot.writes.push(node);
        else slot.broken = true;
      } else if (use === 'read' && !nested) {
        slot.reads.push(node);
      }
      return undefined;
    });
  };
  visit(owner.body, false);
  return [...slots]
    .filter(([, slot]) => !slot.broken && slot.resets.length === 1 && slot.writes.length > 0)
    .map(([name, slot]) => ({
      name: `this.${name}`,
      writes: slot.writes,
      reads: slot.reads.filter((read) => read.range[0] > slot.resets[0]!.range[1]),
    }))
    .filter((slot) => slot.reads.length > 0);
}

/**
 * True when `call` calls a plain (not async, not generator) function declared in this file whose
 * parameter `index` is a name whose contents its body reads outside nested functions.
 */
function readsParameterNow(call: TSESTree.CallExpression, index: number, scope: TSESLint.Scope.Scope): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(scope, callee);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  let fn: TSESTree.Node | null | undefined;
  if (definition?.type === 'FunctionName') fn = definition.node;
  else if (definition?.type === 'Variable' && definition.parent.kind === 'const')
    fn = definition.node.init && skipTypeWrappers(definition.node.init);
  if (!isFunctionNode(fn) || fn.async || fn.generator) return false;
  const param = fn.params[index];
  if (param?.type !== AST_NODE_TYPES.Identifier) return false;
  const name = param.name;
  let reads = false;
  walk(fn.body, (node) => {
    if (isFunctionNode(node)) return 'skip';
    if (node.type === AST_NODE_TYPES.Identifier && node.name === name && node.parent !== param && useOf(node) === 'read') {
      reads = true;
      return 'stop';
    }
    return undefined;
  });
  return reads;
}
