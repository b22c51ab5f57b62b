import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { calleeName } from '../syntax/calls.js';
import { alwaysExits } from '../syntax/exits.js';
import { skipTypeWrappers } from '../syntax/nodes.js';
import { abortVerdict } from './abort-handlers.js';

/*
 * Code in a `catch` clause that runs only once the abort path has left: after
 * `if (signal.aborted || attempt >= retries) throw err;`, `signal.throwIfAborted();` or
 * `if (isAbortError(err)) return;`, or inside `if (!signal.aborted) { … }`. What follows such a
 * guard is the retry back-off or the fallback of a live operation, not cleanup after an abort.
 */

/** True when an abort test picks out aborts in `test` (`signal.aborted`, `isAbortError(err)`, `err.name === 'AbortError'`) and says `value` for them. */
function testSays(analysis: Analysis, test: TSESTree.Node, error: string | undefined, value: boolean): boolean {
  const verdict = abortVerdict(analysis, test, error);
  return verdict.informative && !verdict.unreadableCheck && verdict.value === value;
}

/** True for a statement after which an abort cannot go on: `signal.throwIfAborted();`, `if (<abort test>) throw …;`. */
function isAbortGuard(analysis: Analysis, statement: TSESTree.Statement, error: string | undefined): boolean {
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
    let expression = skipTypeWrappers(statement.expression);
    if (expression.type === AST_NODE_TYPES.ChainExpression) expression = expression.expression;
    return expression.type === AST_NODE_TYPES.CallExpression && calleeName(expression) === 'throwIfAborted';
  }
  return (
    statement.type === AST_NODE_TYPES.IfStatement &&
    !statement.alternate &&
    alwaysExits(statement.consequent) &&
    testSays(analysis, statement.test, error, true)
  );
}

/** True when `node` runs only after an abort guard in `clause`: an earlier statement of an enclosing block, or an enclosing `if` branch aborts cannot take. */
function isPastAbortGuard(analysis: Analysis, node: TSESTree.Node, clause: TSESTree.CatchClause): boolean {
  const error = clause.param?.type === AST_NODE_TYPES.Identifier ? clause.param.name : undefined;
  for (
    let child: TSESTree.Node = node, current = node.parent;
    current && child !== clause.body;
    child = current, current = current.parent
  ) {
    if (current.type === AST_NODE_TYPES.BlockStatement) {
      const index = current.body.indexOf(child as TSESTree.Statement);
      if (current.body.slice(0, index).some((statement) => isAbortGuard(analysis, statement, error))) return true;
    }
    if (current.type === AST_NODE_TYPES.IfStatement && child !== current.test) {
      if (testSays(analysis, current.test, error, child !== current.consequent)) return true;
    }
  }
  return false;
}

/** True when the statement around `node` is followed, in its own block, by a `throw`: reporting before a rethrow. */
function isFollowedByRethrow(node: TSESTree.Node, clause: TSESTree.CatchClause): boolean {
  for (let child: TSESTree.Node = node, current = node.parent; current && child !== clause; child = current, current = current.parent) {
    if (current.type !== AST_NODE_TYPES.BlockStatement) {
      if (child.type.endsWith('Statement') || child.type === AST_NODE_TYPES.VariableDeclaration) return false;
      continue;
    }
    const index = current.body.indexOf(child as TSESTree.Statement);
    return current.body.slice(index + 1).some((statement) => statement.type === AST_NODE_TYPES.ThrowStatement);
  }
  return false;
}

/**
 * True when `node`, inside `clause`, is ordinary work of a live operation rather than cleanup:
 * it runs only once an abort guard has let aborts out (`if (signal.aborted) throw err;`,
 * `signal.throwIfAborted();`, `if (!signal.aborted) { … }`), and it is not reporting the error
 * right before a rethrow in the same block.
 */
export function isPastAbortGuardInCatch(analysis: Analysis, node: TSESTree.Node, clause: TSESTree.CatchClause): boolean {
  return isPastAbortGuard(analysis, node, clause) && !isFollowedByRethrow(node, clause);
}
