// expect: none
// The polling executor settles through one guarded finish() that clears both timers and the abort listener; the readFile callback returns after reject.
import { Resolver } from 'node:dns';
import { readFile } from 'node:fs';
import { createPrivateKey, type KeyObject } from 'node:crypto';

export interface PropagationOptions {
  nameservers: string[];
  intervalMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export function loadAccountKey(pemPath: string): Promise<KeyObject> {
  return new Promise((resolve, reject) => {
    readFile(pemPath, 'utf8', (err, pem) => {
      if (err) return reject(err);
      try {
        resolve(createPrivateKey(pem));
      } catch (e) {
        reject(e);
      }
    });
  });
}

export function waitForTxtRecord(
  fqdn: string,
  expected: string,
  { nameservers, intervalMs = 5000, timeoutMs = 180_000, signal }: PropagationOptions,
): Promise<number> {
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  resolver.setServers(nameservers);

  return new Promise((resolve, reject) => {
    let attempts = 0;
    let settled = false;
    let pollTimer: NodeJS.Timeout | undefined;

    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(pollTimer);
      clearTimeout(deadline);
      signal?.removeEventListener('abort', onAbort);
      resolver.cancel();
      if (err) reject(err);
      else resolve(attempts);
    };

    const onAbort = () => finish(new Error(`propagation check for ${fqdn} aborted`));

    const deadline = setTimeout(
      () => finish(new Error(`TXT ${fqdn} not visible on ${nameservers.join(', ')} after ${timeoutMs}ms`)),
      timeoutMs,
    );

    const poll = () => {
      attempts++;
      resolver.resolveTxt(fqdn, (err, records) => {
        if (settled) return;
        if (err && err.code !== 'ENODATA' && err.code !== 'ENOTFOUND') {
          finish(err);
          return;
        }
        const values = (records ?? []).map((chunks) => chunks.join(''));
        if (values.includes(expected)) {
          finish(null);
          return;
        }
        pollTimer = setTimeout(poll, intervalMs);
      });
    };

    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort);
    poll();
  });
}
