import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isSettledValue } from '../scope/globals.js';
import { isTestCode } from '../scope/test-code.js';
import type { FunctionNode, LoopNode } from '../syntax/nodes.js';
import { functionName, isFunctionNode, isLoop, skipTypeWrappers } from '../syntax/nodes.js';
import { returnedValues } from '../syntax/statements.js';
import { walk } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { isAbortSignalType, thenableKindOf } from '../types/thenables.js';
import { missingSignal, signalsAt } from './signal-propagation.js';
import { signalSlotOf } from './signal-slots.js';
import { propertyKeyName } from '../syntax/nodes.js';
import type { SignalInHand } from './signals-in-hand.js';
import { isHelperParameterSignal } from './signals-in-hand.js';
import { uncancellableWait } from './uncancellable-waits.js';
import ts from 'typescript';

/*
 * A signal in hand that nothing reads. A function that received a signal (an `AbortSignal`
 * parameter, `{ signal }`, `options.signal`, `ctx.signal`) and runs a loop that waits on every turn
 * (an `await` in its body, or `for await`) goes on with that loop after the caller aborts when
 * nothing in the function reads the signal: it is not checked (`aborted`, `throwIfAborted()`, a
 * listener), not passed to any call, and the object that carries it is not handed on whole (a
 * callee could read it there). Only the outermost such loop of a function is judged, and only when
 * nothing in it is reported already as a call missing the signal or an uncancellable wait: those
 * reports name the same fault more precisely. Left alone: test code (the runner ends the work),
 * loops that `yield` (the consumer paces them and stops by leaving the iteration), options the
 * function never reads (`signalsInHand` drops an optional signal there), and a request's signal
 * (`req.signal`: the client went away, and finishing the loop loses nothing).
 */

/** A loop that runs on after an abort: the loop and the signal in hand that nothing reads. */
export interface IgnoredSignal {
  loop: LoopNode;
  signal: SignalInHand;
  /** True when the signal may be absent (`options?.signal`, `signal?: AbortSignal`). */
  optional: boolean;
}

/** A function that received a signal, nothing in it reads, while it starts work that lasts. */
export interface UnobservedSignal {
  fn: FunctionNode;
  /** The parameter that carries the signal (the signal itself, or its options). */
  parameter: TSESTree.Parameter;
  signal: SignalInHand;
  optional: boolean;
}

/**
 * A function that declares, in its own parameter types, that it takes a signal (`signal:
 * AbortSignal`, `options: { signal?: AbortSignal; … }`), and starts work that lasts (an `await`, a
 * `new Promise`, `for await`), while nothing in it reads the signal (see `isSignalRead`): the
 * caller's abort changes nothing, and the work runs to its end. In test code only a helper of the
 * file that polls (a loop waiting on every turn) is judged. Left alone, beside other test code and a
 * request's signal as for loops, a generator (its consumer paces it and stops it by leaving the
 * iteration), a signal no caller in the file gives, a parameter typed by someone else (a callback, an object
 * literal's method, a method of a class that `implements` or `extends` something, `override`:
 * the signal is offered by an interface, not promised by this function), a parameter with no
 * type written on it, and functions in which a call missing the signal, an uncancellable wait or
 * a loop that ignores it is reported already (those reports name the fault more precisely), and
 * functions with a call that takes a signal and gets another (`poll(id, undefined)`, a signal of
 * its own, options that may carry one) or with a signal property set to nothing (`{ abort:
 * undefined }`): what to cancel there was decided. So is a wrapper whose only work is the callback it
 * was given (`onlyRunsCallbackParameter`).
 */
export function unobservedSignal(analysis: Analysis, fn: FunctionNode): UnobservedSignal | undefined {
  // A generator is paced by its consumer, who stops it by leaving the iteration.
  if (fn.generator || !declaresOwnParameters(fn) || !startsLastingWork(analysis, fn)) return undefined;
  if (onlyRunsCallbackParameter(analysis, fn)) return undefined;
  // In test code, only a helper that polls (`waitFor(check, { signal })` waiting on every turn): an
  // abort the test sends then waits out the whole poll, which turns its deadline into a longer hang.
  const inTest = isTestCode(analysis);
  if (inTest && !walk(fn.body, (node) => (isLoop(node) && waitsEachTurn(node) ? 'stop' : undefined))) return undefined;
  const parameterOf = (held: SignalInHand): TSESTree.Parameter | undefined =>
    fn.params.find((param) => param.range[0] <= held.binding.range[0] && held.binding.range[1] <= param.range[1]);
  // `signalsAt` leaves out a signal no caller in the file ever gives.
  const signal = signalsAt(analysis, fn.body, true).find(
    (held) =>
      held.source === 'parameter' &&
      parameterOf(held) &&
      (!inTest || isHelperParameterSignal(held)) &&
      !isRequestSignal(analysis, held) &&
      !isSignalRead(analysis, held),
  );
  const parameter = signal && parameterOf(signal);
  if (!signal || !parameter || !hasOwnSignalType(analysis, parameter, signal)) return undefined;
  if (walk(fn.body, (node) => (isLoop(node) && ignoredSignalLoop(analysis, node) ? 'stop' : undefined))) return undefined;
  if (isReportedInside(analysis, fn.body) || hasSignalSlotInside(analysis, fn.body)) return undefined;
  const optional =
    signal.text.includes('?.') ||
    unionMembers(signal.type).some((part) => (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0);
  return { fn, parameter, signal, optional };
}

/** An options parameter taken apart without its signal: `{ timeoutMs, intervalMs }: { …; signal?: AbortSignal }`. */
export interface DroppedSignalKey {
  fn: FunctionNode;
  parameter: TSESTree.Parameter;
  pattern: TSESTree.ObjectPattern;
  /** The key of the signal the pattern leaves out (`signal`, `abortSignal`). */
  key: string;
  optional: boolean;
}

/**
 * A function whose options parameter is destructured in place, the type written there declaring a
 * signal (`{ timeoutMs = 1_000 }: { timeoutMs?: number; signal?: AbortSignal } = {}`), while the
 * pattern neither takes the signal nor keeps the rest (`...rest`): the signal a caller hands in is
 * dropped on arrival, and the work the function starts runs to its end after the abort. Judged
 * like `unobservedSignal`: the function types its own parameters and starts lasting work, a call
 * in this file gives that key, and in test code only a helper that polls is judged.
 */
export function droppedSignalKey(analysis: Analysis, fn: FunctionNode): DroppedSignalKey | undefined {
  if (fn.generator || !declaresOwnParameters(fn)) return undefined;
  for (const parameter of fn.params) {
    const pattern = parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
    if (pattern.type !== AST_NODE_TYPES.ObjectPattern || !pattern.typeAnnotation) continue;
    if (pattern.properties.some((property) => property.type === AST_NODE_TYPES.RestElement)) continue;
    const annotation = pattern.typeAnnotation.typeAnnotation;
    if (annotation.type !== AST_NODE_TYPES.TSTypeLiteral) continue;
    const taken = new Set(
      pattern.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? propertyKeyName(property.key) : undefined)),
    );
    for (const member of annotation.members) {
      if (member.type !== AST_NODE_TYPES.TSPropertySignature || member.computed) continue;
      const key = propertyKeyName(member.key);
      if (!key || !/signal/i.test(key) || taken.has(key) || !member.typeAnnotation) continue;
      const type = typeOf(analysis, member.typeAnnotation.typeAnnotation);
      if (!isAbortSignalType(analysis, checkerOf(analysis).getNonNullableType(type))) continue;
      if (!startsLastingWork(analysis, fn) || !givenByCaller(analysis, fn, fn.params.indexOf(parameter), key)) return undefined;
      if (isTestCode(analysis) && !walk(fn.body, (node) => (isLoop(node) && waitsEachTurn(node) ? 'stop' : undefined))) return undefined;
      return { fn, parameter, pattern, key, optional: member.optional === true };
    }
  }
  return undefined;
}

/** True when a call of `fn` by its name in this file passes an object literal with `key` at `index` (`waitFor(check, { signal })`). */
function givenByCaller(analysis: Analysis, fn: FunctionNode, index: number, key: string): boolean {
  const name = functionName(fn);
  if (!name) return false;
  return walk(
    analysis.sourceCode.ast,
    (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipTypeWrappers(node.callee);
      const called = callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
      const argument = node.arguments[index];
      if (called !== name || argument?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      return argument.properties.some((property) => property.type === AST_NODE_TYPES.Property && propertyKeyName(property.key) === key)
        ? 'stop'
        : undefined;
    },
    { nested: true },
  );
}

/**
 * True when `fn`'s parameters are its own to type: a function declaration, a function or arrow a
 * `const` holds, or a method of a class that neither `implements` nor `extends` anything (and is
 * not `override`). A callback's or an object literal method's parameters are typed by its caller.
 */
function declaresOwnParameters(fn: FunctionNode): boolean {
  if (!fn.body) return false;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return true;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator) return parent.init === fn;
  if (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.PropertyDefinition) {
    const owner = parent.parent.parent;
    return (
      !parent.override &&
      (owner.type === AST_NODE_TYPES.ClassDeclaration || owner.type === AST_NODE_TYPES.ClassExpression) &&
      !owner.superClass &&
      owner.implements.length === 0
    );
  }
  return false;
}

/**
 * True when a call in `node` (nested functions included) takes a signal: with the one in hand unread
 * and no call reported as missing it, each such call gets another on purpose (`poll(id,
 * undefined)`, `AbortSignal.timeout(100)`, options that may carry one), which is a choice made.
 */
function hasSignalSlotInside(analysis: Analysis, node: TSESTree.Node): boolean {
  return walk(
    node,
    (child) =>
      ((child.type === AST_NODE_TYPES.CallExpression || child.type === AST_NODE_TYPES.NewExpression) && signalSlotOf(analysis, child)) ||
      isNoSignalProperty(child)
        ? 'stop'
        : undefined,
    { nested: true },
  );
}

/** `{ abort: undefined }`, `signal: null`: a property for the signal set to nothing on purpose. */
function isNoSignalProperty(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.Property || node.computed) return false;
  const key = propertyKeyName(node.key);
  if (key === undefined || !/^(abort|signal|abortSignal|cancelSignal)$/.test(key)) return false;
  const value = node.value;
  return (
    (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') ||
    (value.type === AST_NODE_TYPES.Literal && value.value === null)
  );
}

/**
 * True when the parameter's written type is this function's promise of a signal: an `AbortSignal`
 * parameter or a signal taken out by name (`{ signal }: Options`), or options whose type is
 * written in place (`options: { signal?: AbortSignal; … }`) or declared in this file
 * (`options: SolveOptions`). Options of a type another module declares (`FinalRequestOptions`,
 * `CallOptions`) are a shared bag handed through helpers that never were the ones to cancel.
 */
function hasOwnSignalType(analysis: Analysis, parameter: TSESTree.Parameter, signal: SignalInHand): boolean {
  const target = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
  const bound = target.type === AST_NODE_TYPES.AssignmentPattern ? target.left : target;
  const annotation = 'typeAnnotation' in bound ? bound.typeAnnotation?.typeAnnotation : undefined;
  if (!annotation) return false;
  // The signal itself, or taken out of the options by name.
  if (signal.text === signal.binding.name) return true;
  return writtenHere(analysis, annotation);
}

/** True for a type literal, or a union or intersection of types written in place or declared in this file. */
function writtenHere(analysis: Analysis, annotation: TSESTree.TypeNode): boolean {
  switch (annotation.type) {
    case AST_NODE_TYPES.TSTypeLiteral:
      return true;
    case AST_NODE_TYPES.TSUnionType:
    case AST_NODE_TYPES.TSIntersectionType:
      return annotation.types.some((part) => writtenHere(analysis, part));
    case AST_NODE_TYPES.TSTypeReference: {
      // The type's own symbol: an imported name resolves to where the type is declared.
      const type = typeOf(analysis, annotation);
      const declarations = (type.aliasSymbol ?? type.getSymbol())?.declarations ?? [];
      const file = analysis.services.esTreeNodeToTSNodeMap.get(analysis.sourceCode.ast).getSourceFile();
      return declarations.length > 0 && declarations.every((declaration) => declaration.getSourceFile() === file);
    }
    default:
      return false;
  }
}

/**
 * True when `fn` starts work that lasts: it awaits (also `for await`; not a settled value, such as
 * `await Promise.resolve()`, a microtask turn), makes a `new Promise`, or returns a promise a call
 * made (`return save(id).then(…)`).
 */
/**
 * True for a wrapper whose only work is the callback it was given (`withSpan(deps, name, fn)`
 * returning `withToolSpan(deps.runner, name, fn, parent)`, `timed(opts, run)` awaiting `run()`):
 * every promise its body makes comes from calling a function parameter or from a call that
 * receives one, with no `for await` or `new Promise` of its own. The caller wrote that callback and
 * closes over its own signal there; the wrapper has nothing of its own to cancel.
 */
function onlyRunsCallbackParameter(analysis: Analysis, fn: FunctionNode): boolean {
  const callbacks = new Set<string>();
  for (const param of fn.params) {
    const binding = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    if (binding.type !== AST_NODE_TYPES.Identifier) continue;
    if (checkerOf(analysis).getNonNullableType(typeOf(analysis, binding)).getCallSignatures().length > 0) callbacks.add(binding.name);
  }
  if (callbacks.size === 0) return false;
  const isCallback = (node: TSESTree.Node): boolean => {
    const target = skipTypeWrappers(node);
    return target.type === AST_NODE_TYPES.Identifier && callbacks.has(target.name);
  };
  let runs = false;
  const foreign = walk(fn.body, (node) => {
    if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) return 'stop';
    if (node.type === AST_NODE_TYPES.NewExpression && thenableKindOf(analysis, node) !== false) return 'stop';
    if (node.type !== AST_NODE_TYPES.CallExpression || thenableKindOf(analysis, node) === false) return undefined;
    if (isCallback(node.callee) || node.arguments.some(isCallback)) {
      runs = true;
      return undefined;
    }
    return 'stop';
  });
  return runs && !foreign;
}

function startsLastingWork(analysis: Analysis, fn: FunctionNode): boolean {
  const returnsStartedWork = returnedValues(fn).some(
    (value) => skipTypeWrappers(value).type === AST_NODE_TYPES.CallExpression && thenableKindOf(analysis, value) === 'promise',
  );
  return (
    returnsStartedWork ||
    walk(
      fn.body,
      (node) =>
        (node.type === AST_NODE_TYPES.AwaitExpression && !isSettledValue(analysis, node.argument)) ||
        (node.type === AST_NODE_TYPES.ForOfStatement && node.await) ||
        (node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Promise')
          ? 'stop'
          : undefined,
      { nested: true },
    )
  );
}

/** The signal in hand that nothing in its function reads while `loop` waits on every turn. */
export function ignoredSignalLoop(analysis: Analysis, loop: LoopNode): IgnoredSignal | undefined {
  if (isTestCode(analysis) || !waitsEachTurn(loop) || isInsideOuterLoop(loop)) return undefined;
  const signal = signalsAt(analysis, loop, true).find(
    (held) => held.source === 'parameter' && !isRequestSignal(analysis, held) && !isSignalRead(analysis, held),
  );
  if (!signal || isReportedInside(analysis, loop)) return undefined;
  const optional =
    signal.text.includes('?.') ||
    unionMembers(signal.type).some((part) => (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0);
  return { loop, signal, optional };
}

/**
 * True for the signal of a request (`req.signal` of a fetch `Request`, `NextRequest`…): it aborts
 * when the client goes away, and a handler that lets a loop finish anyway wastes work but loses
 * nothing; a call there that accepts the signal is still `missingSignal`'s.
 */
function isRequestSignal(analysis: Analysis, signal: SignalInHand): boolean {
  if (signal.text === signal.binding.name) return false;
  const name = checkerOf(analysis).getNonNullableType(typeOf(analysis, signal.binding)).getSymbol()?.getName() ?? '';
  return /Request$/.test(name);
}

/** True for `for await`, and for a loop whose body (or condition) awaits in the same function and never yields. */
function waitsEachTurn(loop: LoopNode): boolean {
  let awaits = loop.type === AST_NODE_TYPES.ForOfStatement && loop.await;
  const yields = walk(loop, (node) => {
    if (node.type === AST_NODE_TYPES.YieldExpression) return 'stop';
    if (node.type === AST_NODE_TYPES.AwaitExpression) awaits = true;
    return undefined;
  });
  return awaits && !yields;
}

/** True when a loop of the same function holds `loop`: the outer one is judged. */
function isInsideOuterLoop(loop: LoopNode): boolean {
  for (let current: TSESTree.Node | undefined = loop.parent; current && !isFunctionNode(current); current = current.parent)
    if (isLoop(current)) return true;
  return false;
}

/**
 * True when something reads the signal: any read of a signal held by its own name, and for one
 * held in an object (`ctx.signal`) a read of its `signal`, a computed member, or the object used
 * whole (passed, returned, spread, destructured): only other members read off it (`ctx.log(…)`)
 * leave the signal unread.
 */
function isSignalRead(analysis: Analysis, signal: SignalInHand): boolean {
  const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(signal.binding), signal.binding);
  if (!variable) return true;
  const held = signal.text !== signal.binding.name;
  const key = signal.text.slice(signal.text.lastIndexOf('.') + 1);
  return variable.references.some((reference) => {
    if (!reference.isRead()) return false;
    if (!held) return true;
    const parent = reference.identifier.parent;
    // `const { lineId, maxBatches } = options;`: the object is taken apart, and the signal left in it.
    if (
      parent?.type === AST_NODE_TYPES.VariableDeclarator &&
      parent.init === reference.identifier &&
      parent.id.type === AST_NODE_TYPES.ObjectPattern
    )
      return patternTakes(parent.id, key);
    // `const { toleranceM, maxPulses } = { ...DEFAULTS, ...options };`: merged with defaults, then taken apart the same way.
    const merged = parent?.type === AST_NODE_TYPES.SpreadElement ? parent.parent : undefined;
    const declarator = merged?.type === AST_NODE_TYPES.ObjectExpression ? merged.parent : undefined;
    if (
      declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
      declarator.init === merged &&
      declarator.id.type === AST_NODE_TYPES.ObjectPattern
    )
      return patternTakes(declarator.id, key);
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== reference.identifier) return true;
    return parent.computed || parent.property.type !== AST_NODE_TYPES.Identifier || parent.property.name === key;
  });
}

/** True when a destructuring pattern takes `key` out (or may: a rest element, a computed key). */
function patternTakes(pattern: TSESTree.ObjectPattern, key: string): boolean {
  return pattern.properties.some(
    (property) => property.type === AST_NODE_TYPES.RestElement || property.computed || propertyKeyName(property.key) === key,
  );
}

/** True when a call in `node` (a loop, a function's body) misses the signal or an await there cannot be cut short: reported already. */
function isReportedInside(analysis: Analysis, node: TSESTree.Node): boolean {
  return walk(node, (node) => {
    if ((node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) && missingSignal(analysis, node))
      return 'stop';
    if (node.type === AST_NODE_TYPES.AwaitExpression && uncancellableWait(analysis, node)) return 'stop';
    return undefined;
  });
}

/** The statement list a check at the top of each turn goes into: the loop's block body. */
export function loopBlock(loop: LoopNode): TSESTree.BlockStatement | undefined {
  return loop.body.type === AST_NODE_TYPES.BlockStatement ? loop.body : undefined;
}
