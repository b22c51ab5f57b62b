// expect: no-read-before-settle
// open() starts zlib.inflate with a callback that fills this.header, then immediately reads this.header.diveNumber, but the inflate callback has not run yet, so open() always throws "no header" even for a valid log file.
import { inflate } from 'node:zlib';
import { EventEmitter } from 'node:events';

export interface DiveHeader {
  diveNumber: number;
  computer: string;
  startedAt: string;
  gasMix: { o2: number; he: number };
}

export interface Waypoint {
  name: string;
  distanceFromEntryM: number;
  depthM: number;
}

export class CaveLogReader extends EventEmitter {
  private header: DiveHeader | null = null;
  private waypoints: Waypoint[] = [];

  constructor(private readonly raw: Buffer) {
    super();
  }

  open(): number {
    const headerLength = this.raw.readUInt32BE(0);
    const compressedHeader = this.raw.subarray(4, 4 + headerLength);

    inflate(compressedHeader, (err, plain) => {
      if (err) {
        this.emit('error', new Error('corrupt dive header', { cause: err }));
        return;
      }
      try {
        this.header = JSON.parse(plain.toString('utf8')) as DiveHeader;
      } catch (parseErr) {
        this.emit('error', new Error('dive header is not valid JSON', { cause: parseErr }));
        return;
      }
      this.emit('header', this.header);
    });

    if (!this.header) {
      throw new Error('dive log has no header');
    }
    return this.header.diveNumber;
  }

  addWaypoint(wp: Waypoint): void {
    if (this.waypoints.some((w) => w.name === wp.name)) {
      throw new Error(`duplicate waypoint ${wp.name}`);
    }
    this.waypoints.push(wp);
    this.waypoints.sort((a, b) => a.distanceFromEntryM - b.distanceFromEntryM);
  }

  penetration(): { furthestM: number; deepestM: number } {
    return {
      furthestM: Math.max(0, ...this.waypoints.map((w) => w.distanceFromEntryM)),
      deepestM: Math.max(0, ...this.waypoints.map((w) => w.depthM)),
    };
  }

  gasNote(): string {
    const mix = this.header?.gasMix;
    if (!mix) return 'unknown gas';
    if (mix.he > 0) return `trimix ${mix.o2}/${mix.he}`;
    return mix.o2 > 21 ? `EAN${mix.o2}` : 'air';
  }
}
