// expect: no-swallowed-abort
// soundStation turns an AbortError into an ordinary { status: "skipped" } outcome, so a cancelled fog-signal sweep carries on and is logged as completed.
export type HornPattern = "1-long" | "2-long" | "1-long-2-short";

export interface Station {
  stationId: string;
  name: string;
  endpoint: string;
  rangeNm: number;
}

export interface SoundOutcome {
  stationId: string;
  status: "sounded" | "skipped";
  blasts: number;
  reason?: string;
}

declare const coastguardLog: {
  write(entry: { kind: string; at: string; outcomes: SoundOutcome[] }): Promise<void>;
};
declare const visibility: {
  metres(stationId: string, init?: { signal?: AbortSignal }): Promise<number>;
};

const FOG_VISIBILITY_M = 1_000;
const BLASTS_PER_CYCLE: Record<HornPattern, number> = {
  "1-long": 1,
  "2-long": 2,
  "1-long-2-short": 3,
};

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === "AbortError";
}

async function soundStation(
  station: Station,
  pattern: HornPattern,
  cycles: number,
  signal: AbortSignal,
): Promise<SoundOutcome> {
  try {
    const vis = await visibility.metres(station.stationId, { signal });
    if (vis > FOG_VISIBILITY_M) {
      return { stationId: station.stationId, status: "skipped", blasts: 0, reason: `visibility ${vis} m` };
    }
    const res = await fetch(`${station.endpoint}/horn/sound`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ pattern, cycles }),
      signal,
    });
    if (!res.ok) {
      throw new Error(`${station.name} horn controller answered ${res.status}`);
    }
    return {
      stationId: station.stationId,
      status: "sounded",
      blasts: BLASTS_PER_CYCLE[pattern] * cycles,
    };
  } catch (err) {
    if (isAbortError(err)) {
      return { stationId: station.stationId, status: "skipped", blasts: 0, reason: "cancelled" };
    }
    throw err;
  }
}

export async function soundFogSignal(
  stations: readonly Station[],
  pattern: HornPattern,
  cycles: number,
  signal: AbortSignal,
): Promise<SoundOutcome[]> {
  if (cycles < 1) throw new RangeError("at least one cycle is required");
  const ordered = [...stations].sort((a, b) => b.rangeNm - a.rangeNm);

  const outcomes: SoundOutcome[] = [];
  for (const station of ordered) {
    outcomes.push(await soundStation(station, pattern, cycles, signal));
  }

  await coastguardLog.write({
    kind: "fog-signal-complete",
    at: new Date().toISOString(),
    outcomes,
  });
  return outcomes;
}

export function totalBlasts(outcomes: readonly SoundOutcome[]): number {
  return outcomes.reduce((n, o) => n + o.blasts, 0);
}
