// expect: none
// waitForBeacon combines the caller's signal with a timeout via AbortSignal.any and passes it to events.once and to the direction-finder call, so cancelling the search or hitting the deadline stops every pending wait.
import { EventEmitter, once } from 'node:events';

export interface BeaconFix {
  hex: string; // PLB 15-hex id
  lat: number;
  lon: number;
  accuracyM: number;
}

export interface DirectionFinder {
  bearingTo(hex: string, opts: { signal: AbortSignal }): Promise<{ bearingDeg: number; snr: number }>;
}

export class SarReceiver extends EventEmitter {
  decode(hex: string, lat: number, lon: number, accuracyM: number): void {
    this.emit('fix', { hex, lat, lon, accuracyM } satisfies BeaconFix);
  }
}

export interface SearchLeg {
  fix: BeaconFix;
  bearingDeg: number;
  snr: number;
}

export async function waitForBeacon(
  rx: SarReceiver,
  finder: DirectionFinder,
  hex: string,
  opts: { signal: AbortSignal; timeoutMs: number },
): Promise<SearchLeg> {
  const signal = AbortSignal.any([opts.signal, AbortSignal.timeout(opts.timeoutMs)]);

  let fix: BeaconFix | undefined;
  while (!fix) {
    const [candidate] = (await once(rx, 'fix', { signal })) as [BeaconFix];
    if (candidate.hex === hex) fix = candidate;
  }

  const { bearingDeg, snr } = await finder.bearingTo(hex, { signal });
  return { fix, bearingDeg, snr };
}

export function legSummary(leg: SearchLeg): string {
  const ns = leg.fix.lat >= 0 ? 'N' : 'S';
  const ew = leg.fix.lon >= 0 ? 'E' : 'W';
  return [
    `PLB ${leg.fix.hex}`,
    `${Math.abs(leg.fix.lat).toFixed(4)}${ns} ${Math.abs(leg.fix.lon).toFixed(4)}${ew} ±${leg.fix.accuracyM}m`,
    `bearing ${leg.bearingDeg.toFixed(0).padStart(3, '0')}° (snr ${leg.snr.toFixed(1)} dB)`,
  ].join(' | ');
}
