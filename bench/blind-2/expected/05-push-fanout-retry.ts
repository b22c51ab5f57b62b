// expect: no-reused-settled-promise
// sendWithRetry is handed the already-started fcm.send() promise, so after a 503 each "retry" just re-awaits the same rejected promise: no new request is ever sent, and it sleeps and fails three times before giving up.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PushMessage {
  token: string;
  title: string;
  body: string;
  data?: Record<string, string>;
}

interface SendResult {
  messageId: string;
}

export class PushError extends Error {
  constructor(message: string, readonly status: number, readonly retryable: boolean) {
    super(message);
    this.name = 'PushError';
  }
}

declare const fcm: { send(message: PushMessage, opts?: { timeoutMs?: number }): Promise<SendResult> };
declare const metrics: { increment(name: string, tags?: Record<string, string>): void };

async function sendWithRetry(request: Promise<SendResult>, label: string, maxAttempts = 3): Promise<SendResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request;
    } catch (err) {
      const retryable = err instanceof PushError ? err.retryable : true;
      if (!retryable || attempt >= maxAttempts) throw err;
      metrics.increment('push.retry', { label, attempt: String(attempt) });
      await sleep(250 * 2 ** attempt + Math.random() * 100);
    }
  }
}

export interface FanoutReport {
  sent: number;
  failed: number;
  staleTokens: string[];
}

export async function notifyFollowers(authorName: string, postId: string, tokens: readonly string[]): Promise<FanoutReport> {
  const report: FanoutReport = { sent: 0, failed: 0, staleTokens: [] };
  for (const token of tokens) {
    const message: PushMessage = {
      token,
      title: `${authorName} posted`,
      body: 'Tap to read the new post',
      data: { postId, kind: 'new-post' },
    };
    try {
      await sendWithRetry(fcm.send(message, { timeoutMs: 5_000 }), 'new-post');
      report.sent++;
    } catch (err) {
      if (err instanceof PushError && err.status === 404) {
        report.staleTokens.push(token);
      } else {
        report.failed++;
        console.warn('push delivery failed', { postId, token: token.slice(0, 8), err });
      }
    }
  }
  metrics.increment('push.fanout', { kind: 'new-post', sent: String(report.sent) });
  return report;
}
