// expect: none
// The manifest promise is memoized on purpose; awaiting the same settled promise from several places just reads the cached result.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Level = 'upper-gallery' | 'chapel' | 'brine-lake';

export interface TourSlot {
  id: string;
  startsAt: string;
  level: Level;
  capacity: number;
  booked: number;
}

interface Manifest {
  season: string;
  slots: TourSlot[];
  helmetSizes: Record<string, number>;
}

declare const bookingApi: {
  reserve(slotId: string, party: number): Promise<{ confirmation: string }>;
};

export class TourDesk {
  private manifest?: Promise<Manifest>;

  constructor(private readonly dataDir: string) {}

  private loadManifest(): Promise<Manifest> {
    if (!this.manifest) {
      const pending = readFile(join(this.dataDir, 'manifest.json'), 'utf8').then((raw) => JSON.parse(raw) as Manifest);
      // a missing or half-written file shouldn't poison the cache for the rest of the day
      pending.catch(() => {
        if (this.manifest === pending) this.manifest = undefined;
      });
      this.manifest = pending;
    }
    return this.manifest;
  }

  async availableSlots(level?: Level): Promise<TourSlot[]> {
    const { slots } = await this.loadManifest();
    return slots.filter((s) => s.booked < s.capacity && (!level || s.level === level));
  }

  async helmetsLeft(size: string): Promise<number> {
    const { helmetSizes } = await this.loadManifest();
    return helmetSizes[size] ?? 0;
  }

  async book(slotId: string, party: number): Promise<string> {
    const slots = await this.availableSlots();
    const slot = slots.find((s) => s.id === slotId);
    if (!slot) throw new Error(`slot ${slotId} is full or does not exist`);
    if (slot.capacity - slot.booked < party) {
      throw new Error(`only ${slot.capacity - slot.booked} places left on ${slotId}`);
    }
    const { confirmation } = await bookingApi.reserve(slotId, party);
    slot.booked += party;
    return confirmation;
  }

  async briefing(slotId: string): Promise<string> {
    const manifest = this.loadManifest();
    const slot = (await manifest).slots.find((s) => s.id === slotId);
    if (!slot) throw new Error(`unknown slot ${slotId}`);

    const { season, helmetSizes } = await manifest;
    const helmets = Object.entries(helmetSizes)
      .map(([size, n]) => `${size}:${n}`)
      .join(', ');
    const descent = slot.level === 'brine-lake' ? 'lift and 212 steps' : 'lift only';

    return [
      `Season ${season} - tour ${slot.id} at ${slot.startsAt}`,
      `Level: ${slot.level} (${descent})`,
      `Party: ${slot.booked}/${slot.capacity}`,
      `Helmets in stock: ${helmets}`,
    ].join('\n');
  }
}
