import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { isFunctionNode } from '../analysis/syntax/nodes.js';
import { walk } from '../analysis/syntax/walk.js';
import { freeName } from './bindings.js';
import { insertStatementBefore } from './statements.js';

/*
 * A timer an executor starts and never clears, cleared wherever the promise settles another way.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/**
 * Names the timer (`const timer = setTimeout(…)`) unless it has a name, and clears it at each other
 * place the promise settles: `clearTimeout(timer);` before a settle statement, a block
 * `() => { clearTimeout(timer); resolve(x); }` for an arrow whose body is the settle call, and
 * `(value) => { clearTimeout(timer); resolve(value); }` (`error` for `reject`) for a settle function
 * handed over as a callback. A function that clears the timer already is left as it is.
 *
 * `undefined` (no rewrite) when the timer is not a statement of the executor's own body, or a settle
 * place takes another shape, comes before the timer in the text, or sits in a function declaration
 * (either could run before the timer exists, where reading its name throws).
 */
export function clearTimerOnSettle(
  sourceCode: SourceCode,
  timer: TSESTree.CallExpression,
  executor: TSESTree.Node,
  sites: readonly { reference: TSESTree.Identifier; role: 'resolve' | 'reject'; inside?: boolean }[],
  clearer: 'clearTimeout' | 'clearInterval' = 'clearTimeout',
): ((fixer: Fixer) => Fix[]) | undefined {
  if (!isFunctionNode(executor) || executor.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const body = executor.body;
  const scope = sourceCode.getScope(timer);
  let name: string;
  let statement: TSESTree.Node;
  let naming: ((fixer: Fixer) => Fix) | undefined;
  const parent = timer.parent;
  if (parent.type === AST_NODE_TYPES.ExpressionStatement && parent.parent === body) {
    statement = parent;
    name = freeName(scope, 'timer');
    naming = (fixer) => fixer.insertTextBefore(timer, `const ${name} = `);
  } else if (
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === timer &&
    parent.id.type === AST_NODE_TYPES.Identifier &&
    parent.parent.parent === body
  ) {
    statement = parent.parent;
    name = parent.id.name;
  } else {
    return undefined;
  }
  const clear = `${clearer}(${name});`;
  const edits: ((fixer: Fixer) => Fix)[] = [];
  for (const { reference: site, role, inside } of sites) {
    // A site in the timer's own callback (`inside`) is on a branch that clears nothing: clear it there.
    if (site.range[0] < statement.range[1] && !inside) return undefined;
    const fn = enclosingFunction(site, executor);
    if (!fn) return undefined;
    if (fn !== executor && !inside && clearsTimer(fn, name, clearer)) continue;
    const call = site.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
    if (call.callee === site) {
      const around = call.parent;
      if (around.type === AST_NODE_TYPES.ExpressionStatement) {
        const edit = insertStatementBefore(sourceCode, around, clear);
        if (!edit) return undefined;
        edits.push(edit);
      } else if (around.type === AST_NODE_TYPES.ArrowFunctionExpression && around.body === call) {
        edits.push((fixer) => fixer.replaceText(call, `{ ${clear} ${sourceCode.getText(call)}; }`));
      } else {
        return undefined;
      }
    } else if (call.arguments.includes(site)) {
      const value = freeName(sourceCode.getScope(site), role === 'reject' ? 'error' : 'value');
      edits.push((fixer) => fixer.replaceText(site, `(${value}) => { ${clear} ${site.name}(${value}); }`));
    } else {
      return undefined;
    }
  }
  if (edits.length === 0) return undefined;
  return (fixer) => [...(naming ? [naming(fixer)] : []), ...edits.map((edit) => edit(fixer))];
}

/** The function `node` runs in, up to the executor; `undefined` inside a function declaration (hoisted). */
function enclosingFunction(node: TSESTree.Node, executor: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionDeclaration) return undefined;
    if (isFunctionNode(current)) return current;
    if (current === executor) return current;
  }
  return undefined;
}

/** True when `fn` calls `clearTimeout(name)` (or `clearer(name)`) itself. */
function clearsTimer(fn: TSESTree.Node, name: string, clearer = 'clearTimeout'): boolean {
  let found = false;
  walk(fn, (node) => {
    if (node !== fn && isFunctionNode(node)) return 'skip';
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.Identifier &&
      node.callee.name === clearer &&
      node.arguments[0]?.type === AST_NODE_TYPES.Identifier &&
      node.arguments[0].name === name
    ) {
      found = true;
      return 'stop';
    }
    return undefined;
  });
  return found;
}
