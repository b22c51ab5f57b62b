// expect: none
// nextEvent() settles on the event, on 'error', or on its timer, and every path clears the timer and removes both listeners, so nothing fires after the test moves on.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function beforeEach(fn: () => void): void;
declare function afterEach(fn: () => Promise<void>): void;
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

declare class JobQueue extends EventEmitter {
  constructor(opts: { concurrency: number });
  add(name: string, payload: unknown): string;
  close(): Promise<void>;
}

function nextEvent<T>(emitter: EventEmitter, event: string, ms = 2_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      emitter.off(event, onEvent);
      emitter.off('error', onError);
    };
    const onEvent = (value: T) => {
      cleanup();
      resolve(value);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${ms}ms waiting for '${event}'`));
    }, ms);
    emitter.on(event, onEvent);
    emitter.on('error', onError);
  });
}

describe('JobQueue', () => {
  let queue: JobQueue;

  beforeEach(() => {
    queue = new JobQueue({ concurrency: 2 });
  });

  afterEach(async () => {
    await queue.close();
  });

  it('emits completed with the job id and result', async () => {
    const completed = nextEvent<{ id: string; result: { rows: number } }>(queue, 'completed');
    const id = queue.add('reindex', { table: 'orders' });
    const evt = await completed;
    assert.equal(evt.id, id);
    assert.ok(evt.result.rows >= 0);
  });

  it('emits failed for a payload the handler rejects', async () => {
    const failed = nextEvent<{ id: string; reason: string }>(queue, 'failed');
    queue.add('reindex', { table: '' });
    const evt = await failed;
    assert.match(evt.reason, /table/);
  });
});
