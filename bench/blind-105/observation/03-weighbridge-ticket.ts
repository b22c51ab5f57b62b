// expect: none
// The tare lookup and permit check are stored in locals but handed to Promise.all in the same tick they are created, so both have rejection handlers before anything else is awaited.
export interface TareRecord {
  plate: string;
  tareKg: number;
  recordedAt: string;
}

export interface WastePermit {
  number: string;
  materials: string[];
  expires: string;
}

export interface VehicleRegistry {
  tareFor(plate: string): Promise<TareRecord>;
}

export interface PermitService {
  check(plate: string, material: string): Promise<WastePermit | null>;
}

export interface Scale {
  readGrossKg(): Promise<number>;
}

export interface WeighTicket {
  plate: string;
  material: string;
  grossKg: number;
  tareKg: number;
  netKg: number;
  permit: string;
  pricePence: number;
}

const PRICE_PER_TONNE_PENCE: Record<string, number> = {
  'heavy-steel': 21_000,
  'light-iron': 14_500,
  copper: 520_000,
  aluminium: 95_000,
};

export class WeighbridgeOffice {
  constructor(
    private readonly registry: VehicleRegistry,
    private readonly permits: PermitService,
    private readonly scale: Scale,
  ) {}

  async issueTicket(plate: string, material: string): Promise<WeighTicket> {
    const rate = PRICE_PER_TONNE_PENCE[material];
    if (rate === undefined) throw new Error(`no price for material ${material}`);

    const tareLookup = this.registry.tareFor(plate);
    const permitCheck = this.permits.check(plate, material);
    const [tare, permit] = await Promise.all([tareLookup, permitCheck]);
    if (!permit) throw new Error(`${plate} holds no permit for ${material}`);
    if (new Date(permit.expires) < new Date()) throw new Error(`permit ${permit.number} expired`);

    const grossKg = await this.scale.readGrossKg();
    const netKg = grossKg - tare.tareKg;
    if (netKg <= 0) throw new Error(`net weight ${netKg} kg for ${plate}: re-tare the vehicle`);

    return {
      plate,
      material,
      grossKg,
      tareKg: tare.tareKg,
      netKg,
      permit: permit.number,
      pricePence: Math.round((netKg / 1000) * rate),
    };
  }
}
