// expect: none
// The polling helper under test hands its signal to every sleep and dispatch call, and the tests assert the abort surfaces unchanged.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type VisitStatus = 'requested' | 'assigned' | 'en_route' | 'tuning' | 'done' | 'cancelled';

interface VisitRecord {
  visitId: string;
  status: VisitStatus;
  technician?: string;
}

interface DispatchApi {
  getVisit(visitId: string, opts: { signal?: AbortSignal }): Promise<VisitRecord>;
}

async function waitForTechnician(
  api: DispatchApi,
  visitId: string,
  opts: { signal?: AbortSignal; intervalMs?: number } = {},
): Promise<VisitRecord> {
  const { signal, intervalMs = 2_000 } = opts;
  for (;;) {
    const visit = await api.getVisit(visitId, { signal });
    if (visit.status === 'cancelled') throw new Error(`visit ${visitId} was cancelled by the client`);
    if (visit.technician) return visit;
    await sleep(intervalMs, undefined, { signal });
  }
}

class ScriptedDispatch implements DispatchApi {
  calls = 0;
  constructor(private readonly script: VisitRecord[]) {}

  async getVisit(visitId: string, opts: { signal?: AbortSignal }): Promise<VisitRecord> {
    opts.signal?.throwIfAborted();
    const step = this.script[Math.min(this.calls, this.script.length - 1)];
    this.calls++;
    return { ...step, visitId };
  }
}

describe('waitForTechnician', () => {
  it('resolves once a technician is assigned', async () => {
    const api = new ScriptedDispatch([
      { visitId: '', status: 'requested' },
      { visitId: '', status: 'requested' },
      { visitId: '', status: 'assigned', technician: 'Marguerite O.' },
    ]);
    const visit = await waitForTechnician(api, 'v-311', { intervalMs: 1 });
    assert.equal(visit.technician, 'Marguerite O.');
    assert.equal(api.calls, 3);
  });

  it('rejects with the abort reason when the client gives up', async () => {
    const api = new ScriptedDispatch([{ visitId: '', status: 'requested' }]);
    const controller = new AbortController();
    const pending = waitForTechnician(api, 'v-312', { signal: controller.signal, intervalMs: 60_000 });
    setImmediate(() => controller.abort());

    await assert.rejects(pending, (err: unknown) => {
      assert.ok(err instanceof Error);
      assert.equal(err.name, 'AbortError');
      return true;
    });
    assert.equal(api.calls, 1);
  });

  it('does not call dispatch at all when already aborted', async () => {
    const api = new ScriptedDispatch([{ visitId: '', status: 'requested' }]);
    await assert.rejects(waitForTechnician(api, 'v-313', { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.equal(api.calls, 0);
  });

  it('surfaces client cancellation as a regular error', async () => {
    const api = new ScriptedDispatch([{ visitId: '', status: 'cancelled' }]);
    await assert.rejects(waitForTechnician(api, 'v-314'), /cancelled by the client/);
  });
});
