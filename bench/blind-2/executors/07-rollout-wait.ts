// expect: no-multiple-settle
// The deadline timer is never cleared when the rollout succeeds or fails, so it still fires later: the CLI process stays alive for the whole timeout and then posts a false "timed out" incident after a successful deploy.
import { EventEmitter } from 'node:events';

interface RolloutEvent {
  type: 'progress' | 'available' | 'failed';
  readyReplicas: number;
  desiredReplicas: number;
  reason?: string;
}
interface DeploymentWatch extends EventEmitter {
  stop(): void;
}
declare const kube: { watchDeployment(namespace: string, name: string): DeploymentWatch };
declare const incidents: { open(summary: string, details: Record<string, string | number>): void };

export interface RolloutOptions {
  namespace: string;
  name: string;
  timeoutMs?: number;
  onProgress?: (ready: number, desired: number) => void;
}

export function waitForRollout(opts: RolloutOptions): Promise<number> {
  const timeoutMs = opts.timeoutMs ?? 10 * 60_000;
  const started = Date.now();

  return new Promise((resolve, reject) => {
    const watch = kube.watchDeployment(opts.namespace, opts.name);

    setTimeout(() => {
      watch.stop();
      incidents.open(`rollout of ${opts.namespace}/${opts.name} timed out`, { timeoutMs });
      reject(new Error(`rollout did not complete within ${timeoutMs / 1000}s`));
    }, timeoutMs);

    watch.on('event', (ev: RolloutEvent) => {
      opts.onProgress?.(ev.readyReplicas, ev.desiredReplicas);
      if (ev.type === 'available' && ev.readyReplicas >= ev.desiredReplicas) {
        watch.stop();
        resolve(Date.now() - started);
      } else if (ev.type === 'failed') {
        watch.stop();
        reject(new Error(`rollout failed: ${ev.reason ?? 'unknown reason'}`));
      }
    });
    watch.on('error', (err: Error) => {
      watch.stop();
      reject(new Error(`lost watch on ${opts.name}: ${err.message}`, { cause: err }));
    });
  });
}

export async function deployCommand(argv: string[]): Promise<number> {
  const [namespace, name] = argv;
  if (!namespace || !name) {
    console.error('usage: deploy-wait <namespace> <deployment>');
    return 2;
  }
  try {
    const ms = await waitForRollout({
      namespace,
      name,
      onProgress: (r, d) => process.stdout.write(`\r${name}: ${r}/${d} ready`),
    });
    console.log(`\n${name} rolled out in ${(ms / 1000).toFixed(1)}s`);
    return 0;
  } catch (err) {
    console.error(`\n${(err as Error).message}`);
    return 1;
  }
}
