// expect: no-floating-promises
// Journal writes run inside an async forEach callback; nothing awaits them, so a failed append rejects unobserved and 'complete' fires before anything is saved.
import { EventEmitter } from 'node:events';

export type Species = 'harris-hawk' | 'peregrine' | 'barn-owl' | 'kestrel' | 'goshawk';

export interface Raptor {
  ringNumber: string;
  name: string;
  species: Species;
  flyingWeightGrams: number;
}

export interface WeighIn {
  ringNumber: string;
  grams: number;
  takenAt: Date;
  deltaFromFlying: number;
}

declare const mewsScale: {
  tare(): Promise<void>;
  read(ringNumber: string): Promise<number>;
};

declare const weightJournal: {
  append(entry: WeighIn): Promise<void>;
  lastFor(ringNumber: string): Promise<WeighIn | undefined>;
};

// Birds more than 4% off flying weight are flagged for the falconer.
const FLYING_TOLERANCE = 0.04;

export class WeighingRound extends EventEmitter {
  private readonly flagged: string[] = [];

  constructor(private readonly birds: Raptor[]) {
    super();
  }

  get flaggedBirds(): readonly string[] {
    return this.flagged;
  }

  async run(): Promise<WeighIn[]> {
    await mewsScale.tare();
    const taken: WeighIn[] = [];

    // One scale in the weathering yard, so birds are weighed one at a time.
    for (const bird of this.birds) {
      const grams = await mewsScale.read(bird.ringNumber);
      const entry: WeighIn = {
        ringNumber: bird.ringNumber,
        grams,
        takenAt: new Date(),
        deltaFromFlying: grams - bird.flyingWeightGrams,
      };
      if (Math.abs(entry.deltaFromFlying) / bird.flyingWeightGrams > FLYING_TOLERANCE) {
        this.flagged.push(bird.name);
        this.emit('flag', bird, entry);
      }
      taken.push(entry);
    }

    taken.forEach(async (entry) => {
      const previous = await weightJournal.lastFor(entry.ringNumber);
      if (previous && previous.takenAt.toDateString() === entry.takenAt.toDateString()) {
        // Already weighed today; keep the morning reading.
        return;
      }
      await weightJournal.append(entry);
      this.emit('recorded', entry);
    });

    this.emit('complete', taken);
    return taken;
  }
}

export function summarise(entries: WeighIn[], birds: Raptor[]): string {
  const byRing = new Map(birds.map((b) => [b.ringNumber, b] as const));
  return entries
    .map((e) => {
      const bird = byRing.get(e.ringNumber);
      const sign = e.deltaFromFlying >= 0 ? '+' : '';
      return `${bird?.name ?? e.ringNumber}: ${e.grams}g (${sign}${e.deltaFromFlying}g)`;
    })
    .join('\n');
}
