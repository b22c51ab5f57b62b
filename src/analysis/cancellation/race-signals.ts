import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isGlobalPromise } from '../scope/globals.js';
import { calleeName } from '../syntax/calls.js';
import { constDeclaratorOf, constInitializer, localControllerOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import { isFunctionNode, isPromiseStatic, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { bodyWork, contenderBody } from './contender-bodies.js';
import { mappedCallback, mappedResults, raceList } from './race-contenders.js';
import type { SignalCall } from './signal-slots.js';
import { isSignalKey, signalPassing, signalSlotOf } from './signal-slots.js';
import { propertyKeyName } from '../syntax/nodes.js';
import { calleeDeclarations, chainBase, isStartedFor } from '../scope/timers.js';

/*
 * Race losers that get a signal nobody aborts when the race settles. A contender handed the
 * caller's signal (a parameter, `opts.signal`) stops only when the caller aborts, not when another
 * contender wins; one handed the signal of a local controller that is never aborted never stops.
 * Either way the loser keeps running after the race: `Promise.any(mirrors.map((m) => get(m, {
 * signal })))` keeps downloading from every slower mirror. A contender whose signal comes from a
 * controller the function aborts somewhere (`.finally(() => controller.abort())`, a `finally`
 * block), `AbortSignal.timeout(ms)`, or `AbortSignal.any([…])` with such a member, is stopped.
 * When the only other contenders settle on the abort of that same signal (an abort-listener
 * promise), no contender can win while the work still runs, so nothing leaks.
 */

/** A contender that keeps running after losing: the call, and the signal it gets. */
export interface UnabortedContender {
  node: TSESTree.Node;
  call: SignalCall;
  signal: TSESTree.Node;
}

/** The contenders of a global `Promise.race`/`Promise.any` that get a signal nothing aborts when the race settles. */
export function unabortedContenders(analysis: Analysis, race: TSESTree.CallExpression): UnabortedContender[] {
  if (!isPromiseStatic(race, ['race', 'any']) || !isGlobalPromise(analysis, race)) return [];
  const [list] = race.arguments;
  if (!list) return [];
  const callback = mappedCallback(raceList(analysis, list));
  if (callback) {
    const results = mappedResults(callback);
    if (results.length === 0) return unabortedBodyWork(analysis, callback, race);
    return results.flatMap((result) => {
      const found = unabortedWork(analysis, result, race);
      return found ? [found] : unabortedBodyWork(analysis, result, race);
    });
  }
  if (list.type !== AST_NODE_TYPES.ArrayExpression) return [];
  const contenders = list.elements.filter(
    (element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement,
  );
  if (contenders.length < 2) return [];
  return contenders.flatMap((contender) => {
    if (!isStartedFor(analysis, contender, race)) return [];
    const direct = unabortedWork(analysis, contender, race);
    return (direct ? [direct] : unabortedBodyWork(analysis, contender, race)).filter((found) => {
      // The others settle only on this signal's abort: they cannot win while the work runs.
      const text = analysis.sourceCode.getText(found.signal);
      // `abortion(signal)`: a contender that only waits for the abort starts no work of its own.
      if (settlesOnAbortOf(analysis, contender, text)) return false;
      const others = contenders.filter((other) => other !== contender);
      return !others.every((other) => settlesOnAbortOf(analysis, other, text));
    });
  });
}

/**
 * The calls an async contender (an async `.map` callback, an async IIFE) makes in its body with a
 * signal nothing aborts when the race settles, each reported where it is written. A helper called
 * by name is not entered: a signal it uses comes from its own parameters, which give it a slot.
 */
function unabortedBodyWork(analysis: Analysis, contender: TSESTree.Node, race: TSESTree.Node): UnabortedContender[] {
  const body = contenderBody(analysis, isFunctionNode(contender) ? contender : chainBase(analysis, contender));
  if (!body || body.helper) return [];
  return bodyWork(analysis, body.fn).flatMap((work) => {
    if (work.passing !== 'passed') return [];
    const found = unabortedWork(analysis, work.call, race);
    return found ? [found] : [];
  });
}

/** The contender's call when it passes a signal written in place that nothing aborts when the race settles. */
function unabortedWork(analysis: Analysis, contender: TSESTree.Node, race: TSESTree.Node): UnabortedContender | undefined {
  const base = chainBase(analysis, contender);
  if (base.type !== AST_NODE_TYPES.CallExpression && base.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const slot = signalSlotOf(analysis, base);
  if (!slot || !slot.asynchronous || signalPassing(analysis, base, slot) !== 'passed') return undefined;
  const signal = passedSignal(base, slot.index, slot.kind);
  if (!signal || !isNeverAbortedBy(analysis, signal, race, 0)) return undefined;
  return { node: contender, call: base, signal };
}

/** The signal written at the slot: the argument itself, or the `signal` property of an options literal. */
function passedSignal(call: SignalCall, index: number, kind: 'direct' | 'options'): TSESTree.Node | undefined {
  const argument = call.arguments[index];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (kind === 'direct') return argument;
  const options = skipTypeWrappers(argument);
  if (options.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  for (const property of options.properties)
    if (property.type === AST_NODE_TYPES.Property && !property.computed && isSignalKey(propertyKeyName(property.key)))
      return property.value;
  return undefined;
}

/**
 * True for a `controller.abort()` that does not run because the race settled: inside a timer's
 * callback (`setTimeout(() => ctrl.abort(), deadlineMs)`, a deadline, cleared or not once a winner
 * is in), or inside an `abort` listener (`parent.addEventListener('abort', () => ctrl.abort())`,
 * the caller's abort passed on). Losers keep running until then.
 */
function isDeadlineOrLinkAbort(analysis: Analysis, reference: TSESTree.Node, race: TSESTree.Node): boolean {
  const holdsRace = (node: TSESTree.Node): boolean => node.range[0] <= race.range[0] && race.range[1] <= node.range[1];
  for (let current = reference.parent; current && !holdsRace(current); current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const call = current.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(current as TSESTree.CallExpressionArgument)) continue;
    const name = calleeName(call) ?? '';
    // A timer that settles a contender of the race (`const deadline = new Promise((_, reject) => {
    // timer = setTimeout(() => { ac.abort(); reject(…); }, ms); })`) aborts exactly when the work loses.
    if ((name === 'setTimeout' || name === 'setInterval') && !startsContender(analysis, call, race)) return true;
    const [event] = call.arguments;
    if (event?.type === AST_NODE_TYPES.Literal && event.value === 'abort') return true;
  }
  return false;
}

/** True when `node` lies in a contender of `race`'s array, or in the `const` initializer a contender names. */
function startsContender(analysis: Analysis, node: TSESTree.Node, race: TSESTree.Node): boolean {
  const [list] = race.type === AST_NODE_TYPES.CallExpression ? race.arguments : [];
  if (list?.type !== AST_NODE_TYPES.ArrayExpression) return false;
  const within = (outer: TSESTree.Node): boolean => outer.range[0] <= node.range[0] && node.range[1] <= outer.range[1];
  return list.elements.some((element) => {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) return false;
    const init = constInitializer(analysis, element);
    return within(element) || (init !== undefined && within(init));
  });
}

/**
 * True when `signal` is aborted by nobody when the race settles: a parameter or a property read
 * of one (`signal`, `opts.signal`, `const { signal } = opts`: only the caller aborts it), or the
 * signal of a local controller nothing ever aborts. `undefined`-able reads (`opts.signal` typed optional) count the same.
 */
function isNeverAbortedBy(analysis: Analysis, node: TSESTree.Node, race: TSESTree.Node, depth: number): boolean {
  if (depth > 4) return false;
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ChainExpression) target = target.expression;
  const controller = localControllerOf(analysis, target);
  if (controller)
    return !controller.references.some(
      (reference) => memberName(reference.identifier.parent!) === 'abort' && !isDeadlineOrLinkAbort(analysis, reference.identifier, race),
    );
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    let root: TSESTree.Node = target;
    while (root.type === AST_NODE_TYPES.MemberExpression && !root.computed) root = skipTypeWrappers(root.object);
    return root.type === AST_NODE_TYPES.Identifier && isParameter(analysis, root, race);
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  if (isParameter(analysis, target, race)) return true;
  const init = constInitializer(analysis, target);
  if (init !== undefined) return isNeverAbortedBy(analysis, init, race, depth + 1);
  // `const { mirrors, signal } = options` (also `= options ?? {}`): a property of a parameter, as `options.signal`.
  const variable = variableOf(analysis, target);
  const declarator = variable && constDeclaratorOf(variable);
  if (declarator?.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) return false;
  let source = skipTypeWrappers(declarator.init);
  if (source.type === AST_NODE_TYPES.LogicalExpression) source = skipTypeWrappers(source.left);
  while (source.type === AST_NODE_TYPES.MemberExpression && !source.computed) source = skipTypeWrappers(source.object);
  return source.type === AST_NODE_TYPES.Identifier && isParameter(analysis, source, race);
}

/** True when `identifier` names a parameter of a function around `at`. */
function isParameter(analysis: Analysis, identifier: TSESTree.Identifier, at: TSESTree.Node): boolean {
  const variable = variableOf(analysis, identifier);
  if (!variable || variable.defs.length !== 1 || variable.defs[0]!.type !== 'Parameter') return false;
  const block = variable.scope.block;
  return block.range[0] <= at.range[0] && at.range[1] <= block.range[1];
}

/**
 * True when a contender settles only on the abort of `signal` (its text): a `new Promise` or
 * `events.once(…)` that listens for `'abort'` on it, also through a `const`.
 */
function settlesOnAbortOf(analysis: Analysis, contender: TSESTree.Node, signal: string): boolean {
  let target = skipTypeWrappers(contender);
  if (target.type === AST_NODE_TYPES.Identifier) target = constInitializer(analysis, target) ?? target;
  // `abortion(signal)`: a helper handed the signal whose body listens for its abort.
  if (
    target.type === AST_NODE_TYPES.CallExpression &&
    target.arguments.some((argument) => analysis.sourceCode.getText(argument) === signal) &&
    calleeDeclarations(analysis, target).some((fn) => fn.body !== undefined && /\bonabort\b|['"]abort['"]/.test(fn.body.getText()))
  )
    return true;
  return (
    walk(
      target,
      (node) => {
        if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
        const [first, second] = node.arguments;
        const callee = skipTypeWrappers(node.callee);
        // `signal.addEventListener('abort', …)`, `once(signal, 'abort')`
        const listens =
          (callee.type === AST_NODE_TYPES.MemberExpression &&
            memberName(callee) === 'addEventListener' &&
            first?.type === AST_NODE_TYPES.Literal &&
            first.value === 'abort' &&
            analysis.sourceCode.getText(callee.object) === signal) ||
          (first !== undefined &&
            analysis.sourceCode.getText(first) === signal &&
            second?.type === AST_NODE_TYPES.Literal &&
            second.value === 'abort');
        return listens ? 'stop' : undefined;
      },
      { nested: true },
    ) ||
    walk(
      target,
      (node) =>
        // `signal.onabort = () => reject(…)`
        node.type === AST_NODE_TYPES.AssignmentExpression &&
        memberName(node.left) === 'onabort' &&
        node.left.type === AST_NODE_TYPES.MemberExpression &&
        analysis.sourceCode.getText(node.left.object) === signal
          ? 'stop'
          : undefined,
      { nested: true },
    )
  );
}
