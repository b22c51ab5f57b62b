// expect: none
// Correct: the poll loop issues a fresh probe.read() on every iteration, and the awaited once() promise is created immediately before the fan is started.
import { once, EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

interface MoistureSample {
  rackId: string;
  herb: 'chamomile' | 'lavender' | 'mint' | 'lemon balm' | 'calendula';
  moisturePct: number;
  airC: number;
}

declare const probe: { read(rackId: string): Promise<MoistureSample> };
declare const fanController: EventEmitter & { start(zone: string, rpm: number): void; stop(zone: string): void };

const TARGET_PCT: Record<MoistureSample['herb'], number> = {
  chamomile: 10,
  lavender: 12,
  mint: 11,
  'lemon balm': 11,
  calendula: 9,
};

export async function waitUntilDry(
  rackId: string,
  { intervalMs = 20 * 60_000, maxPolls = 72 }: { intervalMs?: number; maxPolls?: number } = {},
): Promise<MoistureSample> {
  let last: MoistureSample | undefined;
  for (let poll = 0; poll < maxPolls; poll++) {
    const sample = await probe.read(rackId);
    if (sample.moisturePct <= TARGET_PCT[sample.herb]) return sample;
    if (last && sample.moisturePct >= last.moisturePct) {
      console.warn(`${rackId}: moisture not falling (${sample.moisturePct}%)`);
    }
    last = sample;
    await sleep(intervalMs);
  }
  throw new Error(`${rackId} still above target after ${maxPolls} polls`);
}

async function startFans(zone: string, rpm: number): Promise<void> {
  const spunUp = once(fanController, `running:${zone}`);
  fanController.start(zone, rpm);
  await spunUp;
}

export async function dryBatch(zone: string, racks: readonly string[]): Promise<Map<string, MoistureSample>> {
  await startFans(zone, 900);
  try {
    const done = new Map<string, MoistureSample>();
    const results = await Promise.all(racks.map((r) => waitUntilDry(r)));
    results.forEach((s) => done.set(s.rackId, s));
    return done;
  } finally {
    fanController.stop(zone);
  }
}

export function overheated(samples: Iterable<MoistureSample>, maxC = 35): string[] {
  const hot: string[] = [];
  for (const s of samples) {
    if (s.airC > maxC) hot.push(`${s.rackId} (${s.herb}) reached ${s.airC}°C; volatile oils at risk`);
  }
  return hot;
}
