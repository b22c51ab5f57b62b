// expect: none
// The pending verification gets a .then(onFulfilled, onRejected) handler immediately, so it is observed while the test sleeps.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;

interface SentMessage {
  to: string;
  body: string;
}

class FakeSmsGateway {
  sent: SentMessage[] = [];
  async send(to: string, body: string): Promise<void> {
    this.sent.push({ to, body });
  }
  lastCode(): string | undefined {
    const last = this.sent.at(-1);
    return last?.body.match(/\d{6}/)?.[0];
  }
}

class TwoFactorService {
  private codes = new Map<string, { code: string; expiresAt: number }>();

  constructor(
    private readonly sms: FakeSmsGateway,
    private readonly ttlMs: number,
  ) {}

  async sendCode(phone: string): Promise<void> {
    const code = String(Math.floor(100000 + Math.random() * 900000));
    this.codes.set(phone, { code, expiresAt: Date.now() + this.ttlMs });
    await this.sms.send(phone, `Your login code is ${code}`);
  }

  async waitAndVerify(phone: string, input: () => Promise<string>): Promise<true> {
    const entered = await input();
    const entry = this.codes.get(phone);
    if (!entry || Date.now() > entry.expiresAt) {
      throw new Error('code expired');
    }
    if (entry.code !== entered) {
      throw new Error('code mismatch');
    }
    this.codes.delete(phone);
    return true;
  }
}

describe('TwoFactorService', () => {
  let sms: FakeSmsGateway;
  let service: TwoFactorService;

  beforeEach(() => {
    sms = new FakeSmsGateway();
    service = new TwoFactorService(sms, 30);
  });

  it('accepts the code that was sent', async () => {
    await service.sendCode('+15550100');
    const code = sms.lastCode();
    assert.ok(code);
    assert.equal(await service.waitAndVerify('+15550100', async () => code), true);
  });

  it('rejects a code entered after the ttl', async () => {
    await service.sendCode('+15550101');
    const code = sms.lastCode()!;

    const verification = service.waitAndVerify('+15550101', async () => {
      await sleep(60);
      return code;
    });
    const outcome = verification.then(
      () => null,
      (err: unknown) => err as Error,
    );

    await sleep(10);
    assert.equal(sms.sent.length, 1);

    const err = await outcome;
    assert.ok(err instanceof Error);
    assert.match(err.message, /expired/);
  });

  it('rejects a wrong code', async () => {
    await service.sendCode('+15550102');
    await assert.rejects(
      service.waitAndVerify('+15550102', async () => '000000'),
      /mismatch/,
    );
  });
});
