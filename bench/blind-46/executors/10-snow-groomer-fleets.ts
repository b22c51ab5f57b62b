// expect: none
// Async work happens before the executor; many 'data' events only accumulate, and 'end'/'error'/premature 'close' settle once via a guard.
import type { Readable } from 'node:stream';

export interface GroomerPosition {
  unit: string;
  lat: number;
  lon: number;
  bladeDown: boolean;
  tillerOn: boolean;
  at: number;
}

export interface NightShift {
  shiftId: string;
  units: string[];
  startedAt: number;
  endedAt: number;
}

declare const fleetGateway: {
  authorize(shiftId: string): Promise<{ token: string; expiresAt: number }>;
  openTrack(shiftId: string, token: string): Readable;
};

declare const pisteMap: {
  runsTouched(track: GroomerPosition[]): string[];
};

function decodeLine(line: string): GroomerPosition | undefined {
  const parts = line.split(',');
  if (parts.length !== 6) return undefined;
  const [unit, lat, lon, blade, tiller, at] = parts;
  return {
    unit,
    lat: Number(lat),
    lon: Number(lon),
    bladeDown: blade === '1',
    tillerOn: tiller === '1',
    at: Number(at),
  };
}

export async function downloadTrack(shift: NightShift): Promise<GroomerPosition[]> {
  const { token, expiresAt } = await fleetGateway.authorize(shift.shiftId);
  if (expiresAt < Date.now() + 60_000) throw new Error(`token for ${shift.shiftId} expires too soon`);
  const stream = fleetGateway.openTrack(shift.shiftId, token);

  return new Promise<GroomerPosition[]>((resolve, reject) => {
    const positions: GroomerPosition[] = [];
    let carry = '';
    let settled = false;
    const settle = (apply: () => void) => {
      if (settled) return;
      settled = true;
      apply();
    };

    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (carry + chunk).split('\n');
      carry = lines.pop() ?? '';
      for (const line of lines) {
        const pos = decodeLine(line);
        if (pos && shift.units.includes(pos.unit)) positions.push(pos);
      }
    });
    stream.once('end', () => {
      const tail = decodeLine(carry);
      if (tail && shift.units.includes(tail.unit)) positions.push(tail);
      settle(() => resolve(positions));
    });
    stream.once('error', (err) => settle(() => reject(err)));
    stream.once('close', () => {
      settle(() => reject(new Error(`track for ${shift.shiftId} closed before end of data`)));
    });
  });
}

export interface ShiftSummary {
  shiftId: string;
  perUnitGroomedMinutes: Record<string, number>;
  runsGroomed: string[];
}

export async function summarizeShift(shift: NightShift): Promise<ShiftSummary> {
  const track = await downloadTrack(shift);
  const perUnit: Record<string, number> = Object.fromEntries(shift.units.map((u) => [u, 0]));
  const byUnit = new Map<string, GroomerPosition[]>();
  for (const p of track) byUnit.set(p.unit, [...(byUnit.get(p.unit) ?? []), p]);
  for (const [unit, points] of byUnit) {
    points.sort((a, b) => a.at - b.at);
    for (let i = 1; i < points.length; i++) {
      const prev = points[i - 1];
      if (prev.bladeDown && prev.tillerOn) perUnit[unit] += (points[i].at - prev.at) / 60_000;
    }
  }
  const groomingOnly = track.filter((p) => p.bladeDown && p.tillerOn);
  return { shiftId: shift.shiftId, perUnitGroomedMinutes: perUnit, runsGroomed: pisteMap.runsTouched(groomingOnly) };
}
