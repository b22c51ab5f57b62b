import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { localFunctionCalled } from '../scope/declarations.js';
import { isGlobalPromise } from '../scope/globals.js';
import { constInitializer, namedFunctionOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import type { FunctionNode } from '../syntax/nodes.js';
import {
  enclosingClassBody,
  enclosingFunction,
  functionName,
  isFunctionNode,
  isPromiseStatic,
  memberName,
  propertyKeyName,
  skipTypeWrappers,
  typeWrapperTypes,
} from '../syntax/nodes.js';
import { calleeName } from '../syntax/calls.js';
import { returnedValues } from '../syntax/statements.js';
import { containsInBody, walk } from '../syntax/walk.js';
import type { Checker } from '../types/checker.js';
import { isTestCode } from '../scope/test-code.js';
import { getOrCreate } from '../memo.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { isOpaqueType, opaqueFlags, unionMembers, unionMembersThroughConstraints } from '../types/members.js';
import { elementTypeOf, isFunctionInterfaceType, thenableKindOfType } from '../types/thenables.js';
import { promiseCallbackCall, returnedUsedAsFunction, slotUsedAsFunction, usedAsFunction } from './used-as-function.js';

/*
 * Positions where a promise (or the value it settles with) is expected, and function values that
 * land there uncalled. Awaiting a function, or giving one to `Promise.all`, settles with the
 * function itself: the work it would do never starts. Such a value is still fine when the code
 * goes on to use the result as a function (`const run = await (cached ?? load); await run();`),
 * so every report first asks where the value ends up.
 */

/** Where an uncalled promise-returning function was found. */
type ExpectedPosition = 'await' | 'combinator' | 'resolve' | 'returned' | 'yielded' | 'tested' | 'data' | 'handed';

/** A function value that sits where a promise is expected. */
export interface UncalledFunction {
  node: TSESTree.Expression;
  position: ExpectedPosition;
  /** The `Promise` method (`all`, `race`…) for `combinator` and `resolve` positions. */
  method?: string;
  /**
   * Set when only the shape of the code says a value was meant (an untyped function that returns
   * or yields values elsewhere), not a type or the local uses: callers out of sight may still
   * expect the function.
   */
  inferred?: true;
}

const combinators = ['all', 'allSettled', 'race', 'any'];
const nullishFlags = ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void;

/** Call signatures of `part` that return a promise or thenable. */
function thenableSignatures(analysis: Analysis, part: ts.Type): readonly ts.Signature[] {
  return part.getCallSignatures().filter((signature) => thenableKindOfType(analysis, signature.getReturnType()) !== false);
}

/**
 * True when every non-nullish member of `type` is a function that returns a promise or thenable,
 * and the value is not itself awaitable (a callable thenable would be awaited properly).
 */
function isThenableFunctionType(analysis: Analysis, type: ts.Type): boolean {
  if (thenableKindOfType(analysis, type) !== false) return false;
  const parts = unionMembersThroughConstraints(checkerOf(analysis), type).filter((part) => (part.flags & nullishFlags) === 0);
  return parts.length > 0 && parts.every((part) => !isOpaqueType(part) && thenableSignatures(analysis, part).length > 0);
}

/** How `()` can be appended to a function value: `'call'`, `'optionalCall'` (it may be nullish), or `false` (arguments are required). */
export function callWithoutArguments(analysis: Analysis, node: TSESTree.Node): 'call' | 'optionalCall' | false {
  return callWithoutArgumentsType(analysis, typeOf(analysis, node));
}

/** `callWithoutArguments` for a type. */
function callWithoutArgumentsType(analysis: Analysis, type: ts.Type): 'call' | 'optionalCall' | false {
  const checker = checkerOf(analysis);
  const parts = unionMembersThroughConstraints(checker, type);
  const callable = parts.filter((part) => (part.flags & nullishFlags) === 0);
  const takesNothing = callable.every((part) =>
    thenableSignatures(analysis, part).some((signature) =>
      signature.parameters.every((parameter) => {
        const declaration = parameter.valueDeclaration;
        return (
          declaration !== undefined &&
          ts.isParameter(declaration) &&
          (checker.isOptionalParameter(declaration) || declaration.dotDotDotToken !== undefined)
        );
      }),
    ),
  );
  if (!takesNothing) return false;
  return callable.length < parts.length ? 'optionalCall' : 'call';
}

/** The expressions whose value `node` can evaluate to: branches of `?:`, `??`, `||`, the right of `&&`, the last of a sequence. */
function valueLeaves(node: TSESTree.Expression): TSESTree.Expression[] {
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
function mayNameFunction(analysis: Analysis, leaf: TSESTree.Expression): boolean {
  if (!functionValueShapes.has(leaf.type)) return false;
  if (leaf.type !== AST_NODE_TYPES.Identifier) return true;
  // A `const` initialized with a value that is not a promise-returning function in practice (a
  // literal, an object, an awaited result) needs no type: the common `return result` costs nothing.
  const init = constInitializer(analysis, leaf);
  return !init || !valueInitializers.has(init.type);
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
export function contextualWants(analysis: Analysis, node: TSESTree.Node): 'function' | 'value' | 'none' {
  const checker = checkerOf(analysis);
  const contextual = checker.getContextualType(analysis.services.esTreeNodeToTSNodeMap.get(node) as ts.Expression);
  if (!contextual) return 'none';
  return wantsFunction(checker, contextual) ? 'function' : 'value';
}

/** True when `type` (awaited) is `any` or has a callable member. */
export function wantsFunction(checker: Checker, type: ts.Type): boolean {
  const awaited = checker.getAwaitedType(type) ?? type;
  return unionMembersThroughConstraints(checker, awaited).some(
    (part) => (part.flags & ts.TypeFlags.Any) !== 0 || part.getCallSignatures().length > 0 || isFunctionInterfaceType(part),
  );
}

/** Uncalled promise-returning functions among the values `node` can evaluate to. */
function uncalledLeaves(analysis: Analysis, node: TSESTree.Expression): TSESTree.Expression[] {
  return valueLeaves(node).filter((leaf) => mayNameFunction(analysis, leaf) && isThenableFunctionType(analysis, typeOf(analysis, leaf)));
}

/** True when `node` is a promise (or value) that settles with a function: code that deals in functions. */
export function settlesWithFunction(analysis: Analysis, node: TSESTree.Node): boolean {
  const checker = checkerOf(analysis);
  const awaited = checker.getAwaitedType(typeOf(analysis, node));
  return awaited !== undefined && unionMembersThroughConstraints(checker, awaited).some((part) => part.getCallSignatures().length > 0);
}

/** Uncalled promise-returning functions in `await x`, where the awaited result is not used as a function. */
export function uncalledInAwait(analysis: Analysis, node: TSESTree.AwaitExpression): UncalledFunction[] {
  // Through a `const` only where it picks between values: a plain alias (`const save = store.save`) is reported where awaited.
  const initializer = awaitedInitializer(analysis, node.argument);
  const all = valueLeaves(initializer && valueLeaves(initializer).length > 1 ? initializer : node.argument);
  const leaves = all.filter((leaf) => mayNameFunction(analysis, leaf) && isThenableFunctionType(analysis, typeOf(analysis, leaf)));
  if (leaves.length === 0) return [];
  // `await (dryRun ? plan(m) : apply)`: the other branch settles with data, so the result is data.
  if (!siblingSettlesWithData(analysis, all, leaves)) {
    if (usedAsFunction(analysis, node, 0, true)) return [];
    // `await (this.pendingHandler ?? defaultHandler)`: the other branch is a promise of a function as well.
    if (all.some((leaf) => !leaves.includes(leaf) && settlesWithFunction(analysis, leaf))) return [];
  }
  return leaves.map((leaf) => ({ node: leaf, position: 'await' }));
}

/**
 * `await next` of a `const` read nowhere else (`const next = aging ? this.age(batch) : this.bottle;
 * await next;`): its initializer is what is awaited.
 */
function awaitedInitializer(analysis: Analysis, argument: TSESTree.Expression): TSESTree.Expression | undefined {
  if (argument.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(analysis, argument);
  const reads = variable?.references.filter((reference) => !reference.init) ?? [];
  return reads.length === 1 ? constInitializer(analysis, argument) : undefined;
}

/**
 * True when a value among `all` other than the uncalled `leaves` is a promise that settles with
 * data (no callable member, not `any`/`unknown`): both branches of one expression feed one
 * result, so the function branch was meant to be called like its sibling.
 */
function siblingSettlesWithData(analysis: Analysis, all: readonly TSESTree.Expression[], leaves: readonly TSESTree.Expression[]): boolean {
  const checker = checkerOf(analysis);
  return all.some((leaf) => {
    if (leaves.includes(leaf)) return false;
    const type = typeOf(analysis, leaf);
    if (thenableKindOfType(analysis, type) === false) return false;
    const parts = unionMembersThroughConstraints(checker, checker.getAwaitedType(type) ?? type).filter(
      (part) => (part.flags & nullishFlags) === 0,
    );
    return (
      parts.length > 0 &&
      parts.every((part) => !isOpaqueType(part) && part.getCallSignatures().length === 0 && !isFunctionInterfaceType(part))
    );
  });
}

/**
 * True when `leaf` reads a method off its object (`this.readPage`, `store.save`): handed out
 * alone it loses its receiver, so whoever calls it later runs it without its `this`. Such a value
 * is not a handler given away on purpose but a call that was forgotten.
 */
function isDetachedMethod(analysis: Analysis, leaf: TSESTree.Expression): boolean {
  const target = leaf.type === AST_NODE_TYPES.ChainExpression ? leaf.expression : leaf;
  return target.type === AST_NODE_TYPES.MemberExpression && declaredAsMethod(analysis, typeOf(analysis, target));
}

/**
 * `await this.timed('standings', this.recalculateStandings)` where `timed(label, work: T | Promise<T>)`,
 * a function of this file, awaits its parameter as it is (`const value = await work`): handed a
 * promise-returning function uncalled, that `await` settles with the function itself and the work
 * never runs. Only a method read off its object or a named function counts, and only a parameter the
 * callee awaits directly and never calls.
 */
export function uncalledInAwaitedParameter(analysis: Analysis, call: TSESTree.CallExpression): UncalledFunction[] {
  // Cheap first: only calls by the name of a function of this file that awaits a parameter as it is.
  const name = calleeName(call) ?? '';
  if (!awaitingFunctionNames(analysis).has(name)) return [];
  const candidates = call.arguments.flatMap((argument, index) =>
    argument.type === AST_NODE_TYPES.MemberExpression || argument.type === AST_NODE_TYPES.Identifier ? [{ argument, index }] : [],
  );
  if (candidates.length === 0) return [];
  const callee = localFunctionCalled(analysis, call);
  if (!callee) return [];
  return candidates.flatMap(({ argument, index }) => {
    const param = callee.params[index];
    if (param?.type !== AST_NODE_TYPES.Identifier || !awaitsParameterUncalled(callee, param.name)) return [];
    if (!mayNameFunction(analysis, argument) || !isThenableFunctionType(analysis, typeOf(analysis, argument))) return [];
    return [{ node: argument, position: 'handed' as const, method: name }];
  });
}

const awaitingNames = new WeakMap<TSESTree.Program, Set<string>>();

/** Names of the functions and methods of this file that await one of their parameters as it is and never call it (one walk). */
function awaitingFunctionNames(analysis: Analysis): Set<string> {
  return getOrCreate(awaitingNames, analysis.sourceCode.ast, () => {
    const awaited = new Map<FunctionNode, Set<string>>();
    const called = new Map<FunctionNode, Set<string>>();
    const note = (store: Map<FunctionNode, Set<string>>, at: TSESTree.Node, name: string): void => {
      const fn = enclosingFunction(at);
      if (fn) getOrCreateEntry(store, fn).add(name);
    };
    walk(
      analysis.sourceCode.ast,
      (node) => {
        if (node.type === AST_NODE_TYPES.AwaitExpression) {
          const operand = skipTypeWrappers(node.argument);
          if (operand.type === AST_NODE_TYPES.Identifier) note(awaited, node, operand.name);
        } else if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier) {
          note(called, node, node.callee.name);
        }
        return undefined;
      },
      { nested: true },
    );
    const names = new Set<string>();
    for (const [fn, operands] of awaited) {
      const name = functionName(fn);
      if (
        name &&
        fn.params.some((param) => param.type === AST_NODE_TYPES.Identifier && operands.has(param.name) && !called.get(fn)?.has(param.name))
      )
        names.add(name);
    }
    return names;
  });
}

function getOrCreateEntry(store: Map<FunctionNode, Set<string>>, fn: FunctionNode): Set<string> {
  let entry = store.get(fn);
  if (!entry) store.set(fn, (entry = new Set()));
  return entry;
}

/** True when `fn`'s own code awaits its parameter `name` as it is (`await work`) and never calls it. */
function awaitsParameterUncalled(fn: FunctionNode, name: string): boolean {
  let awaited = false;
  const called = walk(fn.body, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression) {
      const operand = skipTypeWrappers(node.argument);
      if (operand.type === AST_NODE_TYPES.Identifier && operand.name === name) awaited = true;
    }
    return node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === name
      ? 'stop'
      : undefined;
  });
  return awaited && !called;
}

/** Uncalled functions in `Promise.all([…])`-family array literals and `Promise.resolve(fn)`. */
export function uncalledInPromiseStatic(analysis: Analysis, call: TSESTree.CallExpression): UncalledFunction[] {
  if (!isPromiseStatic(call, [...combinators, 'resolve']) || !isGlobalPromise(analysis, call)) return [];
  const method = memberName(call.callee)!;
  const [argument] = call.arguments;
  if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return [];
  if (method === 'resolve') {
    const leaves = uncalledLeaves(analysis, argument);
    if (leaves.length === 0 || usedAsFunction(analysis, call)) return [];
    return leaves.map((leaf) => ({ node: leaf, position: 'resolve', method }));
  }
  if (argument.type !== AST_NODE_TYPES.ArrayExpression)
    return [...uncalledInMappedElements(analysis, argument, method), ...uncalledInHeldArray(analysis, argument, method)];
  const found: UncalledFunction[] = [];
  argument.elements.forEach((element, index) => {
    if (element === null || element.type === AST_NODE_TYPES.SpreadElement) return;
    const leaves = uncalledLeaves(analysis, element);
    if (leaves.length === 0) return;
    const wanted =
      method === 'all' || method === 'allSettled'
        ? slotUsedAsFunction(analysis, call, index, method === 'allSettled')
        : usedAsFunction(analysis, call, 0, true);
    if (!wanted) found.push(...leaves.map((leaf) => ({ node: leaf, position: 'combinator' as const, method })));
  });
  return found;
}

/**
 * `Promise.allSettled(vats.map((vat) => (vat.exhausted ? vat.drain : vat.topUp(level))))`: a
 * callback written in place whose returned value is an uncalled promise-returning function on one
 * branch and a promise of work (data or `void`, not a function) on another. Both branches feed one array of work, so the function
 * branch was meant to be called like its sibling; as it is, the combinator settles with the
 * function and the work never runs.
 */
function uncalledInMappedElements(analysis: Analysis, argument: TSESTree.Expression, method: string): UncalledFunction[] {
  if (argument.type !== AST_NODE_TYPES.CallExpression || argument.callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const [callback] = argument.arguments;
  if (!['map', 'flatMap'].includes(memberName(argument.callee) ?? '') || !isFunctionNode(callback) || callback.async) return [];
  const found: UncalledFunction[] = [];
  for (const value of returnedValues(callback)) {
    const all = valueLeaves(value);
    const leaves = all.filter((leaf) => mayNameFunction(analysis, leaf) && isThenableFunctionType(analysis, typeOf(analysis, leaf)));
    if (leaves.length > 0 && siblingIsWork(analysis, all, leaves)) {
      found.push(...leaves.map((leaf) => ({ node: leaf, position: 'combinator' as const, method })));
    }
  }
  return found;
}

/**
 * `const steps = [this.pullUsers(), this.pullOrders]; await Promise.allSettled(steps)`, or a local
 * array filled by `push` (`tasks.push(loadA); tasks.push(loadB());`): the local holds work started
 * beside an uncalled promise-returning function, and only goes to the combinator. The function was
 * meant to be called like its siblings; as it is, the combinator settles with it and it never runs.
 * Reading the array's `length` besides (counting the tasks in a log line) hands nothing over.
 */
function uncalledInHeldArray(analysis: Analysis, argument: TSESTree.Expression, method: string): UncalledFunction[] {
  if (argument.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = variableOf(analysis, argument);
  const declarator = variable?.defs[0]?.node;
  if (!variable || variable.defs.length !== 1 || declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return [];
  const contributions: TSESTree.Expression[] = [];
  if (declarator.init?.type === AST_NODE_TYPES.ArrayExpression) {
    for (const element of declarator.init.elements)
      if (element && element.type !== AST_NODE_TYPES.SpreadElement) contributions.push(element);
  } else if (declarator.init) return [];
  for (const reference of variable.references) {
    if (reference.init) continue;
    const use = reference.identifier;
    const member = use.parent;
    if (use === argument) continue;
    // Counting the tasks (`tasks: steps.length` in a log line) reads no element.
    if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === use && memberName(member) === 'length' && !isWritten(member))
      continue;
    // Any other use but `tasks.push(…)` (a write, a hand-over, a read) and the array is not only this combinator's.
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use || memberName(member) !== 'push') return [];
    const push = member.parent;
    if (push.type !== AST_NODE_TYPES.CallExpression || push.callee !== member) return [];
    for (const pushed of push.arguments) if (pushed.type !== AST_NODE_TYPES.SpreadElement) contributions.push(pushed);
  }
  const leaves = contributions.flatMap((contribution) => uncalledLeaves(analysis, contribution));
  // Inferred from the siblings, away from the combinator: a suggestion, not a fix.
  return leaves.length > 0 && siblingIsWork(analysis, contributions, leaves)
    ? leaves.map((leaf) => ({ node: leaf, position: 'combinator' as const, method, inferred: true }))
    : [];
}

/** True when a value among `all` other than the uncalled `leaves` is a promise that does not settle with a function (`Promise<void>` included): work started where the leaf names work not started. */
function siblingIsWork(analysis: Analysis, all: readonly TSESTree.Expression[], leaves: readonly TSESTree.Expression[]): boolean {
  return all.some(
    (leaf) =>
      !leaves.includes(leaf) && thenableKindOfType(analysis, typeOf(analysis, leaf)) !== false && !settlesWithFunction(analysis, leaf),
  );
}

/** An array of functions given to `Promise.all` and the like; `callable` when every element can be called without arguments. */
interface UncalledArray {
  node: TSESTree.Expression;
  method: string;
  callable: boolean;
}

/** `Promise.all(fns)` where `fns` (not a literal) is an array of promise-returning functions. */
export function arrayOfUncalledFunctions(analysis: Analysis, call: TSESTree.CallExpression): UncalledArray | undefined {
  if (!isPromiseStatic(call, combinators) || !isGlobalPromise(analysis, call)) return undefined;
  const [argument] = call.arguments;
  if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement || argument.type === AST_NODE_TYPES.ArrayExpression)
    return undefined;
  const element = elementTypeOf(analysis, typeOf(analysis, argument));
  if (element === undefined || !isThenableFunctionType(analysis, element) || usedAsFunction(analysis, call)) return undefined;
  return { node: argument, method: memberName(call.callee)!, callable: callWithoutArgumentsType(analysis, element) === 'call' };
}

/** Uncalled functions returned from an async function or a `.then`/`.catch` callback whose result is not meant to be a function. */
export function uncalledInReturn(analysis: Analysis, fn: FunctionNode, returned: TSESTree.Expression): UncalledFunction[] {
  if (fn.generator) return [];
  // A test or an after-hook handing back a function: the runner waits for a promise and drops anything else.
  if (!fn.async && runnerDropsReturnedFunction(analysis, fn)) {
    return uncalledLeaves(analysis, returned).map((leaf) => ({ node: leaf, position: 'returned' as const }));
  }
  // A plain function whose other returns hand back started work: the call is only inferred from them.
  const amongSteps = !fn.async && isStepAmongPromiseSteps(analysis, fn);
  const bySiblings = !fn.async && !promiseCallbackCall(analysis, fn) && !amongSteps;
  if (
    bySiblings &&
    !resultTestedByCallee(analysis, fn) &&
    !otherReturnsStartWork(analysis, fn, returned) &&
    !(besidePromiseLeaf(analysis, returned) && isAwaitedWhereCalled(analysis, fn)) &&
    !besideCallOfSameResult(analysis, returned)
  )
    return [];
  // `return async () => { … }` writes a function on purpose: where the caller's type accepts one
  // (a hook's teardown, typed `unknown`), it is handed over, not forgotten uncalled.
  const all = valueLeaves(returned);
  const leaves = uncalledLeaves(analysis, returned).filter((leaf) => !(isFunctionNode(leaf) && resultAccepts(analysis, fn, leaf)));
  if (leaves.length === 0) return [];
  const decided = returnDecidedByTypes(analysis, fn);
  // `return fresh ? load() : loadCached`: a sibling settling with data says what the result is.
  if (!siblingSettlesWithData(analysis, all, leaves)) {
    // `if (cached) return cached; return fetchToken;`: the other returns show a value was meant.
    const mixed = otherResultsAreValues(analysis, fn, returned, AST_NODE_TYPES.ReturnStatement);
    const detached = !decided && leaves.every((leaf) => isDetachedMethod(analysis, leaf));
    // `.then(() => this.reloadSchedule)` where the class elsewhere waits for `this.reloadSchedule()`.
    const awaitedElsewhere =
      (!decided || promiseCallbackCall(analysis, fn) !== undefined) && leaves.every((leaf) => awaitedCallInClass(leaf));
    // The class's own awaited call is the evidence a result was meant, unless a type in sight asks for a function.
    if (!detached && returnedUsedAsFunction(analysis, fn, 0, mixed || awaitedElsewhere)) return [];
  }
  // `refresh() { return hub.levels().then(cb); }` with no declared type: only the callers in sight say the result is dropped.
  // A step among promise steps: the siblings, not a type, say a promise is meant.
  const inferred = !decided || bySiblings || amongSteps || returnedFromUntypedMethod(analysis, fn);
  return leaves.map((leaf) => ({ node: leaf, position: 'returned', ...(inferred ? { inferred } : {}) }));
}

/**
 * True when `fn` is handed to a function of this file that calls it and tests what it gives back,
 * awaited or not (`waitFor(() => line.isIdle)` with `while (!(await check()))`): its result is meant
 * to be a value, and a function, always truthy, ends the wait at once.
 */
function resultTestedByCallee(analysis: Analysis, fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
  const index = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  const callee = namedFunctionOf(analysis, call.callee);
  const parameter = index >= 0 ? callee?.params[index] : undefined;
  if (!callee || parameter?.type !== AST_NODE_TYPES.Identifier) return false;
  const name = parameter.name;
  return walk(callee.body, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== name)
      return undefined;
    let use: TSESTree.Node = node;
    while (use.parent && (use.parent.type === AST_NODE_TYPES.AwaitExpression || typeWrapperTypes.has(use.parent.type))) use = use.parent;
    const parent = use.parent;
    const tested =
      (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') ||
      ((parent?.type === AST_NODE_TYPES.IfStatement ||
        parent?.type === AST_NODE_TYPES.WhileStatement ||
        parent?.type === AST_NODE_TYPES.DoWhileStatement ||
        parent?.type === AST_NODE_TYPES.ConditionalExpression) &&
        parent.test === use);
    return tested ? 'stop' : undefined;
  });
}

/**
 * True when `leaf` names a method of `this` (`this.reloadSchedule`) that the class around it calls
 * and awaits somewhere (`await this.reloadSchedule()`), or handles the result of
 * (`this.reloadSchedule().catch(warn)`): the object waits for that method's work
 * where it calls it, so a place naming it uncalled where a result is handed on has lost its call.
 */
function awaitedCallInClass(leaf: TSESTree.Node): boolean {
  const target = skipTypeWrappers(leaf);
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const name = memberName(target);
  const body = enclosingClassBody(target);
  if (!body || name === undefined) return false;
  return walk(
    body,
    (node) => {
      // `await this.reloadSchedule()`, or `this.reloadSchedule().catch(warn)`: its outcome is waited for or handled.
      const waited =
        node.type === AST_NODE_TYPES.AwaitExpression
          ? node.argument
          : node.type === AST_NODE_TYPES.MemberExpression && ['then', 'catch', 'finally'].includes(memberName(node) ?? '')
            ? node.object
            : undefined;
      if (!waited) return undefined;
      const call = skipTypeWrappers(waited);
      if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipTypeWrappers(call.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression &&
        callee.object.type === AST_NODE_TYPES.ThisExpression &&
        memberName(callee) === name
        ? 'stop'
        : undefined;
    },
    { nested: true },
  );
}

/**
 * True when a call of `fn` in this file is awaited as it is made (`await this.whenConnected()`):
 * its result is waited for, not called. `fn` is a method (called on `this` or an object) or a
 * named function.
 */
function isAwaitedWhereCalled(analysis: Analysis, fn: FunctionNode): boolean {
  const holder = fn.parent;
  const name =
    holder?.type === AST_NODE_TYPES.MethodDefinition && !holder.computed && holder.key.type === AST_NODE_TYPES.Identifier
      ? holder.key.name
      : fn.type === AST_NODE_TYPES.FunctionDeclaration
        ? fn.id?.name
        : undefined;
  if (name === undefined) return false;
  return walk(
    analysis.sourceCode.ast,
    (node) => {
      if (node.type !== AST_NODE_TYPES.AwaitExpression) return undefined;
      const call = skipTypeWrappers(node.argument);
      if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipTypeWrappers(call.callee);
      const called = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
      return called === name ? 'stop' : undefined;
    },
    { nested: true },
  );
}

/**
 * True when the returned expression picks between values (`a ?? b`, `a || b`, `c ? a : b`) and one
 * of them is a promise held or made (`this.connecting ?? this.connect`): the result is meant to be
 * waited for, and a function beside it has lost its call.
 */
function besidePromiseLeaf(analysis: Analysis, returned: TSESTree.Expression): boolean {
  const leaves = valueLeaves(returned);
  if (leaves.length < 2) return false;
  const checker = checkerOf(analysis);
  return leaves.some((leaf) => {
    const type = checker.getNonNullableType(typeOf(analysis, leaf));
    return type.getCallSignatures().length === 0 && thenableKindOfType(analysis, type) === 'promise';
  });
}

/**
 * True when one pick of `returned` calls a function for a promise of the very type an uncalled
 * function beside it would give (`blank.needsProfiling ? this.profileBlank : this.cutReed(blank)`,
 * both `Promise<CutResult>`): the two branches are two ways to the same result.
 */
function besideCallOfSameResult(analysis: Analysis, returned: TSESTree.Expression): boolean {
  const leaves = valueLeaves(returned);
  if (leaves.length < 2) return false;
  const checker = checkerOf(analysis);
  const results = leaves.flatMap((leaf) => {
    const target = skipTypeWrappers(leaf);
    if (target.type !== AST_NODE_TYPES.CallExpression) return [];
    const type = typeOf(analysis, target);
    return thenableKindOfType(analysis, type) === 'promise' ? [type] : [];
  });
  if (results.length === 0) return false;
  // `penId === null ? this.rebuildAllPlans : this.rebuildPenPlan(penId)` (or `this.autoclave.purge` beside
  // `this.autoclave.cycle(…)`): a pick between calling one method of an object and naming another of the
  // same object that also starts work; the named one lost its call.
  const receiverOf = (node: TSESTree.Node): string | undefined => {
    const target = skipTypeWrappers(node);
    return target.type === AST_NODE_TYPES.MemberExpression ? analysis.sourceCode.getText(target.object) : undefined;
  };
  const calledOn = new Set(
    leaves.flatMap((leaf) => {
      const target = skipTypeWrappers(leaf);
      const receiver = target.type === AST_NODE_TYPES.CallExpression ? receiverOf(target.callee) : undefined;
      return receiver === undefined ? [] : [receiver];
    }),
  );
  if (uncalledLeaves(analysis, returned).some((leaf) => calledOn.has(receiverOf(leaf) ?? '') && isDetachedMethod(analysis, leaf)))
    return true;
  return uncalledLeaves(analysis, returned).some((leaf) =>
    typeOf(analysis, leaf)
      .getCallSignatures()
      .some((signature) => {
        const result = signature.getReturnType();
        return results.some((other) => checker.isTypeAssignableTo(result, other) && checker.isTypeAssignableTo(other, result));
      }),
  );
}

/** True when the chain a promise callback `fn` belongs to is returned by a class method that declares no return type. */
function returnedFromUntypedMethod(analysis: Analysis, fn: FunctionNode): boolean {
  const thenCall = promiseCallbackCall(analysis, fn);
  if (thenCall?.parent.type !== AST_NODE_TYPES.ReturnStatement) return false;
  const method = enclosingFunction(thenCall.parent);
  return method !== undefined && !method.returnType && method.parent?.type === AST_NODE_TYPES.MethodDefinition;
}

/**
 * True when every other `return` of `fn` with a value (a plain function: a scheduler's task, a
 * handler) hands back work it started, a promise made by a call (`return this.broadcastClock()`):
 * the function's result is that work, and a branch returning a promise-returning function instead
 * (`return this.broadcastOvertimeClock`) has lost its call. Not when the function's declared or
 * contextual return type accepts a function, nor for a function that returns itself.
 */
function otherReturnsStartWork(analysis: Analysis, fn: FunctionNode, current: TSESTree.Expression): boolean {
  // `return undefined` on a path that has nothing to do says nothing about what the others return.
  const others = returnedValues(fn).filter((value) => value !== current && !isUndefinedValue(value));
  const started =
    others.length > 0 &&
    others.every((value) =>
      valueLeaves(value).every(
        (leaf) =>
          (leaf.type === AST_NODE_TYPES.CallExpression || leaf.type === AST_NODE_TYPES.AwaitExpression) &&
          thenableKindOfType(analysis, typeOf(analysis, leaf)) === 'promise',
      ),
    );
  return (started || calledBySibling(analysis, others, current)) && !returnsItself(fn, current) && !returnSlotWantsFunction(analysis, fn);
}

/**
 * True when another return calls the very function `current` hands back uncalled and gets a promise
 * (`return this.refreshSnapshot();` in one branch, `return this.refreshSnapshot;` in another): one
 * result is meant, whatever a third branch returns (a cached value).
 */
function calledBySibling(analysis: Analysis, others: readonly TSESTree.Expression[], current: TSESTree.Expression): boolean {
  const names = new Set(valueLeaves(current).map((leaf) => analysis.sourceCode.getText(skipTypeWrappers(leaf))));
  return others.some((value) =>
    valueLeaves(value).some((leaf) => {
      const call = skipTypeWrappers(leaf);
      return (
        call.type === AST_NODE_TYPES.CallExpression &&
        names.has(analysis.sourceCode.getText(skipTypeWrappers(call.callee))) &&
        thenableKindOfType(analysis, typeOf(analysis, call)) === 'promise'
      );
    }),
  );
}

/** Runner calls whose callback's result is waited for when it is a promise and otherwise dropped (not `beforeEach`/`beforeAll`, whose returned function vitest runs as teardown). */
const resultDroppingRunnerCalls = new Set(['it', 'test', 'specify', 'after', 'afterEach', 'afterAll']);

/** True when `fn` is, in test code, the callback of a test or an after-hook (`afterEach(() => fixtures.clear)`). */
function runnerDropsReturnedFunction(analysis: Analysis, fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
  const callee = skipTypeWrappers(call.callee);
  const name =
    callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier
      ? callee.object.name
      : callee.type === AST_NODE_TYPES.Identifier
        ? callee.name
        : undefined;
  return name !== undefined && resultDroppingRunnerCalls.has(name) && isTestCode(analysis);
}

/** `undefined` or `void …`: a return that hands back nothing. */
function isUndefinedValue(value: TSESTree.Expression): boolean {
  const target = skipTypeWrappers(value);
  return (
    (target.type === AST_NODE_TYPES.Identifier && target.name === 'undefined') ||
    (target.type === AST_NODE_TYPES.UnaryExpression && target.operator === 'void')
  );
}

/** `return proxyCallback` inside `function proxyCallback`: a function handing itself out does so on purpose. */
function returnsItself(fn: FunctionNode, value: TSESTree.Expression): boolean {
  const target = skipTypeWrappers(value);
  return target.type === AST_NODE_TYPES.Identifier && fn.id?.name === target.name;
}

/** True when the return type `fn` declares, or its contextual signature gives, has a function among its members. */
function returnSlotWantsFunction(analysis: Analysis, fn: FunctionNode): boolean {
  const checker = checkerOf(analysis);
  let signatures: readonly ts.Signature[];
  if (fn.returnType) signatures = typeOf(analysis, fn).getCallSignatures();
  else if (fn.type === AST_NODE_TYPES.FunctionDeclaration || returnsTypeParameter(analysis, fn)) return false;
  else {
    const contextual = checker.getContextualType(analysis.services.esTreeNodeToTSNodeMap.get(fn) as ts.Expression);
    signatures = contextual ? unionMembersThroughConstraints(checker, contextual).flatMap((part) => part.getCallSignatures()) : [];
  }
  return signatures.some((signature) => {
    const result = signature.getReturnType();
    return unionMembersThroughConstraints(checker, checker.getAwaitedType(result) ?? result).some(
      (part) => part.getCallSignatures().length > 0,
    );
  });
}

/**
 * True when `fn` is handed to a parameter declared as a function returning a type parameter of the
 * callee (`runExclusive<T>(task: () => T)`): the slot takes whatever the function returns, and
 * its instantiation is inferred from `fn` itself, so it says nothing about wanting a function.
 */
function returnsTypeParameter(analysis: Analysis, fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression && call?.type !== AST_NODE_TYPES.NewExpression) return false;
  const index = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  if (index < 0) return false;
  const tsCall = analysis.services.esTreeNodeToTSNodeMap.get(call) as ts.CallExpression | ts.NewExpression;
  const declaration = checkerOf(analysis).resolvedSignature(tsCall)?.getDeclaration();
  if (!declaration || !ts.isFunctionLike(declaration)) return false;
  const slot = declaration.parameters[index]?.type;
  if (!slot || !ts.isFunctionTypeNode(slot) || !ts.isTypeReferenceNode(slot.type) || !ts.isIdentifier(slot.type.typeName)) return false;
  const name = slot.type.typeName.text;
  return (declaration.typeParameters ?? []).some((parameter) => parameter.name.text === name);
}

/**
 * True when `fn` is one of a list of steps whose other steps are functions returning promises: the
 * list is run and waited step by step, so a step returning a function where its siblings return
 * promises has lost its call. The list is an array (`[() => this.open(), () => this.load, () =>
 * this.connect()]`), or a chain registering one step per call of the same method
 * (`pipeline.use((d) => this.verify(d)).use(() => this.refresh).use((d) => this.check(d))`), where
 * the other steps return promises or nothing and at least one returns a promise.
 */
function isStepAmongPromiseSteps(analysis: Analysis, fn: FunctionNode): boolean {
  const list = fn.parent;
  const returnsPromise = (element: TSESTree.Node | null): boolean | 'void' => {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement || !isFunctionNode(element)) return false;
    const signatures = typeOf(analysis, element).getCallSignatures();
    if (signatures.length === 0) return false;
    if (signatures.every((signature) => thenableKindOfType(analysis, signature.getReturnType()) !== false)) return true;
    return signatures.every((signature) => isVoidLike(signature.getReturnType())) ? 'void' : false;
  };
  if (list?.type === AST_NODE_TYPES.ArrayExpression) {
    const others = list.elements.filter((element) => element !== fn);
    return others.length > 0 && others.every((element) => returnsPromise(element) === true);
  }
  // A table of handlers (`{ tally: () => this.reportTally(), restock: () => this.requestRestock }`): the same, by key.
  // A list of step records (`[{ name: 'fuse', run: (k) => k.fuse() }, { name: 'anneal', run: (k) => k.anneal }]`):
  // the same key of the other records.
  const records = list?.type === AST_NODE_TYPES.Property && list.value === fn ? sameKeyInSiblingRecords(list) : undefined;
  if (records) {
    const kinds = records.map(returnsPromise);
    return records.length > 1 && kinds.filter((kind) => kind === true).length >= 2 && kinds.every((kind) => kind !== false);
  }
  if (list?.type === AST_NODE_TYPES.Property && list.value === fn && list.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const others = list.parent.properties.flatMap((property) =>
      property !== list && property.type === AST_NODE_TYPES.Property && property.kind === 'init' ? [property.value] : [],
    );
    // Handlers that return data (`'GET /health': () => ({ ok: true })`) beside them are no functions either.
    const kinds = others.map((other) => returnsPromise(other) || (returnsData(analysis, other) ? 'data' : false));
    return others.length > 1 && kinds.filter((kind) => kind === true).length >= 2 && kinds.every((kind) => kind !== false);
  }
  const chained = chainedRegistrations(fn).map((call) => call.arguments[0] ?? null);
  const others = chained.length > 0 ? chained : siblingRegistrations(analysis, fn);
  const kinds = others.map(returnsPromise);
  return others.length > 0 && kinds.every((kind) => kind !== false) && kinds.includes(true);
}

/**
 * The values of the same key in the other object literals of the array literal that holds
 * `property`'s object, or `undefined` when the object is not an element of an array literal.
 */
function sameKeyInSiblingRecords(property: TSESTree.Property): TSESTree.Node[] | undefined {
  const record = property.parent;
  const array = record.parent;
  const key = property.computed ? undefined : propertyKeyName(property.key);
  if (record.type !== AST_NODE_TYPES.ObjectExpression || array?.type !== AST_NODE_TYPES.ArrayExpression || key === undefined)
    return undefined;
  return array.elements.flatMap((element) => {
    if (element === record || element?.type !== AST_NODE_TYPES.ObjectExpression) return [];
    for (const other of element.properties) {
      if (other.type === AST_NODE_TYPES.Property && other.kind === 'init' && !other.computed && propertyKeyName(other.key) === key)
        return [other.value];
    }
    return [];
  });
}

/** True for a function whose every result is data: no function, no promise, nothing opaque. */
function returnsData(analysis: Analysis, element: TSESTree.Node | null): boolean {
  if (!element || element.type === AST_NODE_TYPES.SpreadElement || !isFunctionNode(element)) return false;
  const checker = checkerOf(analysis);
  const signatures = typeOf(analysis, element).getCallSignatures();
  return (
    signatures.length > 0 &&
    signatures.every((signature) => {
      const result = checker.getNonNullableType(signature.getReturnType());
      return (
        (result.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) === 0 &&
        unionMembers(result).every((part) => part.getCallSignatures().length === 0) &&
        thenableKindOfType(analysis, result) === false
      );
    })
  );
}

/**
 * The other calls of a fluent chain registering one function each with the same method as the
 * call `fn` is the only argument of (`x.use(a).use(fn).use(b)`): `a`'s and `b`'s calls.
 */
function chainedRegistrations(fn: FunctionNode): TSESTree.CallExpression[] {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1 || call.arguments[0] !== fn) return [];
  const method = memberName(call.callee);
  if (!method) return [];
  const sameStep = (node: TSESTree.Node | undefined): node is TSESTree.CallExpression =>
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.arguments.length === 1 &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    memberName(node.callee) === method;
  let outer: TSESTree.CallExpression = call;
  while (
    outer.parent?.type === AST_NODE_TYPES.MemberExpression &&
    sameStep(outer.parent.parent) &&
    outer.parent.parent.callee === outer.parent
  )
    outer = outer.parent.parent;
  const steps: TSESTree.CallExpression[] = [];
  for (let current: TSESTree.Node = outer; sameStep(current); current = (current.callee as TSESTree.MemberExpression).object)
    if (current !== call) steps.push(current);
  return steps;
}

/**
 * The functions the neighbouring statements of the same block register through the same call
 * (`lifecycle.onShutdown(name, () => this.stopMotor())` beside `lifecycle.onShutdown(name2, () =>
 * this.purgeHopper)`), at the position `fn` has in its own: one hook per statement, all of a kind.
 */
function siblingRegistrations(analysis: Analysis, fn: FunctionNode): (TSESTree.Node | null)[] {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.parent.type !== AST_NODE_TYPES.ExpressionStatement) return [];
  const index = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  const block = call.parent.parent;
  if (index < 0 || (block.type !== AST_NODE_TYPES.BlockStatement && block.type !== AST_NODE_TYPES.Program)) return [];
  const callee = analysis.sourceCode.getText(call.callee);
  const found: (TSESTree.Node | null)[] = [];
  for (const statement of block.body) {
    if (statement === call.parent || statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const other = statement.expression;
    if (other.type !== AST_NODE_TYPES.CallExpression || other.arguments.length !== call.arguments.length) continue;
    if (analysis.sourceCode.getText(other.callee) !== callee) continue;
    const argument = other.arguments[index];
    if (argument && isFunctionNode(argument)) found.push(argument);
  }
  return found;
}

/** True for `void` and `undefined` (a step that returns nothing). */
function isVoidLike(type: ts.Type): boolean {
  return (type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) !== 0;
}

/** True when the type `fn` must settle with (its contextual signature's awaited return type) accepts `value`. */
function resultAccepts(analysis: Analysis, fn: FunctionNode, value: TSESTree.Node): boolean {
  if (fn.returnType || fn.type === AST_NODE_TYPES.FunctionDeclaration) return false;
  const checker = checkerOf(analysis);
  const contextual = checker.getContextualType(analysis.services.esTreeNodeToTSNodeMap.get(fn) as ts.Expression);
  if (!contextual) return false;
  const valueType = typeOf(analysis, value);
  return unionMembersThroughConstraints(checker, contextual)
    .flatMap((part) => part.getCallSignatures())
    .some((signature) => {
      const result = signature.getReturnType();
      return checker.isTypeAssignableTo(valueType, checker.getAwaitedType(result) ?? result);
    });
}

/**
 * True when what `fn` returns is decided by types or local uses: it is a `.then`/`.catch`
 * callback, or has a return type, or a contextual signature (a typed callback slot).
 */
function returnDecidedByTypes(analysis: Analysis, fn: FunctionNode): boolean {
  if (promiseCallbackCall(analysis, fn) || fn.returnType) return true;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return false;
  const checker = checkerOf(analysis);
  const contextual = checker.getContextualType(analysis.services.esTreeNodeToTSNodeMap.get(fn) as ts.Expression);
  return (
    contextual !== undefined && unionMembersThroughConstraints(checker, contextual).some((part) => part.getCallSignatures().length > 0)
  );
}

/**
 * True when calling `node` as written, with no receiver, may lose its `this`: it is not a member
 * access (`obj.save` keeps `obj`) or a function expression, and one of its signatures is declared
 * as a method (`const save = store.save`).
 */
export function mayBeUnboundMethod(analysis: Analysis, node: TSESTree.Node): boolean {
  let target: TSESTree.Node = node;
  while (target.type === AST_NODE_TYPES.TSNonNullExpression || target.type === AST_NODE_TYPES.TSAsExpression) target = target.expression;
  if (target.type === AST_NODE_TYPES.MemberExpression || target.type === AST_NODE_TYPES.ChainExpression || isFunctionNode(target))
    return false;
  return declaredAsMethod(analysis, typeOf(analysis, target));
}

/** `Promise.all(fns)`: may an element be a method taken off its object (`[store.save, store.load]`), which `task()` would call without it? */
export function arrayMayHoldUnboundMethods(analysis: Analysis, array: TSESTree.Node): boolean {
  const element = elementTypeOf(analysis, typeOf(analysis, array));
  return element === undefined || declaredAsMethod(analysis, element);
}

/** True when a call signature of `type` is declared as a class or interface method. */
function declaredAsMethod(analysis: Analysis, type: ts.Type): boolean {
  return unionMembersThroughConstraints(checkerOf(analysis), type).some((part) =>
    part.getCallSignatures().some((signature) => {
      const declaration = signature.getDeclaration() as ts.SignatureDeclaration | undefined;
      return declaration !== undefined && (ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration));
    }),
  );
}

/**
 * Uncalled promise-returning functions stored as data: a property value of an object literal
 * where the declared type is `unknown` (`Record<string, unknown>`, a payload parameter typed
 * `unknown`). `unknown` is the type of data whose shape is not fixed: a
 * function there is a value nobody will call (`JSON.stringify` drops it, a logger prints
 * `[Function]`), while a slot meant for callbacks says so with a function type. A function written
 * in place (`{ run: async () => … }`) is a deliberate function value and is not judged.
 */
export function uncalledAsData(analysis: Analysis, value: TSESTree.Node): UncalledFunction[] {
  if (isFunctionNode(value)) return [];
  // The value's own type first: most property values are no function, and the slot's contextual
  // type is the dearer question.
  const leaves = uncalledLeaves(analysis, value as TSESTree.Expression).filter((leaf) => !isFunctionNode(leaf));
  if (leaves.length === 0) return [];
  const slot = declaredSlotType(analysis, value);
  if (!slot || (slot.flags & ts.TypeFlags.Unknown) === 0) return [];
  return leaves.map((leaf) => ({ node: leaf, position: 'data' }));
}

/**
 * The type of the slot `value` fills: its contextual type, unless the object literal's
 * contextual type declares that property with another type (`PropertyDescriptor.value` is `any`,
 * whatever an intersection around it makes of the contextual type at the value).
 */
function declaredSlotType(analysis: Analysis, value: TSESTree.Node): ts.Type | undefined {
  const checker = checkerOf(analysis);
  const atValue = checker.getContextualType(analysis.services.esTreeNodeToTSNodeMap.get(value) as ts.Expression);
  const property = value.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) return atValue;
  const literal = analysis.services.esTreeNodeToTSNodeMap.get(property.parent) as ts.Expression;
  const contextual = checker.getContextualType(literal);
  for (const part of contextual ? unionMembersThroughConstraints(checker, contextual) : []) {
    const member = checker.getPropertyOfType(part, property.key.name);
    const declared = member && checker.getTypeOfSymbolAtLocation(member, literal);
    if (declared && (declared.flags & ts.TypeFlags.Unknown) === 0) return declared;
  }
  return atValue;
}

/**
 * Uncalled functions yielded by an async generator whose yield type does not want a function, or
 * by a plain generator of work steps: one that yields promises elsewhere (`yield line.closeValves();
 * yield line.purgeReleaser;`), whose runner awaits each step.
 */
export function uncalledInYield(analysis: Analysis, node: TSESTree.YieldExpression): UncalledFunction[] {
  const fn = enclosingFunction(node);
  if (!node.argument || node.delegate || !fn?.generator) return [];
  const leaves = uncalledLeaves(analysis, node.argument);
  if (leaves.length === 0) return [];
  if (!fn.async && !yieldsPromisesElsewhere(analysis, fn, node)) return [];
  const wants = contextualWants(analysis, node.argument);
  // An untyped generator that yields only functions may be a generator of handlers, unless they
  // are methods read off their object (`yield this.readPage`), which would run without `this`.
  if (wants === 'function') return [];
  if (
    wants === 'none' &&
    !otherResultsAreValues(analysis, fn, node.argument, AST_NODE_TYPES.YieldExpression) &&
    !leaves.every((leaf) => isDetachedMethod(analysis, leaf))
  )
    return [];
  return leaves.map((leaf) => ({ node: leaf, position: 'yielded', ...(wants === 'none' ? { inferred: true as const } : {}) }));
}

/** True when another `yield` of `fn` hands out a promise (not of a function): the generator's steps are work to await. */
function yieldsPromisesElsewhere(analysis: Analysis, fn: FunctionNode, current: TSESTree.YieldExpression): boolean {
  return containsInBody(fn.body, (node) => {
    if (node.type !== AST_NODE_TYPES.YieldExpression || node === current || node.delegate || !node.argument) return false;
    return thenableKindOfType(analysis, typeOf(analysis, node.argument)) !== false;
  });
}

/** True when another `return` (or `yield`) of `fn` produces a value that is neither a function, a promise of one, nor nullish. */
function otherResultsAreValues(
  analysis: Analysis,
  fn: FunctionNode,
  current: TSESTree.Expression,
  kind: AST_NODE_TYPES.ReturnStatement | AST_NODE_TYPES.YieldExpression,
): boolean {
  return containsInBody(fn.body, (node) => {
    if (node.type !== kind || (node.type === AST_NODE_TYPES.YieldExpression && node.delegate)) return false;
    const argument = (node as TSESTree.ReturnStatement | TSESTree.YieldExpression).argument;
    if (!argument || argument === current) return false;
    return valueLeaves(argument).some((leaf) => {
      const type = typeOf(analysis, leaf);
      if (isThenableFunctionType(analysis, type) || settlesWithFunction(analysis, leaf)) return false;
      return unionMembersThroughConstraints(checkerOf(analysis), type).some((part) => (part.flags & (nullishFlags | opaqueFlags)) === 0);
    });
  });
}

/**
 * Async functions of this program tested for truthiness where their result was meant:
 * `if (!sensor.isConnected)` with `async isConnected(): Promise<boolean>`. A function that is
 * always there (a method or function declared in the program's own source, not optional, not
 * nullable) makes the test constant, and it never runs. The operands of `!`, `&&` and `||` in the
 * test count. Not reported: functions declared in `.d.ts` files or the lib (`if (document.startViewTransition)`
 * is feature detection), a member of a value under a type assertion (`(store as Adapter).get`: duck
 * typing, the assertion says the value may be something else), and a test guarding a call of the
 * same function (`if (x.m) await x.m()`, `x.m && x.m()`).
 */
export function uncalledInTest(analysis: Analysis, test: TSESTree.Expression): UncalledFunction[] {
  const isAssertedType = (node: TSESTree.Node): boolean =>
    node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSTypeAssertion;
  const found: UncalledFunction[] = [];
  const visit = (node: TSESTree.Expression): void => {
    if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return visit(node.argument);
    if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '??') {
      visit(node.left);
      return visit(node.right);
    }
    if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) return;
    // `(store as Adapter).get`: the assertion says the value may be something else; the test tells which (duck typing).
    if (node.type === AST_NODE_TYPES.MemberExpression && isAssertedType(node.object)) return;
    const type = typeOf(analysis, node);
    if (!isThenableFunctionType(analysis, type) || !isAlwaysThereInSource(analysis, node, type)) return;
    if (isCallGuard(analysis, node, test)) return;
    found.push({ node, position: 'tested' });
  };
  visit(test);
  return found;
}

/**
 * True when `node` names a function or method declared (not optional) in the program's own source,
 * a class's or an interface's, and its type (`type`) has no nullish part.
 */
function isAlwaysThereInSource(analysis: Analysis, node: TSESTree.Node, type: ts.Type): boolean {
  const checker = checkerOf(analysis);
  if (unionMembersThroughConstraints(checker, type).some((part) => (part.flags & nullishFlags) !== 0)) return false;
  const tsNode = analysis.services.esTreeNodeToTSNodeMap.get(node);
  const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(tsNode) ? tsNode.name : tsNode);
  const declarations = symbol?.declarations ?? [];
  return (
    declarations.length > 0 &&
    declarations.every(
      (declaration) =>
        !declaration.getSourceFile().isDeclarationFile &&
        (ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration) || ts.isFunctionDeclaration(declaration)) &&
        !declaration.questionToken,
    )
  );
}

/** True when the code the test guards (an `if`'s branches, the right side of `&&`) calls the same function. */
function isCallGuard(analysis: Analysis, node: TSESTree.Node, test: TSESTree.Expression): boolean {
  const text = analysis.sourceCode.getText(node);
  const holder = test.parent;
  const regions: TSESTree.Node[] = [];
  if (holder?.type === AST_NODE_TYPES.IfStatement || holder?.type === AST_NODE_TYPES.ConditionalExpression) {
    regions.push(holder.consequent);
    if (holder.alternate) regions.push(holder.alternate);
  } else if (holder) regions.push(holder);
  return regions.some((region) =>
    containsInBody(
      region,
      (inner) =>
        inner.type === AST_NODE_TYPES.CallExpression && inner.callee !== node && analysis.sourceCode.getText(inner.callee) === text,
    ),
  );
}

/** True when `member` is the target of a write (`steps.length = 0` empties the array). */
function isWritten(member: TSESTree.MemberExpression): boolean {
  const parent = member.parent;
  return (
    (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === member) ||
    (parent?.type === AST_NODE_TYPES.UpdateExpression && parent.argument === member)
  );
}
