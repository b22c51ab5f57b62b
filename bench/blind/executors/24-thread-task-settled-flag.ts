// expect: none
// 'message', 'error' and 'exit' can all fire for one worker, but every settle goes through finish(), whose settled flag lets only the first outcome through.
import { Worker } from 'node:worker_threads';

type WorkerMessage<T> =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'result'; value: T }
  | { kind: 'failure'; message: string };

export function runInWorker<T>(
  script: URL,
  input: unknown,
  onProgress?: (done: number, total: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      settle();
      void worker.terminate();
    };

    worker.on('message', (msg: WorkerMessage<T>) => {
      if (msg.kind === 'progress') {
        onProgress?.(msg.done, msg.total);
      } else if (msg.kind === 'result') {
        finish(() => resolve(msg.value));
      } else {
        finish(() => reject(new Error(msg.message)));
      }
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => finish(() => reject(new Error(`worker exited with code ${code} before replying`))));
  });
}
