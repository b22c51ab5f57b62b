import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { enclosingBody, isFunctionNode } from '../syntax/nodes.js';

const topLevelAwaitModules = new Set<ts.ModuleKind>([
  ts.ModuleKind.ES2022,
  ts.ModuleKind.ESNext,
  ts.ModuleKind.Node16,
  ts.ModuleKind.NodeNext,
  ...(ts.ModuleKind.Preserve === undefined ? [] : [ts.ModuleKind.Preserve]),
  ...('Node18' in ts.ModuleKind ? [(ts.ModuleKind as unknown as Record<string, ts.ModuleKind>)['Node18']!] : []),
  ...('Node20' in ts.ModuleKind ? [(ts.ModuleKind as unknown as Record<string, ts.ModuleKind>)['Node20']!] : []),
]);

/** True when an `await` written at `node` would be legal and type-check: inside an async function, or at the top level of an ES module with top-level await. */
export function canAwaitAt(analysis: Analysis, node: TSESTree.Node): boolean {
  const body = enclosingBody(node);
  if (isFunctionNode(body)) return body.async;
  if (body.type !== AST_NODE_TYPES.Program || body.sourceType !== 'module') return false;
  const options = analysis.services.program.getCompilerOptions();
  const moduleKind = options.module ?? ts.ModuleKind.CommonJS;
  if (!topLevelAwaitModules.has(moduleKind)) return false;
  if ((options.target ?? ts.ScriptTarget.ES5) < ts.ScriptTarget.ES2017) return false;
  const file = analysis.services.program.getSourceFile(analysis.services.esTreeNodeToTSNodeMap.get(body).fileName);
  if (!file) return false;
  // Under node16/nodenext a `.ts` file next to a CommonJS package.json is CommonJS: no top-level await.
  return file.impliedNodeFormat !== ts.ModuleKind.CommonJS;
}

/** True when strict null checks are on, so `Promise<T>` without `| undefined` means always a promise. */
export function hasStrictNullChecks(analysis: Analysis): boolean {
  const options = analysis.services.program.getCompilerOptions();
  return options.strictNullChecks ?? options.strict ?? false;
}
