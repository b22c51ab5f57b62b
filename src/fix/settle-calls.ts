import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { FunctionNode } from '../analysis/syntax/nodes.js';
import { memberName } from '../analysis/syntax/nodes.js';
import { returnableFunction, returnsValue } from '../analysis/syntax/statements.js';
import { prependToHandler, rejectEntriesStatement } from './handlers.js';
import { appendStatement, indentOf, insertStatementAfter, insertStatementBefore } from './statements.js';

/*
 * Edits to a promise's settle calls and the listeners around them (no-multiple-settle): end a path
 * after its settle call, settle last in a `try`, listen once, stop an interval, settle what a
 * listener path, a branch or a closing connection leaves waiting.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;
type FixFunction = (fixer: Fixer) => Fix;

/**
 * `return;` after the statement that makes the settle call `call`, when that is a statement of its
 * own in a function that returns no value, and `skipsCleanup` (asked with that statement and
 * function) says the `return` would skip nothing that must still run on that path.
 */
export function returnAfterSettle(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  skipsCleanup: (statement: TSESTree.ExpressionStatement, fn: FunctionNode) => boolean,
): FixFunction | undefined {
  const statement = call.parent;
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
  const fn = returnableFunction(call);
  if (!fn || returnsValue(fn) || skipsCleanup(statement, fn)) return undefined;
  return appendStatement(sourceCode, statement, 'return;');
}

/** `resolve(v); more();` as the start of a `try` block: the settle call moved after the rest of the block. */
export function settleLast(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression,
  statement: TSESTree.TryStatement,
): FixFunction | undefined {
  const own = call.parent;
  const { body } = statement.block;
  const last = body[body.length - 1];
  if (own.type !== AST_NODE_TYPES.ExpressionStatement || own.parent !== statement.block || !last || last === own) return undefined;
  if (body.slice(body.indexOf(own) + 1).some((node) => node.type === AST_NODE_TYPES.ReturnStatement)) return undefined;
  const next = body[body.indexOf(own) + 1]!;
  const indent = /^[ \t]*/.exec(sourceCode.lines[own.loc.start.line - 1] ?? '')![0];
  const text = `${sourceCode.text.slice(next.range[0], last.range[1])}\n${indent}${sourceCode.getText(own)}`;
  return (fixer) => fixer.replaceTextRange([own.range[0], last.range[1]], text);
}

/**
 * A listener registered to run once: `once` for `on`/`addListener`, `{ once: true }` for a
 * two-argument `addEventListener`; `how` names the change for the suggestion's message.
 */
export function listenOnce(site: TSESTree.CallExpression): { how: string; fix: FixFunction } | undefined {
  const callee = site.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier)
    return undefined;
  const property = callee.property;
  const method = property.name;
  if (method === 'on' || method === 'addListener') {
    return { how: `\`once\` instead of \`${method}\``, fix: (fixer) => fixer.replaceText(property, 'once') };
  }
  const listener = site.arguments[1];
  if (method === 'addEventListener' && site.arguments.length === 2 && listener) {
    return { how: '`{ once: true }`', fix: (fixer) => fixer.insertTextAfter(listener, ', { once: true }') };
  }
  return undefined;
}

/** `clearInterval(handle);` before the settle statement, when the interval is a declared `const`/`let` and the settle call a statement. */
export function clearIntervalBefore(
  sourceCode: SourceCode,
  site: TSESTree.Node,
  call: TSESTree.CallExpression,
): { handle: string; fix: FixFunction } | undefined {
  const declarator = site.parent;
  const statement = call.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
  const handle = declarator.id.name;
  const fix = insertStatementBefore(sourceCode, statement, `clearInterval(${handle});`);
  return fix && { handle, fix };
}

/** A statement added as the last of a branch (before a `switch` case's `break`). */
export function appendToBranch(
  sourceCode: SourceCode,
  branch: TSESTree.SwitchCase | TSESTree.BlockStatement | TSESTree.IfStatement,
  text: string,
): FixFunction | undefined {
  // The last `if` of a chain with no `else`: the missing branch gets one that runs `text`.
  if (branch.type === AST_NODE_TYPES.IfStatement) {
    if (branch.alternate || branch.consequent.type !== AST_NODE_TYPES.BlockStatement) return undefined;
    const indent = indentOf(sourceCode, branch.consequent.body[0] ?? branch);
    const outer = indentOf(sourceCode, branch);
    const consequent = branch.consequent;
    return (fixer) => fixer.insertTextAfter(consequent, ` else {\n${indent === outer ? `${outer}  ` : indent}${text}\n${outer}}`);
  }
  const statements =
    branch.type === AST_NODE_TYPES.SwitchCase
      ? branch.consequent.filter((statement) => statement.type !== AST_NODE_TYPES.BreakStatement)
      : branch.body;
  const last = statements[statements.length - 1];
  if (!last) return undefined;
  return branch.type === AST_NODE_TYPES.SwitchCase ? appendStatement(sourceCode, last, text) : insertStatementAfter(sourceCode, last, text);
}

/**
 * A `close` listener, registered right after `registration` with the same method, that rejects
 * every entry kept in `collection` and empties it; only for a Map or Set filled with `set`/`add`.
 */
export function rejectEntriesOnClose(
  sourceCode: SourceCode,
  registration: TSESTree.CallExpression,
  store: TSESTree.CallExpression,
  connection: string,
  collection: string,
  rejectKey: string | undefined,
  event: 'close' | 'exit' = 'close',
): FixFunction | undefined {
  const statement = registration.parent;
  const method = registration.callee.type === AST_NODE_TYPES.MemberExpression ? memberName(registration.callee) : undefined;
  if (!rejectKey || !method || !fillsMapOrSet(store) || statement.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
  const indent = indentOf(sourceCode, statement);
  const ended = event === 'exit' ? 'exited' : 'closed';
  const reject = rejectEntriesStatement(collection, rejectKey, `connection ${ended} while waiting for a reply`);
  return insertStatementAfter(
    sourceCode,
    statement,
    `${connection}.${method}('${event}', () => {\n${indent}  ${reject}\n${indent}  ${collection}.clear();\n${indent}});`,
  );
}

/**
 * The same rejection and `clear()` put first in the arrow listener of the event that ends the
 * connection (an arrow keeps the class's `this`); only for a Map or Set filled with `set`/`add`.
 */
export function rejectEntriesOnEnd(
  sourceCode: SourceCode,
  listener: TSESTree.Node,
  store: TSESTree.CallExpression,
  event: string,
  collection: string,
  rejectKey: string | undefined,
): ((fixer: Fixer) => Fix[]) | undefined {
  if (!rejectKey || listener.type !== AST_NODE_TYPES.ArrowFunctionExpression || !fillsMapOrSet(store)) return undefined;
  return prependToHandler(
    sourceCode,
    listener,
    () =>
      `${rejectEntriesStatement(collection, rejectKey, `connection ended (${event}) while waiting for a reply`)} ${collection}.clear();`,
    false,
  );
}

function fillsMapOrSet(store: TSESTree.CallExpression): boolean {
  const storing = store.callee.type === AST_NODE_TYPES.MemberExpression ? memberName(store.callee) : undefined;
  return storing === 'set' || storing === 'add';
}
