// expect: no-leaked-race
// fireCue races the ack against a timeout promise whose timer is never cleared, so every cue that is acknowledged in time leaves a live timer behind.
import { EventEmitter, once } from 'node:events';

export interface Cue {
  id: string;
  module: number;
  pins: number[];
  atMs: number;
}

export interface IgnitionAck {
  cueId: string;
  module: number;
  firedPins: number[];
  latencyMs: number;
}

export interface RailTransport extends EventEmitter {
  send(frame: Uint8Array, opts?: { signal?: AbortSignal }): Promise<void>;
}

export class CueTimeoutError extends Error {
  constructor(readonly cueId: string, readonly ms: number) {
    super(`no ignition ack for cue ${cueId} within ${ms}ms`);
    this.name = 'CueTimeoutError';
  }
}

function encodeCue(cue: Cue): Uint8Array {
  const frame = new Uint8Array(4 + cue.pins.length);
  frame[0] = 0xf1;
  frame[1] = cue.module & 0xff;
  frame[2] = cue.pins.length;
  cue.pins.forEach((pin, i) => (frame[3 + i] = pin & 0xff));
  frame[frame.length - 1] = frame.reduce((a, b) => a ^ b, 0);
  return frame;
}

export class CueFirer {
  constructor(
    private readonly rail: RailTransport,
    private readonly ackTimeoutMs = 250,
  ) {}

  async fireCue(cue: Cue, signal: AbortSignal): Promise<IgnitionAck> {
    signal.throwIfAborted();
    const ack = once(this.rail, `ack:${cue.id}`, { signal }) as Promise<[IgnitionAck]>;
    const sent = this.rail.send(encodeCue(cue), { signal });

    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new CueTimeoutError(cue.id, this.ackTimeoutMs)), this.ackTimeoutMs);
    });
    const [[result]] = await Promise.race([Promise.all([ack, sent]), timeout]);
    return result;
  }

  async runSequence(cues: Cue[], signal: AbortSignal): Promise<IgnitionAck[]> {
    const acks: IgnitionAck[] = [];
    const startedAt = Date.now();
    for (const cue of [...cues].sort((a, b) => a.atMs - b.atMs)) {
      signal.throwIfAborted();
      const wait = cue.atMs - (Date.now() - startedAt);
      if (wait > 0) {
        await new Promise<void>((resolve, reject) => {
          const t = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
          }, wait);
          const onAbort = () => {
            clearTimeout(t);
            reject(signal.reason);
          };
          signal.addEventListener('abort', onAbort, { once: true });
        });
      }
      acks.push(await this.fireCue(cue, signal));
    }
    return acks;
  }
}
