// expect: none
// Work started from event listeners gets a .catch at once that routes failures to 'error', and the early-started meter read goes into Promise.all right away.
import { EventEmitter } from 'node:events';

export interface FuelRequest {
  vessel: string;
  berth: number;
  litres: number;
  grade: 'mgo' | 'ulsd';
}

export interface MeterReading {
  pumpId: string;
  totalizerLitres: number;
}

export interface Delivery {
  vessel: string;
  pumpId: string;
  litres: number;
  startedAt: string;
}

declare const dockPumps: {
  assign(berth: number, grade: FuelRequest['grade']): Promise<string>;
  readMeter(pumpId: string): Promise<MeterReading>;
  dispense(pumpId: string, litres: number): Promise<void>;
};

declare const harbourMaster: {
  confirmBerth(vessel: string, berth: number): Promise<boolean>;
  logDelivery(delivery: Delivery): Promise<void>;
};

export class FuelDockDispatcher extends EventEmitter {
  private readonly active = new Set<string>();

  constructor(private readonly intake: EventEmitter) {
    super();
    intake.on('request', (request: FuelRequest) => {
      this.fulfil(request).catch((err: unknown) => {
        this.emit('error', err instanceof Error ? err : new Error(String(err)));
      });
    });
  }

  async fulfil(request: FuelRequest): Promise<Delivery> {
    if (this.active.has(request.vessel)) {
      throw new Error(`vessel ${request.vessel} is already being fuelled`);
    }
    this.active.add(request.vessel);
    try {
      const pumpId = await dockPumps.assign(request.berth, request.grade);
      const meterBefore = dockPumps.readMeter(pumpId);
      const [confirmed, before] = await Promise.all([
        harbourMaster.confirmBerth(request.vessel, request.berth),
        meterBefore,
      ]);
      if (!confirmed) {
        throw new Error(`${request.vessel} is not moored at berth ${request.berth}`);
      }

      const startedAt = new Date().toISOString();
      await dockPumps.dispense(pumpId, request.litres);
      const after = await dockPumps.readMeter(pumpId);
      const litres = after.totalizerLitres - before.totalizerLitres;
      if (Math.abs(litres - request.litres) > request.litres * 0.005) {
        throw new Error(`pump ${pumpId} metered ${litres} L for a ${request.litres} L order`);
      }

      const delivery: Delivery = { vessel: request.vessel, pumpId, litres, startedAt };
      await harbourMaster.logDelivery(delivery);
      this.emit('delivered', delivery);
      return delivery;
    } finally {
      this.active.delete(request.vessel);
    }
  }
}
