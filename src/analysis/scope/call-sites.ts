import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { variableOf } from './variables.js';

/*
 * The calls of a function in the file that defines it, so that a change to one of its parameters
 * can be carried to every caller. Methods are not followed (their callers are not found by name).
 */

/** The variable a function is bound to: its declared name, or the `const` it initializes. */
function bindingOf(analysis: Analysis, fn: FunctionNode): TSESLint.Scope.Variable | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) return variableOf(analysis, fn.id);
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
    return variableOf(analysis, parent.id);
  }
  return null;
}

/** True when no call in the file may call the method `fn` from outside it (`x.name(…)` elsewhere). */
function methodCalledOnlyWithin(analysis: Analysis, fn: FunctionNode): boolean {
  const method = fn.parent;
  if (method?.type !== AST_NODE_TYPES.MethodDefinition || method.computed || method.key.type !== AST_NODE_TYPES.Identifier) return false;
  const name = method.key.name;
  // Every `x.name` in the file, nested functions included.
  const outside = walk(
    analysis.sourceCode.ast,
    (node) => {
      if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed) return;
      if (node.property.type !== AST_NODE_TYPES.Identifier || node.property.name !== name) return;
      if (node.range[0] < fn.range[0] || node.range[1] > fn.range[1]) return 'stop';
    },
    { nested: true },
  );
  return !outside;
}

/**
 * The arguments passed at position `index` by every call of `fn` in this file, or `undefined` when
 * `fn` is anonymous, a method that code in the file may call from outside, or is used other than
 * by direct calls and exports (passed as a value, a call that spreads its arguments or leaves the
 * parameter out). Calls from inside a method are returned for it; other files are not searched.
 */
export function argumentsAtCallSites(analysis: Analysis, fn: FunctionNode, index: number): TSESTree.Expression[] | undefined {
  const variable = bindingOf(analysis, fn);
  // A method's callers cannot be found by name: carry on only when nothing in the file could call it.
  if (!variable) return methodCalledOnlyWithin(analysis, fn) ? [] : undefined;
  const found: TSESTree.Expression[] = [];
  for (const reference of variable.references) {
    if (reference.init || !reference.isRead()) continue;
    const identifier = reference.identifier as TSESTree.Identifier;
    const parent = identifier.parent;
    if (parent.type === AST_NODE_TYPES.ExportSpecifier || parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) continue;
    if (parent.type !== AST_NODE_TYPES.CallExpression || parent.callee !== identifier) return undefined;
    const call = parent;
    const before = call.arguments.slice(0, index + 1);
    const argument = call.arguments[index];
    if (!argument || before.some((item) => item.type === AST_NODE_TYPES.SpreadElement)) return undefined;
    found.push(argument as TSESTree.Expression);
  }
  return found;
}

/** True when `fn` is the implementation of an overloaded function or method, whose signatures the rewrite would miss. */
export function hasOverloadSignatures(fn: TSESTree.Node): boolean {
  const method = fn.parent?.type === AST_NODE_TYPES.MethodDefinition ? fn.parent : undefined;
  let holder: TSESTree.Node = method ?? fn;
  while (holder.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration || holder.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration)
    holder = holder.parent;
  const name = method ? nameOfKey(method.key) : fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.id?.name : undefined;
  if (name === undefined) return false;
  const siblings =
    holder.parent && 'body' in holder.parent && Array.isArray(holder.parent.body) ? (holder.parent.body as TSESTree.Node[]) : [];
  return siblings.some((sibling) => {
    const inner =
      (sibling.type === AST_NODE_TYPES.ExportNamedDeclaration || sibling.type === AST_NODE_TYPES.ExportDefaultDeclaration) &&
      sibling.declaration
        ? sibling.declaration
        : sibling;
    if (inner.type === AST_NODE_TYPES.TSDeclareFunction) return inner.id?.name === name;
    return (
      inner.type === AST_NODE_TYPES.MethodDefinition &&
      inner !== method &&
      inner.value.type === AST_NODE_TYPES.TSEmptyBodyFunctionExpression &&
      nameOfKey(inner.key) === name
    );
  });
}

/** The name of a non-computed identifier or literal key. */
function nameOfKey(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
}
