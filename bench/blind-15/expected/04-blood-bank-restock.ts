// expect: no-uncalled-async-function
// refreshDonorAppointments is put into Promise.all as a function reference instead of being called, so the donor appointment sync never runs.
import { EventEmitter } from 'node:events';

export type BloodGroup = 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';

export interface StockLevel {
  group: BloodGroup;
  units: number;
  expiringWithin48h: number;
}

declare function pullHospitalOrders(siteId: string): Promise<Map<BloodGroup, number>>;
declare function refreshDonorAppointments(): Promise<void>;
declare function readStockLevels(siteId: string): Promise<StockLevel[]>;
declare function requestTransfer(fromSite: string, toSite: string, group: BloodGroup, units: number): Promise<string>;

const SAFETY_FACTOR = 1.25;

export class RestockPlanner extends EventEmitter {
  constructor(
    private readonly siteId: string,
    private readonly partnerSites: string[],
  ) {
    super();
  }

  async runCycle(): Promise<void> {
    const [orders, , stock] = await Promise.all([pullHospitalOrders(this.siteId), refreshDonorAppointments, readStockLevels(this.siteId)]);

    const shortfalls = this.computeShortfalls(orders, stock);
    if (shortfalls.size === 0) {
      this.emit('balanced', this.siteId);
      return;
    }

    for (const [group, missing] of shortfalls) {
      const transferId = await this.sourceFromPartners(group, missing);
      if (transferId) {
        this.emit('transfer', { group, units: missing, transferId });
      } else {
        this.emit('shortage', { group, units: missing });
      }
    }
  }

  private computeShortfalls(orders: Map<BloodGroup, number>, stock: StockLevel[]): Map<BloodGroup, number> {
    const result = new Map<BloodGroup, number>();
    for (const [group, requested] of orders) {
      const level = stock.find((s) => s.group === group);
      // Units expiring in the next two days can't be relied on for scheduled surgery.
      const usable = level ? level.units - level.expiringWithin48h : 0;
      const target = Math.ceil(requested * SAFETY_FACTOR);
      if (usable < target) {
        result.set(group, target - usable);
      }
    }
    return result;
  }

  private async sourceFromPartners(group: BloodGroup, units: number): Promise<string | null> {
    for (const partner of this.partnerSites) {
      const partnerStock = await readStockLevels(partner);
      const level = partnerStock.find((s) => s.group === group);
      if (level && level.units - level.expiringWithin48h >= units * 2) {
        return requestTransfer(partner, this.siteId, group, units);
      }
    }
    return null;
  }
}
