// expect: no-multiple-settle
// The executor takes only the worker's first message ({ once: true }) but settles only for 'ready' and 'fatal'; if the first message is a 'log' line the listener is gone and the promise never settles.
type InitMessage =
  | { type: 'ready'; features: string[] }
  | { type: 'fatal'; reason: string }
  | { type: 'log'; level: 'info' | 'warn'; text: string };

export interface CodecWorker {
  worker: Worker;
  features: string[];
}

export function startCodecWorker(wasmUrl: string): Promise<CodecWorker> {
  return new Promise<CodecWorker>((resolve, reject) => {
    const worker = new Worker(new URL('./codec.worker.js', import.meta.url), { type: 'module' });
    worker.addEventListener(
      'message',
      (event: MessageEvent<InitMessage>) => {
        const msg = event.data;
        if (msg.type === 'ready') {
          resolve({ worker, features: msg.features });
        } else if (msg.type === 'fatal') {
          worker.terminate();
          reject(new Error(`codec worker failed to initialise: ${msg.reason}`));
        }
      },
      { once: true },
    );
    worker.addEventListener('error', (e) => reject(new Error(e.message)), { once: true });
    worker.postMessage({ type: 'init', wasmUrl });
  });
}
