// expect: none
// Promises are collected in a synchronous loop and handed straight to Promise.all, and the per-furnace work uses for...of with await rather than forEach(async).
export interface FurnaceUnit {
  id: string;
  kind: 'tank' | 'glory-hole' | 'annealer';
  setpointC: number;
  crucibleAgeDays?: number;
}

export interface FurnaceHealth {
  furnaceId: string;
  currentC: number;
  burnerOk: boolean;
  thermocoupleDriftC: number;
}

declare const furnaceNet: {
  health(furnaceId: string): Promise<FurnaceHealth>;
  ramp(furnaceId: string, targetC: number, ratePerHour: number): Promise<void>;
  calibrateThermocouple(furnaceId: string): Promise<number>;
};

declare const studioBoard: {
  post(message: string): Promise<void>;
};

const RAMP_RATE: Record<FurnaceUnit['kind'], number> = {
  tank: 50,
  'glory-hole': 200,
  annealer: 100,
};

export interface ShiftReadiness {
  ready: string[];
  needsAttention: Array<{ furnaceId: string; issue: string }>;
}

function issuesFor(unit: FurnaceUnit, health: FurnaceHealth): string[] {
  const issues: string[] = [];
  if (!health.burnerOk) issues.push('burner fault');
  if (Math.abs(health.thermocoupleDriftC) > 8) issues.push(`thermocouple drift ${health.thermocoupleDriftC} C`);
  if (unit.kind === 'tank' && (unit.crucibleAgeDays ?? 0) > 120) issues.push('crucible due for replacement');
  return issues;
}

export async function startShift(units: FurnaceUnit[]): Promise<ShiftReadiness> {
  const healthChecks: Promise<FurnaceHealth>[] = [];
  for (const unit of units) {
    healthChecks.push(furnaceNet.health(unit.id));
  }
  const healths = await Promise.all(healthChecks);

  const readiness: ShiftReadiness = { ready: [], needsAttention: [] };
  const toRamp: FurnaceUnit[] = [];
  units.forEach((unit, i) => {
    const issues = issuesFor(unit, healths[i]);
    if (issues.length === 0) toRamp.push(unit);
    else readiness.needsAttention.push({ furnaceId: unit.id, issue: issues.join('; ') });
  });

  for (const unit of toRamp) {
    const health = healths[units.indexOf(unit)];
    if (Math.abs(health.thermocoupleDriftC) > 3) {
      await furnaceNet.calibrateThermocouple(unit.id);
    }
    if (health.currentC < unit.setpointC - 10) {
      await furnaceNet.ramp(unit.id, unit.setpointC, RAMP_RATE[unit.kind]);
    }
    readiness.ready.push(unit.id);
  }

  const summary = [
    `shift start: ${readiness.ready.length}/${units.length} furnaces ready`,
    ...readiness.needsAttention.map((n) => `  ${n.furnaceId}: ${n.issue}`),
  ].join('\n');
  await studioBoard.post(summary);
  return readiness;
}
