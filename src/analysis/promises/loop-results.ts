import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import type { LoopNode } from '../syntax/nodes.js';
import { skipTypeWrappers } from '../syntax/nodes.js';
import { containsInBody } from '../syntax/walk.js';
import { variesPerIteration, within } from './reused-promises.js';

/** The awaited result's bindings: `r` in `const r = await p`, the names of a destructuring, or an assigned local. */
export function resultVariables(analysis: Analysis, awaited: TSESTree.AwaitExpression): Set<TSESLint.Scope.Variable> {
  const out = new Set<TSESLint.Scope.Variable>();
  let holder: TSESTree.Node = awaited;
  while (
    holder.parent &&
    (holder.parent.type === AST_NODE_TYPES.TSAsExpression || holder.parent.type === AST_NODE_TYPES.TSNonNullExpression)
  )
    holder = holder.parent;
  const parent = holder.parent;
  let target: TSESTree.Node | undefined;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === holder) target = parent.id;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === holder && parent.operator === '=') target = parent.left;
  if (!target) return out;
  const collect = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = variableOf(analysis, node);
      if (variable) out.add(variable);
    } else if (node.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of node.properties) collect(property.type === AST_NODE_TYPES.Property ? property.value : property.argument);
    } else if (node.type === AST_NODE_TYPES.ArrayPattern) {
      for (const element of node.elements) if (element) collect(element);
    } else if (node.type === AST_NODE_TYPES.AssignmentPattern) {
      collect(node.left);
    } else if (node.type === AST_NODE_TYPES.RestElement) {
      collect(node.argument);
    }
  };
  collect(target);
  return out;
}

/** Identifiers read in `expression` (not property names). */
export function identifiersIn(expression: TSESTree.Node): TSESTree.Identifier[] {
  const found: TSESTree.Identifier[] = [];
  containsInBody(expression, (node) => {
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const parent = node.parent;
    const isPropertyName =
      (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === node && !parent.computed) ||
      (parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed && !parent.shorthand);
    if (!isPropertyName) found.push(node);
    return false;
  });
  return found;
}

/**
 * True when `test` depends on the awaited result (it holds the `await` or reads a result binding)
 * and on nothing else that changes between iterations.
 */
export function testedOnlyOnResult(
  analysis: Analysis,
  test: TSESTree.Node,
  awaited: TSESTree.AwaitExpression,
  results: ReadonlySet<TSESLint.Scope.Variable>,
  loop: LoopNode,
): boolean {
  const identifiers = identifiersIn(test);
  const readsResult =
    within(awaited, test) ||
    identifiers.some((identifier) => {
      const variable = variableOf(analysis, identifier);
      return variable !== null && results.has(variable);
    });
  return readsResult && !identifiers.some((identifier) => variesPerIteration(analysis, identifier, loop, results));
}

/** The operands of `test` joined by `operator` (`a && (b && c)` gives `a`, `b`, `c`); parentheses do not matter. */
function operandsOf(test: TSESTree.Node, operator: '&&' | '||'): TSESTree.Node[] {
  const node = skipTypeWrappers(test as TSESTree.Expression);
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === operator)
    return [...operandsOf(node.left, operator), ...operandsOf(node.right, operator)];
  return [node];
}

/**
 * True when the awaited result alone can make `test` leave the loop: some operand that the exit
 * needs on its own (a `||` operand when the loop is left on `true`, an `&&` operand when it is left
 * on `false`) depends on the result and on nothing else that changes between iterations. Other
 * operands (`i < 30 && !done`) only bound the loop.
 */
export function resultDecides(
  analysis: Analysis,
  test: TSESTree.Node,
  exitsWhen: boolean,
  awaited: TSESTree.AwaitExpression,
  results: ReadonlySet<TSESLint.Scope.Variable>,
  loop: LoopNode,
): boolean {
  return operandsOf(test, exitsWhen ? '||' : '&&').some((operand) => testedOnlyOnResult(analysis, operand, awaited, results, loop));
}

/**
 * The result bindings, plus the bindings assigned in the loop (after the await) from them alone:
 * `const ready = r.lag <= max`, `done = r.status === 'done'`. Every write to such a binding in the
 * loop must come from the result, so that its value is the same on every iteration.
 */
export function derivedResults(
  analysis: Analysis,
  awaited: TSESTree.AwaitExpression,
  loop: LoopNode,
  direct: ReadonlySet<TSESLint.Scope.Variable>,
): Set<TSESLint.Scope.Variable> {
  const results = new Set<TSESLint.Scope.Variable>();
  const writes: { target: TSESTree.Identifier; value: TSESTree.Node | null }[] = [];
  containsInBody(loop.body, (node) => {
    if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.Identifier)
      writes.push({ target: node.id, value: node.init });
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.Identifier) {
      writes.push({ target: node.left, value: node.operator === '=' ? node.right : null });
    }
    return false;
  });
  const fromResult = (value: TSESTree.Node | null): boolean => {
    if (!value || value.range[0] < awaited.range[1]) return false;
    const identifiers = identifiersIn(value);
    return (
      identifiers.some((identifier) => {
        const variable = variableOf(analysis, identifier);
        return variable !== null && results.has(variable);
      }) && !identifiers.some((identifier) => variesPerIteration(analysis, identifier, loop, results))
    );
  };
  const holdsAwait = (value: TSESTree.Node | null): boolean => value !== null && within(awaited, value);
  // `ok = await p; ok = probe();`: a binding that other code in the loop also writes does not hold the result.
  for (const variable of direct) {
    if (writes.every((write) => variableOf(analysis, write.target) !== variable || holdsAwait(write.value))) results.add(variable);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const { target } of writes) {
      const variable = variableOf(analysis, target);
      if (!variable || results.has(variable)) continue;
      const own = writes.filter((write) => variableOf(analysis, write.target) === variable);
      const elsewhere = variable.references.some(
        (reference) => reference.isWrite() && !reference.init && !within(reference.identifier, loop.body),
      );
      if (!elsewhere && own.every((write) => fromResult(write.value))) {
        results.add(variable);
        changed = true;
      }
    }
  }
  return results;
}
