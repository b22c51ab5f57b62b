import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { memberName, skipTypeWrappers } from './nodes.js';



/** The name a call's callee goes by: `isAbortError` in `isAbortError(e)` and `utils.isAbortError(e)`. */
export function calleeName(call: TSESTree.CallExpression): string | undefined {
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
}
