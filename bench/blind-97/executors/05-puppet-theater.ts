// expect: none
// The worker wrapper routes message, error and exit through one finish() guard that detaches all listeners first, so a crash, a non-zero exit or an exit after the result each settle the promise exactly once.
import { Worker } from 'node:worker_threads';

export interface MarionetteCue {
  at: number;
  puppet: string;
  strings: Record<string, number>;
}

export interface ChoreographyJob {
  scene: string;
  cues: MarionetteCue[];
  fps: number;
}

export interface RenderedScene {
  scene: string;
  frames: number;
  collisions: string[];
}

type WorkerReply =
  | { kind: 'done'; result: RenderedScene }
  | { kind: 'failed'; message: string };

const RENDER_WORKER = new URL('./choreography-worker.js', import.meta.url);

export function renderScene(job: ChoreographyJob): Promise<RenderedScene> {
  return new Promise<RenderedScene>((resolve, reject) => {
    const worker = new Worker(RENDER_WORKER, { workerData: job });
    let finished = false;

    const finish = (settle: () => void) => {
      if (finished) return;
      finished = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      settle();
    };

    const onMessage = (reply: WorkerReply) => {
      if (reply.kind === 'done') {
        finish(() => resolve(reply.result));
      } else {
        finish(() => reject(new Error(`scene ${job.scene}: ${reply.message}`)));
      }
    };
    const onError = (err: Error) => finish(() => reject(err));
    const onExit = (code: number) =>
      finish(() => reject(new Error(`render worker for ${job.scene} exited with code ${code} before replying`)));

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export async function renderAct(scenes: ChoreographyJob[]): Promise<RenderedScene[]> {
  const rendered: RenderedScene[] = [];
  for (const scene of scenes) {
    const result = await renderScene(scene);
    if (result.collisions.length > 0) {
      throw new Error(`tangled strings in ${scene.scene}: ${result.collisions.join(', ')}`);
    }
    rendered.push(result);
  }
  return rendered;
}
