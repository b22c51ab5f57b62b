// expect: no-swallowed-abort
// openSlots' bare catch turns every failure, including an AbortError from the caller's signal, into an empty slot list, so a cancelled lookup looks like a fully booked tuner.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Slot {
  start: string;
  minutes: number;
  tentative: boolean;
}

class TunerAvailability {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async openSlots(tunerId: string, week: string, signal?: AbortSignal): Promise<Slot[]> {
    try {
      const res = await this.fetchImpl(`${this.baseUrl}/tuners/${tunerId}/slots?week=${week}`, { signal });
      if (!res.ok) throw new Error(`availability service returned ${res.status}`);
      const body = (await res.json()) as { slots: Slot[] };
      return body.slots.filter((slot) => !slot.tentative);
    } catch {
      return [];
    }
  }

  async earliest(tunerId: string, week: string, signal?: AbortSignal): Promise<Slot | undefined> {
    const slots = await this.openSlots(tunerId, week, signal);
    return [...slots].sort((a, b) => a.start.localeCompare(b.start))[0];
  }
}

describe('TunerAvailability', () => {
  const requested: string[] = [];
  let slotsByTuner: Map<string, Slot[]>;

  const fakeFetch = (async (input: string | URL | Request) => {
    const url = String(input);
    requested.push(url);
    if (url.includes('/tuners/offline/')) throw new TypeError('fetch failed');
    const tuner = url.split('/tuners/')[1]?.split('/')[0] ?? '';
    const slots = slotsByTuner.get(tuner);
    if (!slots) return new Response('not found', { status: 404 });
    return Response.json({ slots });
  }) as typeof fetch;

  before(() => {
    slotsByTuner = new Map([
      [
        'ilse',
        [
          { start: '2025-06-03T13:00', minutes: 90, tentative: false },
          { start: '2025-06-02T09:00', minutes: 90, tentative: false },
          { start: '2025-06-01T09:00', minutes: 90, tentative: true },
        ],
      ],
    ]);
  });

  after(() => {
    requested.length = 0;
  });

  test('drops tentative slots', async () => {
    const availability = new TunerAvailability('https://tuning.example', fakeFetch);
    const slots = await availability.openSlots('ilse', '2025-W23');
    assert.equal(slots.length, 2);
    assert.ok(requested.some((u) => u.endsWith('/tuners/ilse/slots?week=2025-W23')));
  });

  test('picks the earliest confirmed slot', async () => {
    const availability = new TunerAvailability('https://tuning.example', fakeFetch);
    const slot = await availability.earliest('ilse', '2025-W23');
    assert.equal(slot?.start, '2025-06-02T09:00');
  });

  test('treats an unreachable service as no availability', async () => {
    const availability = new TunerAvailability('https://tuning.example', fakeFetch);
    assert.deepEqual(await availability.openSlots('offline', '2025-W23'), []);
  });

  test('treats an unknown tuner as no availability', async () => {
    const availability = new TunerAvailability('https://tuning.example', fakeFetch);
    assert.equal(await availability.earliest('nobody', '2025-W23'), undefined);
  });
});
