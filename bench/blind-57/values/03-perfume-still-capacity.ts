// expect: no-read-before-settle
// Bug: StillSession.start reads this.capacityL right after open(), but capacityL is only set by the socket's first 'data' handler, which cannot have run yet.
import { EventEmitter } from 'node:events';
import { connect, type Socket } from 'node:net';

interface StillReadyInfo {
  capacityL: number;
  condenserC: number;
}

declare const stillControl: {
  address(stillId: string): { host: string; port: number };
  charge(stillId: string, litres: number): Promise<void>;
};

declare const botanicalStore: {
  reserve(botanical: string, kg: number): Promise<{ lot: string; kg: number }>;
};

export interface DistillationRun {
  stillId: string;
  botanical: string;
  waterL: number;
  plantKg: number;
  lot: string;
}

const WATER_TO_PLANT_RATIO: Record<string, number> = {
  lavender: 3,
  rose: 4,
  vetiver: 6,
  neroli: 3.5,
};

const FILL_FRACTION = 0.8;

export class StillSession extends EventEmitter {
  private capacityL = 0;
  private condenserC = Number.NaN;
  private socket: Socket | undefined;

  constructor(private readonly stillId: string) {
    super();
  }

  private parseHello(frame: string): StillReadyInfo {
    const fields = new Map(
      frame
        .trim()
        .split(/\s+/)
        .slice(1)
        .map((kv) => kv.split('=') as [string, string]),
    );
    return { capacityL: Number(fields.get('cap') ?? 0), condenserC: Number(fields.get('cond') ?? Number.NaN) };
  }

  private open(): void {
    const { host, port } = stillControl.address(this.stillId);
    const socket = connect(port, host);
    socket.setEncoding('utf8');
    socket.once('data', (frame: string) => {
      const info = this.parseHello(frame);
      this.capacityL = info.capacityL;
      this.condenserC = info.condenserC;
      this.emit('ready', info);
    });
    socket.on('error', (err) => this.emit('error', err));
    this.socket = socket;
  }

  start(botanical: string): { waterL: number; plantKg: number } {
    const ratio = WATER_TO_PLANT_RATIO[botanical];
    if (!ratio) {
      throw new Error(`no distillation ratio for ${botanical}`);
    }
    this.open();

    const usable = this.capacityL * FILL_FRACTION;
    const plantKg = Math.floor((usable / (ratio + 1)) * 10) / 10;
    const waterL = Math.round(plantKg * ratio);
    if (plantKg <= 0) {
      throw new Error(`still ${this.stillId} has no usable capacity`);
    }
    return { waterL, plantKg };
  }

  condenserOk(): boolean {
    return this.condenserC < 25;
  }

  close(): void {
    this.socket?.end();
    this.socket = undefined;
  }

  async run(botanical: string): Promise<DistillationRun> {
    const { waterL, plantKg } = this.start(botanical);
    const reserved = await botanicalStore.reserve(botanical, plantKg);
    await stillControl.charge(this.stillId, waterL);
    return { stillId: this.stillId, botanical, waterL, plantKg: reserved.kg, lot: reserved.lot };
  }
}
