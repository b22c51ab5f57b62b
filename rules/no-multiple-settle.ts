import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import { analysisOf } from '../src/analysis/context.js';
import { settlesBeforeInCallback, uncaughtCallbackThrow } from '../src/analysis/executors/callback-throws.js';
import { returnSkipsCleanup } from '../src/analysis/executors/early-return.js';
import type { SettleFinding } from '../src/analysis/executors/settle-paths.js';
import { settleFindings } from '../src/analysis/executors/settle-paths.js';
import { rejectName, successOnlyWait } from '../src/analysis/executors/failure-events.js';
import type { SettleOwner } from '../src/analysis/executors/settlers.js';
import {
  deferredOwner,
  executorOwner,
  namedSettlerOwner,
  settleOwnersOfFile,
  settlerVisibleAt,
} from '../src/analysis/executors/settlers.js';
import { trackCallSegments } from '../src/analysis/flow/call-segments.js';
import { mergeListeners, trackFlow } from '../src/analysis/flow/code-paths.js';
import type { FunctionNode } from '../src/analysis/syntax/nodes.js';
import { isInFinallyAfter, returnableFunction, returnsValue } from '../src/analysis/syntax/statements.js';
import { createRule } from '../src/create-rule.js';
import { appendStatement, throwAsReturnCall } from '../src/fix.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId =
  'multipleSettle' | 'neverSettles' | 'successOnly' | 'throwInCallback' | 'suggestReturn' | 'suggestReject' | 'suggestErrorListener';

export default createRule<Options, MessageId>({
  name: 'no-multiple-settle',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow promise executors that settle twice, never settle, or throw from asynchronous callbacks',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      multipleSettle:
        'This `{{name}}(…)` can run after the promise was already settled {{where}}: a promise settles once, so this call is silently ignored.',
      neverSettles:
        'This path {{where}} without calling {{names}} or handing {{them}} on: the promise never settles and whoever awaits it waits forever.',
      successOnly:
        'This promise settles only when `{{emitter}}` emits {{events}}: if it fails instead (`error`), the promise never settles and whoever awaits it waits forever.',
      throwInCallback:
        'This `throw` runs later, in an asynchronous callback, where it cannot reject the promise: the promise never settles and nothing catches the error.',
      suggestReturn: 'End the path with `return` right after `{{name}}(…)` on line {{line}}.',
      suggestReject: 'Reject the promise with `return {{reject}}(…)` instead of throwing.',
      suggestErrorListener: "Reject the promise when `{{emitter}}` emits 'error'.",
    },
    schema: [],
  },
  create(context) {
    const analysis = analysisOf(context);
    const { sourceCode } = context;
    const owners: SettleOwner[] = [];
    const named: SettleOwner[] = [];
    const throws: TSESTree.ThrowStatement[] = [];
    const calls = trackCallSegments();

    const reportFinding = (finding: SettleFinding): void => {
      if (finding.kind === 'multipleSettle') {
        const { first, second } = finding;
        const sameCall = first === second;
        const where = sameCall
          ? 'by this same call on an earlier turn of the loop'
          : `by \`${calleeText(first)}(…)\` on line ${first.loc.start.line}`;
        // A `finally` block runs after a `return` too: ending the first path early would not skip it.
        const fix = isInFinallyAfter(second, first) ? undefined : returnAfter(first, second);
        context.report({
          node: second,
          messageId: 'multipleSettle',
          data: { name: calleeText(second), where },
          ...offer(context, [
            fix && { messageId: 'suggestReturn', data: { name: calleeText(first), line: String(first.loc.start.line) }, fix },
          ]),
        });
        return;
      }
      const names = finding.owner.settlers.map(({ variable }) => `\`${variable.name}\``).join(' or ');
      const them = finding.owner.settlers.length > 1 ? 'them' : 'it';
      const { exit, owner } = finding;
      if (exit) {
        context.report({ node: exit, messageId: 'neverSettles', data: { where: 'returns', names, them } });
        return;
      }
      const where = owner.kind === 'deferred' ? 'reaches the end of the function' : 'reaches the end of the executor';
      const loc =
        owner.kind === 'deferred' || owner.fn.type === AST_NODE_TYPES.Program
          ? (owner.declarator?.id ?? owner.fn).loc
          : ASTUtils.getFunctionHeadLocation(owner.fn, sourceCode as TSESLint.SourceCode);
      context.report({ loc, messageId: 'neverSettles', data: { where, names, them } });
    };

    /**
     * `return;` after the statement that makes the first settle call, when that is a statement of
     * its own and the `return` would skip no cleanup that must still run on that path
     * (`clearTimeout(…)`, `off(…)`, `settled = true`: `returnSkipsCleanup`).
     */
    const returnAfter = (
      call: TSESTree.CallExpression,
      second: TSESTree.CallExpression,
    ): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined => {
      const statement = call.parent;
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
      const fn = returnableFunction(call);
      if (!fn || returnsValue(fn)) return undefined;
      if (returnSkipsCleanup(analysis, statement, fn, [second])) return undefined;
      return appendStatement(sourceCode, statement, 'return;');
    };

    const reportThrow = (node: TSESTree.ThrowStatement, byFunction: ReadonlyMap<TSESTree.Node, readonly SettleOwner[]>): void => {
      const found = uncaughtCallbackThrow(analysis, node, byFunction);
      if (!found) return;
      const reject = settlerVisibleAt(analysis, found.owner, 'reject', node);
      // `return reject(…)` ends the callback as the `throw` did; it must be the first settle call there.
      const canReturn = !returnsValue(found.callback) && !settlesBeforeInCallback(found.owner, found.callback, node);
      context.report({
        node,
        messageId: 'throwInCallback',
        ...offer(context, [
          reject && canReturn
            ? {
                messageId: 'suggestReject',
                data: { reject: reject.variable.name },
                fix: throwAsReturnCall(sourceCode, node, reject.variable.name),
              }
            : undefined,
        ]),
      });
    };

    /** An event-driven executor that waits only for success events on an emitter that can fail. */
    const reportSuccessOnly = (owner: SettleOwner): void => {
      const wait = successOnlyWait(analysis, owner);
      if (!wait) return;
      const emitter = sourceCode.getText(wait.emitter);
      const reject = rejectName(owner);
      const statement = wait.registration.parent;
      const fix =
        reject && statement.type === AST_NODE_TYPES.ExpressionStatement
          ? appendStatement(sourceCode, statement, `${emitter}.once('error', ${reject});`)
          : undefined;
      context.report({
        node: wait.registration,
        messageId: 'successOnly',
        data: { emitter, events: wait.events.map((event) => `\`${event}\``).join(' or ') },
        ...offer(context, [fix ? { messageId: 'suggestErrorListener', data: { emitter }, fix } : undefined]),
      });
    };

    return mergeListeners(
      calls.listeners,
      trackFlow(context, (flow, store) => {
        if (flow.node.type !== AST_NODE_TYPES.Program) return;
        const { all, byFunction } = settleOwnersOfFile(analysis, owners, named);
        for (const owner of all) {
          const findings = settleFindings(analysis, owner, store, calls.segments);
          findings.forEach(reportFinding);
          if (findings.length === 0) reportSuccessOnly(owner);
        }
        for (const node of throws) reportThrow(node, byFunction);
      }),
      {
        NewExpression(node) {
          const owner = executorOwner(analysis, node);
          if (owner) owners.push(owner);
        },
        VariableDeclarator(node) {
          const owner = deferredOwner(analysis, node);
          if (owner) owners.push(owner);
        },
        ThrowStatement(node) {
          throws.push(node);
        },
        ':function'(node: FunctionNode) {
          const owner = namedSettlerOwner(analysis, node);
          if (owner) named.push(owner);
        },
      },
    );
  },
});

/** The source name of a settle call's callee: `resolve`, `reject`. */
function calleeText(call: TSESTree.CallExpression): string {
  let callee: TSESTree.Node = call.callee;
  while (callee.type === AST_NODE_TYPES.TSNonNullExpression) callee = callee.expression;
  return callee.type === AST_NODE_TYPES.Identifier ? callee.name : 'resolve';
}
