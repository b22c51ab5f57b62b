// expect: no-reused-settled-promise
// retryStep receives an already-started promise, so its loop keeps re-awaiting the same failed health check instead of running a new one.
import { setTimeout as delay } from 'node:timers/promises';

declare function runHealthCheck(serviceUrl: string): Promise<{ healthy: boolean; version: string }>;
declare function switchTraffic(service: string, version: string): Promise<void>;

async function retryStep<T>(label: string, step: Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; i <= attempts; i++) {
    try {
      return await step;
    } catch (err) {
      console.error(`[${label}] attempt ${i}/${attempts} failed: ${(err as Error).message}`);
      if (i < attempts) await delay(1000 * i);
    }
  }
  throw new Error(`[${label}] gave up after ${attempts} attempts`);
}

export async function promote(service: string, url: string): Promise<void> {
  const health = await retryStep('health', runHealthCheck(url));
  if (!health.healthy) {
    throw new Error(`${service} ${health.version} is not healthy`);
  }
  await switchTraffic(service, health.version);
  console.log(`${service} now serving ${health.version}`);
}
