import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { enclosingFunction, functionName, isFunctionNode, isInsideTry, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';

/*
 * Callers that tell an abort by its name. An error wrapped with the abort as its `cause`
 * (`new ExportError('failed', { cause: err })`) keeps the abort in reach: a caller can look at
 * `err.cause`, so the wrap alone is not a lost abort. It is lost for a caller in sight that tells a
 * cancellation by the thrown error's own name: one that calls the wrapping function inside a
 * `try` (or chains a rejection handler: `.catch(h)`, `.then(f, h)`) whose handler tests for `'AbortError'` (`err.name === 'AbortError'`,
 * or `isAbortError(err)`, a helper of this file whose body names `'AbortError'` and never reads a
 * `cause`). Callers are matched by the
 * function's name; callers in other files are out of sight.
 */

/** True when a caller in this file of a function around `node` tells an abort by its name (`'AbortError'` in its handler). */
export function callerTellsAbortByName(analysis: Analysis, node: TSESTree.Node): boolean {
  const names = new Set<string>();
  for (let current = node.parent; current; current = current.parent)
    if (isFunctionNode(current)) {
      const name = functionName(current);
      if (name) names.add(name);
    }
  if (names.size === 0) return false;
  // Callers through callers: a function that calls the wrapping one outside any `try` passes its
  // failure on (`syncApiary` awaiting `readHiveScale`), so its own callers see the wrap too.
  for (let round = 0; round < 3; round += 1) {
    const passing = new Set<string>();
    const told = walk(
      analysis.sourceCode.ast,
      (current) => {
        if (current.type !== AST_NODE_TYPES.CallExpression || !names.has(calleeName(current) ?? '')) return undefined;
        if (handledByName(current)) return 'stop';
        const around = enclosingFunction(current);
        const name = around && !isInsideTry(current, around) ? functionName(around) : undefined;
        if (name && !names.has(name)) passing.add(name);
        return undefined;
      },
      { nested: true },
    );
    if (told) return true;
    if (passing.size === 0) return false;
    for (const name of passing) names.add(name);
  }
  return false;
}

/** The name a call's callee goes by: `download(…)`, `this.download(…)`. */
function calleeName(call: TSESTree.CallExpression): string | undefined {
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
}

/** True when the failure of `call` reaches a handler that tests for `'AbortError'`: a `catch` around it, or a rejection handler chained on it (`.catch(h)`, `.then(f, h)`, through `.then(f)` and `.finally(f)`). */
function handledByName(call: TSESTree.CallExpression): boolean {
  let child: TSESTree.Node = call;
  for (let parent: TSESTree.Node | undefined = call.parent; parent; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) return false;
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === child && parent.handler)
      return mentionsAbortError(parent.handler.body);
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === child) {
      // The rejection handler: `.catch(h)`, or `.then(f, h)`; `.then(f)` and `.finally(f)` pass the failure on.
      const method = memberName(parent);
      const call = parent.parent?.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent ? parent.parent : undefined;
      const handler = method === 'catch' ? call?.arguments[0] : method === 'then' ? call?.arguments[1] : undefined;
      if (handler !== undefined) return mentionsAbortError(handler);
      if (!call || (method !== 'then' && method !== 'finally')) return false;
    }
  }
  return false;
}

/**
 * True when `node` tests for an abort by name: the string `'AbortError'` appears in it, or in the
 * body of a function of this file it calls by name (`isAbortError(err)`) that does not look at a
 * `cause` (one that does would find the wrapped abort).
 */
function mentionsAbortError(node: TSESTree.Node): boolean {
  const root = rootNode(node);
  return walk(
    node,
    (current) => {
      if (current.type === AST_NODE_TYPES.Literal && current.value === 'AbortError') return 'stop';
      if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.Identifier) {
        const helper = localFunctionNamed(root, current.callee.name);
        if (helper && namesAbortWithoutCause(helper)) return 'stop';
      }
      return undefined;
    },
    { nested: true },
  );
}

function rootNode(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent) current = current.parent;
  return current;
}

/** The function declared at the top level of the file under `name` (`function isAbortError(…)`, `const isAbortError = (…) => …`). */
function localFunctionNamed(root: TSESTree.Node, name: string): TSESTree.Node | undefined {
  if (root.type !== AST_NODE_TYPES.Program) return undefined;
  for (const statement of root.body) {
    const declaration =
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration ? statement.declaration : statement;
    if (declaration.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id?.name === name) return declaration;
    if (declaration.type === AST_NODE_TYPES.VariableDeclaration)
      for (const declarator of declaration.declarations)
        if (
          declarator.id.type === AST_NODE_TYPES.Identifier &&
          declarator.id.name === name &&
          declarator.init &&
          isFunctionNode(declarator.init)
        )
          return declarator.init;
  }
  return undefined;
}

/** True when `fn`'s body has the literal `'AbortError'` and never reads a `cause`. */
function namesAbortWithoutCause(fn: TSESTree.Node): boolean {
  let names = false;
  const cause = walk(
    fn,
    (current) => {
      if (current.type === AST_NODE_TYPES.Literal && current.value === 'AbortError') names = true;
      return current.type === AST_NODE_TYPES.MemberExpression && memberName(current) === 'cause' ? 'stop' : undefined;
    },
    { nested: true },
  );
  return names && !cause;
}

/*
 * Callers that take a stop for a finish. A handler that picks out the abort and returns what the
 * work had gathered (`if (err.name === 'AbortError') return frames;`, the same value the function
 * returns when the work completes) hands the caller a result it cannot tell from a complete one.
 * That is a design choice ("give back what you have") unless a caller in sight shows otherwise: it
 * awaits the function, keeps the result (`const frames = await captureReel(job, signal)`) and
 * hands it on to further awaited work (`await archive.commit(job.id, frames)`) with no look at
 * the signal in between (`signal.aborted`, `throwIfAborted()`): the partial result is then
 * committed as a finished one.
 */

/** True when `value` (read in a `return` of `fn`) is also what `fn` returns outside any `catch`, and a caller in this file carries it on as complete (see above). */
export function callerTakesStopForFinish(analysis: Analysis, fn: TSESTree.Node, value: TSESTree.Node): boolean {
  if (!isFunctionNode(fn) || value.type !== AST_NODE_TYPES.Identifier) return false;
  const name = functionName(fn);
  if (!name) return false;
  const returnedOnSuccess = walk(fn.body, (node) => {
    if (node.type === AST_NODE_TYPES.CatchClause) return 'skip';
    return node.type === AST_NODE_TYPES.ReturnStatement &&
      node.argument?.type === AST_NODE_TYPES.Identifier &&
      node.argument.name === value.name
      ? 'stop'
      : undefined;
  });
  if (!returnedOnSuccess) return false;
  return walk(
    analysis.sourceCode.ast,
    (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression || calleeName(node) !== name || enclosingFunction(node) === fn) return undefined;
      return carriesOn(node) ? 'stop' : undefined;
    },
    { nested: true },
  );
}

/** `const result = await call(…);` followed in its block by awaited work handed `result`, with no signal check before it. */
function carriesOn(call: TSESTree.CallExpression): boolean {
  const awaited = call.parent;
  const declarator = awaited?.parent;
  if (awaited?.type !== AST_NODE_TYPES.AwaitExpression || declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return false;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  const result = declarator.id.name;
  const statement = declarator.parent;
  const block = statement?.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement) return false;
  for (const next of block.body.slice(block.body.indexOf(statement as TSESTree.Statement) + 1)) {
    const checks = walk(next, (node) =>
      node.type === AST_NODE_TYPES.MemberExpression && (memberName(node) === 'aborted' || memberName(node) === 'throwIfAborted')
        ? 'stop'
        : undefined,
    );
    if (checks) return false;
    const handsOn = walk(next, (node) =>
      node.type === AST_NODE_TYPES.AwaitExpression &&
      node.argument.type === AST_NODE_TYPES.CallExpression &&
      node.argument.arguments.some((argument) => argument.type === AST_NODE_TYPES.Identifier && argument.name === result)
        ? 'stop'
        : undefined,
    );
    if (handsOn) return true;
  }
  return false;
}
