import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { RaceLeak } from '../src/analysis/cancellation/race-contenders.js';
import { isReadableAt, leakedContenders, settlesWithLiveValue, timerOnlyRejects } from '../src/analysis/cancellation/race-contenders.js';
import { unabortedContenders } from '../src/analysis/cancellation/race-signals.js';
import { canAddSignal } from '../src/analysis/cancellation/signal-slots.js';
import { analysisOf } from '../src/analysis/context.js';
import { shortLabel } from '../src/analysis/syntax/labels.js';
import { isFunctionNode, memberName } from '../src/analysis/syntax/nodes.js';
import { createRule } from '../src/create-rule.js';
import { appendMemberCall, freeName, insertStatementBefore, passSignalArgument } from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId =
  | 'leakedHelperWork'
  | 'leakedListeners'
  | 'leakedTimer'
  | 'leakedWork'
  | 'suggestAbortController'
  | 'suggestTimeoutSignal'
  | 'unabortedWork';

type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

export default createRule<Options, MessageId>({
  name: 'no-leaked-race',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `Promise.race` and `Promise.any` contenders that keep running after they lose',
      recommended: 'strict',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      leakedWork:
        '`{{callee}}` accepts an AbortSignal but gets none: when it loses the race it keeps running, holding its sockets, handles and memory.',
      leakedHelperWork:
        '`{{helper}}` takes no AbortSignal but calls `{{callee}}` without one: when it loses the race that work keeps running. Give `{{helper}}` a signal to pass on, and abort it once the race settles.',
      leakedListeners:
        '`{{helper}}` leaves its listeners on `{{emitter}}` until one of them runs: when it loses the race they stay registered, perhaps for good. Give `{{helper}}` a way to take them off (a signal), and use it once the race settles.',
      leakedTimer: 'This timer keeps running after the race settles: nothing can clear it, so it holds the process until it fires.',
      unabortedWork:
        '`{{callee}}` gets a signal that nothing aborts when the race settles: when it loses it keeps running. Give the race a controller of its own (following this signal) and abort it once the race settles.',
      suggestTimeoutSignal: 'Pass `AbortSignal.timeout({{delay}})` to the work instead of racing a timer.',
      suggestAbortController: 'Give the racing work an AbortController signal and abort it when the race settles.',
    },
    schema: [],
  },
  create(context) {
    const analysis = analysisOf(context);
    const { sourceCode } = context;

    /**
     * `Promise.race([work(), timeout])` → `work({ signal: AbortSignal.timeout(ms) })`: only for
     * `Promise.race` (`Promise.any` ignores a rejecting timer) against a timer that only rejects (a
     * timer that resolves makes the race resolve on a timeout, where the rewrite would reject), and
     * work whose options can take a signal as they are.
     */
    const timeoutSignalSuggestion = (
      race: TSESTree.CallExpression,
      contenders: TSESTree.Node[],
      leaks: RaceLeak[],
    ): Suggestion<MessageId> | undefined => {
      const work = leaks.find((leak) => leak.kind === 'work');
      const timer = leaks.find((leak) => leak.kind === 'timer');
      if (contenders.length !== 2 || leaks.length !== 2 || work?.kind !== 'work' || timer?.kind !== 'timer' || !work.direct)
        return undefined;
      if (memberName(race.callee) !== 'race' || !timerOnlyRejects(analysis, timer.node) || !canAddSignal(analysis, work.call, work.slot))
        return undefined;
      const delay = timer.timer.delay;
      if (!delay || !isReadableAt(analysis, delay, race)) return undefined;
      const delayText = sourceCode.getText(delay);
      const edit = passSignalArgument(sourceCode, work.call, work.slot, `AbortSignal.timeout(${delayText})`);
      if (!edit) return undefined;
      return {
        messageId: 'suggestTimeoutSignal',
        data: { delay: delayText },
        fix: (fixer: Fixer): Fix[] => [
          fixer.removeRange([race.range[0], work.node.range[0]]),
          edit(fixer),
          fixer.removeRange([work.node.range[1], race.range[1]]),
        ],
      };
    };

    /**
     * `const controller = new AbortController();` before the statement, its signal to each leaked
     * work, `.finally(() => controller.abort())` on the race. Not when some work settles with a value
     * the abort would cut off after the race (a `Response` whose body is read later, a stream), nor
     * when some work's options cannot take a signal as they are.
     */
    const controllerSuggestion = (race: TSESTree.CallExpression, leaks: RaceLeak[]): Suggestion<MessageId> | undefined => {
      if (
        leaks.some(
          (leak) =>
            leak.kind !== 'work' ||
            !leak.direct ||
            !canAddSignal(analysis, leak.call, leak.slot) ||
            settlesWithLiveValue(analysis, leak.call),
        )
      )
        return undefined;
      let statement: TSESTree.Node = race;
      while (statement.parent && !statement.type.endsWith('Statement') && statement.type !== AST_NODE_TYPES.VariableDeclaration) {
        // One controller per race: not outside an arrow that runs the race on each call.
        if (isFunctionNode(statement.parent)) return undefined;
        statement = statement.parent;
      }
      const name = freeName(sourceCode.getScope(race), 'controller');
      const declare = insertStatementBefore(sourceCode, statement, `const ${name} = new AbortController();`);
      if (!declare) return undefined;
      const edits = leaks.map((leak) =>
        leak.kind === 'work' ? passSignalArgument(sourceCode, leak.call, leak.slot, `${name}.signal`) : undefined,
      );
      if (edits.some((edit) => !edit)) return undefined;
      const abortAfter = appendMemberCall(sourceCode, race, `.finally(() => ${name}.abort())`);
      return {
        messageId: 'suggestAbortController',
        fix: (fixer: Fixer): Fix[] => [declare(fixer), ...edits.map((edit) => edit!(fixer)), abortAfter(fixer)],
      };
    };

    return {
      CallExpression(node) {
        for (const found of unabortedContenders(analysis, node)) {
          const callee = found.call.callee;
          context.report({
            node: found.node,
            messageId: 'unabortedWork',
            data: { callee: shortLabel(callee, memberName(callee) ?? sourceCode.getText(callee)) },
          });
        }
        const { contenders, leaks } = leakedContenders(analysis, node);
        if (leaks.length === 0) return;
        const suggestions = [timeoutSignalSuggestion(node, contenders, leaks) ?? controllerSuggestion(node, leaks)];
        for (const leak of leaks) {
          if (leak.kind === 'helperWork') {
            const callee = leak.call.callee;
            context.report({
              node: leak.node,
              messageId: 'leakedHelperWork',
              data: {
                helper: shortLabel(leak.helper, memberName(leak.helper) ?? sourceCode.getText(leak.helper)),
                callee: shortLabel(callee, memberName(callee) ?? sourceCode.getText(callee)),
              },
            });
          } else if (leak.kind === 'helperListeners') {
            context.report({
              node: leak.node,
              messageId: 'leakedListeners',
              data: { helper: shortLabel(leak.helper, memberName(leak.helper) ?? sourceCode.getText(leak.helper)), emitter: leak.emitter },
            });
          } else if (leak.kind === 'work') {
            const callee = leak.call.callee;
            context.report({
              node: leak.node,
              messageId: 'leakedWork',
              data: { callee: shortLabel(callee, memberName(callee) ?? sourceCode.getText(callee)) },
              ...offer(context, suggestions),
            });
          } else {
            context.report({ node: leak.node, messageId: 'leakedTimer', ...offer(context, suggestions) });
          }
        }
      },
    };
  },
});
