// expect: none
// Every way the render worker can end (reply, error, early exit, or timeout) goes through one guarded finish helper that clears the timer and detaches listeners, so the promise settles exactly once.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

export interface SculptureMesh {
  plotId: string;
  heightCm: number;
  vertices: Float32Array;
}

export interface PreviewResult {
  plotId: string;
  pngBase64: string;
  renderMs: number;
}

type WorkerReply =
  | { ok: true; preview: PreviewResult }
  | { ok: false; message: string };

export class PreviewRenderer {
  constructor(
    private readonly scriptUrl: URL,
    private readonly maxRenderMs = 20_000,
  ) {}

  render(mesh: SculptureMesh): Promise<PreviewResult> {
    const worker = new Worker(fileURLToPath(this.scriptUrl), {
      workerData: { plotId: mesh.plotId, heightCm: mesh.heightCm, vertices: mesh.vertices },
    });

    return new Promise<PreviewResult>((resolve, reject) => {
      let done = false;

      const finish = (err: Error | null, preview?: PreviewResult) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (err || !preview) reject(err ?? new Error('worker replied without a preview'));
        else resolve(preview);
      };

      const onMessage = (reply: WorkerReply) => {
        if (reply.ok) finish(null, reply.preview);
        else finish(new Error(`render failed for ${mesh.plotId}: ${reply.message}`));
      };
      const onError = (err: Error) => finish(err);
      const onExit = (code: number) =>
        finish(new Error(`preview worker for ${mesh.plotId} exited with ${code} before replying`));

      const timer = setTimeout(() => {
        finish(new Error(`preview for ${mesh.plotId} exceeded ${this.maxRenderMs}ms`));
        worker.terminate().catch(() => undefined);
      }, this.maxRenderMs);

      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
  }

  async renderAll(meshes: SculptureMesh[], concurrency = 2): Promise<PreviewResult[]> {
    const results: PreviewResult[] = new Array(meshes.length);
    let next = 0;
    const lanes = Array.from({ length: Math.min(concurrency, meshes.length) }, async () => {
      while (next < meshes.length) {
        const index = next++;
        results[index] = await this.render(meshes[index]);
      }
    });
    await Promise.all(lanes);
    return results;
  }
}
