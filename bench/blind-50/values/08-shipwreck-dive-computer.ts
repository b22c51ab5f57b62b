// expect: none
// deviceInfo is written by the 'hello' listener and only read after `await once(port, 'ready')`, which the driver emits after 'hello'.
import { EventEmitter, once } from 'node:events';

export interface DiveProfileSample {
  tSec: number;
  depthM: number;
  tempC: number;
}

export interface DeviceInfo {
  model: string;
  serial: string;
  firmware: string;
}

export interface DownloadedDive {
  diveNo: number;
  device: DeviceInfo;
  wreck?: string;
  samples: DiveProfileSample[];
}

declare function openSerialPort(path: string): EventEmitter & {
  request(command: string): void;
  close(): void;
};

declare const wreckIndex: {
  nearest(lat: number, lon: number): Promise<string | undefined>;
};

export class DiveComputerReader {
  private deviceInfo?: DeviceInfo;

  constructor(private readonly portPath: string) {}

  async download(lastKnownDive: number, site?: { lat: number; lon: number }): Promise<DownloadedDive[]> {
    const port = openSerialPort(this.portPath);
    const dives: DownloadedDive[] = [];
    let current: DownloadedDive | undefined;

    port.on('hello', (info: DeviceInfo) => {
      this.deviceInfo = info;
    });
    port.on('dive-start', (diveNo: number) => {
      if (!this.deviceInfo) return;
      current = { diveNo, device: this.deviceInfo, samples: [] };
    });
    port.on('sample', (s: DiveProfileSample) => {
      current?.samples.push(s);
    });
    port.on('dive-end', () => {
      if (current && current.diveNo > lastKnownDive) dives.push(current);
      current = undefined;
    });

    try {
      port.request('HELLO');
      await once(port, 'ready');
      if (!this.deviceInfo) {
        throw new Error(`dive computer on ${this.portPath} did not identify itself`);
      }
      if (Number.parseFloat(this.deviceInfo.firmware) < 2.4) {
        throw new Error(`firmware ${this.deviceInfo.firmware} on ${this.deviceInfo.serial} is too old to download`);
      }
      port.request(`DUMP ${lastKnownDive + 1}`);
      await once(port, 'dump-complete');
    } finally {
      port.close();
    }

    if (site) {
      const wreck = await wreckIndex.nearest(site.lat, site.lon);
      for (const dive of dives) dive.wreck = wreck;
    }
    return dives;
  }
}

export function maxDepth(dive: DownloadedDive): number {
  return dive.samples.reduce((m, s) => Math.max(m, s.depthM), 0);
}

export function ascentViolations(dive: DownloadedDive, maxRateMPerMin = 10): number[] {
  const out: number[] = [];
  for (let i = 1; i < dive.samples.length; i++) {
    const a = dive.samples[i - 1];
    const b = dive.samples[i];
    const minutes = (b.tSec - a.tSec) / 60;
    if (minutes > 0 && (a.depthM - b.depthM) / minutes > maxRateMPerMin) out.push(b.tSec);
  }
  return out;
}
