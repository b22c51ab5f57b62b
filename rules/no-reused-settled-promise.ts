import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { analysisOf } from '../src/analysis/context.js';
import { factoryRewriteOf } from '../src/analysis/promises/promise-factories.js';
import type { ReusedPromise } from '../src/analysis/promises/reused-promises.js';
import { reusedByHandlerRecursion, reusedByHandlerReturn } from '../src/analysis/promises/reused-handlers.js';
import { reusedByRetryCallback } from '../src/analysis/promises/retry-callbacks.js';
import {
  reusedByRecursion,
  reusedByRepeatedCallback,
  reusedSettledPromise,
  reusedSettledProperty,
} from '../src/analysis/promises/reused-promises.js';
import { createRule } from '../src/create-rule.js';
import { rewriteAsFactory } from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId =
  'consumedSettledPromise' | 'polledSettledPromise' | 'retriedSettledPromise' | 'suggestFactoryLocal' | 'suggestFactoryParameter';

export default createRule<Options, MessageId>({
  name: 'no-reused-settled-promise',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow retry and polling loops that await the same promise on every iteration',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    // Only through `settings.settle.promoteToFix`: by default the rule suggests.
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      retriedSettledPromise:
        '`{{name}}` is one promise, awaited again on every attempt: once it has rejected, every attempt gets the same rejection and nothing is retried. Take a function that starts a new attempt and call it here.',
      polledSettledPromise:
        '`{{name}}` is one promise, awaited again on every iteration: it settles once, so each check sees the same value and the loop stops on its first iteration or never. Take a function that starts a new request and call it here.',
      consumedSettledPromise:
        '`{{name}}` is one promise, awaited again on every iteration: it settles once, so every iteration gets the same item and handles it again. Take a function that fetches the next item and call it here.',
      suggestFactoryParameter:
        'Take `{{name}}` as a function that returns the promise and call it on each iteration (callers then pass `() => …`).',
      suggestFactoryLocal: 'Make `{{name}}` a function that starts the work, and call it on each iteration.',
    },
    schema: [],
  },
  create(context) {
    const analysis = analysisOf(context);
    const { sourceCode } = context;
    const reported = new WeakSet<TSESLint.Scope.Variable>();
    const reportedRegions = new WeakSet<TSESTree.Node>();

    const factorySuggestion = (found: ReusedPromise): Suggestion<MessageId> | undefined => {
      const rewrite = factoryRewriteOf(analysis, found);
      if (!rewrite) return undefined;
      return {
        messageId: rewrite.kind === 'parameter' ? 'suggestFactoryParameter' : 'suggestFactoryLocal',
        data: { name: found.variable.name },
        fix: rewriteAsFactory(sourceCode, rewrite),
      };
    };

    const messageIds = { retry: 'retriedSettledPromise', poll: 'polledSettledPromise', consume: 'consumedSettledPromise' } as const;
    const report = (found: ReusedPromise | undefined): void => {
      if (!found || reported.has(found.variable)) return;
      reported.add(found.variable);
      context.report({
        node: found.reference,
        messageId: messageIds[found.shape],
        data: { name: found.variable.name },
        ...offer(context, [factorySuggestion(found)]),
      });
    };

    return {
      AwaitExpression(node) {
        report(reusedSettledPromise(analysis, node) ?? reusedByRecursion(analysis, node) ?? reusedByRepeatedCallback(analysis, node));
        const property = reusedSettledProperty(analysis, node);
        if (property && !reportedRegions.has(property.region)) {
          reportedRegions.add(property.region);
          context.report({ node: property.reference, messageId: messageIds[property.shape], data: { name: property.name } });
        }
      },
      CallExpression(node) {
        report(reusedByHandlerRecursion(analysis, node) ?? reusedByRetryCallback(analysis, node) ?? reusedByHandlerReturn(analysis, node));
      },
    };
  },
});
