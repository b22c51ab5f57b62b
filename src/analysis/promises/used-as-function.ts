import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { isGlobalIdentifier } from '../scope/globals.js';
import { variableOf } from '../scope/variables.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { enclosingClassBody, enclosingFunction, isFunctionNode, memberName } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { isOpaqueType, unionMembersThroughConstraints } from '../types/members.js';
import { isFunctionInterfaceType, thenableKindOfType } from '../types/thenables.js';
import { contextualWants, settlesWithFunction, wantsFunction } from './uncalled-functions.js';

/** True when the promise callback `fn` is the fulfilment or rejection handler of a `.then`/`.catch` call; returns that call. */
export function promiseCallbackCall(analysis: Analysis, fn: FunctionNode): TSESTree.CallExpression | undefined {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(call.callee);
  const index = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  const isHandler = (method === 'then' && (index === 0 || index === 1)) || (method === 'catch' && index === 0);
  if (!isHandler || thenableKindOfType(analysis, typeOf(analysis, call.callee.object)) === false) return undefined;
  return call;
}

/** True when a binding's reads use the value as a function (called, passed on as one, tested for it). */
function bindingUsedAsFunction(analysis: Analysis, id: TSESTree.Identifier, depth: number, expectsValue = false): boolean {
  const variable = variableOf(analysis, id);
  if (!variable) return true;
  return variable.references.some(
    (reference) =>
      reference.identifier !== id &&
      reference.isRead() &&
      usedAsFunction(analysis, reference.identifier as TSESTree.Expression, depth + 1, expectsValue),
  );
}

/**
 * True when the value of `node` (after any awaiting, which leaves a function unchanged) is later
 * used as a function, or may be: then handing over a function is deliberate. Discarded values and
 * positions typed as non-functions (`void`, `unknown`, `Promise<void>`) are not. `expectsValue`
 * says the code already showed it wants a promise's value (an `await`, a race against promises),
 * so an untyped `return` does not make the function a deliberate result.
 */
export function usedAsFunction(analysis: Analysis, node: TSESTree.Expression, depth = 0, expectsValue = false): boolean {
  if (depth > 4) return true;
  const parent = node.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.AwaitExpression:
      return usedAsFunction(analysis, parent, depth, true);
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.LogicalExpression:
      return usedAsFunction(analysis, parent, depth, expectsValue);
    case AST_NODE_TYPES.ConditionalExpression:
      if (parent.test === node) return !alwaysTruthyTest(analysis, node, expectsValue);
      return usedAsFunction(analysis, parent, depth, expectsValue);
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      if (parent.test === node && alwaysTruthyTest(analysis, node, expectsValue)) return false;
      return contextualWants(analysis, node) !== 'value';
    case AST_NODE_TYPES.SequenceExpression:
      return parent.expressions[parent.expressions.length - 1] === node && usedAsFunction(analysis, parent, depth, expectsValue);
    case AST_NODE_TYPES.ExpressionStatement:
      return false;
    case AST_NODE_TYPES.UnaryExpression:
      if (parent.operator === '!' && alwaysTruthyTest(analysis, node, expectsValue)) return false;
      return parent.operator !== 'void';
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      if (parent.callee !== node && isDataConversion(analysis, parent)) return false;
      return parent.callee === node || contextualWants(analysis, node) !== 'value';
    case AST_NODE_TYPES.TemplateLiteral:
      // `${value}` turns the value into text; a tag, though, receives it as it is.
      return parent.parent.type === AST_NODE_TYPES.TaggedTemplateExpression;
    case AST_NODE_TYPES.MemberExpression:
      if (parent.object === node && isPlainValueType(analysis, node)) return false;
      return parent.object !== node || memberUsedAsFunction(analysis, parent, depth, expectsValue);
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.init !== node) return true;
      if (parent.id.typeAnnotation) return contextualWants(analysis, node) !== 'value';
      return parent.id.type !== AST_NODE_TYPES.Identifier || bindingUsedAsFunction(analysis, parent.id, depth, expectsValue);
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ArrowFunctionExpression: {
      const fn = parent.type === AST_NODE_TYPES.ReturnStatement ? enclosingFunction(parent) : parent;
      if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body !== node) return true;
      return !fn || returnedUsedAsFunction(analysis, fn, depth, expectsValue);
    }
    case AST_NODE_TYPES.YieldExpression:
      return contextualWants(analysis, node) === 'function';
    case AST_NODE_TYPES.Property:
      return parent.value !== node || propertyUsedAsFunction(analysis, node, parent);
    case AST_NODE_TYPES.AssignmentExpression: {
      // `this.ready = chain` into a field declared without a type: its type is this value's, so only its reads say.
      const reads = parent.right === node ? untypedFieldReads(parent.left) : undefined;
      if (reads) return reads.some((read) => usedAsFunction(analysis, read, depth + 1, expectsValue));
      return contextualWants(analysis, node) !== 'value';
    }
    default:
      return contextualWants(analysis, node) !== 'value';
  }
}

/**
 * The reads (`this.ready`) in its class of the field `target` names, when the class declares it
 * without a type or initializer (`readonly ready;`): the field's type is inferred from what is
 * assigned, so it asks for nothing. `undefined` for anything else, or a field never read there.
 */
function untypedFieldReads(target: TSESTree.Node): TSESTree.MemberExpression[] | undefined {
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  const name = memberName(target);
  const body = enclosingClassBody(target);
  if (!body || name === undefined) return undefined;
  const declared = body.body.find(
    (member) =>
      member.type === AST_NODE_TYPES.PropertyDefinition &&
      !member.computed &&
      member.key.type === AST_NODE_TYPES.Identifier &&
      member.key.name === name,
  ) as TSESTree.PropertyDefinition | undefined;
  if (!declared || declared.typeAnnotation || declared.value) return undefined;
  const reads: TSESTree.MemberExpression[] = [];
  walk(
    body,
    (node) => {
      if (
        node.type === AST_NODE_TYPES.MemberExpression &&
        node !== target &&
        node.object.type === AST_NODE_TYPES.ThisExpression &&
        memberName(node) === name &&
        !(node.parent.type === AST_NODE_TYPES.AssignmentExpression && node.parent.left === node)
      )
        reads.push(node);
      return undefined;
    },
    { nested: true },
  );
  return reads.length > 0 ? reads : undefined;
}

/**
 * True when the code awaited a value (it wanted a promise's value) and then tests it for
 * truthiness although its type is a function that is always there (`!(await broker.isConnected)`,
 * `const ok = await isReady; if (ok) …`): the test is always true for a function, so it was meant
 * for the data the call would have given. A test of a function that may be absent
 * (`await (this.onReady ?? undefined)`) checks for a handler and stays a use as a function.
 */
function alwaysTruthyTest(analysis: Analysis, node: TSESTree.Expression, expectsValue: boolean): boolean {
  if (!expectsValue) return false;
  const parts = unionMembersThroughConstraints(checkerOf(analysis), typeOf(analysis, node));
  return parts.length > 0 && parts.every((part) => part.getCallSignatures().length > 0);
}

/**
 * A value placed in an object literal: its property's contextual type decides; without one, an
 * object handed to a data sink (`res.json(body: unknown)`, `JSON.stringify`, `console.log`) holds
 * data, while any other object may carry handlers.
 */
function propertyUsedAsFunction(analysis: Analysis, node: TSESTree.Expression, property: TSESTree.Property): boolean {
  const wants = contextualWants(analysis, node);
  if (wants !== 'none') return wants === 'function';
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return true;
  const holder = object.parent;
  if (holder.type !== AST_NODE_TYPES.CallExpression || holder.callee === object) return true;
  if (isDataConversion(analysis, holder)) return false;
  const checker = checkerOf(analysis);
  const contextual = checker.getContextualType(analysis.services.esTreeNodeToTSNodeMap.get(object) as ts.Expression);
  return contextual === undefined || (contextual.flags & ts.TypeFlags.Unknown) === 0;
}

/** Global functions that turn their argument into text or a number (not when shadowed by a local). */
const conversionGlobals = new Set(['String', 'Number', 'BigInt', 'parseInt', 'parseFloat', 'encodeURI', 'encodeURIComponent']);

const dataMembers: Record<string, RegExp> = {
  JSON: /^stringify$/,
  console: /^(log|info|warn|error|debug|trace|table|dir)$/,
  // `Array.isArray(schedule)`: a test of what kind of data arrived, never of a function.
  Array: /^isArray$/,
};

/** True for a call that turns its arguments into text or numbers, or tests them as data: `String(x)`, `JSON.stringify(x)`, `console.log(x)`, `res.json(x)`, `Array.isArray(x)`. */
function isDataConversion(analysis: Analysis, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = call.callee;
  // `Response.json(body)`, `res.json(body)`, `c.json(body)`: a JSON response serializes what it is given
  if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'json' && call.arguments.length > 0) return true;
  let root: TSESTree.Identifier;
  if (callee.type === AST_NODE_TYPES.Identifier && conversionGlobals.has(callee.name)) {
    root = callee;
  } else if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && !callee.computed) {
    const pattern = dataMembers[callee.object.name];
    if (!pattern || !Object.hasOwn(dataMembers, callee.object.name) || !pattern.test(memberName(callee) ?? '')) return false;
    root = callee.object;
  } else {
    return false;
  }
  return isGlobalIdentifier(analysis, root);
}

/** True when the static type of `node` (after a cast such as `value as string`) has no callable member and is not `any`. */
function isPlainValueType(analysis: Analysis, node: TSESTree.Node): boolean {
  const checker = checkerOf(analysis);
  const parts = unionMembersThroughConstraints(checker, typeOf(analysis, node));
  return (
    parts.length > 0 &&
    parts.every((part) => !isOpaqueType(part) && part.getCallSignatures().length === 0 && !isFunctionInterfaceType(part)) &&
    thenableKindOfType(analysis, typeOf(analysis, node)) === false
  );
}

/** `value.then(cb)`, `value.catch(…)`, `value.finally(…)`: where the settled value goes next. */
function memberUsedAsFunction(analysis: Analysis, member: TSESTree.MemberExpression, depth: number, expectsValue: boolean): boolean {
  const method = memberName(member);
  const call = member.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) {
    // `invites.length`, `user.name`, `page.items`: a function has a `length` and a `name` only by
    // accident, and no other data property; reading them is reading a value
    if (method === 'length' || method === 'name') return false;
    return method === undefined || typeOf(analysis, member.object).getProperty(method) !== undefined;
  }
  if (thenableKindOfType(analysis, typeOf(analysis, member.object)) === false) return true;
  if (method === 'catch' || method === 'finally') return usedAsFunction(analysis, call, depth, expectsValue);
  if (method !== 'then') return true;
  const [onFulfilled] = call.arguments;
  if (onFulfilled === undefined) return usedAsFunction(analysis, call, depth, expectsValue);
  if (!isFunctionNode(onFulfilled)) return true;
  const [parameter] = onFulfilled.params;
  if (parameter === undefined) return false;
  return parameter.type !== AST_NODE_TYPES.Identifier || bindingUsedAsFunction(analysis, parameter, depth);
}

/**
 * Whether what `fn` returns is used as a function: by the consumer of its `.then` call, or as
 * its declared or contextual return type allows. Without types, a function returning a function
 * is taken for a factory unless `expectsValue`.
 */
export function returnedUsedAsFunction(analysis: Analysis, fn: FunctionNode, depth: number, expectsValue: boolean): boolean {
  const thenCall = promiseCallbackCall(analysis, fn);
  // `loadHandler().catch(() => defaultHandler)`: a fallback for a promise of a function is one too.
  const callee = thenCall?.callee as TSESTree.MemberExpression | undefined;
  const isFallback = callee !== undefined && (memberName(callee) === 'catch' || thenCall!.arguments[1] === fn);
  if (isFallback && settlesWithFunction(analysis, callee.object)) return true;
  if (thenCall) return usedAsFunction(analysis, thenCall, depth, expectsValue);
  if (fn.generator) return true;
  const checker = checkerOf(analysis);
  if (fn.returnType) {
    return wantsFunction(
      checker,
      checker.getTypeFromTypeNode(analysis.services.esTreeNodeToTSNodeMap.get(fn.returnType.typeAnnotation) as ts.TypeNode),
    );
  }
  if (fn.type !== AST_NODE_TYPES.FunctionDeclaration) {
    const declared = declaredParameterSignatures(analysis, fn);
    const contextual =
      declared.length > 0 ? undefined : checker.getContextualType(analysis.services.esTreeNodeToTSNodeMap.get(fn) as ts.Expression);
    const signatures =
      declared.length > 0
        ? declared
        : contextual
          ? unionMembersThroughConstraints(checker, contextual).flatMap((part) => part.getCallSignatures())
          : [];
    if (signatures.length > 0) return signatures.some((signature) => wantsFunction(checker, signature.getReturnType()));
  }
  if (methodResultsDiscarded(analysis, fn)) return false;
  return !expectsValue;
}

/**
 * True for a class method whose every call in the file (`await this.refresh();`, `svc.refresh();`)
 * drops what it returns, with at least one such call: nothing in sight uses its result.
 */
function methodResultsDiscarded(analysis: Analysis, fn: FunctionNode): boolean {
  const method = fn.parent;
  if (method?.type !== AST_NODE_TYPES.MethodDefinition || method.computed || method.key.type !== AST_NODE_TYPES.Identifier) return false;
  const name = method.key.name;
  let calls = 0;
  const used = walk(
    analysis.sourceCode.ast,
    (node) => {
      if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || memberName(node) !== name) return undefined;
      const call = node.parent;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== node) return 'stop';
      calls += 1;
      const around = call.parent.type === AST_NODE_TYPES.AwaitExpression ? call.parent.parent : call.parent;
      return around.type === AST_NODE_TYPES.ExpressionStatement ? undefined : 'stop';
    },
    { nested: true },
  );
  return !used && calls > 0;
}

/**
 * The call signatures of the parameter `fn` is handed to, as the callee declares it: for a generic
 * callee (`add<T>(task: () => Promise<T>)`) the type argument is inferred from `fn`'s own returns,
 * so the instantiated contextual type would only echo them; the declared `T` wants nothing.
 * Empty when `fn` is not a plain argument of a call with a declaration.
 */
function declaredParameterSignatures(analysis: Analysis, fn: FunctionNode): readonly ts.Signature[] {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression && call?.type !== AST_NODE_TYPES.NewExpression) return [];
  const index = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  if (index < 0 || call.arguments.slice(0, index).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return [];
  const checker = checkerOf(analysis);
  const signature = checker.resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call) as ts.CallLikeExpression);
  const declaration = signature?.getDeclaration() as ts.SignatureDeclaration | undefined;
  const parameter = declaration?.parameters?.[index];
  if (!declaration?.typeParameters?.length || !parameter?.type || parameter.dotDotDotToken) return [];
  return unionMembersThroughConstraints(checker, checker.getTypeFromTypeNode(parameter.type)).flatMap((part) => part.getCallSignatures());
}

/** True when the slot `index` of a `Promise.all`/`allSettled` result is used as a function. */
export function slotUsedAsFunction(analysis: Analysis, call: TSESTree.CallExpression, index: number, settled: boolean): boolean {
  let holder: TSESTree.Node = call;
  while (holder.parent?.type === AST_NODE_TYPES.AwaitExpression || holder.parent?.type === AST_NODE_TYPES.TSNonNullExpression)
    holder = holder.parent;
  const parent = holder.parent;
  let pattern: TSESTree.Node | undefined;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === holder) {
    if (parent.id.typeAnnotation) return contextualWants(analysis, holder) !== 'value';
    pattern = parent.id;
  } else if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === holder && memberName(parent) === 'then') {
    const callback = parent.parent.type === AST_NODE_TYPES.CallExpression ? parent.parent.arguments[0] : undefined;
    if (!isFunctionNode(callback)) return callback !== undefined;
    pattern = callback.params[0];
    if (pattern === undefined) return false;
  } else {
    // Discarded, returned, passed on whole: a function slot of such a result is a mistake unless a type wants it.
    return parent?.type !== AST_NODE_TYPES.ExpressionStatement && contextualWants(analysis, holder) === 'function';
  }
  if (pattern.type === AST_NODE_TYPES.Identifier) return indexedSlotUsedAsFunction(analysis, pattern, index, settled);
  if (pattern.type !== AST_NODE_TYPES.ArrayPattern) return true;
  const element = pattern.elements[index];
  if (element === undefined || element === null)
    return pattern.elements.slice(0, index).some((item) => item?.type === AST_NODE_TYPES.RestElement);
  if (element.type !== AST_NODE_TYPES.Identifier) return true;
  return settled ? settledValueUsedAsFunction(analysis, element) : bindingUsedAsFunction(analysis, element, 0, true);
}

/** `results[index]` (or its `.value` for settled results) read from the binding `results` and used as a function. */
function indexedSlotUsedAsFunction(analysis: Analysis, results: TSESTree.Identifier, index: number, settled: boolean): boolean {
  const variable = variableOf(analysis, results);
  return (
    !variable ||
    variable.references.some((reference) => {
      const member = reference.identifier.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || !member.computed) return false;
      if (member.property.type !== AST_NODE_TYPES.Literal || member.property.value !== index) return false;
      const holder = member.parent;
      if (!settled) return usedAsFunction(analysis, member, 1, true);
      return (
        holder.type === AST_NODE_TYPES.MemberExpression &&
        holder.object === member &&
        memberName(holder) === 'value' &&
        usedAsFunction(analysis, holder, 1, true)
      );
    })
  );
}

/** True when the `.value` of a settled result bound to `id` is used as a function. */
function settledValueUsedAsFunction(analysis: Analysis, id: TSESTree.Identifier): boolean {
  const variable = variableOf(analysis, id);
  return (
    !variable ||
    variable.references.some((reference) => {
      const read = reference.identifier;
      if (read === id) return false;
      const member = read.parent;
      return (
        member?.type === AST_NODE_TYPES.MemberExpression &&
        member.object === read &&
        memberName(member) === 'value' &&
        usedAsFunction(analysis, member, 1, true)
      );
    })
  );
}
