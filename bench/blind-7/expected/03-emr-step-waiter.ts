// expect: no-reused-settled-promise
// The waiter issues describeStep once and re-awaits that same settled promise each poll, so it always sees the first state and times out.
import { setTimeout as sleep } from 'node:timers/promises';

type StepState = 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

interface StepDescription {
  stepId: string;
  state: StepState;
  failureReason?: string;
}

declare const emr: {
  describeStep(input: { clusterId: string; stepId: string }, opts?: { abortSignal?: AbortSignal }): Promise<StepDescription>;
};

export class StepTimeoutError extends Error {}

export class StepWaiter {
  constructor(
    private readonly clusterId: string,
    private readonly intervalMs = 15_000,
    private readonly maxWaitMs = 30 * 60_000,
  ) {}

  async waitForCompletion(stepId: string, signal?: AbortSignal): Promise<StepDescription> {
    const deadline = Date.now() + this.maxWaitMs;
    const describe = emr.describeStep({ clusterId: this.clusterId, stepId }, { abortSignal: signal });
    let polls = 0;
    while (Date.now() < deadline) {
      polls++;
      const step = await describe;
      switch (step.state) {
        case 'COMPLETED':
          return step;
        case 'FAILED':
        case 'CANCELLED':
          throw new Error(`step ${stepId} ${step.state.toLowerCase()}: ${step.failureReason ?? 'no reason given'}`);
        default:
          if (polls % 10 === 0) {
            console.info(`[emr] step ${stepId} still ${step.state} after ${polls} polls`);
          }
          await sleep(this.intervalMs, undefined, { signal });
      }
    }
    throw new StepTimeoutError(`step ${stepId} did not finish within ${this.maxWaitMs}ms`);
  }
}
