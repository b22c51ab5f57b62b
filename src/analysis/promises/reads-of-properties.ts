import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, isNullOrUndefined, memberName } from '../syntax/nodes.js';
import { siblingMethods, thisCallName, walkSharedThis } from './reads-through-methods.js';

/*
 * Properties of `this` written in callbacks: inside a method or constructor, `this.value` is one
 * slot for the method and every arrow function in it (they share `this`). A method that writes
 * `this.value` only inside callbacks and reads it itself is in the same position as a local
 * written in a callback: its own read sees the value from before.
 */

/** A property of `this` in one method: its writes (anywhere in the method's arrows) and the method's own reads. */
export interface PropertySlot {
  name: string;
  owner: FunctionNode;
  /** Where the slot is written: assignments, and calls or hand-overs of a method that assigns it. */
  writes: TSESTree.Node[];
  reads: TSESTree.MemberExpression[];
}

/** True when `member` is written: assigned (`=`, `+=`…) or updated (`++`). */
function isWrite(member: TSESTree.MemberExpression): boolean {
  const parent = member.parent;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression) return parent.left === member;
  return parent.type === AST_NODE_TYPES.UpdateExpression;
}

/**
 * The `this.<name>` slots of a non-arrow function `owner` that are written only inside nested
 * arrow functions and read directly in `owner` (not called as methods, not deleted); with
 * `unread`, also those `owner` does not read itself (a method it calls may). A method of the same
 * class that assigns `this.<name>` in its own body writes the slot where it is called
 * (`load().then((u) => this.setUser(u))`: in the callback) or where it is handed over to run later
 * (`load().then(this.setUser)`); called directly in `owner`, it writes now. A method that is not
 * `async` and writes a property only in callbacks of its own (`refreshLoad()` with a `.then`
 * writing `this.lastLoadKg`) writes it later when called directly: those writes join the slot,
 * started by the call (`writeStartedBy`).
 */
export function propertySlotsOf(owner: FunctionNode, unread = false): PropertySlot[] {
  if (owner.type === AST_NODE_TYPES.ArrowFunctionExpression || !owner.body) return [];
  const slots = new Map<string, PropertySlot & { direct: boolean }>();
  const methods = siblingMethods(owner);
  const slotFor = (name: string): PropertySlot & { direct: boolean } => {
    let slot = slots.get(name);
    if (!slot) slots.set(name, (slot = { name: `this.${name}`, owner, writes: [], reads: [], direct: false }));
    return slot;
  };
  // Arrows share `this`; an arrow an array method runs at once (`ids.filter((id) => this.cache.has(id))`)
  // reads and writes with its owner.
  walkSharedThis(owner.body, (node, nested) => {
    const called = thisCallName(node);
    const method = called === undefined ? undefined : methods?.get(called);
    if (method && method !== owner) {
      for (const name of propertiesWrittenBy(method)) {
        const slot = slotFor(name);
        if (nested) slot.writes.push(node);
        else slot.direct = true;
      }
      // `this.refreshLoad();` called now, which writes `this.lastLoadKg` only in a callback of its own.
      if (!nested)
        for (const [name, writes] of laterWritesOf(method)) {
          const slot = slotFor(name);
          for (const write of writes) {
            slot.writes.push(write);
            const started = startedBy.get(owner) ?? new Map<TSESTree.Node, TSESTree.CallExpression>();
            started.set(write, node as TSESTree.CallExpression);
            startedBy.set(owner, started);
          }
        }
    }
    if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
    const name = memberName(node);
    if (name === undefined || node.computed) return undefined;
    const handed = handedMethod(node, methods);
    if (handed && handed !== owner) for (const written of propertiesWrittenBy(handed)) slotFor(written).writes.push(node);
    const slot = slotFor(name);
    if (isWrite(node)) {
      // `this.stretch = undefined;` as a statement of the method itself, before the request whose
      // callback fills it: a reset, after which the method's reads see the empty value.
      if (nested) slot.writes.push(node);
      else if (!isReset(node, owner) || slot.writes.length > 0) slot.direct = true;
    } else if (!nested && !isCalledOrDeleted(node)) {
      slot.reads.push(node);
    }
    return undefined;
  });
  return [...slots.values()]
    .filter((slot) => !slot.direct && slot.writes.length > 0 && (unread || slot.reads.length > 0))
    .map(({ name, writes, reads }) => ({ name, owner, writes, reads }));
}

/** `this.x = undefined;` / `= null;` as a statement of `owner`'s own body: it empties the slot. */
function isReset(member: TSESTree.MemberExpression, owner: FunctionNode): boolean {
  const assignment = member.parent;
  return (
    assignment.type === AST_NODE_TYPES.AssignmentExpression &&
    assignment.operator === '=' &&
    isNullOrUndefined(assignment.right) &&
    assignment.parent.type === AST_NODE_TYPES.ExpressionStatement &&
    assignment.parent.parent === owner.body
  );
}

/** Writes in another method that a call of it in the owner starts (see `laterWritesOf`), by the write. */
const startedBy = new WeakMap<FunctionNode, Map<TSESTree.Node, TSESTree.CallExpression>>();

/** The call in `owner` (`this.refreshLoad()`) that starts a write found in another method, if `write` is one. */
export function writeStartedBy(write: TSESTree.Node, owner: TSESTree.Node): TSESTree.CallExpression | undefined {
  return isFunctionNode(owner) ? startedBy.get(owner)?.get(write) : undefined;
}

/**
 * The `this.<name>` properties a method that is not `async` writes only inside arrow functions
 * that do not run at once (`loadCells.read(n).then((kg) => { this.lastLoadKg = kg; })`), with
 * those writes: calling it starts work that writes them later. A property it also writes directly
 * is not one of them.
 */
function laterWritesOf(method: FunctionNode): Map<string, TSESTree.Node[]> {
  const later = new Map<string, TSESTree.Node[]>();
  const now = new Set<string>();
  if (method.async || method.generator) return later;
  walkSharedThis(method.body, (node, nested) => {
    if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression || node.computed)
      return undefined;
    const name = memberName(node);
    if (name === undefined || !isWrite(node)) return undefined;
    if (!nested) now.add(name);
    else later.set(name, [...(later.get(name) ?? []), node]);
    return undefined;
  });
  for (const name of now) later.delete(name);
  return later;
}

/** The method of the class `member` (`this.setUser`) names when it is handed to a call as an argument, to run later. */
export function handedMethod(member: TSESTree.MemberExpression, methods = methodsAround(member)): FunctionNode | undefined {
  const call = member.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(member) || member.computed) return undefined;
  if (member.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  const name = memberName(member);
  return name === undefined ? undefined : methods?.get(name);
}

/** The sibling methods of the method or constructor whose `this` `node` uses (through arrows). */
function methodsAround(node: TSESTree.Node): Map<string, FunctionNode> | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && (!isFunctionNode(current) || current.type === AST_NODE_TYPES.ArrowFunctionExpression)) current = current.parent;
  return current && isFunctionNode(current) ? siblingMethods(current) : undefined;
}

/**
 * The `this.<name>` properties a method always assigns: by a statement of its own body, not under
 * a condition or in a loop (`setUser(u) { this.user = u; }`, `apply = (t) => { this.theme = t; }`).
 * A method that assigns a property only on some path (a reset deep in a retry branch) is not a
 * setter of it.
 */
function propertiesWrittenBy(method: FunctionNode): Set<string> {
  const names = new Set<string>();
  if (method.async || method.generator) return names;
  const statements = method.body.type === AST_NODE_TYPES.BlockStatement ? method.body.body : [method.body];
  for (const statement of statements) {
    let target: TSESTree.Node = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : statement;
    while (target.type === AST_NODE_TYPES.AssignmentExpression && target.operator === '=') {
      const left = target.left;
      if (left.type === AST_NODE_TYPES.MemberExpression && left.object.type === AST_NODE_TYPES.ThisExpression && !left.computed) {
        const name = memberName(left);
        if (name !== undefined) names.add(name);
      }
      target = target.right;
    }
  }
  return names;
}

function isCalledOrDeleted(member: TSESTree.MemberExpression): boolean {
  const parent = member.parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === member) return true;
  return parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete';
}

/**
 * Properties of a `const` made from an object literal in the function (`const manifest = { header:
 * null, records: [] }`), one slot per property, written (`manifest.header ??= parse(line)`) and
 * read (`manifest.header?.count`, or taken apart: `const { header } = manifest`) through the
 * local. The object must stay in sight: every use of the local reads or writes a named property
 * or takes it apart; handed to a call, returned or stored elsewhere, anything may write it.
 */
export function objectLiteralSlotsOf(
  variable: TSESLint.Scope.Variable,
): { name: string; writes: TSESTree.Node[]; reads: TSESTree.Node[] }[] {
  const [definition] = variable.defs;
  if (variable.defs.length !== 1 || definition?.type !== 'Variable') return [];
  const declarator = definition.node;
  if (definition.parent.kind !== 'const' || declarator.init?.type !== AST_NODE_TYPES.ObjectExpression) return [];
  const slots = new Map<string, { writes: TSESTree.Node[]; reads: TSESTree.Node[] }>();
  const slotFor = (name: string): { writes: TSESTree.Node[]; reads: TSESTree.Node[] } => {
    let slot = slots.get(name);
    if (!slot) slots.set(name, (slot = { writes: [], reads: [] }));
    return slot;
  };
  for (const reference of variable.references) {
    if (reference.init) continue;
    const identifier = reference.identifier as TSESTree.Identifier;
    const parent = identifier.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier && !parent.computed) {
      const name = memberName(parent);
      if (name === undefined) return [];
      if (isWrite(parent)) slotFor(name).writes.push(parent);
      else if (!isCalledOrDeleted(parent)) slotFor(name).reads.push(parent);
      else return [];
      continue;
    }
    // `const { header, records } = manifest;`: a read of each property named.
    if (
      parent?.type === AST_NODE_TYPES.VariableDeclarator &&
      parent.init === identifier &&
      parent.id.type === AST_NODE_TYPES.ObjectPattern
    ) {
      for (const property of parent.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed) return [];
        const name = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : undefined;
        if (name === undefined) return [];
        slotFor(name).reads.push(identifier);
      }
      continue;
    }
    return [];
  }
  return [...slots]
    .filter(([, slot]) => slot.writes.length > 0 && slot.reads.length > 0)
    .map(([name, slot]) => ({ name: `${variable.name}.${name}`, ...slot }));
}
