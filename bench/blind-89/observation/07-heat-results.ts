// expect: none
// Correct: every allSettled entry is inspected by status; rejected transponder reads are collected and reported instead of being treated as laps.
export interface LapRecord {
  pilot: string;
  lap: number;
  splitMs: number;
}

export interface HeatSummary {
  heatId: string;
  standings: Array<{ pilot: string; bestLapMs: number; laps: number }>;
  missingReadings: Array<{ gate: string; reason: string }>;
}

interface TimingGate {
  id: string;
  download(heatId: string): Promise<LapRecord[]>;
}

declare const gates: TimingGate[];
declare const leaderboard: { publish(summary: HeatSummary): Promise<void> };

export async function collectHeat(heatId: string): Promise<HeatSummary> {
  const settled = await Promise.allSettled(gates.map((g) => g.download(heatId)));

  const laps: LapRecord[] = [];
  const missingReadings: HeatSummary['missingReadings'] = [];

  settled.forEach((outcome, i) => {
    if (outcome.status === 'fulfilled') {
      laps.push(...outcome.value);
    } else {
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      missingReadings.push({ gate: gates[i].id, reason });
    }
  });

  if (missingReadings.length === gates.length) {
    throw new Error(`heat ${heatId}: no timing gate responded`);
  }

  const byPilot = new Map<string, LapRecord[]>();
  for (const lap of laps) {
    const list = byPilot.get(lap.pilot) ?? [];
    list.push(lap);
    byPilot.set(lap.pilot, list);
  }

  const standings = [...byPilot.entries()]
    .map(([pilot, records]) => ({
      pilot,
      bestLapMs: Math.min(...records.map((r) => r.splitMs)),
      laps: new Set(records.map((r) => r.lap)).size,
    }))
    .sort((a, b) => b.laps - a.laps || a.bestLapMs - b.bestLapMs);

  const summary: HeatSummary = { heatId, standings, missingReadings };
  await leaderboard.publish(summary);
  return summary;
}
