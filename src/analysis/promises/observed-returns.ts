import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import { variableOf } from '../scope/variables.js';
import { isFunctionNode, isPromiseStatic, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { declarationsAt, functionOfDeclaration, returnedExpressions } from './function-can-reject.js';

/*
 * A promise can be observed from the moment it is made: a helper that attaches a rejection handler
 * before it hands the promise back (`const p = start(); p.catch(() => {}); return p;`, the
 * prefetch idiom) returns a promise whose rejection is already retrieved. Holding it across a wait
 * leaves no window: the later `await` still sees the rejection, and Node.js has nothing to report.
 */

/**
 * True when `node` calls functions (of this file) that each return a promise they already handle,
 * or maps items through such a function written in place.
 */
export function returnsObservedPromise(analysis: Analysis, node: TSESTree.Node): boolean {
  const call = skipTypeWrappers(node);
  // `more ? fetchPage(token) : null`: each branch is such a call or no promise at all
  if (call.type === AST_NODE_TYPES.ConditionalExpression) {
    return [call.consequent, call.alternate].every((branch) => isNothing(branch) || returnsObservedPromise(analysis, branch));
  }
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(call.callee);
  // `items.map((item) => { const p = start(item); p.catch(…); return p; })`: each element is handled.
  const [callback] = call.arguments;
  if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'map' && isFunctionNode(callback)) {
    const fn = analysis.services.esTreeNodeToTSNodeMap.get(callback) as ts.FunctionLikeDeclaration;
    return handsBackHandledPromise(analysis, fn);
  }
  const name = callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee;
  const declarations = declarationsAt(analysis, analysis.services.esTreeNodeToTSNodeMap.get(name));
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const fn = functionOfDeclaration(declaration);
      return fn !== undefined && handsBackHandledPromise(analysis, fn);
    })
  );
}

/** `null`, `undefined`, `void 0`: a branch that holds no promise. */
function isNothing(node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Literal) return target.value === null;
  if (target.type === AST_NODE_TYPES.Identifier) return target.name === 'undefined';
  return target.type === AST_NODE_TYPES.UnaryExpression && target.operator === 'void';
}

/** Verdicts per linted file: a function is judged on that file's tree (other files' functions: no). */
const perFile = new WeakMap<TSESTree.Program, WeakMap<ts.Node, boolean>>();

/** True when a plain (not `async`) function returns only locals it has attached a rejection handler to. */
function handsBackHandledPromise(analysis: Analysis, fn: ts.FunctionLikeDeclaration): boolean {
  const verdicts = getOrCreate(perFile, analysis.sourceCode.ast, () => new WeakMap<ts.Node, boolean>());
  return getOrCreate(verdicts, fn, () => {
    // An async function's promise is a new one, whatever it returns.
    if ((ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) !== 0 || !fn.body || !ts.isBlock(fn.body)) return false;
    const block = analysis.services.tsNodeToESTreeNodeMap.get(fn.body) as TSESTree.BlockStatement | undefined;
    const returned = returnedExpressions(fn.body);
    if (!block || !returned || returned.length === 0) return false;
    return returned.every((expression) => {
      const value = analysis.services.tsNodeToESTreeNodeMap.get(expression) as TSESTree.Node | undefined;
      return value !== undefined && isHandledBefore(analysis, block, unwrapResolve(skipTypeWrappers(value)));
    });
  });
}

/** `Promise.resolve(p)` hands back `p` itself when `p` is a native promise: the value is `p`. */
function unwrapResolve(value: TSESTree.Node): TSESTree.Node {
  if (value.type !== AST_NODE_TYPES.CallExpression || value.arguments.length !== 1) return value;
  return isPromiseStatic(value, ['resolve']) ? skipTypeWrappers(value.arguments[0]!) : value;
}

/**
 * True when `value` is a `const` given a rejection handler by a statement of the block that
 * declares it (so it runs on every path) before the handler can be missed: `p.catch(…)`,
 * `p.then(f, g)`, `void p.catch(…)`. The block is the returning function's own (the statement
 * comes before the `return`), or an enclosing function's, for a closure (`const release = () =>
 * Promise.resolve(promise)`) defined after that statement: the closure exists, and can be
 * called, only once the handler is attached.
 */
function isHandledBefore(analysis: Analysis, block: TSESTree.BlockStatement, value: TSESTree.Node): boolean {
  if (value.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, value);
  const definition = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || definition?.node.type !== AST_NODE_TYPES.VariableDeclarator) return false;
  const declaration = definition.node.parent;
  if (declaration.kind !== 'const') return false;
  let before: TSESTree.Node = value;
  if (declaration.parent !== block) {
    // A closure: the function around `block` must be an expression inside the declaring block.
    const closure = block.parent;
    const home = declaration.parent;
    if (!closure || closure.type === AST_NODE_TYPES.FunctionDeclaration || !isFunctionNode(closure)) return false;
    if (home?.type !== AST_NODE_TYPES.BlockStatement || closure.range[0] < home.range[0] || closure.range[1] > home.range[1]) return false;
    before = closure;
    return handlerStatementIn(analysis, home, declaration, before, value, variable);
  }
  return handlerStatementIn(analysis, block, declaration, before, value, variable);
}

/** True when a statement of `block` between `declaration` and `before` attaches a rejection handler to `value`'s variable. */
function handlerStatementIn(
  analysis: Analysis,
  block: TSESTree.BlockStatement,
  declaration: TSESTree.Node,
  before: TSESTree.Node,
  value: TSESTree.Identifier,
  variable: NonNullable<ReturnType<typeof variableOf>>,
): boolean {
  return block.body.some((statement) => {
    if (statement.range[0] < declaration.range[1] || statement.range[1] > before.range[0]) return false;
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
    let expression = skipTypeWrappers(statement.expression);
    if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void') {
      expression = skipTypeWrappers(expression.argument);
    }
    if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = skipTypeWrappers(expression.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const receiver = skipTypeWrappers(callee.object);
    if (receiver.type !== AST_NODE_TYPES.Identifier || receiver.name !== value.name || variableOf(analysis, receiver) !== variable)
      return false;
    const method = memberName(callee);
    return (method === 'catch' && expression.arguments.length > 0) || (method === 'then' && expression.arguments.length > 1);
  });
}
