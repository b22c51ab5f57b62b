// expect: no-multiple-settle
// waitForStage listens only for 'stage' events, so when the workshop fails (the job emits 'error') or the job stops early the waiter never settles and the test hangs instead of failing.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

type Stage = 'stripped' | 'primed' | 'painted' | 'varnished';
const STAGES: readonly Stage[] = ['stripped', 'primed', 'painted', 'varnished'];

interface StageReport {
  horse: string;
  stage: Stage;
  finishedAt: number;
}

interface Workshop {
  apply(horse: string, stage: Stage): Promise<void>;
}

class RestorationJob extends EventEmitter {
  private started = false;
  private stopped = false;

  constructor(private readonly workshop: Workshop, readonly horse: string) {
    super();
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.runStages().catch((err: unknown) => this.emit('error', err));
  }

  stop(): void {
    this.stopped = true;
  }

  private async runStages(): Promise<void> {
    for (const stage of STAGES) {
      if (this.stopped) return;
      await this.workshop.apply(this.horse, stage);
      const report: StageReport = { horse: this.horse, stage, finishedAt: Date.now() };
      this.emit('stage', report);
    }
    this.emit('done');
  }
}

function waitForStage(job: RestorationJob, stage: Stage): Promise<StageReport> {
  return new Promise<StageReport>((resolve) => {
    const onStage = (report: StageReport) => {
      if (report.stage !== stage) return;
      job.off('stage', onStage);
      resolve(report);
    };
    job.on('stage', onStage);
  });
}

describe('RestorationJob', () => {
  let apply: ReturnType<typeof mock.fn<Workshop['apply']>>;
  let job: RestorationJob;
  let errors: unknown[];

  beforeEach(() => {
    apply = mock.fn<Workshop['apply']>(async () => {});
    job = new RestorationJob({ apply }, 'outer-row-jumper-7');
    errors = [];
    job.on('error', (err: unknown) => errors.push(err));
  });

  afterEach(() => {
    job.stop();
    job.removeAllListeners();
    mock.restoreAll();
  });

  it('runs every stage in order', async () => {
    job.start();
    const report = await waitForStage(job, 'varnished');

    assert.equal(report.horse, 'outer-row-jumper-7');
    assert.deepEqual(
      apply.mock.calls.map((c) => c.arguments[1]),
      ['stripped', 'primed', 'painted', 'varnished'],
    );
    assert.equal(errors.length, 0);
  });

  it('lets the in-flight stage finish after stop but starts no more', async () => {
    job.start();
    await waitForStage(job, 'primed');
    job.stop();
    await waitForStage(job, 'painted');

    assert.equal(apply.mock.callCount(), 3);
  });

  it('reports a workshop failure through the error event', async () => {
    apply.mock.mockImplementation(async (_horse, stage) => {
      if (stage === 'painted') throw new Error('lead paint found under gilding');
    });
    const failed = once(job, 'error');
    job.start();

    const [err] = (await failed) as [Error];
    assert.match(err.message, /lead paint/);
  });
});
