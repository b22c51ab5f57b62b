import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import * as tsutils from 'ts-api-utils';
import ts from 'typescript';

import { isPromiseStatic, memberName } from './cannot-reject.js';
import { containsInBody, isFunctionNode, isGlobalPromise, variableOf } from './scope.js';
import type { FunctionNode } from './scope.js';
import { checkerOf, elementTypeOf, thenableKindOfType, typeOf } from './types.js';

/*
 * Positions where a promise (or the value it settles with) is expected, and function values that
 * land there uncalled. Awaiting a function, or giving one to `Promise.all`, settles with the
 * function itself: the work it would do never starts. Such a value is still fine when the code
 * goes on to use the result as a function (`const run = await (cached ?? load); await run();`),
 * so every report first asks where the value ends up.
 */

/** Where an uncalled promise-returning function was found. */
export type ExpectedPosition = 'await' | 'combinator' | 'resolve' | 'returned' | 'yielded';

/** A function value that sits where a promise is expected. */
export interface UncalledFunction {
  node: TSESTree.Expression;
  position: ExpectedPosition;
  /** The `Promise` method (`all`, `race`…) for `combinator` and `resolve` positions. */
  method?: string;
}

const combinators = ['all', 'allSettled', 'race', 'any'];
const nullishFlags = ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void;
const opaqueFlags = ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never;

/** Union members of `type`, type parameters replaced by their constraint. */
function partsOf(checker: ts.TypeChecker, type: ts.Type, depth = 0): ts.Type[] {
  if (depth > 6) return [];
  if (tsutils.isTypeParameter(type)) {
    const constraint = checker.getBaseConstraintOfType(type);
    return constraint && constraint !== type ? partsOf(checker, constraint, depth + 1) : [type];
  }
  return type.isUnion() ? type.types.flatMap((part) => partsOf(checker, part, depth + 1)) : [type];
}

/** Call signatures of `part` that return a promise or thenable. */
function thenableSignatures(services: ParserServicesWithTypeInformation, part: ts.Type): readonly ts.Signature[] {
  return part.getCallSignatures().filter((signature) => thenableKindOfType(services, signature.getReturnType()) !== false);
}

/**
 * True when every non-nullish member of `type` is a function that returns a promise or thenable,
 * and the value is not itself awaitable (a callable thenable would be awaited properly).
 */
export function isThenableFunctionType(services: ParserServicesWithTypeInformation, type: ts.Type): boolean {
  if (thenableKindOfType(services, type) !== false) return false;
  const parts = partsOf(checkerOf(services), type).filter((part) => (part.flags & nullishFlags) === 0);
  return parts.length > 0 && parts.every((part) => (part.flags & opaqueFlags) === 0 && thenableSignatures(services, part).length > 0);
}

/** How `()` can be appended to a function value: `'call'`, `'optionalCall'` (it may be nullish), or `false` (arguments are required). */
export function callWithoutArguments(services: ParserServicesWithTypeInformation, node: TSESTree.Node): 'call' | 'optionalCall' | false {
  return callWithoutArgumentsType(services, typeOf(services, node));
}

/** `callWithoutArguments` for a type. */
function callWithoutArgumentsType(services: ParserServicesWithTypeInformation, type: ts.Type): 'call' | 'optionalCall' | false {
  const checker = checkerOf(services);
  const parts = partsOf(checker, type);
  const callable = parts.filter((part) => (part.flags & nullishFlags) === 0);
  const takesNothing = callable.every((part) =>
    thenableSignatures(services, part).some((signature) =>
      signature.parameters.every((parameter) => {
        const declaration = parameter.valueDeclaration;
        return declaration !== undefined && ts.isParameter(declaration) && (checker.isOptionalParameter(declaration) || declaration.dotDotDotToken !== undefined);
      }),
    ),
  );
  if (!takesNothing) return false;
  return callable.length < parts.length ? 'optionalCall' : 'call';
}

/** The expressions whose value `node` can evaluate to: branches of `?:`, `??`, `||`, the right of `&&`, the last of a sequence. */
export function valueLeaves(node: TSESTree.Expression): TSESTree.Expression[] {
  switch (node.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return [...valueLeaves(node.consequent), ...valueLeaves(node.alternate)];
    case AST_NODE_TYPES.LogicalExpression:
      // A function is truthy: `fn && x` is `x`, while `fn || x` and `fn ?? x` are `fn`.
      return node.operator === '&&' ? valueLeaves(node.right) : [...valueLeaves(node.left), ...valueLeaves(node.right)];
    case AST_NODE_TYPES.SequenceExpression:
      return valueLeaves(node.expressions[node.expressions.length - 1]!);
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return valueLeaves(node.expression);
    default:
      return [node];
  }
}

const functionValueShapes: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/**
 * True when `leaf` can be a function written without its call: a name, a member, a function
 * expression. A call's result is left alone (`await makeHandler()` is a different mistake), which
 * spares the checker resolving every awaited and returned call.
 */
function mayNameFunction(context: AnalysisContext, leaf: TSESTree.Expression): boolean {
  if (!functionValueShapes.has(leaf.type)) return false;
  if (leaf.type !== AST_NODE_TYPES.Identifier) return true;
  // A `const` initialized with a value that is not a promise-returning function in practice (a
  // literal, an object, an awaited result) needs no type: the common `return result` costs nothing.
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(leaf), leaf);
  const [def] = variable?.defs ?? [];
  if (variable?.defs.length !== 1 || def?.node.type !== AST_NODE_TYPES.VariableDeclarator || def.parent?.type !== AST_NODE_TYPES.VariableDeclaration) return true;
  const init = def.node.init;
  return def.parent.kind !== 'const' || def.node.id.type !== AST_NODE_TYPES.Identifier || !init || !valueInitializers.has(init.type);
}

const valueInitializers: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.AwaitExpression,
]);

/** The awaited form of the contextual type at `node`: `'function'` when it can hold a function, `'value'` when not, `'none'` without one. */
function contextualWants(services: ParserServicesWithTypeInformation, node: TSESTree.Node): 'function' | 'value' | 'none' {
  const checker = checkerOf(services);
  const contextual = checker.getContextualType(services.esTreeNodeToTSNodeMap.get(node) as ts.Expression);
  if (!contextual) return 'none';
  return wantsFunction(checker, contextual) ? 'function' : 'value';
}

/** True when `type` (awaited) is `any` or has a callable member. */
function wantsFunction(checker: ts.TypeChecker, type: ts.Type): boolean {
  const awaited = checker.getAwaitedType(type) ?? type;
  return partsOf(checker, awaited).some((part) => (part.flags & ts.TypeFlags.Any) !== 0 || part.getCallSignatures().length > 0 || isGlobalFunction(part));
}

function isGlobalFunction(type: ts.Type): boolean {
  const name = type.getSymbol()?.getName();
  return name === 'Function' || name === 'CallableFunction';
}

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What the analysis needs from a rule: its parser services and source code. */
export interface AnalysisContext {
  services: ParserServicesWithTypeInformation;
  sourceCode: SourceCode;
}

/** True when the promise callback `fn` is the fulfilment or rejection handler of a `.then`/`.catch` call; returns that call. */
function promiseCallbackCall(context: AnalysisContext, fn: FunctionNode): TSESTree.CallExpression | undefined {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(call.callee);
  const index = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  const isHandler = (method === 'then' && (index === 0 || index === 1)) || (method === 'catch' && index === 0);
  if (!isHandler || thenableKindOfType(context.services, typeOf(context.services, call.callee.object)) === false) return undefined;
  return call;
}

/** True when a binding's reads use the value as a function (called, passed on as one, tested for it). */
function bindingUsedAsFunction(context: AnalysisContext, id: TSESTree.Identifier, depth: number, expectsValue = false): boolean {
  const variable = variableOf(context.sourceCode, id);
  if (!variable) return true;
  return variable.references.some(
    (reference) =>
      reference.identifier !== id && reference.isRead() && usedAsFunction(context, reference.identifier as TSESTree.Expression, depth + 1, expectsValue),
  );
}

/**
 * True when the value of `node` (after any awaiting, which leaves a function unchanged) is later
 * used as a function, or may be: then handing over a function is deliberate. Discarded values and
 * positions typed as non-functions (`void`, `unknown`, `Promise<void>`) are not. `expectsValue`
 * says the code already showed it wants a promise's value (an `await`, a race against promises),
 * so an untyped `return` does not make the function a deliberate result.
 */
export function usedAsFunction(context: AnalysisContext, node: TSESTree.Expression, depth = 0, expectsValue = false): boolean {
  if (depth > 4) return true;
  const parent = node.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.AwaitExpression:
      return usedAsFunction(context, parent, depth, true);
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.LogicalExpression:
      return usedAsFunction(context, parent, depth, expectsValue);
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === node || usedAsFunction(context, parent, depth, expectsValue);
    case AST_NODE_TYPES.SequenceExpression:
      return parent.expressions[parent.expressions.length - 1] === node && usedAsFunction(context, parent, depth, expectsValue);
    case AST_NODE_TYPES.ExpressionStatement:
      return false;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator !== 'void';
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      if (parent.callee !== node && isDataConversion(context.sourceCode, parent)) return false;
      return parent.callee === node || contextualWants(context.services, node) !== 'value';
    case AST_NODE_TYPES.TemplateLiteral:
      // `${value}` turns the value into text; a tag, though, receives it as it is.
      return parent.parent.type === AST_NODE_TYPES.TaggedTemplateExpression;
    case AST_NODE_TYPES.MemberExpression:
      if (parent.object === node && isPlainValueType(context.services, node)) return false;
      return parent.object !== node || memberUsedAsFunction(context, parent, depth, expectsValue);
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.init !== node) return true;
      if (parent.id.typeAnnotation) return contextualWants(context.services, node) !== 'value';
      return parent.id.type !== AST_NODE_TYPES.Identifier || bindingUsedAsFunction(context, parent.id, depth, expectsValue);
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ArrowFunctionExpression: {
      const fn = parent.type === AST_NODE_TYPES.ReturnStatement ? enclosingFunction(parent) : parent;
      if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body !== node) return true;
      return !fn || returnedUsedAsFunction(context, fn, depth, expectsValue);
    }
    case AST_NODE_TYPES.YieldExpression:
      return contextualWants(context.services, node) === 'function';
    default:
      return contextualWants(context.services, node) !== 'value';
  }
}

const conversions = new Set(['String', 'Number', 'BigInt', 'parseInt', 'parseFloat', 'encodeURI', 'encodeURIComponent']);
const dataMembers: Record<string, RegExp> = { JSON: /^stringify$/, console: /^(log|info|warn|error|debug|trace)$/ };

/** True for a call to a global that turns its arguments into text or numbers: `String(x)`, `JSON.stringify(x)`, `console.log(x)`. */
function isDataConversion(sourceCode: SourceCode, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = call.callee;
  let root: TSESTree.Identifier;
  if (callee.type === AST_NODE_TYPES.Identifier && conversions.has(callee.name)) {
    root = callee;
  } else if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && !callee.computed) {
    const pattern = dataMembers[callee.object.name];
    if (!pattern || !Object.hasOwn(dataMembers, callee.object.name) || !pattern.test(memberName(callee) ?? '')) return false;
    root = callee.object;
  } else {
    return false;
  }
  const variable = variableOf(sourceCode, root);
  return !variable || variable.defs.length === 0;
}

/** True when the static type of `node` (after a cast such as `value as string`) has no callable member and is not `any`. */
function isPlainValueType(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  const checker = checkerOf(services);
  const parts = partsOf(checker, typeOf(services, node));
  return parts.length > 0 && parts.every((part) => (part.flags & opaqueFlags) === 0 && part.getCallSignatures().length === 0 && !isGlobalFunction(part)) &&
    thenableKindOfType(services, typeOf(services, node)) === false;
}

/** `value.then(cb)`, `value.catch(…)`, `value.finally(…)`: where the settled value goes next. */
function memberUsedAsFunction(context: AnalysisContext, member: TSESTree.MemberExpression, depth: number, expectsValue: boolean): boolean {
  const method = memberName(member);
  const call = member.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return true;
  if (thenableKindOfType(context.services, typeOf(context.services, member.object)) === false) return true;
  if (method === 'catch' || method === 'finally') return usedAsFunction(context, call, depth, expectsValue);
  if (method !== 'then') return true;
  const [onFulfilled] = call.arguments;
  if (onFulfilled === undefined) return usedAsFunction(context, call, depth, expectsValue);
  if (!isFunctionNode(onFulfilled)) return true;
  const [parameter] = onFulfilled.params;
  if (parameter === undefined) return false;
  return parameter.type !== AST_NODE_TYPES.Identifier || bindingUsedAsFunction(context, parameter, depth);
}

/** The function whose `return` statement this is. */
function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/**
 * Whether what `fn` returns is used as a function: by the consumer of its `.then` call, or as
 * its declared or contextual return type allows. Without types, a function returning a function
 * is taken for a factory unless `expectsValue`.
 */
function returnedUsedAsFunction(context: AnalysisContext, fn: FunctionNode, depth: number, expectsValue: boolean): boolean {
  const thenCall = promiseCallbackCall(context, fn);
  // `loadHandler().catch(() => defaultHandler)`: a fallback for a promise of a function is one too.
  const callee = thenCall?.callee as TSESTree.MemberExpression | undefined;
  const isFallback = callee !== undefined && (memberName(callee) === 'catch' || thenCall!.arguments[1] === fn);
  if (isFallback && settlesWithFunction(context.services, callee.object)) return true;
  if (thenCall) return usedAsFunction(context, thenCall, depth, expectsValue);
  if (fn.generator) return true;
  const checker = checkerOf(context.services);
  if (fn.returnType) {
    return wantsFunction(checker, checker.getTypeFromTypeNode(context.services.esTreeNodeToTSNodeMap.get(fn.returnType.typeAnnotation) as ts.TypeNode));
  }
  if (fn.type !== AST_NODE_TYPES.FunctionDeclaration) {
    const contextual = checker.getContextualType(context.services.esTreeNodeToTSNodeMap.get(fn) as ts.Expression);
    const signatures = contextual ? partsOf(checker, contextual).flatMap((part) => part.getCallSignatures()) : [];
    if (signatures.length > 0) return signatures.some((signature) => wantsFunction(checker, signature.getReturnType()));
  }
  return !expectsValue;
}

/** True when the slot `index` of a `Promise.all`/`allSettled` result is used as a function. */
function slotUsedAsFunction(context: AnalysisContext, call: TSESTree.CallExpression, index: number, settled: boolean): boolean {
  let holder: TSESTree.Node = call;
  while (holder.parent?.type === AST_NODE_TYPES.AwaitExpression || holder.parent?.type === AST_NODE_TYPES.TSNonNullExpression) holder = holder.parent;
  const parent = holder.parent;
  let pattern: TSESTree.Node | undefined;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === holder) {
    if (parent.id.typeAnnotation) return contextualWants(context.services, holder) !== 'value';
    pattern = parent.id;
  } else if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === holder && memberName(parent) === 'then') {
    const callback = parent.parent.type === AST_NODE_TYPES.CallExpression ? parent.parent.arguments[0] : undefined;
    if (!isFunctionNode(callback)) return callback !== undefined;
    pattern = callback.params[0];
    if (pattern === undefined) return false;
  } else {
    // Discarded, returned, passed on whole: a function slot of such a result is a mistake unless a type wants it.
    return parent?.type !== AST_NODE_TYPES.ExpressionStatement && contextualWants(context.services, holder) === 'function';
  }
  if (pattern.type === AST_NODE_TYPES.Identifier) return indexedSlotUsedAsFunction(context, pattern, index, settled);
  if (pattern.type !== AST_NODE_TYPES.ArrayPattern) return true;
  const element = pattern.elements[index];
  if (element === undefined || element === null) return pattern.elements.slice(0, index).some((item) => item?.type === AST_NODE_TYPES.RestElement);
  if (element.type !== AST_NODE_TYPES.Identifier) return true;
  return settled ? settledValueUsedAsFunction(context, element) : bindingUsedAsFunction(context, element, 0, true);
}

/** `results[index]` (or its `.value` for settled results) read from the binding `results` and used as a function. */
function indexedSlotUsedAsFunction(context: AnalysisContext, results: TSESTree.Identifier, index: number, settled: boolean): boolean {
  const variable = variableOf(context.sourceCode, results);
  return !variable || variable.references.some((reference) => {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || !member.computed) return false;
    if (member.property.type !== AST_NODE_TYPES.Literal || member.property.value !== index) return false;
    const holder = member.parent;
    if (!settled) return usedAsFunction(context, member, 1, true);
    return holder.type === AST_NODE_TYPES.MemberExpression && holder.object === member && memberName(holder) === 'value' && usedAsFunction(context, holder, 1, true);
  });
}

/** True when the `.value` of a settled result bound to `id` is used as a function. */
function settledValueUsedAsFunction(context: AnalysisContext, id: TSESTree.Identifier): boolean {
  const variable = variableOf(context.sourceCode, id);
  return !variable || variable.references.some((reference) => {
    const read = reference.identifier;
    if (read === id) return false;
    const member = read.parent;
    return member?.type === AST_NODE_TYPES.MemberExpression && member.object === read && memberName(member) === 'value' && usedAsFunction(context, member, 1, true);
  });
}

/** Uncalled promise-returning functions among the values `node` can evaluate to. */
function uncalledLeaves(context: AnalysisContext, node: TSESTree.Expression): TSESTree.Expression[] {
  return valueLeaves(node).filter((leaf) => mayNameFunction(context, leaf) && isThenableFunctionType(context.services, typeOf(context.services, leaf)));
}

/** True when `node` is a promise (or value) that settles with a function: code that deals in functions. */
function settlesWithFunction(services: ParserServicesWithTypeInformation, node: TSESTree.Node): boolean {
  const checker = checkerOf(services);
  const awaited = checker.getAwaitedType(typeOf(services, node));
  return awaited !== undefined && partsOf(checker, awaited).some((part) => part.getCallSignatures().length > 0);
}

/** Uncalled promise-returning functions in `await x`, where the awaited result is not used as a function. */
export function uncalledInAwait(context: AnalysisContext, node: TSESTree.AwaitExpression): UncalledFunction[] {
  const all = valueLeaves(node.argument);
  const leaves = all.filter((leaf) => mayNameFunction(context, leaf) && isThenableFunctionType(context.services, typeOf(context.services, leaf)));
  if (leaves.length === 0 || usedAsFunction(context, node, 0, true)) return [];
  // `await (this.pendingHandler ?? defaultHandler)`: the other branch is a promise of a function as well.
  if (all.some((leaf) => !leaves.includes(leaf) && settlesWithFunction(context.services, leaf))) return [];
  return leaves.map((leaf) => ({ node: leaf, position: 'await' }));
}

/** Uncalled functions in `Promise.all([…])`-family array literals and `Promise.resolve(fn)`. */
export function uncalledInPromiseStatic(context: AnalysisContext, call: TSESTree.CallExpression): UncalledFunction[] {
  if (!isPromiseStatic(call, [...combinators, 'resolve']) || !isGlobalPromise(context.sourceCode, call)) return [];
  const method = memberName(call.callee)!;
  const [argument] = call.arguments;
  if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return [];
  if (method === 'resolve') {
    const leaves = uncalledLeaves(context, argument);
    if (leaves.length === 0 || usedAsFunction(context, call)) return [];
    return leaves.map((leaf) => ({ node: leaf, position: 'resolve', method }));
  }
  if (argument.type !== AST_NODE_TYPES.ArrayExpression) return [];
  const found: UncalledFunction[] = [];
  argument.elements.forEach((element, index) => {
    if (element === null || element.type === AST_NODE_TYPES.SpreadElement) return;
    const leaves = uncalledLeaves(context, element);
    if (leaves.length === 0) return;
    const wanted = method === 'all' || method === 'allSettled'
      ? slotUsedAsFunction(context, call, index, method === 'allSettled')
      : usedAsFunction(context, call, 0, true);
    if (!wanted) found.push(...leaves.map((leaf) => ({ node: leaf, position: 'combinator' as const, method })));
  });
  return found;
}

/** An array of functions given to `Promise.all` and the like; `callable` when every element can be called without arguments. */
export interface UncalledArray {
  node: TSESTree.Expression;
  method: string;
  callable: boolean;
}

/** `Promise.all(fns)` where `fns` (not a literal) is an array of promise-returning functions. */
export function arrayOfUncalledFunctions(context: AnalysisContext, call: TSESTree.CallExpression): UncalledArray | undefined {
  if (!isPromiseStatic(call, combinators) || !isGlobalPromise(context.sourceCode, call)) return undefined;
  const [argument] = call.arguments;
  if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement || argument.type === AST_NODE_TYPES.ArrayExpression) return undefined;
  const element = elementTypeOf(context.services, typeOf(context.services, argument));
  if (element === undefined || !isThenableFunctionType(context.services, element) || usedAsFunction(context, call)) return undefined;
  return { node: argument, method: memberName(call.callee)!, callable: callWithoutArgumentsType(context.services, element) === 'call' };
}

/** Uncalled functions returned from an async function or a `.then`/`.catch` callback whose result is not meant to be a function. */
export function uncalledInReturn(context: AnalysisContext, fn: FunctionNode, returned: TSESTree.Expression): UncalledFunction[] {
  if (!fn.async && !promiseCallbackCall(context, fn)) return [];
  if (fn.generator) return [];
  const leaves = uncalledLeaves(context, returned);
  if (leaves.length === 0) return [];
  // `if (cached) return cached; return fetchToken;`: the other returns show a value was meant.
  const mixed = otherResultsAreValues(context, fn, returned, AST_NODE_TYPES.ReturnStatement);
  if (returnedUsedAsFunction(context, fn, 0, mixed)) return [];
  return leaves.map((leaf) => ({ node: leaf, position: 'returned' }));
}

/** Uncalled functions yielded by an async generator whose yield type does not want a function. */
export function uncalledInYield(context: AnalysisContext, node: TSESTree.YieldExpression): UncalledFunction[] {
  const fn = enclosingFunction(node);
  if (!node.argument || node.delegate || !fn?.async || !fn.generator) return [];
  const leaves = uncalledLeaves(context, node.argument);
  if (leaves.length === 0) return [];
  const wants = contextualWants(context.services, node.argument);
  // An untyped generator that yields only functions may be a generator of handlers.
  if (wants === 'function' || (wants === 'none' && !otherResultsAreValues(context, fn, node.argument, AST_NODE_TYPES.YieldExpression))) return [];
  return leaves.map((leaf) => ({ node: leaf, position: 'yielded' }));
}

/** True when another `return` (or `yield`) of `fn` produces a value that is neither a function, a promise of one, nor nullish. */
function otherResultsAreValues(
  context: AnalysisContext,
  fn: FunctionNode,
  current: TSESTree.Expression,
  kind: AST_NODE_TYPES.ReturnStatement | AST_NODE_TYPES.YieldExpression,
): boolean {
  const { services } = context;
  return containsInBody(fn.body, (node) => {
    if (node.type !== kind || node.type === AST_NODE_TYPES.YieldExpression && node.delegate) return false;
    const argument = (node as TSESTree.ReturnStatement | TSESTree.YieldExpression).argument;
    if (!argument || argument === current) return false;
    return valueLeaves(argument).some((leaf) => {
      const type = typeOf(services, leaf);
      if (isThenableFunctionType(services, type) || settlesWithFunction(services, leaf)) return false;
      return partsOf(checkerOf(services), type).some((part) => (part.flags & (nullishFlags | opaqueFlags)) === 0);
    });
  });
}
