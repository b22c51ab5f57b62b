// expect: none
// The weather lookup is started early but gets its .catch handler in the same expression, and the interval's async callback wraps its whole body in try/catch.
export interface RopeSection {
  lineId: string;
  fromTower: number;
  toTower: number;
  lengthM: number;
}

export interface MagneticScan {
  section: RopeSection;
  lossOfMetalPct: number;
  brokenWires: number;
}

export interface WindForecast {
  gustKmh: number;
  direction: number;
}

declare const ropeScanner: {
  attach(lineId: string, tower: number): Promise<void>;
  scan(section: RopeSection): Promise<MagneticScan>;
  detach(): Promise<void>;
};

declare const weatherService: {
  forecast(lineId: string, hours: number): Promise<WindForecast>;
};

declare const maintenanceDesk: {
  report(lineId: string, scans: MagneticScan[], forecast: WindForecast | null): Promise<void>;
  heartbeat(lineId: string): Promise<void>;
  warn(message: string): void;
};

const MAX_LOSS_OF_METAL_PCT = 10;

export async function inspectLine(lineId: string, sections: readonly RopeSection[]): Promise<MagneticScan[]> {
  const forecastLookup = weatherService.forecast(lineId, 6).catch((err: unknown) => {
    maintenanceDesk.warn(`forecast unavailable for ${lineId}: ${String(err)}`);
    return null;
  });

  const scans: MagneticScan[] = [];
  await ropeScanner.attach(lineId, sections[0]?.fromTower ?? 1);
  try {
    for (const section of sections) {
      const scan = await ropeScanner.scan(section);
      if (scan.lossOfMetalPct > MAX_LOSS_OF_METAL_PCT) {
        throw new Error(
          `line ${lineId} towers ${section.fromTower}-${section.toTower}: ${scan.lossOfMetalPct}% loss of metal`,
        );
      }
      scans.push(scan);
    }
  } finally {
    await ropeScanner.detach();
  }

  const forecast = await forecastLookup;
  await maintenanceDesk.report(lineId, scans, forecast);
  return scans;
}

export function startHeartbeat(lineId: string, intervalMs = 30_000): () => void {
  let consecutiveFailures = 0;
  const timer = setInterval(async () => {
    try {
      await maintenanceDesk.heartbeat(lineId);
      consecutiveFailures = 0;
    } catch (err) {
      consecutiveFailures += 1;
      if (consecutiveFailures >= 3) {
        maintenanceDesk.warn(`inspection heartbeat for ${lineId} failing: ${String(err)}`);
      }
    }
  }, intervalMs);
  return () => clearInterval(timer);
}
