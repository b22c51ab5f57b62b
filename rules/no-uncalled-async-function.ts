import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { analysisOf } from '../src/analysis/context.js';
import type { UncalledFunction } from '../src/analysis/promises/uncalled-functions.js';
import {
  arrayMayHoldUnboundMethods,
  arrayOfUncalledFunctions,
  callWithoutArguments,
  mayBeUnboundMethod,
  uncalledInAwait,
  uncalledInAwaitedParameter,
  uncalledInPromiseStatic,
  uncalledInReturn,
  uncalledInTest,
  uncalledInYield,
  uncalledAsData,
} from '../src/analysis/promises/uncalled-functions.js';
import { canAwaitAt } from '../src/analysis/types/program-options.js';
import { isFunctionNode } from '../src/analysis/syntax/nodes.js';
import { createRule } from '../src/create-rule.js';
import { appendCall, appendMemberCall } from '../src/fix.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId =
  | 'uncalledArray'
  | 'uncalledAwaited'
  | 'uncalledInCombinator'
  | 'uncalledHanded'
  | 'uncalledResolved'
  | 'uncalledReturned'
  | 'uncalledYielded'
  | 'uncalledTested'
  | 'uncalledAsData'
  | 'suggestAwaitCall'
  | 'suggestAwaitValue'
  | 'suggestCall'
  | 'suggestCallEach';

const messageIds = {
  await: 'uncalledAwaited',
  combinator: 'uncalledInCombinator',
  resolve: 'uncalledResolved',
  returned: 'uncalledReturned',
  yielded: 'uncalledYielded',
  tested: 'uncalledTested',
  data: 'uncalledAsData',
  handed: 'uncalledHanded',
} as const;

export default createRule<Options, MessageId>({
  name: 'no-uncalled-async-function',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow promise-returning functions used uncalled where a promise is expected',
      recommended: 'recommended',
      requiresTypeChecking: true,
      autofix: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      uncalledAwaited: '`{{name}}` is a function, not a promise: `await` hands back the function itself and it never runs. Call it.',
      uncalledInCombinator:
        '`{{name}}` is a function, not a promise: `Promise.{{method}}` treats it as a plain value and it never runs. Call it.',
      uncalledResolved:
        '`{{name}}` is a function, not a promise: `Promise.resolve` settles with the function itself and it never runs. Call it.',
      uncalledReturned:
        '`{{name}}` is returned uncalled where its promise is expected: the caller gets the function and it never runs. Call it.',
      uncalledYielded:
        '`{{name}}` is yielded uncalled from a generator whose steps are awaited: the consumer gets the function and it never runs. Call it.',
      uncalledTested:
        '`{{name}}` is an async function that is always there, not its result: this test never changes, and the function never runs. Call it and await the result.',
      uncalledAsData:
        '`{{name}}` is an async function stored as data (where `unknown` is expected), not its result: the value is the function itself, which `JSON.stringify` drops and nothing calls. Call it and await the result.',
      uncalledHanded:
        '`{{name}}` is handed uncalled to `{{method}}`, which awaits what it is given: the `await` settles with the function itself and it never runs. Call it.',
      uncalledArray:
        '`Promise.{{method}}` receives an array of functions, not promises: it settles with the functions and none of them runs. Call each one.',
      suggestCall: 'Call `{{name}}` with no arguments.',
      suggestAwaitCall: 'Test the awaited result: `(await {{name}}())`.',
      suggestAwaitValue: 'Store the awaited result: `await {{name}}()`.',
      suggestCallEach: 'Call each function with no arguments: `.map((task) => task())`.',
    },
    schema: [],
  },
  create(context) {
    const analysis = analysisOf(context);
    const { sourceCode } = context;

    const nameOf = (node: TSESTree.Node): string => {
      const text = isFunctionNode(node)
        ? `${node.async ? 'async ' : ''}${node.type === AST_NODE_TYPES.ArrowFunctionExpression ? '() => …' : 'function …'}`
        : sourceCode.getText(node);
      const flat = text.replace(/\s+/g, ' ');
      return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat;
    };

    // One report per function: `Promise.allSettled(vats.map((vat) => (c ? vat.drain : vat.topUp(40))))`
    // is met first as a combinator's element, then as the callback's return.
    const reportedNodes = new Set<TSESTree.Node>();
    const report = ({ node, position, method, inferred }: UncalledFunction): void => {
      if (reportedNodes.has(node)) return;
      reportedNodes.add(node);
      const call = callWithoutArguments(analysis, node);
      const name = nameOf(node);
      const data = { name, method: method ?? '' };
      if (position === 'tested') {
        // Calling alone would test a promise, always truthy: the result must be awaited, which changes what runs.
        const text = sourceCode.getText(node);
        const fix =
          call === 'call' && canAwaitAt(analysis, node)
            ? (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, `(await ${text}())`)
            : undefined;
        context.report({
          node,
          messageId: messageIds[position],
          data,
          ...offer(context, [fix && { messageId: 'suggestAwaitCall', data: { name }, fix }]),
        });
        return;
      }
      if (position === 'data') {
        // Calling alone would store a promise: the result must be awaited, which changes what runs.
        const shorthand = node.parent.type === AST_NODE_TYPES.Property && node.parent.shorthand;
        const fix =
          call === 'call' && !shorthand && canAwaitAt(analysis, node)
            ? (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, `await ${sourceCode.getText(node)}()`)
            : undefined;
        context.report({
          node,
          messageId: messageIds[position],
          data,
          ...offer(context, [fix && { messageId: 'suggestAwaitValue', data: { name }, fix }]),
        });
        return;
      }
      // With required parameters no edit would type-check (the arguments are unknown), so the
      // report stands alone.
      if (!call) {
        context.report({ node, messageId: messageIds[position], data });
        return;
      }
      const fix = appendCall(sourceCode, node, call === 'optionalCall');
      // A fix only where the call is certainly what the code meant: the position's type (or the
      // local uses) wants a value, and the call keeps the receiver. An untyped function whose
      // other returns are values may still have callers elsewhere that take the function, and a
      // method taken off its object would run without its `this`: suggestions.
      const certain = !inferred && !mayBeUnboundMethod(analysis, node);
      context.report({
        node,
        messageId: messageIds[position],
        data,
        ...(certain ? { fix } : offer(context, [{ messageId: 'suggestCall', data: { name }, fix }])),
      });
    };

    const checkReturned = (fn: TSESTree.Node | undefined, returned: TSESTree.Expression | null | undefined): void => {
      if (!returned || !isFunctionNode(fn)) return;
      for (const found of uncalledInReturn(analysis, fn, returned)) report(found);
    };

    return {
      AwaitExpression(node) {
        for (const found of uncalledInAwait(analysis, node)) report(found);
      },
      CallExpression(node) {
        for (const found of uncalledInPromiseStatic(analysis, node)) report(found);
        for (const found of uncalledInAwaitedParameter(analysis, node)) report(found);
        const array = arrayOfUncalledFunctions(analysis, node);
        if (!array) return;
        // With arguments to supply, no single edit is right: report only. Methods taken off their
        // objects would lose their `this` in `task()`: a suggestion.
        const fix = array.callable ? appendMemberCall(sourceCode, array.node, '.map((task) => task())') : undefined;
        const certain = fix && !arrayMayHoldUnboundMethods(analysis, array.node);
        context.report({
          node: array.node,
          messageId: 'uncalledArray',
          data: { method: array.method },
          ...(!fix ? {} : certain ? { fix } : offer(context, [{ messageId: 'suggestCallEach', fix }])),
        });
      },
      ReturnStatement(node) {
        let fn: TSESTree.Node | undefined = node.parent;
        while (fn && !isFunctionNode(fn)) fn = fn.parent;
        checkReturned(fn, node.argument);
      },
      ArrowFunctionExpression(node) {
        if (node.expression) checkReturned(node, node.body as TSESTree.Expression);
      },
      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init' || node.method) return;
        for (const found of uncalledAsData(analysis, node.value)) report(found);
      },
      YieldExpression(node) {
        for (const found of uncalledInYield(analysis, node)) report(found);
      },
      'IfStatement, WhileStatement, DoWhileStatement, ConditionalExpression'(
        node: TSESTree.IfStatement | TSESTree.WhileStatement | TSESTree.DoWhileStatement | TSESTree.ConditionalExpression,
      ) {
        for (const found of uncalledInTest(analysis, node.test)) report(found);
      },
    };
  },
});
