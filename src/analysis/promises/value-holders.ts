import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { checkerOf } from '../types/checker.js';
import { isGlobalIdentifier } from '../scope/globals.js';
import { constInitializerOf, namedFunctionOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { returnedValues } from '../syntax/statements.js';
import { isAlwaysPromise } from './value-uses.js';
import { fallbackPromiseOf, nestedValues } from './value-nesting.js';

/*
 * Promises stored in an object that is later used as a whole. A local built from an object
 * literal and filled in step by step (`const body = { id }; body.result = load(key);`) is the same
 * object as the literal written at once: when it reaches a deep use (`JSON.stringify(body)`,
 * `res.json(body)`, `postMessage(body)`), every value stored in it is used too. The object is
 * followed through `const` locals and through `await f(…)` / `f(…)` of a function of this file
 * whose returns are such locals or literals; a conditional value (`key ? load(key) : null`) counts
 * by each of its branches.
 */

/** A promise stored in an object used as a whole, and the name it is stored under (`body.result`). */
export interface StoredPromise {
  promise: TSESTree.Expression;
  holder: string;
}

/**
 * The promises stored in the object that `node` evaluates to, when it is a local built from an
 * object literal (its values, and `local.key = value` writes that are the last write of their key,
 * with no read of the key), followed through `const` locals, calls of functions of this file
 * (their returns) and `.map`/`.flatMap` callbacks (their returns, one per element), five steps deep.
 */
export function storedPromisesOf(analysis: Analysis, node: TSESTree.Node, depth = 0, label = ''): StoredPromise[] {
  if (depth > 4) return [];
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.AwaitExpression) target = skipTypeWrappers(target.argument);
  if (target.type === AST_NODE_TYPES.CallExpression) {
    // `batch.map((r) => ({ …r, last: lookup(r.id) }))`: each element is what the callback returns.
    const callee = skipTypeWrappers(target.callee);
    const [callback] = target.arguments;
    if (callee.type === AST_NODE_TYPES.MemberExpression && elementMakers.has(memberName(callee) ?? '') && isFunctionNode(callback)) {
      const name = `each element \`${shortText(analysis, callee)}(…)\` makes`;
      return returnedValues(callback).flatMap((value) => storedPromisesOf(analysis, value, depth + 1, name));
    }
    const fn = namedFunctionOf(analysis, target.callee);
    const name = `the object ${analysis.sourceCode.getText(target.callee)}(…) returns`;
    return fn ? returnedValues(fn).flatMap((value) => storedPromisesOf(analysis, value, depth + 1, name)) : [];
  }
  if (target.type === AST_NODE_TYPES.ObjectExpression) {
    return depth === 0
      ? []
      : leaves(
          analysis,
          nestedValues(target).map(({ operand }) => ({ value: operand, name: label })),
        );
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = variableOf(analysis, target);
  const init = variable && constInitializerOf(variable);
  if (!variable || !init) return [];
  const built = skipTypeWrappers(init);
  if (built.type === AST_NODE_TYPES.ArrayExpression) {
    // `const entries = []; entries.push({ …, grams: portion(a) })`: the elements are what is pushed.
    const name = `each element of \`${variable.name}\``;
    return pushedElements(variable, built).flatMap((element) => [
      ...leaves(analysis, [{ value: element, name }]),
      ...storedPromisesOf(analysis, element, depth + 1, name),
    ]);
  }
  if (built.type !== AST_NODE_TYPES.ObjectExpression) return storedPromisesOf(analysis, built, depth + 1);
  const { written, touched } = propertyWrites(variable);
  // A key written or read again later (`out.data = await out.data`) no longer holds its literal value.
  const literal = nestedValues(built)
    .filter(
      ({ operand }) =>
        operand.parent.type !== AST_NODE_TYPES.Property || operand.parent.parent !== built || !touched.has(keyOfProperty(operand.parent)),
    )
    .map(({ operand }) => ({ value: operand, name: `\`${variable.name}\`` }));
  // `chairs: list.map((c) => ({ …, next: nextWindow(c) }))`: a value built by a call is followed too.
  const called = literal.flatMap(({ value, name }) =>
    skipTypeWrappers(value).type === AST_NODE_TYPES.CallExpression ? storedPromisesOf(analysis, value, depth + 1, name) : [],
  );
  return [...leaves(analysis, [...literal, ...written]), ...called];
}

/** The promises among `values`, looking into both branches of a conditional value and the fallback side of `??` / `||`. */
function leaves(analysis: Analysis, values: { value: TSESTree.Node; name: string }[]): StoredPromise[] {
  const found: StoredPromise[] = [];
  const visit = (value: TSESTree.Node, name: string): void => {
    const target = skipTypeWrappers(value);
    const fallback = target.type === AST_NODE_TYPES.LogicalExpression ? fallbackPromiseOf(analysis, target) : undefined;
    if (target.type === AST_NODE_TYPES.ConditionalExpression) {
      visit(target.consequent, name);
      visit(target.alternate, name);
    } else if (fallback) {
      // `humidity: cached ?? readHumidity(zone)`: when the cache is empty, the promise is what is stored.
      found.push({ promise: fallback.promise, holder: name });
    } else if (isAlwaysPromise(analysis, value)) {
      found.push({ promise: value as TSESTree.Expression, holder: name });
    }
  };
  for (const { value, name } of values) visit(value, name);
  return found;
}

/**
 * The elements of an array local: those of its literal and every argument of `push`/`unshift`
 * calls on it, when nothing else writes to it or reads an element back (`entries[0]`, a
 * method other than those two); otherwise none.
 */
function pushedElements(variable: TSESLint.Scope.Variable, literal: TSESTree.ArrayExpression): TSESTree.Node[] {
  const elements: TSESTree.Node[] = literal.elements.filter(
    (element): element is TSESTree.Expression => element?.type !== AST_NODE_TYPES.SpreadElement && element !== null,
  );
  for (const reference of variable.references) {
    if (reference.init) continue;
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    const call = member.parent;
    const method = memberName(member);
    if ((method === 'push' || method === 'unshift') && call.type === AST_NODE_TYPES.CallExpression && call.callee === member) {
      elements.push(...call.arguments.filter((argument) => argument.type !== AST_NODE_TYPES.SpreadElement));
      continue;
    }
    if (method !== 'length') return [];
  }
  return elements;
}

/**
 * `holder.key = value` writes: for each key, the last write in source order, when the function
 * never reads `holder.key` (code that reads it back may well await it first); and every key
 * written or read after the literal.
 */
function propertyWrites(variable: TSESLint.Scope.Variable): { written: { value: TSESTree.Node; name: string }[]; touched: Set<string> } {
  const last = new Map<string, TSESTree.Node>();
  const read = new Set<string>();
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    const key = keyOf(member);
    if (key === undefined) continue;
    const assignment = member.parent;
    if (assignment.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === member && assignment.operator === '=') {
      last.set(key, assignment.right);
    } else if (!(
      assignment.type === AST_NODE_TYPES.MemberExpression &&
      assignment.object === member &&
      !thenMethods.has(memberName(assignment) ?? '')
    )) {
      // `holder.items.length`, `holder.items.reduce(…)` read through the value without waiting for it.
      read.add(key);
    }
  }
  const written = [...last].filter(([key]) => !read.has(key)).map(([key, value]) => ({ value, name: `\`${variable.name}.${key}\`` }));
  return { written, touched: new Set([...last.keys(), ...read]) };
}

function keyOfProperty(property: TSESTree.Property): string {
  const { key } = property;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal ? String(key.value) : '';
}

function keyOf(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) return member.property.name;
  return member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'string' ? member.property.value : undefined;
}

/**
 * False for calls that hand an object's values on rather than use them: `emitter.emit(…)`
 * (listeners receive the payload as is, and may wait for a promise in it) and the global
 * `Object.*` / `Reflect.*` helpers (`Object.keys(tasks)`, `Object.values(tasks)` for a later
 * `Promise.all`).
 */
export function usesStoredValues(analysis: Analysis, call: TSESTree.CallExpression | TSESTree.NewExpression, index?: number): boolean {
  // A function written in this program that takes `unknown` may compare the object or keep it
  // (`listWithoutMember(list, entry)`, a registry): its body decides, not its parameter type. One
  // that serialises the parameter (`JSON.stringify(body)`, `structuredClone`, `postMessage`) uses
  // everything stored in it.
  const declaration = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call))?.declaration;
  const file = declaration && 'body' in declaration && declaration.body ? declaration.getSourceFile() : undefined;
  if (file && !file.isDeclarationFile && !analysis.services.program.isSourceFileFromExternalLibrary(file))
    return index !== undefined && declaration !== undefined && serialisesParameter(declaration, index);
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return true;
  if (call.type === AST_NODE_TYPES.CallExpression && memberName(callee) === 'emit') return false;
  return !isGlobalIdentifier(analysis, callee.object, 'Object') && !isGlobalIdentifier(analysis, callee.object, 'Reflect');
}

/** True when the function declared by `declaration` hands its parameter at `index`, as it is, to `JSON.stringify`, `structuredClone` or a `postMessage`. */
function serialisesParameter(declaration: ts.Declaration, index: number): boolean {
  if (!ts.isFunctionLike(declaration)) return false;
  const parameter = declaration.parameters[index];
  if (!parameter || !ts.isIdentifier(parameter.name) || !('body' in declaration) || !declaration.body) return false;
  const name = parameter.name.text;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && node.arguments[0] && ts.isIdentifier(node.arguments[0]) && node.arguments[0].text === name) {
      const callee = node.expression;
      const text = ts.isPropertyAccessExpression(callee)
        ? `${ts.isIdentifier(callee.expression) ? callee.expression.text : ''}.${callee.name.text}`
        : ts.isIdentifier(callee)
          ? callee.text
          : '';
      if (text === 'JSON.stringify' || text === 'structuredClone' || text.endsWith('.postMessage')) found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(declaration.body);
  return found;
}

/** Array methods whose result holds what their callback returns, element by element. */
const elementMakers = new Set(['map', 'flatMap']);
/** Members that wait for a promise: a read through them is not a read that leaves the value alone. */
const thenMethods = new Set(['then', 'catch', 'finally']);

/** The callee's text, or its last name when the text runs over a line. */
function shortText(analysis: Analysis, node: TSESTree.Node): string {
  const text = analysis.sourceCode.getText(node);
  return text.includes('\n') || text.length > 40 ? (memberName(node as TSESTree.MemberExpression) ?? 'map') : text;
}

/** The values `fn` returns (an arrow's expression body, or its `return` arguments outside nested functions). */

/**
 * The promise that the property read `holder.key` gets, when `holder` is a `const` built from an
 * object literal and the last write of `key` before the read, in source order in the same function
 * (the literal's value or a `holder.key = value`), stores one: `summary.total = computeTotal();`
 * then `` `${summary.total}` ``. Each branch of a conditional value counts.
 */
export function storedPromiseAt(analysis: Analysis, node: TSESTree.Node): TSESTree.Expression | undefined {
  const member = skipTypeWrappers(node);
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const key = keyOf(member);
  const variable = key === undefined ? undefined : variableOf(analysis, member.object);
  const built = variable ? constInitializerOf(variable) : undefined;
  if (!variable || !built || skipTypeWrappers(built).type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const literal = skipTypeWrappers(built) as TSESTree.ObjectExpression;
  let last: TSESTree.Node | undefined;
  for (const property of literal.properties) {
    if (property.type === AST_NODE_TYPES.Property && property.kind === 'init' && !property.method && keyOfProperty(property) === key)
      last = property.value;
  }
  for (const reference of variable.references) {
    const write = reference.identifier.parent;
    if (write?.type !== AST_NODE_TYPES.MemberExpression || write.object !== reference.identifier || keyOf(write) !== key) continue;
    const assignment = write.parent;
    if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== write || assignment.range[1] > member.range[0])
      continue;
    if (sameFunction(assignment, member) && (!last || assignment.range[0] > last.range[0])) last = assignment.right;
  }
  return last && !sameFunction(last, member) ? undefined : last && leaves(analysis, [{ value: last, name: '' }])[0]?.promise;
}

function sameFunction(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const around = (node: TSESTree.Node): TSESTree.Node | undefined => {
    for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
    return undefined;
  };
  return around(a) === around(b);
}
