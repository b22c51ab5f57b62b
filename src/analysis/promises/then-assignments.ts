import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { FunctionNode } from '../syntax/nodes.js';
import type { EarlyRead } from './reads-before-settle.js';

/*
 * Locals assigned from a `.then` callback that does nothing else: `let user;
 * load().then((u) => { user = u; });` means `const user = await load();`, read from the syntax
 * and the scopes alone. The declaration can go too when it is a bare `let user;` in the same
 * statement list, with no other assignment and no use between it and the registration.
 */

/**
 * The `promise.then(callback)` call that registers an early read's only deferral, and its
 * `promise`, when the callback (not async, one plain parameter) only assigns that parameter to
 * the local read early.
 */
export function thenAssignmentOf(
  early: EarlyRead,
): { call: TSESTree.CallExpression; callback: FunctionNode; promise: TSESTree.Expression } | undefined {
  const { registration: statement, deferral, variable } = early;
  if (!variable) return undefined;
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement || deferral.via !== 'handler') return undefined;
  const call = statement.expression;
  const fn = deferral.callback;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1 || call.arguments[0] !== fn) return undefined;
  const callee = call.callee;
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.computed ||
    callee.property.type !== AST_NODE_TYPES.Identifier ||
    callee.property.name !== 'then'
  )
    return undefined;
  if (fn.async || fn.params.length !== 1 || fn.params[0]!.type !== AST_NODE_TYPES.Identifier) return undefined;
  const param = fn.params[0]!.name;
  const assignment =
    fn.body.type === AST_NODE_TYPES.BlockStatement
      ? fn.body.body.length === 1 && fn.body.body[0]!.type === AST_NODE_TYPES.ExpressionStatement
        ? fn.body.body[0]!.expression
        : undefined
      : fn.body;
  if (
    assignment?.type !== AST_NODE_TYPES.AssignmentExpression ||
    assignment.operator !== '=' ||
    assignment.left.type !== AST_NODE_TYPES.Identifier ||
    assignment.left.name !== variable.name ||
    assignment.right.type !== AST_NODE_TYPES.Identifier ||
    assignment.right.name !== param
  )
    return undefined;
  return { call, callback: fn, promise: callee.object };
}

/**
 * `let user;` (no initializer, no type, one declarator) in the same statement list before the
 * registration, with no reference in between: it can be dropped for `const user = await …`.
 */
export function movableDeclaration(early: EarlyRead): TSESTree.VariableDeclaration | undefined {
  if (!early.variable) return undefined;
  const [definition] = early.variable.defs;
  const declaration = definition?.parent as TSESTree.VariableDeclaration | undefined;
  const declarator = definition?.node as TSESTree.VariableDeclarator | undefined;
  if (!declaration || !declarator || declaration.kind !== 'let' || declaration.declarations.length !== 1) return undefined;
  if (declarator.init || declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.id.typeAnnotation) return undefined;
  if (declaration.parent !== early.registration.parent) return undefined;
  if (early.variable.references.filter((reference) => reference.isWrite() && !reference.init).length !== 1) return undefined;
  const between = early.variable.references.some(
    (reference) => reference.identifier.range[0] > declaration.range[1] && reference.identifier.range[1] < early.registration.range[0],
  );
  return between ? undefined : declaration;
}
