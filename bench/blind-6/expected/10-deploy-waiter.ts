// expect: none
// Each poll iteration calls describeDeployment() again, so the loop sees the rollout's current state; the sleep takes the caller's signal so cancellation stops it.
import { setTimeout as sleep } from 'node:timers/promises';

type RolloutState = 'PENDING' | 'IN_PROGRESS' | 'COMPLETED' | 'ROLLED_BACK' | 'FAILED';

interface Deployment {
  id: string;
  state: RolloutState;
  healthyTargets: number;
  desiredTargets: number;
  reason?: string;
}

declare const deployApi: {
  describeDeployment(id: string, opts: { signal?: AbortSignal }): Promise<Deployment>;
};

export class DeploymentFailed extends Error {
  constructor(readonly deployment: Deployment) {
    super(`deployment ${deployment.id} ended in ${deployment.state}: ${deployment.reason ?? 'no reason given'}`);
  }
}

export async function waitForRollout(
  id: string,
  opts: { signal?: AbortSignal; pollMs?: number; onProgress?: (d: Deployment) => void } = {},
): Promise<Deployment> {
  const pollMs = opts.pollMs ?? 5_000;
  let previous: Deployment | undefined;

  for (;;) {
    const pending = deployApi.describeDeployment(id, { signal: opts.signal });
    const current = await pending;

    if (!previous || previous.healthyTargets !== current.healthyTargets || previous.state !== current.state) {
      opts.onProgress?.(current);
    }
    previous = current;

    switch (current.state) {
      case 'COMPLETED':
        return current;
      case 'FAILED':
      case 'ROLLED_BACK':
        throw new DeploymentFailed(current);
      default:
        await sleep(pollMs, undefined, { signal: opts.signal });
    }
  }
}
