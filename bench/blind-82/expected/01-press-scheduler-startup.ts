// expect: no-uncalled-async-function
// start() puts the function warmPressCalendar (not warmPressCalendar()) into Promise.all, so the calendar is never loaded before batches are accepted.
import { EventEmitter } from 'node:events';

export interface PressSlot {
  pressId: string;
  startsAt: number;
  endsAt: number;
  heatherOnly: boolean;
}

export interface CombBatch {
  batchId: string;
  beekeeper: string;
  frames: number;
  heather: boolean;
}

declare const pressApi: {
  fetchCalendar(days: number): Promise<PressSlot[]>;
  fetchJarStock(): Promise<Record<string, number>>;
};

const pressCalendar: PressSlot[] = [];
const jarStock = new Map<string, number>();

async function warmPressCalendar(): Promise<void> {
  const slots = await pressApi.fetchCalendar(14);
  pressCalendar.length = 0;
  pressCalendar.push(...slots.sort((a, b) => a.startsAt - b.startsAt));
}

async function warmJarInventory(): Promise<void> {
  const stock = await pressApi.fetchJarStock();
  jarStock.clear();
  for (const [size, count] of Object.entries(stock)) jarStock.set(size, count);
}

function jarsNeeded(batch: CombBatch): number {
  const kgPerFrame = batch.heather ? 1.6 : 2.1;
  return Math.ceil((batch.frames * kgPerFrame) / 0.34);
}

export class PressScheduler extends EventEmitter {
  private accepting = false;
  private readonly booked = new Set<string>();

  async start(): Promise<void> {
    await Promise.all([warmPressCalendar, warmJarInventory()]);
    this.accepting = true;
    this.emit('ready', { slots: pressCalendar.length, jarSizes: jarStock.size });
  }

  book(batch: CombBatch): PressSlot {
    if (!this.accepting) throw new Error('press scheduler is still starting');

    const needed = jarsNeeded(batch);
    const available = jarStock.get('340g') ?? 0;
    if (available < needed) {
      throw new Error(`batch ${batch.batchId} needs ${needed} jars, only ${available} in stock`);
    }

    const slot = pressCalendar.find((s) => {
      const key = `${s.pressId}@${s.startsAt}`;
      if (this.booked.has(key)) return false;
      if (batch.heather && !s.heatherOnly) return false;
      return s.startsAt > Date.now();
    });
    if (!slot) throw new Error(`no ${batch.heather ? 'heather' : 'general'} press slot free this fortnight`);

    this.booked.add(`${slot.pressId}@${slot.startsAt}`);
    jarStock.set('340g', available - needed);
    this.emit('booked', batch.batchId, slot);
    return slot;
  }

  freeSlots(): number {
    return pressCalendar.filter((s) => !this.booked.has(`${s.pressId}@${s.startsAt}`)).length;
  }
}

export async function openPressDay(batches: CombBatch[]): Promise<Map<string, PressSlot>> {
  const scheduler = new PressScheduler();
  await scheduler.start();
  const plan = new Map<string, PressSlot>();
  for (const batch of batches) {
    try {
      plan.set(batch.batchId, scheduler.book(batch));
    } catch (err) {
      scheduler.emit('rejected', batch.batchId, (err as Error).message);
    }
  }
  return plan;
}
