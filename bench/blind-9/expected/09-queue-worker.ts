// expect: none
// `ready` is a one-time initialisation barrier: awaiting it on every loop turn is meant to yield the same settled result, and a handler is attached in the constructor so an early failure is never unhandled.
interface QueueMessage {
  id: string;
  receiptHandle: string;
  body: string;
}

declare const queue: {
  ensureQueue(name: string): Promise<{ url: string }>;
  receive(queueUrl: string, opts: { maxMessages: number; waitSeconds: number; signal?: AbortSignal }): Promise<QueueMessage[]>;
  ack(queueUrl: string, receiptHandle: string): Promise<void>;
  changeVisibility(queueUrl: string, receiptHandle: string, seconds: number): Promise<void>;
};

export type Handler = (payload: unknown, msg: QueueMessage) => Promise<void>;

export class QueueWorker {
  private readonly ready: Promise<{ url: string }>;
  processed = 0;

  constructor(
    private readonly queueName: string,
    private readonly handler: Handler,
  ) {
    this.ready = queue.ensureQueue(queueName);
    this.ready.catch((err: unknown) => console.error(`[worker] cannot initialise queue ${queueName}`, err));
  }

  async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const { url } = await this.ready;
      const batch = await queue.receive(url, { maxMessages: 10, waitSeconds: 20, signal });
      for (const msg of batch) {
        signal.throwIfAborted();
        await this.processOne(url, msg);
      }
    }
  }

  private async processOne(url: string, msg: QueueMessage): Promise<void> {
    let payload: unknown;
    try {
      payload = JSON.parse(msg.body);
    } catch {
      console.error(`[worker] ${this.queueName}: dropping malformed message ${msg.id}`);
      await queue.ack(url, msg.receiptHandle);
      return;
    }
    try {
      await this.handler(payload, msg);
      await queue.ack(url, msg.receiptHandle);
      this.processed++;
    } catch (err) {
      console.error(`[worker] ${this.queueName}: message ${msg.id} failed, releasing for redelivery`, err);
      await queue.changeVisibility(url, msg.receiptHandle, 30);
    }
  }
}
