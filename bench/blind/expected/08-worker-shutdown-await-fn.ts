// expect: no-uncalled-async-function
// `await flushPending` awaits the function object instead of calling it, so buffered jobs are never flushed before the worker exits.
import { once } from 'node:events';
import type { EventEmitter } from 'node:events';

interface Job { id: string; payload: unknown }

declare const broker: EventEmitter & {
  ack(ids: string[]): Promise<void>;
  disconnect(): Promise<void>;
};

const buffer: Job[] = [];

async function flushPending(): Promise<void> {
  if (buffer.length === 0) return;
  const ids = buffer.splice(0).map((j) => j.id);
  await broker.ack(ids);
}

export function enqueueAck(job: Job): void {
  buffer.push(job);
}

export async function runUntilSignal(): Promise<void> {
  await once(process, 'SIGTERM');
  console.log('SIGTERM received, draining');

  await flushPending;
  await broker.disconnect();
  console.log('worker stopped cleanly');
}
