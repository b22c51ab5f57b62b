// expect: none
// scanHopper's watchdog and scan callback each check a shared flag and clear the other, and every branch of the callback returns after settling.
export type BeanColor = 'red' | 'green' | 'yellow' | 'orange' | 'purple' | 'white' | 'black';

export interface ScanFrame {
  hopperId: string;
  counts: Partial<Record<BeanColor, number>>;
  misshapen: number;
  jammed: boolean;
}

declare const opticalSorter: {
  scan(hopperId: string, exposureMs: number, callback: (err: Error | null, frame?: ScanFrame) => void): void;
  flush(hopperId: string): void;
};

export class HopperJamError extends Error {
  constructor(readonly hopperId: string) {
    super(`hopper ${hopperId} is jammed`);
    this.name = 'HopperJamError';
  }
}

export function scanHopper(hopperId: string, exposureMs = 40, watchdogMs = 2_000): Promise<ScanFrame> {
  return new Promise<ScanFrame>((resolve, reject) => {
    let finished = false;

    const watchdog = setTimeout(() => {
      if (finished) return;
      finished = true;
      opticalSorter.flush(hopperId);
      reject(new Error(`scan of hopper ${hopperId} timed out after ${watchdogMs}ms`));
    }, watchdogMs);

    opticalSorter.scan(hopperId, exposureMs, (err, frame) => {
      if (finished) return;
      finished = true;
      clearTimeout(watchdog);

      if (err) {
        reject(err);
        return;
      }
      if (!frame) {
        reject(new Error(`sorter returned no frame for hopper ${hopperId}`));
        return;
      }
      if (frame.jammed) {
        reject(new HopperJamError(hopperId));
        return;
      }
      resolve(frame);
    });
  });
}

export interface ColorMix {
  total: number;
  share: Record<BeanColor, number>;
}

const COLORS: readonly BeanColor[] = ['red', 'green', 'yellow', 'orange', 'purple', 'white', 'black'];

export function toMix(frames: readonly ScanFrame[]): ColorMix {
  const totals = Object.fromEntries(COLORS.map((c) => [c, 0])) as Record<BeanColor, number>;
  let total = 0;
  for (const frame of frames) {
    for (const color of COLORS) {
      const n = frame.counts[color] ?? 0;
      totals[color] += n;
      total += n;
    }
  }
  const share = Object.fromEntries(COLORS.map((c) => [c, total ? totals[c] / total : 0])) as Record<BeanColor, number>;
  return { total, share };
}

export async function sampleBlend(hopperIds: readonly string[], framesPerHopper = 3): Promise<ColorMix> {
  const frames: ScanFrame[] = [];
  for (const hopperId of hopperIds) {
    for (let i = 0; i < framesPerHopper; i++) {
      frames.push(await scanHopper(hopperId));
    }
  }
  return toMix(frames);
}
