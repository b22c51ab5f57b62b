// expect: no-floating-promises
// forEach with an async callback: weigh/record promises are dropped, rotation "completes" before any write and rejections go unhandled.
import { EventEmitter } from 'node:events';

export interface Raptor {
  ringId: string;
  name: string;
  species: 'harris' | 'peregrine' | 'kestrel' | 'barn-owl' | 'goshawk';
  flyingWeightGrams: number;
  moulting: boolean;
}

export interface WeighIn {
  ringId: string;
  grams: number;
  takenAt: Date;
}

declare const scale: {
  read(ringId: string): Promise<number>;
};

declare const mewsLog: {
  recordWeight(entry: WeighIn): Promise<void>;
  assignPerch(ringId: string, perch: string): Promise<void>;
};

const WEATHERING_PERCHES = ['bow-1', 'bow-2', 'bow-3', 'block-1', 'block-2', 'shelf-a'];

export class WeatheringRotation extends EventEmitter {
  private cursor = 0;

  constructor(private readonly birds: Raptor[]) {
    super();
  }

  private nextPerch(species: Raptor['species']): string {
    // owls stay on shelf perches, everyone else rotates through bows and blocks
    if (species === 'barn-owl') return 'shelf-a';
    const outdoor = WEATHERING_PERCHES.filter((p) => !p.startsWith('shelf'));
    const perch = outdoor[this.cursor % outdoor.length];
    this.cursor += 1;
    return perch;
  }

  private isUnderweight(bird: Raptor, grams: number): boolean {
    const margin = bird.species === 'kestrel' ? 0.06 : 0.08;
    return grams < bird.flyingWeightGrams * (1 - margin);
  }

  async morningRound(now = new Date()): Promise<void> {
    const eligible = this.birds.filter((b) => !b.moulting);
    this.emit('round:start', { count: eligible.length, at: now });

    eligible.forEach(async (bird) => {
      const grams = await scale.read(bird.ringId);
      await mewsLog.recordWeight({ ringId: bird.ringId, grams, takenAt: now });

      if (this.isUnderweight(bird, grams)) {
        this.emit('bird:held-back', { ringId: bird.ringId, grams });
        return;
      }

      const perch = this.nextPerch(bird.species);
      await mewsLog.assignPerch(bird.ringId, perch);
      this.emit('bird:perched', { ringId: bird.ringId, perch });
    });

    this.emit('round:complete', { at: new Date() });
  }
}

export function summariseSpecies(birds: Raptor[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const b of birds) {
    counts[b.species] = (counts[b.species] ?? 0) + 1;
  }
  return counts;
}
