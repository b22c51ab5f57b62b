import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  abortCatchingHandler,
  abortsOnOwnTimer,
  handlerLosesAborts,
  isVoidHandler,
  signalToCheck,
  swallowingCatch,
} from '../src/analysis/cancellation/swallowed-aborts.js';
import { isFailureUnobserved, isRejectionUnobserved } from '../src/analysis/cancellation/unobserved-failures.js';
import { analysisOf } from '../src/analysis/context.js';
import { isFunctionNode, skipTypeWrappers } from '../src/analysis/syntax/nodes.js';
import { createRule } from '../src/create-rule.js';
import {
  prependStatement,
  prependToCatchClause,
  prependToHandler,
  replaceLoggingHandler,
  rethrowAbortStatement,
  throwIfAbortedStatement,
} from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId = 'convertedAbort' | 'swallowedAbort' | 'swallowedAbortInLoop' | 'suggestRethrowAbort' | 'suggestThrowIfAborted';

export default createRule<Options, MessageId>({
  name: 'no-swallowed-abort',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow error handlers that let an abort of AbortSignal-aware work end normally',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      convertedAbort:
        'This handler turns the abort of signal-aware work into an error of another kind: callers that tell a cancellation by its `AbortError` name see a failure. Rethrow aborts as they are.',
      swallowedAbort:
        'This handler catches the abort of signal-aware work and carries on: an aborted operation looks like a success. Rethrow aborts.',
      swallowedAbortInLoop:
        'This handler catches the abort of signal-aware work and lets the loop go on: after an abort it keeps retrying work that can only fail again. Rethrow aborts.',
      suggestThrowIfAborted: 'Start the handler with `{{signal}}.throwIfAborted()`.',
      suggestRethrowAbort: "Rethrow the error when it is an `'AbortError'`.",
    },
    schema: [],
  },
  create(context) {
    const analysis = analysisOf(context);
    const { sourceCode, filename } = context;

    const report = (
      node: TSESTree.Node | TSESLint.AST.Token,
      repeats: boolean | 'converted',
      suggestions: (Suggestion<MessageId> | undefined)[],
    ): void => {
      const messageId = repeats === 'converted' ? 'convertedAbort' : repeats ? 'swallowedAbortInLoop' : 'swallowedAbort';
      context.report({ loc: node.loc, messageId, ...offer(context, suggestions) });
    };

    // Both suggestions make the abort leave the handler as an error. Where nobody waits for that
    // error (a request handler, a listener, a timer callback), it would crash the process instead
    // of ending the work: nothing is offered there.
    const checkCatchClause = (clause: TSESTree.CatchClause): void => {
      const found = swallowingCatch(analysis, clause);
      if (!found) return;
      const node = sourceCode.getFirstToken(clause)!;
      const how = found.leaks.every((leak) => leak.kind === 'converted') ? 'converted' : found.repeats;
      if (isFailureUnobserved(analysis, clause)) {
        report(node, how, []);
        return;
      }
      const signal = signalToCheck(analysis, found.region, clause.body);
      // Rethrowing every `'AbortError'` would rethrow the function's own timeout too.
      const rethrow = abortsOnOwnTimer(analysis, found.region)
        ? undefined
        : prependToCatchClause(sourceCode, clause, rethrowAbortStatement);
      report(node, how, [
        signal && {
          messageId: 'suggestThrowIfAborted',
          data: { signal: signal.text },
          fix: prependStatement(sourceCode, clause.body, throwIfAbortedStatement(signal.text, signal.optional)),
        },
        rethrow && { messageId: 'suggestRethrowAbort', fix: rethrow },
      ]);
    };

    const checkHandlerCall = (call: TSESTree.CallExpression): void => {
      const found = abortCatchingHandler(analysis, call);
      if (!found) return;
      const { handler, method } = found;
      const loses = handlerLosesAborts(analysis, handler);
      if (!loses) return;
      const repeats = loses === 'converted' ? 'converted' : found.repeats;
      if (isRejectionUnobserved(analysis, call)) {
        report(method, repeats, []);
        return;
      }
      const signal = signalToCheck(analysis, found.region, handler);
      const check = signal && ((): string => throwIfAbortedStatement(signal.text, signal.optional));
      const byName = !abortsOnOwnTimer(analysis, found.region);
      if (isFunctionNode(handler)) {
        const viaSignal = check ? prependToHandler(sourceCode, handler, check, false) : undefined;
        const viaName = byName ? prependToHandler(sourceCode, handler, rethrowAbortStatement, true) : undefined;
        // Every way out of a promise handler resolves it, and the loop goes on.
        report(method, repeats, [
          viaSignal && signal && { messageId: 'suggestThrowIfAborted', data: { signal: signal.text }, fix: viaSignal },
          viaName && { messageId: 'suggestRethrowAbort', fix: viaName },
        ]);
        return;
      }
      // `.catch(console.error)`: logs and resolves. The logger is kept (wrapped, called first thing
      // after the check), and only when it returns nothing, so that the chain resolves the same.
      const logger = skipTypeWrappers(handler);
      if (!isVoidHandler(analysis, logger)) {
        report(method, repeats, []);
        return;
      }
      report(method, repeats, [
        signal && check
          ? {
              messageId: 'suggestThrowIfAborted',
              data: { signal: signal.text },
              fix: replaceLoggingHandler(sourceCode, filename, handler, logger, check),
            }
          : undefined,
        byName
          ? { messageId: 'suggestRethrowAbort', fix: replaceLoggingHandler(sourceCode, filename, handler, logger, rethrowAbortStatement) }
          : undefined,
      ]);
    };

    return {
      CatchClause: checkCatchClause,
      CallExpression: checkHandlerCall,
    };
  },
});
