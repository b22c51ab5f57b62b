// expect: no-promise-as-value
// reservePerKg is set to the un-awaited promise from pricing.reserveFor, so JSON.stringify sends it to the broker as an empty object instead of the reserve price.
export interface CatalogueLot {
  lotNumber: string;
  saleNo: string;
  garden: string;
  grade: string;
  chests: number;
  netKgPerChest: number;
}

export interface PricingDesk {
  reserveFor(lotNumber: string): Promise<number>;
}

export interface GardenRegistry {
  elevationM(garden: string): number | undefined;
}

function elevationBand(metres: number | undefined): string {
  if (metres === undefined) return 'unknown';
  if (metres >= 1_200) return 'high-grown';
  if (metres >= 600) return 'mid-grown';
  return 'low-grown';
}

export class ReserveNotifier {
  constructor(
    private readonly pricing: PricingDesk,
    private readonly gardens: GardenRegistry,
    private readonly brokerUrl: string,
  ) {}

  buildNotice(lot: CatalogueLot) {
    return {
      lot: lot.lotNumber,
      sale: lot.saleNo,
      garden: lot.garden,
      grade: lot.grade,
      totalKg: lot.chests * lot.netKgPerChest,
      elevationBand: elevationBand(this.gardens.elevationM(lot.garden)),
      reservePerKg: this.pricing.reserveFor(lot.lotNumber),
    };
  }

  async notify(lot: CatalogueLot): Promise<void> {
    const notice = this.buildNotice(lot);
    const res = await fetch(`${this.brokerUrl}/sales/${encodeURIComponent(lot.saleNo)}/reserves`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(notice),
    });
    if (!res.ok) {
      throw new Error(`broker rejected reserve notice for lot ${lot.lotNumber}: ${res.status}`);
    }
  }

  async notifySale(lots: CatalogueLot[]): Promise<number> {
    let sent = 0;
    for (const lot of lots) {
      await this.notify(lot);
      sent += 1;
    }
    return sent;
  }
}
