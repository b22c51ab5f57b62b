import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isFunctionNode, isLoop, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { typeOf } from '../types/checker.js';
import { thenableKindOfType } from '../types/thenables.js';
import { cannotReject } from './can-reject.js';
import { takesExistingPromise } from './existing-promises.js';
import { returnsObservedPromise } from './observed-returns.js';
import { waiterRejection } from './quiet-waits.js';

/*
 * Writes to a stored promise's local, and reads of a promise array that reach only some of its
 * promises. A `let` that is given a new promise (`next = iterator.next()`) holds one promise at a
 * time: each write that starts work is where a new promise comes in, and a write of anything else
 * lets the old one go (the code chose to drop it). A read such as `ps[ps.length - 1]` or
 * `ps.slice(0, quorum)` observes one part of an array whose length the code does not fix.
 */

/**
 * True when an initializer starts (or combines) work here: a call, `new`, an array or a choice of
 * them. Reading a promise that already exists (`this.pending`, `other`) makes no new rejection.
 */
export function startsWork(init: TSESTree.Node): boolean {
  const target = skipTypeWrappers(init);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.ThisExpression:
      return false;
    case AST_NODE_TYPES.ConditionalExpression:
      return startsWork(target.consequent) || startsWork(target.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return startsWork(target.left) || startsWork(target.right);
    default:
      return true;
  }
}

/** True when `value` starts a new promise that can reject (the same tests a declaration passes). */
export function startsRejectablePromise(analysis: Analysis, value: TSESTree.Node, checkThenables: boolean): boolean {
  if (!startsWork(value) || isHandlerChain(value)) return false;
  const kind = thenableKindOfType(analysis, typeOf(analysis, value));
  if (kind === false || (kind === 'thenable' && !checkThenables)) return false;
  if (takesExistingPromise(analysis, value) || cannotReject(analysis, value)) return false;
  return waiterRejection(analysis, value) !== 'never' && !returnsObservedPromise(analysis, value);
}

/**
 * `p.catch(report)`, `p.then(use, report)`: the code attached a rejection handler, and chose
 * what it does; the chain rejects only if the handler throws.
 */
function isHandlerChain(value: TSESTree.Node): boolean {
  const call = skipTypeWrappers(value);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const method = call.callee.type === AST_NODE_TYPES.MemberExpression ? memberName(call.callee) : undefined;
  return (method === 'catch' && call.arguments.length > 0) || (method === 'then' && call.arguments.length > 1);
}

/** The writes after the declaration of a local holding one promise at a time. */
export interface PromiseWrites {
  /** `x = start()`: a new promise comes in (and the one held before is replaced). */
  creations: TSESTree.AssignmentExpression[];
  /** `x = undefined`, `x = other`: the promise held before is let go on purpose. */
  releases: TSESTree.Node[];
}

/**
 * Classifies the writes of `variable` (declared in the code path `owner`), or `undefined` when it
 * cannot be followed: a read or write in a nested function (it runs at another time), a compound
 * or destructuring write, a loop variable.
 */
export function promiseWrites(
  analysis: Analysis,
  variable: TSESLint.Scope.Variable,
  owner: TSESTree.Node,
  checkThenables: boolean,
): PromiseWrites | undefined {
  const creations: TSESTree.AssignmentExpression[] = [];
  const releases: TSESTree.Node[] = [];
  for (const reference of variable.references) {
    // A closure that reads the local reads whichever promise it holds when the closure runs.
    if (reference.isRead() && functionBetween(reference.identifier, owner)) return undefined;
    if (reference.init || !reference.isWrite()) continue;
    const identifier = reference.identifier as TSESTree.Node;
    const assignment = identifier.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== identifier || assignment.operator !== '=') {
      return undefined;
    }
    if (functionBetween(assignment, owner)) return undefined;
    if (startsRejectablePromise(analysis, assignment.right, checkThenables)) creations.push(assignment);
    else releases.push(assignment);
  }
  return { creations, releases };
}

/** True when a function stands between `node` and the code path `owner`. */
function functionBetween(node: TSESTree.Node, owner: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== owner; current = current.parent) {
    if (isFunctionNode(current)) return true;
  }
  return false;
}

/**
 * How much of a promise array one read reaches: `'length'` (`ps.length`: none, but it may guard an
 * index loop, whose zero-turn path then holds no promise), `'part'` (one element at a fixed or
 * length-relative index, `ps.at(-1)`, a slice with bounds), or `'all'` (anything else: handing the
 * array on, iterating it, an element at a varying index, as in an index loop).
 */
export function arrayReadReach(read: TSESTree.Node): 'length' | 'part' | 'all' {
  const member = read.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== read) return 'all';
  if (member.computed) return isFixedIndex(member.property, read) ? 'part' : 'all';
  const name = memberName(member);
  if (name === 'length') return 'length';
  const call = member.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return 'all';
  if (name === 'at') return call.arguments.length === 1 && isFixedIndex(call.arguments[0]!, read) ? 'part' : 'all';
  if (name === 'slice') {
    const [start, end] = call.arguments;
    const fromZero = !start || (start.type === AST_NODE_TYPES.Literal && start.value === 0);
    return fromZero && !end ? 'all' : 'part';
  }
  return 'all';
}

/** `0`, `-1`, `ps.length - 1`: an index that does not vary with a loop. */
function isFixedIndex(index: TSESTree.Node, array: TSESTree.Node): boolean {
  const target = skipTypeWrappers(index);
  if (target.type === AST_NODE_TYPES.Literal) return typeof target.value === 'number';
  if (target.type === AST_NODE_TYPES.UnaryExpression) return target.operator === '-' && isFixedIndex(target.argument, array);
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '-') {
    const { left, right } = target;
    return isLengthOf(left, array) && skipTypeWrappers(right).type === AST_NODE_TYPES.Literal;
  }
  return false;
}

/** `ps.length`, with `ps` the same name as `array`. */
function isLengthOf(node: TSESTree.Node, array: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    memberName(node) === 'length' &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    array.type === AST_NODE_TYPES.Identifier &&
    node.object.name === array.name
  );
}

/**
 * True when a write runs only under a test of its own (`if (more) next = fetchPage()`), between it
 * and the enclosing loop or function: later tests of the same condition decide where the promise
 * is read, which the code paths do not follow.
 */
export function isGuardedWrite(write: TSESTree.Node): boolean {
  for (let child = write, parent = write.parent; parent; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent) || isLoop(parent)) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (child !== parent.test) return true;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (child === parent.right) return true;
        break;
      case AST_NODE_TYPES.SwitchCase:
        return true;
      default:
        break;
    }
  }
  return false;
}
