import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { analysisOf } from '../src/analysis/context.js';
import type { Specifier } from '../src/analysis/promises/allow-list.js';
import { specifierListSchema, testFrameworkSpecifiers } from '../src/analysis/promises/allow-list.js';
import type { FloatingOptions, FloatingPromise } from '../src/analysis/promises/floating.js';
import { floatingPromiseIn, isIgnoredAsyncCallback } from '../src/analysis/promises/floating.js';
import { returnTypeOf } from '../src/analysis/promises/ignored-callbacks.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../src/analysis/syntax/nodes.js';
import { typeOf } from '../src/analysis/types/checker.js';
import { canAwaitAt } from '../src/analysis/types/program-options.js';
import { hasCatchMethod, includesNullish } from '../src/analysis/types/thenables.js';
import { createRule } from '../src/create-rule.js';
import {
  appendMemberCall,
  isTypeScriptFile,
  loggingHandler,
  prefixOperator,
  rejectionHandlerCall,
  replaceWith,
  wrapBodyInTryCatch,
  wrapCallbackReference,
  wrapInCall,
} from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

interface Config {
  allowList: Specifier[];
  allowNonRejecting: boolean;
  allowTestFrameworkCalls: boolean;
  checkIgnoredCallbacks: boolean;
  checkThenables: boolean;
  ignoreIIFE: boolean;
  ignoreVoid: boolean;
}
export type Options = [Partial<Config>];
export type MessageId =
  | 'asyncCallbackIgnored'
  | 'floating'
  | 'floatingArray'
  | 'floatingVoided'
  | 'uselessRejectionHandler'
  | 'suggestAwait'
  | 'suggestAwaitAll'
  | 'suggestCatch'
  | 'suggestHandler'
  | 'suggestMapAll'
  | 'suggestTryCatch'
  | 'suggestVoid';

export default createRule<Options, MessageId>({
  name: 'no-floating-promises',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require promises in statements to be awaited, returned or given a rejection handler',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      floating:
        'This promise is started and dropped: await it, return it, or attach a rejection handler, or its rejection crashes the process.',
      floatingArray: 'This array of promises is dropped: await it with `Promise.all` (or `allSettled`), or their rejections go unhandled.',
      floatingVoided: '`void` discards this promise but not its rejection: attach a handler, as in `void p.catch(handler)`.',
      uselessRejectionHandler: 'This rejection handler is missing or not a function, so a rejection still goes unhandled.',
      asyncCallbackIgnored:
        'This callback returns a promise that `{{callee}}` ignores: nothing waits for it and its rejection goes unhandled.',
      suggestAwait: 'Await the promise.',
      suggestAwaitAll: 'Await all of them with `Promise.all(…)`.',
      suggestCatch: 'Attach a rejection handler that logs the error.',
      suggestHandler: 'Pass a rejection handler that logs the error.',
      suggestMapAll: 'Use `await Promise.all(….map(…))` so the loop waits for every callback.',
      suggestTryCatch: 'Catch and log errors inside the callback.',
      suggestVoid: 'Mark the promise as deliberately not awaited with `void`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowList: { ...specifierListSchema, description: 'Functions or promise types whose dropped promises are fine.' },
          allowNonRejecting: {
            type: 'boolean',
            description:
              'Allow dropping calls of async helpers proven unable to reject (every await inside a try/catch), and async callbacks that cannot reject.',
          },
          allowTestFrameworkCalls: {
            type: 'boolean',
            description: 'Allow top-level `node:test` calls (`test`, `describe`, hooks), whose promises the runner tracks.',
          },
          checkIgnoredCallbacks: {
            type: 'boolean',
            description: 'Report async callbacks passed where the returned promise is ignored (`forEach`, listeners, timers).',
          },
          checkThenables: { type: 'boolean', description: 'Also report thenables that are not `Promise`s (statements and callbacks).' },
          ignoreIIFE: { type: 'boolean', description: 'Allow dropped async immediately-invoked function expressions.' },
          ignoreVoid: { type: 'boolean', description: 'Accept `void promise` as a deliberate opt-out.' },
        },
      },
    ],
    defaultOptions: [
      {
        allowList: [],
        allowNonRejecting: true,
        allowTestFrameworkCalls: true,
        checkIgnoredCallbacks: true,
        checkThenables: false,
        ignoreIIFE: false,
        ignoreVoid: true,
      },
    ],
  },
  create(context, [given]) {
    const options = given as Config; // complete: meta.defaultOptions fills every key
    const analysis = analysisOf(context);
    const { sourceCode, filename } = context;
    const allowList = options.allowTestFrameworkCalls ? [...testFrameworkSpecifiers, ...options.allowList] : options.allowList;
    const floating: FloatingOptions = { ...options, allowList };

    const handlerSuggestion = (node: TSESTree.Expression, messageId: 'suggestCatch'): Suggestion<MessageId> => {
      const type = typeOf(analysis, node);
      const call = rejectionHandlerCall(hasCatchMethod(analysis, type), loggingHandler(filename));
      const optional = includesNullish(analysis, type) && node.type !== AST_NODE_TYPES.ChainExpression ? '?' : '';
      return { messageId, fix: appendMemberCall(sourceCode, node, `${optional}${call}`) };
    };

    const reportStatement = (problem: FloatingPromise): void => {
      const { node, shape } = problem;
      const awaitable = canAwaitAt(analysis, node);
      const suggestions: (Suggestion<MessageId> | undefined)[] = [];
      if (shape === 'uselessHandler') {
        const call = node as TSESTree.CallExpression;
        const index = memberName(skipTypeWrappers(call.callee)) === 'catch' ? 0 : 1;
        const existing = call.arguments[index];
        const handler = loggingHandler(filename);
        const closing = sourceCode.getLastToken(call)!;
        suggestions.push({
          messageId: 'suggestHandler',
          fix: existing ? (fixer) => fixer.replaceText(existing, handler) : (fixer) => fixer.insertTextBefore(closing, handler),
        });
      } else if (shape === 'array' && node.parent.type === AST_NODE_TYPES.AwaitExpression) {
        suggestions.push({ messageId: 'suggestAwaitAll', fix: wrapInCall(sourceCode, node, 'Promise.all') });
      } else if (shape === 'array') {
        if (awaitable)
          suggestions.push({
            messageId: 'suggestAwaitAll',
            fix: replaceWith(sourceCode, node, `await Promise.all(${sourceCode.getText(node)})`),
          });
        suggestions.push({
          messageId: 'suggestCatch',
          fix: replaceWith(sourceCode, node, `void Promise.all(${sourceCode.getText(node)}).catch(${loggingHandler(filename)})`),
        });
      } else {
        const target = shape === 'voided' ? (node as TSESTree.UnaryExpression).argument : node;
        if (awaitable) {
          suggestions.push({
            messageId: 'suggestAwait',
            fix:
              shape === 'voided'
                ? replaceWith(sourceCode, node, `await ${sourceCode.getText(target)}`)
                : prefixOperator(sourceCode, node, 'await'),
          });
        }
        suggestions.push(handlerSuggestion(target, 'suggestCatch'));
        if (shape === 'promise' && options.ignoreVoid)
          suggestions.push({ messageId: 'suggestVoid', fix: prefixOperator(sourceCode, node, 'void') });
      }
      const messageId = (
        { promise: 'floating', array: 'floatingArray', voided: 'floatingVoided', uselessHandler: 'uselessRejectionHandler' } as const
      )[shape];
      context.report({ node, messageId, ...offer(context, suggestions) });
    };

    /** A named function passed as a callback gets wrapped so that its promise is handled. */
    const tryCatchSuggestion = (fn: TSESTree.Node): Suggestion<MessageId> | undefined => {
      const handler = loggingHandler(filename);
      if (fn.type === AST_NODE_TYPES.Identifier) {
        const call = rejectionHandlerCall(hasCatchMethod(analysis, returnTypeOf(analysis, fn)), handler);
        return { messageId: 'suggestCatch', fix: wrapCallbackReference(sourceCode, fn, call, isTypeScriptFile(filename)) };
      }
      const fix = isFunctionNode(fn) ? wrapBodyInTryCatch(sourceCode, fn, handler) : undefined;
      return fix ? { messageId: 'suggestTryCatch', fix } : undefined;
    };

    const mapAllSuggestion = (call: TSESTree.CallExpression): Suggestion<MessageId> | undefined => {
      const callee = call.callee;
      if (memberName(callee) !== 'forEach' || callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
      if (call.parent.type !== AST_NODE_TYPES.ExpressionStatement || !canAwaitAt(analysis, call)) return undefined;
      if (call.arguments.length !== 1) return undefined;
      const object = sourceCode.getText(callee.object);
      const args = sourceCode.getText(call.arguments[0]!);
      return { messageId: 'suggestMapAll', fix: replaceWith(sourceCode, call, `await Promise.all(${object}.map(${args}))`) };
    };

    const checkCallbackArguments = (call: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      for (const argument of call.arguments) {
        if (!isIgnoredAsyncCallback(analysis, call, argument, floating)) continue;
        const calleeText = sourceCode.getText(call.callee);
        context.report({
          node: argument,
          messageId: 'asyncCallbackIgnored',
          data: { callee: calleeText.length > 40 ? `${calleeText.slice(0, 37)}…` : calleeText },
          ...offer(context, [
            call.type === AST_NODE_TYPES.CallExpression ? mapAllSuggestion(call) : undefined,
            tryCatchSuggestion(skipTypeWrappers(argument)),
          ]),
        });
      }
    };

    return {
      ExpressionStatement(statement) {
        if (statement.directive) return;
        const problem = floatingPromiseIn(analysis, statement.expression, floating);
        if (problem) reportStatement(problem);
      },
      ...(options.ignoreVoid
        ? {}
        : {
            // `() => void send()` drops the promise just like the statement `void send();`.
            'ArrowFunctionExpression > UnaryExpression.body'(body: TSESTree.UnaryExpression) {
              const problem = floatingPromiseIn(analysis, body, floating);
              if (problem && problem.shape !== 'uselessHandler') reportStatement(problem);
            },
          }),
      ...(options.checkIgnoredCallbacks ? { 'CallExpression, NewExpression': checkCallbackArguments } : {}),
    } satisfies TSESLint.RuleListener;
  },
});
