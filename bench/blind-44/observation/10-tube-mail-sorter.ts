// expect: none
// The capsule listener is synchronous and attaches .catch to route(), and the early-started station lookup joins a Promise.all at once with the manifest count.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';

export interface CapsuleScan {
  capsuleId: string;
  destination: string;
  weightGrams: number;
}

interface Station {
  code: string;
  line: 'north' | 'south' | 'annex';
  accepting: boolean;
}

declare const stationDirectory: { all(): Promise<Station[]> };
declare const diverter: { route(capsuleId: string, line: Station['line']): Promise<void> };
declare const returnChute: { reject(capsuleId: string, reason: string): Promise<void> };
declare const log: { error(msg: string, err: unknown): void };

export class CapsuleSorter {
  private stations = new Map<string, Station>();
  private sorted = 0;

  constructor(private readonly reader: EventEmitter) {}

  async start(manifestPath: string): Promise<number> {
    const stationsLoad = stationDirectory.all();
    const [stations, preRegistered] = await Promise.all([stationsLoad, this.countManifest(manifestPath)]);
    this.stations = new Map(stations.map((s) => [s.code, s]));
    this.reader.on('scan', (scan: CapsuleScan) => {
      this.route(scan).catch((err) => log.error(`capsule ${scan.capsuleId} stuck in sorter`, err));
    });
    return preRegistered;
  }

  private async route(scan: CapsuleScan): Promise<void> {
    const station = this.stations.get(scan.destination);
    if (!station) {
      await returnChute.reject(scan.capsuleId, `unknown station ${scan.destination}`);
      return;
    }
    if (!station.accepting) {
      await returnChute.reject(scan.capsuleId, `${station.code} closed`);
      return;
    }
    await diverter.route(scan.capsuleId, station.line);
    this.sorted++;
  }

  private async countManifest(manifestPath: string): Promise<number> {
    const text = await readFile(manifestPath, 'utf8');
    return text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#')).length;
  }

  closeStation(code: string): boolean {
    const station = this.stations.get(code);
    if (!station) return false;
    station.accepting = false;
    return true;
  }

  get sortedCount(): number {
    return this.sorted;
  }

  stop(): void {
    this.reader.removeAllListeners('scan');
  }
}
