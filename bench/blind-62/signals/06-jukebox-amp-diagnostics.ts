// expect: no-swallowed-abort
// runBenchTest rewraps every failure, including the AbortError from the operator's cancel, as a plain DiagnosticsError so callers can no longer tell a cancel from a fault
import { setTimeout as delay } from "node:timers/promises";

export interface TubeMeasurement {
  position: string;
  tubeType: "6L6" | "6V6" | "5U4" | "6SN7" | "12AX7";
  plateMa: number;
  emissionPct: number;
}

export interface AmpReport {
  chassisId: string;
  tubes: TubeMeasurement[];
  humMv: number;
  outputWatts: number;
}

declare const benchAnalyzer: {
  measureTubes(chassisId: string, opts: { signal: AbortSignal }): Promise<TubeMeasurement[]>;
  measureHum(chassisId: string, opts: { signal: AbortSignal }): Promise<number>;
  sweepOutput(chassisId: string, hz: number[], opts: { signal: AbortSignal }): Promise<number[]>;
};

export class DiagnosticsError extends Error {
  constructor(
    message: string,
    readonly chassisId: string,
  ) {
    super(message);
    this.name = "DiagnosticsError";
  }
}

const SWEEP_HZ = [60, 250, 1000, 4000, 10000];
const VARIAC_WARMUP_MS = 30_000;

function weakTubes(tubes: TubeMeasurement[]): TubeMeasurement[] {
  return tubes.filter((t) => t.emissionPct < 60);
}

export async function runBenchTest(chassisId: string, signal: AbortSignal): Promise<AmpReport> {
  try {
    await delay(VARIAC_WARMUP_MS, undefined, { signal });
    const tubes = await benchAnalyzer.measureTubes(chassisId, { signal });
    const weak = weakTubes(tubes);
    if (weak.some((t) => t.tubeType === "5U4")) {
      throw new Error("rectifier emission too low to continue under load");
    }
    const humMv = await benchAnalyzer.measureHum(chassisId, { signal });
    const watts = await benchAnalyzer.sweepOutput(chassisId, SWEEP_HZ, { signal });
    const outputWatts = Math.min(...watts);
    return { chassisId, tubes, humMv, outputWatts };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new DiagnosticsError(`bench test failed for ${chassisId}: ${detail}`, chassisId);
  }
}

export function verdict(report: AmpReport): string[] {
  const notes: string[] = [];
  for (const t of weakTubes(report.tubes)) {
    notes.push(`replace ${t.tubeType} at ${t.position} (${t.emissionPct}% emission)`);
  }
  if (report.humMv > 15) notes.push(`hum ${report.humMv}mV: recap power supply filter`);
  if (report.outputWatts < 8) notes.push(`output only ${report.outputWatts}W across sweep`);
  return notes.length ? notes : ["amp within spec"];
}

export async function testShelf(chassisIds: string[], signal: AbortSignal): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const id of chassisIds) {
    const report = await runBenchTest(id, signal);
    out.set(id, verdict(report));
  }
  return out;
}
