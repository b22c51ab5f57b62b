// expect: none
// Every Promise.allSettled result is narrowed on status === "fulfilled" before .value is read, and rejected gauges are reported with their reason.
export interface Dam {
  id: string;
  creek: string;
  gaugeId: string;
  crestElevationM: number;
}

export interface LevelReading {
  gaugeId: string;
  waterElevationM: number;
  readAt: string;
}

export interface OvertopRisk {
  damId: string;
  creek: string;
  freeboardM: number;
  level: "ok" | "watch" | "overtopping";
}

declare const gauges: {
  readLevel(gaugeId: string): Promise<LevelReading>;
};

declare const alerts: {
  notifyHydrologist(subject: string, lines: string[]): Promise<void>;
};

const WATCH_FREEBOARD_M = 0.15;

function classify(dam: Dam, reading: LevelReading): OvertopRisk {
  const freeboardM = dam.crestElevationM - reading.waterElevationM;
  const level = freeboardM <= 0 ? "overtopping" : freeboardM < WATCH_FREEBOARD_M ? "watch" : "ok";
  return { damId: dam.id, creek: dam.creek, freeboardM: Math.round(freeboardM * 100) / 100, level };
}

export async function assessCreekDams(dams: Dam[]): Promise<{ risks: OvertopRisk[]; unreachable: string[] }> {
  const results = await Promise.allSettled(dams.map((dam) => gauges.readLevel(dam.gaugeId)));

  const risks: OvertopRisk[] = [];
  const unreachable: string[] = [];
  results.forEach((result, i) => {
    const dam = dams[i];
    if (result.status === "fulfilled") {
      risks.push(classify(dam, result.value));
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      unreachable.push(`${dam.id} (${dam.gaugeId}): ${reason}`);
    }
  });

  const urgent = risks.filter((r) => r.level !== "ok");
  if (urgent.length > 0 || unreachable.length > dams.length / 2) {
    await alerts.notifyHydrologist(`Beaver dam check: ${urgent.length} at risk`, [
      ...urgent.map((r) => `${r.damId} on ${r.creek}: ${r.level}, freeboard ${r.freeboardM} m`),
      ...unreachable.map((u) => `gauge offline: ${u}`),
    ]);
  }

  risks.sort((a, b) => a.freeboardM - b.freeboardM);
  return { risks, unreachable };
}
