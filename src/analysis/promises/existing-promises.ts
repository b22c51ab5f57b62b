import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { isCollectionOfThenables } from '../types/thenables.js';
import { declarationsAt, functionOfDeclaration, returnedExpressions } from './function-can-reject.js';

/*
 * Where a promise value comes from. A promise that already existed before this expression (read
 * from a cache, taken out of a queue, or the very object a method returns as `this`) was started,
 * and is watched, by whoever created it: dropping this reference creates no new unhandled rejection.
 */

/** Array and collection methods that hand back elements that are already there. */
const extractingMethods = new Set([
  'at',
  'concat',
  'filter',
  'find',
  'findLast',
  'flat',
  'pop',
  'reverse',
  'shift',
  'slice',
  'sort',
  'splice',
  'toReversed',
  'toSorted',
  'toSpliced',
  'values',
]);

const lookupCollections = new Set(['Map', 'WeakMap', 'ReadonlyMap']);

/** `Object.*` helpers that return their first argument. */
const returnsFirstArgument = new Set([
  'assign',
  'defineProperties',
  'defineProperty',
  'freeze',
  'seal',
  'preventExtensions',
  'setPrototypeOf',
]);

/** True when `node` evaluates to promises that existed before it ran, rather than starting work. */
export function takesExistingPromise(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(target.callee);
  if (handsBackExistingArgument(analysis, target)) return true;
  if (handedOnThroughField(analysis, target)) return true;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = memberName(callee) ?? '';
  const receiver = skipTypeWrappers(callee.object);
  if (method === 'get' && lookupCollections.has(typeOf(analysis, receiver).getSymbol()?.getName() ?? '')) return true;
  // Taking elements out of an existing collection (`stack.pop()`, also of tuples holding promises).
  if (extractingMethods.has(method) && (isCollectionOfThenables(analysis, receiver) || isArrayType(analysis, receiver))) return true;
  const [first] = target.arguments;
  if (receiver.type === AST_NODE_TYPES.Identifier && receiver.name === 'Object' && returnsFirstArgument.has(method)) {
    return first !== undefined && first.type !== AST_NODE_TYPES.SpreadElement && isExistingValue(first);
  }
  // A fluent method on an existing promise object that returns the same object (`req.on(…)` typed
  // `this`). `then`/`catch`/`finally` always make a new promise, whatever their declared type.
  if (method === 'then' || method === 'catch' || method === 'finally') return false;
  return isExistingValue(receiver) && typeOf(analysis, target) === typeOf(analysis, receiver);
}

/**
 * True when `call` passes an existing value to a plain (not async) function that always returns
 * that very parameter (`track(p) { pending.add(p); return p; }`): the result is the promise the
 * caller already had, so the call starts nothing. An `async` helper would wrap it in a new
 * promise, which rejects along with it.
 */
function handsBackExistingArgument(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const declarations = declarationsAt(analysis, analysis.services.esTreeNodeToTSNodeMap.get(skipTypeWrappers(call.callee)));
  const checker = checkerOf(analysis);
  const indices = declarations.map((declaration) => {
    const fn = functionOfDeclaration(declaration);
    if (!fn?.body || ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async || ('asteriskToken' in fn && fn.asteriskToken)) return -1;
    const returned = ts.isBlock(fn.body) ? (returnedExpressions(fn.body) ?? []) : [fn.body];
    const parameters = returned.map((value) => {
      let expression = value;
      while (ts.isParenthesizedExpression(expression)) expression = expression.expression;
      const declared = ts.isIdentifier(expression) ? checker.getSymbolAtLocation(expression)?.valueDeclaration : undefined;
      return declared && ts.isParameter(declared) && declared.parent === fn ? fn.parameters.indexOf(declared) : -1;
    });
    const [first] = parameters;
    return first !== undefined && parameters.every((index) => index === first) ? first : -1;
  });
  const [index] = indices;
  if (index === undefined || index < 0 || !indices.every((other) => other === index)) return false;
  const argument = call.arguments[index];
  return (
    argument !== undefined &&
    !call.arguments.slice(0, index + 1).some((before) => before.type === AST_NODE_TYPES.SpreadElement) &&
    isExistingValue(argument)
  );
}

/** True for a reference to a value that already exists: a local, a property, `this`. */
function isExistingValue(node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  return (
    target.type === AST_NODE_TYPES.Identifier ||
    target.type === AST_NODE_TYPES.ThisExpression ||
    (target.type === AST_NODE_TYPES.MemberExpression && isExistingValue(target.object))
  );
}

/** True when `node` is an array or tuple (of anything). */
function isArrayType(analysis: Analysis, node: TSESTree.Node): boolean {
  const checker = checkerOf(analysis);
  const type = typeOf(analysis, node);
  return unionMembers(type).some((part) => checker.isArrayType(part) || checker.isTupleType(part));
}

/**
 * `this.load(); return this.fetching ? this.promise : this.value;`: a plain (not async) method of
 * the object whose every `return` hands back the promise it keeps in one field (`return
 * this.promise;`, or nothing), dropped right before the function around it returns that same field.
 * The promise reaches the caller from there; dropping the call's copy of it loses nothing.
 */
function handedOnThroughField(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const statement = call.parent;
  const block = statement?.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || block?.type !== AST_NODE_TYPES.BlockStatement) return false;
  const method = functionOfDeclaration(declarationsAt(analysis, analysis.services.esTreeNodeToTSNodeMap.get(callee.property))[0]);
  if (!method?.body || !ts.isBlock(method.body) || (ts.getCombinedModifierFlags(method) & ts.ModifierFlags.Async) !== 0) return false;
  // The fields its returns hand back (`''` for anything else); a bare `return` hands back nothing.
  const fields = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    const value = ts.isReturnStatement(node) ? node.expression : undefined;
    if (value) {
      const kept = ts.isPropertyAccessExpression(value) && value.expression.kind === ts.SyntaxKind.ThisKeyword;
      fields.add(kept ? value.name.text : '');
    }
    ts.forEachChild(node, visit);
  };
  visit(method.body);
  const [field] = [...fields];
  if (fields.size !== 1 || !field) return false;
  // The next statement returns the field (`return this.promise`, or a pick that includes it).
  const next = block.body[block.body.indexOf(statement) + 1];
  if (next?.type !== AST_NODE_TYPES.ReturnStatement || !next.argument) return false;
  const argument = next.argument;
  const reads = (node: TSESTree.Node): boolean => {
    const target = skipTypeWrappers(node);
    if (target.type === AST_NODE_TYPES.MemberExpression)
      return target.object.type === AST_NODE_TYPES.ThisExpression && memberName(target) === field;
    if (target.type === AST_NODE_TYPES.ConditionalExpression) return reads(target.consequent) || reads(target.alternate);
    if (target.type === AST_NODE_TYPES.LogicalExpression) return reads(target.left) || reads(target.right);
    return false;
  };
  return reads(argument);
}
