import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isGlobalIdentifier } from '../scope/globals.js';
import { variableOf } from '../scope/variables.js';
import { isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { thenableKindOf } from '../types/thenables.js';

/*
 * A settled value is what a promise fulfilled with: the result of `await`, an element of
 * `await Promise.all(…)`, or the parameter of a promise's `.then` callback. `await` and promise
 * resolution unwrap thenables all the way down, so a settled value is never a promise: comparing
 * it with one (`winner === primary` after `await Promise.race([primary, replica])`) is always
 * false, whatever its declared type (`unknown` included).
 */

/** How a settled value was produced: a plain `await`/`.then`, or a combinator such as `Promise.race`. */
type SettledSource = { via: 'await' } | { via: 'combinator'; combinator: string };

/** Combinators whose fulfillment value is (or, for `all`, whose elements are) the value of one of their promises. */
const pickers = new Set(['race', 'any']);
const collectors = new Set(['all']);

/**
 * Where the value of `node` comes from when it is a settled value: `await x`, `(await Promise.all(…))[0]`,
 * or a never-reassigned local holding one (`const winner = await Promise.race(…)`,
 * `const [a, b] = await Promise.all(…)`, `.then((winner) => …)`); otherwise undefined.
 */
export function settledSourceOf(analysis: Analysis, node: TSESTree.Node): SettledSource | undefined {
  return sourceOf(analysis, node, 0);
}

function sourceOf(analysis: Analysis, node: TSESTree.Node, depth: number): SettledSource | undefined {
  if (depth > 4) return undefined;
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.AwaitExpression) {
    const combinator = combinatorOf(analysis, target.argument, pickers);
    return combinator ? { via: 'combinator', combinator } : { via: 'await' };
  }
  if (target.type === AST_NODE_TYPES.MemberExpression && target.computed && !target.optional) {
    const index = target.property;
    if (index.type !== AST_NODE_TYPES.Literal || typeof index.value !== 'number') return undefined;
    const combinator = awaitedCombinator(analysis, target.object, collectors);
    return combinator ? { via: 'combinator', combinator } : undefined;
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(analysis, target);
  const [definition] = variable?.defs ?? [];
  if (!variable || variable.defs.length !== 1 || !definition) return undefined;
  // Only bindings written once: by their initializer, or as a callback parameter.
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  if (definition.type === 'Parameter') return thenParameterSource(analysis, definition.node, definition.name);
  if (definition.type !== 'Variable' || !definition.node.init) return undefined;
  const { id, init } = definition.node;
  if (id === definition.name) return sourceOf(analysis, init, depth + 1);
  // `const [a, b] = await Promise.all([…])`: each element is one promise's value.
  if (id.type === AST_NODE_TYPES.ArrayPattern && id.elements.includes(definition.name as TSESTree.Identifier)) {
    const combinator = awaitedCombinator(analysis, init, collectors);
    return combinator ? { via: 'combinator', combinator } : undefined;
  }
  return undefined;
}

/** `p.then((value) => …)` on a `Promise`: `value` is what `p` fulfilled with. */
function thenParameterSource(analysis: Analysis, fn: TSESTree.Node, name: TSESTree.BindingName): SettledSource | undefined {
  if (!isFunctionNode(fn) || fn.params[0] !== name) return undefined;
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return undefined;
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'then') return undefined;
  // A `PromiseLike` of some library may hand anything to its callbacks; a `Promise` cannot.
  if (thenableKindOf(analysis, callee.object) !== 'promise') return undefined;
  const combinator = combinatorOf(analysis, callee.object, pickers);
  return combinator ? { via: 'combinator', combinator } : { via: 'await' };
}

/** `await Promise.<name>(…)` for a name in `names`, with the name. */
function awaitedCombinator(analysis: Analysis, node: TSESTree.Node, names: ReadonlySet<string>): string | undefined {
  const target = skipTypeWrappers(node);
  return target.type === AST_NODE_TYPES.AwaitExpression ? combinatorOf(analysis, target.argument, names) : undefined;
}

/** `Promise.<name>(…)` on the global `Promise` for a name in `names`, as `Promise.<name>`. */
function combinatorOf(analysis: Analysis, node: TSESTree.Node, names: ReadonlySet<string>): string | undefined {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = skipTypeWrappers(call.callee);
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.object.type !== AST_NODE_TYPES.Identifier ||
    callee.object.name !== 'Promise'
  ) {
    return undefined;
  }
  const name = memberName(callee);
  if (name === undefined || !names.has(name)) return undefined;
  return isGlobalIdentifier(analysis, callee.object) ? `Promise.${name}` : undefined;
}
