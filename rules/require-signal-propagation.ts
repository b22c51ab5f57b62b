import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { droppedSignalKey, ignoredSignalLoop, loopBlock, unobservedSignal } from '../src/analysis/cancellation/ignored-signals.js';
import { canPassSignal, missingSignal, signallessHelper } from '../src/analysis/cancellation/signal-propagation.js';
import { isDelayReadableOutside, signalAwareSleepName, uncancellableWait } from '../src/analysis/cancellation/uncancellable-waits.js';
import type { SignalCall } from '../src/analysis/cancellation/signal-slots.js';
import { analysisOf } from '../src/analysis/context.js';
import { shortLabel } from '../src/analysis/syntax/labels.js';
import type { FunctionNode, LoopNode } from '../src/analysis/syntax/nodes.js';
import { skipTypeWrappers } from '../src/analysis/syntax/nodes.js';
import { createRule } from '../src/create-rule.js';
import { passSignalArgument, prependStatement, throwIfAbortedStatement } from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId =
  | 'ignoredSignal'
  | 'missingSignal'
  | 'signallessHelper'
  | 'suggestCheckSignal'
  | 'suggestCheckSignalFirst'
  | 'suggestPassSignal'
  | 'suggestSignalAwareSleep'
  | 'uncancellableWait'
  | 'unobservedSignal';

export default createRule<Options, MessageId>({
  name: 'require-signal-propagation',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an AbortSignal in hand to be passed to calls that accept one',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    // No fix of its own: `fixable` is for suggestions promoted with `settings.settle.promoteToFix`.
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      missingSignal: '`{{callee}}` accepts an AbortSignal but is not given `{{signal}}`: it keeps running after the caller aborts.',
      suggestPassSignal: 'Pass `{{signal}}` to this call.',
      signallessHelper:
        '`{{callee}}` starts `{{inner}}` without a signal and takes none: `{{signal}}` cannot reach that work, which runs on after the caller aborts. Give `{{callee}}` a signal parameter, pass it to `{{inner}}`, and pass `{{signal}}` here.',
      uncancellableWait:
        'This wait cannot be cut short: after `{{signal}}` aborts, it still runs out its whole delay. Use a signal-aware sleep (`setTimeout` from `node:timers/promises` with `{ signal }`).',
      suggestSignalAwareSleep: 'Wait with `{{sleep}}(…, undefined, { signal: {{signal}} })` instead.',
      ignoredSignal:
        'Nothing here reads `{{signal}}`: this loop goes on waiting, turn after turn, after the caller aborts. Check the signal each turn or pass it on.',
      suggestCheckSignal: 'Start each turn with `{{check}}`.',
      unobservedSignal:
        'Nothing here reads `{{signal}}`: the work this function starts runs to its end after the caller aborts. Pass it on, listen for its `abort`, or check it.',
      suggestCheckSignalFirst: 'Start with `{{check}}` (the work already started still runs on).',
    },
    schema: [],
  },
  create(context) {
    const analysis = analysisOf(context);
    const { sourceCode } = context;

    const check = (call: SignalCall): void => {
      const missing = missingSignal(analysis, call);
      if (!missing) return;
      const { slot, signals } = missing;
      const edits = signals.flatMap((signal) => {
        if (!canPassSignal(analysis, call, slot, signal)) return [];
        const fix = passSignalArgument(sourceCode, call, slot, signal.text);
        return fix ? [{ signal, fix }] : [];
      });
      const callee = skipTypeWrappers(call.callee);
      // Passing a signal changes how the call ends on abort (it rejects where it ran on): a suggestion, never a fix.
      const suggestions: Suggestion<MessageId>[] = edits.map((edit) => ({
        messageId: 'suggestPassSignal',
        data: { signal: edit.signal.text },
        fix: edit.fix,
      }));
      // `a.b.fetch(…)`: point at `fetch`, not at the whole chain (chained calls would share a start).
      const node = callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed ? callee.property : callee;
      context.report({
        node,
        messageId: 'missingSignal',
        data: { callee: shortLabel(callee, sourceCode.getText(callee)), signal: signals.map((signal) => signal.text).join('` or `') },
        ...offer(context, suggestions),
      });
    };

    const checkWait = (wait: TSESTree.AwaitExpression): void => {
      const found = uncancellableWait(analysis, wait);
      if (!found) return;
      const [signal] = found.signals;
      const sleep = signalAwareSleepName(analysis);
      const { delay, timer } = found;
      // Waiting on a signal rejects on abort where the timer resolved: a suggestion, and only with the import in place.
      const suggestions: Suggestion<MessageId>[] =
        sleep && signal && delay && isDelayReadableOutside(analysis, delay, timer)
          ? [
              {
                messageId: 'suggestSignalAwareSleep',
                data: { sleep, signal: signal.text },
                fix: (fixer) => fixer.replaceText(timer, `${sleep}(${sourceCode.getText(delay)}, undefined, { signal: ${signal.text} })`),
              },
            ]
          : [];
      context.report({
        node: wait,
        messageId: 'uncancellableWait',
        data: { signal: found.signals.map((held) => held.text).join('` or `') },
        ...offer(context, suggestions),
      });
    };

    const checkLoop = (loop: LoopNode): void => {
      const found = ignoredSignalLoop(analysis, loop);
      if (!found) return;
      const block = loopBlock(loop);
      const check = throwIfAbortedStatement(found.signal.text, found.optional);
      // Throwing on abort ends the loop where it went on: a suggestion, never a fix.
      const suggestions: Suggestion<MessageId>[] = block
        ? [{ messageId: 'suggestCheckSignal', data: { check }, fix: prependStatement(sourceCode, block, check) }]
        : [];
      context.report({
        loc: sourceCode.getFirstToken(loop)!.loc,
        messageId: 'ignoredSignal',
        data: { signal: found.signal.text },
        ...offer(context, suggestions),
      });
    };

    const checkFunction = (fn: FunctionNode): void => {
      const dropped = droppedSignalKey(analysis, fn);
      if (dropped) {
        const { pattern, key } = dropped;
        const check = throwIfAbortedStatement(key, dropped.optional);
        const last = pattern.properties.at(-1);
        const body = fn.body;
        // Take the signal out of the options and check it first: a suggestion, as it ends the function where it went on.
        const suggestions: Suggestion<MessageId>[] =
          body.type === AST_NODE_TYPES.BlockStatement && last
            ? [
                {
                  messageId: 'suggestCheckSignalFirst',
                  data: { check },
                  fix: (fixer) => [fixer.insertTextAfter(last, `, ${key}`), prependStatement(sourceCode, body, check)(fixer)],
                },
              ]
            : [];
        context.report({ node: dropped.parameter, messageId: 'unobservedSignal', data: { signal: key }, ...offer(context, suggestions) });
        return;
      }
      const found = unobservedSignal(analysis, fn);
      if (!found) return;
      const check = throwIfAbortedStatement(found.signal.text, found.optional);
      // Throwing on abort ends the function where it went on: a suggestion, never a fix.
      const suggestions: Suggestion<MessageId>[] =
        fn.body.type === AST_NODE_TYPES.BlockStatement
          ? [{ messageId: 'suggestCheckSignalFirst', data: { check }, fix: prependStatement(sourceCode, fn.body, check) }]
          : [];
      context.report({
        node: found.parameter,
        messageId: 'unobservedSignal',
        data: { signal: found.signal.text },
        ...offer(context, suggestions),
      });
    };

    return {
      ArrowFunctionExpression: checkFunction,
      FunctionDeclaration: checkFunction,
      FunctionExpression: checkFunction,
      AwaitExpression: checkWait,
      DoWhileStatement: checkLoop,
      ForInStatement: checkLoop,
      ForOfStatement: checkLoop,
      ForStatement: checkLoop,
      WhileStatement: checkLoop,
      CallExpression(node) {
        check(node);
        const helper = signallessHelper(analysis, node);
        if (!helper) return;
        const innerCallee = skipTypeWrappers(helper.inner.callee);
        context.report({
          node: node.callee,
          messageId: 'signallessHelper',
          data: {
            callee: sourceCode.getText(node.callee),
            inner: shortLabel(innerCallee, sourceCode.getText(innerCallee)),
            signal: helper.signals.map((signal) => signal.text).join('` or `'),
          },
        });
      },
      NewExpression: check,
    };
  },
});
