// expect: none
// The scale weight and the bed lookup are awaited into locals before being nested in the published landing event, so the message carries plain numbers and strings.
export interface DockScale {
  weigh(binId: string): Promise<{ grossKg: number; tareKg: number }>;
}

export interface BedRegistry {
  bedForBuoy(buoyId: string): Promise<{ bedId: string; species: string }>;
}

export interface EventBus {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
}

export interface Landing {
  boat: string;
  buoyId: string;
  binIds: string[];
  skipper: string;
}

export interface LandingRecord {
  boat: string;
  bedId: string;
  species: string;
  wetKg: number;
  bins: number;
}

const DRIP_LOSS = 0.04;

export class LandingDesk {
  constructor(
    private readonly scale: DockScale,
    private readonly beds: BedRegistry,
    private readonly bus: EventBus,
  ) {}

  async netWeight(binIds: string[]): Promise<number> {
    let net = 0;
    for (const bin of binIds) {
      const { grossKg, tareKg } = await this.scale.weigh(bin);
      net += Math.max(grossKg - tareKg, 0);
    }
    return Math.round(net * (1 - DRIP_LOSS) * 10) / 10;
  }

  async land(landing: Landing): Promise<LandingRecord> {
    if (landing.binIds.length === 0) {
      throw new Error(`${landing.boat} reported a landing with no bins`);
    }
    const bed = await this.beds.bedForBuoy(landing.buoyId);
    const wetKg = await this.netWeight(landing.binIds);

    const record: LandingRecord = {
      boat: landing.boat,
      bedId: bed.bedId,
      species: bed.species,
      wetKg,
      bins: landing.binIds.length,
    };

    await this.bus.publish('coop.landing', {
      ...record,
      skipper: landing.skipper,
      landedAt: new Date().toISOString(),
      payoutEstimate: Math.round(wetKg * (bed.species === 'Alaria esculenta' ? 1.9 : 1.2) * 100) / 100,
    });
    return record;
  }

  async landAll(landings: Landing[]): Promise<LandingRecord[]> {
    const records: LandingRecord[] = [];
    for (const l of landings) {
      records.push(await this.land(l));
    }
    return records;
  }
}
