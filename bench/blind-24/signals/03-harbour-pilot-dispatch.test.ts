// expect: none
// The roster fallback only applies to roster failures; when the caller's signal is aborted the catch rethrows the abort reason.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface Pilot {
  id: string;
  name: string;
  maxDraughtM: number;
}

interface Vessel {
  imo: string;
  draughtM: number;
  etaBerth: Date;
}

interface Roster {
  nextAvailable(minDraughtM: number, opts: { signal?: AbortSignal }): Promise<Pilot | null>;
}

async function assignPilot(
  vessel: Vessel,
  roster: Roster,
  onCall: Pilot,
  opts: { signal?: AbortSignal } = {},
): Promise<Pilot> {
  const { signal } = opts;
  try {
    const pilot = await roster.nextAvailable(vessel.draughtM, { signal });
    return pilot ?? onCall;
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    // Roster service is best-effort; the on-call pilot covers any gap.
    console.warn(`roster lookup failed for ${vessel.imo}, using on-call pilot`, err);
    return onCall;
  }
}

const onCall: Pilot = { id: 'P-00', name: 'Duty Pilot', maxDraughtM: 14 };
const vessel: Vessel = { imo: '9321483', draughtM: 11.2, etaBerth: new Date('2024-05-01T06:30:00Z') };

function rosterReturning(result: Pilot | null | Error, delayMs = 0): Roster {
  return {
    nextAvailable(_min, { signal }) {
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => (result instanceof Error ? reject(result) : resolve(result)), delayMs);
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(t);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    },
  };
}

describe('assignPilot', () => {
  it('uses the rostered pilot when one is available', async () => {
    const rostered = { id: 'P-17', name: 'A. Mercer', maxDraughtM: 12 };
    const pilot = await assignPilot(vessel, rosterReturning(rostered), onCall);
    assert.equal(pilot.id, 'P-17');
  });

  it('falls back to the on-call pilot when the roster is empty', async () => {
    const pilot = await assignPilot(vessel, rosterReturning(null), onCall);
    assert.equal(pilot, onCall);
  });

  it('falls back to the on-call pilot when the roster service errors', async () => {
    const pilot = await assignPilot(vessel, rosterReturning(new Error('ECONNRESET')), onCall);
    assert.equal(pilot, onCall);
  });

  it('rejects with the abort reason when the dispatch is cancelled', async () => {
    const controller = new AbortController();
    const pending = assignPilot(vessel, rosterReturning(null, 500), onCall, { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });
});
