// expect: no-multiple-settle
// When the probe answers in time the timeout is never cleared, so the timer still fires later and calls reject on the already-resolved promise.
import { randomUUID } from 'node:crypto';

export interface ProbeSample {
  requestId: string;
  freezerId: string;
  tempC: number;
  compressorOn: boolean;
}

export interface ProbeRequest {
  type: 'read';
  freezerId: string;
  requestId: string;
}

export interface ProbeChannel {
  on(event: 'sample', listener: (sample: ProbeSample) => void): this;
  off(event: 'sample', listener: (sample: ProbeSample) => void): this;
  send(message: ProbeRequest): void;
}

export function queryProbe(probe: ProbeChannel, freezerId: string, timeoutMs = 3000): Promise<ProbeSample> {
  return new Promise<ProbeSample>((resolve, reject) => {
    const requestId = randomUUID();

    const onSample = (sample: ProbeSample) => {
      if (sample.requestId !== requestId) return;
      probe.off('sample', onSample);
      resolve(sample);
    };

    setTimeout(() => {
      probe.off('sample', onSample);
      reject(new Error(`freezer ${freezerId} probe did not answer within ${timeoutMs}ms`));
    }, timeoutMs);

    probe.on('sample', onSample);
    probe.send({ type: 'read', freezerId, requestId });
  });
}

export interface FreezerStatus {
  freezerId: string;
  tempC: number | null;
  alarm: 'ok' | 'warm' | 'unreachable';
}

export class IceCoreVaultMonitor {
  constructor(
    private readonly probe: ProbeChannel,
    private readonly freezers: string[],
    private readonly maxTempC = -36,
  ) {}

  async sweep(): Promise<FreezerStatus[]> {
    const statuses: FreezerStatus[] = [];
    for (const freezerId of this.freezers) {
      try {
        const sample = await queryProbe(this.probe, freezerId);
        statuses.push({
          freezerId,
          tempC: sample.tempC,
          alarm: sample.tempC > this.maxTempC ? 'warm' : 'ok',
        });
      } catch {
        statuses.push({ freezerId, tempC: null, alarm: 'unreachable' });
      }
    }
    return statuses;
  }

  static summarize(statuses: FreezerStatus[]): string {
    const warm = statuses.filter((s) => s.alarm === 'warm').map((s) => s.freezerId);
    const lost = statuses.filter((s) => s.alarm === 'unreachable').map((s) => s.freezerId);
    if (!warm.length && !lost.length) return `all ${statuses.length} freezers nominal`;
    return [
      warm.length ? `warm: ${warm.join(', ')}` : '',
      lost.length ? `unreachable: ${lost.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
  }
}
