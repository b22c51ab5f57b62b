// expect: require-signal-propagation
// The idle back-off is a plain setTimeout promise that ignores the stop signal, so shutting down an idle consumer waits up to 20 s before the loop notices the abort.
export interface QueueMessage<T> {
  receiptHandle: string;
  body: T;
  receiveCount: number;
}

export interface ReceiveOptions {
  maxMessages?: number;
  waitTimeSeconds?: number;
  signal?: AbortSignal;
}

export interface QueueClient<T> {
  receive(options: ReceiveOptions): Promise<QueueMessage<T>[]>;
  ack(receiptHandle: string): Promise<void>;
  release(receiptHandle: string, delaySeconds: number): Promise<void>;
}

export interface ConsumerOptions<T> {
  queue: QueueClient<T>;
  handle: (body: T) => Promise<void>;
  signal: AbortSignal;
  idleDelayMs?: number;
  maxReceives?: number;
}

export async function runConsumer<T>(opts: ConsumerOptions<T>): Promise<{ processed: number; failed: number }> {
  const { queue, handle, signal } = opts;
  const idleDelayMs = opts.idleDelayMs ?? 20_000;
  const maxReceives = opts.maxReceives ?? 5;
  let processed = 0;
  let failed = 0;

  while (!signal.aborted) {
    const batch = await queue.receive({ maxMessages: 10, waitTimeSeconds: 0, signal });

    if (batch.length === 0) {
      await new Promise<void>((resolve) => setTimeout(resolve, idleDelayMs));
      continue;
    }

    for (const message of batch) {
      try {
        await handle(message.body);
        await queue.ack(message.receiptHandle);
        processed++;
      } catch (err) {
        failed++;
        const retryIn = Math.min(900, 2 ** message.receiveCount * 5);
        console.error(`[consumer] message failed (receive #${message.receiveCount})`, err);
        if (message.receiveCount < maxReceives) {
          await queue.release(message.receiptHandle, retryIn);
        } else {
          await queue.ack(message.receiptHandle);
          console.error('[consumer] dropped after max receives', message.body);
        }
      }
    }
  }

  return { processed, failed };
}
