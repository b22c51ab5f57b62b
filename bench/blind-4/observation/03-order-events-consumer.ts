// expect: no-floating-promises
// forEach ignores the promises returned by its async callback, so pollOnce() reports the batch as handled and the loop receives the next batch before any message is processed or deleted: no backpressure, shutdown can cut messages off mid-flight, and a failing changeMessageVisibility in the catch becomes an unhandled rejection.
declare const sqs: {
  receiveMessage(
    input: { QueueUrl: string; MaxNumberOfMessages: number; WaitTimeSeconds: number },
    opts?: { abortSignal?: AbortSignal },
  ): Promise<{ Messages?: Array<{ MessageId?: string; ReceiptHandle?: string; Body?: string }> }>;
  deleteMessage(input: { QueueUrl: string; ReceiptHandle: string }): Promise<void>;
  changeMessageVisibility(input: { QueueUrl: string; ReceiptHandle: string; VisibilityTimeout: number }): Promise<void>;
};

declare const log: {
  debug(msg: string, meta?: object): void;
  error(msg: string, meta?: object): void;
};

declare const metrics: { timing(name: string, ms: number): void };

interface OrderEvent {
  type: 'order.paid' | 'order.refunded' | 'order.cancelled';
  orderId: string;
  amountCents: number;
}

declare function handleOrderEvent(event: OrderEvent): Promise<void>;

async function pollOnce(queueUrl: string, signal: AbortSignal): Promise<number> {
  const { Messages = [] } = await sqs.receiveMessage(
    { QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 20 },
    { abortSignal: signal },
  );

  Messages.forEach(async (msg) => {
    if (!msg.ReceiptHandle) return;
    const started = performance.now();
    try {
      const event = JSON.parse(msg.Body ?? '{}') as OrderEvent;
      await handleOrderEvent(event);
      await sqs.deleteMessage({ QueueUrl: queueUrl, ReceiptHandle: msg.ReceiptHandle });
      metrics.timing('orders.event.handled_ms', performance.now() - started);
    } catch (err) {
      log.error('order event failed, returning it to the queue', { id: msg.MessageId, err: String(err) });
      await sqs.changeMessageVisibility({ QueueUrl: queueUrl, ReceiptHandle: msg.ReceiptHandle, VisibilityTimeout: 0 });
    }
  });

  return Messages.length;
}

export async function runConsumer(queueUrl: string, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    const handled = await pollOnce(queueUrl, signal);
    if (handled > 0) log.debug('batch handled', { queueUrl, handled });
  }
}
