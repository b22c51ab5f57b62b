// expect: no-leaked-race
// Every render races the worker's reply against once(worker, 'exit'); when the reply wins, the 'exit' (and its companion 'error') listener stays on the long-lived worker, so each render leaks listeners until MaxListenersExceededWarning and unbounded growth.
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';

interface RenderRequest {
  id: number;
  template: string;
  data: Record<string, unknown>;
}

interface RenderReply {
  id: number;
  html?: string;
  error?: string;
}

export class TemplateRenderer {
  private readonly worker: Worker;
  private nextId = 1;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(scriptPath: string, heapMb = 128) {
    this.worker = new Worker(scriptPath, {
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
      stdout: false,
    });
    this.worker.unref();
  }

  /** Renders are serialised: the worker handles one template at a time. */
  render(template: string, data: Record<string, unknown>): Promise<string> {
    const job = this.tail.then(() => this.roundTrip(template, data));
    this.tail = job.catch(() => undefined);
    return job;
  }

  private async roundTrip(template: string, data: Record<string, unknown>): Promise<string> {
    const id = this.nextId++;
    const request: RenderRequest = { id, template, data };
    this.worker.postMessage(request);

    const [reply] = (await Promise.race([
      once(this.worker, 'message'),
      once(this.worker, 'exit').then(([code]) => {
        throw new Error(`render worker exited with code ${code}`);
      }),
    ])) as [RenderReply];

    if (reply.id !== id) throw new Error(`out-of-order reply ${reply.id}, expected ${id}`);
    if (reply.error) throw new Error(`template "${template.slice(0, 40)}": ${reply.error}`);
    return reply.html ?? '';
  }

  async close(): Promise<void> {
    await this.tail;
    await this.worker.terminate();
  }
}

export async function renderDigest(
  renderer: TemplateRenderer,
  users: Array<{ email: string; items: string[] }>,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const user of users) {
    const html = await renderer.render('digest.hbs', { items: user.items, count: user.items.length });
    out.set(user.email, html);
  }
  return out;
}
