import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { constInitializer, localControllerOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import type { Checker } from '../types/checker.js';
import { checkerOf, isDefaultLibSymbol, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { isThenable } from '../types/thenables.js';
import { cannotReject, isPlainSleep } from './can-reject.js';
import { cannotThrowTs, mentions } from './cannot-throw.js';
import { declarationsAt, functionOfDeclaration, functionRejections, returnedExpressions } from './function-can-reject.js';

/*
 * A scheduler's promise is its task's: `queue.add(task)`, `limit(task)`, `retry(task)` declare
 * `<T>(task: () => T | PromiseLike<T>, …): Promise<T>`, so the promise they return settles with
 * the task's outcome. Read from the callee's declared (uninstantiated) signature, not from its
 * name: the return type is `Promise<T>` / `PromiseLike<T>` (`T | void`, `Awaited<T>` too), or
 * `Promise<T> | T` (a tracing wrapper), of a type parameter `T` of that signature, and exactly one parameter is typed as functions that
 * all return `T` or a promise of `T`. Such a call cannot reject when:
 * - the task passed there is a function written in this file that cannot reject: async with no
 *   possible rejection, or plain with a body that cannot throw (a returned promise must itself be
 *   unable to reject);
 * - the task takes no parameters, never reads them, or takes them as optional (`span?: Span`: the
 *   scheduler may hand nothing); of a destructured parameter it reads only plain values (an id, an
 *   attempt number) or properties the handed type does not have. A task handed something (a transaction, a connection, a signal)
 *   depends on an acquisition or a cancellation the scheduler does before or around it, which can
 *   fail on its own (`db.transaction(async (trx) => …)`);
 * - no argument can cancel or time it out (a `signal` of a local controller that nothing aborts or
 *   hands on cannot): an object literal with a `signal` or `timeout`
 *   property, or any other argument (a spread, an options variable) whose type has one;
 * - the receiver carries no such default: when its type has a `signal` or `timeout` property
 *   (`new PQueue({ timeout })`), it must be a `const` built here with `new` whose arguments
 *   carry neither, and whose `timeout`/`signal` nothing in the file assigns.
 * Schedulers that reject for reasons their types do not show (a limiter stopped with its
 * waiting jobs dropped, a cancelled mutex) are not told apart: the model trusts the signature.
 */

/** Options that make a scheduled task's promise reject although the task itself does not. */
const cancellingKeys = new Set(['signal', 'timeout']);

/** True when a call's promise settles with a callback argument's outcome and that callback and the options cannot make it reject. */
export function taskCallCannotReject(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const checker = checkerOf(analysis);
  const declaration = checker.resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call))?.declaration;
  if (!declaration || ts.isJSDocSignature(declaration) || !declaration.type || !declaration.typeParameters) return false;
  const result = settledTypeParameter(analysis, checker, declaration);
  if (!result) return false;
  const taskIndices = declaration.parameters.flatMap((parameter, index) =>
    !parameter.dotDotDotToken && parameter.type && returnsOnly(analysis, checker, checker.getTypeFromTypeNode(parameter.type), result)
      ? [index]
      : [],
  );
  const [taskIndex] = taskIndices;
  if (taskIndices.length !== 1 || taskIndex === undefined) return false;
  const task = call.arguments[taskIndex];
  if (!task || call.arguments.slice(0, taskIndex).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return false;
  return (
    taskCannotReject(analysis, task) &&
    call.arguments.every((argument) => argument === task || !carriesCancellation(analysis, argument)) &&
    !receiverMayCancel(analysis, call)
  );
}

/** The type parameter of `declaration` its return type settles with: `Promise<T>`, `PromiseLike<T | void>`, `Promise<Awaited<T>>`. */
function settledTypeParameter(analysis: Analysis, checker: Checker, declaration: ts.SignatureDeclaration): ts.Type | undefined {
  if (!declaration.type) return undefined;
  const returned = checker.getTypeFromTypeNode(declaration.type);
  // `Promise<T> | T` (a tracing wrapper that returns a synchronous task's value as it is) settles with `T` too
  const members = unionMembers(returned);
  const promised = members.flatMap((member) => promisedType(analysis, checker, member) ?? []);
  const settled =
    promisedType(analysis, checker, returned) ??
    (members.length === 2 && promised.length === 1 && members.includes(promised[0]!) ? promised[0] : undefined);
  if (!settled) return undefined;
  const parameters = unionMembers(settled).filter((part) => !(part.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)));
  const [parameter] = parameters;
  if (parameters.length !== 1 || !parameter) return undefined;
  const target = parameter.aliasSymbol?.getName() === 'Awaited' ? parameter.aliasTypeArguments?.[0] : parameter;
  const owner = target && target.flags & ts.TypeFlags.TypeParameter ? target.getSymbol()?.declarations?.[0]?.parent : undefined;
  return owner === declaration ? target : undefined;
}

/** The type argument of a lib `Promise<X>` or `PromiseLike<X>`. */
function promisedType(analysis: Analysis, checker: Checker, type: ts.Type): ts.Type | undefined {
  const symbol = type.getSymbol();
  if (!symbol || !['Promise', 'PromiseLike'].includes(symbol.getName())) return undefined;
  const declarations = symbol.declarations ?? [];
  if (!declarations.every((declaration) => analysis.services.program.isSourceFileDefaultLibrary(declaration.getSourceFile())))
    return undefined;
  const args = checker.getTypeArguments(type as ts.TypeReference);
  return args.length === 1 ? args[0] : undefined;
}

/** True when every member of a parameter's type is a function whose every signature returns `result` or a promise of it. */
function returnsOnly(analysis: Analysis, checker: Checker, type: ts.Type, result: ts.Type): boolean {
  const members = unionMembers(checker.getNonNullableType(type));
  const settlesWith = (returned: ts.Type): boolean =>
    unionMembers(returned).every((part) => part === result || promisedType(analysis, checker, part) === result);
  return (
    members.length > 0 &&
    members.every((member) => {
      const signatures = member.getCallSignatures();
      return signatures.length > 0 && signatures.every((signature) => settlesWith(checker.getReturnTypeOfSignature(signature)));
    })
  );
}

/**
 * True when a task parameter brings no resource into the task: it is never read, or it is
 * destructured into plain values only (`async ({ id }) => id`, the task's own id or attempt number),
 * which nothing had to acquire.
 */
function ignoresHandedResource(analysis: Analysis, parameter: ts.ParameterDeclaration, body: ts.Node): boolean {
  // `async (span?: Span) => …`: the scheduler may hand nothing, so the task does not wait on an acquisition
  if (mayBeAbsent(analysis, parameter)) return true;
  if (ts.isIdentifier(parameter.name)) return !mentions(body, parameter.name.text);
  if (!ts.isObjectBindingPattern(parameter.name)) return false;
  const checker = checkerOf(analysis);
  const handed = checker.typeOfTsNode(parameter.name);
  const plain =
    ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.Undefined;
  return parameter.name.elements.every((element) => {
    if (element.dotDotDotToken || !ts.isIdentifier(element.name)) return false;
    // an element the body never reads brings nothing in, like an unread parameter
    if (!mentions(body, element.name.text)) return true;
    // `async ({ id }) => id` where the handed options have no `id` (a type error): it reads `undefined`
    const key = element.propertyName ?? element.name;
    if (ts.isIdentifier(key) && isObjectWithout(checker, handed, key.text)) return true;
    return unionMembers(checker.typeOfTsNode(element.name)).every((part) => (part.flags & plain) !== 0);
  });
}

/** True when `type` is a known object type (not `any`, not a union) with no property `name`. */
function isObjectWithout(checker: Checker, type: ts.Type, name: string): boolean {
  return (type.flags & ts.TypeFlags.Object) !== 0 && type.getProperty(name) === undefined && checker.getIndexInfosOfType(type).length === 0;
}

/** True when a parameter is optional or typed to include `undefined`: nothing has to be acquired to call the task. */
function mayBeAbsent(analysis: Analysis, parameter: ts.ParameterDeclaration): boolean {
  if (parameter.questionToken) return true;
  return unionMembers(checkerOf(analysis).typeOfTsNode(parameter.name)).some((part) => (part.flags & ts.TypeFlags.Undefined) !== 0);
}

/** True when a task argument is a function of this file, ignoring its parameters, that cannot reject. */
function taskCannotReject(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  let fn: ts.FunctionLikeDeclaration | undefined;
  if (isFunctionNode(target)) fn = analysis.services.esTreeNodeToTSNodeMap.get(target) as ts.FunctionLikeDeclaration;
  else if (target.type === AST_NODE_TYPES.Identifier) {
    const declarations = declarationsAt(analysis, analysis.services.esTreeNodeToTSNodeMap.get(target));
    const [declaration] = declarations;
    // A `let` may hold another function by the time the scheduler runs it.
    const isReassignable =
      declaration !== undefined && ts.isVariableDeclaration(declaration) && !(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const);
    fn = declarations.length === 1 && !isReassignable ? functionOfDeclaration(declaration) : undefined;
  }
  if (!fn?.body || !analysis.services.tsNodeToESTreeNodeMap.has(fn) || ('asteriskToken' in fn && fn.asteriskToken)) return false;
  const body = fn.body;
  if (!fn.parameters.every((parameter) => ignoresHandedResource(analysis, parameter, body))) return false;
  const isAsync = (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) !== 0;
  if (isAsync && ts.isBlock(body)) {
    const rejections = functionRejections(analysis, fn);
    if (rejections !== false && rejections.length === 0) return true;
  }
  return taskBodyCannotThrow(analysis, body, isAsync);
}

/**
 * True when a task body neither throws (which rejects the scheduler's promise) nor returns a
 * promise that may reject; an async body may also wait for plain sleeps (`await delay(50)`). A
 * returned promise that cannot reject is not held against the body (`() => new Promise(…)`), nor
 * is the call that makes it: as in an async body, its synchronous throw is the callee's own bug,
 * not an asynchronous failure. Every other call must be harmless bookkeeping: unlike an async
 * function shown safe by a guarded `await`, an assertion here counts.
 */
function taskBodyCannotThrow(analysis: Analysis, body: ts.ConciseBody, isAsync: boolean): boolean {
  const returned = ts.isBlock(body) ? (returnedExpressions(body) ?? []) : [body];
  const trusted = new Set<ts.Node>(harmlessCalls(analysis, body));
  if (isAsync) for (const wait of sleepWaits(analysis, body)) trusted.add(wait);
  for (const expression of returned) {
    const estree = analysis.services.tsNodeToESTreeNodeMap.get(expression) as TSESTree.Node | undefined;
    if (!estree) return false;
    if (!isThenable(analysis, estree)) continue;
    if (!cannotReject(analysis, estree) && !(estree.type === AST_NODE_TYPES.CallExpression && isPlainSleep(analysis, estree))) return false;
    trusted.add(expression);
  }
  if (!ts.isBlock(body)) return trusted.has(body) || cannotThrowTs(body, analysis);
  return cannotThrowTs(body, analysis, trusted);
}

/** The `await sleep(ms)` expressions of a body (nested functions aside), sleeps of packages included. */
function sleepWaits(analysis: Analysis, body: ts.Node): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isAwaitExpression(node)) {
      const operand = analysis.services.tsNodeToESTreeNodeMap.get(node.expression) as TSESTree.Node | undefined;
      if (operand?.type === AST_NODE_TYPES.CallExpression && isPlainSleep(analysis, operand)) {
        found.push(node);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/**
 * The calls in a task body (nested functions aside) that cannot throw: `list.push(value)` on a
 * local array, and the lib clocks `Date.now()` and `performance.now()`, with arguments that
 * cannot throw either. Bookkeeping of this kind is what a test's task does to record its run.
 */
function harmlessCalls(analysis: Analysis, body: ts.Node): ts.Node[] {
  const checker = checkerOf(analysis);
  const found: ts.Node[] = [];
  const isLibGlobal = (node: ts.Expression, name: string): boolean => {
    return ts.isIdentifier(node) && node.text === name && isDefaultLibSymbol(analysis, checker.getSymbolAtLocation(node));
  };
  const isHarmless = (call: ts.CallExpression): boolean => {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee)) return false;
    const receiver = callee.expression;
    const method = callee.name.text;
    const isClock =
      method === 'now' && call.arguments.length === 0 && (isLibGlobal(receiver, 'Date') || isLibGlobal(receiver, 'performance'));
    const isAppend =
      (method === 'push' || method === 'unshift') && ts.isIdentifier(receiver) && checker.isArrayType(checker.typeOfTsNode(receiver));
    return (
      (isClock || isAppend) &&
      call.arguments.every((argument) => cannotThrowTs(argument, analysis) || (ts.isCallExpression(argument) && isHarmless(argument)))
    );
  };
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node) && isHarmless(node)) {
      found.push(node);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/** True when an argument can cancel or time out the work: `{ signal }`, `{ timeout: 50 }`, or a value whose type has such a property. */
function carriesCancellation(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ObjectExpression) {
    return target.properties.some((property) =>
      property.type === AST_NODE_TYPES.SpreadElement
        ? carriesCancellation(analysis, property.argument)
        : property.computed ||
          (cancellingKeys.has(keyName(property.key) ?? '') &&
            !(keyName(property.key) === 'signal' && isNeverAborted(analysis, property.value))),
    );
  }
  if (isFunctionNode(target)) return false;
  return typeHasCancellation(analysis, typeOf(analysis, target));
}

/**
 * True for `controller.signal` of a local `const controller = new AbortController()` that nothing
 * can abort: every other use of `controller` only reads its `signal` (a signal cannot abort
 * itself; only its controller can, and this one is never called or handed on).
 */
function isNeverAborted(analysis: Analysis, value: TSESTree.Node): boolean {
  const variable = localControllerOf(analysis, value);
  if (!variable) return false;
  return variable.references.every((reference) => {
    if (reference.init) return true;
    const parent = reference.identifier.parent;
    return (
      parent?.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === reference.identifier &&
      memberName(parent) === 'signal' &&
      !(parent.parent.type === AST_NODE_TYPES.AssignmentExpression && parent.parent.left === parent)
    );
  });
}

function keyName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
}

/** True when a type may hold a `signal` or `timeout` (`any` and `unknown` may). */
function typeHasCancellation(analysis: Analysis, type: ts.Type): boolean {
  const checker = checkerOf(analysis);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return true;
  return unionMembers(checker.getNonNullableType(type)).some((part) =>
    [...cancellingKeys].some((key) => checker.getPropertyOfType(checker.getApparentType(part), key) !== undefined),
  );
}

/**
 * True when a method's receiver may hold a default signal or timeout: its type has such a
 * property and it is not a `const` built here by `new` without one and never given one later.
 */
function receiverMayCancel(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const receiver = skipTypeWrappers(callee.object);
  if (!typeHasCancellation(analysis, typeOf(analysis, receiver))) return false;
  if (receiver.type !== AST_NODE_TYPES.Identifier) return true;
  const init = constInitializer(analysis, receiver);
  if (init?.type !== AST_NODE_TYPES.NewExpression || init.arguments.some((argument) => carriesCancellation(analysis, argument)))
    return true;
  const references = variableOf(analysis, receiver)?.references ?? [];
  return references.some(({ identifier }) => {
    const member = identifier.parent;
    return (
      member.type === AST_NODE_TYPES.MemberExpression &&
      member.object === identifier &&
      cancellingKeys.has(memberName(member) ?? '') &&
      member.parent.type === AST_NODE_TYPES.AssignmentExpression &&
      member.parent.left === member
    );
  });
}
