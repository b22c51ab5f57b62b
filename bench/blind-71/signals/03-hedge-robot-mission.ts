// expect: no-swallowed-abort
// runMission catches the AbortError from the trim loop and returns an ordinary result, so a cancelled mission is reported as finished.
import { setTimeout as sleep } from "node:timers/promises";

export interface HedgeSegment {
  id: string;
  lengthM: number;
  targetHeightCm: number;
  species: "beech" | "box" | "laurel" | "yew";
}

export interface MissionResult {
  robotId: string;
  trimmed: string[];
  skipped: string[];
  batteryPct: number;
}

interface TrimmerRobot {
  id: string;
  battery(): Promise<number>;
  trim(segment: HedgeSegment, options: { signal: AbortSignal }): Promise<void>;
  dock(): Promise<void>;
}

declare const gardenMap: {
  segmentsFor(zone: string): Promise<HedgeSegment[]>;
};

const MIN_BATTERY_PCT = 20;
const SETTLE_MS_BY_SPECIES: Record<HedgeSegment["species"], number> = {
  beech: 800,
  box: 400,
  laurel: 1200,
  yew: 600,
};

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === "AbortError";
}

async function trimSegments(
  robot: TrimmerRobot,
  segments: HedgeSegment[],
  signal: AbortSignal,
): Promise<{ trimmed: string[]; skipped: string[] }> {
  const trimmed: string[] = [];
  const skipped: string[] = [];
  for (const segment of segments) {
    signal.throwIfAborted();
    if ((await robot.battery()) < MIN_BATTERY_PCT) {
      skipped.push(segment.id);
      continue;
    }
    await robot.trim(segment, { signal });
    await sleep(SETTLE_MS_BY_SPECIES[segment.species], undefined, { signal });
    trimmed.push(segment.id);
  }
  return { trimmed, skipped };
}

export async function runMission(robot: TrimmerRobot, zone: string, signal: AbortSignal): Promise<MissionResult> {
  const segments = await gardenMap.segmentsFor(zone);
  const ordered = [...segments].sort((a, b) => a.targetHeightCm - b.targetHeightCm);

  let outcome: { trimmed: string[]; skipped: string[] };
  try {
    outcome = await trimSegments(robot, ordered, signal);
  } catch (err) {
    if (!isAbortError(err)) {
      await robot.dock();
      throw err;
    }
    outcome = { trimmed: [], skipped: ordered.map((s) => s.id) };
  }

  await robot.dock();
  return {
    robotId: robot.id,
    trimmed: outcome.trimmed,
    skipped: outcome.skipped,
    batteryPct: await robot.battery(),
  };
}
