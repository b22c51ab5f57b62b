import type { TSESLint,TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { skipTypeWrappers } from '../syntax/nodes.js';
import { variableOf } from './variables.js';


/** The initializer of a `const` local that `node` names, to see where an iterated array came from. */
export function constInitializer(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Expression | undefined {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(sourceCode, target);
  const def = variable?.defs[0];
  if (variable?.defs.length !== 1 || def?.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  if (def.parent?.type !== AST_NODE_TYPES.VariableDeclaration || def.parent.kind !== 'const') return undefined;
  return def.node.init ?? undefined;
}
