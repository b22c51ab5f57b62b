import type { TSESLint,TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';


/** True when `Promise` in `Promise.allSettled(…)` is the global one, not a local of that name. */
export function isGlobalPromise(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): boolean {
  const object = (call.callee as TSESTree.MemberExpression).object as TSESTree.Identifier;
  const variable = ASTUtils.findVariable(sourceCode.getScope(object), object);
  return !variable || variable.defs.length === 0;
}
