// expect: no-promise-as-value
// checksumOf is async, so the announcement body serialises the pending promise (as {}) instead of the image checksum the archive uses to verify the upload.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

export interface FlightRecord {
  id: string;
  droneId: string;
  glacier: string;
  landedAt: Date;
  imagePath: string;
  frameCount: number;
}

export interface Announcement {
  droneId: string;
  flightId: string;
  glacier: string;
  capturedAt: string;
  sizeBytes: number;
  checksum: string;
  frames: number;
}

export class SurveyArchiveClient {
  constructor(
    private readonly archiveUrl: string,
    private readonly stationId: string,
  ) {}

  private async checksumOf(path: string): Promise<string> {
    const data = await readFile(path);
    return createHash('sha256').update(data).digest('hex');
  }

  async announceUpload(flight: FlightRecord): Promise<string> {
    const { size } = await stat(flight.imagePath);
    const body = JSON.stringify({
      droneId: flight.droneId,
      flightId: flight.id,
      glacier: flight.glacier,
      capturedAt: flight.landedAt.toISOString(),
      sizeBytes: size,
      checksum: this.checksumOf(flight.imagePath),
      frames: flight.frameCount,
    });

    const res = await fetch(`${this.archiveUrl}/stations/${this.stationId}/announcements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (!res.ok) {
      throw new Error(`archive refused announcement for flight ${flight.id}: ${res.status}`);
    }
    const { uploadUrl } = (await res.json()) as { uploadUrl: string };
    return uploadUrl;
  }

  async announceAll(flights: FlightRecord[]): Promise<Map<string, string>> {
    const urls = new Map<string, string>();
    for (const flight of flights) {
      urls.set(flight.id, await this.announceUpload(flight));
    }
    return urls;
  }
}

export function isAnnouncement(value: unknown): value is Announcement {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.flightId === 'string' && typeof v.checksum === 'string' && /^[0-9a-f]{64}$/.test(v.checksum);
}
