import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { declaratorOf } from '../scope/initializers.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, memberName, skipTypeWrappers, typeWrapperTypes } from '../syntax/nodes.js';
import { containsInBody } from '../syntax/walk.js';
import { thenableKindOf } from '../types/thenables.js';
import { isAssertionCallee } from './any-value-params.js';

/*
 * Locals that only get their value once a promise settles: assigned inside a `.then`/`.catch`/
 * `.finally` handler, or after an `await` inside an async callback that nobody waits for. Reading
 * one in the registering function before anything has waited sees the old value (`undefined`,
 * the initial `false`) every time: the callback cannot have run yet.
 */

/** The callback a deferred write sits in and how it is scheduled. */
interface Deferral {
  callback: FunctionNode;
  /** `handler`: a promise reaction; `async`: an async function past its first `await`. */
  via: 'handler' | 'async';
  /** For a named local async function: the un-awaited call that starts it (`void update()`). */
  start?: TSESTree.CallExpression;
}

/** A read of a local that runs before the callbacks assigning it can have run. */
export interface EarlyRead {
  variable: TSESLint.Scope.Variable;
  read: TSESTree.Identifier;
  deferral: Deferral;
  /** The statement of the owning function that schedules the callback. */
  registration: TSESTree.Node;
}

type Owner = TSESTree.Node;

const handlerMethods = new Set(['then', 'catch', 'finally']);

/** True when `fn` is passed as a reaction to a `Promise` (`p.then(fn)`, `p.catch(fn)`, `p.finally(fn)`). */
function isPromiseHandler(analysis: Analysis, fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const index = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  const callee = skipTypeWrappers(call.callee);
  const method = memberName(callee);
  if (index < 0 || callee.type !== AST_NODE_TYPES.MemberExpression || !method || !handlerMethods.has(method)) return false;
  if (index > (method === 'then' ? 1 : 0)) return false;
  // Only real promises: a custom thenable may call its callbacks synchronously.
  return thenableKindOf(analysis, callee.object) === 'promise';
}

/** The callback that makes the write at `identifier` happen after a promise settles, if any, below `owner`. */
function deferralOf(analysis: Analysis, identifier: TSESTree.Node, owner: Owner): Deferral | undefined {
  for (let node = identifier.parent; node && node !== owner; node = node.parent) {
    if (!isFunctionNode(node)) continue;
    let deferral: Deferral | undefined;
    if (isPromiseHandler(analysis, node)) deferral = { callback: node, via: 'handler' };
    else if (node.async && (runsNow(node) || startsPromise(analysis, node)) && followsAwait(identifier, node))
      deferral = { callback: node, via: 'async' };
    else if (node.async && followsAwait(identifier, node)) {
      const start = startingCall(node, owner);
      if (start) deferral = { callback: node, via: 'async', start };
    }
    // Registered by `owner` itself: every function around the callback runs now (`items.forEach((i) => load(i).then(…))`).
    if (deferral) return registeredBy(node, owner) ? deferral : undefined;
  }
  return undefined;
}

/**
 * For an async function declared by name in `owner` (`const update = async () => …`, `async
 * function update()`), the first call of it in `owner` that nobody waits for: a statement
 * `update();`, `void update();` or `update().catch(…);`. Calls in nested functions (handlers) run later.
 */
function startingCall(fn: FunctionNode, owner: Owner): TSESTree.CallExpression | undefined {
  const declarator = fn.parent;
  let name: string | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) name = fn.id?.name;
  else if (
    declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
    declarator.init === fn &&
    declarator.id.type === AST_NODE_TYPES.Identifier &&
    declarator.parent.type === AST_NODE_TYPES.VariableDeclaration &&
    declarator.parent.kind === 'const'
  )
    name = declarator.id.name;
  if (name === undefined) return undefined;
  let found: TSESTree.CallExpression | undefined;
  containsInBody(owner, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== name)
      return false;
    if (node.range[0] < fn.range[1] || !isDropped(node)) return false;
    found = node;
    return true;
  });
  return found;
}

/** True when the promise of `call` is dropped: `f();`, `void f();`, `f().catch(…);`. */
function isDropped(call: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = call;
  const parent = node.parent;
  if (
    parent?.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === node &&
    memberName(parent) === 'catch' &&
    parent.parent?.type === AST_NODE_TYPES.CallExpression
  ) {
    node = parent.parent;
  }
  if (node.parent?.type === AST_NODE_TYPES.UnaryExpression && node.parent.operator === 'void') node = node.parent;
  return node.parent?.type === AST_NODE_TYPES.ExpressionStatement;
}

function registeredBy(callback: FunctionNode, owner: Owner): boolean {
  for (let node: TSESTree.Node | undefined = callback.parent; node && node !== owner; node = node.parent) {
    if (isFunctionNode(node) && !runsNow(node)) return false;
  }
  return true;
}

/** Array methods that call their callback before they return. */
const iterationMethods = new Set([
  'every',
  'filter',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
  'forEach',
  'map',
  'reduce',
  'reduceRight',
  'some',
  'sort',
]);

/** The call `fn` is the callee or an argument of, looking through type wrappers. */
function callOf(fn: FunctionNode): { call: TSESTree.CallExpression | TSESTree.NewExpression; isCallee: boolean } | undefined {
  let node: TSESTree.Node = fn;
  while (node.parent && typeWrapperTypes.has(node.parent.type)) node = node.parent;
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression && parent?.type !== AST_NODE_TYPES.NewExpression) return undefined;
  if (parent.callee === node) return { call: parent, isCallee: true };
  return parent.arguments.includes(node as TSESTree.CallExpressionArgument) ? { call: parent, isCallee: false } : undefined;
}

/** A function that runs before the statement around it ends: an IIFE, an array-iteration callback, a `new Promise` executor. */
function runsNow(fn: FunctionNode): boolean {
  const found = callOf(fn);
  if (!found) return false;
  const { call, isCallee } = found;
  if (isCallee) return call.type === AST_NODE_TYPES.CallExpression;
  const callee = skipTypeWrappers(call.callee);
  if (call.type === AST_NODE_TYPES.NewExpression) return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Promise';
  return callee.type === AST_NODE_TYPES.MemberExpression && iterationMethods.has(memberName(callee) ?? '');
}

/** An async callback handed to a call that returns a promise (`withLock(async () => …)`): it is started now. */
function startsPromise(analysis: Analysis, fn: FunctionNode): boolean {
  const found = callOf(fn);
  return found !== undefined && !found.isCallee && thenableKindOf(analysis, found.call) === 'promise';
}

/** True when, inside async `fn`, the write at `identifier` always comes after an `await`. */
function followsAwait(identifier: TSESTree.Node, fn: FunctionNode): boolean {
  for (let child: TSESTree.Node = identifier, node = identifier.parent; node && node !== fn; child = node, node = node.parent) {
    // `user = await load()`: the assignment happens once the right side is awaited.
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left === child && hasUnconditionalAwait(node.right)) return true;
    if (node.type === AST_NODE_TYPES.ForOfStatement && node.await && node.body === child) return true;
    if (node.type === AST_NODE_TYPES.BlockStatement) {
      const index = node.body.indexOf(child as TSESTree.Statement);
      if (node.body.slice(0, index).some((statement) => hasUnconditionalAwait(statement))) return true;
    }
  }
  return false;
}

/** True when evaluating `root` always reaches an `await` (not one inside a branch, a loop body or a nested function). */
function hasUnconditionalAwait(root: TSESTree.Node): boolean {
  return containsInBody(root, (node) => node.type === AST_NODE_TYPES.AwaitExpression && isUnconditionalWithin(node, root));
}

/** True when evaluating `root` always evaluates `node`; with `loopsRun`, loop bodies count as run (a registration in a loop). */
function isUnconditionalWithin(node: TSESTree.Node, root: TSESTree.Node, loopsRun = false): boolean {
  for (let child = node, parent = node.parent; parent && child !== root; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test !== child) return false;
        break;
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.ForStatement:
        if (parent.test !== child && !(loopsRun && parent.body === child)) return false;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.left !== child) return false;
        break;
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.ForInStatement:
        if (parent.right !== child && !(loopsRun && parent.body === child)) return false;
        break;
      case AST_NODE_TYPES.DoWhileStatement:
        if (!loopsRun) return false;
        break;
      case AST_NODE_TYPES.SwitchCase:
      case AST_NODE_TYPES.CatchClause:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.AssignmentPattern:
        return false;
      default:
        break;
    }
  }
  return true;
}

/** Points where `owner` gives up control, outside nested functions: after an `await` or `yield`, at each `for await` step. */
function suspensionPoints(owner: Owner): number[] {
  const points: number[] = [];
  containsInBody(owner, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression) points.push(node.range[1]);
    if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) points.push(node.left.range[0]);
    return false;
  });
  return points;
}

/** The `await`, `yield` and `for await` nodes of `owner`, outside nested functions. */
function suspensionNodes(owner: Owner): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [];
  containsInBody(owner, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression) nodes.push(node);
    if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) nodes.push(node);
    return false;
  });
  return nodes;
}

/** True when `wait` may wait for the chain registered by `registration`: it is part of it, or names what the chain hangs on. */
function waitsForChain(wait: TSESTree.Node, registration: TSESTree.Node, callback: TSESTree.Node): boolean {
  if (wait.type !== AST_NODE_TYPES.AwaitExpression) return true;
  if (wait.range[0] >= registration.range[0] && wait.range[1] <= registration.range[1]) return true;
  const outside = (node: TSESTree.Node): boolean => node.range[1] <= callback.range[0] || node.range[0] >= callback.range[1];
  const names = new Set<string>();
  containsInBody(registration, (node) => {
    const isProperty = node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.property === node && !node.parent.computed;
    if (node.type === AST_NODE_TYPES.Identifier && !isProperty && outside(node) && node.name !== 'Promise') names.add(node.name);
    return false;
  });
  return containsInBody(wait.argument, (node) => node.type === AST_NODE_TYPES.Identifier && names.has(node.name));
}

/** True for a `let` local initialized with `true` or `false`: a status flag. */
function isBooleanFlag(variable: TSESLint.Scope.Variable): boolean {
  const init = declaratorOf(variable)?.init;
  return init?.type === AST_NODE_TYPES.Literal && typeof init.value === 'boolean';
}

const loopTypes = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.ForInStatement,
]);

/** The statement lists a node can sit in. */
function statementList(node: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.StaticBlock:
      return node.body;
    case AST_NODE_TYPES.SwitchCase:
      return node.consequent;
    default:
      return undefined;
  }
}

function ancestorsUpTo(node: TSESTree.Node, owner: Owner): TSESTree.Node[] {
  const path: TSESTree.Node[] = [];
  for (let current: TSESTree.Node | undefined = node; current && current !== owner; current = current.parent) path.push(current);
  return path;
}

/**
 * Where `read` runs after `anchor` on a straight path: they sit in two statements of one list,
 * the anchor's first, and no loop around the read suspends (a polling loop reads again later).
 * Returns the anchor's statement, or `undefined`.
 */
function statementBefore(
  anchor: TSESTree.Node,
  read: TSESTree.Node,
  owner: Owner,
  suspensions: readonly number[],
): TSESTree.Node | undefined {
  const anchorPath = ancestorsUpTo(anchor, owner);
  const readPath = ancestorsUpTo(read, owner);
  const onAnchorPath = new Set(anchorPath);
  const lcaIndex = readPath.findIndex((node) => onAnchorPath.has(node));
  const lca = lcaIndex < 0 ? owner : readPath[lcaIndex]!;
  const readChild = readPath[(lcaIndex < 0 ? readPath.length : lcaIndex) - 1];
  const anchorChild = anchorPath[(lcaIndex < 0 ? anchorPath.length : anchorPath.indexOf(lca)) - 1];
  const list = statementList(lca);
  if (!list || !readChild || !anchorChild) return undefined;
  const from = list.indexOf(anchorChild);
  const to = list.indexOf(readChild);
  if (from < 0 || to <= from) return undefined;
  const loops = readPath.slice(0, lcaIndex < 0 ? readPath.length : lcaIndex).filter((node) => loopTypes.has(node.type));
  if (loops.some((loop) => suspensions.some((point) => point > loop.range[0] && point <= loop.range[1]))) return undefined;
  return anchorChild;
}

/** The outermost function below `owner` around `node` (the callback itself when it sits directly in `owner`). */
function outermostFunction(node: FunctionNode, owner: Owner): TSESTree.Node {
  let outer: TSESTree.Node = node;
  for (let current: TSESTree.Node | undefined = node.parent; current && current !== owner; current = current.parent) {
    if (isFunctionNode(current)) outer = current;
  }
  return outer;
}

/**
 * `export { user }` is a live binding: importers see the value once it is assigned. A read inside
 * `expect(…)`/`assert(…)` checks the stale value on purpose ("does not resolve synchronously").
 */
function isLiveOrAsserted(identifier: TSESTree.Node): boolean {
  if (identifier.parent?.type === AST_NODE_TYPES.ExportSpecifier) return true;
  for (let node: TSESTree.Node | undefined = identifier.parent; node && !isFunctionNode(node); node = node.parent) {
    if (node.type === AST_NODE_TYPES.CallExpression && isAssertionCallee(node.callee)) return true;
  }
  return false;
}

/** True when `node` only runs on some paths through `statement` (a branch, a right operand); a loop body counts as run. */
function isConditionalWithin(node: TSESTree.Node, statement: TSESTree.Node): boolean {
  return node !== statement && !isUnconditionalWithin(node, statement, true);
}

const verdicts = new WeakMap<TSESTree.Program, EarlyRead[]>();

/**
 * Every read, in the function that declares a `let`/`var` local, that runs before the callbacks
 * assigning the local can have run: the local is written only in promise reactions or after an
 * `await` in an un-awaited async callback, and the read follows the registration with nothing
 * (`await`, `yield`) in between. Reads in nested functions run later and are never reported.
 */
export function readsBeforeSettle(analysis: Analysis): EarlyRead[] {
  const known = verdicts.get(analysis.sourceCode.ast);
  if (known) return known;
  const found: EarlyRead[] = [];
  for (const scope of analysis.sourceCode.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) {
      const early = earlyRead(analysis, variable);
      if (early) found.push(early);
    }
  }
  verdicts.set(analysis.sourceCode.ast, found);
  return found;
}

function earlyRead(analysis: Analysis, variable: TSESLint.Scope.Variable): EarlyRead | undefined {
  const [definition] = variable.defs;
  if (variable.defs.length !== 1 || definition?.type !== 'Variable') return undefined;
  const declaration = definition.parent as TSESTree.VariableDeclaration;
  if (declaration.kind !== 'let' && declaration.kind !== 'var') return undefined;
  if (declaration.parent.type === AST_NODE_TYPES.ForOfStatement || declaration.parent.type === AST_NODE_TYPES.ForInStatement)
    return undefined;
  const owner = variable.scope.variableScope.block;
  const writes = variable.references.filter((reference) => reference.isWrite() && !reference.init);
  if (writes.length === 0) return undefined;
  const deferrals: Deferral[] = [];
  for (const write of writes) {
    const deferral = deferralOf(analysis, write.identifier, owner);
    if (!deferral) return undefined;
    deferrals.push(deferral);
  }
  const reads = variable.references
    .filter((reference) => reference.isReadOnly() && reference.from.variableScope === variable.scope.variableScope)
    .filter((reference) => !isLiveOrAsserted(reference.identifier))
    .sort((a, b) => a.identifier.range[0] - b.identifier.range[0]);
  if (reads.length === 0) return undefined;
  const suspensions = suspensionPoints(owner);
  const waits = suspensionNodes(owner);
  for (const reference of reads) {
    const read = reference.identifier as TSESTree.Identifier;
    for (const deferral of deferrals) {
      const anchor = deferral.start ?? outermostFunction(deferral.callback, owner);
      if (anchor.range[1] > read.range[0]) continue;
      const registration = statementBefore(anchor, read, owner, suspensions);
      // Waiting in between only helps when it waits for this chain (`await p`, `await Promise.all([p, q])`);
      // after an unrelated `await` the callback may or may not have run. A boolean flag read after a
      // wait is the "did it finish in time?" check, done on purpose.
      const between = waits.filter((wait) => wait.range[1] > anchor.range[1] && wait.range[1] <= read.range[0]);
      if (
        between.length > 0 &&
        (!registration ||
          isBooleanFlag(variable) ||
          between.some((wait) => waitsForChain(wait, registration, deferral.start ? deferral.callback : anchor)))
      )
        continue;
      // `let user = cached; if (!cached) load().then(…)`: on the path that skips the callback the old value is the answer.
      if (registration && (!declaratorOf(variable)?.init || !isConditionalWithin(anchor, registration))) {
        return { variable, read, deferral, registration };
      }
    }
  }
  return undefined;
}
