import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { isTestCode } from '../scope/test-code.js';
import { isModuleLevel, variableOf } from '../scope/variables.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { thenableKindOf } from '../types/thenables.js';
import { cannotReject } from './can-reject.js';

/*
 * A promise parked in a long-lived collection and nowhere else. `cache.set(path, fetchManifest(path))`
 * as a statement, on a `Map` (or `Set`, array) that outlives the function (a module constant, a
 * field), starts work whose only observer is whoever reads that entry later, if anyone does: a
 * prefetch the user never follows, a request nobody asks for again. If it rejects first, nothing
 * has a handler on it and Node.js reports an unhandled rejection (a browser logs an uncaught one).
 * Judged only when the promise is made in place (a call or `new` that can reject, written as the
 * stored value), the statement's result is unused, the collection is read only by code in sight
 * (a private field, a module-level name not exported: other modules take their entries on), and the function
 * reads nothing back from it after storing (`cache.set(k, load()); return cache.get(k)` hands it on). Test
 * code is left alone: the runner reports an unhandled rejection as the test's failure.
 */

/** The methods that store a value in a collection, and the argument that is stored. */
const storing: Record<string, number> = { set: 1, add: 0, push: 0, unshift: 0 };

/** A promise stored in place into a collection that outlives the function, with nothing else observing it. */
export interface ParkedPromise {
  /** The `cache.set(…)` call. */
  store: TSESTree.CallExpression;
  /** The stored promise expression. */
  promise: TSESTree.Expression;
  /** The collection's text (`manifestCache`, `this.pending`). */
  collection: string;
}

/** The promise `call` parks in a long-lived collection, if it is a statement that does only that. */
export function parkedPromise(analysis: Analysis, call: TSESTree.CallExpression): ParkedPromise | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
  const index = storing[memberName(callee) ?? ''];
  if (index === undefined || call.parent.type !== AST_NODE_TYPES.ExpressionStatement || isTestCode(analysis)) return undefined;
  const argument = call.arguments[index];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const promise = skipTypeWrappers(argument);
  if (promise.type !== AST_NODE_TYPES.CallExpression && promise.type !== AST_NODE_TYPES.NewExpression) return undefined;
  if (!outlivesFunction(analysis, callee.object, call) || !isCollection(analysis, callee.object)) return undefined;
  if (thenableKindOf(analysis, promise) !== 'promise' || cannotReject(analysis, promise)) return undefined;
  const collection = analysis.sourceCode.getText(callee.object);
  if (readsBackAfter(analysis, call, collection)) return undefined;
  return { store: call, promise: argument, collection };
}

/**
 * True for a collection that outlives the function around `at` and that only code in sight reads:
 * a private field (`this.#x`, `private x`) or a module-level name that is not exported (a local
 * of an enclosing function is that function's to await). A public field or an exported name is read by code elsewhere, which takes the entry on.
 */
function outlivesFunction(analysis: Analysis, object: TSESTree.Node, at: TSESTree.Node): boolean {
  const target = skipTypeWrappers(object);
  if (target.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(target.object).type === AST_NODE_TYPES.ThisExpression) {
    if (target.property.type === AST_NODE_TYPES.PrivateIdentifier) return true;
    const declaration = analysis.services.esTreeNodeToTSNodeMap.get(target);
    const symbol = checkerOf(analysis).getSymbolAtLocation(declaration);
    return (symbol?.declarations ?? []).some((item) => ts.getCombinedModifierFlags(item) & ts.ModifierFlags.Private);
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, target);
  const declared = variable?.defs[0]?.name;
  let fn: TSESTree.Node | undefined = at.parent;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  // A module's own name: a local of an enclosing function is that function's to await (`await Promise.all(callbacks)`).
  if (!variable || !declared || !fn || !isModuleLevel(analysis, target)) return false;
  // `export const cache = …`, `export { cache }`, `export default cache`.
  const declaration = variable.defs[0]?.parent;
  const exportedHere = declaration?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
  const exportedLater = variable.references.some(
    (reference) =>
      reference.identifier.parent?.type === AST_NODE_TYPES.ExportSpecifier ||
      reference.identifier.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration,
  );
  return !exportedHere && !exportedLater;
}

/** True when the object is a `Map`, `Set`, `WeakMap` or an array (by its type). */
function isCollection(analysis: Analysis, object: TSESTree.Node): boolean {
  const type = typeOf(analysis, object);
  if (checkerOf(analysis).isArrayType(type)) return true;
  const name = type.getSymbol()?.getName() ?? '';
  return name === 'Map' || name === 'Set' || name === 'WeakMap';
}

/** True when the function reads the same collection again after `store` (a `get`, a return, any read of it). */
function readsBackAfter(analysis: Analysis, store: TSESTree.CallExpression, collection: string): boolean {
  let fn: TSESTree.Node | undefined = store.parent;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  if (!fn) return true;
  return walk(
    fn,
    (node) =>
      node.range[0] > store.range[1] && analysis.sourceCode.getText(node) === collection && node.type !== AST_NODE_TYPES.Literal
        ? 'stop'
        : undefined,
    { nested: true },
  );
}
