// expect: no-multiple-settle
// The executor is async and awaits the database before wiring any settle path, so a failed lookup rejects the executor's own promise and the transfer promise never settles.
import { EventEmitter } from 'node:events';

export interface Frag {
  id: string;
  species: string;
  tankId: string;
  salinityPpt: number;
}

export interface Tank {
  id: string;
  salinityPpt: number;
  parFlux: number;
}

export interface ReefDb {
  getFrag(id: string): Promise<Frag | null>;
  getTank(id: string): Promise<Tank | null>;
}

export interface TransferReceipt {
  fragId: string;
  fromTank: string;
  toTank: string;
  minutes: number;
}

interface DripEvent {
  fragId: string;
  minutes: number;
  reason?: string;
}

export class FragTransferService {
  constructor(
    private readonly db: ReefDb,
    private readonly drip: EventEmitter,
    private readonly maxSalinityDelta = 0.8,
  ) {}

  transfer(fragId: string, toTankId: string): Promise<TransferReceipt> {
    return new Promise<TransferReceipt>(async (resolve, reject) => {
      const frag = await this.db.getFrag(fragId);
      const tank = await this.db.getTank(toTankId);
      if (!frag || !tank) {
        reject(new Error(`unknown frag ${fragId} or tank ${toTankId}`));
        return;
      }
      const delta = Math.abs(frag.salinityPpt - tank.salinityPpt);
      if (delta > this.maxSalinityDelta) {
        reject(new Error(`salinity gap ${delta.toFixed(2)}ppt too large for ${frag.species}`));
        return;
      }

      const cleanup = (): void => {
        this.drip.off('acclimated', onDone);
        this.drip.off('fault', onFault);
      };
      const onDone = (evt: DripEvent): void => {
        if (evt.fragId !== fragId) return;
        cleanup();
        resolve({ fragId, fromTank: frag.tankId, toTank: tank.id, minutes: evt.minutes });
      };
      const onFault = (evt: DripEvent): void => {
        if (evt.fragId !== fragId) return;
        cleanup();
        reject(new Error(`drip acclimation failed for ${fragId}: ${evt.reason ?? 'unknown'}`));
      };

      this.drip.on('acclimated', onDone);
      this.drip.on('fault', onFault);
      this.drip.emit('start', { fragId, toTankId: tank.id, minutes: Math.ceil(delta * 40) + 15 });
    });
  }
}
