// expect: none
// processSweep() only records the worker's result on 'message' and settles once, guarded, on 'exit', 'error', 'messageerror' or the watchdog, so crashes and silent clean exits are all reported.
import { Worker } from 'node:worker_threads';

export interface SonarSweep {
  surveyId: string;
  lane: number;
  headingDeg: number;
  samples: number[];
  sampleRateHz: number;
}

export interface Contact {
  bearingDeg: number;
  rangeM: number;
  confidence: number;
}

export interface SweepResult {
  surveyId: string;
  lane: number;
  contacts: Contact[];
}

type WorkerMessage = { type: 'progress'; pct: number } | { type: 'contacts'; contacts: Contact[] };

export class SonarProcessor {
  constructor(
    private readonly workerScript: URL,
    private readonly timeoutMs = 30_000,
    private readonly onProgress: (lane: number, pct: number) => void = () => {},
  ) {}

  processSweep(sweep: SonarSweep): Promise<SweepResult> {
    return new Promise<SweepResult>((resolve, reject) => {
      const worker = new Worker(this.workerScript, {
        workerData: { samples: sweep.samples, rate: sweep.sampleRateHz, heading: sweep.headingDeg },
      });
      let contacts: Contact[] | undefined;
      let settled = false;

      const finish = (err: Error | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(watchdog);
        if (err) reject(err);
        else resolve({ surveyId: sweep.surveyId, lane: sweep.lane, contacts: contacts ?? [] });
      };

      const watchdog = setTimeout(() => {
        finish(new Error(`sonar worker for lane ${sweep.lane} exceeded ${this.timeoutMs}ms`));
        worker.terminate().catch(() => undefined);
      }, this.timeoutMs);

      worker.on('message', (msg: WorkerMessage) => {
        if (msg.type === 'progress') this.onProgress(sweep.lane, msg.pct);
        else contacts = msg.contacts;
      });
      worker.on('messageerror', (err) => finish(err));
      worker.on('error', (err) => finish(err));
      worker.on('exit', (code) => {
        if (code !== 0) finish(new Error(`sonar worker for lane ${sweep.lane} exited with code ${code}`));
        else if (!contacts) finish(new Error(`sonar worker for lane ${sweep.lane} exited without results`));
        else finish(null);
      });
    });
  }

  async processSurvey(sweeps: SonarSweep[]): Promise<Contact[]> {
    const results = await Promise.all(sweeps.map((s) => this.processSweep(s)));
    return results
      .flatMap((r) => r.contacts)
      .filter((c) => c.confidence >= 0.6)
      .sort((a, b) => b.confidence - a.confidence);
  }
}
