// expect: no-multiple-settle
// The timeout timer is never cleared on success, so it still fires later and rejects an already-resolved promise.
import { EventEmitter } from 'node:events';

export type GateSide = 'upstream' | 'downstream';

export interface GateJam {
  gateId: string;
  side: GateSide;
  obstructionCm: number;
}

declare const lockPlc: {
  writeCoil(address: string, value: boolean): void;
  readLevelCm(side: GateSide): number;
};

declare const lockkeeperLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

export class GateJamError extends Error {
  constructor(readonly jam: GateJam) {
    super(`Gate ${jam.gateId} jammed (${jam.obstructionCm}cm obstruction)`);
    this.name = 'GateJamError';
  }
}

export class LockGate extends EventEmitter {
  constructor(readonly gateId: string, readonly side: GateSide, private readonly coil: string) {
    super();
  }

  close(timeoutMs = 90_000): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const detach = () => {
        this.off('closed', onClosed);
        this.off('jammed', onJammed);
      };
      const onClosed = () => {
        detach();
        lockkeeperLog.info('gate closed', { gateId: this.gateId });
        resolve();
      };
      const onJammed = (jam: GateJam) => {
        detach();
        lockPlc.writeCoil(this.coil, false);
        reject(new GateJamError(jam));
      };

      setTimeout(() => {
        detach();
        lockPlc.writeCoil(this.coil, false);
        reject(new Error(`Gate ${this.gateId} did not close within ${timeoutMs / 1000}s`));
      }, timeoutMs);

      this.on('closed', onClosed);
      this.on('jammed', onJammed);
      lockPlc.writeCoil(this.coil, true);
    });
  }
}

export class LockChamber {
  constructor(
    private readonly upstream: LockGate,
    private readonly downstream: LockGate,
    private readonly toleranceCm = 4,
  ) {}

  levelsEqualised(): boolean {
    const up = lockPlc.readLevelCm('upstream');
    const down = lockPlc.readLevelCm('downstream');
    return Math.abs(up - down) <= this.toleranceCm;
  }

  async sealForFilling(): Promise<void> {
    await this.downstream.close();
    lockkeeperLog.info('chamber sealed downstream; filling may start');
  }

  async sealForEmptying(): Promise<void> {
    await this.upstream.close();
    lockkeeperLog.info('chamber sealed upstream; emptying may start');
  }

  async fullCycle(direction: 'up' | 'down'): Promise<void> {
    if (direction === 'up') {
      await this.sealForFilling();
    } else {
      await this.sealForEmptying();
    }
    if (!this.levelsEqualised()) {
      lockkeeperLog.info('waiting for levels to equalise', { direction });
    }
  }
}
