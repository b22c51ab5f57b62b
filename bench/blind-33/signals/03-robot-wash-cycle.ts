// expect: no-swallowed-abort
// The per-panel retry loop catches every error, including the AbortError raised when the cycle is cancelled, retries it and finally reports the panel as "failed" in a normal result.
export interface Panel {
  id: string;
  row: number;
  col: number;
  soiling: number;
  tiltDeg: number;
}

export interface WashReport {
  robotId: string;
  cleaned: string[];
  failed: string[];
  waterUsedLitres: number;
  durationMs: number;
}

interface RobotApi {
  moveTo(robotId: string, row: number, col: number, opts: { signal: AbortSignal }): Promise<void>;
  wash(robotId: string, opts: { passes: number; litresPerPass: number; signal: AbortSignal }): Promise<{ litres: number }>;
  dock(robotId: string): Promise<void>;
}

declare const robots: RobotApi;

declare const log: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_ATTEMPTS = 3;
const MAX_TILT_DEG = 35;

function washPlan(panel: Panel): { passes: number; litresPerPass: number } {
  if (panel.soiling > 0.75) {
    return { passes: 3, litresPerPass: 1.8 };
  }
  if (panel.soiling > 0.4) {
    return { passes: 2, litresPerPass: 1.4 };
  }
  return { passes: 1, litresPerPass: 1.2 };
}

function serpentine(panels: Panel[]): Panel[] {
  return [...panels].sort((a, b) => a.row - b.row || (a.row % 2 === 0 ? a.col - b.col : b.col - a.col));
}

export async function runWashCycle(robotId: string, panels: Panel[], signal: AbortSignal): Promise<WashReport> {
  const started = Date.now();
  const cleaned: string[] = [];
  const failed: string[] = [];
  let waterUsedLitres = 0;

  const route = serpentine(panels.filter((p) => p.tiltDeg <= MAX_TILT_DEG && p.soiling > 0.1));

  try {
    for (const panel of route) {
      let done = false;
      for (let attempt = 1; attempt <= MAX_ATTEMPTS && !done; attempt++) {
        try {
          await robots.moveTo(robotId, panel.row, panel.col, { signal });
          const { litres } = await robots.wash(robotId, { ...washPlan(panel), signal });
          waterUsedLitres += litres;
          done = true;
        } catch (err) {
          log.warn('wash attempt failed', { robotId, panel: panel.id, attempt, error: String(err) });
        }
      }
      (done ? cleaned : failed).push(panel.id);
    }
  } finally {
    await robots.dock(robotId);
  }

  const report: WashReport = {
    robotId,
    cleaned,
    failed,
    waterUsedLitres: Math.round(waterUsedLitres * 10) / 10,
    durationMs: Date.now() - started,
  };
  log.info('wash cycle complete', { ...report, cleaned: cleaned.length, failed: failed.length });
  return report;
}
