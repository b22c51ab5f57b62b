// expect: none
// The shared ready promise is intentionally memoised so every caller awaits the same one-time warm-up, and it is reset on failure so the next caller starts a fresh attempt.
export interface PassSnapshot {
  version: number;
  validTags: string[];
  revokedTags: string[];
}

export interface ResortBackend {
  downloadSnapshot(): Promise<PassSnapshot>;
}

export interface GateDecision {
  tagUid: string;
  open: boolean;
  reason: 'valid' | 'revoked' | 'unknown';
  snapshotVersion: number;
}

export class OfflinePassCache {
  private ready: Promise<void> | null = null;
  private valid = new Set<string>();
  private revoked = new Set<string>();
  private version = 0;

  constructor(private readonly backend: ResortBackend) {}

  private async warmUp(): Promise<void> {
    const snapshot = await this.backend.downloadSnapshot();
    this.valid = new Set(snapshot.validTags);
    this.revoked = new Set(snapshot.revokedTags);
    this.version = snapshot.version;
  }

  ensureReady(): Promise<void> {
    if (!this.ready) {
      this.ready = this.warmUp().catch((err: unknown) => {
        this.ready = null;
        throw err;
      });
    }
    return this.ready;
  }

  async check(tagUid: string): Promise<GateDecision> {
    await this.ensureReady();
    if (this.revoked.has(tagUid)) {
      return { tagUid, open: false, reason: 'revoked', snapshotVersion: this.version };
    }
    if (this.valid.has(tagUid)) {
      return { tagUid, open: true, reason: 'valid', snapshotVersion: this.version };
    }
    return { tagUid, open: false, reason: 'unknown', snapshotVersion: this.version };
  }

  async checkQueue(tagUids: string[]): Promise<GateDecision[]> {
    await this.ensureReady();
    return Promise.all(tagUids.map((t) => this.check(t)));
  }

  async refresh(): Promise<number> {
    this.ready = null;
    await this.ensureReady();
    return this.version;
  }
}
