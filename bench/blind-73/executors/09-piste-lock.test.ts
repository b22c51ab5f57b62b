// expect: no-multiple-settle
// In lockPiste the EBUSY branch only records a warning and returns, so a busy scoring box leaves the promise pending and the hook hangs.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

type Weapon = 'foil' | 'epee' | 'sabre';

interface LockToken {
  pisteId: string;
  bout: number;
}

interface ScoringError extends Error {
  code: 'EBUSY' | 'ENOPISTE' | 'EWIRE';
}

interface ScoringBox {
  lock(pisteId: string, cb: (err: ScoringError | null, token?: LockToken) => void): void;
  release(token: LockToken): void;
  registerTouch(token: LockToken, fencer: 'left' | 'right', at: number): void;
  score(token: LockToken): { left: number; right: number };
  configure(pisteId: string, weapon: Weapon): void;
}

declare function createScoringBox(opts: { lockoutMs: Record<Weapon, number> }): ScoringBox;

const warnings: string[] = [];

function lockPiste(box: ScoringBox, pisteId: string): Promise<LockToken> {
  return new Promise<LockToken>((resolve, reject) => {
    box.lock(pisteId, (err, token) => {
      if (err) {
        if (err.code === 'EBUSY') {
          warnings.push(`piste ${pisteId} busy, waiting for previous bout to release`);
          return;
        }
        reject(err);
        return;
      }
      if (!token) {
        reject(new Error(`scoring box returned no token for ${pisteId}`));
        return;
      }
      resolve(token);
    });
  });
}

describe('piste scoring box', () => {
  let box: ScoringBox;
  let token: LockToken;

  beforeEach(async () => {
    warnings.length = 0;
    box = createScoringBox({ lockoutMs: { foil: 300, epee: 45, sabre: 170 } });
    box.configure('P3', 'epee');
    token = await lockPiste(box, 'P3');
  });

  it('counts a single touch', () => {
    box.registerTouch(token, 'left', 1_000);
    expect(box.score(token)).toEqual({ left: 1, right: 0 });
  });

  it('awards a double touch inside the epee lockout window', () => {
    box.registerTouch(token, 'left', 1_000);
    box.registerTouch(token, 'right', 1_030);
    expect(box.score(token)).toEqual({ left: 1, right: 1 });
  });

  it('ignores the late touch outside the lockout window', () => {
    box.registerTouch(token, 'left', 1_000);
    box.registerTouch(token, 'right', 1_060);
    expect(box.score(token)).toEqual({ left: 1, right: 0 });
  });

  it('hands the piste to the next bout after release', async () => {
    box.release(token);
    const next = await lockPiste(box, 'P3');
    expect(next.bout).toBe(token.bout + 1);
    expect(warnings).toHaveLength(0);
  });
});
