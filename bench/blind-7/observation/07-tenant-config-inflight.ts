// expect: none
// Every promise placed in the in-flight map is the same object returned to the caller that triggered the load (and to later joiners), who await it inside try/catch, so no stored promise is ever left without a handler.
import { parentPort } from 'node:worker_threads';

interface TenantConfig {
  tenantId: string;
  region: string;
  rateLimitPerMin: number;
  webhookSecret: string;
}

declare const configService: {
  fetchTenant(tenantId: string, opts: { signal?: AbortSignal }): Promise<TenantConfig>;
};

export class TenantConfigLoader {
  private readonly inflight = new Map<string, Promise<TenantConfig>>();
  private readonly cache = new Map<string, { value: TenantConfig; loadedAt: number }>();

  constructor(private readonly ttlMs = 60_000) {}

  get(tenantId: string): Promise<TenantConfig> {
    const hit = this.cache.get(tenantId);
    if (hit && Date.now() - hit.loadedAt < this.ttlMs) return Promise.resolve(hit.value);

    const joined = this.inflight.get(tenantId);
    if (joined) return joined;

    const loading = this.load(tenantId).finally(() => this.inflight.delete(tenantId));
    this.inflight.set(tenantId, loading);
    return loading;
  }

  private async load(tenantId: string): Promise<TenantConfig> {
    const value = await configService.fetchTenant(tenantId, { signal: AbortSignal.timeout(5_000) });
    this.cache.set(tenantId, { value, loadedAt: Date.now() });
    return value;
  }
}

interface JobMessage {
  jobId: string;
  tenantId: string;
  payload: unknown;
}

const loader = new TenantConfigLoader();

async function processJob(msg: JobMessage): Promise<void> {
  try {
    const config = await loader.get(msg.tenantId);
    parentPort?.postMessage({ jobId: msg.jobId, status: 'accepted', region: config.region });
  } catch (err) {
    parentPort?.postMessage({
      jobId: msg.jobId,
      status: 'failed',
      error: err instanceof Error ? err.message : String(err),
    });
  }
}

parentPort?.on('message', (msg: JobMessage) => {
  void processJob(msg);
});
