// expect: none
// The stored deferred is taken and cleared before settling, and ack, fault, close and timeout each settle it exactly once.
import { EventEmitter } from 'node:events';

export type HornPattern = 'single' | 'double' | 'morse';

interface HornAck {
  station: string;
  pattern: HornPattern;
  firedAt: number;
}

interface PendingBlast {
  resolve: (ack: HornAck) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

declare const hornBus: EventEmitter & {
  send(frame: { station: string; cmd: 'blast'; pattern: HornPattern }): void;
};

export class FoghornController {
  private pending: PendingBlast | undefined;

  constructor(
    private readonly station: string,
    private readonly ackTimeoutMs = 4_000,
  ) {
    hornBus.on('ack', (ack: HornAck) => {
      if (ack.station === this.station) this.settle((p) => p.resolve(ack));
    });
    hornBus.on('fault', (station: string, reason: string) => {
      if (station === this.station) {
        this.settle((p) => p.reject(new Error(`horn fault at ${station}: ${reason}`)));
      }
    });
    hornBus.on('close', () => {
      this.settle((p) => p.reject(new Error('horn bus closed')));
    });
  }

  get busy(): boolean {
    return this.pending !== undefined;
  }

  blast(pattern: HornPattern): Promise<HornAck> {
    if (this.pending) {
      return Promise.reject(new Error(`station ${this.station} is already sounding`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<HornAck>();
    const timer = setTimeout(() => {
      this.settle((p) => p.reject(new Error(`no ack from ${this.station} within ${this.ackTimeoutMs}ms`)));
    }, this.ackTimeoutMs);
    this.pending = { resolve, reject, timer };

    try {
      hornBus.send({ station: this.station, cmd: 'blast', pattern });
    } catch (err) {
      this.settle((p) => p.reject(err instanceof Error ? err : new Error(String(err))));
    }
    return promise;
  }

  private settle(action: (pending: PendingBlast) => void): void {
    const current = this.pending;
    if (!current) return;
    this.pending = undefined;
    clearTimeout(current.timer);
    action(current);
  }
}

export async function soundFogSequence(
  controller: FoghornController,
  patterns: HornPattern[],
  gapMs: number,
): Promise<HornAck[]> {
  const acks: HornAck[] = [];
  for (const pattern of patterns) {
    acks.push(await controller.blast(pattern));
    await new Promise<void>((resolve) => setTimeout(resolve, gapMs));
  }
  return acks;
}
