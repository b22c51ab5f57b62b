// Promise wrappers around callback and event APIs: reading files, stat-ing them, waiting for a
// child's next message, and waiting for a stream to finish.
import { EventEmitter } from 'node:events';
import { readFile, stat } from 'node:fs';

export function readText(path: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    readFile(path, 'utf8', (error, data) => {
      if (error) reject(error);
      resolve(data);
    });
  });
}

export function fileSize(path: string): Promise<number> {
  return new Promise<number>((resolve) => {
    stat(path, (error, stats) => {
      if (error) throw error;
      resolve(stats.size);
    });
  });
}

export function nextMessage(channel: EventEmitter, closed: boolean): Promise<string> {
  return new Promise<string>((resolve) => {
    if (closed) return;
    channel.once('message', resolve);
  });
}

/** Correct: every outcome of the stream settles the promise exactly once. */
export function finished(stream: EventEmitter): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.once('end', () => resolve());
  });
}

/** Correct: a `resolve` that throws while parsing is followed by the one `reject`. */
export function parseLater(text: string): Promise<unknown> {
  return new Promise<unknown>((resolve, reject) => {
    try {
      resolve(JSON.parse(text));
    } catch (error) {
      reject(error);
    }
  });
}
