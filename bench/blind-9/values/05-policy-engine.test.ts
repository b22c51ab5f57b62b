// expect: no-promise-as-value
// canPerform() is async; assert.ok receives the pending promise, which is always truthy, so the "admin may delete" test passes even when the policy denies it.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type Action = 'read' | 'write' | 'delete';

interface Principal {
  id: string;
  roles: string[];
  orgId: string;
}

interface PolicyStore {
  rulesFor(orgId: string): Promise<Array<{ role: string; actions: Action[] }>>;
}

class PolicyEngine {
  constructor(private readonly store: PolicyStore) {}

  async canPerform(who: Principal, action: Action): Promise<boolean> {
    const rules = await this.store.rulesFor(who.orgId);
    return rules.some((r) => who.roles.includes(r.role) && r.actions.includes(action));
  }
}

function memoryStore(rules: Record<string, Array<{ role: string; actions: Action[] }>>): PolicyStore {
  return {
    async rulesFor(orgId) {
      return rules[orgId] ?? [];
    },
  };
}

describe('PolicyEngine', () => {
  let engine: PolicyEngine;
  const admin: Principal = { id: 'u1', roles: ['admin'], orgId: 'acme' };
  const viewer: Principal = { id: 'u2', roles: ['viewer'], orgId: 'acme' };

  beforeEach(() => {
    engine = new PolicyEngine(
      memoryStore({
        acme: [
          { role: 'admin', actions: ['read', 'write'] },
          { role: 'viewer', actions: ['read'] },
        ],
      }),
    );
  });

  it('lets viewers read', async () => {
    assert.equal(await engine.canPerform(viewer, 'read'), true);
  });

  it('denies viewers write access', async () => {
    assert.equal(await engine.canPerform(viewer, 'write'), false);
  });

  it('lets admins delete records', () => {
    assert.ok(engine.canPerform(admin, 'delete'), 'admin should be able to delete');
  });

  it('denies everything for unknown orgs', async () => {
    const stranger: Principal = { id: 'u3', roles: ['admin'], orgId: 'globex' };
    assert.equal(await engine.canPerform(stranger, 'read'), false);
  });
});
