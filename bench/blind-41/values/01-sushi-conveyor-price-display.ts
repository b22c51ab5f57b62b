// expect: no-promise-as-value
// The lane announcement interpolates pricing.forColour(...) without awaiting it, so the display shows "[object Promise]" instead of the plate price.
export type PlateColour = 'white' | 'green' | 'blue' | 'red' | 'gold' | 'black';

export interface PlateSighting {
  rfid: string;
  colour: PlateColour;
  item: string;
  placedAt: number;
  lane: 'inner' | 'outer';
}

declare const pricing: {
  forColour(colour: PlateColour): Promise<number>;
};
declare const laneDisplay: {
  show(lane: PlateSighting['lane'], text: string): void;
};
declare const kitchenStore: {
  discard(rfid: string, reason: string): Promise<void>;
};

const MAX_LAP_MINUTES = 55;

function formatYen(amount: number): string {
  return `¥${amount.toLocaleString('ja-JP')}`;
}

export class ConveyorMonitor {
  private readonly onBelt = new Map<string, PlateSighting>();
  private readonly specials = new Set<string>();

  markSpecial(item: string): void {
    this.specials.add(item.toLowerCase());
  }

  async plateSeen(sighting: PlateSighting, now = Date.now()): Promise<void> {
    const previous = this.onBelt.get(sighting.rfid);
    const placedAt = previous?.placedAt ?? sighting.placedAt;
    const minutesOnBelt = (now - placedAt) / 60_000;

    if (minutesOnBelt > MAX_LAP_MINUTES) {
      this.onBelt.delete(sighting.rfid);
      await kitchenStore.discard(sighting.rfid, `on belt ${Math.round(minutesOnBelt)} min`);
      return;
    }
    this.onBelt.set(sighting.rfid, { ...sighting, placedAt });

    if (!previous && this.specials.has(sighting.item.toLowerCase())) {
      laneDisplay.show(
        sighting.lane,
        `Chef's special coming round: ${sighting.item} on a ${sighting.colour} plate (${pricing.forColour(sighting.colour)})`,
      );
    }
  }

  plateTaken(rfid: string): PlateSighting | undefined {
    const plate = this.onBelt.get(rfid);
    this.onBelt.delete(rfid);
    return plate;
  }

  async beltValue(): Promise<string> {
    let total = 0;
    for (const plate of this.onBelt.values()) {
      total += await pricing.forColour(plate.colour);
    }
    return formatYen(total);
  }

  oldestPlates(limit = 5, now = Date.now()): Array<{ rfid: string; minutes: number }> {
    return [...this.onBelt.values()]
      .map((p) => ({ rfid: p.rfid, minutes: Math.round((now - p.placedAt) / 60_000) }))
      .sort((a, b) => b.minutes - a.minutes)
      .slice(0, limit);
  }
}
