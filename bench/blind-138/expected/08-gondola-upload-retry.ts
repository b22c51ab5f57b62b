// expect: no-reused-settled-promise
// retryUpload calls upload() once before the loop and then re-awaits that same promise on every attempt, so after a failure each "retry" just re-throws the original rejection without uploading again.
import { setTimeout as delay } from 'node:timers/promises';

export interface InspectionPacket {
  cabinId: string;
  inspectionId: string;
  ropeDiameterMm: number;
  gripSlipMm: number;
  photos: string[];
}

export interface UploadReceipt {
  inspectionId: string;
  storedAt: string;
  checksum: string;
}

export class UploadFailedError extends Error {
  constructor(readonly inspectionId: string, readonly attempts: number, options: { cause: unknown }) {
    super(`Upload of inspection ${inspectionId} failed after ${attempts} attempts`, options);
    this.name = 'UploadFailedError';
  }
}

export async function retryUpload(
  inspectionId: string,
  upload: () => Promise<UploadReceipt>,
  attempts = 4,
  baseDelayMs = 1_000,
): Promise<UploadReceipt> {
  const attempt = upload();
  let lastError: unknown;
  for (let i = 1; i <= attempts; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      if (i < attempts) {
        await delay(baseDelayMs * 2 ** (i - 1));
      }
    }
  }
  throw new UploadFailedError(inspectionId, attempts, { cause: lastError });
}

export class InspectionUploader {
  constructor(private readonly endpoint: string, private readonly token: string) {}

  private async put(packet: InspectionPacket): Promise<UploadReceipt> {
    const res = await fetch(`${this.endpoint}/inspections/${encodeURIComponent(packet.inspectionId)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(packet),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as UploadReceipt;
  }

  async upload(packet: InspectionPacket): Promise<UploadReceipt> {
    if (packet.ropeDiameterMm <= 0) {
      throw new Error(`Inspection ${packet.inspectionId} has no rope measurement`);
    }
    return retryUpload(packet.inspectionId, () => this.put(packet));
  }

  async uploadShift(packets: InspectionPacket[]): Promise<UploadReceipt[]> {
    const receipts: UploadReceipt[] = [];
    for (const packet of packets) {
      receipts.push(await this.upload(packet));
    }
    return receipts;
  }
}
