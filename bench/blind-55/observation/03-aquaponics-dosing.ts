// expect: no-floating-promises
// Bug: runDosingRound uses tanks.forEach(async ...) so the dosing promises are dropped; the round is logged complete before any pump finishes and pump failures go unhandled.
export interface FishTank {
  id: string;
  volumeL: number;
  species: "tilapia" | "trout" | "perch";
  growBedIds: string[];
}

export interface WaterSample {
  ph: number;
  ammoniaPpm: number;
  nitratePpm: number;
  celsius: number;
}

declare const probes: { sample(tankId: string): Promise<WaterSample> };
declare const pumps: {
  dose(tankId: string, reagent: "ph-up" | "ph-down" | "chelated-iron", ml: number): Promise<void>;
};
declare const farmLog: {
  info(msg: string, data?: object): void;
  alert(msg: string, data?: object): void;
};

const PH_TARGET: Record<FishTank["species"], [number, number]> = {
  tilapia: [6.8, 7.4],
  trout: [6.6, 7.2],
  perch: [6.8, 7.6],
};

function phCorrection(tank: FishTank, sample: WaterSample): { reagent: "ph-up" | "ph-down"; ml: number } | null {
  const [low, high] = PH_TARGET[tank.species];
  if (sample.ph < low) return { reagent: "ph-up", ml: Math.round((low - sample.ph) * tank.volumeL * 0.05) };
  if (sample.ph > high) return { reagent: "ph-down", ml: Math.round((sample.ph - high) * tank.volumeL * 0.04) };
  return null;
}

async function doseTank(tank: FishTank): Promise<WaterSample> {
  const sample = await probes.sample(tank.id);
  if (sample.ammoniaPpm > 1) {
    farmLog.alert("ammonia high, skipping dosing", { tank: tank.id, ammonia: sample.ammoniaPpm });
    return sample;
  }
  const correction = phCorrection(tank, sample);
  if (correction) {
    await pumps.dose(tank.id, correction.reagent, correction.ml);
  }
  if (tank.growBedIds.length > 0 && sample.nitratePpm > 40) {
    await pumps.dose(tank.id, "chelated-iron", Math.ceil(tank.volumeL / 500));
  }
  return sample;
}

export class DosingScheduler {
  private lastRound = new Map<string, WaterSample>();

  constructor(private readonly tanks: FishTank[]) {}

  runDosingRound(): void {
    const startedAt = Date.now();
    this.tanks.forEach(async (tank) => {
      const sample = await doseTank(tank);
      this.lastRound.set(tank.id, sample);
    });
    farmLog.info("dosing round complete", { tanks: this.tanks.length, ms: Date.now() - startedAt });
  }

  lastSample(tankId: string): WaterSample | undefined {
    return this.lastRound.get(tankId);
  }

  warmestTank(): string | undefined {
    let best: [string, number] | undefined;
    for (const [id, sample] of this.lastRound) {
      if (!best || sample.celsius > best[1]) best = [id, sample.celsius];
    }
    return best?.[0];
  }
}
