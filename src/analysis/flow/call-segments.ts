import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Segment = TSESLint.CodePathSegment;

/** The code path segments running once a call has been evaluated (its arguments included). */
export interface CallSegments {
  after(call: TSESTree.CallExpression): readonly Segment[] | undefined;
}

/**
 * Records, for one file, the segments that run each call itself: ESLint may split a segment inside
 * the call's arguments (the first throwable point of a `try` block), and the call happens after
 * the split. Merge `listeners` into the rule's listeners.
 */
export function trackCallSegments(): { listeners: TSESLint.RuleListener; segments: CallSegments } {
  const frames: Set<Segment>[] = [];
  const recorded = new WeakMap<TSESTree.Node, readonly Segment[]>();
  const add = (segment: Segment): void => {
    frames[frames.length - 1]?.add(segment);
  };
  const remove = (segment: Segment): void => {
    frames[frames.length - 1]?.delete(segment);
  };
  const listeners = {
    onCodePathStart(): void {
      frames.push(new Set());
    },
    onCodePathEnd(): void {
      frames.pop();
    },
    onCodePathSegmentStart: add,
    onUnreachableCodePathSegmentStart: add,
    onCodePathSegmentEnd: remove,
    onUnreachableCodePathSegmentEnd: remove,
    'CallExpression:exit'(node: TSESTree.CallExpression): void {
      const current = frames[frames.length - 1];
      if (current) recorded.set(node, [...current]);
    },
  };
  return {
    listeners: listeners as unknown as TSESLint.RuleListener,
    segments: { after: (call) => recorded.get(call) },
  };
}
