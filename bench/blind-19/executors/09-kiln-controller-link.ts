// expect: no-multiple-settle
// Each request adds a 'data' listener with on() that is never removed; stale listeners keep draining the shared line buffer and steal replies meant for later requests, which then time out.
import { EventEmitter } from 'node:events';

export interface SerialLink extends EventEmitter {
  write(data: string): boolean;
}

export interface KilnStatus {
  kilnId: string;
  setpointC: number;
  actualC: number;
  segment: number;
  rampRateCPerHour: number;
}

export interface AnnealProfile {
  name: string;
  segments: Array<{ rateCPerHour: number; targetC: number; holdMinutes: number }>;
}

export class KilnControllerLink {
  private pendingText = '';

  constructor(
    private readonly link: SerialLink,
    private readonly kilnId: string,
    private readonly replyTimeoutMs = 2000,
  ) {}

  private request(command: string, expectPrefix: string): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`kiln ${this.kilnId}: timed out waiting for ${expectPrefix}`));
      }, this.replyTimeoutMs);

      this.link.on('data', (chunk: Buffer) => {
        this.pendingText += chunk.toString('ascii');
        const lines = this.pendingText.split('\n');
        this.pendingText = lines.pop() ?? '';
        for (const line of lines.map((l) => l.trim())) {
          if (line.startsWith('ERR')) {
            clearTimeout(timer);
            reject(new Error(`kiln ${this.kilnId}: ${line}`));
            return;
          }
          if (line.startsWith(expectPrefix)) {
            clearTimeout(timer);
            resolve(line.slice(expectPrefix.length).trim());
            return;
          }
        }
      });

      this.link.write(`${command}\n`);
    });
  }

  async status(): Promise<KilnStatus> {
    const body = await this.request('STAT?', 'STAT');
    const [setpoint, actual, segment, rate] = body.split(',').map(Number);
    return { kilnId: this.kilnId, setpointC: setpoint, actualC: actual, segment, rampRateCPerHour: rate };
  }

  async loadProfile(profile: AnnealProfile): Promise<void> {
    await this.request('PROG CLEAR', 'OK');
    for (const [i, seg] of profile.segments.entries()) {
      await this.request(`PROG ${i} ${seg.rateCPerHour} ${seg.targetC} ${seg.holdMinutes}`, 'OK');
    }
    await this.request(`PROG NAME ${profile.name.slice(0, 16)}`, 'OK');
  }

  async start(): Promise<void> {
    await this.request('RUN', 'OK');
  }
}

export const borosilicateAnneal: AnnealProfile = {
  name: 'boro-5mm',
  segments: [
    { rateCPerHour: 300, targetC: 565, holdMinutes: 30 },
    { rateCPerHour: 60, targetC: 510, holdMinutes: 0 },
    { rateCPerHour: 120, targetC: 300, holdMinutes: 0 },
  ],
};
