// expect: none
// The backwash and pump-down promises are started together and immediately combined with Promise.all, so a rejection from either one is observed.
export interface PondFilter {
  backwash(seconds: number): Promise<{ litresFlushed: number }>;
  rinse(seconds: number): Promise<void>;
}

export interface PondPump {
  setFlow(litresPerHour: number): Promise<void>;
  currentFlow(): Promise<number>;
}

export interface WaterTest {
  ammoniaPpm(): Promise<number>;
  nitritePpm(): Promise<number>;
}

export interface MaintenanceReport {
  litresFlushed: number;
  flowBefore: number;
  flowAfter: number;
  ammoniaPpm: number;
  nitritePpm: number;
  safeForKoi: boolean;
}

const REDUCED_FLOW = 2_000;

export async function runWeeklyMaintenance(
  filter: PondFilter,
  pump: PondPump,
  water: WaterTest,
  backwashSeconds = 90,
): Promise<MaintenanceReport> {
  const flowBefore = await pump.currentFlow();

  const backwash = filter.backwash(backwashSeconds);
  const reduce = pump.setFlow(REDUCED_FLOW);
  const [flushed] = await Promise.all([backwash, reduce]);

  await filter.rinse(20);
  await pump.setFlow(flowBefore);

  const ammonia = water.ammoniaPpm();
  const nitrite = water.nitritePpm();
  const [ammoniaPpm, nitritePpm, flowAfter] = await Promise.all([ammonia, nitrite, pump.currentFlow()]);

  return {
    litresFlushed: flushed.litresFlushed,
    flowBefore,
    flowAfter,
    ammoniaPpm,
    nitritePpm,
    safeForKoi: ammoniaPpm < 0.25 && nitritePpm < 0.5,
  };
}

export function summarise(report: MaintenanceReport): string {
  const parts = [
    `flushed ${report.litresFlushed} L`,
    `flow ${report.flowBefore} → ${report.flowAfter} L/h`,
    `NH3 ${report.ammoniaPpm.toFixed(2)} ppm`,
    `NO2 ${report.nitritePpm.toFixed(2)} ppm`,
  ];
  if (!report.safeForKoi) parts.push('WATER CHANGE NEEDED');
  if (report.flowAfter < report.flowBefore * 0.8) parts.push('check pump pre-filter');
  return parts.join('; ');
}
