// expect: no-floating-promises
// queueFleeces uses fleeces.forEach(async ...), so each scour/weigh promise is dropped and rejections go unhandled while the function returns early.
export interface Fleece {
  tag: string;
  breed: "merino" | "corriedale" | "romney" | "shetland";
  greasyKg: number;
  micron: number;
}

export interface CardingSlot {
  fleeceTag: string;
  cleanKg: number;
  drum: "fine" | "medium" | "coarse";
}

declare const scourLine: {
  wash(tag: string): Promise<{ cleanKg: number; vmPct: number }>;
};

declare const millQueue: {
  enqueue(slot: CardingSlot): Promise<void>;
  size(): number;
};

declare const millLog: {
  info(message: string): void;
};

const YIELD_FLOOR: Record<Fleece["breed"], number> = {
  merino: 0.5,
  corriedale: 0.6,
  romney: 0.7,
  shetland: 0.65,
};

function drumFor(micron: number): CardingSlot["drum"] {
  if (micron <= 21) return "fine";
  if (micron <= 28) return "medium";
  return "coarse";
}

export class CardingPlanner {
  private readonly held: string[] = [];

  queueFleeces(fleeces: Fleece[]): { submitted: number; held: string[] } {
    const accepted = fleeces.filter((f) => {
      if (f.greasyKg < 1.5) {
        this.held.push(f.tag);
        return false;
      }
      return true;
    });

    accepted.forEach(async (fleece) => {
      const washed = await scourLine.wash(fleece.tag);
      const yieldRatio = washed.cleanKg / fleece.greasyKg;
      if (yieldRatio < YIELD_FLOOR[fleece.breed] || washed.vmPct > 4) {
        this.held.push(fleece.tag);
        return;
      }
      await millQueue.enqueue({
        fleeceTag: fleece.tag,
        cleanKg: washed.cleanKg,
        drum: drumFor(fleece.micron),
      });
    });

    millLog.info(`submitted ${accepted.length} fleeces, ${this.held.length} held for review`);
    return { submitted: accepted.length, held: [...this.held] };
  }

  releaseHeld(tag: string): boolean {
    const index = this.held.indexOf(tag);
    if (index === -1) return false;
    this.held.splice(index, 1);
    return true;
  }

  heldCount(): number {
    return this.held.length;
  }
}

export function blendWeight(slots: CardingSlot[], drum: CardingSlot["drum"]): number {
  return slots.filter((s) => s.drum === drum).reduce((sum, s) => sum + s.cleanKg, 0);
}
