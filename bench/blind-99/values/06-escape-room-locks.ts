// expect: none
// The vault code is awaited before the === comparison and the cached attempt count is awaited before ?? falls back, so the comparison and fallback operate on real values.
export interface VaultService {
  currentCode(roomId: string): Promise<string>;
  attemptsSoFar(roomId: string): Promise<number>;
}

export interface PropController {
  trigger(prop: 'vault-door' | 'smoke' | 'siren', roomId: string): Promise<void>;
}

export interface AttemptOutcome {
  roomId: string;
  accepted: boolean;
  attempts: number;
  lockedOut: boolean;
}

export class VaultKeypad {
  private readonly attempts = new Map<string, number>();

  constructor(
    private readonly vault: VaultService,
    private readonly props: PropController,
    private readonly maxAttempts = 5,
  ) {}

  private async attemptCount(roomId: string): Promise<number> {
    return this.attempts.get(roomId) ?? (await this.vault.attemptsSoFar(roomId));
  }

  async submit(roomId: string, entered: string): Promise<AttemptOutcome> {
    const previous = await this.attemptCount(roomId);
    if (previous >= this.maxAttempts) {
      return { roomId, accepted: false, attempts: previous, lockedOut: true };
    }
    const attempts = previous + 1;
    this.attempts.set(roomId, attempts);

    const expected = await this.vault.currentCode(roomId);
    if (entered.trim() === expected) {
      await this.props.trigger('vault-door', roomId);
      this.attempts.delete(roomId);
      return { roomId, accepted: true, attempts, lockedOut: false };
    }

    const lockedOut = attempts >= this.maxAttempts;
    if (lockedOut) await this.props.trigger('siren', roomId);
    return { roomId, accepted: false, attempts, lockedOut };
  }

  reset(roomId: string): void {
    this.attempts.delete(roomId);
  }
}
