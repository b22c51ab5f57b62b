// expect: none
// The acoustic analysis is started early but a rejection handler is attached immediately, and the same promise is still awaited later so its error is not lost.
export interface AcousticAnalysis {
  hiveId: string;
  dominantHz: number;
  pipingDetected: boolean;
  queenlessScore: number;
}

export interface BroodSnapshot {
  hiveId: string;
  broodTempC: number;
  tempStdDev: number;
  weightTrendKgPerDay: number;
}

export type QueenStatus = "queenright" | "possibly-queenless" | "queenless" | "swarming";

declare const audioLab: {
  analyse(hiveId: string, recordingUrl: string): Promise<AcousticAnalysis>;
};

declare const hiveSensors: {
  latestRecording(hiveId: string): Promise<string>;
  broodSnapshot(hiveId: string, hours: number): Promise<BroodSnapshot>;
};

declare const beekeeperApp: {
  notify(hiveId: string, status: QueenStatus, detail: string): Promise<void>;
};

function classify(acoustic: AcousticAnalysis, brood: BroodSnapshot): QueenStatus {
  if (acoustic.pipingDetected && brood.weightTrendKgPerDay < -0.8) return "swarming";
  const unstableBrood = brood.tempStdDev > 1.2 || brood.broodTempC < 33;
  if (acoustic.queenlessScore > 0.8 && unstableBrood) return "queenless";
  if (acoustic.queenlessScore > 0.55 || (unstableBrood && acoustic.dominantHz > 280)) return "possibly-queenless";
  return "queenright";
}

export async function inspectHive(hiveId: string): Promise<QueenStatus> {
  const recordingUrl = await hiveSensors.latestRecording(hiveId);

  const analysis = audioLab.analyse(hiveId, recordingUrl);
  analysis.catch(() => {
    // Observed here so it cannot surface as unhandled while the brood data loads;
    // the rejection is rethrown by the await below.
  });

  const brood = await hiveSensors.broodSnapshot(hiveId, 48);
  const acoustic = await analysis;
  const status = classify(acoustic, brood);

  if (status !== "queenright") {
    const detail =
      `score ${acoustic.queenlessScore.toFixed(2)}, ${acoustic.dominantHz} Hz, ` +
      `brood ${brood.broodTempC.toFixed(1)}±${brood.tempStdDev.toFixed(1)}°C, ` +
      `weight ${brood.weightTrendKgPerDay.toFixed(2)} kg/day`;
    await beekeeperApp.notify(hiveId, status, detail);
  }
  return status;
}

export async function inspectApiary(hiveIds: string[]): Promise<Map<string, QueenStatus | Error>> {
  const out = new Map<string, QueenStatus | Error>();
  for (const id of hiveIds) {
    try {
      out.set(id, await inspectHive(id));
    } catch (err) {
      out.set(id, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return out;
}
