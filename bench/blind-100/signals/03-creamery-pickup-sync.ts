// expect: require-signal-propagation
// The sync loop checks opts.signal between tanks but never passes it to fetch, so cancelling the sync leaves the current pickup request running until the creamery server answers or the socket times out.
export interface TankReading {
  tankId: string;
  litres: number;
  tempC: number;
  readAt: string;
}

export interface PickupSlip {
  tankId: string;
  slipNo: string;
  litresCollected: number;
}

export interface SyncOptions {
  creameryUrl: string;
  farmCode: string;
  signal?: AbortSignal;
}

export interface TankGauge {
  read(tankId: string): TankReading;
}

const MAX_TANK_TEMP_C = 4.5;

export async function syncPickups(gauge: TankGauge, tankIds: string[], opts: SyncOptions): Promise<PickupSlip[]> {
  const slips: PickupSlip[] = [];

  for (const tankId of tankIds) {
    opts.signal?.throwIfAborted();
    const reading = gauge.read(tankId);
    if (reading.tempC > MAX_TANK_TEMP_C) {
      console.warn(`tank ${tankId} at ${reading.tempC}°C — holding back from pickup`);
      continue;
    }

    const res = await fetch(`${opts.creameryUrl}/farms/${opts.farmCode}/pickups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tankId, litres: reading.litres, readAt: reading.readAt }),
    });
    if (!res.ok) {
      throw new Error(`creamery rejected pickup for ${tankId}: ${res.status}`);
    }
    slips.push((await res.json()) as PickupSlip);
  }

  return slips;
}

export function totalCollected(slips: PickupSlip[]): number {
  return slips.reduce((sum, s) => sum + s.litresCollected, 0);
}
