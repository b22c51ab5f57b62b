import type { TSESLint,TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES,ASTUtils,ESLintUtils } from '@typescript-eslint/utils';

import type { SignalCall, SignalSlot } from '../src/analysis/cancellation/signal-slots.js';
import { signalPassing, signalSlotOf } from '../src/analysis/cancellation/signal-slots.js';
import type { TimerPromise } from '../src/analysis/cancellation/timers.js';
import { chainBase, isOpaqueTimerHelperCall, isStartedFor, isTimersPromisesCall, timerPromiseOf } from '../src/analysis/cancellation/timers.js';
import { isGlobalPromise } from '../src/analysis/scope/globals.js';
import { isFunctionNode, isPromiseStatic, memberName } from '../src/analysis/syntax/nodes.js';
import { createRule } from '../src/create-rule.js';
import { appendMemberCall, freeName, insertStatementBefore, passSignalArgument } from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId = 'leakedTimer' | 'leakedWork' | 'suggestAbortController' | 'suggestTimeoutSignal';

type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** A contender that keeps running after the race settles. */
type Leak =
  | { kind: 'work'; node: TSESTree.Node; call: SignalCall; slot: SignalSlot; direct: boolean }
  | { kind: 'timer'; node: TSESTree.Node; timer: TimerPromise };

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
      leakedTimer: 'This timer keeps running after the race settles: nothing can clear it, so it holds the process until it fires.',
      suggestTimeoutSignal: 'Pass `AbortSignal.timeout({{delay}})` to the work instead of racing a timer.',
      suggestAbortController: 'Give the racing work an AbortController signal and abort it when the race settles.',
    },
    schema: [],
  },
  create(context) {
    const services = ESLintUtils.getParserServices(context);
    const { sourceCode } = context;

    const classify = (contender: TSESTree.Node): Leak | undefined => {
      const base = chainBase(sourceCode, contender);
      if (base.type === AST_NODE_TYPES.CallExpression || base.type === AST_NODE_TYPES.NewExpression) {
        const slot = signalSlotOf(services, base);
        if (slot && signalPassing(services, sourceCode, base, slot) === 'missing') {
          if (base.type === AST_NODE_TYPES.CallExpression && (isTimersPromisesCall(services, base) || isOpaqueTimerHelperCall(services, base))) {
            const [delay] = base.arguments;
            return { kind: 'timer', node: contender, timer: { delay: delay?.type === AST_NODE_TYPES.SpreadElement ? undefined : delay } };
          }
          return { kind: 'work', node: contender, call: base, slot, direct: isWithin(base, contender) };
        }
        if (slot) return undefined;
      }
      const timer = timerPromiseOf(services, sourceCode, contender);
      return timer ? { kind: 'timer', node: contender, timer } : undefined;
    };

    /** True when `delay` means the same written at `at`: literals, and names that resolve to the same variable there. */
    const readableAt = (delay: TSESTree.Node, at: TSESTree.Node): boolean => {
      switch (delay.type) {
        case AST_NODE_TYPES.Literal:
          return typeof delay.value === 'number';
        case AST_NODE_TYPES.Identifier: {
          const variable = ASTUtils.findVariable(sourceCode.getScope(delay), delay);
          return variable !== null && ASTUtils.findVariable(sourceCode.getScope(at), delay.name) === variable;
        }
        case AST_NODE_TYPES.MemberExpression:
          return !delay.computed && delay.object.type !== AST_NODE_TYPES.ThisExpression && readableAt(delay.object, at);
        case AST_NODE_TYPES.BinaryExpression:
          return readableAt(delay.left, at) && readableAt(delay.right, at);
        default:
          return false;
      }
    };

    /** `Promise.race([work(), sleep(ms)])` → `work({ signal: AbortSignal.timeout(ms) })`. */
    const timeoutSignalSuggestion = (race: TSESTree.CallExpression, contenders: TSESTree.Node[], leaks: Leak[]): Suggestion<MessageId> | undefined => {
      const work = leaks.find((leak) => leak.kind === 'work');
      const timer = leaks.find((leak) => leak.kind === 'timer');
      if (contenders.length !== 2 || leaks.length !== 2 || work?.kind !== 'work' || timer?.kind !== 'timer' || !work.direct) return undefined;
      const delay = timer.timer.delay;
      if (!delay || !readableAt(delay, race)) return undefined;
      const delayText = sourceCode.getText(delay);
      const edit = passSignalArgument(sourceCode, work.call, work.slot, `AbortSignal.timeout(${delayText})`);
      if (!edit) return undefined;
      return {
        messageId: 'suggestTimeoutSignal',
        data: { delay: delayText },
        fix: (fixer: Fixer): Fix[] => [
          fixer.removeRange([race.range[0], work.node.range[0]]),
          edit.fix(fixer),
          fixer.removeRange([work.node.range[1], race.range[1]]),
        ],
      };
    };

    /** `const controller = new AbortController();` before the statement, its signal to each leaked work, `.finally(() => controller.abort())` on the race. */
    const controllerSuggestion = (race: TSESTree.CallExpression, leaks: Leak[]): Suggestion<MessageId> | undefined => {
      if (leaks.some((leak) => leak.kind !== 'work' || !leak.direct)) return undefined;
      let statement: TSESTree.Node = race;
      while (statement.parent && !statement.type.endsWith('Statement') && statement.type !== AST_NODE_TYPES.VariableDeclaration) {
        // One controller per race: not outside an arrow that runs the race on each call.
        if (isFunctionNode(statement.parent)) return undefined;
        statement = statement.parent;
      }
      const name = freeName(sourceCode.getScope(race), 'controller');
      const declare = insertStatementBefore(sourceCode, statement, `const ${name} = new AbortController();`);
      if (!declare) return undefined;
      const edits = leaks.map((leak) => leak.kind === 'work' ? passSignalArgument(sourceCode, leak.call, leak.slot, `${name}.signal`) : undefined);
      if (edits.some((edit) => !edit)) return undefined;
      const abortAfter = appendMemberCall(sourceCode, race, `.finally(() => ${name}.abort())`);
      return {
        messageId: 'suggestAbortController',
        fix: (fixer: Fixer): Fix[] => [declare(fixer), ...edits.map((edit) => edit!.fix(fixer)), abortAfter(fixer)],
      };
    };

    return {
      CallExpression(node) {
        if (!isPromiseStatic(node, ['race', 'any']) || !isGlobalPromise(sourceCode, node)) return;
        const [list] = node.arguments;
        // `Promise.any(mirrors.map((m) => fetch(m)))`: every element is the callback's result.
        const mapped = list && mappedContender(list);
        if (mapped) {
          const leak = classify(mapped);
          if (leak?.kind !== 'work') return;
          const callee = leak.call.callee;
          const suggestion = controllerSuggestion(node, [leak]);
          context.report({ node: leak.node, messageId: 'leakedWork', data: { callee: memberName(callee) ?? sourceCode.getText(callee) }, ...offer(context, [suggestion]) });
          return;
        }
        if (list?.type !== AST_NODE_TYPES.ArrayExpression) return;
        const contenders = list.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
        if (contenders.length < 2) return;
        // A promise created before the race and used elsewhere too (a task under test) is only watched by it, not started.
        const leaks = contenders.flatMap((contender) => isStartedFor(sourceCode, contender, node) ? classify(contender) ?? [] : []);
        if (leaks.length === 0) return;
        const suggestions = [timeoutSignalSuggestion(node, contenders, leaks) ?? controllerSuggestion(node, leaks)];
        for (const leak of leaks) {
          if (leak.kind === 'work') {
            const callee = leak.call.callee;
            context.report({ node: leak.node, messageId: 'leakedWork', data: { callee: memberName(callee) ?? sourceCode.getText(callee) }, ...offer(context, suggestions) });
          } else {
            context.report({ node: leak.node, messageId: 'leakedTimer', ...offer(context, suggestions) });
          }
        }
      },
    };
  },
});

/** The expression each element of `list` is built from, when `list` is `xs.map(callback)` returning one expression. */
function mappedContender(list: TSESTree.Node): TSESTree.Expression | undefined {
  if (list.type !== AST_NODE_TYPES.CallExpression || memberName(list.callee) !== 'map') return undefined;
  const [callback] = list.arguments;
  if (!isFunctionNode(callback) || callback.async) return undefined;
  if (callback.body.type !== AST_NODE_TYPES.BlockStatement) return callback.body;
  const [only] = callback.body.body;
  return callback.body.body.length === 1 && only?.type === AST_NODE_TYPES.ReturnStatement && only.argument ? only.argument : undefined;
}

/** True when `inner` lies inside `outer` in the source. */
function isWithin(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}


