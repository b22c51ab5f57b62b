// expect: none
// Correct: the green-bean reservation is started early but gets its rejection handler immediately, and per-batch work runs under an awaited Promise.all.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RoastBatch {
  id: string;
  origin: string;
  greenKg: number;
  profile: 'light' | 'medium' | 'dark';
}

type Reservation = { ok: true; lotIds: string[] } | { ok: false; error: Error };

declare const inventory: {
  reserveGreen(origin: string, kg: number): Promise<string[]>;
};

declare const roaster: {
  preheat(targetC: number): Promise<void>;
  loadProfile(name: string): Promise<{ chargeTempC: number; dropTempC: number }>;
};

declare const labels: {
  print(batchId: string, lines: string[]): Promise<void>;
};

const CHARGE_TEMP: Record<RoastBatch['profile'], number> = { light: 200, medium: 210, dark: 220 };

function reserveAll(batches: RoastBatch[]): Promise<Reservation> {
  const byOrigin = new Map<string, number>();
  for (const b of batches) byOrigin.set(b.origin, (byOrigin.get(b.origin) ?? 0) + b.greenKg);

  return Promise.all([...byOrigin].map(([origin, kg]) => inventory.reserveGreen(origin, kg))).then(
    (lots): Reservation => ({ ok: true, lotIds: lots.flat() }),
    (err: unknown): Reservation => ({ ok: false, error: err instanceof Error ? err : new Error(String(err)) }),
  );
}

export async function startRoastDay(batches: RoastBatch[]): Promise<{ lotIds: string[]; ready: string[] }> {
  if (batches.length === 0) return { lotIds: [], ready: [] };

  const reservation = reserveAll(batches);

  const hottest = Math.max(...batches.map((b) => CHARGE_TEMP[b.profile]));
  await roaster.preheat(hottest);
  // Drum needs to soak at temperature before the first charge.
  await sleep(90_000);

  const reserved = await reservation;
  if (!reserved.ok) {
    throw new Error(`could not reserve green coffee: ${reserved.error.message}`);
  }

  const ready: string[] = [];
  await Promise.all(
    batches.map(async (batch) => {
      const profile = await roaster.loadProfile(`${batch.origin}-${batch.profile}`);
      await labels.print(batch.id, [
        batch.origin,
        `${batch.greenKg} kg green`,
        `charge ${profile.chargeTempC}°C / drop ${profile.dropTempC}°C`,
      ]);
      ready.push(batch.id);
    }),
  );

  return { lotIds: reserved.lotIds, ready };
}
