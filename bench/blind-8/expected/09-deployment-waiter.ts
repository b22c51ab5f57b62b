// expect: none
// `pending` is reassigned to a new describeDeployment call after each sleep, so every loop iteration awaits a fresh status request rather than the first settled one.
import { setTimeout as sleep } from 'node:timers/promises';

type DeploymentState = 'PENDING' | 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'ROLLED_BACK';

export interface Deployment {
  id: string;
  state: DeploymentState;
  message?: string;
  updatedAt: string;
}

declare const deployClient: {
  describeDeployment(input: { deploymentId: string }, opts?: { signal?: AbortSignal }): Promise<Deployment>;
};

export class DeploymentFailedError extends Error {
  constructor(readonly deployment: Deployment) {
    super(`deployment ${deployment.id} ended in ${deployment.state}: ${deployment.message ?? 'no details'}`);
  }
}

export interface WaitOptions {
  intervalMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  onProgress?: (d: Deployment) => void;
}

export async function waitForDeployment(deploymentId: string, opts: WaitOptions = {}): Promise<Deployment> {
  const { intervalMs = 5_000, timeoutMs = 15 * 60_000, signal } = opts;
  const deadline = Date.now() + timeoutMs;
  let pending = deployClient.describeDeployment({ deploymentId }, { signal });
  let lastState: DeploymentState | undefined;

  for (;;) {
    const deployment = await pending;
    if (deployment.state !== lastState) {
      opts.onProgress?.(deployment);
      lastState = deployment.state;
    }
    if (deployment.state === 'SUCCEEDED') return deployment;
    if (deployment.state === 'FAILED' || deployment.state === 'ROLLED_BACK') {
      throw new DeploymentFailedError(deployment);
    }
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`timed out waiting for deployment ${deploymentId} (last state ${deployment.state})`);
    }
    await sleep(intervalMs, undefined, { signal });
    pending = deployClient.describeDeployment({ deploymentId }, { signal });
  }
}

export async function runCli(argv: string[]): Promise<number> {
  const [deploymentId] = argv;
  if (!deploymentId) {
    console.error('usage: wait-deploy <deployment-id>');
    return 2;
  }
  const ac = new AbortController();
  process.once('SIGINT', () => ac.abort());
  try {
    const done = await waitForDeployment(deploymentId, {
      signal: ac.signal,
      onProgress: (d) => process.stdout.write(`${d.updatedAt} ${d.state}${d.message ? ` - ${d.message}` : ''}\n`),
    });
    console.info(`deployment ${done.id} succeeded`);
    return 0;
  } catch (err) {
    if (ac.signal.aborted) throw err;
    console.error(err instanceof Error ? err.message : err);
    return 1;
  }
}
