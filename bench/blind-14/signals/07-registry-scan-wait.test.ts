// expect: require-signal-propagation
// waitForScan holds opts.signal but sleeps between polls with timers/promises setTimeout without passing it, so an abort waits out the full interval.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeoutMs?: number) => void;
declare const expect: (value: unknown) => {
  toBe(v: unknown): void;
  toEqual(v: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

type ScanStatus = 'queued' | 'scanning' | 'done' | 'failed';

interface ScanReport {
  digest: string;
  status: ScanStatus;
  critical: number;
  high: number;
}

interface RegistryClient {
  getScan(repo: string, digest: string, init: { signal: AbortSignal }): Promise<ScanReport>;
}

async function waitForScan(
  client: RegistryClient,
  repo: string,
  digest: string,
  opts: { signal: AbortSignal; intervalMs?: number; maxPolls?: number },
): Promise<ScanReport> {
  const interval = opts.intervalMs ?? 2_000;
  const maxPolls = opts.maxPolls ?? 90;

  for (let poll = 0; poll < maxPolls; poll++) {
    const report = await client.getScan(repo, digest, { signal: opts.signal });
    if (report.status === 'done') return report;
    if (report.status === 'failed') {
      throw new Error(`scan of ${repo}@${digest} failed`);
    }
    await sleep(interval);
  }
  throw new Error(`scan of ${repo}@${digest} did not finish after ${maxPolls} polls`);
}

function scriptedClient(statuses: ScanStatus[]): RegistryClient & { polls: number } {
  const client = {
    polls: 0,
    async getScan(_repo: string, digest: string, init: { signal: AbortSignal }): Promise<ScanReport> {
      init.signal.throwIfAborted();
      const status = statuses[Math.min(client.polls, statuses.length - 1)];
      client.polls++;
      return { digest, status, critical: status === 'done' ? 1 : 0, high: status === 'done' ? 4 : 0 };
    },
  };
  return client;
}

const DIGEST = 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

describe('waitForScan', () => {
  it('returns the report once the scanner finishes', async () => {
    const client = scriptedClient(['queued', 'scanning', 'scanning', 'done']);
    const report = await waitForScan(client, 'payments/api', DIGEST, {
      signal: new AbortController().signal,
      intervalMs: 1,
    });
    expect(report.status).toBe('done');
    expect(report.critical).toBe(1);
    expect(client.polls).toBe(4);
  });

  it('surfaces scanner failures', async () => {
    const client = scriptedClient(['queued', 'failed']);
    await expect(waitForScan(client, 'payments/api', DIGEST, { signal: new AbortController().signal, intervalMs: 1 })).rejects.toThrow(
      /failed/,
    );
  });

  it('gives up after maxPolls', async () => {
    const client = scriptedClient(['scanning']);
    await expect(
      waitForScan(client, 'payments/api', DIGEST, {
        signal: new AbortController().signal,
        intervalMs: 1,
        maxPolls: 3,
      }),
    ).rejects.toThrow(/did not finish/);
    expect(client.polls).toBe(3);
  });

  it('stops polling when the pipeline is cancelled', async () => {
    const controller = new AbortController();
    const client = scriptedClient(['scanning']);
    const pending = waitForScan(client, 'payments/api', DIGEST, { signal: controller.signal, intervalMs: 50 });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toThrow();
    expect(client.polls).toBeGreaterThan(0);
  });
});
