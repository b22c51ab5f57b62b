// expect: none
// Each loader method is called inside the Promise.all array, so the bootstrap waits for the keepers, lamp schedule and tide tables to actually load.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface KeeperRecord {
  id: string;
  name: string;
  certifiedUntil: string;
}

export interface LampSchedule {
  lightsOn: string[];
  lightsOff: string[];
  characteristic: string;
}

export interface TideTable {
  port: string;
  highWaters: string[];
  lowWaters: string[];
}

export class StationBootstrap {
  keepers: KeeperRecord[] = [];
  lamp: LampSchedule | undefined;
  tides: TideTable | undefined;
  private ready = false;

  constructor(
    private readonly dataDir: string,
    private readonly stationCode: string,
  ) {}

  private async readJson<T>(file: string): Promise<T> {
    const text = await readFile(join(this.dataDir, this.stationCode, file), 'utf8');
    return JSON.parse(text) as T;
  }

  private async loadKeepers(): Promise<void> {
    const all = await this.readJson<KeeperRecord[]>('keepers.json');
    const today = new Date().toISOString().slice(0, 10);
    this.keepers = all.filter((k) => k.certifiedUntil >= today);
  }

  private async loadLampSchedule(): Promise<void> {
    this.lamp = await this.readJson<LampSchedule>('lamp.json');
    if (this.lamp.lightsOn.length !== this.lamp.lightsOff.length) {
      throw new Error(`${this.stationCode}: lamp schedule on/off counts differ`);
    }
  }

  private async loadTideTables(): Promise<void> {
    this.tides = await this.readJson<TideTable>('tides.json');
  }

  async start(): Promise<void> {
    if (this.ready) return;
    await Promise.all([this.loadKeepers(), this.loadLampSchedule(), this.loadTideTables()]);
    if (this.keepers.length < 2) {
      throw new Error(`${this.stationCode} needs two certified keepers, has ${this.keepers.length}`);
    }
    this.ready = true;
  }

  describe(): string {
    if (!this.ready || !this.lamp || !this.tides) return `${this.stationCode}: not started`;
    return `${this.stationCode}: ${this.keepers.length} keepers, light ${this.lamp.characteristic}, tides for ${this.tides.port}`;
  }
}
