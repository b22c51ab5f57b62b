import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { analysisOf } from '../src/analysis/context.js';
import type { Assertion, SettledRoot, SettledUsage } from '../src/analysis/promises/settled-results.js';
import {
  drainsKeptWork,
  handlesEveryRejection,
  isBestEffortTeardown,
  returnsSettledResults,
} from '../src/analysis/promises/discarded-settled.js';
import {
  dropsRejections,
  isCleanupBeforeRethrow,
  isUnnarrowedAssertion,
  narrowableValueRead,
  outermostAssertion,
  resultsDeclarationOf,
  settledResultsUsage,
  settledRootOf,
} from '../src/analysis/promises/settled-results.js';
import { isGlobalPromise } from '../src/analysis/scope/globals.js';
import { isTestCode } from '../src/analysis/scope/test-code.js';
import { isInStatementList, isPromiseStatic, skipTypeWrappers } from '../src/analysis/syntax/nodes.js';
import { isInCatchOrFinally } from '../src/analysis/syntax/statements.js';
import { canAwaitAt } from '../src/analysis/types/program-options.js';
import { hasGlobalAggregateError } from '../src/analysis/types/thenables.js';
import { createRule } from '../src/create-rule.js';
import {
  boundValuesText,
  freeName,
  insertStatementAfter,
  isTypeScriptFile,
  rejectionCheckStatements,
  replaceWith,
  separatorAfter,
} from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [{ checkDiscarded: boolean }];
export type MessageId =
  | 'discardedResults'
  | 'uncheckedResults'
  | 'droppedRejections'
  | 'unnarrowedValue'
  | 'suggestNarrow'
  | 'suggestThrowOnRejection'
  | 'suggestLogRejections';

export default createRule<Options, MessageId>({
  name: 'no-unchecked-settled-results',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `Promise.allSettled` results to be checked for rejections',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      discardedResults:
        '`Promise.allSettled` never rejects and these results are discarded: every failure among the promises is silently lost.',
      uncheckedResults:
        '`{{name}}` holds `Promise.allSettled` results whose `status` is never checked: every failure among them is silently lost.',
      droppedRejections:
        '`{{name}}` holds `Promise.allSettled` results whose `status` is read only to keep the fulfilled ones: nothing reads a `reason` or counts the failures, so every failure among them is silently lost.',
      suggestLogRejections: 'Log the `reason` of every rejected result right after the results arrive.',
      unnarrowedValue:
        'This assertion treats a settled result as fulfilled without checking `status`: a rejected result has no `value`, so its failure becomes `undefined`.',
      suggestNarrow: 'Check `status` instead: read `value` when fulfilled, otherwise throw the rejection reason.',
      suggestThrowOnRejection: 'Check the results and throw when any operation was rejected.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkDiscarded: {
            type: 'boolean',
            description: 'Report `await Promise.allSettled(…)` statements and `.then(() => …)` callbacks that ignore the results.',
          },
        },
      },
    ],
    defaultOptions: [{ checkDiscarded: true }],
  },
  create(context, [{ checkDiscarded }]) {
    const analysis = analysisOf(context);
    const { sourceCode } = context;
    const roots: SettledRoot[] = [];
    const candidates = new Set<Assertion>();

    /** The statements that throw when any of `results` (an expression text) was rejected, written next to `statement`. */
    const rejectionCheck = (statement: TSESTree.Node, results: string): string[] =>
      rejectionCheckStatements(sourceCode.getScope(statement), results, {
        typed: isTypeScriptFile(context.filename),
        aggregateError: hasGlobalAggregateError(analysis, statement),
      });

    /**
     * Inserts the rejection check for `results` (an expression text) right after `declaration`;
     * not in a `catch` or `finally`, where the new `throw` would replace the error (or the result)
     * of the `try` being handled.
     */
    const checkAfter = (declaration: TSESTree.VariableDeclaration, results: string): Suggestion<MessageId> | undefined => {
      if (isInCatchOrFinally(declaration)) return undefined;
      const fix = insertStatementAfter(
        sourceCode,
        declaration,
        rejectionCheck(declaration, results).join(separatorAfter(sourceCode, declaration)),
      );
      return fix && { messageId: 'suggestThrowOnRejection', fix };
    };

    const reportRoot = (root: SettledRoot, usage: SettledUsage): void => {
      // Every operation handles its own rejection: all the results are `fulfilled`.
      if (handlesEveryRejection(analysis, root.call)) return;
      if (root.kind === 'discarded') {
        // In a test, waiting for every operation to finish is the point (often to absorb the rejections
        // the test caused on purpose); what the operations did is what its assertions check. In
        // teardown, stopping everything whatever fails is the point; so is draining the work an
        // object keeps in its fields before it goes on, and letting the work in flight end before a
        // failure goes on to the caller (`catch (err) { await Promise.allSettled(pending); throw err; }`).
        if (
          !checkDiscarded ||
          isTestCode(analysis) ||
          isBestEffortTeardown(root.call) ||
          drainsKeptWork(analysis, root.call) ||
          isCleanupBeforeRethrow(root.call)
        )
          return;
        const { statement } = root;
        const suggestions: Suggestion<MessageId>[] = [];
        if (statement && isInStatementList(statement) && canAwaitAt(analysis, statement) && !isInCatchOrFinally(statement)) {
          const results = freeName(sourceCode.getScope(statement), 'results');
          const lines = [`const ${results} = ${sourceCode.getText(statement.expression)};`, ...rejectionCheck(statement, results)];
          suggestions.push({
            messageId: 'suggestThrowOnRejection',
            fix: replaceWith(sourceCode, statement, lines.join(separatorAfter(sourceCode, statement))),
          });
        }
        context.report({ node: root.call, messageId: 'discardedResults', ...offer(context, suggestions) });
        return;
      }
      if (
        dropsRejections(usage) &&
        !isTestCode(analysis) &&
        root.target.type === AST_NODE_TYPES.Identifier &&
        !isCleanupBeforeRethrow(root.call)
      ) {
        reportDropped(root, root.target);
        return;
      }
      if (usage.checked || usage.assertions.length > 0 || usage.handedOff) {
        reportUncheckedElements(root);
        return;
      }
      const { target, declaration } = root;
      const name = target.type === AST_NODE_TYPES.Identifier ? target.name : sourceCode.getText(target);
      const results = boundValuesText(target);
      const suggestions = declaration && results ? [checkAfter(declaration, results)] : [];
      context.report({ node: target, messageId: 'uncheckedResults', data: { name }, ...offer(context, suggestions) });
    };

    /** Results whose `status` is read only to keep the fulfilled ones; the suggestion logs each rejection's `reason`. */
    const reportDropped = (root: SettledRoot & { kind: 'bound' }, target: TSESTree.Identifier): void => {
      const { declaration } = root;
      let fix: ReturnType<typeof insertStatementAfter>;
      if (declaration && !isInCatchOrFinally(declaration)) {
        const result = freeName(sourceCode.getScope(declaration), 'result');
        fix = insertStatementAfter(
          sourceCode,
          declaration,
          `for (const ${result} of ${target.name}) if (${result}.status === 'rejected') console.error(${result}.reason);`,
        );
      }
      context.report({
        node: target,
        messageId: 'droppedRejections',
        data: { name: target.name },
        ...offer(context, [fix ? { messageId: 'suggestLogRejections', fix } : undefined]),
      });
    };

    /**
     * `const [charge, email] = await Promise.allSettled([…])` where only `charge` is checked: a
     * failure of `email` disappears all the same. Each destructured result needs its own check.
     */
    const reportUncheckedElements = (root: SettledRoot): void => {
      if (root.kind !== 'bound' || root.target.type !== AST_NODE_TYPES.ArrayPattern) return;
      for (const element of root.target.elements) {
        if (element?.type !== AST_NODE_TYPES.Identifier) continue;
        const own = settledResultsUsage(analysis, { ...root, target: element });
        if (own.checked || own.handedOff || own.assertions.length > 0) continue;
        const fix =
          root.declaration &&
          !isInCatchOrFinally(root.declaration) &&
          insertStatementAfter(sourceCode, root.declaration, `if (${element.name}.status === 'rejected') throw ${element.name}.reason;`);
        context.report({
          node: element,
          messageId: 'uncheckedResults',
          data: { name: element.name },
          ...offer(context, [fix ? { messageId: 'suggestThrowOnRejection', fix } : undefined]),
        });
      }
    };

    const reportAssertion = (assertion: Assertion): void => {
      const operand = skipTypeWrappers(assertion);
      const suggestions: Suggestion<MessageId>[] = [];
      if (operand.type === AST_NODE_TYPES.Identifier) {
        const read = narrowableValueRead(analysis, assertion);
        const declaration = read ? undefined : resultsDeclarationOf(analysis, operand);
        const { name } = operand;
        if (read && !isInCatchOrFinally(read)) {
          suggestions.push({
            messageId: 'suggestNarrow',
            fix: replaceWith(sourceCode, read, `(${name}.status === 'fulfilled' ? ${name}.value : (() => { throw ${name}.reason; })())`),
          });
        } else if (declaration) {
          const suggestion = checkAfter(declaration, name);
          if (suggestion) suggestions.push(suggestion);
        }
      }
      context.report({ node: assertion, messageId: 'unnarrowedValue', ...offer(context, suggestions) });
    };

    return {
      CallExpression(node) {
        // Where the results go is read off the syntax; only a call whose results are used is typed.
        const root = settledRootOf(node);
        if (!root) return;
        const direct = isPromiseStatic(node, ['allSettled']) && isGlobalPromise(analysis, node);
        if (direct || returnsSettledResults(analysis, node)) roots.push(root);
      },
      'TSAsExpression, TSTypeAssertion'(node: Assertion) {
        if (outermostAssertion(node) === node) candidates.add(node);
      },
      'Program:exit'() {
        // An assertion a root's walk met is judged with that root's usage (a whole-array check covers it).
        const claimed = new Map<Assertion, SettledUsage>();
        for (const root of roots) {
          const usage = settledResultsUsage(analysis, root);
          for (const assertion of usage.assertions) claimed.set(assertion, usage);
          reportRoot(root, usage);
        }
        for (const assertion of candidates) {
          if (isUnnarrowedAssertion(analysis, assertion, claimed.get(assertion))) reportAssertion(assertion);
        }
      },
    };
  },
});
