// expect: none
// Async functions passed to assert.rejects and beforeEach are invoked by them, and the shared warm-up promise is deliberately awaited by several tests.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';

interface Variant {
  key: string;
  weight: number;
}

interface Experiment {
  id: string;
  salt: string;
  variants: Variant[];
}

const experiments = new Map<string, Experiment>();

async function loadExperiments(): Promise<void> {
  experiments.clear();
  experiments.set('checkout-button', {
    id: 'checkout-button',
    salt: 'cb-2024',
    variants: [
      { key: 'control', weight: 50 },
      { key: 'green', weight: 50 },
    ],
  });
  experiments.set('onboarding-copy', {
    id: 'onboarding-copy',
    salt: 'ob-7',
    variants: [{ key: 'control', weight: 100 }],
  });
}

async function assign(experimentId: string, userId: string): Promise<string> {
  if (!userId) throw new Error('userId is required');
  const exp = experiments.get(experimentId);
  if (!exp) throw new Error(`unknown experiment ${experimentId}`);

  const digest = createHash('sha1').update(`${exp.salt}:${userId}`).digest();
  const bucket = digest.readUInt32BE(0) % 100;
  let cumulative = 0;
  for (const v of exp.variants) {
    cumulative += v.weight;
    if (bucket < cumulative) return v.key;
  }
  return exp.variants[exp.variants.length - 1].key;
}

async function assignAnonymous(): Promise<string> {
  return assign('checkout-button', '');
}

const hashWarmup = (async () => {
  // Prime the crypto provider once for the whole file.
  createHash('sha1').update('warmup').digest();
  return true;
})();

beforeEach(loadExperiments);

test('assignment is sticky for the same user', async () => {
  assert.equal(await hashWarmup, true);
  const first = await assign('checkout-button', 'user-42');
  for (let i = 0; i < 5; i++) {
    assert.equal(await assign('checkout-button', 'user-42'), first);
  }
});

test('split roughly follows variant weights', async () => {
  await hashWarmup;
  const counts = new Map<string, number>();
  const users = Array.from({ length: 2000 }, (_, i) => `u${i}`);
  const keys = await Promise.all(users.map((u) => assign('checkout-button', u)));
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const green = counts.get('green') ?? 0;
  assert.ok(green > 850 && green < 1150, `green got ${green}`);
});

test('rejects missing user ids and unknown experiments', async () => {
  await assert.rejects(assignAnonymous, /userId is required/);
  await assert.rejects(assign('nope', 'user-1'), /unknown experiment/);
});

test('single-variant experiments always return that variant', async () => {
  const got = await Promise.all(['a', 'b', 'c'].map((u) => assign('onboarding-copy', u)));
  assert.deepEqual(got, ['control', 'control', 'control']);
});
