// expect: none
// authorizeHold threads its signal into once() and the processor call, and the tests pass t.signal or their own controller's signal and expect the AbortError to surface.
import { test } from "node:test";
import assert from "node:assert/strict";
import { once } from "node:events";

interface CardTap {
  cardId: string;
  balanceCents: number;
}

interface Hold {
  holdId: string;
  machineId: string;
  cardId: string;
  amountCents: number;
}

interface Processor {
  hold(cardId: string, amountCents: number, init: { signal: AbortSignal }): Promise<string>;
}

class CardReader extends EventTarget {
  tap(card: CardTap): void {
    const event = new Event("tap") as Event & { card?: CardTap };
    event.card = card;
    this.dispatchEvent(event);
  }
}

async function authorizeHold(
  reader: CardReader,
  processor: Processor,
  machineId: string,
  amountCents: number,
  signal: AbortSignal,
): Promise<Hold> {
  const [event] = (await once(reader, "tap", { signal })) as [Event & { card: CardTap }];
  const { cardId, balanceCents } = event.card;
  if (balanceCents < amountCents) {
    throw new Error(`card ${cardId} has insufficient balance for ${machineId}`);
  }
  const holdId = await processor.hold(cardId, amountCents, { signal });
  return { holdId, machineId, cardId, amountCents };
}

function fakeProcessor(delayMs = 1): Processor & { calls: number } {
  return {
    calls: 0,
    hold(cardId, amountCents, { signal }) {
      this.calls++;
      return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          signal.removeEventListener("abort", onAbort);
          resolve(`H-${cardId}-${amountCents}`);
        }, delayMs);
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal.reason);
        };
        signal.addEventListener("abort", onAbort, { once: true });
      });
    },
  };
}

test("places a hold when a funded card is tapped", async (t) => {
  const reader = new CardReader();
  const processor = fakeProcessor();
  setImmediate(() => reader.tap({ cardId: "C-42", balanceCents: 1_000 }));
  const hold = await authorizeHold(reader, processor, "W-07", 375, t.signal);
  assert.deepEqual(hold, { holdId: "H-C-42-375", machineId: "W-07", cardId: "C-42", amountCents: 375 });
});

test("refuses a card without enough balance", async (t) => {
  const reader = new CardReader();
  const processor = fakeProcessor();
  setImmediate(() => reader.tap({ cardId: "C-9", balanceCents: 100 }));
  await assert.rejects(authorizeHold(reader, processor, "D-02", 250, t.signal), /insufficient balance/);
  assert.equal(processor.calls, 0);
});

test("stops waiting for a tap when the customer walks away", async () => {
  const reader = new CardReader();
  const controller = new AbortController();
  setImmediate(() => controller.abort());
  await assert.rejects(authorizeHold(reader, fakeProcessor(), "W-01", 300, controller.signal), {
    name: "AbortError",
  });
});

test("cancels the processor call when aborted mid-hold", async () => {
  const reader = new CardReader();
  const processor = fakeProcessor(50);
  const controller = new AbortController();
  setImmediate(() => reader.tap({ cardId: "C-1", balanceCents: 900 }));
  setTimeout(() => controller.abort(), 10);
  await assert.rejects(authorizeHold(reader, processor, "W-03", 300, controller.signal), {
    name: "AbortError",
  });
  assert.equal(processor.calls, 1);
});
