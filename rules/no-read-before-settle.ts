import type { TSESLint,TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES,ESLintUtils } from '@typescript-eslint/utils';

import type { EarlyRead } from '../src/analysis/promises/reads-before-settle.js';
import { readsBeforeSettle } from '../src/analysis/promises/reads-before-settle.js';
import { canAwaitAt } from '../src/analysis/types/program-options.js';
import { thenableKindOf } from '../src/analysis/types/thenables.js';
import { createRule } from '../src/create-rule.js';
import { prefixOperator, replaceWith } from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId = 'readBeforeSettle' | 'suggestAwait' | 'suggestAwaitValue';

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
      suggestAwait: 'Await the promise chain on line {{line}} before reading `{{name}}`.',
      suggestAwaitValue: 'Assign `{{name}}` from `await` instead of a callback.',
    },
    schema: [],
  },
  create(context) {
    const services = ESLintUtils.getParserServices(context);
    const { sourceCode } = context;

    /** `await load().then(…);` when the registering statement is a promise and `await` is allowed there. */
    const awaitChain = (early: EarlyRead, data: Record<string, string>): Suggestion<MessageId> | undefined => {
      const statement = early.registration;
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
      const expression = statement.expression;
      if (thenableKindOf(services, expression) !== 'promise' || !canAwaitAt(services, expression)) return undefined;
      return { messageId: 'suggestAwait', data, fix: prefixOperator(sourceCode, expression, 'await') };
    };

    /** `let user; load().then((u) => { user = u; });` becomes `const user = await load();`. */
    const awaitValue = (early: EarlyRead, data: Record<string, string>): Suggestion<MessageId> | undefined => {
      const { registration: statement, deferral, variable } = early;
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement || deferral.via !== 'handler') return undefined;
      const call = statement.expression;
      const fn = deferral.callback;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1 || call.arguments[0] !== fn) return undefined;
      const callee = call.callee;
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== 'then') return undefined;
      if (!canAwaitAt(services, call) || fn.async || fn.params.length !== 1 || fn.params[0]!.type !== AST_NODE_TYPES.Identifier) return undefined;
      const param = fn.params[0]!.name;
      const assignment = fn.body.type === AST_NODE_TYPES.BlockStatement
        ? fn.body.body.length === 1 && fn.body.body[0]!.type === AST_NODE_TYPES.ExpressionStatement ? fn.body.body[0]!.expression : undefined
        : fn.body;
      if (
        assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=' ||
        assignment.left.type !== AST_NODE_TYPES.Identifier || assignment.left.name !== variable.name ||
        assignment.right.type !== AST_NODE_TYPES.Identifier || assignment.right.name !== param
      ) return undefined;
      if (sourceCode.getCommentsInside(fn).length > 0) return undefined;
      const promise = callee.object;
      const text = sourceCode.getText(promise);
      const awaited = tightTypes.has(promise.type) ? `await ${text}` : `await (${text})`;
      const declaration = movableDeclaration(early);
      if (!declaration) return { messageId: 'suggestAwaitValue', data, fix: replaceWith(sourceCode, statement, `${variable.name} = ${awaited};`) };
      const next = sourceCode.getTokenAfter(declaration, { includeComments: true })!;
      return {
        messageId: 'suggestAwaitValue',
        data,
        fix: (fixer: TSESLint.RuleFixer) => [
          fixer.removeRange([declaration.range[0], next.range[0]]),
          fixer.replaceText(statement, `const ${variable.name} = ${awaited};`),
        ],
      };
    };

    return {
      'Program:exit'() {
        for (const early of readsBeforeSettle(services, sourceCode)) {
          const line = String(early.registration.loc.start.line);
          const where = early.deferral.via === 'handler'
            ? `in a callback that runs after the promise on line ${line} settles`
            : `after an \`await\` in the async callback started on line ${line}`;
          const data = { name: early.variable.name, line, where };
          context.report({
            node: early.read,
            messageId: 'readBeforeSettle',
            data,
            ...offer(context, [awaitValue(early, data), awaitChain(early, data)]),
          });
        }
      },
    };
  },
});

const tightTypes = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.ThisExpression,
]);

/**
 * `let user;` (no initializer, no type, one declarator) in the same statement list before the
 * registration, with no reference in between: it can be dropped for `const user = await …`.
 */
function movableDeclaration(early: EarlyRead): TSESTree.VariableDeclaration | undefined {
  const [definition] = early.variable.defs;
  const declaration = definition?.parent as TSESTree.VariableDeclaration | undefined;
  const declarator = definition?.node as TSESTree.VariableDeclarator | undefined;
  if (!declaration || !declarator || declaration.kind !== 'let' || declaration.declarations.length !== 1) return undefined;
  if (declarator.init || declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.id.typeAnnotation) return undefined;
  if (declaration.parent !== early.registration.parent) return undefined;
  if (early.variable.references.filter((reference) => reference.isWrite() && !reference.init).length !== 1) return undefined;
  const between = early.variable.references.some(
    (reference) => reference.identifier.range[0] > declaration.range[1] && reference.identifier.range[1] < early.registration.range[0],
  );
  return between ? undefined : declaration;
}
