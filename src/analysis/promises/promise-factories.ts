import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { argumentsAtCallSites, hasOverloadSignatures } from '../scope/call-sites.js';
import { isFunctionNode, skipTypeWrappers } from '../syntax/nodes.js';
import { containsInBody } from '../syntax/walk.js';
import { awaitMayDeadlock } from './await-safety.js';
import type { ReusedPromise } from './reused-promises.js';

/*
 * Can a reused promise binding become a factory, so that each iteration starts the work again?
 * Every read must be a plain value read inside the repeated code (the recursive retry call passes
 * the binding on as it is). A typed, required parameter of a function without overloads becomes
 * `() => T`, and the arguments its callers in this file pass become `() => argument` (not possible
 * when a caller cannot be found); a local declared with an initializer becomes `() => initializer`,
 * unless the initializer awaits or yields (the arrow would not parse, or would run it later).
 *
 * The work then starts at the read, not where the promise was made, so the rewrite is refused
 * when that may change what the code does: when the repeated code reads the binding more than
 * once per turn (each read would start the work again), when a caller passes an existing promise
 * (`() => p` hands back the same settled one) rather than a call that starts it, or when code
 * between where the work started and the read may be what settles it, or the work is named as
 * running until stopped (`awaitMayDeadlock`: a waiter created before its trigger would miss it).
 */

/** How a reused promise binding becomes a factory: the type annotation, initializer and reads to rewrite, and the callers' arguments to wrap. */
type FactoryRewrite =
  | { kind: 'parameter'; type: TSESTree.TypeNode; reads: TSESTree.Identifier[]; passed: TSESTree.Expression[] }
  | { kind: 'local'; type: TSESTree.TypeNode | undefined; init: TSESTree.Expression; reads: TSESTree.Identifier[] };

/** The rewrite that turns the binding of `found` into a factory, when every part of it is known. */
export function factoryRewriteOf(analysis: Analysis, found: ReusedPromise): FactoryRewrite | undefined {
  const def = found.variable.defs[0]!;
  const reads = readsInRegion(found);
  if (reads?.length !== 1) return undefined;
  if (def.type === 'Parameter') {
    const parameter = def.name;
    const fn = def.node;
    if (!isFunctionNode(fn) || !fn.params.includes(parameter as TSESTree.Parameter) || parameter.type !== AST_NODE_TYPES.Identifier)
      return undefined;
    if (!parameter.typeAnnotation || parameter.optional || hasOverloadSignatures(fn)) return undefined;
    // Callers in this file pass `() => start()` instead of `start()`; the recursive retry keeps passing `p`.
    const passed = argumentsAtCallSites(analysis, fn, fn.params.indexOf(parameter));
    if (!passed) return undefined;
    const type = parameter.typeAnnotation.typeAnnotation;
    const callers = passed.filter((argument) => !found.passedOn.includes(argument as TSESTree.Identifier));
    if (callers.some((argument) => !startsWork(argument) || awaitMayDeadlock(analysis, argument, argument.parent))) return undefined;
    if (awaitMayDeadlock(analysis, parameter, parameter)) return undefined;
    return { kind: 'parameter', type, reads, passed: callers };
  }
  const declarator = def.node;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init)
    return undefined;
  const declaration = declarator.parent;
  if (
    declaration.type !== AST_NODE_TYPES.VariableDeclaration ||
    declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration ||
    declaration.declare
  )
    return undefined;
  // `() => f(await x)` would not parse outside an async function, and would change when `x` is awaited.
  const suspends = (node: TSESTree.Node): boolean =>
    node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression;
  if (suspends(declarator.init) || containsInBody(declarator.init, suspends)) return undefined;
  if (awaitMayDeadlock(analysis, declarator.init, declarator.init)) return undefined;
  return { kind: 'local', type: declarator.id.typeAnnotation?.typeAnnotation, init: declarator.init, reads };
}

/** True for an argument that starts the work when evaluated (a call or `new`, through type wrappers), not an existing promise. */
function startsWork(argument: TSESTree.Expression): boolean {
  const target = skipTypeWrappers(argument);
  return target.type === AST_NODE_TYPES.CallExpression || target.type === AST_NODE_TYPES.NewExpression;
}

/** The reads of the binding, when every one is a plain value read in the repeated code that `p()` can replace. */
function readsInRegion(found: ReusedPromise): TSESTree.Identifier[] | undefined {
  const reads: TSESTree.Identifier[] = [];
  for (const reference of found.variable.references) {
    if (reference.init) continue;
    const identifier = reference.identifier as TSESTree.Identifier;
    const parent = identifier.parent;
    if (!reference.isRead() || reference.isWrite() || !reference.isValueReference) return undefined;
    // The recursive retry call passes the factory itself on.
    if (found.passedOn.includes(identifier)) continue;
    if (identifier.range[0] < found.region.range[0] || identifier.range[1] > found.region.range[1]) return undefined;
    if (parent.type === AST_NODE_TYPES.Property && parent.shorthand) return undefined;
    reads.push(identifier);
  }
  return reads;
}
