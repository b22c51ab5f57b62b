import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import type { Suspension } from '../flow/code-paths.js';
import { isGlobalIdentifier, isSettledValue } from '../scope/globals.js';
import { constInitializer, constInitializerOf, localControllerOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { enclosingFunction, isFunctionNode, memberName, namedProperty, skipTypeWrappers } from '../syntax/nodes.js';
import { containsInBody, walk } from '../syntax/walk.js';
import { typeOf } from '../types/checker.js';
import { thenableKindOfType } from '../types/thenables.js';

/*
 * Waits during which a stored promise cannot be left rejecting unhandled. Node.js decides that a
 * rejection is unhandled only once the microtask queue has drained, so awaiting a value that is
 * already there (`await null`, `await Promise.resolve()`) resumes before any such check. And a
 * promise that waits for the reply to a request cannot settle before the request is sent.
 */

/** True when `suspension` only yields for a microtask turn: it awaits a value that is no pending promise. */
export function isMicrotaskWait(analysis: Analysis, suspension: Suspension): boolean {
  const { node } = suspension;
  if (node.type !== AST_NODE_TYPES.AwaitExpression) return false;
  return isSettledValue(analysis, node.argument);
}

/**
 * True when both the stored promise and the one `suspension` waits for were started with the signal
 * of a local controller that the function has aborted before the wait (`controller.abort();` then
 * `await assert.rejects(task1); await assert.rejects(task2);`): the abort settles them both, so the
 * wait resumes through microtasks alone, and the next statement handles the stored promise before
 * Node.js looks for unhandled rejections. The aborted controllers may differ.
 */
export function isAbortSettledWait(analysis: Analysis, declarator: TSESTree.Node, suspension: Suspension): boolean {
  const { node } = suspension;
  if (node.type !== AST_NODE_TYPES.AwaitExpression || declarator.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init)
    return false;
  if (!abortedBefore(analysis, declarator.init, node)) return false;
  return handledLocals(skipTypeWrappers(node.argument)).some((local) => {
    const init = constInitializer(analysis, local);
    return init !== undefined && init !== declarator.init && abortedBefore(analysis, init, node);
  });
}

/**
 * True when the call `start` was given the signal of a local controller `c`
 * (`queue.add(task, { signal: c.signal })`, `fetch(url, { signal: c.signal })`, `sleep(ms, c.signal)`)
 * and a statement `c.abort(…)` runs after the call and before `wait`, in a block around `wait`.
 */
function abortedBefore(analysis: Analysis, start: TSESTree.Node, wait: TSESTree.Node): boolean {
  const call = skipTypeWrappers(start);
  if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) return false;
  const signals = call.arguments.map((argument) =>
    argument.type === AST_NODE_TYPES.ObjectExpression ? namedProperty(argument, (name) => name === 'signal')?.value : argument,
  );
  return signals.some((signal) => {
    const controller = signal && localControllerOf(analysis, signal);
    return controller?.references.some(({ identifier }) => {
      const member = identifier.parent;
      const abort = member?.parent;
      const statement = abort?.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || memberName(member) !== 'abort') return false;
      if (abort?.type !== AST_NODE_TYPES.CallExpression || statement?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
      const block = statement.parent;
      return (
        statement.range[0] > call.range[1] &&
        statement.range[1] < wait.range[0] &&
        block !== undefined &&
        block.range[0] <= wait.range[0] &&
        wait.range[1] <= block.range[1]
      );
    });
  });
}

/**
 * The locals an awaited expression handles: `task`, `assert.rejects(task, …)`,
 * `expect(task).rejects.toThrow()`, `task.catch(…)`, `Promise.allSettled([task])`.
 */
function handledLocals(expression: TSESTree.Node): TSESTree.Identifier[] {
  const found: TSESTree.Identifier[] = [];
  walk(expression, (node) => {
    if (isFunctionNode(node)) return 'skip';
    if (node.type === AST_NODE_TYPES.Identifier) {
      const parent = node.parent;
      const isValue =
        (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(node)) ||
        (parent?.type === AST_NODE_TYPES.ArrayExpression && parent.elements.includes(node)) ||
        (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node) ||
        node === expression;
      if (isValue) found.push(node);
    }
    return undefined;
  });
  return found;
}

/**
 * True when `suspension` sends the request that the promise created by `declarator` waits for,
 * so that it cannot settle before: `const reply = waitForReply(id); await send(id, body);`. The
 * declaration is the statement right before an `await` statement whose result is unused, and both
 * calls take the same local (directly, or through the initializer of a `const` they name).
 */
export function isTriggerOf(analysis: Analysis, declarator: TSESTree.VariableDeclarator, suspension: Suspension): boolean {
  const { node } = suspension;
  if (node.type !== AST_NODE_TYPES.AwaitExpression) return false;
  const declaration = declarator.parent;
  if (declaration.declarations.length !== 1 || !isInList(declaration)) return false;
  const statement = nextStatement(declaration);
  const waiter = declarator.init && skipTypeWrappers(declarator.init);
  if (!statement || !waiter) return false;
  const trigger = skipTypeWrappers(node.argument);
  if (node.parent !== statement || statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  if (waiter.type !== AST_NODE_TYPES.CallExpression || trigger.type !== AST_NODE_TYPES.CallExpression) return false;
  const waited = localsOf(analysis, waiter.arguments);
  if (waited.size === 0) return false;
  for (const local of localsOf(analysis, trigger.arguments)) if (waited.has(local)) return true;
  return false;
}

/**
 * How a `new Promise(executor)` can reject: `'never'` (no `reject`, no `throw` in the executor's
 * own body, `resolve` never given a promise), `'listeners'` (the same, but `reject` is called from
 * functions the executor hands on: listeners, which run only when their event comes), or `'any'`.
 */
export function waiterRejection(analysis: Analysis, init: TSESTree.Node): 'never' | 'listeners' | 'any' {
  const target = skipTypeWrappers(init);
  if (target.type !== AST_NODE_TYPES.NewExpression || target.callee.type !== AST_NODE_TYPES.Identifier) return 'any';
  if (!isGlobalIdentifier(analysis, target.callee, 'Promise')) return 'any';
  const [executor] = target.arguments;
  if (!isFunctionNode(executor) || executor.async || executor.params.length > 2) return 'any';
  if (containsInBody(executor, (node) => node.type === AST_NODE_TYPES.ThrowStatement)) return 'any';
  const settlers = executor.params.map((param) =>
    param.type === AST_NODE_TYPES.Identifier
      ? analysis.sourceCode.getDeclaredVariables(executor).find((item) => item.name === param.name)
      : null,
  );
  if (settlers.includes(null)) return 'any';
  const [resolve, reject] = settlers;
  // Its synchronous part only wires the settle functions up (`worker.on('done', () => resolve())`):
  // a call that does anything else may throw, and the executor then rejects.
  const used = settlers.filter((item): item is TSESLint.Scope.Variable => item !== undefined && item !== null);
  if (!onlyRegisters(executor, used)) return 'any';
  const settlesWithPromise = (resolve?.references ?? []).some((reference) => {
    const call = reference.identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) return false;
    const [value] = call.arguments;
    return value !== undefined && thenableKindOfType(analysis, typeOf(analysis, value)) !== false;
  });
  if (settlesWithPromise) return 'any';
  const rejects = reject?.references ?? [];
  if (rejects.length === 0) return 'never';
  // Each use of `reject` sits in a function nested in the executor: it runs only when called back.
  return rejects.every((reference) => enclosingFunction(reference.identifier) !== executor) ? 'listeners' : 'any';
}

/**
 * True when every call in the executor's own body registers a settle function for later: it
 * receives, at any depth of its arguments (nested calls, arrow bodies, object-literal methods), a
 * settle function or a function that uses one, or it is itself inside such a call's arguments.
 */
function onlyRegisters(executor: FunctionNode, settlers: readonly TSESLint.Scope.Variable[]): boolean {
  const uses = settlers.flatMap((variable) => variable.references.map((reference) => reference.identifier));
  const wires = (call: TSESTree.CallExpression | TSESTree.NewExpression): boolean =>
    uses.some((use) => call.arguments.some((argument) => use.range[0] >= argument.range[0] && use.range[1] <= argument.range[1]));
  let only = true;
  walk(executor, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return undefined;
    // A settle call itself runs now: what its arguments compute is checked like the rest.
    if (uses.some((use) => use === node.callee)) return undefined;
    if (wires(node)) return 'skip';
    only = false;
    return 'stop';
  });
  return only;
}

function isInList(statement: TSESTree.Node): boolean {
  const parent = statement.parent;
  return parent?.type === AST_NODE_TYPES.BlockStatement || parent?.type === AST_NODE_TYPES.Program;
}

function nextStatement(statement: TSESTree.Node): TSESTree.Node | undefined {
  const list = (statement.parent as TSESTree.BlockStatement | TSESTree.Program).body as TSESTree.Node[];
  return list[list.indexOf(statement) + 1];
}

/** The locals that `nodes` read, followed through the initializers of the `const`s among them. */
function localsOf(analysis: Analysis, nodes: readonly TSESTree.Node[]): Set<TSESLint.Scope.Variable> {
  const found = new Set<TSESLint.Scope.Variable>();
  const pending = [...nodes];
  for (let node = pending.pop(); node; node = pending.pop()) {
    walk(node, (child) => {
      if (child.type !== AST_NODE_TYPES.Identifier) return undefined;
      const variable = variableOf(analysis, child);
      // Only locals: a shared global (`client`, `console`) says nothing about which request it is.
      if (!variable || variable.scope.type === 'global' || found.has(variable)) return undefined;
      found.add(variable);
      const init = constInitializerOf(variable);
      if (init) pending.push(init);
      return undefined;
    });
  }
  return found;
}
