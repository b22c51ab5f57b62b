import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { constInitializer } from '../scope/initializers.js';
import { skipTypeWrappers, typeWrapperTypes } from '../syntax/nodes.js';
import { calleeNames, isAssertionCallee } from '../syntax/calls.js';
import type { Checker } from '../types/checker.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { elementTypeOf, parameterTypeAt, thenableKindOfType } from '../types/thenables.js';
import { isAnything } from './value-uses.js';

/** Collections whose methods store or look up any value: a promise is an element like any other. */
const containerNames = new Set([
  'Array',
  'ReadonlyArray',
  'Set',
  'ReadonlySet',
  'Map',
  'ReadonlyMap',
  'WeakMap',
  'WeakSet',
  'WeakRef',
  'FinalizationRegistry',
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
  analysis: Analysis,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  argument: TSESTree.Expression,
  operand?: TSESTree.Expression,
): boolean {
  const checker = checkerOf(analysis);
  const tsCall = analysis.services.esTreeNodeToTSNodeMap.get(call) as ts.CallLikeExpression;
  const signature = safeResolvedSignature(checker, tsCall);
  if (!signature) return false;
  const index = call.arguments.indexOf(argument);
  if (index < 0 || call.arguments.slice(0, index).some((item) => item.type === AST_NODE_TYPES.SpreadElement)) return false;
  const resolved = parameterTypeAt(checker, signature, index);
  // An unresolved type (a missing `@types` package) reads as `any` but says nothing about intent.
  if (!resolved || isErrorType(resolved)) return false;
  const declared = checker.getNonNullableType(resolved);
  // `data: Record<string, unknown>` given an object literal (in place, or a `const` built from one):
  // each of its values goes where anything goes.
  // `rows: Array<Record<string, unknown>>` given an array literal of them: the same, one level down.
  // `{ type, payload: { certificate: p } }` for `{ type: string; payload: Record<string, unknown> }`: deeper down, the same.
  if (
    !isAnything(checker, declared) &&
    !(isObjectLiteralValue(analysis, argument) && isOpenRecord(declared)) &&
    !(operand !== undefined && nestedSlotTakesAnything(analysis, operand, argument)) &&
    !(isLiteralValue(analysis, argument, AST_NODE_TYPES.ArrayExpression) && isArrayOfAnything(analysis, checker, declared))
  )
    return false;
  // A type guard (`isPromise(value: unknown): value is Promise<unknown>`) is asked last: most
  // parameters are typed, and on the tsgo backend each question is a round trip.
  if (checker.getTypePredicateOfSignature(signature)) return false;
  const callee = skipTypeWrappers(call.callee);
  if (takesPromisesByDesign(callee) || isCallbackParameter(analysis, callee)) return false;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const receiver = typeOf(analysis, callee.object);
    const name = (receiver.getSymbol() ?? receiver.aliasSymbol)?.getName() ?? '';
    if (containerNames.has(name)) return false;
  }
  const declaration = signature.getDeclaration() as ts.SignatureDeclaration | undefined;
  const parameter = declaration ? parameterDeclarationAt(declaration, index) : undefined;
  if (parameter && isOwnTypeParameter(checker, declaration!, parameter)) return false;
  if (parameter && bodyChecksForPromise(declaration!, parameter)) return false;
  const others = call.arguments.filter((item) => item !== argument && item.type !== AST_NODE_TYPES.SpreadElement);
  return !others.some((other) => thenableKindOfType(analysis, typeOf(analysis, other)) !== false);
}

/** True for a dictionary of anything with no named members: `Record<string, unknown>`, `{ [key: string]: any }`. */
function isOpenRecord(type: ts.Type): boolean {
  const index = type.getStringIndexType();
  return index !== undefined && (index.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0 && type.getProperties().length === 0;
}

/**
 * True when `operand`, a value written inside the object literal `within` (through object literals
 * only), goes where anything goes: the type the literal's context gives it is `any`, `unknown`,
 * `object` or `{}` (a property of an open record, `payload: Record<string, unknown>`).
 */
export function nestedSlotTakesAnything(analysis: Analysis, operand: TSESTree.Expression, within: TSESTree.Expression): boolean {
  if (operand === within) return false;
  for (let current: TSESTree.Node = operand; current !== within; current = current.parent!) {
    const parent = current.parent;
    if (!parent) return false;
    const step =
      (parent.type === AST_NODE_TYPES.Property && parent.value === current) ||
      (parent.type === AST_NODE_TYPES.ObjectExpression && current.type === AST_NODE_TYPES.Property) ||
      typeWrapperTypes.has(parent.type);
    if (!step) return false;
  }
  const checker = checkerOf(analysis);
  const contextual = checker.getContextualType(analysis.services.esTreeNodeToTSNodeMap.get(operand) as ts.Expression);
  if (contextual === undefined || isErrorType(contextual)) return false;
  // `{ to, data: payload }` for `data: Record<string, unknown>`, `payload` a `const` built from an
  // object literal: each of its values goes where anything goes, as for a literal written there.
  return (
    isAnything(checker, contextual) || (isOpenRecord(checker.getNonNullableType(contextual)) && isObjectLiteralValue(analysis, operand))
  );
}

/**
 * A cheap first look before resolving the call: false when no declared signature of the callee
 * has a parameter at `index` that takes any value (`any`, `unknown`, `{}`, `object`), so neither
 * the call's resolution nor the argument's type is needed (`db.query(sql, params)`, `log(msg)`).
 */
export function mayTakeAnyValue(analysis: Analysis, call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): boolean {
  if (index < 0) return true;
  const checker = checkerOf(analysis);
  const calleeType = typeOf(analysis, call.callee);
  const signatures = call.type === AST_NODE_TYPES.NewExpression ? calleeType.getConstructSignatures() : calleeType.getCallSignatures();
  if (signatures.length === 0) return true;
  return signatures.some((signature) => {
    const declared = parameterTypeAt(checker, signature, index);
    if (!declared) return false;
    const parts = unionMembers(declared);
    // Type parameters are instantiated per call: only the resolved call can tell.
    return parts.some(
      (part) =>
        (part.flags & ts.TypeFlags.TypeParameter) !== 0 ||
        isAnything(checker, part) ||
        isOpenRecord(part) ||
        isArrayOfAnything(analysis, checker, part),
    );
  });
}

/** An object literal, or a `const` initialized with one (`const entry = { … }; ledger.append(entry)`). */
function isObjectLiteralValue(analysis: Analysis, node: TSESTree.Expression): boolean {
  return isLiteralValue(analysis, node, AST_NODE_TYPES.ObjectExpression);
}

/** A literal of the `kind` given, in place or as the initializer of a `const`. */
function isLiteralValue(
  analysis: Analysis,
  node: TSESTree.Expression,
  kind: AST_NODE_TYPES.ObjectExpression | AST_NODE_TYPES.ArrayExpression,
): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === kind) return true;
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const init = constInitializer(analysis, target);
  return init !== undefined && skipTypeWrappers(init).type === kind;
}

/** An array (or one-element tuple) whose elements take anything or are open records: `unknown[]`, `Array<Record<string, unknown>>`. */
function isArrayOfAnything(analysis: Analysis, checker: Checker, type: ts.Type): boolean {
  const element = elementTypeOf(analysis, type);
  return element !== undefined && (isAnything(checker, element) || isOpenRecord(element));
}

/** A function received as a parameter (`resolve`, `next`, `done`, `cb`): what it accepts is not known here. */
function isCallbackParameter(analysis: Analysis, callee: TSESTree.Node): boolean {
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(callee), callee);
  return variable?.defs.some((definition) => definition.type === 'Parameter') ?? false;
}

/** Mock set-up methods that take the value a stub returns: a promise, for an async stub. */
const mockMethods = new Set([
  'mockReturnValue',
  'mockReturnValueOnce',
  'mockResolvedValue',
  'mockResolvedValueOnce',
  'returns',
  'resolves',
  'returnValue',
  'willReturn',
  'thenReturn',
  'callsFake',
]);

/** `fn.bind(p)`, `fn.call(p, …)`: the promise is the `this` of a function that works on promises. */
const thisBinders = new Set(['bind', 'call', 'apply']);

/** True for assertions, mock set-up, `this` binding and `resolve(p)`-style calls, which take promises by design. */
function takesPromisesByDesign(callee: TSESTree.Node): boolean {
  const [called = ''] = calleeNames(callee);
  return isAssertionCallee(callee) || mockMethods.has(called) || thisBinders.has(called) || /^resolve/i.test(called);
}

function isErrorType(type: ts.Type): boolean {
  const parts = unionMembers(type);
  return parts.some((part) => (part as { intrinsicName?: string }).intrinsicName === 'error');
}

function safeResolvedSignature(checker: Checker, node: ts.CallLikeExpression): ts.Signature | undefined {
  try {
    return checker.resolvedSignature(node);
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
function isOwnTypeParameter(checker: Checker, declaration: ts.SignatureDeclaration, parameter: ts.ParameterDeclaration): boolean {
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
