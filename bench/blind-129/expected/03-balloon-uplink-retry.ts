// expect: none
// The retry helper takes a function and calls it afresh on every attempt, so each retry actually re-sends the uplink command.
import { setTimeout as sleep } from 'node:timers/promises';

export interface UplinkCommand {
  flightId: string;
  kind: 'cutdown' | 'vent' | 'ballast' | 'ping';
  payload?: Record<string, number>;
}

export interface UplinkAck {
  flightId: string;
  seq: number;
  rssiDbm: number;
}

export interface GroundRadio {
  transmit(cmd: UplinkCommand): Promise<UplinkAck>;
}

export interface RetryPolicy {
  attempts: number;
  delayMs: number;
  signal?: AbortSignal;
}

export async function retry<T>(task: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await task();
    } catch (err) {
      if (policy.signal?.aborted) throw err;
      lastError = err;
      if (attempt < policy.attempts) {
        await sleep(policy.delayMs * attempt, undefined, { signal: policy.signal });
      }
    }
  }
  throw new Error(`gave up after ${policy.attempts} attempts`, { cause: lastError });
}

export class BalloonUplink {
  constructor(
    private readonly radio: GroundRadio,
    private readonly policy: RetryPolicy = { attempts: 5, delayMs: 1_500 },
  ) {}

  async send(cmd: UplinkCommand): Promise<UplinkAck> {
    const ack = await retry(() => this.radio.transmit(cmd), this.policy);
    if (ack.flightId !== cmd.flightId) {
      throw new Error(`ack for ${ack.flightId} while commanding ${cmd.flightId}`);
    }
    return ack;
  }

  async cutdown(flightId: string): Promise<UplinkAck> {
    return this.send({ flightId, kind: 'cutdown' });
  }

  async ventFor(flightId: string, seconds: number): Promise<UplinkAck> {
    if (seconds <= 0 || seconds > 60) throw new RangeError(`vent duration ${seconds}s out of range`);
    return this.send({ flightId, kind: 'vent', payload: { seconds } });
  }
}
