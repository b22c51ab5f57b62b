// expect: none
// this.sampleRate and this.capabilities are written in the worker's 'message' callback, but every read comes after `await this.ready`, which resolves in that same callback once they are set.
import { Worker } from 'node:worker_threads';

interface InitReply {
  type: 'init';
  sampleRate: number;
  capabilities: string[];
}

interface PitchReply {
  type: 'pitch';
  id: number;
  hz: number;
  clarity: number;
}

type Reply = InitReply | PitchReply | { type: 'error'; id?: number; message: string };

export interface PitchEstimate {
  pipe: string;
  hz: number;
  clarity: number;
}

export class PitchWorker {
  private readonly worker: Worker;
  private sampleRate = 0;
  private capabilities: string[] = [];
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: PitchReply) => void; reject: (e: Error) => void }>();
  readonly ready: Promise<void>;

  constructor(scriptPath: string) {
    this.worker = new Worker(scriptPath);
    const init = Promise.withResolvers<void>();
    let initDone = false;
    const failInit = (err: Error) => {
      if (initDone) return;
      initDone = true;
      init.reject(err);
    };
    this.ready = init.promise;
    // Callers see the failure when they await ready; this just keeps an idle failure from crashing.
    this.ready.catch(() => {});

    this.worker.on('message', (msg: Reply) => {
      if (msg.type === 'init') {
        this.sampleRate = msg.sampleRate;
        this.capabilities = msg.capabilities;
        initDone = true;
        init.resolve();
        return;
      }
      const id = msg.id;
      const entry = id === undefined ? undefined : this.waiting.get(id);
      if (!entry || id === undefined) return;
      this.waiting.delete(id);
      if (msg.type === 'pitch') entry.resolve(msg);
      else entry.reject(new Error(msg.message));
    });
    this.worker.once('error', (err) => {
      failInit(err);
      for (const e of this.waiting.values()) e.reject(err);
      this.waiting.clear();
    });
    this.worker.once('exit', (code) => {
      const err = new Error(`pitch worker exited with code ${code}`);
      failInit(err);
      for (const e of this.waiting.values()) e.reject(err);
      this.waiting.clear();
    });
  }

  async estimate(pipe: string, samples: Float32Array): Promise<PitchEstimate> {
    await this.ready;
    if (samples.length < this.sampleRate / 20) {
      throw new Error(`need at least 50 ms of audio for ${pipe} at ${this.sampleRate} Hz`);
    }
    const id = this.nextId++;
    const reply = await new Promise<PitchReply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'pitch', id, samples }, [samples.buffer as ArrayBuffer]);
    });
    return { pipe, hz: reply.hz, clarity: reply.clarity };
  }

  async supports(feature: string): Promise<boolean> {
    await this.ready;
    return this.capabilities.includes(feature);
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}
