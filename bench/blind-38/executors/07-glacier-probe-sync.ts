// expect: no-multiple-settle
// fetchFrames logs a failed dump request and returns without rejecting, so that path never settles the promise.
export interface RawFrame {
  probeId: string;
  seq: number;
  takenAt: number;
  depthM: number;
  meltwaterMmH: number;
  iceTempC: number;
  batteryV: number;
}

export interface ProbeStatus {
  probeId: string;
  lastSeq: number;
  lowBattery: boolean;
  meanMelt: number;
}

type DumpCallback = (err: Error | null, frames?: RawFrame[]) => void;

declare const probeBus: {
  requestDump(probeId: string, sinceSeq: number, cb: DumpCallback): void;
  listProbes(): string[];
};
declare const fieldLog: { error(msg: string, err?: unknown): void; info(msg: string): void };
declare const frameStore: {
  lastSeq(probeId: string): Promise<number>;
  append(frames: RawFrame[]): Promise<void>;
};

const LOW_BATTERY_V = 3.45;

export function fetchFrames(probeId: string, sinceSeq: number): Promise<RawFrame[]> {
  return new Promise<RawFrame[]>((resolve, reject) => {
    probeBus.requestDump(probeId, sinceSeq, (err, frames) => {
      if (err) {
        fieldLog.error(`dump from ${probeId} after seq ${sinceSeq} failed`, err);
        return;
      }
      const ordered = (frames ?? []).filter((f) => f.seq > sinceSeq).sort((a, b) => a.seq - b.seq);
      for (let i = 1; i < ordered.length; i++) {
        if (ordered[i].seq === ordered[i - 1].seq) {
          reject(new Error(`probe ${probeId} sent duplicate seq ${ordered[i].seq}`));
          return;
        }
      }
      resolve(ordered);
    });
  });
}

function summarize(probeId: string, frames: RawFrame[], previousSeq: number): ProbeStatus {
  if (frames.length === 0) {
    return { probeId, lastSeq: previousSeq, lowBattery: false, meanMelt: 0 };
  }
  const meanMelt = frames.reduce((sum, f) => sum + f.meltwaterMmH, 0) / frames.length;
  const last = frames[frames.length - 1];
  return { probeId, lastSeq: last.seq, lowBattery: last.batteryV < LOW_BATTERY_V, meanMelt };
}

export async function syncProbe(probeId: string): Promise<ProbeStatus> {
  const since = await frameStore.lastSeq(probeId);
  const frames = await fetchFrames(probeId, since);
  if (frames.length > 0) {
    await frameStore.append(frames);
  }
  return summarize(probeId, frames, since);
}

export async function syncAllProbes(): Promise<ProbeStatus[]> {
  const statuses: ProbeStatus[] = [];
  for (const probeId of probeBus.listProbes()) {
    const status = await syncProbe(probeId);
    if (status.lowBattery) {
      fieldLog.info(`probe ${probeId} needs a battery swap on the next traverse`);
    }
    statuses.push(status);
  }
  return statuses;
}
