// expect: none
// Correct: every started grip test is collected and settled together with allSettled, and each result's status is checked before its value or reason is used.
interface Cabin {
  cabinId: string;
  line: string;
  gripSerial: string;
  lastTestedAt: Date;
}

interface GripTestResult {
  cabinId: string;
  slipForceKn: number;
  springPreloadKn: number;
  passed: boolean;
}

declare const gripRig: {
  test(cabin: Cabin, minSlipKn: number): Promise<GripTestResult>;
};
declare const maintenanceSystem: {
  openWorkOrder(cabinId: string, summary: string): Promise<string>;
  recordPass(result: GripTestResult): Promise<void>;
};

const MIN_SLIP_KN = 18;
const MAX_INTERVAL_DAYS = 30;

function due(cabin: Cabin, now = Date.now()): boolean {
  return now - cabin.lastTestedAt.getTime() > MAX_INTERVAL_DAYS * 86_400_000;
}

export async function inspectLine(
  line: string,
  cabins: readonly Cabin[],
): Promise<{ passed: string[]; failed: string[]; errored: string[] }> {
  const toTest = cabins.filter((c) => c.line === line && due(c));

  const started: Promise<GripTestResult>[] = [];
  for (const cabin of toTest) {
    started.push(gripRig.test(cabin, MIN_SLIP_KN));
  }
  const outcomes = await Promise.allSettled(started);

  const passed: string[] = [];
  const failed: string[] = [];
  const errored: string[] = [];

  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i];
    const cabin = toTest[i];
    if (outcome.status === 'rejected') {
      errored.push(cabin.cabinId);
      await maintenanceSystem.openWorkOrder(
        cabin.cabinId,
        `grip rig error on ${cabin.gripSerial}: ${String(outcome.reason)}`,
      );
      continue;
    }
    const result = outcome.value;
    if (result.passed && result.slipForceKn >= MIN_SLIP_KN) {
      passed.push(cabin.cabinId);
      await maintenanceSystem.recordPass(result);
    } else {
      failed.push(cabin.cabinId);
      await maintenanceSystem.openWorkOrder(
        cabin.cabinId,
        `grip slipped at ${result.slipForceKn.toFixed(1)} kN (preload ${result.springPreloadKn.toFixed(1)} kN)`,
      );
    }
  }

  return { passed, failed, errored };
}

export function lineMayOpen(report: { failed: string[]; errored: string[] }, fleetSize: number): boolean {
  const outOfService = report.failed.length + report.errored.length;
  return outOfService === 0 || fleetSize - outOfService >= Math.ceil(fleetSize * 0.9);
}
