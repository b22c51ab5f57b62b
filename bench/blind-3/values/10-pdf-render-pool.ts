// expect: none
// The handshake reply is awaited with events.once() before fonts are read, so the capability list is populated when createRenderer() inspects it; a worker that errors during the handshake makes once() reject.
import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

interface ReadyMessage {
  type: 'ready';
  fonts: string[];
  version: string;
}

export interface RenderRequest {
  id: string;
  html: string;
  pageSize: 'A4' | 'Letter';
}

export class PdfRenderer {
  private fonts: string[] = [];
  private constructor(private readonly worker: Worker) {}

  static async create(index: number, timeoutMs = 15_000): Promise<PdfRenderer> {
    const worker = new Worker(join(__dirname, 'pdf-worker.js'), { workerData: { index } });
    const renderer = new PdfRenderer(worker);
    worker.postMessage({ type: 'init' });
    try {
      const [msg] = (await once(worker, 'message', { signal: AbortSignal.timeout(timeoutMs) })) as [ReadyMessage];
      renderer.fonts = msg.fonts;
      console.log(`pdf worker ${index} ready (v${msg.version}, ${msg.fonts.length} fonts)`);
    } catch (err) {
      await worker.terminate();
      throw err;
    }
    return renderer;
  }

  supportsFont(family: string): boolean {
    return this.fonts.includes(family);
  }

  async render(req: RenderRequest): Promise<Buffer> {
    const missing = [...req.html.matchAll(/font-family:\s*'([^']+)'/g)]
      .map((m) => m[1])
      .filter((f) => !this.supportsFont(f));
    if (missing.length > 0) throw new Error(`render ${req.id}: fonts not installed: ${missing.join(', ')}`);
    this.worker.postMessage({ type: 'render', ...req });
    for (;;) {
      const [msg] = (await once(this.worker, 'message', { signal: AbortSignal.timeout(60_000) })) as [
        { id: string; pdf?: Uint8Array; error?: string },
      ];
      if (msg.id !== req.id) continue;
      if (msg.error) throw new Error(`render ${req.id}: ${msg.error}`);
      return Buffer.from(msg.pdf!);
    }
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
