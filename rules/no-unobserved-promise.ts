import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { analysisOf } from '../src/analysis/context.js';
import { mergeListeners, trackFlow } from '../src/analysis/flow/code-paths.js';
import { awaitMayDeadlock } from '../src/analysis/promises/await-safety.js';
import { unobservedFields } from '../src/analysis/promises/field-promises.js';
import { parkedPromise } from '../src/analysis/promises/stored-entries.js';
import {
  loopNeedsOnlyValues,
  sequentiallyAwaitedCollection,
  sequentiallyAwaitedElement,
} from '../src/analysis/promises/sequential-loops.js';
import type { BindingFinding, PromiseBinding } from '../src/analysis/promises/stored-promises.js';
import { promiseBindingFindings } from '../src/analysis/promises/stored-promises.js';
import { shortLabel } from '../src/analysis/syntax/labels.js';
import { isFunctionNode, isInStatementList } from '../src/analysis/syntax/nodes.js';
import { typeOf } from '../src/analysis/types/checker.js';
import { canAwaitAt } from '../src/analysis/types/program-options.js';
import { elementThenableKind, hasCatchMethod, hasPlainMember, includesNullish } from '../src/analysis/types/thenables.js';
import { createRule } from '../src/create-rule.js';
import { freeName, groupAwaitsIntoPromiseAll, indentOf, insertStatementAfter, insertStatementBefore, replaceWith } from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [{ checkThenables?: boolean }];
export type MessageId =
  | 'parkedPromise'
  | 'partlyObserved'
  | 'rejectionWindow'
  | 'sequentialLoop'
  | 'unobservedField'
  | 'unobservedPath'
  | 'suggestAwaitAll'
  | 'suggestHandleNow'
  | 'suggestPromiseAll';

export default createRule<Options, MessageId>({
  name: 'no-unobserved-promise',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow stored promises whose rejection can go unobserved',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      partlyObserved:
        '`{{name}}` holds promises of which only some are awaited or handled (line {{line}}): if another one rejects, nothing retrieves the error and Node.js reports an unhandled rejection.',
      unobservedPath:
        '`{{name}}` holds a promise that is never awaited or handled {{where}}: if it rejects, nothing retrieves the error and Node.js reports an unhandled rejection.',
      rejectionWindow:
        '`{{name}}` has no rejection handler while the function waits at line {{line}}: if it rejects meanwhile, Node.js reports an unhandled rejection before it is awaited.',
      sequentialLoop:
        'Awaiting these promises one at a time leaves the later ones without a handler: a rejection among them while an earlier one is pending is unhandled.',
      parkedPromise:
        'This promise is kept only in `{{collection}}`: nothing has a rejection handler on it until something reads that entry, if anything does. If it rejects first, Node.js reports an unhandled rejection.',
      unobservedField:
        '`{{name}}` is started while the instance is built and has no rejection handler until a method waits for it, and one waits at line {{line}} first: if it rejects meanwhile, Node.js reports an unhandled rejection.',
      suggestAwaitAll: 'Await them together with `Promise.all(…)`.',
      suggestHandleNow: 'Attach a rejection handler to `{{name}}` right away; later awaits still see the rejection.',
      suggestPromiseAll: 'Await {{names}} together with `Promise.all([…])`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkThenables: { type: 'boolean', description: 'Also track thenables that are not `Promise`s.' },
        },
      },
    ],
    defaultOptions: [{ checkThenables: false }],
  },
  create(context, [given]) {
    const options = { checkThenables: given.checkThenables === true };
    const analysis = analysisOf(context);
    const { sourceCode } = context;

    /**
     * Attaches a no-op handler right after the declaration. An array that starts empty gets it
     * right before `before` instead (the wait or exit), once the promises are in it.
     */
    /**
     * For an array filled by pushes: before the statement of the wait or exit when that comes after
     * the push (the promises are in by then); else right after the push's statement (a `for await`
     * head waits before its body pushes anything).
     */
    const handleBefore = (
      creation: TSESTree.Node,
      before: TSESTree.Node | undefined,
      text: string,
    ): ReturnType<typeof insertStatementAfter> => {
      const target = before && statementAround(before);
      if (target && target.range[0] > creation.range[1]) return insertStatementBefore(sourceCode, target, text);
      const pushed = statementAround(creation);
      return pushed && insertStatementAfter(sourceCode, pushed, text);
    };
    const handleNow = (binding: PromiseBinding, creation: TSESTree.Node, before?: TSESTree.Node): Suggestion<MessageId> | undefined => {
      const { name } = binding;
      // A thenable that is not a `Promise` (a query builder) may start its work when `then` is
      // called: `.catch(…)` or `Promise.resolve(…)` now would run it an extra time.
      if (binding.kind !== 'promise') return undefined;
      const type = typeOf(analysis, binding.typed);
      const text =
        binding.shape === 'array'
          ? `void Promise.allSettled(${name});`
          : hasCatchMethod(analysis, type) && !hasPlainMember(analysis, type)
            ? `${name}${includesNullish(analysis, type) ? '?.' : '.'}catch(() => {});`
            : `Promise.resolve(${name}).catch(() => {});`;
      const fix =
        creation === binding.declarator
          ? insertStatementAfter(sourceCode, binding.declarator.parent, text)
          : creation.type === AST_NODE_TYPES.AssignmentExpression
            ? creation.parent.type === AST_NODE_TYPES.ExpressionStatement && isInStatementList(creation.parent)
              ? insertStatementAfter(sourceCode, creation.parent, text)
              : undefined
            : handleBefore(creation, before, text);
      return suggestionWith('suggestHandleNow', { name }, fix);
    };

    /** A suggestion, when its fix could be built. */
    const suggestionWith = (
      messageId: MessageId,
      data: Record<string, string>,
      fix: TSESLint.ReportFixFunction | undefined,
    ): Suggestion<MessageId> | undefined => (fix ? { messageId, data, fix } : undefined);

    /** `parseMetadata(…)`, `new URL(…)`: how a message names a call that can throw. */
    const callLabel = (call: TSESTree.CallExpression | TSESTree.NewExpression): string => {
      const callee = shortLabel(call.callee, sourceCode.getText(call.callee));
      return `${call.type === AST_NODE_TYPES.NewExpression ? 'new ' : ''}${callee}(…)`;
    };

    const reportFinding = (finding: BindingFinding): void => {
      const { binding } = finding;
      const { name } = binding;
      const [partRead] = binding.partReads;
      if (finding.kind === 'unobservedPath' && partRead) {
        context.report({
          node: binding.report,
          loc: nameLoc(binding.report),
          messageId: 'partlyObserved',
          data: { name, line: String(partRead.loc.start.line) },
          ...offer(context, [handleNow(binding, finding.creation, partRead)]),
        });
        return;
      }
      if (finding.kind === 'unobservedPath') {
        const { exit } = finding;
        const where =
          exit === 'end'
            ? 'before the function ends'
            : exit === 'loop'
              ? 'before the loop starts the next one'
              : exit.type === AST_NODE_TYPES.AssignmentExpression
                ? `before it is replaced at line ${exit.loc.start.line}`
                : exit.type === AST_NODE_TYPES.CallExpression || exit.type === AST_NODE_TYPES.NewExpression
                  ? `if \`${callLabel(exit)}\` throws at line ${exit.loc.start.line}`
                  : `when the function ${exit.type === AST_NODE_TYPES.ThrowStatement ? 'throws' : 'returns'} at line ${exit.loc.start.line}`;
        context.report({
          node: binding.report,
          loc: nameLoc(binding.report),
          messageId: 'unobservedPath',
          data: { name, where },
          ...offer(context, [handleNow(binding, finding.creation, typeof exit === 'string' ? undefined : exit)]),
        });
        return;
      }
      context.report({
        node: binding.report,
        loc: nameLoc(binding.report),
        messageId: 'rejectionWindow',
        data: { name, line: String(finding.suspension.node.loc.start.line) },
        ...offer(context, [promiseAllSuggestion(finding), handleNow(binding, finding.creation, finding.suspension.node)]),
      });
    };

    const promiseAllSuggestion = (finding: BindingFinding): Suggestion<MessageId> | undefined => {
      if (finding.kind !== 'rejectionWindow') return undefined;
      const grouped = groupAwaitsIntoPromiseAll(analysis, finding.suspension.node, finding.binding.name);
      return (
        grouped && {
          messageId: 'suggestPromiseAll',
          data: { names: grouped.names.map((item) => `\`${item}\``).join(', ') },
          fix: grouped.fix,
        }
      );
    };

    const checkLoop = (loop: TSESTree.ForOfStatement): void => {
      const found = sequentiallyAwaitedCollection(analysis, loop);
      if (!found) return;
      const right = found.collection;
      const suggestions: Suggestion<MessageId>[] = [];
      if (found.isMap) {
        // `Promise.all(map)` would await the entries, not the promises in them.
        const name = sourceCode.getText(right);
        const fix =
          elementThenableKind(analysis, right) === 'promise'
            ? insertStatementBefore(sourceCode, loop, `void Promise.allSettled(${name}.values());`)
            : undefined;
        if (fix) suggestions.push({ messageId: 'suggestHandleNow', data: { name }, fix });
      } else if (
        !found.held &&
        canAwaitAt(analysis, loop) &&
        loopNeedsOnlyValues(analysis, loop) &&
        !awaitMayDeadlock(analysis, right, loop.right)
      ) {
        // The loop then iterates values, not promises, and waits for all of them before its body
        // first runs: only when the body wants the values alone and cannot be what settles them.
        const rewrite = `await Promise.all(${sourceCode.getText(right)})`;
        suggestions.push({
          messageId: 'suggestAwaitAll',
          fix: loop.await
            ? (fixer): TSESLint.RuleFix[] => {
                const awaitToken = sourceCode.getFirstToken(loop, { skip: 1 })!;
                return [
                  fixer.removeRange([awaitToken.range[0], awaitToken.range[1] + 1]),
                  replaceWith(sourceCode, loop.right, rewrite)(fixer),
                ];
              }
            : replaceWith(sourceCode, loop.right, rewrite),
        });
      }
      context.report({
        node: loop.await ? loop : loop.right,
        loc: loop.await ? { start: loop.loc.start, end: loop.right.loc.end } : loop.right.loc,
        messageId: 'sequentialLoop',
        ...offer(context, suggestions),
      });
    };

    /** `for (let i = 0; i < ps.length; i++) await ps[i];`: the index form of the sequential loop. */
    const checkIndexedAwait = (node: TSESTree.AwaitExpression): void => {
      const found = sequentiallyAwaitedElement(analysis, node);
      if (!found) return;
      const name = sourceCode.getText(found.array);
      const fix =
        elementThenableKind(analysis, found.array) === 'promise'
          ? insertStatementBefore(sourceCode, found.loop, `void Promise.allSettled(${name});`)
          : undefined;
      context.report({
        node: found.element,
        messageId: 'sequentialLoop',
        ...offer(context, [suggestionWith('suggestHandleNow', { name }, fix)]),
      });
    };

    const checkClass = (body: TSESTree.ClassBody): void => {
      for (const field of unobservedFields(analysis, body)) {
        const { start } = field;
        const name = `this.${field.name}`;
        // Marking the promise handled keeps the rejection for the methods that await it.
        const fix =
          start.type === AST_NODE_TYPES.AssignmentExpression && start.parent.type === AST_NODE_TYPES.ExpressionStatement
            ? insertStatementAfter(sourceCode, start.parent, `${name}.catch(() => {});`)
            : undefined;
        context.report({
          node: start.type === AST_NODE_TYPES.AssignmentExpression ? start.left : start.key,
          messageId: 'unobservedField',
          data: { name, line: String(field.before.loc.start.line) },
          ...offer(context, [suggestionWith('suggestHandleNow', { name }, fix)]),
        });
      }
    };

    const checkStore = (call: TSESTree.CallExpression): void => {
      const found = parkedPromise(analysis, call);
      if (!found) return;
      const statement = call.parent;
      // `const pending = load(); pending.catch(() => {}); cache.set(key, pending);`: whoever reads the entry still sees the rejection.
      let fix: TSESLint.ReportFixFunction | undefined;
      const name = freeName(sourceCode.getScope(call), 'pending');
      if (isInStatementList(statement)) {
        const indent = indentOf(sourceCode, statement);
        const stored =
          sourceCode.text.slice(statement.range[0], found.promise.range[0]) +
          name +
          sourceCode.text.slice(found.promise.range[1], statement.range[1]);
        const text = `const ${name} = ${sourceCode.getText(found.promise)};\n${indent}${name}.catch(() => {});\n${indent}${stored}`;
        fix = (fixer) => fixer.replaceText(statement, text);
      }
      context.report({
        node: found.promise,
        messageId: 'parkedPromise',
        data: { collection: found.collection },
        ...offer(context, [suggestionWith('suggestHandleNow', { name }, fix)]),
      });
    };

    return mergeListeners(
      trackFlow(context, (flow, store) => {
        for (const finding of promiseBindingFindings(analysis, flow, store, options)) reportFinding(finding);
      }),
      { ForOfStatement: checkLoop, AwaitExpression: checkIndexedAwait, ClassBody: checkClass, CallExpression: checkStore },
    );
  },
});

/** The location of a binding's name alone: an identifier's range also covers its type annotation. */
function nameLoc(node: TSESTree.Node): TSESTree.SourceLocation {
  if (node.type !== AST_NODE_TYPES.Identifier || !node.typeAnnotation) return node.loc;
  return { start: node.loc.start, end: { line: node.loc.start.line, column: node.loc.start.column + node.name.length } };
}

/** The statement (directly in a block or the module) that contains `node`. */
function statementAround(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (isInStatementList(current)) return current;
    if (isFunctionNode(current)) return undefined;
  }
  return undefined;
}
