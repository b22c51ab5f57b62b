// expect: no-floating-promises
// onDeparture() is synchronous and calls the async releaseBay() as a bare statement, so a failed charger shutdown or bay update is silently dropped.
import { EventEmitter } from 'node:events';

export interface ChargingBay {
  bayId: string;
  chargerId: string;
  maxKw: number;
  occupiedBy?: string;
  sessionId?: string;
}

export interface TramDeparture {
  tramId: string;
  bayId: string;
  departedAt: Date;
  stateOfChargePercent: number;
}

declare const chargers: {
  endSession(chargerId: string, sessionId: string): Promise<{ energyKwh: number }>;
  setIdle(chargerId: string): Promise<void>;
};

declare const depotDb: {
  saveBay(bay: ChargingBay): Promise<void>;
  recordEnergy(tramId: string, energyKwh: number, at: Date): Promise<void>;
};

declare const depotSensors: EventEmitter;

export class DepotChargingManager {
  private readonly bays = new Map<string, ChargingBay>();
  private readonly lowChargeDepartures: TramDeparture[] = [];

  constructor(bays: ChargingBay[], private readonly minDepartureSoc = 85) {
    for (const bay of bays) this.bays.set(bay.bayId, { ...bay });
  }

  attach(): () => void {
    const handler = (departure: TramDeparture) => this.onDeparture(departure);
    depotSensors.on('tram-departed', handler);
    return () => depotSensors.off('tram-departed', handler);
  }

  freeBays(minKw = 0): ChargingBay[] {
    return [...this.bays.values()].filter((b) => !b.occupiedBy && b.maxKw >= minKw);
  }

  lowChargeReport(): string[] {
    return this.lowChargeDepartures.map(
      (d) => `${d.tramId} left ${d.bayId} at ${d.departedAt.toISOString()} with ${d.stateOfChargePercent}%`,
    );
  }

  private onDeparture(departure: TramDeparture): void {
    const bay = this.bays.get(departure.bayId);
    if (!bay || bay.occupiedBy !== departure.tramId) {
      return;
    }
    if (departure.stateOfChargePercent < this.minDepartureSoc) {
      this.lowChargeDepartures.push(departure);
    }
    this.releaseBay(bay, departure);
  }

  private async releaseBay(bay: ChargingBay, departure: TramDeparture): Promise<void> {
    const sessionId = bay.sessionId;
    bay.occupiedBy = undefined;
    bay.sessionId = undefined;
    if (sessionId) {
      const { energyKwh } = await chargers.endSession(bay.chargerId, sessionId);
      await depotDb.recordEnergy(departure.tramId, energyKwh, departure.departedAt);
    }
    await chargers.setIdle(bay.chargerId);
    await depotDb.saveBay(bay);
  }

  async assign(tramId: string, sessionId: string, minKw = 150): Promise<ChargingBay> {
    const bay = this.freeBays(minKw).sort((a, b) => b.maxKw - a.maxKw)[0];
    if (!bay) throw new Error(`no free bay with at least ${minKw} kW for ${tramId}`);
    bay.occupiedBy = tramId;
    bay.sessionId = sessionId;
    await depotDb.saveBay(bay);
    return bay;
  }
}
