// expect: none
// waitForSegment() calls this.kiln.status() inside the loop, so each poll awaits a fresh request and sees the kiln's current segment.
import { setTimeout as sleep } from 'node:timers/promises';

export interface KilnStatus {
  kilnId: string;
  segment: number;
  segmentsTotal: number;
  tempC: number;
  error?: string;
}

export interface KilnApi {
  start(kilnId: string, schedule: string): Promise<void>;
  status(kilnId: string): Promise<KilnStatus>;
}

export interface FiringLog {
  append(kilnId: string, line: string): Promise<void>;
}

export class FiringSupervisor {
  constructor(
    private readonly kiln: KilnApi,
    private readonly log: FiringLog,
    private readonly pollMs = 30_000,
  ) {}

  async waitForSegment(kilnId: string, segment: number, maxPolls = 240): Promise<KilnStatus> {
    for (let poll = 1; poll <= maxPolls; poll++) {
      const status = await this.kiln.status(kilnId);
      if (status.error) {
        throw new Error(`kiln ${kilnId} faulted in segment ${status.segment}: ${status.error}`);
      }
      if (status.segment >= segment) return status;
      await sleep(this.pollMs);
    }
    throw new Error(`kiln ${kilnId} did not reach segment ${segment} after ${maxPolls} polls`);
  }

  async fire(kilnId: string, schedule: string): Promise<KilnStatus> {
    await this.kiln.start(kilnId, schedule);
    await this.log.append(kilnId, `started ${schedule}`);

    const first = await this.kiln.status(kilnId);
    let status = first;
    for (let seg = first.segment + 1; seg <= first.segmentsTotal; seg++) {
      status = await this.waitForSegment(kilnId, seg);
      await this.log.append(kilnId, `segment ${seg}/${status.segmentsTotal} at ${status.tempC}°C`);
    }
    return status;
  }

  static describe(status: KilnStatus): string {
    const pct = Math.round((status.segment / status.segmentsTotal) * 100);
    return `${status.kilnId}: segment ${status.segment}/${status.segmentsTotal} (${pct}%), ${status.tempC}°C`;
  }
}
