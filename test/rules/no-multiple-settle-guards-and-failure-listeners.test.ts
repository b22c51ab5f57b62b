import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A flag an interval's callback sets and resets itself (`inFlight = true; … inFlight = false;`)
// guards against overlapping runs; it does not stop the interval after it settled the promise, as a
// `done` flag set once does. A response callback whose branch only listens for `error` settles
// nothing on that branch's ordinary ending (a 404): an error listener fires on failures only, a
// `close` listener on any ending.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // a done flag set once and never reset stops the interval's later runs
    `interface LotStatus {
  state: 'open' | 'closed';
  highBid: number;
}
declare function peek(lotId: string): LotStatus;
export function waitForHammer(lotId: string): Promise<number> {
  return new Promise<number>((resolve) => {
    let done = false;
    const timer = setInterval(() => {
      if (done) return;
      const status = peek(lotId);
      if (status.state === 'closed') {
        done = true;
        clearInterval(timer);
        resolve(status.highBid);
      }
    }, 2_000);
  });
}`,
    // every status settles; the error listener is only the failure's way
    `import { get } from 'node:http';
export function fetchStandings(host: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const req = get({ host, path: '/standings' }, (res) => {
      res.once('error', reject);
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(\`standings: HTTP \${res.statusCode}\`));
        return;
      }
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.once('end', () => resolve(body));
    });
    req.once('error', reject);
  });
}`,
    // the close listener settles on any ending, a 404 included
    `import { get } from 'node:http';
export function fetchStandings(host: string): Promise<string | undefined> {
  return new Promise<string | undefined>((resolve, reject) => {
    const req = get({ host, path: '/standings' }, (res) => {
      res.once('close', () => resolve(undefined));
      if (res.statusCode === 200) {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.once('end', () => resolve(body));
      } else {
        res.resume();
      }
    });
    req.once('error', reject);
  });
}`,
    // the answer's callback clears the interval on the path that resolves
    `interface Registry {
  freeBerths(reach: string, cb: (err: Error | null, berths?: string[]) => void): void;
}
export function waitForBerth(registry: Registry, reach: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const poller = setInterval(() => {
      registry.freeBerths(reach, (err, berths) => {
        if (err) {
          clearInterval(poller);
          reject(err);
          return;
        }
        const best = (berths ?? [])[0];
        if (best) {
          clearInterval(poller);
          resolve(best);
        }
      });
    }, 1000);
  });
}`,
    // a local finish helper detaches every listener before the settle it is handed runs
    `import { EventEmitter } from 'node:events';
export function awaitOpen(locker: EventEmitter, slot: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const finish = (fn: () => void) => {
      locker.off('opened', onOpened);
      locker.off('error', onError);
      fn();
    };
    const onOpened = (slotNo: number) => {
      if (slotNo !== slot) return;
      finish(() => resolve(slotNo));
    };
    const onError = (err: Error) => finish(() => reject(err));
    locker.on('opened', onOpened);
    locker.on('error', onError);
  });
}`,
  ],
  invalid: [
    // the in-flight guard is reset by every answer, so the interval polls on after the lot closed
    {
      code: `interface LotStatus {
  state: 'open' | 'closed';
  highBid: number;
}
interface AuctionClient {
  status(lotId: string, callback: (err: Error | null, status?: LotStatus) => void): void;
}
export function waitForHammer(client: AuctionClient, lotId: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let inFlight = false;
    const timer = setInterval(() => {
      if (inFlight) return;
      inFlight = true;
      client.status(lotId, (err, status) => {
        inFlight = false;
        if (err || !status) {
          clearInterval(timer);
          reject(err ?? new Error('no status'));
          return;
        }
        if (status.state === 'closed') resolve(status.highBid);
      });
    }, 2_000);
  });
}`,
      errors: [
        {
          messageId: 'repeatedSettle',
          line: 21,
          column: 40,
          endLine: 21,
          endColumn: 63,
        },
      ],
    },
    // a 404 answer only has an error listener, which an ordinary ending never fires
    {
      code: `import { get } from 'node:http';
export function fetchStandings(host: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const req = get({ host, path: '/standings' }, (res) => {
      res.once('error', reject);
      if (res.statusCode === 200) {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.once('end', () => resolve(body));
      } else if ((res.statusCode ?? 0) >= 500) {
        res.resume();
        res.once('end', () => reject(new Error(\`server error \${res.statusCode}\`)));
      }
    });
    req.once('error', reject);
  });
}`,
      errors: [
        {
          messageId: 'neverSettles',
          line: 4,
          column: 57,
          endLine: 4,
          endColumn: 59,
        },
      ],
    },
    // the interval's query (named like a cleanup, `freeBerths`) is what settles, and stops nothing
    {
      code: `interface Registry {
  freeBerths(reach: string, cb: (err: Error | null, berths?: string[]) => void): void;
}
export function waitForBerth(registry: Registry, reach: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const poller = setInterval(() => {
      registry.freeBerths(reach, (err, berths) => {
        if (err) {
          clearInterval(poller);
          reject(err);
          return;
        }
        const best = (berths ?? [])[0];
        if (best) resolve(best);
      });
    }, 1000);
  });
}`,
      errors: [
        {
          messageId: 'repeatedSettle',
          line: 14,
          column: 19,
          endLine: 14,
          endColumn: 32,
        },
      ],
    },
  ],
});
