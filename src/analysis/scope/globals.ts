import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isPromiseStatic, skipTypeWrappers } from '../syntax/nodes.js';
import { containsInBody } from '../syntax/walk.js';
import { typeOf } from '../types/checker.js';
import { isOpaqueType } from '../types/members.js';
import { thenableKindOfType } from '../types/thenables.js';
import { variableOf } from './variables.js';

/*
 * Whether a name is the global of that name, as the file's scopes tell: nothing in the file binds
 * it (no local, parameter, class or import). Where only the checker is at hand, types/ asks its own
 * question instead (declared only in TypeScript's lib files); the two differ for a `Promise` whose
 * interface a project's `.d.ts` augments, which is global here but not lib-only there.
 */

/** True when `node` is an identifier (named `name`, when given) that no declaration in the file binds: `Promise`, `JSON`, `setTimeout` as globals. */
export function isGlobalIdentifier(analysis: Analysis, node: TSESTree.Node, name?: string): node is TSESTree.Identifier {
  if (node.type !== AST_NODE_TYPES.Identifier || (name !== undefined && node.name !== name)) return false;
  const variable = variableOf(analysis, node);
  return !variable || variable.defs.length === 0;
}

/** True when `Promise` in `Promise.allSettled(…)` is the global one, not a local of that name. */
export function isGlobalPromise(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  return call.callee.type === AST_NODE_TYPES.MemberExpression && isGlobalIdentifier(analysis, call.callee.object, 'Promise');
}

/** A value that is not a thenable, or `Promise.resolve(…)` of one: awaiting it waits one microtask turn. */
export function isSettledValue(analysis: Analysis, value: TSESTree.Node): boolean {
  const target = skipTypeWrappers(value);
  if (target.type === AST_NODE_TYPES.CallExpression && isPromiseStatic(target, ['resolve']) && isGlobalPromise(analysis, target)) {
    const [argument] = target.arguments;
    return argument === undefined || (argument.type !== AST_NODE_TYPES.SpreadElement && isSettledValue(analysis, argument));
  }
  // Only a call-free expression: evaluating it cannot start work that runs during the wait.
  if (containsInBody(target, (node) => node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression)) {
    return false;
  }
  const type = typeOf(analysis, target);
  return !isOpaqueType(type) && thenableKindOfType(analysis, type) === false;
}
