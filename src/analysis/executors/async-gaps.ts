import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isTestCodeAt } from '../scope/test-code.js';
import { variableOf } from '../scope/variables.js';
import { memberName, skipTypeWrappers } from '../syntax/nodes.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { isThenable } from '../types/thenables.js';
import type { SettleOwner } from './settlers.js';

/*
 * Awaits before a settle call. An async executor, or an async callback an executor registers
 * (`stream.on('finish', async () => { await write(); resolve(); })`) or one that settles a
 * `Promise.withResolvers()` deferred (`worker.once('message', async (reply) => { await
 * save(reply); resolve(…); })`), returns a promise nobody
 * watches: if an `await` in it rejects before the settle call runs, the error leaves the function
 * as a rejection of that ignored promise, the settle call never runs, and the promise it was meant
 * to settle stays pending forever (while the rejection goes unhandled). An `await` counts when no
 * `try` with a `catch` encloses it in the function, what it waits for is a thenable, it is not
 * already handled (`await p.catch(…)`, `await p.then(f, g)`), it can reject at all (the rule
 * passes the promises domain's answer: `await delay(1000)` of a resolve-only sleep is no gap),
 * and a settle call of the promise comes after it in the function. In test code only async executors are judged (a test helper's
 * `new Promise(async (resolve, reject) => { await acquire(); … })`): the runner reports the
 * rejection, but the test waiting for the promise hangs until its timeout; callbacks an executor
 * registers are left alone there.
 */

/** An `await` that can leave an async function before it settles its promise. */
export interface AwaitGap {
  node: TSESTree.AwaitExpression | TSESTree.ForOfStatement;
  fn: FunctionNode;
}

/** The first unguarded `await` of each async function that settles `owner`'s promise after it. */
export function awaitGaps(
  analysis: Analysis,
  owner: SettleOwner,
  cannotReject: (awaited: TSESTree.Node) => boolean = () => false,
): AwaitGap[] {
  if (owner.kind !== 'executor' && owner.kind !== 'deferred') return [];
  const inTest = isTestCodeAt(analysis, owner.fn);
  if (inTest && (owner.kind === 'deferred' || owner.fn.type === AST_NODE_TYPES.Program || !owner.fn.async)) return [];
  // A deferred (`Promise.withResolvers()`) is judged in the async callbacks that settle it; the
  // function that makes it hands its own rejections to its caller.
  const executor = owner.kind === 'executor';
  const byFunction = new Map<FunctionNode, number>();
  for (const { variable } of owner.settlers) {
    for (const reference of variable.references) {
      const identifier = reference.identifier;
      // An async executor settles through every use of its settle functions, callbacks included.
      if (executor && owner.fn.type !== AST_NODE_TYPES.Program && owner.fn.async && !reference.init) {
        byFunction.set(owner.fn, Math.max(byFunction.get(owner.fn) ?? -1, identifier.range[0]));
      }
      const call = identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) continue;
      const fn = asyncFunctionAround(identifier, owner.fn);
      if (fn && (!inTest || fn === owner.fn) && (executor || fn !== owner.fn))
        byFunction.set(fn, Math.max(byFunction.get(fn) ?? -1, call.range[0]));
    }
  }
  const gaps: AwaitGap[] = [];
  for (const [fn, lastSettle] of byFunction) {
    let found: AwaitGap['node'] | undefined;
    walk(fn.body, (node) => {
      if (isFunctionNode(node)) return 'skip';
      // `if (request) { (await request).emit(…); }` where `request` is set only right before a settle call
      if (node.type === AST_NODE_TYPES.IfStatement && !node.alternate && isSetOnlyWhenSettling(analysis, owner, node.test)) return 'skip';
      if (node.type === AST_NODE_TYPES.TryStatement && node.handler) {
        // The `try` block is guarded; its `catch` and `finally` are not.
        for (const part of [node.handler, node.finalizer]) if (part && !found) found = firstGap(analysis, part, lastSettle, cannotReject);
        return 'skip';
      }
      if (!found && isGap(analysis, node, lastSettle, cannotReject)) found = node as AwaitGap['node'];
      return found ? 'stop' : undefined;
    });
    if (found) gaps.push({ node: found, fn });
  }
  return gaps;
}

/**
 * True when `test` is a local that holds nothing at first (no initializer, or `undefined`, `null`,
 * `false`) and every later write to it is a statement directly followed by a call of one of the
 * owner's settle functions (`request = r; resolve(r);`): code that runs only when it is set runs
 * after the promise has settled, so an `await` there cannot leave it pending.
 */
function isSetOnlyWhenSettling(analysis: Analysis, owner: SettleOwner, test: TSESTree.Expression): boolean {
  if (test.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, test);
  const declarator = variable?.defs[0]?.node;
  if (!variable || variable.defs.length !== 1 || declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return false;
  const init = declarator.init;
  const empty =
    init === null ||
    (init.type === AST_NODE_TYPES.Literal && (init.value === null || init.value === false)) ||
    (init.type === AST_NODE_TYPES.Identifier && init.name === 'undefined');
  if (!empty) return false;
  const settlers = new Set(owner.settlers.map(({ variable: settler }) => settler));
  const writes = variable.references.filter((reference) => reference.isWrite() && !reference.init);
  return (
    writes.length > 0 &&
    writes.every((reference) => {
      const assignment = reference.identifier.parent;
      const statement = assignment?.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || statement?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
      const block = statement.parent;
      if (block?.type !== AST_NODE_TYPES.BlockStatement) return false;
      const next = block.body[block.body.indexOf(statement) + 1];
      if (next?.type !== AST_NODE_TYPES.ExpressionStatement || next.expression.type !== AST_NODE_TYPES.CallExpression) return false;
      const callee = skipTypeWrappers(next.expression.callee);
      const settler = callee.type === AST_NODE_TYPES.Identifier ? variableOf(analysis, callee) : undefined;
      return settler !== undefined && settler !== null && settlers.has(settler);
    })
  );
}

function firstGap(
  analysis: Analysis,
  root: TSESTree.Node,
  lastSettle: number,
  cannotReject: (awaited: TSESTree.Node) => boolean,
): AwaitGap['node'] | undefined {
  let found: AwaitGap['node'] | undefined;
  walk(root, (node) => {
    if (isFunctionNode(node)) return 'skip';
    if (node.type === AST_NODE_TYPES.TryStatement && node.handler) return 'skip';
    if (isGap(analysis, node, lastSettle, cannotReject)) {
      found = node as AwaitGap['node'];
      return 'stop';
    }
    return undefined;
  });
  return found;
}

function isGap(analysis: Analysis, node: TSESTree.Node, lastSettle: number, cannotReject: (awaited: TSESTree.Node) => boolean): boolean {
  if (node.range[0] >= lastSettle) return false;
  if (node.type === AST_NODE_TYPES.ForOfStatement) return node.await;
  if (node.type !== AST_NODE_TYPES.AwaitExpression) return false;
  const argument = skipTypeWrappers(node.argument);
  if (argument.type === AST_NODE_TYPES.CallExpression) {
    const method = memberName(skipTypeWrappers(argument.callee));
    if (method === 'catch' || (method === 'then' && argument.arguments.length > 1)) return false;
  }
  return isThenable(analysis, argument) && !cannotReject(argument);
}

/**
 * The async function that runs a settle call, when it is the executor itself or a callback
 * (nested at any depth) inside it, and the call is in its own body.
 */
function asyncFunctionAround(node: TSESTree.Node, executor: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) {
      if (!current.async) return undefined;
      for (let outer: TSESTree.Node | undefined = current; outer; outer = outer.parent) if (outer === executor) return current;
      return undefined;
    }
  }
  return undefined;
}
