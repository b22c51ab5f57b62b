// expect: none
// Every Promise.allSettled result is narrowed on status before .value or .reason is read, and failed cappers are reported separately.
export interface CapperStatus {
  capperId: string;
  bottlesPerMinute: number;
  torqueNm: number;
  jammed: boolean;
}

export interface LineHealth {
  line: string;
  healthy: CapperStatus[];
  unreachable: Array<{ capperId: string; error: string }>;
  throughput: number;
}

declare const cappers: {
  status(capperId: string): Promise<CapperStatus>;
};
declare const pager: { notify(team: string, message: string): Promise<void> };
declare const lineConfig: { cappersFor(line: string): string[] };

// Woozy bottles of thin vinegar-based sauce want gentler caps than thick mash sauces.
const TORQUE_WINDOW_NM: [number, number] = [1.4, 2.1];

function errorText(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

export async function checkLine(line: string): Promise<LineHealth> {
  const ids = lineConfig.cappersFor(line);
  const results = await Promise.allSettled(ids.map((id) => cappers.status(id)));

  const healthy: CapperStatus[] = [];
  const unreachable: LineHealth["unreachable"] = [];
  results.forEach((result, i) => {
    if (result.status === "fulfilled") {
      healthy.push(result.value);
    } else {
      unreachable.push({ capperId: ids[i], error: errorText(result.reason) });
    }
  });

  const throughput = healthy.filter((c) => !c.jammed).reduce((sum, c) => sum + c.bottlesPerMinute, 0);
  return { line, healthy, unreachable, throughput };
}

export function torqueOutliers(health: LineHealth): CapperStatus[] {
  const [low, high] = TORQUE_WINDOW_NM;
  return health.healthy.filter((c) => c.torqueNm < low || c.torqueNm > high);
}

export async function morningCheck(lines: string[]): Promise<LineHealth[]> {
  const reports: LineHealth[] = [];
  for (const line of lines) {
    const health = await checkLine(line);
    const problems = [
      ...health.unreachable.map((u) => `${u.capperId} unreachable (${u.error})`),
      ...torqueOutliers(health).map((c) => `${c.capperId} torque ${c.torqueNm.toFixed(2)} Nm`),
    ];
    if (problems.length > 0) {
      await pager.notify("bottling-maintenance", `line ${line}: ${problems.join("; ")}`);
    }
    reports.push(health);
  }
  return reports;
}
