// expect: none
// Both helper promises listen for success, error and close, detach all three listeners before settling, and check the stream state first so they can neither hang nor settle twice.
import type { Writable } from 'node:stream';

export interface Fleece {
  lotId: string;
  breed: 'merino' | 'corriedale' | 'romney' | 'jacob';
  greaseWeightKg: number;
  micron: number;
}

export interface Batt {
  lotId: string;
  sequence: number;
  weightKg: number;
  micron: number;
  passes: number;
}

export class BattWriter {
  constructor(private readonly out: Writable) {}

  async write(batt: Batt): Promise<void> {
    if (this.out.destroyed || this.out.writableEnded) {
      throw new Error(`Batt log is closed; cannot record ${batt.lotId}#${batt.sequence}`);
    }
    if (!this.out.write(JSON.stringify(batt) + '\n')) {
      await this.waitForDrain();
    }
  }

  end(): Promise<void> {
    if (this.out.writableFinished) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      if (this.out.destroyed) {
        reject(new Error('Batt log was destroyed before it could be finished'));
        return;
      }
      const cleanup = () => {
        this.out.off('finish', onFinish);
        this.out.off('error', onError);
        this.out.off('close', onClose);
      };
      const onFinish = () => {
        cleanup();
        resolve();
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const onClose = () => {
        cleanup();
        reject(new Error('Batt log closed before finishing'));
      };
      this.out.on('finish', onFinish);
      this.out.on('error', onError);
      this.out.on('close', onClose);
      this.out.end();
    });
  }

  private waitForDrain(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.out.destroyed) {
        reject(new Error('Batt log was destroyed while waiting to drain'));
        return;
      }
      const cleanup = () => {
        this.out.off('drain', onDrain);
        this.out.off('error', onError);
        this.out.off('close', onClose);
      };
      const onDrain = () => {
        cleanup();
        resolve();
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const onClose = () => {
        cleanup();
        reject(new Error('Batt log closed before draining'));
      };
      this.out.on('drain', onDrain);
      this.out.on('error', onError);
      this.out.on('close', onClose);
    });
  }
}

export async function cardFleeces(fleeces: Fleece[], writer: BattWriter, battKg = 0.5): Promise<number> {
  let written = 0;
  for (const fleece of fleeces) {
    const scouredKg = fleece.greaseWeightKg * (fleece.breed === 'merino' ? 0.55 : 0.7);
    const count = Math.floor(scouredKg / battKg);
    for (let sequence = 1; sequence <= count; sequence++) {
      await writer.write({
        lotId: fleece.lotId,
        sequence,
        weightKg: battKg,
        micron: fleece.micron,
        passes: fleece.micron < 20 ? 3 : 2,
      });
      written++;
    }
  }
  await writer.end();
  return written;
}
