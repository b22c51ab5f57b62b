// expect: no-reused-settled-promise
// The retry loop awaits the same upload promise on every attempt, so after the first rejection each retry just sees the same settled failure and no new upload is ever sent.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CompiledProgram {
  towerId: string;
  recitalId: string;
  bytes: Uint8Array;
  pieces: number;
  checksum: string;
}

export interface UploadReceipt {
  towerId: string;
  slot: number;
  storedChecksum: string;
}

export interface PlayingConsole {
  upload(towerId: string, bytes: Uint8Array): Promise<UploadReceipt>;
  schedule(towerId: string, slot: number, startsAt: string): Promise<void>;
}

export interface Log {
  warn(msg: string): void;
}

export class ProgramUploader {
  constructor(
    private readonly console: PlayingConsole,
    private readonly log: Log,
    private readonly maxAttempts = 4,
    private readonly backoffMs = 2_000,
  ) {}

  async uploadWithRetry(program: CompiledProgram): Promise<UploadReceipt> {
    const upload = this.console.upload(program.towerId, program.bytes);
    let lastError: unknown;

    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        const receipt = await upload;
        if (receipt.storedChecksum !== program.checksum) {
          throw new Error(`checksum mismatch on ${program.towerId}: ${receipt.storedChecksum}`);
        }
        return receipt;
      } catch (err) {
        lastError = err;
        this.log.warn(`upload of ${program.recitalId} to ${program.towerId} failed (attempt ${attempt}): ${(err as Error).message}`);
        if (attempt < this.maxAttempts) await sleep(this.backoffMs * attempt);
      }
    }
    throw new Error(`could not upload ${program.recitalId} after ${this.maxAttempts} attempts`, { cause: lastError });
  }

  async publish(program: CompiledProgram, startsAt: string): Promise<UploadReceipt> {
    if (program.pieces === 0) throw new Error(`program ${program.recitalId} is empty`);
    const receipt = await this.uploadWithRetry(program);
    await this.console.schedule(program.towerId, receipt.slot, startsAt);
    return receipt;
  }
}
