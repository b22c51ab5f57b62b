// expect: no-reused-settled-promise
// waitForSync takes the status request once as a default parameter and re-awaits that same settled promise on every poll, so it never observes a newer status and spins until the deadline.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MatStatus {
  matId: string;
  bufferedReads: number;
  uploadedReads: number;
  synced: boolean;
  batteryPct: number;
}

export interface MatController {
  status(matId: string): Promise<MatStatus>;
  forceUpload(matId: string): Promise<void>;
}

export interface CourseMat {
  matId: string;
  label: string;
  km: number;
}

const LOW_BATTERY_PCT = 15;

export class FinishLineSync {
  constructor(private readonly controller: MatController) {}

  async waitForSync(
    matId: string,
    deadlineMs: number,
    pending: Promise<MatStatus> = this.controller.status(matId),
  ): Promise<MatStatus> {
    const deadline = Date.now() + deadlineMs;
    for (;;) {
      const status = await pending;
      if (status.synced && status.bufferedReads === status.uploadedReads) return status;
      if (Date.now() >= deadline) {
        throw new Error(
          `mat ${matId} still has ${status.bufferedReads - status.uploadedReads} reads not uploaded after ${deadlineMs}ms`,
        );
      }
      await sleep(1_000);
    }
  }

  async closeCourse(mats: CourseMat[]): Promise<string[]> {
    const warnings: string[] = [];
    for (const mat of mats) {
      await this.controller.forceUpload(mat.matId);
      const status = await this.waitForSync(mat.matId, 60_000);
      if (status.batteryPct < LOW_BATTERY_PCT) {
        warnings.push(`${mat.label} (km ${mat.km}) battery at ${status.batteryPct}% — swap before next race`);
      }
    }
    return warnings;
  }

  async resultsReady(mats: CourseMat[]): Promise<boolean> {
    for (const mat of mats) {
      const status = await this.controller.status(mat.matId);
      if (!status.synced) return false;
    }
    return true;
  }
}
