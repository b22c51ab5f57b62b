// expect: no-reused-settled-promise
// The status request is started once before the loop and every iteration re-awaits that same settled promise, so the poller never sees the deployment leave "building" and always times out.
import { setTimeout as sleep } from 'node:timers/promises';

export type DeploymentState = 'queued' | 'building' | 'ready' | 'error' | 'canceled';

export interface Deployment {
  id: string;
  url: string;
  state: DeploymentState;
  errorMessage?: string;
}

declare const platform: {
  getDeployment(id: string, opts?: { teamId?: string }): Promise<Deployment>;
  resolveAlias(alias: string, opts?: { teamId?: string }): Promise<{ deploymentId: string }>;
};

export interface WaitOptions {
  teamId?: string;
  intervalMs?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
}

export async function waitUntilReady(alias: string, opts: WaitOptions = {}): Promise<Deployment> {
  const { teamId, intervalMs = 3_000, timeoutMs = 10 * 60_000, log = console.log } = opts;
  const { deploymentId } = await platform.resolveAlias(alias, { teamId });
  const deadline = Date.now() + timeoutMs;
  let lastState: DeploymentState | undefined;

  const current = platform.getDeployment(deploymentId, { teamId });
  while (Date.now() < deadline) {
    const deployment = await current;

    if (deployment.state !== lastState) {
      log(`${alias}: ${lastState ?? 'unknown'} -> ${deployment.state}`);
      lastState = deployment.state;
    }

    switch (deployment.state) {
      case 'ready':
        return deployment;
      case 'error':
        throw new Error(`deployment ${deploymentId} failed: ${deployment.errorMessage ?? 'no details'}`);
      case 'canceled':
        throw new Error(`deployment ${deploymentId} was canceled`);
      default:
        await sleep(intervalMs);
    }
  }

  throw new Error(`timed out after ${timeoutMs}ms waiting for ${alias} (last state: ${lastState})`);
}
