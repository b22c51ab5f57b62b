import type { Analysis } from '../context.js';
import type { TSESLint,TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';

/** The variable a reference or declaration identifier stands for, if it resolves. */
export function variableOf(analysis: Analysis, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
  return ASTUtils.findVariable(analysis.sourceCode.getScope(identifier), identifier);
}
