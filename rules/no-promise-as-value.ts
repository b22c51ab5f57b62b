import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ESLintUtils } from '@typescript-eslint/utils';

import type { Specifier } from '../src/analysis/allow-list.js';
import { matchesSpecifiers, specifierListSchema } from '../src/analysis/allow-list.js';
import { skipTypeWrappers } from '../src/analysis/cannot-reject.js';
import type { SinkKind, ValueSink } from '../src/analysis/promise-sinks.js';
import { hasStrictNullChecks, isAlwaysPromise, isAsyncPredicate, isDeclaredMaybeAbsent, isUncheckedIndexRead, isPlainValue, sinksOf, takesAnyValue } from '../src/analysis/promise-sinks.js';
import { canAwaitAt } from '../src/analysis/scope.js';
import { createRule } from '../src/create-rule.js';
import { prefixOperator, replaceWith } from '../src/fix.js';
import { offer } from '../src/settings.js';

export type Options = [{ allowList?: Specifier[] }];
export type MessageId = SinkKind | 'suggestAwait';

export default createRule<Options, MessageId>({
  name: 'no-promise-as-value',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow using a promise where the value it resolves to is meant',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      string: 'This turns the promise itself into a string ("[object Promise]"), not the value it resolves to.',
      json: '`JSON.stringify` of a promise is "{}": the value it resolves to is not serialized.',
      clone: '`structuredClone` cannot copy a promise (it throws a `DataCloneError`), let alone the value it resolves to.',
      spread: 'Spreading a promise copies none of the properties of the value it resolves to.',
      condition: 'A promise is always truthy: this test does not depend on the value it resolves to.',
      nullish: 'A promise is never nullish: the right side of `??` never runs.',
      comparison: 'This compares the promise itself, not the value it resolves to.',
      typeof: '`typeof` a promise is always "object", not the type of the value it resolves to.',
      argument: '`{{callee}}` receives the promise itself, not the value it resolves to.',
      asyncPredicate:
        '`{{callee}}` tests what this callback returns, and a promise is always truthy: it does not wait for the result.',
      suggestAwait: 'Await the promise.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowList: { ...specifierListSchema, description: 'Functions that may receive promises as arguments.' },
        },
      },
    ],
    defaultOptions: [{ allowList: [] }],
  },
  create(context, [{ allowList = [] }]) {
    const services = ESLintUtils.getParserServices(context);
    const { sourceCode } = context;
    // Without strict null checks, `Promise<T> | undefined` reads as `Promise<T>`: presence tests look like misuse.
    const strictNulls = hasStrictNullChecks(services);

    const isMisuse = (sink: ValueSink): boolean => {
      if (sink.kind === 'asyncPredicate') return sink.call?.type === AST_NODE_TYPES.CallExpression && isAsyncPredicate(services, sink.call, sink.operand);
      const operand = skipTypeWrappers(sink.operand);
      if (operand.type === AST_NODE_TYPES.AwaitExpression || !isAlwaysPromise(services, sink.operand)) return false;
      switch (sink.kind) {
        case 'condition':
        case 'nullish':
          return strictNulls && !isUncheckedIndexRead(services, operand) && !isDeclaredMaybeAbsent(services, operand);
        case 'comparison':
          return sink.other !== undefined && isPlainValue(services, sink.other);
        case 'argument':
          return (
            sink.call !== undefined &&
            takesAnyValue(sourceCode, services, sink.call, sink.operand) &&
            !matchesSpecifiers(services, sink.call, allowList)
          );
        default:
          return true;
      }
    };

    /** `await p`, or `(await p).toString()` where the promise is the object of a member access. */
    const awaitFix = (operand: TSESTree.Expression): ReturnType<typeof prefixOperator> => {
      const { parent } = operand;
      if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== operand) return prefixOperator(sourceCode, operand, 'await');
      const text = sourceCode.getText(operand);
      const tight = operand.type === AST_NODE_TYPES.Identifier || operand.type === AST_NODE_TYPES.CallExpression || operand.type === AST_NODE_TYPES.MemberExpression;
      return replaceWith(sourceCode, operand, `(await ${tight ? text : `(${text})`})`);
    };

    const check = (node: TSESTree.Node): void => {
      for (const sink of sinksOf(sourceCode, node)) {
        if (!isMisuse(sink)) continue;
        const callee = sink.call ? sourceCode.getText(sink.call.callee) : '';
        context.report({
          node: sink.operand,
          messageId: sink.kind,
          data: { callee: callee.length > 40 ? `${callee.slice(0, 37)}…` : callee },
          ...offer(context, [
            sink.kind !== 'asyncPredicate' && canAwaitAt(services, sink.operand)
              ? { messageId: 'suggestAwait', fix: awaitFix(sink.operand) }
              : undefined,
          ]),
        });
      }
    };

    return {
      TemplateLiteral: check,
      BinaryExpression: check,
      'AssignmentExpression[operator="+="]': check,
      LogicalExpression: check,
      'UnaryExpression[operator="!"]': check,
      IfStatement: check,
      WhileStatement: check,
      DoWhileStatement: check,
      ForStatement: check,
      ConditionalExpression: check,
      'ObjectExpression > SpreadElement': check,
      CallExpression: check,
      NewExpression: check,
    };
  },
});
