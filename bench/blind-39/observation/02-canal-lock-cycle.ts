// expect: none
// The gauge reading is started early but a fulfilment/rejection handler is attached in the same expression, so a failure is observed even while other awaits run.
export interface LockChamber {
  lockId: string;
  name: string;
  riseMetres: number;
  chamberVolumeM3: number;
}

export interface BoatPassage {
  boatName: string;
  lengthM: number;
  direction: 'up' | 'down';
}

type GaugeResult = { ok: true; upperM: number; lowerM: number } | { ok: false; reason: string };

declare const lockGauges: {
  read(lockId: string): Promise<{ upperM: number; lowerM: number }>;
};

declare const gatePlc: {
  paddles(lockId: string, side: 'top' | 'bottom', open: boolean): Promise<void>;
  gates(lockId: string, side: 'top' | 'bottom', open: boolean): Promise<void>;
  chamberLevel(lockId: string): Promise<number>;
};

declare const keeperLog: { entry(lockId: string, text: string): void };

const MAX_BOAT_LENGTH_M = 21;

export async function workLock(lock: LockChamber, boat: BoatPassage): Promise<number> {
  if (boat.lengthM > MAX_BOAT_LENGTH_M) {
    throw new Error(`${boat.boatName} (${boat.lengthM}m) is too long for ${lock.name}`);
  }

  const gauge: Promise<GaugeResult> = lockGauges.read(lock.lockId).then(
    (levels) => ({ ok: true as const, ...levels }),
    (err: unknown) => ({ ok: false as const, reason: String(err) }),
  );

  const entrySide = boat.direction === 'up' ? 'bottom' : 'top';
  const exitSide = entrySide === 'bottom' ? 'top' : 'bottom';

  await gatePlc.paddles(lock.lockId, exitSide, false);
  await gatePlc.gates(lock.lockId, entrySide, true);
  keeperLog.entry(lock.lockId, `${boat.boatName} entering from ${entrySide}`);
  await gatePlc.gates(lock.lockId, entrySide, false);

  const reading = await gauge;
  if (!reading.ok) {
    keeperLog.entry(lock.lockId, `gauge unavailable (${reading.reason}); working by eye`);
  } else if (Math.abs(reading.upperM - reading.lowerM - lock.riseMetres) > 0.3) {
    keeperLog.entry(lock.lockId, `pound levels unusual: rise ${(reading.upperM - reading.lowerM).toFixed(2)}m`);
  }

  const started = Date.now();
  await gatePlc.paddles(lock.lockId, boat.direction === 'up' ? 'top' : 'bottom', true);

  const target = boat.direction === 'up' ? lock.riseMetres : 0;
  for (let i = 0; i < 120; i++) {
    const level = await gatePlc.chamberLevel(lock.lockId);
    if (Math.abs(level - target) < 0.05) break;
    await new Promise<void>((resolve) => setTimeout(resolve, 5_000));
  }

  await gatePlc.paddles(lock.lockId, boat.direction === 'up' ? 'top' : 'bottom', false);
  await gatePlc.gates(lock.lockId, exitSide, true);
  keeperLog.entry(lock.lockId, `${boat.boatName} leaving by ${exitSide} gate`);

  return Math.round((Date.now() - started) / 1000);
}

export function waterUsedM3(lock: LockChamber, passages: number): number {
  return Math.round(lock.chamberVolumeM3 * passages);
}
