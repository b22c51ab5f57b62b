import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { checkerOf, typeOf } from '../types/checker.js';

/**
 * What an `if` test says, reduced so that two tests of the same value can be matched:
 * `err` and `!err` share a key with opposite polarities, as do `x === null` and `x !== null`.
 */
export interface Condition {
  key: string;
  /** The test's value when the key holds. */
  polarity: boolean;
}

/** The condition an `if` tests, for tests of a name, a property chain or its equality to a literal. */
export function conditionOf(test: TSESTree.Node): Condition | undefined {
  if (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!') {
    const inner = conditionOf(test.argument);
    return inner && { key: inner.key, polarity: !inner.polarity };
  }
  if (test.type === AST_NODE_TYPES.BinaryExpression && ['===', '!==', '==', '!='].includes(test.operator)) {
    const [subject, literal] = literalText(test.right) !== undefined ? [test.left, test.right] : [test.right, test.left];
    const path = pathOf(subject);
    const value = literalText(literal);
    if (path === undefined || value === undefined) return undefined;
    const strict = test.operator.length === 3;
    return { key: `${path}${strict ? '===' : '=='}${value}`, polarity: test.operator.startsWith('=') };
  }
  const path = pathOf(test);
  return path === undefined ? undefined : { key: path, polarity: true };
}

/** True when TypeScript's narrowing makes `test` always true where it stands (`kind === 'b'` once `kind` can only be `'b'`). */
export function isAlwaysTrue(analysis: Analysis, test: TSESTree.Node): boolean {
  const checker = checkerOf(analysis);
  const unit = (node: TSESTree.Node): string | undefined => {
    const type = typeOf(analysis, node);
    const flags =
      ts.TypeFlags.Literal | ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.BooleanLiteral | ts.TypeFlags.EnumLiteral;
    return !type.isUnion() && type.flags & flags ? checker.typeToString(type) : undefined;
  };
  if (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!') {
    return ['false', 'null', 'undefined'].includes(unit(test.argument) ?? '');
  }
  if (test.type === AST_NODE_TYPES.BinaryExpression && ['===', '!==', '==', '!='].includes(test.operator)) {
    if (test.left.type === AST_NODE_TYPES.PrivateIdentifier) return false;
    const left = unit(test.left);
    const right = unit(test.right);
    if (left === undefined || right === undefined) return false;
    return test.operator.startsWith('=') ? left === right : left !== right;
  }
  if (test.type === AST_NODE_TYPES.Identifier || test.type === AST_NODE_TYPES.MemberExpression) return unit(test) === 'true';
  return false;
}

/** `a`, `a.b.c`: a name or a chain of plain property reads on one. */
function pathOf(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    !node.optional &&
    node.property.type === AST_NODE_TYPES.Identifier
  ) {
    const object = pathOf(node.object);
    return object === undefined ? undefined : `${object}.${node.property.name}`;
  }
  return undefined;
}

/** The source form of a literal operand (`null`, `'a'`, `0`, `undefined`). */
function literalText(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) return node.raw;
  if (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') return 'undefined';
  return undefined;
}

/** What a write does to the values conditions test: `done = true`, `let state = 'idle'`, `count++` (an unknown value). */
export interface Assignment {
  path: string;
  /** The literal written, in source form; `undefined` when the new value is not a literal. */
  raw: string | undefined;
}

/** The assignment `node` makes to a name or property chain, if it is one. */
export function assignmentOf(node: TSESTree.Node): Assignment | undefined {
  if (node.type === AST_NODE_TYPES.AssignmentExpression) {
    const path = pathOf(node.left);
    return path === undefined ? undefined : { path, raw: node.operator === '=' ? literalText(node.right) : undefined };
  }
  if (node.type === AST_NODE_TYPES.UpdateExpression) {
    const path = pathOf(node.argument);
    return path === undefined ? undefined : { path, raw: undefined };
  }
  if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.Identifier) {
    return { path: node.id.name, raw: node.init ? literalText(node.init) : 'undefined' };
  }
  return undefined;
}

/** The facts (condition key → value) that hold after `assignment`, given the keys some test uses. */
export function factsAfter(facts: ReadonlyMap<string, boolean>, assignment: Assignment, keys: ReadonlySet<string>): Map<string, boolean> {
  const { path, raw } = assignment;
  const about = (key: string): boolean => key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}==`);
  const next = new Map([...facts].filter(([key]) => !about(key)));
  if (raw === undefined) return next;
  for (const key of keys) {
    if (key === path) next.set(key, !falsyLiterals.has(raw));
    else if (key.startsWith(`${path}===`)) next.set(key, key.slice(path.length + 3) === raw);
    else if (key === `${path}==null` || key === `${path}==undefined`) next.set(key, raw === 'null' || raw === 'undefined');
  }
  return next;
}

const falsyLiterals = new Set(['false', '0', '""', "''", 'null', 'undefined', '0n', '-0']);
