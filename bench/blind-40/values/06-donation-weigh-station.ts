// expect: no-read-before-settle
// weighDonation() asks the scale for a reading and immediately reads lastWeightKg, which only the later 'weight' event sets, so it records the previous donation's weight.
import { EventEmitter } from 'node:events';

export interface Donation {
  donationId: string;
  donorId: string;
  category: 'produce' | 'bakery' | 'dry_goods' | 'frozen' | 'dairy';
  containerId: string;
}

export interface WeighedDonation extends Donation {
  grossKg: number;
  netKg: number;
  weighedAt: string;
}

interface ScaleDevice extends EventEmitter {
  requestReading(): void;
  tare(): Promise<void>;
}

declare const containers: {
  tareWeightKg(containerId: string): Promise<number>;
};

declare const intakeLedger: {
  record(entry: WeighedDonation): Promise<void>;
};

const MIN_NET_KG = 0.2;
const MAX_GROSS_KG = 300;

export class WeighStation {
  private lastWeightKg = 0;
  private lastStableAt = 0;
  private taredAt = 0;

  constructor(
    private readonly scale: ScaleDevice,
    private readonly retareEveryMs = 30 * 60_000,
  ) {
    scale.on('weight', (kg: number, stable: boolean) => {
      if (!stable) return;
      this.lastWeightKg = kg;
      this.lastStableAt = Date.now();
    });
  }

  async weighDonation(donation: Donation): Promise<WeighedDonation> {
    await this.ensureTared();
    const containerKg = await containers.tareWeightKg(donation.containerId);

    this.scale.requestReading();
    const grossKg = this.lastWeightKg;

    if (grossKg > MAX_GROSS_KG) {
      throw new Error(`reading ${grossKg} kg exceeds scale capacity`);
    }
    const netKg = Math.round((grossKg - containerKg) * 100) / 100;
    if (netKg < MIN_NET_KG) {
      throw new Error(`donation ${donation.donationId}: net weight ${netKg} kg too low, check the container`);
    }

    const weighed: WeighedDonation = {
      ...donation,
      grossKg,
      netKg,
      weighedAt: new Date().toISOString(),
    };
    await intakeLedger.record(weighed);
    return weighed;
  }

  secondsSinceStableReading(now = Date.now()): number {
    return this.lastStableAt === 0 ? Infinity : Math.round((now - this.lastStableAt) / 1000);
  }

  private async ensureTared(): Promise<void> {
    if (Date.now() - this.taredAt < this.retareEveryMs) return;
    await this.scale.tare();
    this.taredAt = Date.now();
  }
}

export function totalsByCategory(entries: readonly WeighedDonation[]): Record<Donation['category'], number> {
  const totals: Record<Donation['category'], number> = { produce: 0, bakery: 0, dry_goods: 0, frozen: 0, dairy: 0 };
  for (const e of entries) totals[e.category] += e.netKg;
  return totals;
}
