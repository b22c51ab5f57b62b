// expect: none
// Correct: `release` is assigned inside a Promise executor, which runs synchronously, so reading it on the next line is safe; the 'boarded' listener runs synchronously inside emit(), before the counters are read.
import { EventEmitter } from 'node:events';

export interface Vehicle {
  plate: string;
  lane: number;
  lengthM: number;
  hazardous: boolean;
}

export interface Sailing {
  id: string;
  vessel: string;
  departs: Date;
  laneMetres: number;
}

export class BoardingGate extends EventEmitter {
  private release: () => void;
  private readonly opened: Promise<void>;
  private vehiclesBoarded = 0;
  private metresUsed = 0;

  constructor(readonly sailing: Sailing) {
    super();
    let release!: () => void;
    this.opened = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.release = release;
    this.on('boarded', (v: Vehicle) => {
      this.vehiclesBoarded++;
      this.metresUsed += v.lengthM;
    });
  }

  open() {
    this.release();
    this.emit('open', this.sailing.id);
  }

  async board(v: Vehicle): Promise<boolean> {
    await this.opened;
    if (v.hazardous && this.vehiclesBoarded > 0) return false;
    if (this.metresUsed + v.lengthM > this.sailing.laneMetres) return false;
    this.emit('boarded', v);
    return true;
  }

  get load() {
    return { vehicles: this.vehiclesBoarded, metres: this.metresUsed, capacity: this.sailing.laneMetres };
  }
}

export async function loadSailing(sailing: Sailing, queue: Vehicle[]) {
  const gate = new BoardingGate(sailing);
  gate.once('open', (id: string) => console.log(`boarding open for ${id}`));

  const msUntilOpen = Math.max(0, sailing.departs.getTime() - 20 * 60_000 - Date.now());
  setTimeout(() => gate.open(), msUntilOpen);

  const results = await Promise.all(queue.map((v) => gate.board(v)));
  const left = queue.filter((_, i) => !results[i]).map((v) => v.plate);
  return { ...gate.load, leftBehind: left };
}
