// expect: no-promise-as-value
// The drift alert interpolates brineChiller.supplyC(), which is async, so the page reads "brine [object Promise]°C".
export type SheetName = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface SurfaceSample {
  sheet: SheetName;
  celsius: number;
  probe: 'hog-line-near' | 'tee-line-near' | 'centre' | 'tee-line-far' | 'hog-line-far';
  at: number;
}

declare const iceTargets: {
  forSheet(sheet: SheetName): Promise<number>;
};

declare const brineChiller: {
  supplyC(): Promise<number>;
  setSupplyC(celsius: number): Promise<void>;
};

declare const iceTechPager: {
  send(message: string, urgency: 'low' | 'high'): Promise<void>;
};

declare const eventSchedule: {
  nextDraw(sheet: SheetName): Promise<{ drawNumber: number; startsAt: number } | null>;
};

export interface SheetState {
  sheet: SheetName;
  meanC: number;
  spreadC: number;
  samples: number;
}

export function summarise(samples: SurfaceSample[]): SheetState[] {
  const bySheet = new Map<SheetName, number[]>();
  for (const s of samples) bySheet.set(s.sheet, [...(bySheet.get(s.sheet) ?? []), s.celsius]);
  return [...bySheet].map(([sheet, temps]) => {
    const meanC = temps.reduce((a, b) => a + b, 0) / temps.length;
    return { sheet, meanC, spreadC: Math.max(...temps) - Math.min(...temps), samples: temps.length };
  });
}

export class IceMonitor {
  private readonly alerted = new Map<SheetName, number>();

  constructor(private readonly toleranceC = 0.3, private readonly realertMs = 15 * 60_000) {}

  private shouldAlert(sheet: SheetName, now: number): boolean {
    const last = this.alerted.get(sheet);
    return last === undefined || now - last > this.realertMs;
  }

  async review(samples: SurfaceSample[], now = Date.now()): Promise<SheetName[]> {
    const flagged: SheetName[] = [];
    for (const state of summarise(samples)) {
      const target = await iceTargets.forSheet(state.sheet);
      const drift = state.meanC - target;
      const uneven = state.spreadC > this.toleranceC * 2;
      if (Math.abs(drift) <= this.toleranceC && !uneven) continue;
      flagged.push(state.sheet);
      if (!this.shouldAlert(state.sheet, now)) continue;

      const draw = await eventSchedule.nextDraw(state.sheet);
      const soon = draw !== null && draw.startsAt - now < 45 * 60_000;
      const direction = drift > 0 ? 'warm' : 'cold';
      const message =
        `Sheet ${state.sheet} running ${direction}: ${state.meanC.toFixed(2)}°C ` +
        `(target ${target.toFixed(2)}°C, spread ${state.spreadC.toFixed(2)}°C, brine ${brineChiller.supplyC()}°C)` +
        (draw ? ` — draw ${draw.drawNumber} at ${new Date(draw.startsAt).toLocaleTimeString()}` : '');
      await iceTechPager.send(message, soon ? 'high' : 'low');
      this.alerted.set(state.sheet, now);
    }
    return flagged;
  }
}
