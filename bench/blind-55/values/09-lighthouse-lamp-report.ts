// expect: no-read-before-settle
// Bug: buildKeeperReport reads lampHours right after calling lampController.query, whose callback sets it asynchronously, so the report always shows 0 lamp hours and never flags relamping.
export interface LampStatus {
  lit: boolean;
  bulbKind: "metal-halide" | "led-array";
  rotationRpm: number;
}

export interface KeeperReport {
  stationId: string;
  generatedAt: string;
  lit: boolean;
  rotationRpm: number;
  lampHours: number;
  relampDue: boolean;
  fogSignalArmed: boolean;
  notes: string[];
}

declare const lampController: {
  status(stationId: string): LampStatus;
  query(
    stationId: string,
    register: "lamp-hours" | "motor-hours",
    callback: (err: Error | null, value?: number) => void,
  ): void;
};
declare const fogSignal: { armed(stationId: string): boolean };
declare const keeperInbox: { send(stationId: string, report: KeeperReport): Promise<void> };

const RELAMP_HOURS: Record<LampStatus["bulbKind"], number> = {
  "metal-halide": 6_000,
  "led-array": 50_000,
};
const NOMINAL_RPM = 0.75;

export async function buildKeeperReport(stationId: string): Promise<KeeperReport> {
  const status = lampController.status(stationId);
  const notes: string[] = [];

  let lampHours = 0;
  lampController.query(stationId, "lamp-hours", (err, value) => {
    if (err) {
      notes.push(`lamp-hours register unreadable: ${err.message}`);
      return;
    }
    lampHours = value ?? 0;
  });

  const relampDue = lampHours >= RELAMP_HOURS[status.bulbKind] * 0.95;
  if (relampDue) notes.push(`relamp due (${lampHours}h on ${status.bulbKind})`);
  if (!status.lit) notes.push("lamp is dark");
  if (Math.abs(status.rotationRpm - NOMINAL_RPM) > 0.05) {
    notes.push(`rotation ${status.rotationRpm.toFixed(2)} rpm, nominal ${NOMINAL_RPM}`);
  }

  const armed = fogSignal.armed(stationId);
  if (!armed) notes.push("fog signal disarmed");

  return {
    stationId,
    generatedAt: new Date().toISOString(),
    lit: status.lit,
    rotationRpm: status.rotationRpm,
    lampHours,
    relampDue,
    fogSignalArmed: armed,
    notes,
  };
}

export async function sendNightlyReports(stationIds: string[]): Promise<number> {
  let sent = 0;
  for (const stationId of stationIds) {
    const report = await buildKeeperReport(stationId);
    await keeperInbox.send(stationId, report);
    sent += 1;
  }
  return sent;
}
