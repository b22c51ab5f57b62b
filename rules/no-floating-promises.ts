import type { TSESLint,TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES,ESLintUtils } from '@typescript-eslint/utils';

import type { Specifier } from '../src/analysis/promises/allow-list.js';
import { matchesSpecifiers, specifierListSchema, testFrameworkSpecifiers } from '../src/analysis/promises/allow-list.js';
import { callsSwallowingFunction, functionValueCannotReject, isSafeContinuation } from '../src/analysis/promises/can-reject.js';
import { takesExistingPromise } from '../src/analysis/promises/existing-promises.js';
import { ignoresCallbackResult, isPromiseReturningFunction, returnTypeOf } from '../src/analysis/promises/ignored-callbacks.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../src/analysis/syntax/nodes.js';
import { typeOf } from '../src/analysis/types/checker.js';
import { canAwaitAt } from '../src/analysis/types/program-options.js';
import { hasCatchMethod, includesNullish, isArrayOfThenablesType, isCallableType, thenableKindOfType } from '../src/analysis/types/thenables.js';
import { createRule } from '../src/create-rule.js';
import { appendMemberCall, isTypeScriptFile, loggingHandler, prefixOperator, rejectionHandlerCall, replaceWith, wrapBodyInTryCatch, wrapCallbackReference, wrapInCall } from '../src/fix.js';
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

type Problem = { node: TSESTree.Expression; shape: 'promise' | 'array' | 'voided' | 'uselessHandler' };

const promiseMethods = new Set(['then', 'catch', 'finally']);

// Methods and statics that return a new array.
const arrayMethods = new Set([
  'map', 'flatMap', 'filter', 'concat', 'slice', 'splice', 'reverse', 'sort', 'fill', 'from', 'of',
  'toSorted', 'toReversed', 'toSpliced', 'with', 'flat',
]);

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
      floatingArray:
        'This array of promises is dropped: await it with `Promise.all` (or `allSettled`), or their rejections go unhandled.',
      floatingVoided:
        '`void` discards this promise but not its rejection: attach a handler, as in `void p.catch(handler)`.',
      uselessRejectionHandler:
        'This rejection handler is missing or not a function, so a rejection still goes unhandled.',
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
            description: 'Allow dropping calls of async helpers proven unable to reject (every await inside a try/catch), and async callbacks that cannot reject.',
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
    const services = ESLintUtils.getParserServices(context);
    const { sourceCode, filename } = context;
    const allowList = options.allowTestFrameworkCalls ? [...testFrameworkSpecifiers, ...options.allowList] : options.allowList;

    /**
     * False for an awaited call that cannot return an array: only array methods (`items.map(…)`)
     * and `Array.from`/`of` build one in practice. This spares the checker resolving the type of
     * every `await call()` statement, which no other question here needs.
     */
    const mayBeArray = (node: TSESTree.Expression): boolean => {
      const target = skipTypeWrappers(node);
      if (target.type !== AST_NODE_TYPES.CallExpression) return true;
      const name = memberName(skipTypeWrappers(target.callee));
      return name !== undefined && arrayMethods.has(name);
    };

    const isReported = (node: TSESTree.Node): 'promise' | 'array' | false => {
      const type = typeOf(services, node);
      const kind = thenableKindOfType(services, type);
      if (kind === 'promise' || (kind === 'thenable' && options.checkThenables)) return 'promise';
      if (kind === false && isArrayOfThenablesType(services, type)) return 'array';
      return false;
    };

    const isRejectionHandler = (node: TSESTree.Node | undefined): boolean =>
      node !== undefined && node.type !== AST_NODE_TYPES.SpreadElement && isCallableType(services, typeOf(services, node));

    /** A handler argument at `index`, or `undefined` when absent or hidden behind a spread. */
    const handlerAt = (call: TSESTree.CallExpression, index: number): TSESTree.Node | undefined => {
      const before = call.arguments.slice(0, index + 1);
      return before.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement) ? undefined : call.arguments[index];
    };

    /** The unhandled promise inside an expression statement, if any. */
    const findProblem = (expression: TSESTree.Expression): Problem | undefined => {
      const node = skipTypeWrappers(expression) as TSESTree.Expression;
      switch (node.type) {
        case AST_NODE_TYPES.AssignmentExpression:
          return undefined;
        case AST_NODE_TYPES.AwaitExpression:
          // `await promises` resolves to the array at once: the promises inside are not awaited.
          if (!mayBeArray(node.argument)) return undefined;
          return isReported(node.argument) === 'array' ? { node: node.argument, shape: 'array' } : undefined;
        case AST_NODE_TYPES.SequenceExpression:
          for (const part of node.expressions) {
            const problem = findProblem(part);
            if (problem) return problem;
          }
          return undefined;
        case AST_NODE_TYPES.ConditionalExpression:
          // `flag && start()` with `flag: false` can never produce a promise.
          if (!isReported(expression)) return undefined;
          return findProblem(node.consequent) ?? findProblem(node.alternate);
        case AST_NODE_TYPES.LogicalExpression:
          if (!isReported(expression)) return undefined;
          return findProblem(node.left) ?? findProblem(node.right);
        case AST_NODE_TYPES.UnaryExpression: {
          if (node.operator !== 'void' || options.ignoreVoid) return undefined;
          const inner = findProblem(node.argument);
          return inner && inner.shape !== 'uselessHandler' ? { node, shape: 'voided' } : inner;
        }
        case AST_NODE_TYPES.CallExpression: {
          const callee = skipTypeWrappers(node.callee);
          const method = memberName(callee);
          if (callee.type === AST_NODE_TYPES.MemberExpression && method && promiseMethods.has(method) && isReported(callee.object)) {
            if (method === 'catch' && node.arguments.length > 0 && node.arguments[0]!.type !== AST_NODE_TYPES.SpreadElement) {
              return isRejectionHandler(node.arguments[0]) ? undefined : { node, shape: 'uselessHandler' };
            }
            if (method === 'catch' && node.arguments.length === 0) return { node, shape: 'uselessHandler' };
            if (method === 'then' && node.arguments.length >= 2) {
              const handler = handlerAt(node, 1);
              if (handler === undefined) break;
              return isRejectionHandler(handler) ? undefined : { node, shape: 'uselessHandler' };
            }
            if (method === 'finally') return findProblem(callee.object);
          }
          break;
        }
        default:
          break;
      }
      // The type of the whole expression decides: `value as Promise<T>` is a promise.
      const shape = isReported(expression);
      return shape ? { node: expression, shape } : undefined;
    };

    const isExempt = (node: TSESTree.Expression): boolean => {
      const target = skipTypeWrappers(node);
      if (options.ignoreIIFE && target.type === AST_NODE_TYPES.CallExpression && isFunctionNode(skipTypeWrappers(target.callee))) {
        return true;
      }
      if (matchesSpecifiers(services, target, allowList)) return true;
      // `queue.shift()`, `req.on(…)` returning `this`: no new promise is started here.
      if (takesExistingPromise(services, target)) return true;
      return options.allowNonRejecting && (callsSwallowingFunction(services, target) || isSafeContinuation(services, target));
    };

    const handlerSuggestion = (node: TSESTree.Expression, messageId: 'suggestCatch'): Suggestion<MessageId> => {
      const type = typeOf(services, node);
      const call = rejectionHandlerCall(hasCatchMethod(services, type), loggingHandler(filename));
      const optional = includesNullish(services, type) && node.type !== AST_NODE_TYPES.ChainExpression ? '?' : '';
      return { messageId, fix: appendMemberCall(sourceCode, node, `${optional}${call}`) };
    };

    const reportStatement = (problem: Problem): void => {
      const { node, shape } = problem;
      const awaitable = canAwaitAt(services, node);
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
        if (awaitable) suggestions.push({ messageId: 'suggestAwaitAll', fix: replaceWith(sourceCode, node, `await Promise.all(${sourceCode.getText(node)})`) });
        suggestions.push({
          messageId: 'suggestCatch',
          fix: replaceWith(sourceCode, node, `void Promise.all(${sourceCode.getText(node)}).catch(${loggingHandler(filename)})`),
        });
      } else {
        const target = shape === 'voided' ? (node as TSESTree.UnaryExpression).argument : node;
        if (awaitable) {
          suggestions.push({
            messageId: 'suggestAwait',
            fix: shape === 'voided' ? replaceWith(sourceCode, node, `await ${sourceCode.getText(target)}`) : prefixOperator(sourceCode, node, 'await'),
          });
        }
        suggestions.push(handlerSuggestion(target, 'suggestCatch'));
        if (shape === 'promise' && options.ignoreVoid) suggestions.push({ messageId: 'suggestVoid', fix: prefixOperator(sourceCode, node, 'void') });
      }
      const messageId = ({ promise: 'floating', array: 'floatingArray', voided: 'floatingVoided', uselessHandler: 'uselessRejectionHandler' } as const)[shape];
      context.report({ node, messageId, ...offer(context, suggestions) });
    };


    /** A named function passed as a callback gets wrapped so that its promise is handled. */
    const tryCatchSuggestion = (fn: TSESTree.Node): Suggestion<MessageId> | undefined => {
      const handler = loggingHandler(filename);
      if (fn.type === AST_NODE_TYPES.Identifier) {
        const call = rejectionHandlerCall(hasCatchMethod(services, returnTypeOf(services, fn)), handler);
        return { messageId: 'suggestCatch', fix: wrapCallbackReference(sourceCode, fn, call, isTypeScriptFile(filename)) };
      }
      const fix = isFunctionNode(fn) ? wrapBodyInTryCatch(sourceCode, fn, handler) : undefined;
      return fix ? { messageId: 'suggestTryCatch', fix } : undefined;
    };

    const mapAllSuggestion = (call: TSESTree.CallExpression): Suggestion<MessageId> | undefined => {
      const callee = call.callee;
      if (memberName(callee) !== 'forEach' || callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
      if (call.parent.type !== AST_NODE_TYPES.ExpressionStatement || !canAwaitAt(services, call)) return undefined;
      if (call.arguments.length !== 1) return undefined;
      const object = sourceCode.getText(callee.object);
      const args = sourceCode.getText(call.arguments[0]!);
      return { messageId: 'suggestMapAll', fix: replaceWith(sourceCode, call, `await Promise.all(${object}.map(${args}))`) };
    };

    const checkCallbackArguments = (call: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      for (const argument of call.arguments) {
        const target = skipTypeWrappers(argument);
        if (!isPromiseReturningFunction(services, target, options.checkThenables)) continue;
        if (!ignoresCallbackResult(services, argument, call)) continue;
        if (options.allowNonRejecting && functionValueCannotReject(services, target)) continue;
        if (matchesSpecifiers(services, call, allowList)) continue;
        const calleeText = sourceCode.getText(call.callee);
        context.report({
          node: argument,
          messageId: 'asyncCallbackIgnored',
          data: { callee: calleeText.length > 40 ? `${calleeText.slice(0, 37)}…` : calleeText },
          ...offer(context, [
            call.type === AST_NODE_TYPES.CallExpression ? mapAllSuggestion(call) : undefined,
            tryCatchSuggestion(target),
          ]),
        });
      }
    };

    return {
      ExpressionStatement(statement) {
        if (statement.directive) return;
        const problem = findProblem(statement.expression);
        if (!problem) return;
        if (problem.shape !== 'uselessHandler' && isExempt(problem.shape === 'voided' ? (problem.node as TSESTree.UnaryExpression).argument : problem.node)) return;
        reportStatement(problem);
      },
      ...(options.ignoreVoid
        ? {}
        : {
            // `() => void send()` drops the promise just like the statement `void send();`.
            'ArrowFunctionExpression > UnaryExpression.body'(body: TSESTree.UnaryExpression) {
              const problem = findProblem(body);
              if (problem && problem.shape !== 'uselessHandler' && !isExempt((problem.node as TSESTree.UnaryExpression).argument ?? problem.node)) {
                reportStatement(problem);
              }
            },
          }),
      ...(options.checkIgnoredCallbacks
        ? { 'CallExpression, NewExpression': checkCallbackArguments }
        : {}),
    } satisfies TSESLint.RuleListener;
  },
});
