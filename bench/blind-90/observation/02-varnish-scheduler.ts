// expect: none
// Correct: the metrics push is deliberately fire-and-forget but marked with `void` and given a .catch, and the UV-cabinet calls are all awaited.
import { setTimeout as sleep } from 'node:timers/promises';

export interface VarnishCoat {
  instrumentId: string;
  coat: number;
  kind: 'ground' | 'color' | 'clear';
  cureMinutes: number;
}

declare const cabinet: {
  lampsOn(cabinetId: string): Promise<void>;
  lampsOff(cabinetId: string): Promise<void>;
  surfaceTemp(cabinetId: string): Promise<number>;
};

declare const metrics: {
  push(name: string, value: number, tags: Record<string, string>): Promise<void>;
};

declare const workshopLog: {
  append(entry: { instrumentId: string; text: string; at: Date }): Promise<void>;
};

const MAX_SURFACE_C = 38;

function recordCure(coat: VarnishCoat, minutes: number) {
  void metrics
    .push('varnish.cure_minutes', minutes, { instrument: coat.instrumentId, kind: coat.kind })
    .catch((err: unknown) => console.warn('metrics push failed', err));
}

export async function cureCoat(cabinetId: string, coat: VarnishCoat): Promise<void> {
  const started = Date.now();
  await cabinet.lampsOn(cabinetId);
  try {
    let elapsed = 0;
    while (elapsed < coat.cureMinutes) {
      await sleep(60_000);
      elapsed += 1;
      const temp = await cabinet.surfaceTemp(cabinetId);
      if (temp > MAX_SURFACE_C) {
        await cabinet.lampsOff(cabinetId);
        await sleep(10 * 60_000);
        await cabinet.lampsOn(cabinetId);
      }
    }
  } finally {
    await cabinet.lampsOff(cabinetId);
  }
  const minutes = Math.round((Date.now() - started) / 60_000);
  recordCure(coat, minutes);
  await workshopLog.append({
    instrumentId: coat.instrumentId,
    text: `coat ${coat.coat} (${coat.kind}) cured in ${minutes} min`,
    at: new Date(),
  });
}

export async function varnishInstrument(cabinetId: string, instrumentId: string, coats: number) {
  const plan: VarnishCoat[] = Array.from({ length: coats }, (_, i) => ({
    instrumentId,
    coat: i + 1,
    kind: i === 0 ? 'ground' : i === coats - 1 ? 'clear' : 'color',
    cureMinutes: i === 0 ? 180 : 240,
  }));
  for (const coat of plan) {
    await cureCoat(cabinetId, coat);
  }
  return plan.length;
}
