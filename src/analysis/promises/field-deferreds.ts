import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import { memberName, skipTypeWrappers } from '../syntax/nodes.js';

/*
 * A deferred kept on an object: `this.ready = Promise.withResolvers()`, later
 * `this.ready.resolve(value)` from an event, and `await this.ready.promise` (or
 * `this.ready.promise.then(…)`) where the result is needed. Its promise rejects only when
 * somebody calls that deferred's `reject`. When no source file of the program ever reads
 * `reject` off the field (by its name, `obj.ready.reject` or `obj[kReady].reject`), the promise
 * can only be fulfilled, whatever its type says: waiting for it is no rejection window, and a
 * chain on it rejects only through its own callbacks.
 *
 * Decided over the whole program by the field's name, so one proof covers every class with a field
 * of that name: each use of the name as a property (`x.ready`, `x.ready!`, `x[kReady]`) must
 * read `promise` or `resolve` off it, or be assigned a fresh `Promise.withResolvers()`. Any
 * other use (`reject`, handing the whole deferred on, destructuring it, assigning something
 * else, a constructor parameter property filled by a caller) gives up the proof. Declarations
 * (`private ready: PromiseWithResolvers<T>`, with no initializer or a `Promise.withResolvers()` one)
 * are not uses, and at least one fresh deferred must be stored: then every value the field ever
 * holds is one the program made and nobody rejects.
 */

/** Verdicts per field name, per Program. */
const verdicts = new WeakMap<ts.Program, Map<string, boolean>>();

/** True when `member` reads `promise` off a deferred field whose `reject` no file of the program uses (see above). */
export function fieldDeferredCannotReject(analysis: Analysis, member: TSESTree.MemberExpression): boolean {
  if (member.computed || memberName(member) !== 'promise') return false;
  const field = skipTypeWrappers(member.object);
  if (field.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = fieldName(field);
  if (name === undefined) return false;
  const program = analysis.services.program;
  const byName = getOrCreate(verdicts, program, () => new Map<string, boolean>());
  let verdict = byName.get(name);
  if (verdict === undefined) {
    verdict = onlyResolvedEverywhere(program, name);
    byName.set(name, verdict);
  }
  return verdict;
}

/** The field's name: `x.ready` or `x.#ready` by its property, `x[kReady]` by the key's identifier. */
function fieldName(field: TSESTree.MemberExpression): string | undefined {
  if (!field.computed) return field.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${field.property.name}` : memberName(field);
  return field.property.type === AST_NODE_TYPES.Identifier ? field.property.name : undefined;
}

/** True when every use of a field named `name` in the program's own files reads `promise`/`resolve` or stores a fresh deferred. */
function onlyResolvedEverywhere(program: ts.Program, name: string): boolean {
  let uses = 0;
  let fresh = 0;
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file) || !file.text.includes(name)) continue;
    let spoiled = false;
    const visit = (node: ts.Node): void => {
      if (spoiled) return;
      const access = accessOf(node, name);
      if (access) {
        uses += 1;
        const use = useOf(access);
        if (use === 'other') spoiled = true;
        if (use === 'fresh') fresh += 1;
      } else if (storesOther(node, name)) {
        spoiled = true;
      } else if (storesFresh(node, name)) {
        fresh += 1;
      }
      if (!spoiled) ts.forEachChild(node, visit);
    };
    visit(file);
    if (spoiled) return false;
  }
  return uses > 0 && fresh > 0;
}

/**
 * True when `node` fills a property named `name` other than with a fresh deferred: a field or
 * object-literal property initialised with something else, or a constructor parameter property
 * (its deferred comes from a caller, who may keep it and reject it).
 */
function storesOther(node: ts.Node, name: string): boolean {
  if (ts.isParameter(node)) {
    return ts.isIdentifier(node.name) && node.name.text === name && ts.getCombinedModifierFlags(node) !== ts.ModifierFlags.None;
  }
  if (ts.isShorthandPropertyAssignment(node)) return node.name.text === name;
  if (!ts.isPropertyDeclaration(node) && !ts.isPropertyAssignment(node)) return false;
  if (keyNameOf(node) !== name) return false;
  const initializer = node.initializer;
  return initializer !== undefined && !isFreshDeferred(initializer);
}

/** True for a field or object-literal property named `name` initialised with `Promise.withResolvers()`. */
function storesFresh(node: ts.Node, name: string): boolean {
  if (!ts.isPropertyDeclaration(node) && !ts.isPropertyAssignment(node)) return false;
  return keyNameOf(node) === name && node.initializer !== undefined && isFreshDeferred(node.initializer);
}

/** The key of a property: `ready`, `#ready`, `'ready'`, or the identifier of `[kReady]`. */
function keyNameOf(node: ts.PropertyDeclaration | ts.PropertyAssignment): string | undefined {
  const key = node.name;
  if (ts.isComputedPropertyName(key)) return ts.isIdentifier(key.expression) ? key.expression.text : undefined;
  return ts.isIdentifier(key) || ts.isPrivateIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
}

/** `node` when it reads a property named `name` (`x.name`, `x.#name`, `x[name]`). */
function accessOf(node: ts.Node, name: string): ts.Expression | undefined {
  if (ts.isPropertyAccessExpression(node) && node.name.text === name) return node;
  if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.argumentExpression) && node.argumentExpression.text === name) return node;
  return undefined;
}

/** What the field read `access` does: takes `promise`/`resolve` off the deferred, stores a fresh `Promise.withResolvers()`, or anything else. */
function useOf(access: ts.Expression): 'resolve-side' | 'fresh' | 'other' {
  let node: ts.Node = access;
  while (ts.isNonNullExpression(node.parent) || ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) {
    return parent.name.text === 'promise' || parent.name.text === 'resolve' ? 'resolve-side' : 'other';
  }
  if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return isFreshDeferred(parent.right) ? 'fresh' : 'other';
  }
  return 'other';
}

/** `Promise.withResolvers()` (type arguments allowed). */
function isFreshDeferred(expression: ts.Expression): boolean {
  let target = expression;
  while (ts.isParenthesizedExpression(target) || ts.isAsExpression(target)) target = target.expression;
  return (
    ts.isCallExpression(target) &&
    target.arguments.length === 0 &&
    ts.isPropertyAccessExpression(target.expression) &&
    target.expression.name.text === 'withResolvers' &&
    ts.isIdentifier(target.expression.expression) &&
    target.expression.expression.text === 'Promise'
  );
}
