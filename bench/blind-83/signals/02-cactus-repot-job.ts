// expect: require-signal-propagation
// RepotJobHandler.run receives the worker's AbortSignal but never checks or forwards it, so a cancelled job keeps reserving pots for every remaining plant.
interface Plant {
  tag: string;
  genus: string;
  potDiameterCm: number;
  rootBound: boolean;
  spines: 'none' | 'soft' | 'vicious';
}

interface RepotPayload {
  bench: string;
  plants: Plant[];
  mix: 'mineral' | 'gritty' | 'standard';
}

export interface JobHandler<P> {
  readonly kind: string;
  run(payload: P, signal: AbortSignal): Promise<void>;
}

declare const potStore: {
  reserve(diameterCm: number, bench: string): Promise<string>;
};

declare const benchLog: {
  note(bench: string, tag: string, message: string): Promise<void>;
};

declare const mixBin: {
  draw(mix: RepotPayload['mix'], litres: number): Promise<void>;
};

const POT_SIZES_CM = [5.5, 7, 9, 10.5, 12, 14, 17, 21, 25];

export function nextPotSize(plant: Plant): number | null {
  if (!plant.rootBound) return null;
  const target = plant.potDiameterCm * 1.25;
  return POT_SIZES_CM.find((size) => size >= target) ?? null;
}

function litresFor(diameterCm: number): number {
  const r = diameterCm / 2;
  return Math.round((Math.PI * r * r * diameterCm * 0.9) / 100) / 10;
}

export class RepotJobHandler implements JobHandler<RepotPayload> {
  readonly kind = 'repot';
  repotted = 0;
  skipped = 0;

  async run(payload: RepotPayload, signal: AbortSignal): Promise<void> {
    const ordered = [...payload.plants].sort((a, b) => {
      const spiny = (p: Plant) => (p.spines === 'vicious' ? 1 : 0);
      return spiny(a) - spiny(b) || a.potDiameterCm - b.potDiameterCm;
    });

    for (const plant of ordered) {
      const size = nextPotSize(plant);
      if (size === null) {
        this.skipped += 1;
        continue;
      }
      const potId = await potStore.reserve(size, payload.bench);
      await mixBin.draw(payload.mix, litresFor(size));
      const gloves = plant.spines === 'vicious' ? ' (use tongs and newspaper collar)' : '';
      await benchLog.note(payload.bench, plant.tag, `moved to ${size}cm pot ${potId}${gloves}`);
      this.repotted += 1;
    }
  }
}
