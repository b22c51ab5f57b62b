import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isTestCode } from '../scope/test-code.js';
import { variableOf } from '../scope/variables.js';
import { skipTypeWrappers } from '../syntax/nodes.js';
import { constInitializer } from '../scope/initializers.js';
import { walk } from '../syntax/walk.js';
import { checkerOf } from '../types/checker.js';
import { isInQuietPolledLoop, isRacedWithAbort } from './after-abort.js';
import { signalsAt } from './signal-propagation.js';
import { fieldAborts, isHelperParameterSignal } from './signals-in-hand.js';
import type { SignalInHand } from './signals-in-hand.js';
import { isTickDelay, timerPromiseOf } from '../scope/timers.js';

/*
 * Waits an abort cannot cut short. Awaiting a timer that nothing can clear (`new Promise((r) =>
 * setTimeout(r, ms))`, a `sleep(ms)` helper built that way, `promisify(setTimeout)`) while a signal
 * is in hand (a poll interval, a retry back-off) makes the caller's abort wait out the whole delay
 * before anything notices it. The wait must be one the function waits for (`await`, `yield`), its
 * delay not a short literal (under 100 ms: a yield to the event loop), and the signal usable there
 * (not in `finally`, an abort listener or a branch that runs once it has aborted; a `catch` clause
 * counts: a back-off after a failure is where this bites). A wait raced against the abort, or in a
 * loop that polls the signal and ends quietly, is left alone, as for missing signals.
 */

/** A wait an abort cannot shorten: the awaited timer, its delay, and the signals in hand there. */
export interface UncancellableWait {
  timer: TSESTree.Node;
  delay: TSESTree.Node | undefined;
  signals: SignalInHand[];
}

/** The uncancellable timer `await` waits for, with the signals in hand there. */
export function uncancellableWait(analysis: Analysis, wait: TSESTree.AwaitExpression): UncancellableWait | undefined {
  const inTest = isTestCode(analysis);
  const timer = skipTypeWrappers(wait.argument);
  // A timer from `node:timers/promises` takes a signal: a missing one is `missingSignal`'s.
  if (timer.type !== AST_NODE_TYPES.NewExpression && timer.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const found = timerPromiseOf(analysis, timer);
  if (!found || isTickDelay(analysis, found.delay)) return undefined;
  if (timer.type === AST_NODE_TYPES.CallExpression && takesMoreThanDelay(analysis, timer)) return undefined;
  // In test code only a helper's own signal parameter counts (see `isHelperParameterSignal`).
  const inHand = signalsAt(analysis, wait, true).filter((signal) => !inTest || isHelperParameterSignal(signal));
  const signals = inHand.filter((signal, index) => inHand.findIndex((other) => other.text === signal.text) === index);
  if (signals.length === 0) return undefined;
  const texts = signals.map((signal) => signal.text);
  if (isRacedWithAbort(analysis, timer, texts)) return undefined;
  // A quiet polled loop ends with the abort, unless the object's `stop()` aborts and then waits for it.
  if (isInQuietPolledLoop(analysis, timer, texts) && (inTest || !signals.some((signal) => isStopThatWaits(analysis, signal))))
    return undefined;
  return { timer, delay: found.delay, signals };
}

/** True when a sleep helper's signature takes more than a delay (a signal or options it may honour): not judged here. */
function takesMoreThanDelay(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const checker = checkerOf(analysis);
  const signature = checker.resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call));
  return (signature?.getParameters().length ?? 0) > 1 || call.arguments.length > 1;
}

/** The local name of `setTimeout` imported from `node:timers/promises` in this file (`sleep` in `import { setTimeout as sleep }`). */
export function signalAwareSleepName(analysis: Analysis): string | undefined {
  for (const statement of analysis.sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.importKind === 'type') continue;
    if (statement.source.value !== 'node:timers/promises' && statement.source.value !== 'timers/promises') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind === 'type') continue;
      const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      if (imported === 'setTimeout') return specifier.local.name;
    }
  }
  return undefined;
}

/** True when the delay means the same written in place of `timer`: a literal, or names declared outside it. */
export function isDelayReadableOutside(analysis: Analysis, delay: TSESTree.Node, timer: TSESTree.Node): boolean {
  let readable = true;
  walk(delay, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.ThisExpression) readable = false;
    if (
      node.type === AST_NODE_TYPES.Identifier &&
      !(node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.property === node)
    ) {
      const variable = variableOf(analysis, node);
      const declared = variable?.identifiers[0];
      if (!declared || (declared.range[0] >= timer.range[0] && declared.range[1] <= timer.range[1])) readable = false;
    }
    return readable ? undefined : 'stop';
  });
  return readable;
}

/**
 * A `const` holding the signal of a controller the object keeps in a field (`const signal =
 * this.#controller.signal`) when a method of the class aborts that controller and then waits
 * (`stop() { this.#controller.abort(); await this.#done; }`): a graceful stop that waits for the
 * loop to end. A timer the abort cannot cut short holds that stop for its whole delay, even in a
 * loop that polls the signal and ends quietly.
 */
function isStopThatWaits(analysis: Analysis, signal: SignalInHand): boolean {
  const init = constInitializer(analysis, signal.binding);
  return (
    init !== undefined &&
    fieldAborts(analysis, init).some((abort) => {
      const statement = abort.parent;
      const block = statement?.parent;
      if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || block?.type !== AST_NODE_TYPES.BlockStatement) return false;
      return block.body
        .slice(block.body.indexOf(statement) + 1)
        .some((later) => walk(later, (child) => (child.type === AST_NODE_TYPES.AwaitExpression ? 'stop' : undefined)));
    })
  );
}
