// expect: none
// The run promise is created and awaited with only synchronous emits in between, and rejection cases are passed straight to assert.rejects and awaited.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type Phase = 'outrun' | 'lift' | 'fetch' | 'drive' | 'pen';

interface RunResult {
  dog: string;
  phases: Phase[];
  elapsedMs: number;
}

class TrialCourse extends EventEmitter {
  private clock = 0;

  advance(ms: number): void {
    this.clock += ms;
  }

  now(): number {
    return this.clock;
  }
}

class RunTimer {
  constructor(private readonly course: TrialCourse, private readonly limitMs: number) {}

  run(dog: string): Promise<RunResult> {
    return new Promise<RunResult>((resolve, reject) => {
      const started = this.course.now();
      const phases: Phase[] = [];
      const onPhase = (phase: Phase) => {
        phases.push(phase);
        if (this.course.now() - started > this.limitMs) {
          done();
          reject(new Error(`${dog} ran out of time during ${phase}`));
        } else if (phase === 'pen') {
          done();
          resolve({ dog, phases, elapsedMs: this.course.now() - started });
        }
      };
      const onRetire = () => {
        done();
        reject(new Error(`${dog} retired`));
      };
      const onError = (err: Error) => {
        done();
        reject(err);
      };
      const done = () => {
        this.course.off('phase', onPhase);
        this.course.off('retire', onRetire);
        this.course.off('error', onError);
      };
      this.course.on('phase', onPhase);
      this.course.once('retire', onRetire);
      this.course.once('error', onError);
    });
  }
}

describe('sheepdog trial run timer', () => {
  let course: TrialCourse;
  let timer: RunTimer;

  beforeEach(() => {
    course = new TrialCourse();
    timer = new RunTimer(course, 15 * 60_000);
  });

  it('records every phase up to the pen', async () => {
    const run = timer.run('Moss');
    for (const phase of ['outrun', 'lift', 'fetch', 'drive', 'pen'] as const) {
      course.advance(90_000);
      course.emit('phase', phase);
    }
    const result = await run;
    assert.deepEqual(result.phases, ['outrun', 'lift', 'fetch', 'drive', 'pen']);
    assert.equal(result.elapsedMs, 450_000);
  });

  it('fails a dog that runs over time', async () => {
    const run = timer.run('Jess');
    course.advance(16 * 60_000);
    course.emit('phase', 'drive');
    await assert.rejects(run, /ran out of time during drive/);
  });

  it('fails a retired dog and stops listening', async () => {
    const run = timer.run('Cap');
    course.emit('retire');
    await assert.rejects(run, /retired/);
    assert.equal(course.listenerCount('phase'), 0);
  });
});
