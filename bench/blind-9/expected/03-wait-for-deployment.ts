// expect: no-reused-settled-promise
// The describe request is issued once before the loop, so every poll re-reads that first response; a deployment that completes after the first check still ends in DeploymentTimeoutError.
import { setTimeout as sleep } from 'node:timers/promises';

type DeploymentState = 'PENDING' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

interface DeploymentStatus {
  state: DeploymentState;
  message?: string;
  updatedAt: string;
}

declare const deployApi: {
  describeDeployment(input: { deploymentId: string }, opts?: { signal?: AbortSignal }): Promise<DeploymentStatus>;
};

export class DeploymentTimeoutError extends Error {
  constructor(
    readonly deploymentId: string,
    readonly polls: number,
  ) {
    super(`deployment ${deploymentId} did not finish after ${polls} polls`);
    this.name = 'DeploymentTimeoutError';
  }
}

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  signal?: AbortSignal;
  onProgress?: (status: DeploymentStatus) => void;
}

export async function waitForDeployment(
  deploymentId: string,
  { timeoutMs = 10 * 60_000, intervalMs = 5_000, signal, onProgress }: WaitOptions = {},
): Promise<DeploymentStatus> {
  const deadline = Date.now() + timeoutMs;
  const statusRequest = deployApi.describeDeployment({ deploymentId }, { signal });
  let polls = 0;

  for (;;) {
    polls++;
    const status = await statusRequest;
    onProgress?.(status);

    if (status.state === 'COMPLETED') {
      console.info(`[deploy] ${deploymentId} completed after ${polls} polls`);
      return status;
    }
    if (status.state === 'FAILED') {
      throw new Error(`deployment ${deploymentId} failed: ${status.message ?? 'no message'}`);
    }
    if (Date.now() + intervalMs > deadline) {
      throw new DeploymentTimeoutError(deploymentId, polls);
    }
    console.debug(`[deploy] ${deploymentId} is ${status.state} (updated ${status.updatedAt}), next check in ${intervalMs}ms`);
    await sleep(intervalMs, undefined, { signal });
  }
}
