// expect: no-read-before-settle
// pushProfile reads this.lastAck synchronously right after postMessage, but the worker's 'message' handler that sets it can only run on a later turn, so the ack check always sees the previous reply.
import { Worker } from "node:worker_threads";

export interface WaveProfile {
  name: string;
  heightM: number;
  periodS: number;
  direction: "left" | "right" | "a-frame";
}

interface ProfileAck {
  seq: number;
  accepted: boolean;
  clippedPanels: number[];
}

export interface PushResult {
  seq: number;
  accepted: boolean;
  clippedPanels: number[];
}

declare const opsLog: {
  info(msg: string): void;
  error(msg: string, err?: unknown): void;
};
declare const scheduleStore: {
  profilesFor(poolId: string, hour: number): Promise<WaveProfile[]>;
};

const MAX_HEIGHT_M = 2.2;

export class PaddleBankDriver {
  private readonly worker: Worker;
  private seq = 0;
  private lastAck: ProfileAck | undefined;

  constructor(workerFile: string, private readonly poolId: string) {
    this.worker = new Worker(workerFile, { workerData: { poolId } });
    this.worker.on("error", (err) => opsLog.error(`paddle worker for ${poolId} crashed`, err));
  }

  pushProfile(profile: WaveProfile): PushResult {
    if (profile.heightM > MAX_HEIGHT_M) {
      throw new RangeError(`${profile.name}: ${profile.heightM} m exceeds ${MAX_HEIGHT_M} m`);
    }
    const seq = ++this.seq;
    this.worker.once("message", (ack: ProfileAck) => {
      this.lastAck = ack;
    });
    this.worker.postMessage({ type: "profile", seq, profile });

    const ack = this.lastAck;
    if (!ack || ack.seq !== seq) {
      return { seq, accepted: false, clippedPanels: [] };
    }
    return { seq, accepted: ack.accepted, clippedPanels: ack.clippedPanels };
  }

  async runHour(hour: number): Promise<PushResult[]> {
    const profiles = await scheduleStore.profilesFor(this.poolId, hour);
    const results: PushResult[] = [];
    for (const profile of profiles) {
      const result = this.pushProfile(profile);
      if (!result.accepted) {
        opsLog.info(`pool ${this.poolId}: ${profile.name} not accepted, falling back to calm`);
        results.push(this.pushProfile({ ...profile, name: "calm", heightM: 0.2 }));
        continue;
      }
      if (result.clippedPanels.length > 0) {
        opsLog.info(`pool ${this.poolId}: panels ${result.clippedPanels.join(",")} clipped for ${profile.name}`);
      }
      results.push(result);
    }
    return results;
  }

  async shutdown(): Promise<number> {
    return this.worker.terminate();
  }
}
