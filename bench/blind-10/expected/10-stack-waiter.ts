// expect: none
// The poll loop reassigns `pending` to a new DescribeStacks call after every sleep, so each iteration reads a fresh status; the caller's signal reaches both the SDK call and the delay.
import { setTimeout as delay } from 'node:timers/promises';

type StackStatus =
  | 'CREATE_IN_PROGRESS'
  | 'CREATE_COMPLETE'
  | 'CREATE_FAILED'
  | 'UPDATE_IN_PROGRESS'
  | 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS'
  | 'UPDATE_COMPLETE'
  | 'UPDATE_ROLLBACK_IN_PROGRESS'
  | 'UPDATE_ROLLBACK_COMPLETE'
  | 'ROLLBACK_COMPLETE';

interface Stack {
  StackName: string;
  StackStatus: StackStatus;
  StackStatusReason?: string;
  Outputs?: Array<{ OutputKey: string; OutputValue: string }>;
}

declare const cfn: {
  describeStacks(input: { StackName: string }, options?: { abortSignal?: AbortSignal }): Promise<{ Stacks?: Stack[] }>;
};

const DONE = new Set<StackStatus>(['CREATE_COMPLETE', 'UPDATE_COMPLETE']);
const FAILED = new Set<StackStatus>(['CREATE_FAILED', 'ROLLBACK_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE']);

export interface WaitOptions {
  signal?: AbortSignal;
  intervalMs?: number;
  maxWaitMs?: number;
  onProgress?: (status: StackStatus) => void;
}

export async function waitForStack(stackName: string, opts: WaitOptions = {}): Promise<Record<string, string>> {
  const { signal, intervalMs = 5_000, maxWaitMs = 30 * 60_000, onProgress } = opts;
  const deadline = Date.now() + maxWaitMs;
  let lastStatus: StackStatus | undefined;

  let pending = cfn.describeStacks({ StackName: stackName }, { abortSignal: signal });
  for (;;) {
    const { Stacks } = await pending;
    const stack = Stacks?.[0];
    if (!stack) throw new Error(`stack ${stackName} not found`);

    if (stack.StackStatus !== lastStatus) {
      lastStatus = stack.StackStatus;
      onProgress?.(stack.StackStatus);
    }
    if (DONE.has(stack.StackStatus)) {
      return Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
    }
    if (FAILED.has(stack.StackStatus)) {
      throw new Error(`stack ${stackName} ended in ${stack.StackStatus}: ${stack.StackStatusReason ?? 'no reason given'}`);
    }
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`timed out after ${maxWaitMs}ms waiting for ${stackName} (last status ${stack.StackStatus})`);
    }

    await delay(intervalMs, undefined, { signal });
    pending = cfn.describeStacks({ StackName: stackName }, { abortSignal: signal });
  }
}
