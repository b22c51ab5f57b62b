import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, skipTypeWrappers } from '../syntax/nodes.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { hasStrictNullChecks } from '../types/program-options.js';
import { isAlwaysPromiseType } from '../types/thenables.js';
import { variableOf } from './variables.js';

/**
 * True when `node` reads an element or an index-signature property (`ps[i]`, `cache[key]`,
 * `record.key`): unless `noUncheckedIndexedAccess` is on, its type omits `undefined`, so a test
 * of it is a presence check.
 */
function isUncheckedIndexRead(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  // `cache[a] ?? cache[b]` and `x ? cache[a] : p` may produce the element too.
  if (target.type === AST_NODE_TYPES.LogicalExpression) {
    return isUncheckedIndexRead(analysis, target.right) || (target.operator === '&&' && isUncheckedIndexRead(analysis, target.left));
  }
  if (target.type === AST_NODE_TYPES.ConditionalExpression) {
    return isUncheckedIndexRead(analysis, target.consequent) || isUncheckedIndexRead(analysis, target.alternate);
  }
  if (target.type !== AST_NODE_TYPES.MemberExpression || analysis.services.program.getCompilerOptions().noUncheckedIndexedAccess)
    return false;
  if (target.computed)
    return (
      target.property.type !== AST_NODE_TYPES.Literal || typeof target.property.value === 'number' || !isDeclaredProperty(analysis, target)
    );
  return !isDeclaredProperty(analysis, target);
}

function isDeclaredProperty(analysis: Analysis, member: TSESTree.MemberExpression): boolean {
  if (member.property.type === AST_NODE_TYPES.PrivateIdentifier) return true;
  const checker = checkerOf(analysis);
  const object = typeOf(analysis, member.object);
  const name =
    member.property.type === AST_NODE_TYPES.Identifier && !member.computed
      ? member.property.name
      : member.property.type === AST_NODE_TYPES.Literal
        ? String(member.property.value)
        : undefined;
  if (name === undefined) return false;
  return checker.getPropertyOfType(checker.getApparentType(object), name) !== undefined;
}

/**
 * True when `node` reads a variable, parameter or property whose declaration allows something
 * other than a promise (`loading?: Promise<T>`, `ready!: Promise<void>`), even if its type here is
 * a promise: testing it is a presence check, or redundant after narrowing, not a misuse.
 */
function isDeclaredMaybeAbsent(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  const nameNode = target.type === AST_NODE_TYPES.MemberExpression && !target.computed ? target.property : target;
  if (nameNode.type !== AST_NODE_TYPES.Identifier) return false;
  const checker = checkerOf(analysis);
  const symbol = checker.getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(nameNode));
  if (!symbol || !(symbol.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Property))) return false;
  // `ready!: Promise<void>` (or any field without initializer when fields need none, a static one,
  // a `let` at module level assigned later) may be unset yet.
  const options = analysis.services.program.getCompilerOptions();
  const unchecked = !(options.strictPropertyInitialization ?? options.strict ?? false);
  const lazy = (symbol.declarations ?? []).some(
    (declaration) =>
      (ts.isPropertyDeclaration(declaration) || ts.isVariableDeclaration(declaration)) &&
      !declaration.initializer &&
      (declaration.exclamationToken !== undefined ||
        (ts.isPropertyDeclaration(declaration) && (unchecked || isStatic(declaration))) ||
        (ts.isVariableDeclaration(declaration) && !isInAmbientContext(declaration) && !isLoopBinding(declaration))),
  );
  return lazy || !isAlwaysPromiseType(analysis, checker.getTypeOfSymbol(symbol));
}

/**
 * True when testing `node` for presence is a real question: without strict null checks
 * (`Promise<T> | undefined` reads as `Promise<T>`), for an unchecked index read, or when its
 * declaration allows something other than a promise.
 */
export function mayBeAbsent(analysis: Analysis, node: TSESTree.Node): boolean {
  return !hasStrictNullChecks(analysis) || isUncheckedIndexRead(analysis, node) || isDeclaredMaybeAbsent(analysis, node);
}

/**
 * True when `node` names a variable or property declared only ambiently (the DOM and Node
 * typings, `@types`, a library's `.d.ts`, `declare global`): `animation.finished !== undefined`
 * there is feature detection for environments that lack the API, not a forgotten `await`.
 */
export function isAmbientlyDeclared(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  const nameNode = target.type === AST_NODE_TYPES.MemberExpression && !target.computed ? target.property : target;
  if (nameNode.type !== AST_NODE_TYPES.Identifier) return false;
  const symbol = checkerOf(analysis).getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(nameNode));
  const declarations = symbol?.declarations ?? [];
  return declarations.length > 0 && declarations.every(isInAmbientContext);
}

/** In a `.d.ts` file or under a `declare` (`declare const`, `declare global { … }`, `declare class`). */
function isInAmbientContext(declaration: ts.Node): boolean {
  if (declaration.getSourceFile().isDeclarationFile) return true;
  for (let current: ts.Node | undefined = declaration; current; current = current.parent) {
    const modifiers = ts.canHaveModifiers(current) ? ts.getModifiers(current) : undefined;
    if (modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.DeclareKeyword)) return true;
  }
  return false;
}

/** True when `node` reads a parameter of its function: `if (p == null) throw new TypeError(…)` validates callers. */
export function isParameterRead(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(target), target);
  return variable?.defs.some((definition) => definition.type === 'Parameter') ?? false;
}

/** `static connecting: Promise<Db>;`: static fields need no initializer, even under strict checks. */
function isStatic(declaration: ts.PropertyDeclaration): boolean {
  return ts.getModifiers(declaration)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword) ?? false;
}

/** `for (const p of promises)`, `for (const key in object)`: assigned by the loop, not an initializer. */
function isLoopBinding(declaration: ts.VariableDeclaration): boolean {
  const statement = declaration.parent.parent;
  return ts.isForOfStatement(statement) || ts.isForInStatement(statement);
}

/**
 * The function `id` is bound to: a function declaration, or a variable initialized with a function
 * written in place (`const cleanup = () => { … }`).
 */
export function functionBoundTo(analysis: Analysis, id: TSESTree.Identifier): FunctionNode | undefined {
  const node = variableOf(analysis, id)?.defs[0]?.node;
  if (node?.type === AST_NODE_TYPES.FunctionDeclaration) return node;
  return node?.type === AST_NODE_TYPES.VariableDeclarator && node.init && isFunctionNode(node.init) ? node.init : undefined;
}

/** The function declared in this file that `call` calls, found through the checker (locals, methods, `const f = () => …`). */
export function localFunctionCalled(analysis: Analysis, call: TSESTree.CallExpression): FunctionNode | undefined {
  const checker = checkerOf(analysis);
  const callee = skipTypeWrappers(call.callee);
  const tsCallee = analysis.services.esTreeNodeToTSNodeMap.get(callee);
  const target = ts.isPropertyAccessExpression(tsCallee) ? tsCallee.name : tsCallee;
  let symbol = checker.getSymbolAtLocation(target);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declarations = symbol?.declarations ?? [];
  if (declarations.length !== 1) return undefined;
  let declaration: ts.Node = declarations[0]!;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) declaration = skipParenthesized(declaration.initializer);
  if (ts.isPropertyDeclaration(declaration) && declaration.initializer) declaration = skipParenthesized(declaration.initializer);
  if (declaration.getSourceFile() !== tsCallee.getSourceFile()) return undefined;
  const node = analysis.services.tsNodeToESTreeNodeMap.get(declaration as ts.FunctionDeclaration) as TSESTree.Node | undefined;
  if (isFunctionNode(node)) return node;
  // A method's ESTree node is the `MethodDefinition`; its value is the function.
  if (node?.type === AST_NODE_TYPES.MethodDefinition && isFunctionNode(node.value)) return node.value;
  return undefined;
}

function skipParenthesized(node: ts.Node): ts.Node {
  return ts.isParenthesizedExpression(node) ? skipParenthesized(node.expression) : node;
}
