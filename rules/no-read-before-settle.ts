import type { TSESLint } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { analysisOf } from '../src/analysis/context.js';
import { awaitMayDeadlock } from '../src/analysis/promises/await-safety.js';
import type { DeferralKind, EarlyRead } from '../src/analysis/promises/reads-before-settle.js';
import { readsBeforeSettle } from '../src/analysis/promises/reads-before-settle.js';
import { movableDeclaration, thenAssignmentOf } from '../src/analysis/promises/then-assignments.js';
import { canAwaitAt } from '../src/analysis/types/program-options.js';
import { thenableKindOf } from '../src/analysis/types/thenables.js';
import { createRule } from '../src/create-rule.js';
import { prefixOperator, replaceWith } from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId = 'readBeforeSettle' | 'readContentsBeforeSettle' | 'readInCallBeforeSettle' | 'suggestAwait' | 'suggestAwaitValue';

export default createRule<Options, MessageId>({
  name: 'no-read-before-settle',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow reading a local before the promise callback that assigns it can have run',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      readBeforeSettle: '`{{name}}` is only assigned {{where}}, and nothing has waited for it yet: this read sees its old value.',
      readContentsBeforeSettle: '`{{name}}` is only filled {{where}}, and nothing has waited for it yet: this read sees it empty.',
      readInCallBeforeSettle:
        '`{{method}}` reads `{{name}}`, which is only assigned {{where}}, and nothing has waited for it yet: this call sees its old value.',
      suggestAwait: 'Await the promise chain on line {{line}} before reading `{{name}}`.',
      suggestAwaitValue: 'Assign `{{name}}` from `await` instead of a callback.',
    },
    schema: [],
  },
  create(context) {
    const analysis = analysisOf(context);
    const { sourceCode } = context;

    /**
     * `await load().then(…);` when the registering statement is a promise, `await` is allowed
     * there, and waiting there cannot hold back what settles it (a later trigger, work meant to
     * run meanwhile: `awaitMayDeadlock`).
     */
    const awaitChain = (early: EarlyRead, data: Record<string, string>): Suggestion<MessageId> | undefined => {
      const statement = early.registration;
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
      const expression = statement.expression;
      if (thenableKindOf(analysis, expression) !== 'promise' || !canAwaitAt(analysis, expression)) return undefined;
      if (awaitMayDeadlock(analysis, expression, statement)) return undefined;
      return { messageId: 'suggestAwait', data, fix: prefixOperator(sourceCode, expression, 'await') };
    };

    /** `let user; load().then((u) => { user = u; });` becomes `const user = await load();`. */
    const awaitValue = (early: EarlyRead, data: Record<string, string>): Suggestion<MessageId> | undefined => {
      const found = thenAssignmentOf(early);
      // A comment in the callback would be lost.
      if (!found || !canAwaitAt(analysis, found.call) || sourceCode.getCommentsInside(found.callback).length > 0) return undefined;
      const { registration: statement, name } = early;
      // The code after the registration ran while the promise was pending: it must not be what settles it.
      if (awaitMayDeadlock(analysis, found.promise, statement)) return undefined;
      const text = sourceCode.getText(found.promise);
      const awaited = tightTypes.has(found.promise.type) ? `await ${text}` : `await (${text})`;
      const declaration = movableDeclaration(early);
      if (!declaration) return { messageId: 'suggestAwaitValue', data, fix: replaceWith(sourceCode, statement, `${name} = ${awaited};`) };
      const next = sourceCode.getTokenAfter(declaration, { includeComments: true })!;
      return {
        messageId: 'suggestAwaitValue',
        data,
        fix: (fixer: TSESLint.RuleFixer) => [
          fixer.removeRange([declaration.range[0], next.range[0]]),
          fixer.replaceText(statement, `const ${name} = ${awaited};`),
        ],
      };
    };

    return {
      'Program:exit'() {
        for (const early of readsBeforeSettle(analysis)) {
          const line = String(early.registration.loc.start.line);
          const where = placeOf[early.deferral.via].replace('{{line}}', String(early.scheduler.loc.start.line));
          const data = { name: early.name, line, where };
          const { read } = early;
          const inCall = read.type === AST_NODE_TYPES.CallExpression;
          context.report({
            node: read,
            messageId: inCall ? 'readInCallBeforeSettle' : early.contents ? 'readContentsBeforeSettle' : 'readBeforeSettle',
            data: inCall ? { ...data, method: sourceCode.getText(read.callee) } : data,
            ...offer(context, [awaitValue(early, data), awaitChain(early, data)]),
          });
        }
      },
    };
  },
});

/** Where the deferred write sits, per kind of deferral. */
const placeOf: Record<DeferralKind, string> = {
  handler: 'in a callback that runs after the promise on line {{line}} settles',
  async: 'after an `await` in the async callback started on line {{line}}',
  timer: 'in the timer callback set on line {{line}}',
  listener: 'in the event listener registered on line {{line}}',
  callback: 'in the callback that the call on line {{line}} runs once its work is done',
};

const tightTypes = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.ThisExpression,
]);
