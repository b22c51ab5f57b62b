// Queue worker: pulls jobs from the message queue, runs the handler registered for each topic,
// then acknowledges the job or moves it to the dead-letter queue.
import { EventEmitter } from 'node:events';

import { retry } from './retry.js';

export interface Job {
  id: string;
  topic: string;
  body: string;
}

export interface QueueClient {
  receive(max: number): Promise<Job[]>;
  ack(job: Job): Promise<void>;
  deadLetter(job: Job, reason: string): Promise<void>;
  send(topic: string, body: string): Promise<void>;
}

export type Handler = (job: Job) => Promise<string | undefined>;

export class QueueWorker extends EventEmitter {
  private stopped = false;

  constructor(
    private readonly queue: QueueClient,
    private readonly handlers: ReadonlyMap<string, Handler>,
  ) {
    super();
  }

  async run(): Promise<void> {
    while (!this.stopped) {
      const jobs = await this.queue.receive(10);
      await Promise.all(jobs.map((job) => this.process(job)));
    }
  }

  stop(): void {
    this.stopped = true;
  }

  async process(job: Job): Promise<void> {
    const handler = this.handlers.get(job.topic);
    if (!handler) {
      await this.queue.deadLetter(job, `no handler for topic ${job.topic}`);
      return;
    }
    try {
      const reply = await retry(() => handler(job), { attempts: 3 });
      if (reply !== undefined) {
        this.queue.send(`${job.topic}.reply`, reply);
      }
      await this.queue.ack(job);
      this.emit('processed', job);
    } catch (error) {
      this.emit('failed', job, error);
      await this.queue.deadLetter(job, String(error));
    }
  }

  async fanOut(job: Job, topics: readonly string[]): Promise<void> {
    topics.forEach(async (topic) => {
      await this.queue.send(topic, job.body);
    });
    await this.queue.ack(job);
  }
}

export function startWorker(worker: QueueWorker, queue: QueueClient): void {
  worker.on('failed', async (job: Job) => {
    await queue.send('alerts', `job ${job.id} failed`);
  });
  worker.run().catch((error: unknown) => {
    console.error('queue worker crashed', error);
    process.exitCode = 1;
  });
}
