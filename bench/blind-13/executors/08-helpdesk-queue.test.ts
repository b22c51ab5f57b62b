// expect: none
// The hand-rolled deferreds are each resolved or rejected exactly once by the test, and the router only awaits them, so success and failure both propagate to the awaited promise.
import assert from 'node:assert/strict';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => void): void;

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function createDeferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface Ticket {
  id: string;
  priority: 'low' | 'normal' | 'urgent';
  subject: string;
}

interface AgentDirectory {
  nextAvailable(skill: string): Promise<string>;
}

class TicketRouter {
  readonly assigned = new Map<string, string>();

  constructor(private readonly agents: AgentDirectory) {}

  async route(ticket: Ticket): Promise<string> {
    const skill = ticket.priority === 'urgent' ? 'tier2' : 'tier1';
    const agentId = await this.agents.nextAvailable(skill);
    this.assigned.set(ticket.id, agentId);
    return agentId;
  }
}

describe('TicketRouter', () => {
  let waiting: Map<string, Deferred<string>>;
  let router: TicketRouter;

  beforeEach(() => {
    waiting = new Map();
    router = new TicketRouter({
      nextAvailable(skill) {
        const d = createDeferred<string>();
        waiting.set(skill, d);
        return d.promise;
      },
    });
  });

  it('waits for a tier2 agent on urgent tickets', async () => {
    const routed = router.route({ id: 'HD-101', priority: 'urgent', subject: 'Payroll down' });
    await Promise.resolve();
    assert.ok(waiting.has('tier2'));
    assert.equal(router.assigned.size, 0);

    waiting.get('tier2')!.resolve('agent-ana');
    assert.equal(await routed, 'agent-ana');
    assert.equal(router.assigned.get('HD-101'), 'agent-ana');
  });

  it('propagates directory failures without assigning', async () => {
    const routed = router.route({ id: 'HD-102', priority: 'normal', subject: 'Printer jam' });
    await Promise.resolve();
    waiting.get('tier1')!.reject(new Error('directory unavailable'));

    await assert.rejects(routed, /directory unavailable/);
    assert.equal(router.assigned.has('HD-102'), false);
  });

  it('routes tickets independently', async () => {
    const a = router.route({ id: 'HD-201', priority: 'low', subject: 'Password reset' });
    const b = router.route({ id: 'HD-202', priority: 'urgent', subject: 'VPN outage' });
    await Promise.resolve();

    waiting.get('tier2')!.resolve('agent-bo');
    waiting.get('tier1')!.resolve('agent-cy');
    assert.deepEqual(await Promise.all([a, b]), ['agent-cy', 'agent-bo']);
  });
});
