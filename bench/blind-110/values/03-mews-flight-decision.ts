// expect: no-read-before-settle
// currentWeight() assigns grams inside the scale's 'reading' listener but returns it right after requesting a reading, before the serial reply arrives, so it always falls back to the last known weight.
import { EventEmitter } from 'node:events';

export interface ScaleReading {
  ring: string;
  grams: number;
  stable: boolean;
}

export interface PerchScale extends EventEmitter {
  // Asks the scale to transmit a reading for the given ring.
  requestReading(ring: string): void;
}

export interface Bird {
  ring: string;
  name: string;
  flyingWeightG: number;
  lastKnownWeightG: number;
}

export type FlightDecision = { fly: true; grams: number } | { fly: false; grams: number; why: string };

export class FlightDesk {
  constructor(private readonly scale: PerchScale, private readonly windKnots: () => number) {}

  currentWeight(bird: Bird): number {
    let grams: number | undefined;
    this.scale.once('reading', (r: ScaleReading) => {
      if (r.ring === bird.ring && r.stable) grams = r.grams;
    });
    this.scale.requestReading(bird.ring);
    return grams ?? bird.lastKnownWeightG;
  }

  decide(bird: Bird): FlightDecision {
    const grams = this.currentWeight(bird);
    const ratio = grams / bird.flyingWeightG;
    if (ratio > 1.04) return { fly: false, grams, why: `${bird.name} is ${Math.round((ratio - 1) * 100)}% over flying weight` };
    if (ratio < 0.92) return { fly: false, grams, why: `${bird.name} is too light to fly safely` };
    const wind = this.windKnots();
    if (wind > 22) return { fly: false, grams, why: `wind ${wind}kt` };
    return { fly: true, grams };
  }

  morningSheet(birds: Bird[]): string[] {
    return birds.map((b) => {
      const d = this.decide(b);
      return d.fly ? `${b.name}: fly at ${d.grams}g` : `${b.name}: rest (${d.why})`;
    });
  }
}
