import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/*
 * The `flow/` folder holds code-path facts: ESLint's code paths recorded once per file and shared by
 * every rule in the same traversal (this module), the segments after a call (`call-segments.ts`) and
 * what branch tests and assignments say (`branch-facts.ts`).
 */

type Segment = TSESLint.CodePathSegment;
type CodePath = TSESLint.CodePath;

/** A point where the running function gives up control: `await`, `yield`, or a `for await` step. */
export interface Suspension {
  node: TSESTree.AwaitExpression | TSESTree.YieldExpression | TSESTree.ForOfStatement;
  /** Source offset at which control is given up (after the operand is evaluated). */
  position: number;
  segments: readonly Segment[];
}

/** Flow facts for one code path: a function, the module body, a class field initializer. */
export interface FunctionFlow {
  node: TSESTree.Node;
  codePath: CodePath;
  suspensions: Suspension[];
  declarators: TSESTree.VariableDeclarator[];
  /** `return`/`throw` statements that end this code path. */
  exits: (TSESTree.ReturnStatement | TSESTree.ThrowStatement)[];
}

/** Per-file record of which code path segments each node runs in. */
export interface FlowStore {
  /** Segments active when `node` starts; for a nested function, those of the enclosing code path. */
  segmentsOf(node: TSESTree.Node): readonly Segment[] | undefined;
  /** Segments active when `node` has been fully evaluated (recorded for declarators, returns and suspensions). */
  segmentsAfter(node: TSESTree.Node): readonly Segment[] | undefined;
  /** The flow of the code path owned by `node`, once that code path has ended. */
  flowOf(node: TSESTree.Node): FunctionFlow | undefined;
  /**
   * True when going from `from` to `to` only happens if some call throws unexpectedly: ESLint
   * links a `try` block's first throwable point to its `catch`. Explicit `throw`s do not count.
   */
  isImplicitThrowEdge(from: Segment, to: Segment): boolean;
  /** True when an explicit `throw` statement runs in `segment`. */
  hasThrow(segment: Segment): boolean;
}

interface Frame {
  flow: FunctionFlow;
  current: Set<Segment>;
  snapshot: readonly Segment[] | null;
}

interface Store extends FlowStore {
  recorder: object;
  listeners: TSESLint.RuleListener;
  /** Set when the module's code path has ended: a new traversal of the same AST records afresh. */
  finished: boolean;
}

const stores = new WeakMap<TSESTree.Program, Store>();

function createStore(recorder: object): Store {
  const entered = new WeakMap<TSESTree.Node, readonly Segment[]>();
  const after = new WeakMap<TSESTree.Node, readonly Segment[]>();
  const flows = new WeakMap<TSESTree.Node, FunctionFlow>();
  const catchEntries = new WeakSet<Segment>();
  const throwing = new WeakSet<Segment>();
  const frames: Frame[] = [];
  const snapshotOf = (frame: Frame): readonly Segment[] => (frame.snapshot ??= [...frame.current]);
  const top = (): Frame | undefined => frames[frames.length - 1];
  const recordAfter = (node: TSESTree.Node): void => {
    const frame = top();
    if (frame) after.set(node, snapshotOf(frame));
  };
  const addSegment = (segment: Segment): void => {
    const frame = top();
    if (!frame) return;
    frame.current.add(segment);
    frame.snapshot = null;
  };
  const removeSegment = (segment: Segment): void => {
    const frame = top();
    if (!frame) return;
    frame.current.delete(segment);
    frame.snapshot = null;
  };

  const listeners = {
    onCodePathStart(codePath: CodePath, node: TSESTree.Node): void {
      const outer = top();
      if (outer) entered.set(node, snapshotOf(outer));
      frames.push({
        flow: { node, codePath, suspensions: [], declarators: [], exits: [] },
        current: new Set(),
        snapshot: null,
      });
    },
    onCodePathEnd(_codePath: CodePath, node: TSESTree.Node): void {
      const frame = frames.pop();
      if (frame) flows.set(frame.flow.node, frame.flow);
      if (node.type === AST_NODE_TYPES.Program) store.finished = true;
    },
    onCodePathSegmentStart: addSegment,
    onUnreachableCodePathSegmentStart: addSegment,
    onCodePathSegmentEnd: removeSegment,
    onUnreachableCodePathSegmentEnd: removeSegment,
    '*'(node: TSESTree.Node): void {
      const frame = top();
      if (!frame || entered.has(node)) return;
      entered.set(node, snapshotOf(frame));
      switch (node.type) {
        case AST_NODE_TYPES.VariableDeclarator:
          frame.flow.declarators.push(node);
          break;
        case AST_NODE_TYPES.ThrowStatement:
          for (const segment of snapshotOf(frame)) throwing.add(segment);
          frame.flow.exits.push(node);
          break;
        case AST_NODE_TYPES.ReturnStatement:
          frame.flow.exits.push(node);
          break;
        case AST_NODE_TYPES.CatchClause:
          for (const segment of snapshotOf(frame)) catchEntries.add(segment);
          break;
        default:
          break;
      }
    },
    'VariableDeclarator:exit': recordAfter,
    'ReturnStatement:exit': recordAfter,
    'AwaitExpression:exit'(node: TSESTree.AwaitExpression): void {
      const frame = top();
      if (!frame) return;
      recordAfter(node);
      frame.flow.suspensions.push({ node, position: node.range[1], segments: snapshotOf(frame) });
    },
    'YieldExpression:exit'(node: TSESTree.YieldExpression): void {
      const frame = top();
      if (!frame) return;
      recordAfter(node);
      frame.flow.suspensions.push({ node, position: node.range[1], segments: snapshotOf(frame) });
    },
    'ForOfStatement > .left'(left: TSESTree.Node): void {
      // A `for await` loop suspends at every step, which starts in the looping segment of `left`.
      const loop = left.parent as TSESTree.ForOfStatement;
      const frame = top();
      if (!frame || !loop.await) return;
      frame.flow.suspensions.push({ node: loop, position: left.range[0], segments: snapshotOf(frame) });
    },
  };

  const store: Store = {
    recorder,
    finished: false,
    listeners: listeners as unknown as TSESLint.RuleListener,
    segmentsOf: (node) => entered.get(node),
    segmentsAfter: (node) => after.get(node),
    flowOf: (node) => flows.get(node),
    isImplicitThrowEdge: (from, to) => catchEntries.has(to) && !throwing.has(from),
    hasThrow: (segment) => throwing.has(segment),
  };
  return store;
}

/**
 * Shares one code path recording per file among all rules that ask for it. ESLint sends the same
 * code path segments to every rule in one traversal, so the first rule that asks records them and
 * every other rule reads the same store. `onFunctionEnd` runs when each code path has ended and
 * its flow is complete.
 */
export function trackFlow(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onFunctionEnd: (flow: FunctionFlow, store: FlowStore) => void,
): TSESLint.RuleListener {
  const ast = context.sourceCode.ast;
  let store = stores.get(ast);
  if (!store || store.finished) {
    store = createStore(context);
    stores.set(ast, store);
  }
  const shared = store;
  const own = {
    onCodePathEnd(_codePath: CodePath, node: TSESTree.Node): void {
      const flow = shared.flowOf(node);
      if (flow) onFunctionEnd(flow, shared);
    },
  } as unknown as TSESLint.RuleListener;
  return shared.recorder === context ? mergeListeners(shared.listeners, own) : own;
}

/** Combines listener objects so that handlers for the same selector run in order. */
export function mergeListeners(...all: TSESLint.RuleListener[]): TSESLint.RuleListener {
  const merged: Record<string, (...args: never[]) => void> = {};
  for (const listeners of all) {
    for (const [selector, handler] of Object.entries(listeners) as [string, (...args: never[]) => void][]) {
      const previous = merged[selector];
      merged[selector] = previous
        ? (...args: never[]): void => {
            previous(...args);
            handler(...args);
          }
        : handler;
    }
  }
  return merged as TSESLint.RuleListener;
}
