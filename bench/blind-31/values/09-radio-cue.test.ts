// expect: none
// Variables written by the deck's event listeners are asserted only after awaiting once() for the event that follows those writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

interface Cart {
  cartId: string;
  title: string;
  introMs: number;
  segueMs: number;
}

class PlayoutDeck extends EventEmitter {
  private loaded: Cart | undefined;

  async load(cart: Cart): Promise<void> {
    await delay(2);
    this.loaded = cart;
    this.emit('loaded', cart.cartId);
  }

  play(): void {
    const cart = this.loaded;
    if (!cart) throw new Error('nothing loaded');
    setTimeout(() => this.emit('intro-end', cart.cartId), cart.introMs);
    setTimeout(() => this.emit('segue', cart.cartId), cart.segueMs);
  }
}

const jingle: Cart = { cartId: 'JGL-014', title: 'Top of the hour', introMs: 3, segueMs: 8 };
const song: Cart = { cartId: 'SNG-2231', title: 'Harbour Lights', introMs: 6, segueMs: 15 };

test('deck reports the loaded cart before playback', async () => {
  const deck = new PlayoutDeck();
  let loadedId: string | undefined;
  deck.on('loaded', (id: string) => {
    loadedId = id;
  });
  await deck.load(jingle);
  assert.equal(loadedId, 'JGL-014');
});

test('intro end fires before the segue point', async () => {
  const deck = new PlayoutDeck();
  const order: string[] = [];
  deck.on('intro-end', () => order.push('intro-end'));
  deck.on('segue', () => order.push('segue'));
  await deck.load(song);
  const segue = once(deck, 'segue');
  deck.play();
  await segue;
  assert.deepEqual(order, ['intro-end', 'segue']);
});

test('talk-over window is measured from the intro marker', async () => {
  const deck = new PlayoutDeck();
  let introAt = 0;
  let segueAt = 0;
  deck.once('intro-end', () => {
    introAt = performance.now();
  });
  deck.once('segue', () => {
    segueAt = performance.now();
  });
  await deck.load(song);
  const startedAt = performance.now();
  const done = once(deck, 'segue');
  deck.play();
  await done;
  assert.ok(introAt >= startedAt, 'intro marker after start');
  assert.ok(segueAt - introAt >= song.segueMs - song.introMs - 2, 'segue comes after the talk-over window');
});

test('playing an empty deck is refused', () => {
  const deck = new PlayoutDeck();
  assert.throws(() => deck.play(), /nothing loaded/);
});
