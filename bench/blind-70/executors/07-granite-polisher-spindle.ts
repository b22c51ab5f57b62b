// expect: no-multiple-settle
// bug: the spin-up timeout is never cleared when 'atSpeed' arrives, so the timer later rejects an already-resolved promise (and holds the process open).
import { EventEmitter } from 'node:events';

export interface SpindleStatus {
  rpm: number;
  loadAmps: number;
  padGrit: number;
}

export interface PolisherHead extends EventEmitter {
  readonly headId: string;
  setTargetRpm(rpm: number): void;
  lowerPad(pressureBar: number): void;
  raisePad(): void;
  status(): SpindleStatus;
}

export interface PolishPass {
  grit: number;
  rpm: number;
  pressureBar: number;
  seconds: number;
}

const SPIN_UP_TIMEOUT_MS = 8_000;

function spinUp(head: PolisherHead, rpm: number): Promise<SpindleStatus> {
  return new Promise<SpindleStatus>((resolve, reject) => {
    setTimeout(() => {
      head.off('atSpeed', onAtSpeed);
      head.setTargetRpm(0);
      reject(new Error(`head ${head.headId} did not reach ${rpm} rpm in time`));
    }, SPIN_UP_TIMEOUT_MS);

    const onAtSpeed = (status: SpindleStatus) => {
      if (Math.abs(status.rpm - rpm) / rpm > 0.03) {
        return;
      }
      head.off('atSpeed', onAtSpeed);
      resolve(status);
    };

    head.on('atSpeed', onAtSpeed);
    head.setTargetRpm(rpm);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function polishSlab(head: PolisherHead, passes: PolishPass[]): Promise<SpindleStatus[]> {
  const log: SpindleStatus[] = [];
  const ordered = [...passes].sort((a, b) => a.grit - b.grit);

  for (const pass of ordered) {
    if (head.status().padGrit !== pass.grit) {
      throw new Error(`head ${head.headId} has grit ${head.status().padGrit}, pass needs ${pass.grit}`);
    }
    await spinUp(head, pass.rpm);
    head.lowerPad(pass.pressureBar);
    await sleep(pass.seconds * 1000);
    log.push(head.status());
    head.raisePad();
  }

  head.setTargetRpm(0);
  return log;
}

export function summarisePasses(log: SpindleStatus[]): { peakAmps: number; finalGrit: number } {
  return {
    peakAmps: log.reduce((peak, s) => Math.max(peak, s.loadAmps), 0),
    finalGrit: log.at(-1)?.padGrit ?? 0,
  };
}
