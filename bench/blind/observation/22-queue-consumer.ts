// expect: none
// The next receive is prefetched into a `let` across the handler's `await`, but each prefetched promise gets a `.catch` immediately, and is awaited at the top of the next iteration.
interface Message { id: string; body: string; ack(): Promise<void> }

declare class QueueConsumer {
  receive(waitSeconds: number): Promise<Message | null>;
}

declare function handleMessage(body: string): Promise<void>;
declare const stopSignal: AbortSignal;

function prefetch(consumer: QueueConsumer): Promise<Message | null> {
  const p = consumer.receive(20);
  p.catch(() => {});
  return p;
}

export async function runConsumer(consumer: QueueConsumer): Promise<number> {
  let handled = 0;
  let next = prefetch(consumer);

  while (!stopSignal.aborted) {
    const message = await next;
    next = prefetch(consumer);
    if (message === null) continue;

    await handleMessage(message.body);
    await message.ack();
    handled += 1;
  }

  await next;
  return handled;
}
