// expect: none
// The retry loop passes the caller's signal to every fetch and to the backoff sleep, and rethrows as soon as the signal is aborted, so cancellation stops both the request and the wait.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FanStartAck {
  fanId: string;
  rpm: number;
  engineHours: number;
}

export class FanCommandError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
    this.name = 'FanCommandError';
  }
}

export class FanGatewayClient {
  constructor(
    private readonly gatewayUrl: string,
    private readonly maxAttempts = 4,
    private readonly baseDelayMs = 750,
  ) {}

  private backoff(attempt: number): number {
    const jitter = Math.random() * 0.3 + 0.85;
    return Math.min(10_000, this.baseDelayMs * 2 ** (attempt - 1)) * jitter;
  }

  async startFan(fanId: string, targetRpm: number, { signal }: { signal: AbortSignal }): Promise<FanStartAck> {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await fetch(`${this.gatewayUrl}/fans/${fanId}/start`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ rpm: targetRpm }),
          signal,
        });
        if (res.ok) return (await res.json()) as FanStartAck;
        const retryable = res.status === 503 || res.status === 504;
        if (!retryable || attempt >= this.maxAttempts) {
          throw new FanCommandError(`fan ${fanId} refused start (${res.status})`, res.status);
        }
      } catch (err) {
        if (signal.aborted || err instanceof FanCommandError || attempt >= this.maxAttempts) throw err;
      }
      // the radio gateway in the far blocks drops packets when the diesel cranks
      await sleep(this.backoff(attempt), undefined, { signal });
    }
  }

  async startAll(
    fanIds: string[],
    targetRpm: number,
    { signal }: { signal: AbortSignal },
  ): Promise<FanStartAck[]> {
    const acks: FanStartAck[] = [];
    for (const id of fanIds) {
      acks.push(await this.startFan(id, targetRpm, { signal }));
    }
    return acks;
  }
}
