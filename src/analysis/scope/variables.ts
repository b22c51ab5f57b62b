import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';

/*
 * The `scope/` folder answers what names refer to, from ESLint's scope manager: the variable of an
 * identifier (this module), the declarator and `const` initializer of a variable (`initializers.ts`),
 * whether a name is the global one (`globals.ts`), how a value was declared (`declarations.ts`) and
 * where a local function is called (`call-sites.ts`).
 */

/** The variable a reference or declaration identifier stands for, if it resolves. */
export function variableOf(analysis: Analysis, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
  return ASTUtils.findVariable(analysis.sourceCode.getScope(identifier), identifier);
}

/** True when `identifier` names a variable declared at a module's (or script's) top level: it outlives any call. */
export function isModuleLevel(analysis: Analysis, identifier: TSESTree.Identifier): boolean {
  const scope = variableOf(analysis, identifier)?.scope.type;
  return scope === 'module' || scope === 'global';
}
