// expect: none
// The hooks call start()/stop() and return or await their promises; the async functions passed uncalled go to mock.fn/mock.method and to a notifier option that expects a function, and the test later checks their calls.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Shift {
  keeper: string;
  lock: string;
  from: Date;
  to: Date;
}

declare class RotaService {
  constructor(opts: {
    locks: string[];
    notify: (keeper: string, message: string) => Promise<void>;
    loadKeepers: () => Promise<string[]>;
  });
  start(): Promise<void>;
  stop(): Promise<void>;
  planWeek(weekStart: Date): Promise<Shift[]>;
  swap(a: string, b: string, day: Date): Promise<void>;
}

const keepers = ['Aoife', 'Bram', 'Cerys', 'Dafydd'];

describe('RotaService', () => {
  let rota: RotaService;
  let notify: ReturnType<typeof mock.fn<(keeper: string, message: string) => Promise<void>>>;
  const directory = {
    async list(): Promise<string[]> {
      return keepers;
    },
  };

  beforeEach(async () => {
    notify = mock.fn(async (_keeper: string, _message: string) => {});
    mock.method(directory, 'list', async () => keepers.slice(0, 3));
    rota = new RotaService({
      locks: ['Caen Hill 29', 'Caen Hill 30'],
      notify,
      loadKeepers: () => directory.list(),
    });
    await rota.start();
  });

  afterEach(() => {
    mock.restoreAll();
    return rota.stop();
  });

  it('covers every lock every day with the available keepers', async () => {
    const shifts = await rota.planWeek(new Date('2024-07-01T00:00:00Z'));
    assert.equal(shifts.length, 2 * 7);
    assert.ok(shifts.every((s) => keepers.slice(0, 3).includes(s.keeper)));
  });

  it('tells both keepers about a swap', async () => {
    await rota.planWeek(new Date('2024-07-01T00:00:00Z'));
    await rota.swap('Aoife', 'Bram', new Date('2024-07-03T00:00:00Z'));
    assert.equal(notify.mock.callCount(), 2);
    assert.deepEqual(
      notify.mock.calls.map((c) => c.arguments[0]).sort(),
      ['Aoife', 'Bram'],
    );
  });

  it('refuses a swap with a keeper who is not on the rota', async () => {
    await rota.planWeek(new Date('2024-07-01T00:00:00Z'));
    await assert.rejects(rota.swap('Aoife', 'Dafydd', new Date('2024-07-03T00:00:00Z')), /Dafydd is not on the rota/);
    assert.equal(notify.mock.callCount(), 0);
  });

  it('reloads keepers on restart', async () => {
    await rota.stop();
    await rota.start();
    const list = directory.list as unknown as ReturnType<typeof mock.fn>;
    assert.equal(list.mock.callCount(), 2);
  });
});
