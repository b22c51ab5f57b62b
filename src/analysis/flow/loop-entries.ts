import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import type { FlowStore, FunctionFlow } from './code-paths.js';

type Segment = TSESLint.CodePathSegment;

/*
 * ESLint's code paths let every loop end before its first turn. A loop whose first test is known
 * to pass (`for (let i = 0; i < 3; i++)`, `for (const delay of [10, 20])`) always runs its body
 * once: the edge that skips it, taken on the way in, is no path at run time.
 */

/** The edges of one code path that skip a loop which always runs its body at least once. */
export interface LoopEntries {
  /**
   * True when a path that reached `segment` from `previous` cannot go on to `next`: it is entering
   * a loop that always runs, and `next` is past the loop.
   */
  skips(previous: Segment | undefined, segment: Segment, next: Segment): boolean;
  /** True when whether `segment` can leave depends on where the path came from (a loop's test). */
  dependsOnEntry(segment: Segment): boolean;
}

interface Entry {
  /** Segments a path comes from on the way into the loop; `undefined`: any. */
  from: ReadonlySet<Segment> | undefined;
  /** The only segments such a path can go on to. */
  into: readonly Segment[];
}

/** The loops of `flow`'s own code path that always run at least once, as edges that cannot be taken. */
export function loopEntries(flow: FunctionFlow, store: FlowStore): LoopEntries {
  const known = cache.get(flow);
  if (known) return known;
  const entries = new Map<Segment, Entry>();
  walk(flow.node, (node) => {
    if (node.type === AST_NODE_TYPES.ForOfStatement && !node.await && isNonEmptyLiteral(node.right)) {
      // The collection is evaluated once, before the loop, in a segment that forks into the loop or past it.
      const into = store.segmentsOf(node.left);
      for (const segment of (into && store.segmentsOf(node.right)) ?? []) {
        if (segment.nextSegments.some((next) => into!.includes(next))) entries.set(segment, { from: undefined, into: into! });
      }
    } else if (node.type === AST_NODE_TYPES.ForStatement && node.test && firstTestPasses(node)) {
      const into = store.segmentsOf(node.body);
      const tests = store.segmentsOf(node.test);
      if (!into || !tests) return undefined;
      const from = new Set<Segment>(store.segmentsOf(node) ?? []);
      if (node.init?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of node.init.declarations) for (const segment of store.segmentsAfter(declarator) ?? []) from.add(segment);
      }
      for (const segment of tests) entries.set(segment, { from, into });
    }
    return undefined;
  });
  const found: LoopEntries = {
    skips: (previous, segment, next) => {
      const entry = entries.get(segment);
      if (!entry || entry.into.includes(next)) return false;
      return entry.from === undefined || (previous !== undefined && entry.from.has(previous));
    },
    dependsOnEntry: (segment) => entries.get(segment)?.from !== undefined,
  };
  cache.set(flow, found);
  return found;
}

const cache = new WeakMap<FunctionFlow, LoopEntries>();

/** `[a, b]` or `'text'`: a collection written out with at least one element. */
function isNonEmptyLiteral(node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ArrayExpression) {
    return target.elements.length > 0 && target.elements.every((element) => element?.type !== AST_NODE_TYPES.SpreadElement);
  }
  return target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string' && target.value.length > 0;
}

/** `for (let i = 0; i < 5; …)`: a counter starting at a number whose first comparison with a number holds. */
function firstTestPasses(loop: TSESTree.ForStatement): boolean {
  const { init, test } = loop;
  if (init?.type !== AST_NODE_TYPES.VariableDeclaration || init.declarations.length !== 1) return false;
  const [declarator] = init.declarations;
  if (declarator?.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return false;
  const start = numberOf(declarator.init);
  if (start === undefined || test?.type !== AST_NODE_TYPES.BinaryExpression) return false;
  const name = declarator.id.name;
  const isCounter = (side: TSESTree.Node): boolean => side.type === AST_NODE_TYPES.Identifier && side.name === name;
  const left = isCounter(test.left) ? start : numberOf(test.left);
  const right = isCounter(test.right) ? start : numberOf(test.right);
  if (left === undefined || right === undefined || isCounter(test.left) === isCounter(test.right)) return false;
  switch (test.operator) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '!==':
    case '!=':
      return left !== right;
    default:
      return false;
  }
}

/** The value of a numeric literal, negated or not. */
function numberOf(node: TSESTree.Node): number | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'number') return node.value;
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '-') {
    const value = numberOf(node.argument);
    return value === undefined ? undefined : -value;
  }
  return undefined;
}
