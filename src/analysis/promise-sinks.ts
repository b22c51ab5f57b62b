import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import { memberName, skipTypeWrappers, typeWrapperTypes } from './cannot-reject.js';
import { checkerOf, parameterTypeAt, thenableKindOfType, typeOf } from './types.js';

/*
 * Where a value is used *as a value*: turned into a string or JSON, spread, tested for truthiness
 * or nullishness, compared, `typeof`-ed, or handed to a parameter that takes anything. A promise
 * in one of these places stands in for the result it will produce, and the code silently works
 * with `"[object Promise]"`, `{}` or an always-true condition instead.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;

/** How a value is used. */
export type SinkKind =
  | 'string' | 'json' | 'clone' | 'spread' | 'condition' | 'nullish' | 'comparison' | 'typeof' | 'argument' | 'asyncPredicate'
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
  /** For `nullish` comparisons (`p === undefined`, `typeof p === 'undefined'`): their result when `p` is a promise. */
  always?: boolean;
}

const alwaysPromise = new WeakMap<ts.Program, WeakMap<ts.Type, boolean>>();

/**
 * True when every value of `type` is a `Promise` (or subclass): not `any`, not a union with
 * `undefined`, `null` or a plain value. Type parameters count through their constraint.
 */
export function isAlwaysPromiseType(services: ParserServicesWithTypeInformation, type: ts.Type): boolean {
  let memo = alwaysPromise.get(services.program);
  if (!memo) alwaysPromise.set(services.program, (memo = new WeakMap()));
  const known = memo.get(type);
  if (known !== undefined) return known;
  const checker = checkerOf(services);
  const decide = (part: ts.Type, depth: number): boolean => {
    if (depth > 6) return false;
    if (tsutils.isTypeParameter(part)) {
      const constraint = checker.getBaseConstraintOfType(part);
      return constraint !== undefined && constraint !== part && decide(constraint, depth + 1);
    }
    if (part.isUnion()) return part.types.every((member) => decide(member, depth + 1));
    return thenableKindOfType(services, part) === 'promise';
  };
  const verdict = decide(type, 0);
  memo.set(type, verdict);
  return verdict;
}

/** True when the value of `node` is always a promise (see `isAlwaysPromiseType`). */
export function isAlwaysPromise(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  return mayEvaluateToPromise(node) && isAlwaysPromiseType(services, typeOf(services, node));
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
export function mayEvaluateToPromise(node: TSESTree.Node): boolean {
  return !neverPromiseShapes.has(node.type);
}

const equality = new Set(['===', '!==', '==', '!=']);
const relational = new Set(['<', '>', '<=', '>=']);

/** The node whose parent decides how a value is used: `node` with its type wrappers (`as`, `!`) climbed. */
function outermost(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && typeWrapperTypes.has(current.parent.type)) current = current.parent;
  return current;
}

/** True when `node` is evaluated only for its truthiness (a test, `!x`, or a part of one). */
export function isInBooleanContext(sourceCode: SourceCode, node: TSESTree.Node): boolean {
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
      return parent.left === child || isInBooleanContext(sourceCode, parent);
    case AST_NODE_TYPES.CallExpression:
      return isGlobalCall(sourceCode, parent, 'Boolean') && parent.arguments[0] === child;
    default:
      return false;
  }
}

/** True for a call of the global function `name` (not shadowed by a local). */
function isGlobalCall(sourceCode: SourceCode, call: TSESTree.CallExpression, name: string, object?: string): boolean {
  const callee = skipTypeWrappers(call.callee);
  const head = object === undefined ? callee : callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined;
  if (object !== undefined && memberName(callee) !== name) return false;
  if (head?.type !== AST_NODE_TYPES.Identifier || head.name !== (object ?? name)) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(head), head);
  return !variable || variable.defs.length === 0;
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
export function isPlainValue(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  if (isNullishLiteral(node)) return false;
  const checker = checkerOf(services);
  const type = typeOf(services, node);
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((part) => {
    const resolved = tsutils.isTypeParameter(part) ? checker.getBaseConstraintOfType(part) : part;
    if (!resolved || (resolved === part && tsutils.isTypeParameter(part))) return false;
    if (isAnything(checker, resolved) || resolved.isUnionOrIntersection()) return false;
    if (thenableKindOfType(services, resolved) !== false) return false;
    return (resolved.flags & ts.TypeFlags.Object) === 0 || !mayBeAnyObject(checker, resolved);
  });
}

/** Object types that a promise could be an instance of: `Object`, `{}` and interfaces without members. */
function mayBeAnyObject(checker: ts.TypeChecker, type: ts.Type): boolean {
  return checker.getPropertiesOfType(type).length === 0 && type.getCallSignatures().length === 0;
}

/** `any`, `unknown`, `object`, `{}` and `Object`: types that accept any value. */
export function isAnything(checker: ts.TypeChecker, type: ts.Type): boolean {
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
export function sinksOf(sourceCode: SourceCode, node: TSESTree.Node): ValueSink[] {
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
      return [...conditionSink(node.left), ...(isInBooleanContext(sourceCode, node) ? conditionSink(node.right) : [])];
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
      return callSinksOf(sourceCode, node);
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
  return [{ kind: 'condition', operand }];
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

/** `String(p)`, `JSON.stringify(p)`, `p.toString()`, `Boolean(p)`, `structuredClone(p)`, or an argument. */
function callSinksOf(sourceCode: SourceCode, call: TSESTree.CallExpression): ValueSink[] {
  const [first] = call.arguments;
  const callee = skipTypeWrappers(call.callee);
  if (first && first.type !== AST_NODE_TYPES.SpreadElement) {
    if (isGlobalCall(sourceCode, call, 'String')) return [{ kind: 'string', operand: first }];
    if (isGlobalCall(sourceCode, call, 'Boolean')) return conditionSink(first);
    if (isGlobalCall(sourceCode, call, 'stringify', 'JSON')) return [{ kind: 'json', operand: first }];
    // Generic (`structuredClone<T>(value: T)`), yet a promise cannot be cloned: it throws.
    if (isGlobalCall(sourceCode, call, 'structuredClone')) return [{ kind: 'clone', operand: first }];
  }
  if (first && first.type !== AST_NODE_TYPES.SpreadElement && callee.type === AST_NODE_TYPES.MemberExpression && predicateMethods.has(memberName(callee) ?? '')) {
    return [{ kind: 'asyncPredicate', operand: first, call }];
  }
  if (first && first.type !== AST_NODE_TYPES.SpreadElement && callee.type === AST_NODE_TYPES.MemberExpression && lookupMethods.has(memberName(callee) ?? '')) {
    // The argument is also an ordinary argument (a promise passed to a method that takes anything).
    return [{ kind: 'lookup', operand: first, call }, ...call.arguments.filter(isExpression).map((operand): ValueSink => ({ kind: 'argument', operand, call }))];
  }
  if (call.arguments.length === 0 && callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'toString') {
    return [{ kind: 'string', operand: callee.object as TSESTree.Expression }];
  }
  return call.arguments.filter(isExpression).map((operand) => ({ kind: 'argument', operand, call }));
}

/** Methods that look a value up by identity in an array or a set. */
const lookupMethods = new Set(['indexOf', 'lastIndexOf', 'includes', 'has', 'delete']);

const keyedCollections = new Set(['Map', 'ReadonlyMap', 'WeakMap']);

/** True when `type` is an array, tuple, set or map (or a union of them) whose elements or keys are all promises. */
export function holdsOnlyPromises(services: ParserServicesWithTypeInformation, type: ts.Type): boolean {
  const checker = checkerOf(services);
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((part) => {
    const name = part.getSymbol()?.getName() ?? '';
    const elements = checker.isArrayType(part) || checker.isTupleType(part) || name === 'Set' || name === 'ReadonlySet' || name === 'WeakSet'
      ? checker.getTypeArguments(part as ts.TypeReference)
      : keyedCollections.has(name) ? checker.getTypeArguments(part as ts.TypeReference).slice(0, 1) : [];
    return elements.length > 0 && elements.every((element) => isAlwaysPromiseType(services, element));
  });
}

/** Array methods that test what their callback returns. */
const predicateMethods = new Set(['filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex']);

/**
 * True for `items.filter(async (x) => …)` on an array: the callback returns a promise, which the
 * method tests for truthiness without waiting for it.
 */
export function isAsyncPredicate(services: ParserServicesWithTypeInformation, call: TSESTree.CallExpression, callback: TSESTree.Node): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const checker = checkerOf(services);
  const receiver = typeOf(services, callee.object);
  const parts = receiver.isUnion() ? receiver.types : [receiver];
  if (!parts.every((part) => checker.isArrayType(part) || checker.isTupleType(part))) return false;
  const target = skipTypeWrappers(callback);
  if ((target.type === AST_NODE_TYPES.ArrowFunctionExpression || target.type === AST_NODE_TYPES.FunctionExpression) && !target.generator) {
    if (target.async) return true;
  }
  const signatures = typeOf(services, target).getCallSignatures();
  return signatures.length > 0 && signatures.every((signature) => isAlwaysPromiseType(services, signature.getReturnType()));
}

/** Collections whose methods store or look up any value: a promise is an element like any other. */
const containerNames = new Set([
  'Array', 'ReadonlyArray', 'Set', 'ReadonlySet', 'Map', 'ReadonlyMap', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry',
]);

/**
 * True when the parameter `argument` binds to takes anything (`any`, `unknown`, `object`, `{}`)
 * and nothing says it expects a promise: not a type guard or assertion, not a parameter of the
 * function's own type parameter (`expect<T>(actual: T)`), not a collection method, not an assertion,
 * a mock's return value or a resolver, not a callback parameter (`next(p)`), not compared
 * with another promise argument (`Object.is(a, b)`), and not a parameter the function's body
 * checks for promises.
 */
export function takesAnyValue(
  sourceCode: SourceCode,
  services: ParserServicesWithTypeInformation,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  argument: TSESTree.Expression,
): boolean {
  const checker = checkerOf(services);
  const tsCall = services.esTreeNodeToTSNodeMap.get(call) as ts.CallLikeExpression;
  const signature = safeResolvedSignature(checker, tsCall);
  if (!signature || checker.getTypePredicateOfSignature(signature)) return false;
  const index = call.arguments.indexOf(argument);
  if (index < 0 || call.arguments.slice(0, index).some((item) => item.type === AST_NODE_TYPES.SpreadElement)) return false;
  const resolved = parameterTypeAt(checker, signature, index);
  // An unresolved type (a missing `@types` package) reads as `any` but says nothing about intent.
  if (!resolved || isErrorType(resolved) || !isAnything(checker, checker.getNonNullableType(resolved))) return false;
  const callee = skipTypeWrappers(call.callee);
  if (takesPromisesByDesign(callee) || isCallbackParameter(sourceCode, callee)) return false;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const receiver = typeOf(services, callee.object);
    const name = (receiver.getSymbol() ?? receiver.aliasSymbol)?.getName() ?? '';
    if (containerNames.has(name)) return false;
  }
  const declaration = signature.getDeclaration() as ts.SignatureDeclaration | undefined;
  const parameter = declaration ? parameterDeclarationAt(declaration, index) : undefined;
  if (parameter && isOwnTypeParameter(checker, declaration!, parameter)) return false;
  if (parameter && bodyChecksForPromise(declaration!, parameter)) return false;
  const others = call.arguments.filter((item) => item !== argument && item.type !== AST_NODE_TYPES.SpreadElement);
  return !others.some((other) => thenableKindOfType(services, typeOf(services, other)) !== false);
}

/**
 * A cheap first look before resolving the call: false when no declared signature of the callee
 * has a parameter at `index` that takes any value (`any`, `unknown`, `{}`, `object`), so neither
 * the call's resolution nor the argument's type is needed (`db.query(sql, params)`, `log(msg)`).
 */
export function mayTakeAnyValue(
  services: ParserServicesWithTypeInformation,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
): boolean {
  if (index < 0) return true;
  const checker = checkerOf(services);
  const calleeType = typeOf(services, call.callee);
  const signatures = call.type === AST_NODE_TYPES.NewExpression ? calleeType.getConstructSignatures() : calleeType.getCallSignatures();
  if (signatures.length === 0) return true;
  return signatures.some((signature) => {
    const declared = parameterTypeAt(checker, signature, index);
    if (!declared) return false;
    const parts = declared.isUnion() ? declared.types : [declared];
    // Type parameters are instantiated per call: only the resolved call can tell.
    return parts.some((part) => (part.flags & ts.TypeFlags.TypeParameter) !== 0 || isAnything(checker, part));
  });
}

/** A function received as a parameter (`resolve`, `next`, `done`, `cb`): what it accepts is not known here. */
function isCallbackParameter(sourceCode: SourceCode, callee: TSESTree.Node): boolean {
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
  return variable?.defs.some((definition) => definition.type === 'Parameter') ?? false;
}

/** The names along a callee chain, the called name first: `expect(x).resolves.toBe` gives `toBe, resolves, expect`. */
function calleeNames(callee: TSESTree.Node): string[] {
  const names: string[] = [];
  let current = skipTypeWrappers(callee);
  for (;;) {
    if (current.type === AST_NODE_TYPES.Identifier) {
      names.push(current.name);
      return names;
    }
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(current);
      if (name !== undefined) names.push(name);
      current = skipTypeWrappers(current.object);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = skipTypeWrappers(current.callee);
    } else {
      return names;
    }
  }
}

const assertionRoots = new Set(['expect', 'assert', 'should']);

/** True for assertion calls (`expect(p)`, `expect(x).toBe(p)`, `assert.isFulfilled(p)`, `chai.expect(p)`): tests look at promises on purpose. */
export function isAssertionCallee(callee: TSESTree.Node): boolean {
  return calleeNames(callee).some((name) => assertionRoots.has(name));
}

/** Mock set-up methods that take the value a stub returns: a promise, for an async stub. */
const mockMethods = new Set([
  'mockReturnValue', 'mockReturnValueOnce', 'mockResolvedValue', 'mockResolvedValueOnce', 'returns', 'resolves', 'returnValue',
  'willReturn', 'thenReturn', 'callsFake',
]);

/** `fn.bind(p)`, `fn.call(p, …)`: the promise is the `this` of a function that works on promises. */
const thisBinders = new Set(['bind', 'call', 'apply']);

/** True for assertions, mock set-up, `this` binding and `resolve(p)`-style calls, which take promises by design. */
function takesPromisesByDesign(callee: TSESTree.Node): boolean {
  const [called = ''] = calleeNames(callee);
  return isAssertionCallee(callee) || mockMethods.has(called) || thisBinders.has(called) || /^resolve/i.test(called);
}

function isErrorType(type: ts.Type): boolean {
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((part) => (part as { intrinsicName?: string }).intrinsicName === 'error');
}

function safeResolvedSignature(checker: ts.TypeChecker, node: ts.CallLikeExpression): ts.Signature | undefined {
  try {
    return checker.getResolvedSignature(node);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}


function parameterDeclarationAt(declaration: ts.SignatureDeclaration, index: number): ts.ParameterDeclaration | undefined {
  const parameters = declaration.parameters.filter((parameter) => !(ts.isIdentifier(parameter.name) && parameter.name.text === 'this'));
  const last = parameters[parameters.length - 1];
  if (index < parameters.length && !parameters[index]!.dotDotDotToken) return parameters[index];
  return last?.dotDotDotToken ? last : undefined;
}

/** `f<T>(value: T)` or `f<T>(...values: T[])`: inferred from the argument, so it is the promise type. */
function isOwnTypeParameter(checker: ts.TypeChecker, declaration: ts.SignatureDeclaration, parameter: ts.ParameterDeclaration): boolean {
  const own = declaration.typeParameters ?? [];
  if (own.length === 0 || !parameter.type) return false;
  let typeNode: ts.TypeNode = parameter.type;
  if (parameter.dotDotDotToken && ts.isArrayTypeNode(typeNode)) typeNode = typeNode.elementType;
  if (!ts.isTypeReferenceNode(typeNode) || !ts.isIdentifier(typeNode.typeName)) return false;
  const symbol = checker.getSymbolAtLocation(typeNode.typeName);
  return own.some((typeParameter) => checker.getSymbolAtLocation(typeParameter.name) === symbol);
}

/** True when the function body awaits the parameter, calls `.then` on it, or tests it for a promise. */
function bodyChecksForPromise(declaration: ts.SignatureDeclaration, parameter: ts.ParameterDeclaration): boolean {
  if (!ts.isIdentifier(parameter.name) || !('body' in declaration) || !declaration.body) return false;
  const name = parameter.name.text;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && node.text === name && isPromiseCheck(node)) {
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(declaration.body as ts.Node);
  return found;
}

function isPromiseCheck(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isAwaitExpression(parent)) return true;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === identifier && parent.name.text === 'then') return true;
  if (ts.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    if (operator === ts.SyntaxKind.InstanceOfKeyword && parent.left === identifier) return true;
    if (operator === ts.SyntaxKind.InKeyword && parent.right === identifier) return true;
  }
  if (ts.isCallExpression(parent) && parent.arguments.includes(identifier)) return /promise|thenable/i.test(parent.expression.getText());
  return false;
}

/** True when strict null checks are on, so `Promise<T>` without `| undefined` means always a promise. */
export function hasStrictNullChecks(services: ParserServicesWithTypeInformation): boolean {
  const options = services.program.getCompilerOptions();
  return options.strictNullChecks ?? options.strict ?? false;
}

/**
 * True when `node` reads an element or an index-signature property (`ps[i]`, `cache[key]`,
 * `record.key`): unless `noUncheckedIndexedAccess` is on, its type omits `undefined`, so a test
 * of it is a presence check.
 */
export function isUncheckedIndexRead(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  // `cache[a] ?? cache[b]` and `x ? cache[a] : p` may produce the element too.
  if (target.type === AST_NODE_TYPES.LogicalExpression) {
    return isUncheckedIndexRead(services, target.right) || (target.operator === '&&' && isUncheckedIndexRead(services, target.left));
  }
  if (target.type === AST_NODE_TYPES.ConditionalExpression) {
    return isUncheckedIndexRead(services, target.consequent) || isUncheckedIndexRead(services, target.alternate);
  }
  if (target.type !== AST_NODE_TYPES.MemberExpression || services.program.getCompilerOptions().noUncheckedIndexedAccess) return false;
  if (target.computed) return target.property.type !== AST_NODE_TYPES.Literal || typeof target.property.value === 'number' || !isDeclaredProperty(services, target);
  return !isDeclaredProperty(services, target);
}

function isDeclaredProperty(services: ParserServicesWithTypeInformation, member: TSESTree.MemberExpression): boolean {
  if (member.property.type === AST_NODE_TYPES.PrivateIdentifier) return true;
  const checker = checkerOf(services);
  const object = typeOf(services, member.object);
  const name = member.property.type === AST_NODE_TYPES.Identifier && !member.computed
    ? member.property.name
    : member.property.type === AST_NODE_TYPES.Literal ? String(member.property.value) : undefined;
  if (name === undefined) return false;
  return checker.getPropertyOfType(checker.getApparentType(object), name) !== undefined;
}

/**
 * True when `node` reads a variable, parameter or property whose declaration allows something
 * other than a promise (`loading?: Promise<T>`, `ready!: Promise<void>`), even if its type here is
 * a promise: testing it is a presence check, or redundant after narrowing, not a misuse.
 */
export function isDeclaredMaybeAbsent(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  const nameNode = target.type === AST_NODE_TYPES.MemberExpression && !target.computed ? target.property : target;
  if (nameNode.type !== AST_NODE_TYPES.Identifier) return false;
  const checker = checkerOf(services);
  const symbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(nameNode));
  if (!symbol || !(symbol.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Property))) return false;
  // `ready!: Promise<void>` (or any field without initializer when fields need none, a static one,
  // a `let` at module level assigned later) may be unset yet.
  const options = services.program.getCompilerOptions();
  const unchecked = !(options.strictPropertyInitialization ?? options.strict ?? false);
  const lazy = (symbol.declarations ?? []).some(
    (declaration) =>
      (ts.isPropertyDeclaration(declaration) || ts.isVariableDeclaration(declaration)) &&
      !declaration.initializer &&
      (declaration.exclamationToken !== undefined ||
        (ts.isPropertyDeclaration(declaration) && (unchecked || isStatic(declaration))) ||
        (ts.isVariableDeclaration(declaration) && !isInAmbientContext(declaration) && !isLoopBinding(declaration))),
  );
  return lazy || !isAlwaysPromiseType(services, checker.getTypeOfSymbol(symbol));
}

/**
 * True when `node` names a variable or property declared only ambiently (the DOM and Node
 * typings, `@types`, a library's `.d.ts`, `declare global`): `animation.finished !== undefined`
 * there is feature detection for environments that lack the API, not a forgotten `await`.
 */
export function isAmbientlyDeclared(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  const nameNode = target.type === AST_NODE_TYPES.MemberExpression && !target.computed ? target.property : target;
  if (nameNode.type !== AST_NODE_TYPES.Identifier) return false;
  const symbol = checkerOf(services).getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(nameNode));
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
export function isParameterRead(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
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
