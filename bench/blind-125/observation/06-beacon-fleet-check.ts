// expect: no-unchecked-settled-results
// The allSettled results are filtered down to fulfilled self-tests only, so a beacon whose self-test rejected drops out of the roster and the fleet is still reported ready.
export interface Transceiver {
  serial: string;
  model: string;
  selfTest(): Promise<{ batteryPct: number; firmware: string; rangeM: number }>;
}

export interface BeaconStatus {
  serial: string;
  model: string;
  batteryPct: number;
  firmware: string;
  rangeM: number;
}

export interface FleetReadiness {
  session: string;
  checked: BeaconStatus[];
  lowBattery: string[];
  ready: boolean;
}

const MIN_BATTERY_PCT = 40;
const MIN_RANGE_M = 40;

export async function checkFleet(session: string, beacons: Transceiver[]): Promise<FleetReadiness> {
  const results = await Promise.allSettled(
    beacons.map(async (b): Promise<BeaconStatus> => {
      const test = await b.selfTest();
      return { serial: b.serial, model: b.model, ...test };
    }),
  );

  const checked = results
    .filter((r): r is PromiseFulfilledResult<BeaconStatus> => r.status === 'fulfilled')
    .map((r) => r.value);

  const lowBattery = checked.filter((s) => s.batteryPct < MIN_BATTERY_PCT).map((s) => s.serial);
  const shortRange = checked.filter((s) => s.rangeM < MIN_RANGE_M);

  return {
    session,
    checked,
    lowBattery,
    ready: lowBattery.length === 0 && shortRange.length === 0,
  };
}

export function briefingText(r: FleetReadiness): string {
  const header = r.ready
    ? `Session ${r.session}: all ${r.checked.length} transceivers OK — go.`
    : `Session ${r.session}: NOT READY.`;
  const lines = [header];
  if (r.lowBattery.length > 0) {
    lines.push(`Swap batteries: ${r.lowBattery.join(', ')}`);
  }
  const models = new Map<string, number>();
  for (const s of r.checked) {
    models.set(s.model, (models.get(s.model) ?? 0) + 1);
  }
  for (const [model, n] of models) {
    lines.push(`  ${model}: ${n}`);
  }
  return lines.join('\n');
}
