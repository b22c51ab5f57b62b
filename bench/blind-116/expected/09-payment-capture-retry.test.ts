// expect: none
// captureWithRetry takes a factory and invokes it for every attempt, and the tests confirm a new capture request is made each time.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface CaptureResult {
  orderId: string;
  authCode: string;
  amountPence: number;
}

class GatewayBusy extends Error {
  constructor() {
    super('payment gateway busy');
    this.name = 'GatewayBusy';
  }
}

async function captureWithRetry(
  capture: () => Promise<CaptureResult>,
  { attempts = 3, waitMs = 0 }: { attempts?: number; waitMs?: number } = {},
): Promise<CaptureResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await capture();
    } catch (err) {
      if (!(err instanceof GatewayBusy) || attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, waitMs * attempt));
    }
  }
}

describe('captureWithRetry for box office orders', () => {
  let calls: number;
  const ok: CaptureResult = { orderId: 'ORD-7781', authCode: 'A1B2C3', amountPence: 11_850 };

  before(() => {
    calls = 0;
  });

  after(() => {
    calls = 0;
  });

  test('makes a fresh capture request for each attempt', async () => {
    calls = 0;
    const result = await captureWithRetry(async () => {
      calls++;
      if (calls < 3) throw new GatewayBusy();
      return ok;
    });
    assert.equal(calls, 3);
    assert.deepEqual(result, ok);
  });

  test('does not retry declined cards', async () => {
    calls = 0;
    await assert.rejects(
      captureWithRetry(async () => {
        calls++;
        throw new Error('card declined');
      }),
      /declined/,
    );
    assert.equal(calls, 1);
  });

  test('stops after the configured attempts', async () => {
    calls = 0;
    await assert.rejects(
      captureWithRetry(async () => {
        calls++;
        throw new GatewayBusy();
      }, { attempts: 2 }),
      GatewayBusy,
    );
    assert.equal(calls, 2);
  });
});
