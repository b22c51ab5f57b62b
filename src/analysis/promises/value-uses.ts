import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { isGlobalIdentifier } from '../scope/globals.js';
import { constInitializer, constInitializerOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import { memberName, skipTypeWrappers, typeWrapperTypes } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import type { Checker } from '../types/checker.js';
import { checkerOf, isDefaultLibSymbol, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { hasPlainMember, isAlwaysPromiseType, thenableKindOfType } from '../types/thenables.js';
import { returnedExpressions } from './function-can-reject.js';
import { equalityAssertionOperands, isObjectAssign, nestedValues, truthinessAssertionOperand } from './value-nesting.js';
import { isSameReference } from './settled-narrowing.js';

/*
 * Where a value is used *as a value*: turned into a string or JSON, spread, tested for truthiness
 * or nullishness, compared, `typeof`-ed, or handed to a parameter that takes anything. A promise
 * in one of these places stands in for the result it will produce, and the code silently works
 * with `"[object Promise]"`, `{}` or an always-true condition instead.
 */

/** How a value is used. */
export type SinkKind =
  | 'string'
  | 'json'
  | 'clone'
  | 'spread'
  | 'assign'
  | 'condition'
  | 'nullish'
  | 'comparison'
  | 'typeof'
  | 'argument'
  | 'asyncPredicate'
  | 'lookup';

/** One use of an expression as a value; `operand` is the expression whose type decides. */
export interface ValueSink {
  kind: SinkKind;
  operand: TSESTree.Expression;
  /** For `argument`, `asyncPredicate` and `lookup` (`promises.indexOf(value)`, operand `value`): the call that receives it. */
  call?: TSESTree.CallExpression | TSESTree.NewExpression;
  /** For `comparison`: the other side, and the operator (`===` for a `switch` case). */
  other?: TSESTree.Node;
  operator?: string;
  /** For a use nested in an object or array literal (`JSON.stringify({ user })`): the literal handed over. */
  within?: TSESTree.Expression;
  /** For `nullish` comparisons (`p === undefined`, `typeof p === 'undefined'`): their result when `p` is a promise. */
  always?: boolean;
}

/** True when the value of `node` is always a promise (see `isAlwaysPromiseType`). */
export function isAlwaysPromise(analysis: Analysis, node: TSESTree.Node): boolean {
  return mayEvaluateToPromise(analysis, node) && isAlwaysPromiseType(analysis, typeOf(analysis, node));
}

/**
 * The type text of `node` when it is the result of a function of this program that returns a
 * promise on some paths and a plain value on others, with no declared return type (`currentWait(id)`
 * returning a cached number or a fetch), directly or through a `const`: a union of promises and
 * plain values, with no `any` or `unknown` in it; or of a pick written in place between a plain value
 * and a promise (`picksPromiseOrValue`). On the paths that produce the promise, a use of
 * the value uses the promise. A declared `T | Promise<T>` (a JSX node's `toString()`) is an API
 * whose callers often know which one they get, and is left alone.
 */
export function maybePromiseTypeText(analysis: Analysis, node: TSESTree.Node): string | undefined {
  if (!mayEvaluateToPromise(analysis, node)) return undefined;
  let source = skipTypeWrappers(node);
  if (source.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(analysis, source);
    const init = variable && constInitializerOf(variable);
    if (init) source = skipTypeWrappers(init);
  }
  const mixed =
    source.type === AST_NODE_TYPES.CallExpression ? returnsUndeclaredMix(analysis, source) : picksPromiseOrValue(analysis, source);
  if (!mixed) return undefined;
  const type = typeOf(analysis, node);
  if (!type.isUnion() || !hasPlainMember(analysis, type)) return undefined;
  if (type.types.some((part) => (part.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0)) return undefined;
  if (!type.types.some((part) => isAlwaysPromiseType(analysis, part))) return undefined;
  return checkerOf(analysis).typeToString(type);
}

/**
 * True for a pick written in place between a plain value and a promise
 * (`lang === cue.lang ? cue.text : this.translate(cue, lang)`, `cached ?? load(key)`): the same
 * undeclared mix as a function that returns both, one branch away.
 */
function picksPromiseOrValue(analysis: Analysis, node: TSESTree.Node): boolean {
  const branches =
    node.type === AST_NODE_TYPES.ConditionalExpression
      ? [node.consequent, node.alternate]
      : node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '&&'
        ? [node.left, node.right]
        : undefined;
  if (!branches) return false;
  const kinds = branches.map((branch) => {
    const type = typeOf(analysis, branch);
    if (isAlwaysPromiseType(analysis, type)) return 'promise';
    return unionMembers(type).every((part) => thenableKindOfType(analysis, part) === false) ? 'plain' : 'mixed';
  });
  return kinds.includes('promise') && kinds.includes('plain');
}

/**
 * True when the call resolves to a plain function or method of this program with no declared
 * return type, some of whose `return`s hand back a promise and others a plain value.
 */
function returnsUndeclaredMix(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const checker = checkerOf(analysis);
  const declaration = checker.resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call))?.declaration;
  if (!declaration || ts.isJSDocSignature(declaration) || declaration.getSourceFile().isDeclarationFile) return false;
  if (!ts.isFunctionLike(declaration) || declaration.type !== undefined) return false;
  if ((ts.getCombinedModifierFlags(declaration as ts.Declaration) & ts.ModifierFlags.Async) !== 0) return false;
  const body = 'body' in declaration ? declaration.body : undefined;
  const returned = body && ts.isBlock(body) ? returnedExpressions(body) : undefined;
  if (!returned || returned.length < 2) return false;
  const kinds = returned.map((expression) => {
    const type = checker.typeOfTsNode(expression);
    if (isAlwaysPromiseType(analysis, type)) return 'promise';
    return unionMembers(type).every((part) => thenableKindOfType(analysis, part) === false) ? 'plain' : 'mixed';
  });
  return kinds.includes('promise') && kinds.includes('plain');
}

// Expressions whose value is never a promise whatever the types say: literals, arithmetic and
// comparisons, `typeof`/`!`/`void`, function and object literals, `await` (it unwraps thenables).
const neverPromiseShapes: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.UpdateExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.ClassExpression,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.JSXElement,
  AST_NODE_TYPES.JSXFragment,
]);

/** False for expressions that cannot evaluate to a promise, so the checker need not be asked. */
function mayEvaluateToPromise(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (neverPromiseShapes.has(target.type)) return false;
  // `const result = (await api[method](...args)) as Result`: an awaited value, whatever the assertion says.
  const init = target.type === AST_NODE_TYPES.Identifier ? constInitializer(analysis, target) : undefined;
  return !init || !neverPromiseShapes.has(skipTypeWrappers(init).type);
}

export const equality = new Set(['===', '!==', '==', '!=']);
const relational = new Set(['<', '>', '<=', '>=']);

/** The node whose parent decides how a value is used: `node` with its type wrappers (`as`, `!`) climbed. */
export function outermost(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && typeWrapperTypes.has(current.parent.type)) current = current.parent;
  return current;
}

/** True when `node` is evaluated only for its truthiness (a test, `!x`, or a part of one). */
function isInBooleanContext(analysis: Analysis, node: TSESTree.Node): boolean {
  const child = outermost(node);
  const parent = child.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.ForStatement:
      return parent.test === child;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === '!';
    case AST_NODE_TYPES.LogicalExpression:
      // `a && b` tests `a`; `b` is only tested when the whole expression is.
      if (parent.operator === '??') return false;
      return parent.left === child || isInBooleanContext(analysis, parent);
    case AST_NODE_TYPES.CallExpression:
      return isGlobalCall(analysis, parent, 'Boolean') && parent.arguments[0] === child;
    default:
      return false;
  }
}

/** True for a call of the global function `name` (not shadowed by a local). */
function isGlobalCall(analysis: Analysis, call: TSESTree.CallExpression, name: string, object?: string): boolean {
  const callee = skipTypeWrappers(call.callee);
  const head = object === undefined ? callee : callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined;
  if (object !== undefined && memberName(callee) !== name) return false;
  return head !== undefined && isGlobalIdentifier(analysis, head, object ?? name);
}

/**
 * True when the value's own class says how it prints: a promise subclass (or thenable) declaring
 * `toString`, `[Symbol.toPrimitive]` or `[Symbol.toStringTag]` outside TypeScript's default lib
 * (`class ProcessPromise extends Promise<Output> { [Symbol.toPrimitive]() { … } }`). Turning it
 * into a string gives what its author designed, not `"[object Promise]"` by accident.
 */
export function printsItself(analysis: Analysis, node: TSESTree.Node): boolean {
  const checker = checkerOf(analysis);
  const type = checker.getNonNullableType(typeOf(analysis, node));
  return unionMembers(type).every((part) =>
    part.getProperties().some((property) => {
      const name = property.getEscapedName() as string;
      const printing = name === 'toString' || name.startsWith('__@toPrimitive') || name.startsWith('__@toStringTag');
      return printing && !isDefaultLibSymbol(analysis, property);
    }),
  );
}

/** The methods of the global `Object` that look at or change an object's own shape, never its value. */
const reflectiveObjectMethods = new Set([
  'getOwnPropertyNames',
  'getOwnPropertyDescriptor',
  'getOwnPropertyDescriptors',
  'getOwnPropertySymbols',
  'defineProperty',
  'defineProperties',
  'getPrototypeOf',
  'setPrototypeOf',
  'freeze',
  'seal',
  'preventExtensions',
  'isFrozen',
  'isSealed',
  'isExtensible',
  'hasOwn',
]);

/**
 * `Reflect.deleteProperty(p, key)`, `Object.defineProperty(p, key, …)`,
 * `Object.getOwnPropertyNames(Task.prototype)`: reflection works on the object itself (a promise
 * subclass installing or removing its own members), so a promise handed to it is meant as one.
 */
function isReflectiveCall(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = memberName(callee) ?? '';
  return (
    isGlobalIdentifier(analysis, callee.object, 'Reflect') ||
    (reflectiveObjectMethods.has(method) && isGlobalIdentifier(analysis, callee.object, 'Object'))
  );
}

/** True for `undefined`, `null` and `void 0`. */
function isNullishLiteral(node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  return (
    (target.type === AST_NODE_TYPES.Identifier && target.name === 'undefined') ||
    (target.type === AST_NODE_TYPES.Literal && target.value === null) ||
    (target.type === AST_NODE_TYPES.UnaryExpression && target.operator === 'void')
  );
}

/**
 * True when the other side of a comparison is a plain value: neither a possible promise, nor
 * `any`/`unknown`/`object`/`{}` (which may hold one), nor a nullish literal (a defensive check).
 */
export function isPlainValue(analysis: Analysis, node: TSESTree.Node): boolean {
  if (isNullishLiteral(node)) return false;
  const checker = checkerOf(analysis);
  const type = typeOf(analysis, node);
  const parts = unionMembers(type);
  return parts.every((part) => {
    const resolved = tsutils.isTypeParameter(part) ? checker.getBaseConstraintOfType(part) : part;
    if (!resolved || (resolved === part && tsutils.isTypeParameter(part))) return false;
    if (isAnything(checker, resolved) || resolved.isUnionOrIntersection()) return false;
    if (thenableKindOfType(analysis, resolved) !== false) return false;
    return (resolved.flags & ts.TypeFlags.Object) === 0 || !mayBeAnyObject(checker, resolved);
  });
}

/** Object types that a promise could be an instance of: `Object`, `{}` and interfaces without members. */
function mayBeAnyObject(checker: Checker, type: ts.Type): boolean {
  return checker.getPropertiesOfType(type).length === 0 && type.getCallSignatures().length === 0;
}

/** `any`, `unknown`, `object`, `{}` and `Object`: types that accept any value. */
export function isAnything(checker: Checker, type: ts.Type): boolean {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.NonPrimitive)) return true;
  if (!(type.flags & ts.TypeFlags.Object)) return false;
  if (type.getSymbol()?.getName() === 'Object' && isDeclaredInLib(type.getSymbol())) return true;
  const object = type as ts.ObjectType;
  return (
    (object.objectFlags & ts.ObjectFlags.Anonymous) !== 0 &&
    checker.getPropertiesOfType(type).length === 0 &&
    type.getCallSignatures().length === 0 &&
    type.getConstructSignatures().length === 0 &&
    checker.getIndexInfosOfType(type).length === 0
  );
}

function isDeclaredInLib(symbol: ts.Symbol | undefined): boolean {
  return (symbol?.declarations ?? []).some((declaration) => declaration.getSourceFile().hasNoDefaultLib);
}

/**
 * The value uses that `node` makes of its operands (a template, `+`, a test, a call…), or none.
 * Only the syntax is decided here; the caller asks whether each operand is a promise.
 */
export function sinksOf(analysis: Analysis, node: TSESTree.Node): ValueSink[] {
  switch (node.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      if (node.parent.type === AST_NODE_TYPES.TaggedTemplateExpression) return [];
      return node.expressions.map((operand) => ({ kind: 'string', operand }));
    case AST_NODE_TYPES.BinaryExpression:
      if (node.operator === '+') {
        return [node.left, node.right].filter(isExpression).map((operand) => ({ kind: 'string', operand }));
      }
      if (equality.has(node.operator) || relational.has(node.operator)) {
        const typeofSink = [node.left, node.right].flatMap((side) => typeofSinkOf(node, side));
        if (typeofSink.length > 0) return typeofSink;
        if (!isExpression(node.left)) return [];
        // `p === undefined`, `p != null`: a promise is neither, so the result is fixed.
        if (equality.has(node.operator) && isNullishLiteral(node.left) !== isNullishLiteral(node.right)) {
          const operand = isNullishLiteral(node.left) ? node.right : node.left;
          return [{ kind: 'nullish', operand, always: node.operator.startsWith('!') }];
        }
        return [
          { kind: 'comparison', operand: node.left, other: node.right, operator: node.operator },
          { kind: 'comparison', operand: node.right, other: node.left, operator: node.operator },
        ];
      }
      return [];
    case AST_NODE_TYPES.AssignmentExpression:
      return node.operator === '+=' ? [{ kind: 'string', operand: node.right }] : [];
    case AST_NODE_TYPES.LogicalExpression: {
      if (node.operator === '??') return [{ kind: 'nullish', operand: node.left }];
      return [...conditionSink(node.left), ...(isInBooleanContext(analysis, node) ? conditionSink(node.right) : [])];
    }
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '!' ? conditionSink(node.argument) : [];
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return conditionSink(node.test);
    case AST_NODE_TYPES.ForStatement:
      return node.test ? conditionSink(node.test) : [];
    case AST_NODE_TYPES.SwitchStatement:
      return switchSinksOf(node);
    case AST_NODE_TYPES.SpreadElement:
      return node.parent.type === AST_NODE_TYPES.ObjectExpression ? [{ kind: 'spread', operand: node.argument }] : [];
    case AST_NODE_TYPES.CallExpression:
      return withNested(callSinksOf(analysis, node), node);
    case AST_NODE_TYPES.NewExpression:
      return node.arguments.filter(isExpression).map((operand) => ({ kind: 'argument', operand, call: node }));
    default:
      return [];
  }
}

/**
 * `switch (x) { case y: }` compares `x === y`: each case test against the discriminant, and the
 * discriminant against each case (`case undefined:` as a nullish test). The discriminant may get
 * several sinks; the caller reports an operand once.
 */
function switchSinksOf(node: TSESTree.SwitchStatement): ValueSink[] {
  const sinks: ValueSink[] = [];
  const { discriminant } = node;
  for (const { test } of node.cases) {
    if (!test) continue;
    if (isNullishLiteral(test)) {
      if (!isNullishLiteral(discriminant)) sinks.push({ kind: 'nullish', operand: discriminant, always: false });
      continue;
    }
    sinks.push({ kind: 'comparison', operand: test, other: discriminant, operator: '===' });
    sinks.push({ kind: 'comparison', operand: discriminant, other: test, operator: '===' });
  }
  return sinks;
}

/** A tested operand; `a && b` is left to the logical expression, which tests its own operands. */
function conditionSink(operand: TSESTree.Expression): ValueSink[] {
  const target = skipTypeWrappers(operand);
  if (target.type === AST_NODE_TYPES.LogicalExpression && target.operator !== '??') return [];
  if (guardsRuntimeCheck(target) || guardsOwnUse(target)) return [];
  return [{ kind: 'condition', operand }];
}

/**
 * `if (this.timer) this.timer.cancel();`, `pending && pending.then(log)`: a truthiness test of a
 * stored promise that guards a use of the same object (a member read off it) in what it guards,
 * the `if`'s branch or the rest of the `&&`. The code handles the promise as a handle (cancels it,
 * chains on it): the test asks whether the handle is there, not what it resolves to.
 */
function guardsOwnUse(operand: TSESTree.Node): boolean {
  if (operand.type !== AST_NODE_TYPES.Identifier && operand.type !== AST_NODE_TYPES.MemberExpression) return false;
  let current: TSESTree.Node = operand;
  while (current.parent?.type === AST_NODE_TYPES.TSNonNullExpression || current.parent?.type === AST_NODE_TYPES.TSAsExpression)
    current = current.parent;
  const guarded: TSESTree.Node[] = [];
  for (let chain: TSESTree.Node | undefined = current.parent; chain; chain = chain.parent) {
    if (chain.type === AST_NODE_TYPES.LogicalExpression && chain.operator === '&&' && chain.left === current) guarded.push(chain.right);
    else if (chain.type === AST_NODE_TYPES.IfStatement && chain.test === current) guarded.push(chain.consequent);
    else if (chain.type === AST_NODE_TYPES.ConditionalExpression && chain.test === current) guarded.push(chain.consequent);
    if (chain.type !== AST_NODE_TYPES.LogicalExpression || chain.operator !== '&&') break;
    current = chain;
  }
  return guarded.some((part) => readsMemberOf(part, operand));
}

/** True when a member of `reference` is read somewhere in `root` (`reference.cancel`), nested functions included. */
function readsMemberOf(root: TSESTree.Node, reference: TSESTree.Node): boolean {
  return walk(
    root,
    (node) => (node.type === AST_NODE_TYPES.MemberExpression && isSameReference(node.object, reference) ? 'stop' : undefined),
    { nested: true },
  );
}

/**
 * `!!b && b instanceof Promise`, `value && typeof value.then === 'function'`: a truthiness test
 * that guards a runtime check of the same value's kind, further along the same `&&` chain. The
 * code does not trust the declared type (a cast from `unknown`, a duck-typing helper): the test
 * excludes `null` and `undefined` before the real check, it does not stand for the value.
 */
function guardsRuntimeCheck(operand: TSESTree.Node): boolean {
  let tested = operand;
  while (tested.type === AST_NODE_TYPES.UnaryExpression && tested.operator === '!') tested = skipTypeWrappers(tested.argument);
  let current: TSESTree.Node = operand;
  while (current.parent?.type === AST_NODE_TYPES.UnaryExpression && current.parent.operator === '!') current = current.parent;
  for (
    let chain: TSESTree.Node | undefined = current.parent;
    chain?.type === AST_NODE_TYPES.LogicalExpression && chain.operator === '&&';
    chain = chain.parent
  ) {
    if (chain.right !== current && checksKindOf(chain.right, tested)) return true;
    current = chain;
  }
  return false;
}

/** True when `check` (or a conjunct of it) is `x instanceof C`, `typeof x… === …` or `'then' in x` on `tested`. */
function checksKindOf(check: TSESTree.Node, tested: TSESTree.Node): boolean {
  const node = skipTypeWrappers(check as TSESTree.Expression);
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&') {
    return checksKindOf(node.left, tested) || checksKindOf(node.right, tested);
  }
  if (node.type !== AST_NODE_TYPES.BinaryExpression) return false;
  if (node.operator === 'instanceof' || node.operator === 'in')
    return isSameReference(node.operator === 'in' ? node.right : node.left, tested);
  if (!['===', '!==', '==', '!='].includes(node.operator)) return false;
  return [node.left, node.right].some((side) => {
    if (side.type !== AST_NODE_TYPES.UnaryExpression || side.operator !== 'typeof') return false;
    let argument = skipTypeWrappers(side.argument);
    if (argument.type === AST_NODE_TYPES.MemberExpression && !isSameReference(argument, tested))
      argument = skipTypeWrappers(argument.object);
    return isSameReference(argument, tested);
  });
}

function isExpression(node: TSESTree.Node): node is TSESTree.Expression {
  return node.type !== AST_NODE_TYPES.PrivateIdentifier && node.type !== AST_NODE_TYPES.SpreadElement;
}

/** `typeof p === 'string'`: never equal; `typeof p === 'undefined'` is `p === undefined`; `'object'` is right. */
function typeofSinkOf(binary: TSESTree.BinaryExpression, side: TSESTree.Node): ValueSink[] {
  if (!equality.has(binary.operator)) return [];
  const target = skipTypeWrappers(side);
  if (target.type !== AST_NODE_TYPES.UnaryExpression || target.operator !== 'typeof') return [];
  const other = skipTypeWrappers(binary.left === side ? binary.right : binary.left);
  if (other.type !== AST_NODE_TYPES.Literal || typeof other.value !== 'string' || other.value === 'object') return [];
  if (other.value === 'undefined') return [{ kind: 'nullish', operand: target.argument, always: binary.operator.startsWith('!') }];
  return [{ kind: 'typeof', operand: target.argument }];
}

/** Kinds whose operand is serialized, cloned or inspected with everything in it. */
const deepKinds = new Set<SinkKind>(['json', 'clone', 'argument']);

/**
 * Adds the values nested in object and array literals that a deep use receives
 * (`JSON.stringify({ user })`, `worker.postMessage({ key })`); not for `emit`, whose listeners get
 * the payload as is.
 */
function withNested(sinks: ValueSink[], call: TSESTree.CallExpression): ValueSink[] {
  if (memberName(skipTypeWrappers(call.callee)) === 'emit') return sinks;
  const nested = sinks
    .filter((sink) => deepKinds.has(sink.kind) && sink.within === undefined)
    .flatMap((sink) => nestedValues(sink.operand).map(({ operand, within }): ValueSink => ({ ...sink, operand, within })));
  return nested.length > 0 ? [...sinks, ...nested] : sinks;
}

/** `String(p)`, `JSON.stringify(p)`, `p.toString()`, `Boolean(p)`, `structuredClone(p)`, `Object.assign(t, p)`, `assert.ok(p)`, or an argument. */
function callSinksOf(analysis: Analysis, call: TSESTree.CallExpression): ValueSink[] {
  const [first] = call.arguments;
  const callee = skipTypeWrappers(call.callee);
  if (checksPromiseClass(analysis, call) || isReflectiveCall(analysis, call)) return [];
  if (isObjectAssign(analysis, call)) {
    return call.arguments
      .slice(1)
      .filter(isExpression)
      .map((operand) => ({ kind: 'assign', operand, call }));
  }
  const asserted = truthinessAssertionOperand(call);
  if (asserted) return conditionSink(asserted);
  // `assert.equal(board.period(), 2)`: a promise is never equal to a plain value.
  const compared = equalityAssertionOperands(call);
  if (compared) {
    const [actual, expected] = compared;
    return [
      { kind: 'comparison', operand: actual, other: expected, operator: '===' },
      { kind: 'comparison', operand: expected, other: actual, operator: '===' },
    ];
  }
  if (first && first.type !== AST_NODE_TYPES.SpreadElement) {
    if (isGlobalCall(analysis, call, 'String')) return [{ kind: 'string', operand: first }];
    if (isGlobalCall(analysis, call, 'Boolean')) return conditionSink(first);
    if (isGlobalCall(analysis, call, 'stringify', 'JSON')) return [{ kind: 'json', operand: first }];
    // Generic (`structuredClone<T>(value: T)`), yet a promise cannot be cloned: it throws.
    if (isGlobalCall(analysis, call, 'structuredClone')) return [{ kind: 'clone', operand: first }];
  }
  if (
    first &&
    first.type !== AST_NODE_TYPES.SpreadElement &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    predicateMethods.has(memberName(callee) ?? '')
  ) {
    return [{ kind: 'asyncPredicate', operand: first, call }];
  }
  if (
    first &&
    first.type !== AST_NODE_TYPES.SpreadElement &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    lookupMethods.has(memberName(callee) ?? '')
  ) {
    // The argument is also an ordinary argument (a promise passed to a method that takes anything).
    return [
      { kind: 'lookup', operand: first, call },
      ...call.arguments.filter(isExpression).map((operand): ValueSink => ({ kind: 'argument', operand, call })),
    ];
  }
  if (call.arguments.length === 0 && callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'toString') {
    return [{ kind: 'string', operand: callee.object as TSESTree.Expression }];
  }
  return call.arguments.filter(isExpression).map((operand) => ({ kind: 'argument', operand, call }));
}

/**
 * A check that the value is a promise: `Promise` itself, or its name as a string, is an argument of
 * the call (`t.type(entry, Promise)`, `ensureTypeByName(entry, 'Promise')`) or of a call chained on
 * its result (`expect(entry).toBeInstanceOf(Promise)`).
 * The promise is what is meant there.
 */
function checksPromiseClass(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const namesPromise = (node: TSESTree.CallExpression): boolean =>
    node.arguments.some(
      (argument) =>
        (argument.type === AST_NODE_TYPES.Identifier && argument.name === 'Promise' && isGlobalIdentifier(analysis, argument)) ||
        // a check by name: `ensureTypeByName(promise, 'Promise')`, `t.type(p, 'Promise')`
        (argument.type === AST_NODE_TYPES.Literal && argument.value === 'Promise'),
    );
  let current: TSESTree.Node = call;
  for (;;) {
    if (current.type === AST_NODE_TYPES.CallExpression && namesPromise(current)) return true;
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current) current = parent;
    else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === current) current = parent;
    else return false;
  }
}

/** Methods that look a value up by identity in an array or a set. */
const lookupMethods = new Set(['indexOf', 'lastIndexOf', 'includes', 'has', 'delete']);

const keyedCollections = new Set(['Map', 'ReadonlyMap', 'WeakMap']);

/** True when `type` is an array, tuple, set or map (or a union of them) whose elements or keys are all promises. */
export function holdsOnlyPromises(analysis: Analysis, type: ts.Type): boolean {
  const checker = checkerOf(analysis);
  const parts = unionMembers(type);
  return parts.every((part) => {
    const name = part.getSymbol()?.getName() ?? '';
    const elements =
      checker.isArrayType(part) || checker.isTupleType(part) || name === 'Set' || name === 'ReadonlySet' || name === 'WeakSet'
        ? checker.getTypeArguments(part as ts.TypeReference)
        : keyedCollections.has(name)
          ? checker.getTypeArguments(part as ts.TypeReference).slice(0, 1)
          : [];
    return elements.length > 0 && elements.every((element) => isAlwaysPromiseType(analysis, element));
  });
}

/** Array methods that test what their callback returns. */
const predicateMethods = new Set(['filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex']);

/**
 * True for `items.filter(async (x) => …)` on an array: the callback returns a promise, which the
 * method tests for truthiness without waiting for it.
 */
export function isAsyncPredicate(analysis: Analysis, call: TSESTree.CallExpression, callback: TSESTree.Node): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const checker = checkerOf(analysis);
  const receiver = typeOf(analysis, callee.object);
  const parts = unionMembers(receiver);
  if (!parts.every((part) => checker.isArrayType(part) || checker.isTupleType(part))) return false;
  const target = skipTypeWrappers(callback);
  if ((target.type === AST_NODE_TYPES.ArrowFunctionExpression || target.type === AST_NODE_TYPES.FunctionExpression) && !target.generator) {
    if (target.async) return true;
  }
  const signatures = typeOf(analysis, target).getCallSignatures();
  return signatures.length > 0 && signatures.every((signature) => isAlwaysPromiseType(analysis, signature.getReturnType()));
}

/** Node's events that hand listeners the promise they concern: `(reason, promise)`. */
const rejectionEvents = new Set(['unhandledRejection', 'rejectionHandled']);

/**
 * The `promise` of `process.on('unhandledRejection', (reason, promise) => …)`: the event names the
 * promise that failed, and handing it to a logger says which one. It is no value meant to be awaited.
 */
export function isRejectionEventPromise(analysis: Analysis, node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = variableOf(analysis, node)?.defs[0];
  if (definition?.type !== 'Parameter') return false;
  const listener = definition.node;
  if (listener.type !== AST_NODE_TYPES.ArrowFunctionExpression && listener.type !== AST_NODE_TYPES.FunctionExpression) return false;
  if (listener.params[1] !== definition.name) return false;
  const call = listener.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== listener) return false;
  const [event] = call.arguments;
  return event?.type === AST_NODE_TYPES.Literal && typeof event.value === 'string' && rejectionEvents.has(event.value);
}
