import type { TSESLint,TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES,ESLintUtils } from '@typescript-eslint/utils';

import type { ReusedPromise } from '../src/analysis/promises/reused-promises.js';
import { reusedByRecursion, reusedSettledPromise } from '../src/analysis/promises/reused-promises.js';
import { argumentsAtCallSites, hasOverloadSignatures } from '../src/analysis/scope/call-sites.js';
import { isFunctionNode } from '../src/analysis/syntax/nodes.js';
import { containsInBody } from '../src/analysis/syntax/walk.js';
import { createRule } from '../src/create-rule.js';
import { rewriteAsFactory } from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId = 'polledSettledPromise' | 'retriedSettledPromise' | 'suggestFactoryLocal' | 'suggestFactoryParameter';

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
      suggestFactoryParameter: 'Take `{{name}}` as a function that returns the promise and call it on each iteration (callers then pass `() => …`).',
      suggestFactoryLocal: 'Make `{{name}}` a function that starts the work, and call it on each iteration.',
    },
    schema: [],
  },
  create(context) {
    const services = ESLintUtils.getParserServices(context);
    const { sourceCode } = context;
    const reported = new WeakSet<TSESLint.Scope.Variable>();

    /** The reads of the binding, when every one is a plain value read in the repeated code that `p()` can replace. */
    const readsInRegion = (found: ReusedPromise): TSESTree.Identifier[] | undefined => {
      const reads: TSESTree.Identifier[] = [];
      for (const reference of found.variable.references) {
        if (reference.init) continue;
        const identifier = reference.identifier as TSESTree.Identifier;
        const parent = identifier.parent;
        if (!reference.isRead() || reference.isWrite() || !reference.isValueReference) return undefined;
        // The recursive retry call passes the factory itself on.
        if (found.passedOn.includes(identifier)) continue;
        if (identifier.range[0] < found.region.range[0] || identifier.range[1] > found.region.range[1]) return undefined;
        if (parent.type === AST_NODE_TYPES.Property && parent.shorthand) return undefined;
        reads.push(identifier);
      }
      return reads;
    };

    const factorySuggestion = (found: ReusedPromise): Suggestion<MessageId> | undefined => {
      const def = found.variable.defs[0]!;
      const reads = readsInRegion(found);
      if (!reads) return undefined;
      const data = { name: found.variable.name };
      if (def.type === 'Parameter') {
        const parameter = def.name;
        const fn = def.node;
        if (!isFunctionNode(fn) || !fn.params.includes(parameter as TSESTree.Parameter) || parameter.type !== AST_NODE_TYPES.Identifier) return undefined;
        if (!parameter.typeAnnotation || parameter.optional || hasOverloadSignatures(fn)) return undefined;
        // Callers in this file pass `() => start()` instead of `start()`; the recursive retry keeps passing `p`.
        const passed = argumentsAtCallSites(sourceCode, fn, fn.params.indexOf(parameter));
        if (!passed) return undefined;
        const type = parameter.typeAnnotation.typeAnnotation;
        const callers = passed.filter((argument) => !found.passedOn.includes(argument as TSESTree.Identifier));
        return { messageId: 'suggestFactoryParameter', data, fix: rewriteAsFactory(sourceCode, { type, reads, passed: callers }) };
      }
      const declarator = def.node;
      if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
      const declaration = declarator.parent;
      if (declaration.type !== AST_NODE_TYPES.VariableDeclaration || declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration || declaration.declare) return undefined;
      // `() => f(await x)` would not parse outside an async function, and would change when `x` is awaited.
      const suspends = (node: TSESTree.Node): boolean => node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression;
      if (suspends(declarator.init) || containsInBody(declarator.init, suspends)) return undefined;
      return {
        messageId: 'suggestFactoryLocal',
        data,
        fix: rewriteAsFactory(sourceCode, { type: declarator.id.typeAnnotation?.typeAnnotation, init: declarator.init, reads }),
      };
    };

    return {
      AwaitExpression(node) {
        const found = reusedSettledPromise(services, sourceCode, node) ?? reusedByRecursion(services, sourceCode, node);
        if (!found || reported.has(found.variable)) return;
        reported.add(found.variable);
        context.report({
          node: found.reference,
          messageId: found.shape === 'retry' ? 'retriedSettledPromise' : 'polledSettledPromise',
          data: { name: found.variable.name },
          ...offer(context, [factorySuggestion(found)]),
        });
      },
    };
  },
});
