// expect: none
// The 'data' handler only accumulates and settles solely through done(), which detaches every listener first, and 'end', 'error' and 'close' are all handled, so the tally settles once whether the scan stream ends, fails, closes early or hits the plate limit.
import type { Readable } from 'node:stream';

export type PlateColour = 'white' | 'green' | 'red' | 'gold' | 'black';

export interface PlateScan {
  tag: string;
  colour: PlateColour;
  seat: number;
  at: number;
}

export interface SeatTally {
  seat: number;
  plates: number;
  byColour: Partial<Record<PlateColour, number>>;
  truncated: boolean;
}

export const PRICE_BY_COLOUR: Record<PlateColour, number> = {
  white: 180,
  green: 240,
  red: 320,
  gold: 480,
  black: 650,
};

export function tallySeat(scans: Readable, seat: number, maxPlates = 200): Promise<SeatTally> {
  return new Promise<SeatTally>((resolve, reject) => {
    const tally: SeatTally = { seat, plates: 0, byColour: {}, truncated: false };

    const done = (err?: Error) => {
      scans.off('data', onData);
      scans.off('end', onEnd);
      scans.off('error', onError);
      scans.off('close', onClose);
      if (err) reject(err);
      else resolve(tally);
    };

    const onData = (scan: PlateScan) => {
      if (scan.seat !== seat) return;
      tally.plates += 1;
      tally.byColour[scan.colour] = (tally.byColour[scan.colour] ?? 0) + 1;
      if (tally.plates >= maxPlates) {
        tally.truncated = true;
        done();
        scans.destroy();
      }
    };
    const onEnd = () => done();
    const onError = (err: Error) => done(err);
    const onClose = () => done(new Error(`scan stream for seat ${seat} closed before it ended`));

    scans.on('data', onData);
    scans.once('end', onEnd);
    scans.once('error', onError);
    scans.once('close', onClose);
  });
}

export function billFor(tally: SeatTally): number {
  let total = 0;
  for (const [colour, count] of Object.entries(tally.byColour) as [PlateColour, number][]) {
    total += PRICE_BY_COLOUR[colour] * count;
  }
  return total;
}
