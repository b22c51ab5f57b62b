// expect: no-multiple-settle
// The timeout is never cleared when the scale answers, so the timer fires later and calls reject on an already-settled promise.
import { EventEmitter } from "node:events";

export interface ScaleReading {
  grams: number;
  stable: boolean;
  vesselId: string;
}

export interface BlendComponent {
  material: string;
  targetGrams: number;
  toleranceGrams: number;
}

declare const labScale: EventEmitter & {
  send(command: string): void;
};

declare const batchJournal: {
  record(entry: { material: string; grams: number; vesselId: string }): Promise<void>;
};

const TARE_TIMEOUT_MS = 4_000;

export function tareVessel(vesselId: string): Promise<ScaleReading> {
  return new Promise<ScaleReading>((resolve, reject) => {
    const onReading = (reading: ScaleReading) => {
      if (reading.vesselId !== vesselId || !reading.stable) return;
      labScale.off("reading", onReading);
      resolve(reading);
    };
    setTimeout(() => {
      labScale.off("reading", onReading);
      reject(new Error(`scale did not stabilise for vessel ${vesselId}`));
    }, TARE_TIMEOUT_MS);
    labScale.on("reading", onReading);
    labScale.send(`TARE ${vesselId}`);
  });
}

function withinTolerance(component: BlendComponent, grams: number): boolean {
  return Math.abs(grams - component.targetGrams) <= component.toleranceGrams;
}

export async function weighComponent(
  vesselId: string,
  component: BlendComponent,
  readNet: () => Promise<number>,
): Promise<number> {
  await tareVessel(vesselId);
  const grams = await readNet();
  if (!withinTolerance(component, grams)) {
    throw new RangeError(
      `${component.material}: ${grams.toFixed(3)}g outside ${component.targetGrams}±${component.toleranceGrams}g`,
    );
  }
  await batchJournal.record({ material: component.material, grams, vesselId });
  return grams;
}

export async function weighFormula(
  vesselId: string,
  formula: BlendComponent[],
  readNet: () => Promise<number>,
): Promise<Record<string, number>> {
  const weighed: Record<string, number> = {};
  for (const component of formula) {
    weighed[component.material] = await weighComponent(vesselId, component, readNet);
  }
  return weighed;
}

export function concentration(weighed: Record<string, number>, material: string): number {
  const total = Object.values(weighed).reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  return (weighed[material] ?? 0) / total;
}
