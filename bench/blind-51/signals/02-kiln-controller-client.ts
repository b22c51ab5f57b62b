// expect: none
// The caller's signal is folded into the RequestInit built by requestInit(), which every fetch uses, and the polling delay receives it too.
import { setTimeout as sleep } from 'node:timers/promises';

export interface KilnStatus {
  kilnId: string;
  temperatureC: number;
  segment: number;
  state: 'idle' | 'firing' | 'cooling' | 'fault';
}

export interface ClientOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export class KilnControllerClient {
  constructor(private readonly options: ClientOptions) {}

  private requestInit(call: CallOptions, init: RequestInit = {}): RequestInit {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    return {
      ...init,
      headers: { 'x-api-key': this.options.apiKey, 'content-type': 'application/json', ...init.headers },
      signal: call.signal ? AbortSignal.any([call.signal, timeout]) : timeout,
    };
  }

  private async json<T>(path: string, call: CallOptions, init?: RequestInit): Promise<T> {
    const response = await fetch(`${this.options.baseUrl}${path}`, this.requestInit(call, init));
    if (!response.ok) {
      throw new Error(`kiln controller ${path} failed: ${response.status} ${await response.text()}`);
    }
    return (await response.json()) as T;
  }

  status(kilnId: string, call: CallOptions = {}): Promise<KilnStatus> {
    return this.json<KilnStatus>(`/kilns/${kilnId}/status`, call);
  }

  async startProgram(kilnId: string, programId: string, call: CallOptions = {}): Promise<void> {
    await this.json<unknown>(`/kilns/${kilnId}/program`, call, {
      method: 'POST',
      body: JSON.stringify({ programId }),
    });
  }

  async waitForState(
    kilnId: string,
    wanted: KilnStatus['state'],
    pollMs: number,
    call: CallOptions = {},
  ): Promise<KilnStatus> {
    for (;;) {
      const status = await this.status(kilnId, call);
      if (status.state === wanted) return status;
      if (status.state === 'fault') {
        throw new Error(`kiln ${kilnId} faulted at ${status.temperatureC}°C in segment ${status.segment}`);
      }
      await sleep(pollMs, undefined, { signal: call.signal });
    }
  }
}

export async function fireAndCool(
  client: KilnControllerClient,
  kilnId: string,
  programId: string,
  signal?: AbortSignal,
): Promise<KilnStatus> {
  const call = { signal };
  await client.startProgram(kilnId, programId, call);
  await client.waitForState(kilnId, 'cooling', 30_000, call);
  return client.waitForState(kilnId, 'idle', 60_000, call);
}
