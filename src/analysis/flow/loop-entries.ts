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
    } else if (
      (node.type === AST_NODE_TYPES.ForStatement || node.type === AST_NODE_TYPES.WhileStatement) &&
      node.test &&
      (firstTestPasses(node) || isDeadlineTest(flow.node, node.test) || isMeantToRun(flow.node, node))
    ) {
      const into = store.segmentsOf(node.body);
      const tests = store.segmentsOf(node.test);
      if (!into || !tests) return undefined;
      const from = new Set<Segment>(store.segmentsOf(node) ?? []);
      if (node.type === AST_NODE_TYPES.ForStatement && node.init?.type === AST_NODE_TYPES.VariableDeclaration) {
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
function firstTestPasses(loop: TSESTree.ForStatement | TSESTree.WhileStatement): boolean {
  if (loop.type !== AST_NODE_TYPES.ForStatement) return false;
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

/**
 * `while (Date.now() < deadline)` where `const deadline = Date.now() + timeoutMs`: the first test
 * compares the clock with itself plus a duration, which holds for any time left to wait.
 */
function isDeadlineTest(fn: TSESTree.Node, test: TSESTree.Expression): boolean {
  if (test.type !== AST_NODE_TYPES.BinaryExpression || (test.operator !== '<' && test.operator !== '<=')) return false;
  const clock = clockName(test.left);
  if (!clock || test.right.type !== AST_NODE_TYPES.Identifier) return false;
  const name = test.right.name;
  return walk(fn, (node) => {
    if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.Identifier || node.id.name !== name)
      return undefined;
    const declaration = node.parent;
    const init = node.init && skipTypeWrappers(node.init);
    const isDeadline =
      declaration?.type === AST_NODE_TYPES.VariableDeclaration &&
      declaration.kind === 'const' &&
      init?.type === AST_NODE_TYPES.BinaryExpression &&
      init.operator === '+' &&
      (clockName(init.left) === clock || clockName(init.right) === clock);
    return isDeadline ? 'stop' : 'skip';
  });
}

/** `Date.now()` or `performance.now()`: the clock a call reads, by name. */
function clockName(node: TSESTree.Node): string | undefined {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length > 0) return undefined;
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier)
    return undefined;
  if (callee.property.name !== 'now' || callee.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  return callee.object.name === 'Date' || callee.object.name === 'performance' ? callee.object.name : undefined;
}

/**
 * A loop whose way out is meant to follow a turn: the statement right after it leaves with
 * (`throw lastError`, `return result`) a `let` declared before the loop without a value and
 * written only in the loop's body. Skipping the loop would throw or return `undefined`; the code
 * is written for a loop that runs (`for (let attempt = 0; attempt < this.maxAttempts; attempt++)`).
 */
function isMeantToRun(fn: TSESTree.Node, loop: TSESTree.ForStatement | TSESTree.WhileStatement): boolean {
  const block = loop.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement) return false;
  const after = block.body[block.body.indexOf(loop) + 1];
  if ((after?.type !== AST_NODE_TYPES.ThrowStatement && after?.type !== AST_NODE_TYPES.ReturnStatement) || !after.argument) return false;
  const value = skipTypeWrappers(after.argument);
  if (value.type !== AST_NODE_TYPES.Identifier) return false;
  const name = value.name;
  const declared = block.body
    .slice(0, block.body.indexOf(loop))
    .some(
      (statement) =>
        statement.type === AST_NODE_TYPES.VariableDeclaration &&
        statement.kind === 'let' &&
        statement.declarations.some(
          (declarator) => declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name && !declarator.init,
        ),
    );
  if (!declared) return false;
  let writtenInLoop = false;
  const writtenElsewhere = walk(
    fn,
    (node) => {
      if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.left.type !== AST_NODE_TYPES.Identifier || node.left.name !== name)
        return undefined;
      if (node.range[0] >= loop.body.range[0] && node.range[1] <= loop.body.range[1]) {
        writtenInLoop = true;
        return undefined;
      }
      return 'stop';
    },
    { nested: true },
  );
  return writtenInLoop && !writtenElsewhere;
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
