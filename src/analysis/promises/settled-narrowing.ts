import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { containsInBody } from '../syntax/walk.js';
import { typeOf } from '../types/checker.js';
import { isAnyOrUnknown } from '../types/members.js';
import { settledShapeOf } from '../types/thenables.js';
import type { Assertion, SettledUsage } from './settled-results.js';
import { elementCallbacks, followVariable, isDestructured, isElementNarrowed, newWalk } from './settled-results.js';

type Variable = TSESLint.Scope.Variable;

/** True when `assertion` (whose operand is settled-shaped, or which a root claimed) follows a check of what it asserts. */
export function isNarrowed(analysis: Analysis, assertion: Assertion, rootUsage: SettledUsage | undefined): boolean {
  const operand = skipTypeWrappers(assertion);
  const type = typeOf(analysis, operand);
  const shape = settledShapeOf(analysis, type);
  // After a whole-array check that throws or returns (`if (rs.some(isRejected)) throw …`, the
  // shape our own suggestion writes; `for (r of rs) if (rejected) return null;`), every element
  // is known to be fulfilled.
  // A destructured element is not covered by such a check: the check may be on its sibling.
  if (shape === 'result') {
    return (
      isElementNarrowed(analysis, operand) ||
      (rootUsage?.checked === true && !isDestructured(analysis, operand) && exitsBefore(assertion, checkStart(rootUsage)))
    );
  }
  // Already narrowed by its type (a `filter` with a type guard, say), unless the type is `any` or `unknown`.
  if (!shape && !isAnyOrUnknown(type)) return true;
  if (rootUsage) return rootUsage.checked;
  const base = baseIdentifier(operand);
  const walk = newWalk(analysis);
  if (base) followVariable(walk, variableOf(analysis, base));
  return walk.usage.checked;
}

/** True for the `as`, `<T>`, `!` and `satisfies` wrappers of an assertion chain. */
export function isTypeWrapper(node: TSESTree.Node): node is Assertion | TSESTree.TSNonNullExpression | TSESTree.TSSatisfiesExpression {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression
  );
}

/** True for the `const` of `x as const`. */
export function isConstAssertion(target: TSESTree.TypeNode): boolean {
  return (
    target.type === AST_NODE_TYPES.TSTypeReference && target.typeName.type === AST_NODE_TYPES.Identifier && target.typeName.name === 'const'
  );
}

/** The key of a destructuring property when it is a plain name or string. */
export function propertyKey(property: TSESTree.Property): string | undefined {
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string' ? property.key.value : undefined;
}

/** The local a member chain such as `results[0]` starts from. */
export function baseIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current = skipTypeWrappers(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = skipTypeWrappers(current.object);
  return current.type === AST_NODE_TYPES.Identifier ? current : undefined;
}

export function isAssignedTo(node: TSESTree.Node): boolean {
  return node.parent?.type === AST_NODE_TYPES.AssignmentExpression && node.parent.left === node;
}

/** True for `const`s and parameters that are never assigned: closures keep their narrowing. */
export function isNeverReassigned(variable: Variable | null): boolean {
  return variable !== null && variable.references.every((reference) => !reference.isWrite() || reference.init === true);
}

/** What a variable bound to one element iterates or destructures: `xs` in `for (const x of xs)`, `xs.map((x) => …)`, `const [x] = xs`. */
export function elementSourceOf(variable: Variable): TSESTree.Node | undefined {
  const definition = variable.defs[0];
  if (!definition) return undefined;
  const { node, name } = definition;
  if (node.type === AST_NODE_TYPES.VariableDeclarator) {
    const loop = node.parent.parent;
    if (loop.type === AST_NODE_TYPES.ForOfStatement && loop.left === node.parent) return loop.right;
    if (!node.init) return undefined;
    if (node.id === name) return node.init;
    return node.id.type === AST_NODE_TYPES.ArrayPattern && name.parent === node.id ? node.init : undefined;
  }
  if (!isFunctionNode(node) || node.type === AST_NODE_TYPES.FunctionDeclaration) return undefined;
  const call = node.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== node || call.callee.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const method = memberName(call.callee);
  const index = method === undefined ? undefined : elementCallbacks[method];
  return index !== undefined && node.params[index] === name ? call.callee.object : undefined;
}

/** The expression whose `status` (or `in`) this read of a local checks: `results[0]` in `results[0]?.status`. */
export function checkedSubject(id: TSESTree.Identifier): TSESTree.Node | undefined {
  let node: TSESTree.Node = id;
  for (;;) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (!parent) return undefined;
    if (parent.type === AST_NODE_TYPES.ChainExpression || parent.type === AST_NODE_TYPES.TSNonNullExpression) {
      node = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.BinaryExpression) return parent.operator === 'in' && parent.right === node ? node : undefined;
    if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) return undefined;
    if (memberName(parent) === 'status') return node;
    node = parent;
  }
}

/** True when two expressions name the same place (`results[0]` and `results?.[0]!`). */
export function isSameReference(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = skipTypeWrappers(a);
  const right = skipTypeWrappers(b);
  if (left.type === AST_NODE_TYPES.Identifier) return right.type === AST_NODE_TYPES.Identifier && left.name === right.name;
  if (left.type === AST_NODE_TYPES.ThisExpression) return right.type === AST_NODE_TYPES.ThisExpression;
  if (left.type === AST_NODE_TYPES.Literal) return right.type === AST_NODE_TYPES.Literal && left.value === right.value;
  if (left.type !== AST_NODE_TYPES.MemberExpression || right.type !== AST_NODE_TYPES.MemberExpression) return false;
  return left.computed === right.computed && isSameReference(left.property, right.property) && isSameReference(left.object, right.object);
}

/**
 * Where the results' first status check starts: an exit before it (a guard about something else,
 * `if (!plan.ready) throw …`) says nothing about the results; `-1` when no status read was met.
 */
function checkStart(usage: SettledUsage): number {
  const starts = usage.statusReads.map((read) => read.range[0]);
  return starts.length === 0 ? -1 : Math.min(...starts);
}

/** True when a `throw` or an early `return` comes before `node`, and after `after`, in one of the functions around it (or the module). */
function exitsBefore(node: TSESTree.Node, after = -1): boolean {
  for (let body: TSESTree.Node | undefined = node; body; body = body.parent) {
    if (!isFunctionNode(body) && body.type !== AST_NODE_TYPES.Program) continue;
    const found = containsInBody(
      body,
      (child) =>
        (child.type === AST_NODE_TYPES.ThrowStatement || child.type === AST_NODE_TYPES.ReturnStatement) &&
        child.range[1] <= node.range[0] &&
        child.range[0] > after &&
        !isPartialThresholdExit(child),
    );
    if (found) return true;
  }
  return false;
}

const relational = new Set(['<', '<=', '>', '>=']);

/**
 * True for an exit taken only past a threshold that lets some failures through:
 * `if (failed > ids.length / 2) throw …`, `if (ok.length < Math.ceil(n * 0.8)) return`, `if (errors >= 3) throw`.
 * Past it the results may still hold rejected ones, so the exit narrows nothing. A comparison
 * with zero, one or a whole count (`failed > 0`, `ok.length < results.length`) exits on any failure;
 * an equality (`failed === ids.length`, `ok.length === 0`) on one count only.
 */
function isPartialThresholdExit(exit: TSESTree.Node): boolean {
  let child: TSESTree.Node = exit;
  for (let current = exit.parent; current && !isFunctionNode(current); child = current, current = current.parent) {
    if (current.type !== AST_NODE_TYPES.IfStatement || current.test === child) continue;
    const test = current.test;
    // `if (failed === probes.length) throw …`: taken on one exact count (all failed, none did), so
    // past it some results may still be rejected.
    if (
      test.type === AST_NODE_TYPES.BinaryExpression &&
      (test.operator === '===' || test.operator === '==') &&
      current.consequent === child &&
      [test.left, test.right].some(isCountRead) &&
      ![test.left, test.right].some((side) => side.type === AST_NODE_TYPES.Literal && typeof side.value === 'string')
    )
      return true;
    if (test.type !== AST_NODE_TYPES.BinaryExpression || !relational.has(test.operator)) return false;
    return isScaledCount(test.left) || isScaledCount(test.right);
  }
  return false;
}

/** `ids.length`, `results.length`: the size of a collection. */
function isCountRead(node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  return target.type === AST_NODE_TYPES.MemberExpression && memberName(target) === 'length';
}

/** True for `n / 2`, `total * 0.8`, `Math.ceil(…)`, a literal of two or more: a share of a count, not the count. */
function isScaledCount(node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Literal) return typeof target.value === 'number' && target.value >= 2;
  if (target.type === AST_NODE_TYPES.BinaryExpression) return ['/', '*', '%'].includes(target.operator);
  return (
    target.type === AST_NODE_TYPES.CallExpression &&
    target.callee.type === AST_NODE_TYPES.MemberExpression &&
    target.callee.object.type === AST_NODE_TYPES.Identifier &&
    target.callee.object.name === 'Math'
  );
}
