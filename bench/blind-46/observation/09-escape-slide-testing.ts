// expect: none
// The async 'deployment' listener chains its work onto a queue that ends in .catch, and drain() awaits the whole chain.
import { EventEmitter } from 'node:events';

export interface DeploymentEvent {
  slideSerial: string;
  doorPosition: 'L1' | 'R1' | 'L2' | 'R2' | 'L4' | 'R4';
  deployedMs: number;
  girtBarEngaged: boolean;
  ambientC: number;
}

export interface TestCardRow {
  slideSerial: string;
  door: DeploymentEvent['doorPosition'];
  verdict: 'pass' | 'fail';
  note: string;
}

declare const evidenceStore: {
  uploadHighSpeedVideo(slideSerial: string): Promise<string>;
  appendTestCard(row: TestCardRow & { videoUrl: string }): Promise<void>;
};

declare const qaAlarms: {
  raise(message: string, cause?: unknown): void;
};

const MAX_DEPLOY_MS: Record<'narrow' | 'wide', number> = { narrow: 6_000, wide: 10_000 };

function doorClass(door: DeploymentEvent['doorPosition']): 'narrow' | 'wide' {
  return door.endsWith('1') ? 'wide' : 'narrow';
}

export function judge(event: DeploymentEvent): TestCardRow {
  const limit = MAX_DEPLOY_MS[doorClass(event.doorPosition)];
  const problems: string[] = [];
  if (!event.girtBarEngaged) problems.push('girt bar not engaged');
  if (event.deployedMs > limit) problems.push(`deployed in ${event.deployedMs}ms > ${limit}ms`);
  if (event.ambientC < -40 || event.ambientC > 71) problems.push(`ambient ${event.ambientC}°C outside test envelope`);
  return {
    slideSerial: event.slideSerial,
    door: event.doorPosition,
    verdict: problems.length === 0 ? 'pass' : 'fail',
    note: problems.join('; ') || 'nominal',
  };
}

export class DeploymentRecorder {
  private chain: Promise<void> = Promise.resolve();
  private recorded = 0;
  private failed = 0;

  constructor(rig: EventEmitter) {
    rig.on('deployment', (event: DeploymentEvent) => {
      this.chain = this.chain
        .then(() => this.record(event))
        .catch((err: unknown) => {
          this.failed += 1;
          qaAlarms.raise(`could not record deployment of ${event.slideSerial}`, err);
        });
    });
  }

  private async record(event: DeploymentEvent): Promise<void> {
    const row = judge(event);
    const videoUrl = await evidenceStore.uploadHighSpeedVideo(event.slideSerial);
    await evidenceStore.appendTestCard({ ...row, videoUrl });
    this.recorded += 1;
    if (row.verdict === 'fail') qaAlarms.raise(`${row.slideSerial} at ${row.door}: ${row.note}`);
  }

  async drain(): Promise<{ recorded: number; failed: number }> {
    await this.chain;
    return { recorded: this.recorded, failed: this.failed };
  }
}
