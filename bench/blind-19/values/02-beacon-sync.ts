// expect: none
// Look-alike: every async result (isReachable, fetch, res.json) is awaited before it is tested, interpolated or serialized.
interface BeaconStatus {
  serial: string;
  batteryPct: number;
  firmware: string;
  mode: 'transmit' | 'search' | 'off';
}

declare function isReachable(host: string): Promise<boolean>;

const FLEET_HOST = 'fleet.avalanche-gear.internal';

async function fetchStatus(serial: string, signal: AbortSignal): Promise<BeaconStatus> {
  const res = await fetch(`https://${FLEET_HOST}/beacons/${encodeURIComponent(serial)}`, { signal });
  if (!res.ok) {
    throw new Error(`beacon ${serial}: HTTP ${res.status}`);
  }
  return (await res.json()) as BeaconStatus;
}

export interface SyncReport {
  checked: number;
  lowBattery: string[];
  outdated: string[];
}

export async function syncRentalShelf(serials: string[], requiredFirmware: string, timeoutMs = 8000): Promise<SyncReport> {
  const report: SyncReport = { checked: 0, lowBattery: [], outdated: [] };

  if (!(await isReachable(FLEET_HOST))) {
    console.warn(`fleet server unreachable, skipping sync of ${serials.length} beacons`);
    return report;
  }

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (const serial of serials) {
      const status = await fetchStatus(serial, controller.signal);
      report.checked++;
      if (status.batteryPct < 40) {
        report.lowBattery.push(serial);
      }
      if (status.firmware !== requiredFirmware) {
        report.outdated.push(serial);
      }
      console.log(`${serial}: ${status.batteryPct}% fw ${status.firmware} (${status.mode})`);
    }
  } finally {
    clearTimeout(timer);
  }

  const res = await fetch(`https://${FLEET_HOST}/shelf-reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ at: new Date().toISOString(), ...report }),
  });
  if (!res.ok) {
    console.warn(`could not upload shelf report: ${res.status}`);
  }
  return report;
}
