// expect: no-floating-promises
// drainAndStop calls the async batter-pump purge as a bare statement, so the line reports stopped before the purge ends and a purge failure goes unhandled
import { EventEmitter } from "node:events";

export interface IronState {
  ironId: number;
  plateTempC: number;
  closed: boolean;
  cycleRemainingSec: number;
}

declare const plcGateway: {
  readIrons(lineId: string): Promise<IronState[]>;
  setHeater(lineId: string, ironId: number, on: boolean): Promise<void>;
  stopConveyor(lineId: string): Promise<void>;
};
declare const batterPump: {
  purge(lineId: string, litres: number): Promise<void>;
  halt(lineId: string): Promise<void>;
};
declare const qaRecorder: {
  closeShift(lineId: string): Promise<{ waffles: number; rejects: number }>;
};

const PURGE_LITRES = 4;
const DRAIN_POLL_MS = 1_000;

export class WaffleLine extends EventEmitter {
  private running = false;

  constructor(readonly lineId: string) {
    super();
  }

  async start(): Promise<void> {
    const irons = await plcGateway.readIrons(this.lineId);
    for (const iron of irons) {
      await plcGateway.setHeater(this.lineId, iron.ironId, true);
    }
    this.running = true;
    this.emit("started", { lineId: this.lineId, irons: irons.length });
  }

  private async waitForIronsOpen(maxWaitMs: number): Promise<void> {
    const deadline = Date.now() + maxWaitMs;
    while (Date.now() < deadline) {
      const irons = await plcGateway.readIrons(this.lineId);
      if (irons.every((i) => !i.closed || i.cycleRemainingSec === 0)) return;
      await new Promise<void>((r) => setTimeout(r, DRAIN_POLL_MS));
    }
    throw new Error(`line ${this.lineId}: irons still closed after ${maxWaitMs}ms`);
  }

  async drainAndStop(): Promise<{ waffles: number; rejects: number }> {
    if (!this.running) throw new Error(`line ${this.lineId} is not running`);
    await batterPump.halt(this.lineId);
    await this.waitForIronsOpen(90_000);

    const irons = await plcGateway.readIrons(this.lineId);
    await Promise.all(irons.map((i) => plcGateway.setHeater(this.lineId, i.ironId, false)));
    await plcGateway.stopConveyor(this.lineId);

    batterPump.purge(this.lineId, PURGE_LITRES);

    const shift = await qaRecorder.closeShift(this.lineId);
    this.running = false;
    this.emit("stopped", { lineId: this.lineId, ...shift });
    return shift;
  }

  get isRunning(): boolean {
    return this.running;
  }
}
