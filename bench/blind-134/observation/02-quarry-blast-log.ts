// expect: none
// The detonation listener is synchronous and hands the promise from record() straight to a catch that routes failures to the 'error' event, and the flush timer does the same, so no promise is left unobserved.
import { EventEmitter } from 'node:events';

export interface DetonationEvent {
  blastId: string;
  bench: string;
  holes: number;
  chargeKg: number;
  peakParticleVelocityMmS: number;
  firedAt: Date;
}

export interface BlastRegister {
  append(rows: readonly DetonationEvent[]): Promise<void>;
  notifyRegulator(blastId: string, ppv: number): Promise<void>;
}

export class BlastLogger extends EventEmitter {
  private buffer: DetonationEvent[] = [];
  private flushTimer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly site: EventEmitter,
    private readonly register: BlastRegister,
    private readonly ppvLimitMmS = 12.5,
  ) {
    super();
  }

  start(flushEveryMs = 30_000): void {
    this.site.on('detonation', (evt: DetonationEvent) => {
      this.record(evt).catch((err: unknown) => this.emit('error', err));
    });
    this.flushTimer = setInterval(() => {
      this.flush().catch((err: unknown) => this.emit('error', err));
    }, flushEveryMs);
  }

  async stop(): Promise<void> {
    if (this.flushTimer) clearInterval(this.flushTimer);
    this.site.removeAllListeners('detonation');
    await this.flush();
  }

  private async record(evt: DetonationEvent): Promise<void> {
    this.buffer.push(evt);
    if (evt.peakParticleVelocityMmS > this.ppvLimitMmS) {
      await this.register.notifyRegulator(evt.blastId, evt.peakParticleVelocityMmS);
    }
    if (this.buffer.length >= 50) {
      await this.flush();
    }
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const rows = this.buffer;
    this.buffer = [];
    try {
      await this.register.append(rows);
    } catch (err) {
      this.buffer = rows.concat(this.buffer);
      throw err;
    }
  }

  powderFactor(evt: DetonationEvent, rockTonnes: number): number {
    return rockTonnes === 0 ? 0 : evt.chargeKg / rockTonnes;
  }
}
