import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, skipTypeWrappers } from '../syntax/nodes.js';
import { isGlobalIdentifier } from './globals.js';
import { variableOf } from './variables.js';

/*
 * What a local was declared with. A `const` declared once always holds its initializer's value, so
 * an analysis may look through the name to the expression; a `let` or `var` only starts with it.
 */

/** The declarator of `variable`'s first definition (`let x = …`, `const { x } = …`), of any kind, if it is one. */
export function declaratorOf(variable: TSESLint.Scope.Variable): TSESTree.VariableDeclarator | undefined {
  const node = variable.defs[0]?.node;
  return node?.type === AST_NODE_TYPES.VariableDeclarator ? node : undefined;
}

/** The declarator of `variable` when it is a `const` defined once: `const x = …`, or a name destructured in `const { x } = …`. */
export function constDeclaratorOf(variable: TSESLint.Scope.Variable): TSESTree.VariableDeclarator | undefined {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  return def.parent?.type === AST_NODE_TYPES.VariableDeclaration && def.parent.kind === 'const' ? def.node : undefined;
}

/** The initializer of `variable` when it is a `const` defined once under a plain name: `<init>` in `const name = <init>`. */
export function constInitializerOf(variable: TSESLint.Scope.Variable): TSESTree.Expression | undefined {
  const declarator = constDeclaratorOf(variable);
  return declarator?.id.type === AST_NODE_TYPES.Identifier ? (declarator.init ?? undefined) : undefined;
}

const constInitializers = new WeakMap<TSESTree.Identifier, TSESTree.Expression | null>();

/**
 * `constInitializerOf` the variable that `node` (type wrappers aside) names. Cached per reference:
 * analyses look through the same `const` again and again (each rule, each question).
 */
export function constInitializer(analysis: Analysis, node: TSESTree.Node): TSESTree.Expression | undefined {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  return (
    getOrCreate(constInitializers, target, () => {
      const variable = variableOf(analysis, target);
      return (variable && constInitializerOf(variable)) ?? null;
    }) ?? undefined
  );
}

/**
 * Every value the local that `node` names is given: its initializer and the right side of each
 * plain `=` assignment (`let pending; if (a) pending = x.map(…); else pending = y.map(…);`).
 * `undefined` when it is not a local declared under a plain name, is never given a value, or is
 * also written another way (`+=`, destructuring, a loop head): its values are not all known.
 */
export function valuesWritten(analysis: Analysis, node: TSESTree.Node): TSESTree.Expression[] | undefined {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(analysis, target);
  const declarator = variable && declaratorOf(variable);
  if (!variable || variable.defs.length !== 1 || declarator?.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const values: TSESTree.Expression[] = declarator.init ? [declarator.init] : [];
  for (const reference of variable.references) {
    if (!reference.isWrite() || reference.init) continue;
    const parent = reference.identifier.parent;
    if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.operator !== '=' || parent.left !== reference.identifier)
      return undefined;
    values.push(parent.right);
  }
  return values.length > 0 ? values : undefined;
}

/**
 * The local controller whose signal `node` reads: `controller.signal` where `controller` is a
 * `const` initialised with `new AbortController()`. `undefined` for any other value.
 */
export function localControllerOf(analysis: Analysis, node: TSESTree.Node): TSESLint.Scope.Variable | undefined {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed || target.object.type !== AST_NODE_TYPES.Identifier)
    return undefined;
  if (target.property.type !== AST_NODE_TYPES.Identifier || target.property.name !== 'signal') return undefined;
  const variable = variableOf(analysis, target.object);
  const init = variable ? constInitializerOf(variable) : undefined;
  const created = init && skipTypeWrappers(init);
  return variable && created?.type === AST_NODE_TYPES.NewExpression && isGlobalIdentifier(analysis, created.callee, 'AbortController')
    ? variable
    : undefined;
}

/** The function a local name stands for: a function declaration with a body, or a `const` initialized with a function. */
export function namedFunctionOf(analysis: Analysis, node: TSESTree.Node): FunctionNode | undefined {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(analysis, target);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === 'FunctionName') return isFunctionNode(definition.node) && definition.node.body ? definition.node : undefined;
  const init = variable && constInitializerOf(variable);
  return init && isFunctionNode(init) ? init : undefined;
}
