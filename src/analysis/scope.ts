import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

/** A function-like ESTree node. */
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** True for arrow functions, function declarations and function expressions. */
export function isFunctionNode(node: TSESTree.Node | undefined | null): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** The innermost function around `node`, or the Program; class field initializers and static blocks count as non-async bodies. */
export function enclosingBody(node: TSESTree.Node): FunctionNode | TSESTree.Program | TSESTree.StaticBlock | TSESTree.PropertyDefinition {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
    if (current.type === AST_NODE_TYPES.StaticBlock) return current;
    if (current.type === AST_NODE_TYPES.PropertyDefinition && current.value && node.range[0] >= current.value.range[0]) return current;
    if (current.type === AST_NODE_TYPES.Program) return current;
  }
  throw new Error('node is not inside a Program');
}

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
export function canAwaitAt(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  const body = enclosingBody(node);
  if (isFunctionNode(body)) return body.async;
  if (body.type !== AST_NODE_TYPES.Program || body.sourceType !== 'module') return false;
  const options = services.program.getCompilerOptions();
  const moduleKind = options.module ?? ts.ModuleKind.CommonJS;
  if (!topLevelAwaitModules.has(moduleKind)) return false;
  if ((options.target ?? ts.ScriptTarget.ES5) < ts.ScriptTarget.ES2017) return false;
  const file = services.program.getSourceFile(services.esTreeNodeToTSNodeMap.get(body).fileName);
  if (!file) return false;
  // Under node16/nodenext a `.ts` file next to a CommonJS package.json is CommonJS: no top-level await.
  return file.impliedNodeFormat !== ts.ModuleKind.CommonJS;
}

/** True when `Promise` in `Promise.allSettled(…)` is the global one, not a local of that name. */
export function isGlobalPromise(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): boolean {
  const object = (call.callee as TSESTree.MemberExpression).object as TSESTree.Identifier;
  const variable = ASTUtils.findVariable(sourceCode.getScope(object), object);
  return !variable || variable.defs.length === 0;
}

/** True when `node` is a statement directly inside a block or the program, so statements can go next to it. */
export function isInStatementList(node: TSESTree.Node): boolean {
  return node.parent?.type === AST_NODE_TYPES.BlockStatement || node.parent?.type === AST_NODE_TYPES.Program;
}

const loopTypes = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.ForInStatement,
]);

/** The innermost loop whose body contains `node`, within the same function, if any. */
export function enclosingLoop(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let child = node, current = node.parent; current; child = current, current = current.parent) {
    if (isFunctionNode(current) || current.type === AST_NODE_TYPES.Program) return undefined;
    if (loopTypes.has(current.type) && 'body' in current && current.body === child) return current;
  }
  return undefined;
}

/** True when some node inside `root` (not inside nested functions or classes) satisfies `test`. */
export function containsInBody(root: TSESTree.Node, test: (node: TSESTree.Node) => boolean): boolean {
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (test(node)) {
      found = true;
      return;
    }
    if (node !== root && (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object' && 'type' in child) visit(child as TSESTree.Node);
      }
    }
  };
  visit(root);
  return found;
}

/** The variable a reference or declaration identifier stands for, if it resolves. */
export function variableOf(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
  return ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
}
