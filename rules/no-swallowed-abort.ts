import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { abortCatchingHandler, signalToCheck, swallowingCatch, swallowsAborts } from '../src/analysis/cancellation/swallowed-aborts.js';
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
export type MessageId = 'swallowedAbort' | 'swallowedAbortInLoop' | 'suggestRethrowAbort' | 'suggestThrowIfAborted';

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
      repeats: boolean,
      suggestions: (Suggestion<MessageId> | undefined)[],
    ): void => {
      context.report({ loc: node.loc, messageId: repeats ? 'swallowedAbortInLoop' : 'swallowedAbort', ...offer(context, suggestions) });
    };

    const checkCatchClause = (clause: TSESTree.CatchClause): void => {
      const found = swallowingCatch(analysis, clause);
      if (!found) return;
      const signal = signalToCheck(analysis, found.region, clause.body);
      const rethrow = prependToCatchClause(sourceCode, clause, rethrowAbortStatement);
      report(sourceCode.getFirstToken(clause)!, found.repeats, [
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
      const { handler, method, repeats } = found;
      const signal = signalToCheck(analysis, found.region, handler);
      if (!swallowsAborts(analysis, handler)) return;
      const check = signal && ((): string => throwIfAbortedStatement(signal.text, signal.optional));
      if (isFunctionNode(handler)) {
        const viaSignal = check ? prependToHandler(sourceCode, handler, check, false) : undefined;
        const viaName = prependToHandler(sourceCode, handler, rethrowAbortStatement, true);
        // Every way out of a promise handler resolves it, and the loop goes on.
        report(method, repeats, [
          viaSignal && signal && { messageId: 'suggestThrowIfAborted', data: { signal: signal.text }, fix: viaSignal },
          viaName && { messageId: 'suggestRethrowAbort', fix: viaName },
        ]);
        return;
      }
      // `.catch(console.error)`: logs and resolves.
      const logger = skipTypeWrappers(handler);
      report(method, repeats, [
        signal && check
          ? {
              messageId: 'suggestThrowIfAborted',
              data: { signal: signal.text },
              fix: replaceLoggingHandler(sourceCode, filename, handler, logger, check),
            }
          : undefined,
        { messageId: 'suggestRethrowAbort', fix: replaceLoggingHandler(sourceCode, filename, handler, logger, rethrowAbortStatement) },
      ]);
    };

    return {
      CatchClause: checkCatchClause,
      CallExpression: checkHandlerCall,
    };
  },
});
