// expect: no-promise-as-value
// The error message re-calls the async readCelsius() inside the template string instead of using the awaited value, so operators see "[object Promise]C" in the refusal.
export interface KilnThermocouple {
  readCelsius(kilnId: string): Promise<number>;
}

export interface CrucibleScale {
  netKg(crucibleId: string): Promise<number>;
}

export interface BellPattern {
  name: string;
  note: string;
  castMassKg: number;
}

export interface PourPermit {
  kilnId: string;
  crucibleId: string;
  bell: string;
  metalC: number;
  metalKg: number;
  issuedAt: string;
}

// bell bronze (78% Cu / 22% Sn) pours cleanly around 1100-1150C
const MIN_POUR_C = 1_100;
const MAX_POUR_C = 1_180;
const HEADROOM = 1.15;

export class PourGate {
  private readonly permits: PourPermit[] = [];

  constructor(
    private readonly thermocouple: KilnThermocouple,
    private readonly scale: CrucibleScale,
  ) {}

  async authorize(kilnId: string, crucibleId: string, bell: BellPattern): Promise<PourPermit> {
    const metalC = await this.thermocouple.readCelsius(kilnId);
    if (metalC < MIN_POUR_C || metalC > MAX_POUR_C) {
      throw new Error(
        `kiln ${kilnId}: metal at ${this.thermocouple.readCelsius(kilnId)}C, pour window is ${MIN_POUR_C}-${MAX_POUR_C}C for ${bell.name}`,
      );
    }

    const metalKg = await this.scale.netKg(crucibleId);
    const needed = bell.castMassKg * HEADROOM;
    if (metalKg < needed) {
      throw new Error(
        `crucible ${crucibleId} holds ${metalKg.toFixed(1)}kg, ${bell.name} (${bell.note}) needs ${needed.toFixed(1)}kg with risers`,
      );
    }

    const permit: PourPermit = {
      kilnId,
      crucibleId,
      bell: bell.name,
      metalC,
      metalKg,
      issuedAt: new Date().toISOString(),
    };
    this.permits.push(permit);
    return permit;
  }

  permitsFor(bellName: string): PourPermit[] {
    return this.permits.filter((p) => p.bell === bellName);
  }

  summary(): string {
    const total = this.permits.reduce((kg, p) => kg + p.metalKg, 0);
    return `${this.permits.length} pours authorised, ${total.toFixed(0)}kg of bell metal`;
  }
}
