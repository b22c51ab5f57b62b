// expect: no-swallowed-abort
// loadRota turns an AbortError into an empty rota, so a cancelled refresh looks like "no baths today" and overwrites the heater plan.
export interface BathSlot {
  elephant: string;
  startsAt: string;
  litres: number;
  waterTempC: number;
}

export interface HeaterPlan {
  day: string;
  preheatAt: string | null;
  totalLitres: number;
}

declare const rotaApi: string;
declare const heaterStore: { save(plan: HeaterPlan): Promise<void> };
declare const log: { warn(msg: string, meta?: object): void; info(msg: string, meta?: object): void };

const PREHEAT_MINUTES_PER_1000L = 25;

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === "AbortError";
}

export async function loadRota(day: string, signal: AbortSignal): Promise<BathSlot[]> {
  try {
    const res = await fetch(`${rotaApi}/baths/${day}`, { signal });
    if (!res.ok) throw new Error(`rota for ${day}: HTTP ${res.status}`);
    const body = (await res.json()) as { slots: BathSlot[] };
    return body.slots;
  } catch (err) {
    if (isAbortError(err)) {
      log.info("rota refresh cancelled", { day });
      return [];
    }
    throw err;
  }
}

export function planHeater(day: string, slots: BathSlot[]): HeaterPlan {
  if (slots.length === 0) return { day, preheatAt: null, totalLitres: 0 };
  const first = slots.reduce((a, b) => (Date.parse(a.startsAt) <= Date.parse(b.startsAt) ? a : b));
  const totalLitres = slots.reduce((sum, s) => sum + s.litres, 0);
  const leadMs = Math.ceil(totalLitres / 1000) * PREHEAT_MINUTES_PER_1000L * 60_000;
  return {
    day,
    preheatAt: new Date(Date.parse(first.startsAt) - leadMs).toISOString(),
    totalLitres,
  };
}

export class RotaRefresher {
  private controller: AbortController | undefined;

  async refresh(day: string): Promise<HeaterPlan> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const slots = await loadRota(day, controller.signal);
      const warm = slots.filter((s) => s.waterTempC >= 30);
      if (warm.length < slots.length) {
        log.warn("cold baths scheduled, check the trunk-spray line", { day, cold: slots.length - warm.length });
      }
      const plan = planHeater(day, slots);
      await heaterStore.save(plan);
      return plan;
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }
}
