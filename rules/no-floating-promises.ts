import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { analysisOf } from '../src/analysis/context.js';
import type { Specifier } from '../src/analysis/promises/allow-list.js';
import { specifierListSchema, testFrameworkSpecifiers } from '../src/analysis/promises/allow-list.js';
import { awaitHazard } from '../src/analysis/promises/await-safety.js';
import { functionValueCannotReject } from '../src/analysis/promises/can-reject.js';
import { errorChannelAt, failsEntryScript } from '../src/analysis/promises/error-channels.js';
import type { FloatingOptions, FloatingPromise } from '../src/analysis/promises/floating.js';
import { floatingPromiseIn, isIgnoredAsyncCallback, rejectsOnPurpose } from '../src/analysis/promises/floating.js';
import { isAssertionPromise } from '../src/analysis/promises/test-semantics.js';
import { returnTypeOf } from '../src/analysis/promises/ignored-callbacks.js';
import { isGlobalIdentifier } from '../src/analysis/scope/globals.js';
import { enclosingBody, isFunctionNode, memberName, skipTypeWrappers, throughFinally } from '../src/analysis/syntax/nodes.js';
import { typeOf } from '../src/analysis/types/checker.js';
import { canAwaitAt } from '../src/analysis/types/program-options.js';
import { hasCatchMethod, hasPlainMember, includesNullish } from '../src/analysis/types/thenables.js';
import { createRule } from '../src/create-rule.js';
import type { ErrorReport } from '../src/fix.js';
import {
  appendMemberCall,
  describeReport,
  fallbackHandler,
  isTypeScriptFile,
  prefixOperator,
  rejectionHandler,
  rejectionHandlerCall,
  replaceWith,
  wrapBodyInTryCatch,
  wrapCallbackReference,
  wrapInCall,
} from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

const moduleStatementTypes = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.ExportAllDeclaration,
  AST_NODE_TYPES.ExportDefaultDeclaration,
  AST_NODE_TYPES.ExportNamedDeclaration,
  AST_NODE_TYPES.TSExportAssignment,
  AST_NODE_TYPES.TSImportEqualsDeclaration,
]);

interface Config {
  allowList: Specifier[];
  allowNonRejecting: boolean;
  allowTestFrameworkCalls: boolean;
  checkDeliberateRejections: boolean;
  checkEntryScripts: boolean;
  checkIgnoredCallbacks: boolean;
  checkThenables: boolean;
  ignoreIIFE: boolean;
  ignoreVoid: boolean;
}
export type Options = [Partial<Config>];
export type MessageId =
  | 'asyncCallbackIgnored'
  | 'deliberateRejection'
  | 'floating'
  | 'floatingArray'
  | 'floatingVoided'
  | 'uselessRejectionHandler'
  | 'throwingHandler'
  | 'unwaitedHookWork'
  | 'suggestAwait'
  | 'suggestAwaitAll'
  | 'suggestCatch'
  | 'suggestFallbackHandler'
  | 'suggestHandler'
  | 'suggestMapAll'
  | 'suggestReturn'
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
      deliberateRejection:
        'This statement rejects a promise on purpose and leaves it unhandled, which raises an unhandled rejection (by default a crash); if that is not the intent, throw the error or await the promise.',
      floatingArray: 'This array of promises is dropped: await it with `Promise.all` (or `allSettled`), or their rejections go unhandled.',
      floatingVoided: '`void` discards this promise but not its rejection: attach a handler, as in `void p.catch(handler)`.',
      uselessRejectionHandler: 'This rejection handler is missing or not a function, so a rejection still goes unhandled.',
      throwingHandler:
        'A handler of this chain throws, so the promise the chain returns can still reject, and nothing handles it: await the chain, return it, or end it with a handler that does not throw.',
      unwaitedHookWork:
        'This hook does not wait for this work: the runner starts the next test while it still runs. Await it or return it from the hook.',
      asyncCallbackIgnored:
        'This callback returns a promise that `{{callee}}` ignores: nothing waits for it and its rejection goes unhandled.',
      suggestAwait: 'Await the promise.',
      suggestAwaitAll: 'Await all of them with `Promise.all(…)`.',
      suggestReturn: 'Return the promise from the hook, so that the runner waits for it.',
      suggestCatch: 'Attach a rejection handler that reports the error to {{channel}}.',
      suggestFallbackHandler: 'Keep this handler where it is a function, and otherwise report the error to {{channel}}.',
      suggestHandler: 'Pass a rejection handler that reports the error to {{channel}}.',
      suggestMapAll: 'Use `await Promise.all(….map(…))` so the loop waits for every callback.',
      suggestTryCatch: 'Catch errors inside the callback and report them to {{channel}}.',
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
          checkDeliberateRejections: {
            type: 'boolean',
            description:
              'Report statements that reject on purpose (`Promise.reject(error);`), which raise an unhandled rejection by design.',
          },
          checkEntryScripts: {
            type: 'boolean',
            description:
              "Report promises dropped at the top level of an entry script (`main();`), where Node.js's default already prints the rejection and exits non-zero.",
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
        checkDeliberateRejections: false,
        checkEntryScripts: false,
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

    const typed = isTypeScriptFile(filename);
    // TypeScript takes a file without `import` or `export` for a script, where top-level `await` is an error.
    const isModuleFile = sourceCode.ast.body.some((statement) => moduleStatementTypes.has(statement.type));

    /**
     * How a handler written at `at` reports an error: through the channel the code there uses
     * (`subject`: the floating call or the callback, whose emitter may be that channel). Only a
     * handler of `statement` itself, top-level code of an entry script, also fails the script.
     */
    const reportAt = (at: TSESTree.Node, subject: TSESTree.Node, statement?: TSESTree.Node): ErrorReport => {
      const channel = errorChannelAt(analysis, at, subject);
      const logs = channel.kind === 'logger' || channel.kind === 'console';
      return { channel, failScript: logs && statement !== undefined && failsEntryScript(analysis, statement), typed };
    };

    /** The statement a reported expression is part of: its expression statement, or the arrow body it is. */
    const statementOf = (node: TSESTree.Node): TSESTree.Node => {
      for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
        if (current.type === AST_NODE_TYPES.ExpressionStatement) return current;
        if (isFunctionNode(current.parent)) return current;
      }
      return node;
    };

    /**
     * True when an `await` of `promise` may go at `statement`: legal there, and nothing the shared
     * await-safety analysis knows says waiting could hang or hold back work meant to run meanwhile
     * (a later trigger, work that runs until stopped, the promise needed as a promise).
     */
    const mayAwait = (promise: TSESTree.Node, statement: TSESTree.Node): boolean =>
      canAwaitAt(analysis, promise) &&
      (isModuleFile || enclosingBody(promise).type !== AST_NODE_TYPES.Program) &&
      awaitHazard(analysis, promise, statement) === undefined;

    const handlerSuggestion = (node: TSESTree.Expression, statement: TSESTree.Node): Suggestion<MessageId> => {
      const type = typeOf(analysis, node);
      const report = reportAt(statement, node, statement);
      const call = rejectionHandlerCall(hasCatchMethod(analysis, type), rejectionHandler(sourceCode, report, statement));
      const optional = includesNullish(analysis, type) && node.type !== AST_NODE_TYPES.ChainExpression ? '?' : '';
      return {
        messageId: 'suggestCatch',
        data: { channel: describeReport(report) },
        fix: appendMemberCall(sourceCode, node, `${optional}${call}`),
      };
    };

    /**
     * A `.catch(…)`/`.then(…, …)` whose handler is missing or not a function. A missing handler
     * (or `undefined`, `null`, `void 0`) is written in; a value of the user's is never dropped,
     * only kept behind a fallback (`typeof h === 'function' ? h : …`) when it is a plain
     * reference; nothing is offered when the promise is rejected on purpose.
     */
    const handlerSuggestions = (call: TSESTree.CallExpression, statement: TSESTree.Node): Suggestion<MessageId>[] => {
      const callee = skipTypeWrappers(call.callee) as TSESTree.MemberExpression;
      if (rejectsOnPurpose(analysis, callee.object)) return [];
      const index = memberName(callee) === 'catch' ? 0 : 1;
      const existing = call.arguments[index];
      const report = reportAt(statement, callee.object, statement);
      const handler = rejectionHandler(sourceCode, report, statement);
      const data = { channel: describeReport(report) };
      if (!existing) {
        const closing = sourceCode.getLastToken(call)!;
        return [{ messageId: 'suggestHandler', data, fix: (fixer) => fixer.insertTextBefore(closing, handler) }];
      }
      if (isNoValue(existing)) return [{ messageId: 'suggestHandler', data, fix: (fixer) => fixer.replaceText(existing, handler) }];
      const fix = fallbackHandler(sourceCode, existing, handler);
      return fix ? [{ messageId: 'suggestFallbackHandler', data, fix }] : [];
    };

    /** True for the last statement of a block: a `return` put there leaves nothing behind unrun. */
    const isLastOfBlock = (statement: TSESTree.Node): boolean => {
      const block = statement.parent;
      return block?.type === AST_NODE_TYPES.BlockStatement && block.body[block.body.length - 1] === statement;
    };

    /** `undefined`, `null` or `void 0` written as a handler: no value of the user's to keep. */
    const isNoValue = (node: TSESTree.Node): boolean =>
      (node.type === AST_NODE_TYPES.Literal && node.value === null) ||
      isGlobalIdentifier(analysis, node, 'undefined') ||
      (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void' && node.argument.type === AST_NODE_TYPES.Literal);

    const reportStatement = (problem: FloatingPromise): void => {
      const { node, shape } = problem;
      // `Promise.reject(error);` raises an unhandled rejection by design (libraries surface errors
      // nobody listened for this way); `strict` reports it, under its own message.
      const deliberate = shape === 'promise' && rejectsOnPurpose(analysis, node);
      if (deliberate && !options.checkDeliberateRejections) return;
      const statement = statementOf(node);
      const suggestions: (Suggestion<MessageId> | undefined)[] = [];
      if (shape === 'uselessHandler') {
        suggestions.push(...handlerSuggestions(node as TSESTree.CallExpression, statement));
      } else if (shape === 'hookWork') {
        // Waiting is the point; a rejection handler would not make the hook wait.
        if (mayAwait(node, statement)) suggestions.push({ messageId: 'suggestAwait', fix: prefixOperator(sourceCode, node, 'await') });
        else if (isLastOfBlock(statement))
          suggestions.push({ messageId: 'suggestReturn', fix: (fixer) => fixer.insertTextBefore(node, 'return ') });
      } else if (shape === 'array' && node.parent.type === AST_NODE_TYPES.AwaitExpression) {
        if (awaitHazard(analysis, node, statement) === undefined) {
          suggestions.push({ messageId: 'suggestAwaitAll', fix: wrapInCall(sourceCode, node, 'Promise.all') });
        }
      } else if (shape === 'array') {
        if (mayAwait(node, statement))
          suggestions.push({
            messageId: 'suggestAwaitAll',
            fix: replaceWith(sourceCode, node, `await Promise.all(${sourceCode.getText(node)})`),
          });
        const report = reportAt(statement, node, statement);
        suggestions.push({
          messageId: 'suggestCatch',
          data: { channel: describeReport(report) },
          fix: replaceWith(
            sourceCode,
            node,
            `void Promise.all(${sourceCode.getText(node)}).catch(${rejectionHandler(sourceCode, report, statement)})`,
          ),
        });
      } else {
        const target = shape === 'voided' ? (node as TSESTree.UnaryExpression).argument : node;
        if (mayAwait(target, statement)) {
          suggestions.push({
            messageId: 'suggestAwait',
            fix:
              shape === 'voided'
                ? replaceWith(sourceCode, node, `await ${sourceCode.getText(target)}`)
                : prefixOperator(sourceCode, node, 'await'),
          });
        }
        // A statement whose purpose is the rejection (`Promise.reject(error);`) gets no handler that would hide it.
        // A handler goes after the `.finally(…)` calls the promise flows through: put before them, it
        // would run their callbacks one tick later (code and tests may time them) and miss their own throws.
        if (!rejectsOnPurpose(analysis, target) && !isAssertionPromise(target))
          suggestions.push(handlerSuggestion(throughFinally(target) as TSESTree.Expression, statement));
        if (shape === 'promise' && options.ignoreVoid && !isAssertionPromise(target))
          suggestions.push({ messageId: 'suggestVoid', fix: prefixOperator(sourceCode, node, 'void') });
      }
      // Say that the rejection is on purpose, rather than call the promise forgotten.
      const messageId = deliberate
        ? 'deliberateRejection'
        : ((
            {
              promise: 'floating',
              array: 'floatingArray',
              voided: 'floatingVoided',
              uselessHandler: 'uselessRejectionHandler',
              throwingHandler: 'throwingHandler',
              hookWork: 'unwaitedHookWork',
            } as const
          )[shape] satisfies MessageId);
      context.report({ node, messageId, ...offer(context, suggestions) });
    };

    /** A named function passed as a callback gets wrapped so that its promise is handled; an inline one catches its own errors. */
    const tryCatchSuggestion = (argument: TSESTree.CallExpressionArgument): Suggestion<MessageId> | undefined => {
      const fn = skipTypeWrappers(argument);
      if (fn.type === AST_NODE_TYPES.Identifier) {
        const report = reportAt(argument, argument);
        const call = rejectionHandlerCall(
          hasCatchMethod(analysis, returnTypeOf(analysis, fn)),
          rejectionHandler(sourceCode, report, argument),
        );
        return {
          messageId: 'suggestCatch',
          data: { channel: describeReport(report) },
          fix: wrapCallbackReference(sourceCode, fn, call, typed),
        };
      }
      if (!isFunctionNode(fn)) return undefined;
      const report = reportAt(fn.body, argument);
      // A plain function's synchronous throws reach its caller; made `async` and wrapped, they would
      // be logged instead. So its returned promise gets the handler, or nothing is offered.
      if (!fn.async) {
        if (fn.body.type === AST_NODE_TYPES.BlockStatement) return undefined;
        const type = typeOf(analysis, fn.body);
        if (hasPlainMember(analysis, type)) return undefined;
        const call = rejectionHandlerCall(hasCatchMethod(analysis, type), rejectionHandler(sourceCode, report, fn.body));
        const optional = includesNullish(analysis, type) && fn.body.type !== AST_NODE_TYPES.ChainExpression ? '?' : '';
        return {
          messageId: 'suggestCatch',
          data: { channel: describeReport(report) },
          fix: appendMemberCall(sourceCode, fn.body, `${optional}${call}`),
        };
      }
      const fix = wrapBodyInTryCatch(sourceCode, fn, report);
      return fix ? { messageId: 'suggestTryCatch', data: { channel: describeReport(report) }, fix } : undefined;
    };

    const mapAllSuggestion = (call: TSESTree.CallExpression): Suggestion<MessageId> | undefined => {
      const callee = call.callee;
      if (memberName(callee) !== 'forEach' || callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
      if (call.parent.type !== AST_NODE_TYPES.ExpressionStatement || !mayAwait(call, call.parent)) return undefined;
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
            // a callback that cannot reject is reported because nothing waits for it: a `try` adds nothing
            functionValueCannotReject(analysis, argument) ? undefined : tryCatchSuggestion(argument),
          ]),
        });
      }
    };

    return {
      ExpressionStatement(statement) {
        if (statement.directive) return;
        const problem = floatingPromiseIn(analysis, statement.expression, floating);
        // `main();` at the top of an entry script: an unhandled rejection prints the error and exits
        // non-zero, which is how a script is meant to fail.
        if (problem?.shape === 'promise' && !options.checkEntryScripts && failsEntryScript(analysis, statement)) return;
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
