import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { enclosingFunction, functionName, isFunctionNode, isInsideTry, isLoop, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';

/*
 * Callers that find a wrapped abort. An error wrapped with the abort as its `cause`
 * (`new ExportError('failed', { cause: err })`) hides the abort from callers that tell a
 * cancellation by the error they catch (`err.name === 'AbortError'`): a conversion. A caller in
 * sight that looks past the wrap finds it, though: one that calls the wrapping function inside a
 * `try` (or chains a rejection handler: `.catch(h)`, `.then(f, h)`) whose handler reads a `cause`
 * (`isAbortError(err.cause)`, or a helper of this file that does) or asks a signal whether it
 * aborted (`if (signal.aborted) return;`). Such a file shows the wrap is its convention. Callers
 * are matched by the function's name, also through functions that call the wrapping one outside
 * any `try` and so pass its failure on (three calls deep); callers in other files are out of sight.
 */

/** True when a caller in this file of a function around `node` looks past a wrap for the abort (see above). */
export function callerLooksPastWrap(analysis: Analysis, node: TSESTree.Node): boolean {
  const names = new Set<string>();
  for (let current = node.parent; current; current = current.parent)
    if (isFunctionNode(current)) {
      const name = functionName(current);
      if (name) names.add(name);
    }
  if (names.size === 0) return false;
  for (let round = 0; round < 3; round += 1) {
    const passing = new Set<string>();
    const found = walk(
      analysis.sourceCode.ast,
      (current) => {
        if (current.type !== AST_NODE_TYPES.CallExpression || !names.has(calleeName(current) ?? '')) return undefined;
        const handler = failureHandlerOf(current);
        if (handler && looksPastWrap(handler)) return 'stop';
        const around = enclosingFunction(current);
        const name = around && !isInsideTry(current, around) ? functionName(around) : undefined;
        if (name && !names.has(name)) passing.add(name);
        return undefined;
      },
      { nested: true },
    );
    if (found) return true;
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

/** Where the failure of `call` is handled: the `catch` body around it, or a rejection handler chained on it (`.catch(h)`, `.then(f, h)`, through `.then(f)` and `.finally(f)`). */
function failureHandlerOf(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  let child: TSESTree.Node = call;
  for (let parent: TSESTree.Node | undefined = call.parent; parent; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) return undefined;
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === child && parent.handler) return parent.handler.body;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === child) {
      const method = memberName(parent);
      const chained = parent.parent?.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent ? parent.parent : undefined;
      const handler = method === 'catch' ? chained?.arguments[0] : method === 'then' ? chained?.arguments[1] : undefined;
      if (handler !== undefined) return handler;
      if (!chained || (method !== 'then' && method !== 'finally')) return undefined;
    }
  }
  return undefined;
}

/** True when `node` reads a `cause` or a signal's `aborted`, itself or through a function of this file it calls by name. */
function looksPastWrap(node: TSESTree.Node): boolean {
  const root = rootNode(node);
  const reads = (current: TSESTree.Node): boolean =>
    current.type === AST_NODE_TYPES.MemberExpression && ['cause', 'aborted'].includes(memberName(current) ?? '');
  return walk(
    node,
    (current) => {
      if (reads(current)) return 'stop';
      if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.Identifier) {
        const helper = localFunctionNamed(root, current.callee.name);
        if (helper && walk(helper, (inner) => (reads(inner) ? 'stop' : undefined), { nested: true })) return 'stop';
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

/**
 * True when code of this file outside `fn` takes what `fn` returns (`outcomes.push(await
 * uploadOne(file, opts))`, `stations.map((s) => peakVelocity(s, signal))`): a failure marked only
 * by a word there (`{ ok: false, reason: err.message }`) is read by the file's own code, which can
 * no longer tell an abort from a failure. Callers are matched by the function's name.
 */
export function resultTakenInFile(analysis: Analysis, fn: TSESTree.Node): boolean {
  if (!isFunctionNode(fn)) return false;
  const name = functionName(fn);
  if (!name) return false;
  return walk(
    analysis.sourceCode.ast,
    (node) =>
      node.type === AST_NODE_TYPES.CallExpression &&
      calleeName(node) === name &&
      enclosingFunction(node) !== fn &&
      node.parent?.type !== AST_NODE_TYPES.ExpressionStatement
        ? 'stop'
        : undefined,
    { nested: true },
  );
}

/**
 * `const result = await call(…);` followed in its block by awaited work handed `result`, or read in
 * the body of a loop that goes on to the next item, with no signal check before it.
 */
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
  // `for (const log of logs) { const tally = await tallyLog(log, signal); total += score(tally); }`: the batch
  // goes round to the next item with the aborted signal, and sums what each cut-short call gave back.
  const loop = block.parent;
  return (
    loop !== undefined &&
    isLoop(loop) &&
    (loop as TSESTree.ForOfStatement).body === block &&
    block.body.some(
      (next) =>
        next !== statement && walk(next, (node) => (node.type === AST_NODE_TYPES.Identifier && node.name === result ? 'stop' : undefined)),
    )
  );
}
