// expect: none
// Gondola checks are pushed into an array only after the early-return wind check, and the whole array goes to Promise.all before any throw.
export interface Gondola {
  number: number;
  capacity: number;
  lastServiced: string;
}

export interface GondolaCheck {
  number: number;
  doorLatchOk: boolean;
  restraintOk: boolean;
  intercomOk: boolean;
}

export interface OpeningReport {
  wheelId: string;
  openedAt: string | null;
  gustKnots: number;
  failedGondolas: number[];
  heldReason?: string;
}

declare const anemometer: {
  gustKnots(wheelId: string): Promise<number>;
};

declare const gondolaInspector: {
  check(wheelId: string, gondola: number): Promise<GondolaCheck>;
};

declare const driveSystem: {
  selfTest(wheelId: string): Promise<{ brakeTorqueOk: boolean; motorTempC: number }>;
  enableBoarding(wheelId: string, excluded: number[]): Promise<void>;
};

declare const opsLog: {
  write(entry: OpeningReport): Promise<void>;
};

const MAX_GUST_KNOTS = 30;

export async function openWheel(wheelId: string, gondolas: Gondola[]): Promise<OpeningReport> {
  const [gustKnots, drive] = await Promise.all([anemometer.gustKnots(wheelId), driveSystem.selfTest(wheelId)]);

  if (gustKnots > MAX_GUST_KNOTS) {
    const held: OpeningReport = {
      wheelId,
      openedAt: null,
      gustKnots,
      failedGondolas: [],
      heldReason: `gusts ${gustKnots}kt over ${MAX_GUST_KNOTS}kt`,
    };
    await opsLog.write(held);
    return held;
  }

  const checks: Promise<GondolaCheck>[] = [];
  for (const gondola of gondolas) {
    checks.push(gondolaInspector.check(wheelId, gondola.number));
  }
  const results = await Promise.all(checks);

  if (!drive.brakeTorqueOk) {
    throw new Error(`${wheelId}: brake torque self-test failed; wheel must stay closed`);
  }

  const failedGondolas = results
    .filter((r) => !r.doorLatchOk || !r.restraintOk || !r.intercomOk)
    .map((r) => r.number);
  if (failedGondolas.length > gondolas.length / 4) {
    throw new Error(`${wheelId}: ${failedGondolas.length} gondolas failed inspection`);
  }

  await driveSystem.enableBoarding(wheelId, failedGondolas);
  const report: OpeningReport = {
    wheelId,
    openedAt: new Date().toISOString(),
    gustKnots,
    failedGondolas,
    heldReason: drive.motorTempC > 70 ? `motor at ${drive.motorTempC}°C, monitor closely` : undefined,
  };
  await opsLog.write(report);
  return report;
}

export function seatsAvailable(gondolas: Gondola[], report: OpeningReport): number {
  if (report.openedAt === null) return 0;
  return gondolas.filter((g) => !report.failedGondolas.includes(g.number)).reduce((sum, g) => sum + g.capacity, 0);
}
