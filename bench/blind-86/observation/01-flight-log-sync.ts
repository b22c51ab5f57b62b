// expect: no-floating-promises
// The 'landed' listener is an async function; EventEmitter ignores its returned promise, so a failed archive upload becomes an unhandled rejection.
import { EventEmitter } from 'node:events';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

export interface FlightLanded {
  missionId: string;
  tailNumber: string;
  landedAt: Date;
  logPath: string;
}

declare const archive: {
  putObject(key: string, body: NodeJS.ReadableStream, size: number): Promise<{ etag: string }>;
};
declare const missionDb: {
  markArchived(missionId: string, etag: string): Promise<void>;
  markArchiveFailed(missionId: string, reason: string): Promise<void>;
};

export class FlightOpsBus extends EventEmitter {
  landed(event: FlightLanded): void {
    this.emit('landed', event);
  }
}

function archiveKey(e: FlightLanded): string {
  const day = e.landedAt.toISOString().slice(0, 10);
  return `recon/${day}/${e.tailNumber}/${e.missionId}.nc`;
}

export function wireLogArchiver(bus: FlightOpsBus): void {
  bus.on('landed', async (event: FlightLanded) => {
    const { size } = await stat(event.logPath);
    if (size === 0) {
      await missionDb.markArchiveFailed(event.missionId, 'empty flight-level log');
      return;
    }
    const { etag } = await archive.putObject(archiveKey(event), createReadStream(event.logPath), size);
    await missionDb.markArchived(event.missionId, etag);
    console.log(`[recon] archived ${event.missionId} (${(size / 1e6).toFixed(1)} MB)`);
  });

  bus.on('landed', (event: FlightLanded) => {
    const minutes = Math.round((Date.now() - event.landedAt.getTime()) / 60_000);
    if (minutes > 30) {
      console.warn(`[recon] ${event.missionId} landing reported ${minutes} min late`);
    }
  });
}

export function startFlightOps(): FlightOpsBus {
  const bus = new FlightOpsBus();
  wireLogArchiver(bus);
  bus.on('error', (err) => console.error('[recon] bus error', err));
  return bus;
}
