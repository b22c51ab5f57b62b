import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { mentions } from './cannot-throw.js';
import { returnedExpressions } from './function-can-reject.js';

/*
 * A deferred's promise rejects only when somebody calls its `reject`. A helper such as
 * `createDeferred()` builds `new Promise((res, rej) => { resolve = res; reject = rej; })` and
 * returns `{ promise, resolve, reject }`; the executor does nothing else, so the promise can
 * reject only through the `reject` the helper hands out. When the caller never touches that
 * property (`d.promise` and `d.resolve` are all it reads, or the promise is taken straight off the
 * call), the promise cannot reject, whatever the helper's type says.
 *
 * The helper is read on the TypeScript tree (it may sit in another file): a plain (not async)
 * function whose every `return` is an object literal without spreads, whose `promise` is such a
 * `new Promise` (inline or a `const` of the helper), and whose reject local appears nowhere but in
 * that executor and in the returned literal. The properties of the literal that mention it
 * (`reject: reject!`, `fail: (e) => reject(e)`) are the ways to reject. The holder is a `const`
 * every use of which reads one other property by name; handing the whole deferred on (an
 * argument, a return, a destructuring) gives up the proof.
 */

/** Helpers being read (a helper may build its literal from its own call). */
const visiting = new WeakSet<ts.Node>();

/**
 * The names of the properties through which the deferred returned by `fn` can be rejected, when
 * its `key` property is a promise only those can reject (see above); `undefined` otherwise.
 */
export function rejectKeysOfDeferredHelper(fn: ts.FunctionLikeDeclaration, key: string): ReadonlySet<string> | undefined {
  const body = fn.body;
  if (!body || !ts.isBlock(body) || ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async || visiting.has(fn)) return undefined;
  visiting.add(fn);
  try {
    const returned = returnedExpressions(body);
    if (!returned || returned.length === 0) return undefined;
    const keys = new Set<string>();
    for (const expression of returned) {
      const literal = skipParentheses(expression);
      if (!ts.isObjectLiteralExpression(literal)) return undefined;
      const found = rejectKeysOfLiteral(body, literal, key);
      if (!found) return undefined;
      for (const name of found) keys.add(name);
    }
    return keys;
  } finally {
    visiting.delete(fn);
  }
}

function skipParentheses(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current)) {
    current = current.expression;
  }
  return current;
}

function propertyKey(property: ts.ObjectLiteralElementLike): string | undefined {
  const name = property.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** The reject-carrying keys of one returned literal, or `undefined` when its `key` promise can reject otherwise. */
function rejectKeysOfLiteral(body: ts.Block, literal: ts.ObjectLiteralExpression, key: string): Set<string> | undefined {
  if (literal.properties.some((property) => ts.isSpreadAssignment(property) || propertyKey(property) === undefined)) return undefined;
  const promiseProperty = literal.properties.find((property) => propertyKey(property) === key);
  if (!promiseProperty) return undefined;
  const value = ts.isShorthandPropertyAssignment(promiseProperty)
    ? promiseProperty.name
    : ts.isPropertyAssignment(promiseProperty)
      ? skipParentheses(promiseProperty.initializer)
      : undefined;
  const creation = value && ts.isIdentifier(value) ? constInitializerIn(body, value.text) : value;
  const handedOut = creation && handedOutReject(creation);
  if (!handedOut) return undefined;
  const { executor, local } = handedOut;
  // The reject local may be used only by the executor that fills it and by the returned literal.
  const allowed = new Set<ts.Node>([executor, literal]);
  if (usedOutside(body, local, allowed)) return undefined;
  const keys = new Set<string>();
  for (const property of literal.properties) {
    if (property === promiseProperty) continue;
    const name = propertyKey(property);
    const mentionsLocal = ts.isShorthandPropertyAssignment(property)
      ? property.name.text === local
      : local !== '' && mentions(property, local);
    if (name !== undefined && mentionsLocal) keys.add(name);
  }
  return keys;
}

/** The initializer of a top-level `const name = …` of a function body, parentheses and assertions skipped. */
export function constInitializerIn(body: ts.Block, name: string): ts.Expression | undefined {
  for (const statement of body.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) {
        return skipParentheses(declaration.initializer);
      }
    }
  }
  return undefined;
}

/**
 * For `new Promise((res, rej) => { a = res; b = rej; })`, an executor that only stores its settle
 * functions in outer locals: the executor and the local that takes `rej`. (No `rej`: nothing can
 * reject the promise, and the local is `''`.)
 */
function handedOutReject(creation: ts.Expression): { executor: ts.Node; local: string } | undefined {
  if (!ts.isNewExpression(creation) || !ts.isIdentifier(creation.expression) || creation.expression.text !== 'Promise') return undefined;
  const executor = creation.arguments?.[0];
  if (!executor || !(ts.isArrowFunction(executor) || ts.isFunctionExpression(executor)) || executor.parameters.length > 2) return undefined;
  const names = executor.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : undefined));
  if (names.some((name) => name === undefined)) return undefined;
  const rejectParameter = names[1];
  const statements = ts.isBlock(executor.body) ? executor.body.statements.map((statement) => statement) : [executor.body];
  let local = '';
  for (const statement of statements) {
    const expression = ts.isExpressionStatement(statement) ? statement.expression : ts.isExpression(statement) ? statement : undefined;
    const assignment = expression && skipParentheses(expression);
    if (
      !assignment ||
      !ts.isBinaryExpression(assignment) ||
      assignment.operatorToken.kind !== ts.SyntaxKind.EqualsToken ||
      !ts.isIdentifier(assignment.left) ||
      !ts.isIdentifier(assignment.right) ||
      !names.includes(assignment.right.text)
    ) {
      return undefined;
    }
    if (assignment.right.text === rejectParameter) {
      if (local !== '') return undefined;
      local = assignment.left.text;
    }
  }
  return { executor, local };
}

/** True when `name` appears in `body` outside its declaration and the `allowed` subtrees. */
function usedOutside(body: ts.Block, name: string, allowed: ReadonlySet<ts.Node>): boolean {
  if (name === '') return false;
  const visit = (node: ts.Node): boolean => {
    if (allowed.has(node)) return false;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) {
      return node.initializer !== undefined && visit(node.initializer);
    }
    if (ts.isIdentifier(node) && node.text === name) return true;
    return ts.forEachChild(node, visit) === true;
  };
  return visit(body);
}

/**
 * True when the deferred `holder` (a helper's call, or a `const` holding it) is never used
 * through any of `rejectKeys`: every use of the `const` reads another property by name.
 */
export function holderLeavesRejectAlone(analysis: Analysis, holder: TSESTree.Node, rejectKeys: ReadonlySet<string>): boolean {
  const target = skipTypeWrappers(holder);
  if (target.type === AST_NODE_TYPES.CallExpression) return true;
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, target);
  if (!variable || variable.defs.length !== 1 || variable.defs[0]?.parent?.type !== AST_NODE_TYPES.VariableDeclaration) return false;
  if (variable.defs[0].parent.kind !== 'const' || variable.defs[0].name.parent?.type !== AST_NODE_TYPES.VariableDeclarator) return false;
  return variable.references.every((reference) => {
    if (reference.init) return true;
    const identifier = reference.identifier as TSESTree.Node;
    let node: TSESTree.Node = identifier;
    while (
      node.parent &&
      (node.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
        (node.parent.type === AST_NODE_TYPES.TSAsExpression && node.parent.expression === node))
    ) {
      node = node.parent;
    }
    const member = node.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node || member.computed) return false;
    const name = memberName(member);
    return name !== undefined && !rejectKeys.has(name);
  });
}
