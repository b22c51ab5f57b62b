// expect: none
// placeBid forwards its signal to the transport and rethrows aborts unchanged; the tests assert the AbortError reaches the caller.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface BidTransport {
  submit(lot: number, paddle: number, amount: number, signal?: AbortSignal): Promise<{ accepted: boolean; leading: number }>;
}

class BidRejectedError extends Error {}

const INCREMENTS: Array<[upTo: number, step: number]> = [
  [10_000, 250],
  [50_000, 1_000],
  [250_000, 5_000],
  [Infinity, 10_000],
];

function minimumNextBid(current: number): number {
  const step = INCREMENTS.find(([upTo]) => current < upTo)![1];
  return current + step;
}

async function placeBid(
  transport: BidTransport,
  lot: number,
  paddle: number,
  amount: number,
  options: { signal?: AbortSignal } = {},
): Promise<number> {
  try {
    const reply = await transport.submit(lot, paddle, amount, options.signal);
    if (!reply.accepted) {
      throw new BidRejectedError(`lot ${lot}: ${amount} is below the next increment ${minimumNextBid(reply.leading)}`);
    }
    return reply.leading;
  } catch (err) {
    if (options.signal?.aborted) throw err;
    if (err instanceof BidRejectedError) throw err;
    throw new Error(`bid on lot ${lot} could not be delivered`, { cause: err });
  }
}

function slowTransport(leading: number, delayMs: number): BidTransport {
  return {
    submit(_lot, _paddle, amount, signal) {
      return new Promise((resolve, reject) => {
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal!.reason);
        };
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve(amount >= minimumNextBid(leading) ? { accepted: true, leading: amount } : { accepted: false, leading });
        }, delayMs);
        if (signal?.aborted) {
          onAbort();
          return;
        }
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}

describe('placeBid', () => {
  it('accepts a bid at or above the next increment', async () => {
    const leading = await placeBid(slowTransport(48_000, 5), 112, 7, 49_000);
    assert.equal(leading, 49_000);
  });

  it('rejects a bid below the increment', async () => {
    await assert.rejects(placeBid(slowTransport(48_000, 5), 112, 7, 48_500), BidRejectedError);
  });

  it('surfaces an abort as AbortError, not a delivery failure', async () => {
    const controller = new AbortController();
    const bid = placeBid(slowTransport(12_000, 1_000), 87, 31, 13_000, { signal: controller.signal });
    controller.abort();
    await assert.rejects(bid, { name: 'AbortError' });
  });

  it('does not send when the signal is already aborted', async () => {
    await assert.rejects(
      placeBid(slowTransport(12_000, 1_000), 87, 31, 13_000, { signal: AbortSignal.abort() }),
      { name: 'AbortError' },
    );
  });
});
