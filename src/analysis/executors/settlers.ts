import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isGlobalIdentifier } from '../scope/globals.js';
import { variableOf } from '../scope/variables.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { enclosingBody, isFunctionNode, isPromiseStatic, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { typeOf } from '../types/checker.js';
import { isSurelyCallableType, thenableKindOf } from '../types/thenables.js';
import { localFunctionCalled } from '../scope/declarations.js';

/*
 * The `executors/` folder models promises settled by hand: who holds `resolve`/`reject` (this
 * module: executors, helpers they hand them to, `Promise.withResolvers` deferreds), on which paths
 * they settle twice or never (`settle-paths.ts`), and which callbacks run later, where a `throw`
 * reaches nobody (`callback-throws.ts`).
 */

type Variable = TSESLint.Scope.Variable;

/** Which way a settle function settles its promise. */
export type SettleRole = 'resolve' | 'reject';

/** A local that settles one promise: an executor parameter, a helper parameter, a `withResolvers` binding. */
interface Settler {
  variable: Variable;
  role: SettleRole;
}

/**
 * Code that holds the settle functions of one promise.
 * - `executor`: the function given to `new Promise(…)`; its synchronous paths must settle or hand the functions on.
 * - `helper`: a local function that an executor (or another helper) passes `resolve`/`reject` to.
 * - `deferred`: `const { promise, resolve, reject } = Promise.withResolvers()`; `fn` is the enclosing body.
 */
export interface SettleOwner {
  kind: 'executor' | 'helper' | 'deferred';
  fn: FunctionNode | TSESTree.Program;
  /** The `withResolvers` declarator, after which the deferred's paths start. */
  declarator?: TSESTree.VariableDeclarator;
  /** The deferred's `promise` binding: a path that never uses it may leave it unsettled. */
  promise?: Variable;
  settlers: Settler[];
}

/** The owner for `new Promise(executor)` (or a promise subclass) whose executor names its parameters. */
export function executorOwner(analysis: Analysis, node: TSESTree.NewExpression): SettleOwner | undefined {
  const [first] = node.arguments;
  const executor = first && skipTypeWrappers(first);
  if (!isFunctionNode(executor) || executor.params.length === 0) return undefined;
  if (!isGlobalIdentifier(analysis, node.callee, 'Promise') && thenableKindOf(analysis, node) !== 'promise') return undefined;
  const settlers = paramSettlers(analysis, executor, ['resolve', 'reject']);
  return settlers.length > 0 ? { kind: 'executor', fn: executor, settlers } : undefined;
}

/** True for `Promise.withResolvers()` on the global `Promise`. */
export function isWithResolversCall(analysis: Analysis, node: TSESTree.Node): node is TSESTree.CallExpression {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    isPromiseStatic(node, ['withResolvers']) &&
    isGlobalIdentifier(analysis, (node.callee as TSESTree.MemberExpression).object, 'Promise')
  );
}

/** The declarators under `root` that keep a whole deferred in a name: `const deferred = Promise.withResolvers()`. */
export function deferredDeclarators(
  analysis: Analysis,
  root: TSESTree.Node,
): (TSESTree.VariableDeclarator & { id: TSESTree.Identifier })[] {
  const found: (TSESTree.VariableDeclarator & { id: TSESTree.Identifier })[] = [];
  walk(
    root,
    (node) => {
      if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.Identifier || !node.init) return undefined;
      if (isWithResolversCall(analysis, skipTypeWrappers(node.init)))
        found.push(node as TSESTree.VariableDeclarator & { id: TSESTree.Identifier });
      return undefined;
    },
    { nested: true },
  );
  return found;
}

/** The owner for `const { resolve, reject } = Promise.withResolvers()` (renamed bindings included). */
export function deferredOwner(analysis: Analysis, declarator: TSESTree.VariableDeclarator): SettleOwner | undefined {
  const init = declarator.init && skipTypeWrappers(declarator.init);
  if (!init || !isWithResolversCall(analysis, init)) return undefined;
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  const settlers: Settler[] = [];
  let promise: Variable | undefined;
  for (const property of declarator.id.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
    const role = property.key.name;
    if (role === 'promise' && property.value.type === AST_NODE_TYPES.Identifier)
      promise = variableOf(analysis, property.value) ?? undefined;
    if ((role !== 'resolve' && role !== 'reject') || property.value.type !== AST_NODE_TYPES.Identifier) continue;
    const variable = variableOf(analysis, property.value);
    if (variable) settlers.push({ variable, role });
  }
  if (settlers.length === 0) return undefined;
  const body = enclosingBody(declarator);
  const fn = isFunctionNode(body) || body.type === AST_NODE_TYPES.Program ? body : undefined;
  return fn && { kind: 'deferred', fn, declarator, settlers, ...(promise && { promise }) };
}

/**
 * Local functions that receive settle functions as arguments (`settleFrom(res, resolve, reject)`,
 * `this.attach(resolve)`), followed transitively: their parameters settle the same promise.
 */
function helperOwners(analysis: Analysis, owners: readonly SettleOwner[]): SettleOwner[] {
  const found: SettleOwner[] = [];
  const seen = new WeakSet<TSESTree.Node>(owners.map((owner) => owner.fn));
  const queue = [...owners];
  for (let index = 0; index < queue.length && index < 200; index += 1) {
    const owner = queue[index]!;
    const byHelper = new Map<FunctionNode, Map<number, SettleRole>>();
    for (const settler of owner.settlers) {
      for (const reference of settler.variable.references) {
        const identifier = reference.identifier as TSESTree.Identifier;
        const call = identifier.parent;
        if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee === identifier) continue;
        const position = call.arguments.indexOf(identifier);
        const helper = position < 0 ? undefined : localFunctionCalled(analysis, call);
        if (!helper) continue;
        const roles = byHelper.get(helper) ?? new Map<number, SettleRole>();
        roles.set(position, settler.role);
        byHelper.set(helper, roles);
      }
    }
    for (const [helper, roles] of byHelper) {
      if (seen.has(helper)) continue;
      seen.add(helper);
      const settlers: Settler[] = [];
      for (const [position, role] of roles) {
        const param = helper.params[position];
        if (param?.type !== AST_NODE_TYPES.Identifier) continue;
        const variable = analysis.sourceCode.getDeclaredVariables(helper).find((candidate) => candidate.name === param.name);
        if (variable) settlers.push({ variable, role });
      }
      if (settlers.length === 0) continue;
      const created: SettleOwner = { kind: 'helper', fn: helper, settlers };
      found.push(created);
      queue.push(created);
    }
  }
  return found;
}

/**
 * The owner for a function whose parameters are named `resolve` and `reject` and typed as
 * functions (`function onMessage(msg, resolve: (v: T) => void, reject: (e: Error) => void)`):
 * whoever calls it hands it one promise's settle functions, even when no caller is in the file.
 */
export function namedSettlerOwner(analysis: Analysis, fn: FunctionNode): SettleOwner | undefined {
  const settlers: Settler[] = [];
  for (const param of fn.params) {
    if (param.type !== AST_NODE_TYPES.Identifier || (param.name !== 'resolve' && param.name !== 'reject')) continue;
    if (!isSurelyCallableType(typeOf(analysis, param))) return undefined;
    const variable = analysis.sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === param.name);
    if (variable) settlers.push({ variable, role: param.name });
  }
  return settlers.length === 2 ? { kind: 'helper', fn, settlers } : undefined;
}

export const chainMethods = new Set(['then', 'catch', 'finally']);

/** The variables of an executor's identifier parameters, in the roles of their positions. */
function paramSettlers(analysis: Analysis, fn: FunctionNode, roles: readonly SettleRole[]): Settler[] {
  const settlers: Settler[] = [];
  roles.forEach((role, index) => {
    const param = fn.params[index];
    if (param?.type !== AST_NODE_TYPES.Identifier) return;
    const variable = analysis.sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === param.name);
    if (variable) settlers.push({ variable, role });
  });
  return settlers;
}

/**
 * Every owner in a file: the executors and deferreds found (`found`) with the helpers they hand
 * settle functions to, then the functions taking `resolve` and `reject` by name (`named`) that no
 * executor is seen to call, with their own helpers; `byFunction` lists the owners of each function.
 */
export function settleOwnersOfFile(
  analysis: Analysis,
  found: readonly SettleOwner[],
  named: readonly SettleOwner[],
): { all: SettleOwner[]; byFunction: Map<TSESTree.Node, SettleOwner[]> } {
  const base = [...found, ...helperOwners(analysis, found)];
  const known = new Set<TSESTree.Node>(base.map((owner) => owner.fn));
  const seeds = named.filter((owner) => !known.has(owner.fn));
  const all = [...base, ...seeds, ...helperOwners(analysis, seeds).filter((owner) => !known.has(owner.fn))];
  const byFunction = new Map<TSESTree.Node, SettleOwner[]>();
  for (const owner of all) byFunction.set(owner.fn, [...(byFunction.get(owner.fn) ?? []), owner]);
  return { all, byFunction };
}

/** The settle function of `owner` in `role` that its name still reaches at `node` (not shadowed there). */
export function settlerVisibleAt(analysis: Analysis, owner: SettleOwner, role: SettleRole, node: TSESTree.Node): Settler | undefined {
  return owner.settlers.find(
    (settler) =>
      settler.role === role && ASTUtils.findVariable(analysis.sourceCode.getScope(node), settler.variable.name) === settler.variable,
  );
}
