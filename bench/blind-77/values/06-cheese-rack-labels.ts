// expect: none
// Correct: the Map deliberately caches promises (deleted on failure), and every value placed in label text or JSON is awaited first.
export interface WheelRecord {
  wheelId: string;
  style: string;
  makeDate: string;
  batch: string;
  weightKg: number;
  affineur: string;
}

export interface RackLabel {
  rackSlot: string;
  text: string;
  qr: string;
}

declare const cellarDb: {
  wheel(wheelId: string): Promise<WheelRecord>;
  slotOf(wheelId: string): Promise<string>;
};
declare const labelPrinter: { print(payload: string): Promise<void> };

const wheelCache = new Map<string, Promise<WheelRecord>>();

function loadWheel(wheelId: string): Promise<WheelRecord> {
  let pending = wheelCache.get(wheelId);
  if (!pending) {
    pending = cellarDb.wheel(wheelId);
    wheelCache.set(wheelId, pending);
    pending.catch(() => wheelCache.delete(wheelId));
  }
  return pending;
}

function ageInMonths(makeDate: string, now: Date): number {
  const made = new Date(makeDate);
  return (now.getFullYear() - made.getFullYear()) * 12 + (now.getMonth() - made.getMonth());
}

export async function buildLabel(wheelId: string, now = new Date()): Promise<RackLabel> {
  const [wheel, rackSlot] = await Promise.all([loadWheel(wheelId), cellarDb.slotOf(wheelId)]);
  const months = ageInMonths(wheel.makeDate, now);

  const text = [
    `${wheel.style} · batch ${wheel.batch}`,
    `made ${wheel.makeDate} · ${months} months`,
    `${wheel.weightKg.toFixed(1)} kg · ${wheel.affineur}`,
  ].join('\n');

  const qr = JSON.stringify({ w: wheel.wheelId, b: wheel.batch, s: rackSlot, m: months });
  return { rackSlot, text, qr };
}

export async function printRack(wheelIds: string[]): Promise<number> {
  const labels = await Promise.all(wheelIds.map((id) => buildLabel(id)));
  labels.sort((a, b) => a.rackSlot.localeCompare(b.rackSlot, undefined, { numeric: true }));
  for (const label of labels) {
    await labelPrinter.print(JSON.stringify({ slot: label.rackSlot, body: label.text, qr: label.qr }));
  }
  return labels.length;
}

export async function heaviestOf(wheelIds: string[]): Promise<WheelRecord | undefined> {
  const wheels = await Promise.all(wheelIds.map(loadWheel));
  return wheels.reduce<WheelRecord | undefined>((best, w) => (!best || w.weightKg > best.weightKg ? w : best), undefined);
}

export function forgetWheel(wheelId: string): boolean {
  return wheelCache.delete(wheelId);
}
