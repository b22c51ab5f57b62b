import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, memberName } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { isArrayCallbackCall } from '../syntax/calls.js';

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
  writes: TSESTree.MemberExpression[];
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
 * `unread`, also those `owner` does not read itself (a method it calls may).
 */
export function propertySlotsOf(owner: FunctionNode, unread = false): PropertySlot[] {
  if (owner.type === AST_NODE_TYPES.ArrowFunctionExpression || !owner.body) return [];
  const slots = new Map<string, PropertySlot & { direct: boolean }>();
  const visit = (root: TSESTree.Node, nested: boolean): void => {
    walk(root, (node) => {
      if (node !== root && isFunctionNode(node)) {
        // Arrows share `this`; other functions and classes have their own. An arrow an array method
        // runs at once (`ids.filter((id) => this.cache.has(id))`) reads and writes with its owner.
        if (node.type === AST_NODE_TYPES.ArrowFunctionExpression) visit(node.body, nested || !isRunNow(node));
        return 'skip';
      }
      if (node.type === AST_NODE_TYPES.ClassBody) return 'skip';
      if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
      const name = memberName(node);
      if (name === undefined || node.computed) return undefined;
      let slot = slots.get(name);
      if (!slot) slots.set(name, (slot = { name: `this.${name}`, owner, writes: [], reads: [], direct: false }));
      if (isWrite(node)) {
        slot.writes.push(node);
        if (!nested) slot.direct = true;
      } else if (!nested && !isCalledOrDeleted(node)) {
        slot.reads.push(node);
      }
      return undefined;
    });
  };
  visit(owner.body, false);
  return [...slots.values()]
    .filter((slot) => !slot.direct && slot.writes.length > 0 && (unread || slot.reads.length > 0))
    .map(({ name, writes, reads }) => ({ name, owner, writes, reads }));
}

/** True for an arrow handed to an array method (`filter`, `map`, `forEach`…), which runs it before returning. */
function isRunNow(arrow: TSESTree.ArrowFunctionExpression): boolean {
  const call = arrow.parent;
  return call.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(arrow) && isArrayCallbackCall(call);
}

function isCalledOrDeleted(member: TSESTree.MemberExpression): boolean {
  const parent = member.parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === member) return true;
  return parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete';
}
