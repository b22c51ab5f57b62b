// expect: none
// The client re-awaits its one session promise on purpose (a shared login, dropped and recreated after a failure) and the permit retry calls the API afresh on every attempt, so nothing treats a settled promise as a new attempt.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Session {
  token: string;
  expiresAt: number;
}

interface PermitApi {
  login(operatorId: string): Promise<Session>;
  requestPermit(token: string, caveId: string, groupSize: number): Promise<{ permitNo: string }>;
  logout(token: string): Promise<void>;
}

class PermitClient {
  private session: Promise<Session> | null = null;

  constructor(
    private readonly api: PermitApi,
    private readonly operatorId: string,
    private readonly pause: (ms: number) => Promise<void>,
  ) {}

  private login(): Promise<Session> {
    this.session ??= this.api.login(this.operatorId).catch((err: unknown) => {
      this.session = null;
      throw err;
    });
    return this.session;
  }

  async permit(caveId: string, groupSize: number, attempts = 3): Promise<string> {
    const { token } = await this.login();
    for (let i = 1; ; i++) {
      try {
        const { permitNo } = await this.api.requestPermit(token, caveId, groupSize);
        return permitNo;
      } catch (err) {
        if (i >= attempts) throw err;
        await this.pause(200 * i);
      }
    }
  }

  async close(): Promise<void> {
    if (!this.session) return;
    const { token } = await this.session;
    this.session = null;
    await this.api.logout(token);
  }
}

describe('PermitClient', () => {
  let api: { [K in keyof PermitApi]: ReturnType<typeof mock.fn<PermitApi[K]>> };
  let pause: ReturnType<typeof mock.fn<(ms: number) => Promise<void>>>;
  let client: PermitClient;

  beforeEach(() => {
    api = {
      login: mock.fn<PermitApi['login']>(async () => ({ token: 't-1', expiresAt: Date.now() + 3600_000 })),
      requestPermit: mock.fn<PermitApi['requestPermit']>(async (_t, caveId) => ({ permitNo: `${caveId}-0042` })),
      logout: mock.fn<PermitApi['logout']>(async () => undefined),
    };
    pause = mock.fn(async () => undefined);
    client = new PermitClient(api, 'glacier-guides-ehf', pause);
  });

  afterEach(async () => {
    await client.close();
    mock.restoreAll();
  });

  it('logs in once for concurrent permits', async () => {
    const permits = await Promise.all([client.permit('svinafell', 8), client.permit('katla', 6)]);
    assert.deepEqual(permits, ['svinafell-0042', 'katla-0042']);
    assert.equal(api.login.mock.callCount(), 1);
  });

  it('asks the permit office again on each retry', async () => {
    api.requestPermit.mock.mockImplementationOnce(async () => {
      throw new Error('office busy');
    });
    assert.equal(await client.permit('breidamerkur', 10), 'breidamerkur-0042');
    assert.equal(api.requestPermit.mock.callCount(), 2);
    assert.deepEqual(pause.mock.calls.map((c) => c.arguments[0]), [200]);
  });

  it('logs in again after a failed login', async () => {
    api.login.mock.mockImplementationOnce(async () => {
      throw new Error('bad credentials');
    });
    await assert.rejects(client.permit('katla', 4), /bad credentials/);
    assert.equal(await client.permit('katla', 4), 'katla-0042');
    assert.equal(api.login.mock.callCount(), 2);
  });
});
