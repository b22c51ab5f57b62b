// expect: none
// ensureReady() memoises one init call and clears it on failure so the next caller retries, and every method awaits ensureReady() rather than referencing it.
import { EventEmitter } from 'node:events';

export interface PressSlot {
  pressId: string;
  startsAt: string;
  capacityKg: number;
  bookedBy?: string;
}

export interface Orchard {
  id: string;
  name: string;
  varieties: string[];
}

interface RawSlot {
  press: string;
  start: string;
  kg: number;
  holder: string | null;
}

declare const pressHouseApi: {
  connect(): Promise<void>;
  loadOrchards(): Promise<Orchard[]>;
  loadSlots(day: string): Promise<RawSlot[]>;
  book(pressId: string, startsAt: string, orchardId: string): Promise<RawSlot>;
};

function toSlot(raw: RawSlot): PressSlot {
  return { pressId: raw.press, startsAt: raw.start, capacityKg: raw.kg, bookedBy: raw.holder ?? undefined };
}

export class PressScheduler {
  private ready?: Promise<void>;
  private orchards = new Map<string, Orchard>();
  private cyclesSeen = 0;

  constructor(private readonly press: EventEmitter) {
    press.on('cycle', this.onCycle);
  }

  private ensureReady(): Promise<void> {
    this.ready ??= this.init().catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    return this.ready;
  }

  private async init(): Promise<void> {
    await pressHouseApi.connect();
    const orchards = await pressHouseApi.loadOrchards();
    this.orchards = new Map(orchards.map((o) => [o.id, o]));
  }

  async openSlots(day: string, minKg: number): Promise<PressSlot[]> {
    await this.ensureReady();
    const slots = await pressHouseApi.loadSlots(day).then((rows) => rows.map(toSlot));
    return slots.filter((s) => !s.bookedBy && s.capacityKg >= minKg);
  }

  async book(orchardId: string, day: string, expectedKg: number): Promise<PressSlot> {
    await this.ensureReady();
    const orchard = this.orchards.get(orchardId);
    if (!orchard) throw new Error(`unknown orchard ${orchardId}`);
    const [slot] = await this.openSlots(day, expectedKg);
    if (!slot) throw new Error(`no press slot on ${day} for ${expectedKg}kg from ${orchard.name}`);
    return toSlot(await pressHouseApi.book(slot.pressId, slot.startsAt, orchardId));
  }

  async bookMany(requests: Array<{ orchardId: string; day: string; kg: number }>): Promise<PressSlot[]> {
    const booked: PressSlot[] = [];
    // Sequential on purpose: two parallel bookings would race for the same open slot.
    for (const r of requests) {
      booked.push(await this.book(r.orchardId, r.day, r.kg));
    }
    return booked;
  }

  get cycles(): number {
    return this.cyclesSeen;
  }

  dispose(): void {
    this.press.off('cycle', this.onCycle);
  }

  private readonly onCycle = (info: { pressId: string; litres: number }) => {
    this.cyclesSeen++;
    if (info.litres < 50) {
      this.press.emit('low-yield', info.pressId);
    }
  };
}
