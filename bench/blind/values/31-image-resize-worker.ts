// expect: none
// The bitmap promise is awaited before it is placed in the object given to postMessage, so only a transferable ImageBitmap crosses to the worker.

export interface ResizeJob {
  id: number;
  bitmap: ImageBitmap;
  width: number;
}

let nextId = 1;

export async function resizeInWorker(worker: Worker, blob: Blob, width: number): Promise<Blob> {
  const id = nextId++;
  const bitmap = await createImageBitmap(blob);

  const done = new Promise<Blob>((resolve, reject) => {
    const onMessage = (event: MessageEvent<{ id: number; result?: Blob; error?: string }>) => {
      if (event.data.id !== id) return;
      worker.removeEventListener('message', onMessage);
      if (event.data.result) resolve(event.data.result);
      else reject(new Error(event.data.error ?? 'resize failed'));
    };
    worker.addEventListener('message', onMessage);
  });

  const job: ResizeJob = { id, bitmap, width };
  worker.postMessage(job, [bitmap]);
  return done;
}
