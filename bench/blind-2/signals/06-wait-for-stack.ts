// expect: none
// The caller's signal (combined with the overall deadline) reaches both the describe call and the sleep between polls, so cancelling or timing out stops the wait immediately.
import { setTimeout as sleep } from 'node:timers/promises';

type StackStatus =
  | 'CREATE_IN_PROGRESS'
  | 'CREATE_COMPLETE'
  | 'CREATE_FAILED'
  | 'ROLLBACK_IN_PROGRESS'
  | 'ROLLBACK_COMPLETE'
  | 'UPDATE_IN_PROGRESS'
  | 'UPDATE_COMPLETE'
  | 'UPDATE_ROLLBACK_COMPLETE';

interface StackDescription {
  StackName: string;
  StackStatus: StackStatus;
  StackStatusReason?: string;
  Outputs?: { OutputKey: string; OutputValue: string }[];
}

declare const cloudformation: {
  describeStack(name: string, opts?: { abortSignal?: AbortSignal }): Promise<StackDescription | undefined>;
};

const SUCCEEDED: ReadonlySet<StackStatus> = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE']);
const FAILED: ReadonlySet<StackStatus> = new Set(['CREATE_FAILED', 'ROLLBACK_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE']);

export interface WaitOptions {
  signal?: AbortSignal;
  intervalMs?: number;
  maxWaitMs?: number;
  onStatus?: (status: StackStatus, reason?: string) => void;
}

export async function waitForStack(name: string, opts: WaitOptions = {}): Promise<Record<string, string>> {
  const { intervalMs = 10_000, maxWaitMs = 30 * 60_000, onStatus } = opts;
  const deadline = AbortSignal.timeout(maxWaitMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline;

  let last: StackStatus | undefined;
  for (;;) {
    const stack = await cloudformation.describeStack(name, { abortSignal: signal });
    if (!stack) throw new Error(`stack ${name} does not exist`);

    if (stack.StackStatus !== last) {
      last = stack.StackStatus;
      onStatus?.(last, stack.StackStatusReason);
    }
    if (SUCCEEDED.has(stack.StackStatus)) {
      return Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
    }
    if (FAILED.has(stack.StackStatus)) {
      throw new Error(`stack ${name} ended in ${stack.StackStatus}: ${stack.StackStatusReason ?? 'no reason given'}`);
    }
    await sleep(intervalMs, undefined, { signal });
  }
}

export async function deployAndPrintOutputs(name: string, signal: AbortSignal): Promise<void> {
  const started = Date.now();
  const outputs = await waitForStack(name, {
    signal,
    intervalMs: 5_000,
    onStatus: (status, reason) => console.log(`[${Math.round((Date.now() - started) / 1000)}s] ${name}: ${status}${reason ? ` (${reason})` : ''}`),
  });
  for (const [key, value] of Object.entries(outputs)) {
    console.log(`${key.padEnd(24)} ${value}`);
  }
}
