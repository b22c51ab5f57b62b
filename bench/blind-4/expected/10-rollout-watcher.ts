// expect: none
// The cached login promise is deliberately reused (a session is valid for many polls) and is dropped on rejection or on a 401 (one re-login per poll), while the rollout status is requested afresh on every iteration, so each poll sees current state.
import { setTimeout as sleep } from 'node:timers/promises';

interface Session {
  token: string;
  expiresAt: number;
}

interface RolloutStatus {
  phase: 'Pending' | 'Progressing' | 'Healthy' | 'Degraded';
  updatedReplicas: number;
  desiredReplicas: number;
  message?: string;
}

declare class HttpError extends Error {
  readonly status: number;
}

declare const deployApi: {
  login(clientId: string, secret: string, opts: { signal?: AbortSignal }): Promise<Session>;
  rolloutStatus(token: string, rolloutId: string, opts: { signal?: AbortSignal }): Promise<RolloutStatus>;
};

export class RolloutWatcher {
  private session: Promise<Session> | null = null;

  constructor(
    private readonly clientId: string,
    private readonly secret: string,
  ) {}

  private getSession(signal: AbortSignal): Promise<Session> {
    if (!this.session) {
      this.session = deployApi.login(this.clientId, this.secret, { signal }).catch((err) => {
        this.session = null;
        throw err;
      });
    }
    return this.session;
  }

  async waitUntilHealthy(rolloutId: string, signal: AbortSignal, onUpdate?: (s: RolloutStatus) => void): Promise<void> {
    let reauthenticated = false;
    for (;;) {
      const session = await this.getSession(signal);
      let status: RolloutStatus;
      try {
        status = await deployApi.rolloutStatus(session.token, rolloutId, { signal });
      } catch (err) {
        if (err instanceof HttpError && err.status === 401 && !reauthenticated) {
          this.session = null;
          reauthenticated = true;
          continue;
        }
        throw err;
      }
      reauthenticated = false;
      onUpdate?.(status);
      if (status.phase === 'Healthy') return;
      if (status.phase === 'Degraded') throw new Error(`rollout ${rolloutId} degraded: ${status.message ?? ''}`);
      await sleep(3_000, undefined, { signal });
    }
  }
}
