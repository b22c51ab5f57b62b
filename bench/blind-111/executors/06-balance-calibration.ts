// expect: none
// The tare deferred is settled through a single guarded path that clears the timer and detaches every listener, and ack, nak, error, close and timeout each lead to exactly one settle.
import { EventEmitter } from 'node:events';

export type DaqFrame =
  | { kind: 'tare-ack'; channel: string; offsets: number[] }
  | { kind: 'tare-nak'; channel: string; reason: string }
  | { kind: 'sample'; channel: string; values: number[] };

export interface DaqLink extends EventEmitter {
  send(frame: { kind: 'tare'; channel: string; averageMs: number }): void;
}

export interface TareResult {
  channel: string;
  offsets: { fx: number; fy: number; fz: number; mx: number; my: number; mz: number };
  durationMs: number;
}

export class BalanceCalibrator {
  private readonly busy = new Set<string>();

  constructor(private readonly link: DaqLink) {}

  tare(channel: string, averageMs = 2_000, timeoutMs = 10_000): Promise<TareResult> {
    if (this.busy.has(channel)) {
      return Promise.reject(new Error(`a tare is already running on ${channel}`));
    }

    const startedAt = Date.now();
    const { promise, resolve, reject } = Promise.withResolvers<TareResult>();
    let settled = false;

    const settle = (outcome: { ok: true; value: TareResult } | { ok: false; error: Error }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      this.link.off('frame', onFrame);
      this.link.off('error', onError);
      this.link.off('close', onClose);
      this.busy.delete(channel);
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    };

    const onFrame = (frame: DaqFrame) => {
      if (frame.channel !== channel) return;
      if (frame.kind === 'tare-ack') {
        const [fx = 0, fy = 0, fz = 0, mx = 0, my = 0, mz = 0] = frame.offsets;
        settle({
          ok: true,
          value: { channel, offsets: { fx, fy, fz, mx, my, mz }, durationMs: Date.now() - startedAt },
        });
      } else if (frame.kind === 'tare-nak') {
        settle({ ok: false, error: new Error(`tare refused on ${channel}: ${frame.reason}`) });
      }
    };
    const onError = (err: Error) => settle({ ok: false, error: err });
    const onClose = () => settle({ ok: false, error: new Error(`DAQ link closed while taring ${channel}`) });

    const timer = setTimeout(() => {
      settle({ ok: false, error: new Error(`no tare acknowledgement for ${channel} after ${timeoutMs} ms`) });
    }, timeoutMs);

    this.busy.add(channel);
    this.link.on('frame', onFrame);
    this.link.on('error', onError);
    this.link.on('close', onClose);

    try {
      this.link.send({ kind: 'tare', channel, averageMs });
    } catch (err) {
      settle({ ok: false, error: err instanceof Error ? err : new Error(String(err)) });
    }
    return promise;
  }

  async tareAll(channels: string[]): Promise<TareResult[]> {
    const results: TareResult[] = [];
    for (const channel of channels) {
      results.push(await this.tare(channel));
    }
    return results;
  }
}
