// expect: none
// Both listeners are removed and the timer cleared on every outcome (arrival, fault, timeout), so the wait settles exactly once.
import { EventEmitter } from 'node:events';

export interface TrackCircuitEvent {
  siding: string;
  occupied: boolean;
  at: number;
}

export interface ShuntMove {
  tramId: string;
  fromSiding: string;
  toSiding: string;
}

declare const interlocking: {
  setRoute(from: string, to: string): Promise<void>;
  releaseRoute(from: string, to: string): Promise<void>;
};

declare const depotLog: {
  append(entry: { tramId: string; siding: string; arrivedAt: number }): void;
};

export class DepotShunter {
  private readonly busySidings = new Set<string>();

  constructor(
    private readonly circuits: EventEmitter,
    private readonly clearanceMs = 90_000,
  ) {}

  async perform(move: ShuntMove): Promise<TrackCircuitEvent> {
    if (this.busySidings.has(move.toSiding)) {
      throw new Error(`siding ${move.toSiding} already has a move in progress`);
    }
    this.busySidings.add(move.toSiding);
    try {
      await interlocking.setRoute(move.fromSiding, move.toSiding);
      const arrival = await this.waitForOccupancy(move.toSiding);
      depotLog.append({ tramId: move.tramId, siding: move.toSiding, arrivedAt: arrival.at });
      return arrival;
    } finally {
      this.busySidings.delete(move.toSiding);
      await interlocking.releaseRoute(move.fromSiding, move.toSiding);
    }
  }

  private waitForOccupancy(siding: string): Promise<TrackCircuitEvent> {
    return new Promise((resolve, reject) => {
      const detach = () => {
        clearTimeout(timer);
        this.circuits.off('change', onChange);
        this.circuits.off('fault', onFault);
      };
      const onChange = (event: TrackCircuitEvent) => {
        if (event.siding !== siding || !event.occupied) return;
        detach();
        resolve(event);
      };
      const onFault = (faultySiding: string, err: Error) => {
        if (faultySiding !== siding) return;
        detach();
        reject(err);
      };
      const timer = setTimeout(() => {
        detach();
        reject(new Error(`no occupancy on ${siding} within ${this.clearanceMs}ms`));
      }, this.clearanceMs);

      this.circuits.on('change', onChange);
      this.circuits.on('fault', onFault);
    });
  }
}

export async function clearSidingsForNight(shunter: DepotShunter, moves: ShuntMove[]): Promise<string[]> {
  const failed: string[] = [];
  for (const move of moves) {
    try {
      await shunter.perform(move);
    } catch (err) {
      failed.push(`${move.tramId}: ${(err as Error).message}`);
    }
  }
  return failed;
}
