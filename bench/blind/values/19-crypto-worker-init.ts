// expect: no-promise-as-value
// The un-awaited importKey promise is nested in the object passed to postMessage, which cannot clone a Promise and throws a DataCloneError.

export interface WorkerInit {
  type: 'init';
  key: CryptoKey;
  chunkSize: number;
}

export async function startEncryptionWorker(rawKey: ArrayBuffer, scriptUrl: string): Promise<Worker> {
  const worker = new Worker(scriptUrl, { type: 'module' });

  const key = crypto.subtle.importKey('raw', rawKey, { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);

  worker.postMessage({ type: 'init', key, chunkSize: 64 * 1024 });

  await new Promise<void>((resolve, reject) => {
    worker.addEventListener('message', () => resolve(), { once: true });
    worker.addEventListener('error', (e) => reject(new Error(e.message)), { once: true });
  });
  return worker;
}
