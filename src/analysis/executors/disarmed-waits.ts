import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { functionBoundTo } from '../scope/declarations.js';
import { variableOf } from '../scope/variables.js';
import { calleeName, isListenerArgument, isListenerRemoval } from '../syntax/calls.js';
import { isFunctionNode, isLoop } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { neverReturns } from './callback-throws.js';
import type { SettleOwner } from './settlers.js';

/*
 * A wait that disarms itself. An executor that settles from a listener (`ctrl.on('status',
 * onStatus)`, resolving on the state it waits for) and from a timer (`setTimeout(() => reject(…),
 * ms)`) has exactly those two ways to settle. A path of the listener that stops both (clears the
 * timer and removes the listener, often through a `cleanup()` helper) and settles nothing itself
 * (`if (status.state === 'fault') { cleanup(); faults.push(status); }`) leaves nothing that could
 * settle the promise: whoever awaits it waits forever.
 *
 * Decided syntactically: every use of the executor's settle functions sits in a timer callback
 * whose handle is kept (`const timer = setTimeout(…)`) or in a listener registered in the executor
 * (inline, or a function kept under a name); a block of such a listener disarms when its
 * statements, and the statements before it on the way from the listener's start, clear every such
 * timer and remove every such listener (directly or through a local function called there), while
 * neither that block nor anything after it in the listener settles, calls a local function that
 * settles, or throws.
 */

/** A block of a listener that stops every way to settle and settles nothing. */
export interface DisarmedWait {
  /** The first call of the block that stops a timer or removes a listener. */
  disarm: TSESTree.CallExpression;
  /** The block's statement list owner (to insert a settle call after `disarm`'s statement). */
  statement: TSESTree.Statement;
}

/** The disarmed wait of an executor, if one of its listeners has a block that stops everything and settles nothing (see above). */
export function disarmedWait(analysis: Analysis, owner: SettleOwner): DisarmedWait | undefined {
  if (owner.kind !== 'executor' || owner.fn.type === AST_NODE_TYPES.Program || owner.fn.async) return undefined;
  const executor = owner.fn;
  const references = owner.settlers.flatMap(({ variable }) => variable.references.filter((reference) => !reference.init));
  if (references.length === 0) return undefined;
  const timers = new Map<string, TSESTree.Node>(); // handle name -> timer callback
  const listeners = new Map<TSESTree.Node, string | undefined>(); // listener function -> its name
  for (const { identifier } of references) {
    const carrier = carrierOf(identifier, executor);
    if (!carrier) return undefined;
    const timer = timerHandle(carrier);
    if (timer) {
      timers.set(timer, carrier);
      continue;
    }
    const registered = registeredListener(analysis, carrier, executor);
    if (registered === false) return undefined;
    listeners.set(carrier, registered);
  }
  if (timers.size === 0 || listeners.size === 0 || [...listeners.values()].some((name) => name === undefined)) return undefined;
  const settles = (node: TSESTree.Node, seen: ReadonlySet<TSESTree.Node> = new Set()): boolean =>
    references.some(({ identifier }) => identifier.range[0] >= node.range[0] && identifier.range[1] <= node.range[1]) ||
    localCallsIn(analysis, node, executor).some((fn) => !seen.has(fn) && settles(fn.body, new Set([...seen, fn])));
  for (const listener of listeners.keys()) {
    if (!isFunctionNode(listener) || listener.body.type !== AST_NODE_TYPES.BlockStatement) continue;
    const body = listener.body;
    let found: DisarmedWait | undefined;
    walk(body, (node) => {
      if (found) return 'stop';
      if (node.type !== AST_NODE_TYPES.BlockStatement || node === body) return undefined;
      const disarm = disarmedBlock(analysis, node, body, executor, timers, listeners, settles);
      if (disarm) found = disarm;
      return undefined;
    });
    if (found) return found;
  }
  return undefined;
}

/** The function directly inside the executor (or a local function of it) that holds `identifier`. */
function carrierOf(identifier: TSESTree.Node, executor: TSESTree.Node): TSESTree.Node | undefined {
  let carrier: TSESTree.Node | undefined;
  for (let current = identifier.parent; current && current !== executor; current = current.parent) {
    if (isFunctionNode(current)) carrier = current;
  }
  return carrier;
}

/** The handle name of `const timer = setTimeout(fn, …)` when `fn` is the timer's callback. */
export function timerHandle(fn: TSESTree.Node): string | undefined {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn || calleeName(call) !== 'setTimeout') return undefined;
  const declarator = call.parent;
  return declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier
    ? declarator.id.name
    : undefined;
}

/**
 * For a function registered as a listener in the executor: its name (`undefined` when written in
 * place, which no block can remove); `false` when it is not a listener registered there.
 */
function registeredListener(analysis: Analysis, fn: TSESTree.Node, executor: TSESTree.Node): string | undefined | false {
  if (isListenerArgument(fn)) return undefined;
  const name =
    fn.type === AST_NODE_TYPES.FunctionDeclaration
      ? fn.id?.name
      : fn.parent?.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.id.type === AST_NODE_TYPES.Identifier
        ? fn.parent.id.name
        : undefined;
  const id =
    fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.id : fn.parent?.type === AST_NODE_TYPES.VariableDeclarator ? fn.parent.id : null;
  if (!name || id?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, id);
  const registered = variable?.references.some(
    ({ identifier }) =>
      isListenerArgument(identifier as TSESTree.Node) &&
      identifier.range[0] >= executor.range[0] &&
      identifier.range[1] <= executor.range[1],
  );
  return registered ? name : false;
}

/** Functions declared in the executor that calls directly in `node` invoke (`cleanup()`, `finish(err)`). */
function localCallsIn(
  analysis: Analysis,
  node: TSESTree.Node,
  executor: TSESTree.Node,
): (TSESTree.FunctionLike & { body: TSESTree.Node })[] {
  const found: (TSESTree.FunctionLike & { body: TSESTree.Node })[] = [];
  walk(node, (child) => {
    if (child !== node && isFunctionNode(child)) return 'skip';
    if (child.type !== AST_NODE_TYPES.CallExpression || child.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    const fn = localFunction(analysis, child.callee, executor);
    if (fn && !found.includes(fn)) found.push(fn);
    return undefined;
  });
  return found;
}

function localFunction(
  analysis: Analysis,
  id: TSESTree.Identifier,
  executor: TSESTree.Node,
): (TSESTree.FunctionLike & { body: TSESTree.Node }) | undefined {
  const fn = functionBoundTo(analysis, id);
  if (!fn?.body || fn.range[0] < executor.range[0] || fn.range[1] > executor.range[1]) return undefined;
  return fn as TSESTree.FunctionLike & { body: TSESTree.Node };
}

/** What the direct calls of `node` (and of the local functions they call, one level) stop: timer handles and listener names. */
function disarmsIn(
  analysis: Analysis,
  node: TSESTree.Node,
  executor: TSESTree.Node,
  depth = 0,
): { cleared: Set<string>; removed: Set<string> } {
  const cleared = new Set<string>();
  const removed = new Set<string>();
  walk(node, (child) => {
    if (child !== node && isFunctionNode(child)) return 'skip';
    if (child.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const name = calleeName(child);
    const [first, second] = child.arguments;
    if ((name === 'clearTimeout' || name === 'clearInterval') && first?.type === AST_NODE_TYPES.Identifier) cleared.add(first.name);
    if (isListenerRemoval(name ?? '') && second?.type === AST_NODE_TYPES.Identifier) removed.add(second.name);
    if (depth === 0 && child.callee.type === AST_NODE_TYPES.Identifier) {
      const fn = localFunction(analysis, child.callee, executor);
      if (fn) {
        const inner = disarmsIn(analysis, fn.body, executor, depth + 1);
        inner.cleared.forEach((handle) => cleared.add(handle));
        inner.removed.forEach((listener) => removed.add(listener));
      }
    }
    return undefined;
  });
  return { cleared, removed };
}

function disarmedBlock(
  analysis: Analysis,
  block: TSESTree.BlockStatement,
  body: TSESTree.BlockStatement,
  executor: TSESTree.Node,
  timers: ReadonlyMap<string, TSESTree.Node>,
  listeners: ReadonlyMap<TSESTree.Node, string | undefined>,
  settles: (node: TSESTree.Node) => boolean,
): DisarmedWait | undefined {
  // A `throw`, or a call typed `never` (`throwAbortError(signal)` in a `try` whose `catch` rejects), does not end the path quietly.
  const throws = (node: TSESTree.Node): boolean =>
    node.type === AST_NODE_TYPES.ThrowStatement || (node.type === AST_NODE_TYPES.CallExpression && neverReturns(analysis, node));
  if (settles(block) || walk(block, (node) => (throws(node) ? 'stop' : undefined))) return undefined;
  // The path into the block: statements before it in each enclosing block, which must not settle either.
  const before: TSESTree.Node[] = [];
  const after: TSESTree.Node[] = [];
  for (let inner: TSESTree.Node = block; inner !== body;) {
    const parent: TSESTree.Node | undefined = inner.parent;
    if (!parent) return undefined;
    if (parent.type === AST_NODE_TYPES.BlockStatement) {
      const index = parent.body.indexOf(inner as TSESTree.Statement);
      before.push(...parent.body.slice(0, index));
      after.push(...parent.body.slice(index + 1));
    } else if (isFunctionNode(parent) || parent.type === AST_NODE_TYPES.SwitchCase || isLoop(parent)) {
      return undefined;
    }
    inner = parent;
  }
  if (before.some((statement) => statement.type === AST_NODE_TYPES.ExpressionStatement && settles(statement))) return undefined;
  // A block that returns leaves the statements after it alone; otherwise they run next.
  const returns = block.body.at(-1)?.type === AST_NODE_TYPES.ReturnStatement;
  if (!returns && after.some((statement) => settles(statement))) return undefined;
  const stopped = disarmsIn(analysis, block, executor);
  for (const statement of before) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const earlier = disarmsIn(analysis, statement, executor);
    earlier.cleared.forEach((handle) => stopped.cleared.add(handle));
    earlier.removed.forEach((listener) => stopped.removed.add(listener));
  }
  if (![...timers.keys()].every((handle) => stopped.cleared.has(handle))) return undefined;
  if (![...listeners.values()].every((name) => name !== undefined && stopped.removed.has(name))) return undefined;
  const statement = block.body.find(
    (item): item is TSESTree.ExpressionStatement =>
      item.type === AST_NODE_TYPES.ExpressionStatement && item.expression.type === AST_NODE_TYPES.CallExpression,
  );
  if (!statement) return undefined;
  return { disarm: statement.expression as TSESTree.CallExpression, statement };
}
