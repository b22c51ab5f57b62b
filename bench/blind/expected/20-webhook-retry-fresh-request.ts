// expect: none
// The retry loop calls postWebhook inside each iteration, so every attempt awaits a newly started request rather than the previous failure.
import { setTimeout as sleep } from 'node:timers/promises';

interface WebhookTarget {
  url: string;
  secret: string;
}

declare function sign(body: string, secret: string): string;

async function postWebhook(target: WebhookTarget, body: string): Promise<Response> {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature': sign(body, target.secret) },
    body,
  });
  if (res.status >= 500) throw new Error(`webhook ${target.url} returned ${res.status}`);
  return res;
}

export async function deliver(target: WebhookTarget, event: object, maxAttempts = 5): Promise<number> {
  const body = JSON.stringify(event);
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await postWebhook(target, body);
      return res.status;
    } catch (err) {
      if (attempt >= maxAttempts) throw err;
      await sleep(Math.min(30_000, 500 * 2 ** attempt));
    }
  }
}
