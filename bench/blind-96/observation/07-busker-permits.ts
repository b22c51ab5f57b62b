// expect: none
// The setInterval callback and the SIGTERM handler are plain functions that call the async sweep and shutdown with .catch attached, so no promise is dropped by the timer or the process event and a sweep never overlaps the previous one.
import { EventEmitter } from 'node:events';

export interface Permit {
  number: string;
  pitch: string;
  expiresAt: Date;
}

export interface PermitRepo {
  listActive(): Promise<Permit[]>;
  revoke(number: string, reason: string): Promise<void>;
  close(): Promise<void>;
}

export interface PitchBoard {
  freePitch(pitch: string): Promise<void>;
}

export class PermitExpiryDaemon extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private sweeping = false;

  constructor(
    private readonly repo: PermitRepo,
    private readonly board: PitchBoard,
    private readonly intervalMs = 60_000,
  ) {
    super();
  }

  start(): void {
    this.timer = setInterval(() => {
      if (this.sweeping) return;
      this.sweeping = true;
      this.sweep()
        .catch((err: unknown) => this.emit('sweep-error', err))
        .finally(() => {
          this.sweeping = false;
        });
    }, this.intervalMs);

    process.once('SIGTERM', () => {
      this.shutdown().catch((err: unknown) => {
        console.error('permit daemon failed to shut down cleanly', err);
        process.exitCode = 1;
      });
    });
  }

  async sweep(now = new Date()): Promise<number> {
    const permits = await this.repo.listActive();
    const expired = permits.filter((p) => p.expiresAt.getTime() <= now.getTime());
    for (const permit of expired) {
      await this.repo.revoke(permit.number, 'expired');
      await this.board.freePitch(permit.pitch);
      this.emit('expired', permit.number);
    }
    return expired.length;
  }

  async shutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.repo.close();
  }
}
