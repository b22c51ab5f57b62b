// expect: no-multiple-settle
// The cut timeout timer is never cleared, so after 'cut-complete' or 'fault' settles the promise the timer still fires and rejects it a second time.
import { EventEmitter } from 'node:events';

export interface BlockSpec {
  blockId: string;
  widthMm: number;
  heightMm: number;
  depthMm: number;
  /** River ice harvested before this date is too brittle for load-bearing walls. */
  harvestedAt: Date;
}

export interface CutResult {
  blockId: string;
  actualDepthMm: number;
  bladeTempC: number;
  durationMs: number;
}

interface SawController extends EventEmitter {
  armed: boolean;
  send(command: { op: 'cut'; blockId: string; depthMm: number; feedRate: number }): void;
  send(command: { op: 'home' }): void;
}

declare function openSawController(bench: string): SawController;
declare const metrics: { timing(name: string, ms: number, tags?: Record<string, string>): void };

const DEFAULT_FEED_MM_PER_S = 12;

export class BlockSaw {
  private readonly controller: SawController;
  private busy = false;

  constructor(
    bench: string,
    private readonly cutTimeoutMs = 90_000,
  ) {
    this.controller = openSawController(bench);
  }

  feedRateFor(spec: BlockSpec): number {
    // Older ice is denser; slow the feed so the chain does not glaze.
    const ageDays = (Date.now() - spec.harvestedAt.getTime()) / 86_400_000;
    const factor = ageDays > 30 ? 0.75 : 1;
    return Math.round(DEFAULT_FEED_MM_PER_S * factor * 10) / 10;
  }

  cut(spec: BlockSpec): Promise<CutResult> {
    if (this.busy) {
      return Promise.reject(new Error(`saw busy, cannot cut ${spec.blockId}`));
    }
    if (!this.controller.armed) {
      return Promise.reject(new Error('saw controller is not armed'));
    }
    this.busy = true;
    const startedAt = Date.now();

    return new Promise<CutResult>((resolve, reject) => {
      const onComplete = (evt: { blockId: string; depthMm: number; bladeTempC: number }) => {
        if (evt.blockId !== spec.blockId) return;
        cleanup();
        const durationMs = Date.now() - startedAt;
        metrics.timing('icehotel.saw.cut', durationMs, { bench: spec.blockId.slice(0, 3) });
        resolve({
          blockId: evt.blockId,
          actualDepthMm: evt.depthMm,
          bladeTempC: evt.bladeTempC,
          durationMs,
        });
      };

      const onFault = (fault: { code: string; message: string }) => {
        cleanup();
        this.controller.send({ op: 'home' });
        reject(new Error(`saw fault ${fault.code} on ${spec.blockId}: ${fault.message}`));
      };

      const cleanup = () => {
        this.busy = false;
        this.controller.off('cut-complete', onComplete);
        this.controller.off('fault', onFault);
      };

      setTimeout(() => {
        cleanup();
        this.controller.send({ op: 'home' });
        reject(new Error(`cut of ${spec.blockId} exceeded ${this.cutTimeoutMs}ms`));
      }, this.cutTimeoutMs);

      this.controller.on('cut-complete', onComplete);
      this.controller.on('fault', onFault);
      this.controller.send({
        op: 'cut',
        blockId: spec.blockId,
        depthMm: spec.depthMm,
        feedRate: this.feedRateFor(spec),
      });
    });
  }

  async cutWall(blocks: BlockSpec[]): Promise<CutResult[]> {
    const results: CutResult[] = [];
    for (const block of blocks) {
      results.push(await this.cut(block));
    }
    return results;
  }
}
