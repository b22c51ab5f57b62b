// expect: no-promise-as-value
// digestHex() is async (crypto.subtle.digest), so the checksum field placed in the upload body is a promise that JSON.stringify serialises as {} and the hydrographic office rejects every batch as unsigned.
import { webcrypto } from 'node:crypto';

export interface LevelObservation {
  stationId: string;
  t: string;
  levelMm: number;
  qc: 'good' | 'suspect' | 'interpolated';
}

export interface UploadTarget {
  url: string;
  apiKey: string;
}

async function digestHex(payload: string): Promise<string> {
  const bytes = new TextEncoder().encode(payload);
  const hash = await webcrypto.subtle.digest('SHA-256', bytes);
  return Buffer.from(hash).toString('hex');
}

function canonical(observations: LevelObservation[]): string {
  return observations
    .map((o) => `${o.stationId},${o.t},${o.levelMm},${o.qc}`)
    .sort()
    .join('\n');
}

export class GaugeUploader {
  private uploaded = 0;

  constructor(private readonly target: UploadTarget) {}

  async upload(stationId: string, observations: LevelObservation[]): Promise<number> {
    const accepted = observations.filter((o) => o.stationId === stationId && o.qc !== 'suspect');
    if (accepted.length === 0) return 0;

    const body = {
      station: stationId,
      count: accepted.length,
      from: accepted[0].t,
      to: accepted[accepted.length - 1].t,
      observations: accepted,
      checksum: digestHex(canonical(accepted)),
    };

    const res = await fetch(`${this.target.url}/stations/${stationId}/levels`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-api-key': this.target.apiKey },
      body: JSON.stringify(body),
    });
    if (!res.ok) {
      throw new Error(`upload for ${stationId} refused: ${res.status} ${await res.text()}`);
    }
    this.uploaded += accepted.length;
    return accepted.length;
  }

  get totalUploaded(): number {
    return this.uploaded;
  }
}
