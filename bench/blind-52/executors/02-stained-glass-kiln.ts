// expect: none
// The firing executor listens for 'fired', 'fault' and 'close', removes all listeners on whichever comes first, and clears its timer.
import { EventEmitter } from 'node:events';

export interface FiringProfile {
  panelId: string;
  peakCelsius: number;
  soakMinutes: number;
  annealMinutes: number;
}

export interface FiringResult {
  panelId: string;
  peakReached: number;
  durationMs: number;
}

declare function openKilnController(port: string): EventEmitter & {
  program(profile: FiringProfile): void;
  shutdown(): void;
};

declare const workshopDb: {
  saveFiring(result: FiringResult): Promise<void>;
  markPanelFailed(panelId: string, reason: string): Promise<void>;
};

export class KilnFaultError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'KilnFaultError';
  }
}

const SAFETY_MARGIN_MS = 20 * 60_000;

export function fireOnce(port: string, profile: FiringProfile): Promise<FiringResult> {
  const kiln = openKilnController(port);
  const budgetMs = (profile.soakMinutes + profile.annealMinutes) * 60_000 + SAFETY_MARGIN_MS;
  const startedAt = Date.now();

  return new Promise<FiringResult>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(watchdog);
      kiln.off('fired', onFired);
      kiln.off('fault', onFault);
      kiln.off('close', onClose);
    };
    const onFired = (peak: number) => {
      cleanup();
      resolve({ panelId: profile.panelId, peakReached: peak, durationMs: Date.now() - startedAt });
    };
    const onFault = (code: string, detail: string) => {
      cleanup();
      kiln.shutdown();
      reject(new KilnFaultError(code, detail));
    };
    const onClose = () => {
      cleanup();
      reject(new KilnFaultError('LINK_CLOSED', `controller on ${port} closed before firing finished`));
    };
    const watchdog = setTimeout(() => {
      cleanup();
      kiln.shutdown();
      reject(new KilnFaultError('OVERRUN', `firing ${profile.panelId} exceeded ${budgetMs} ms`));
    }, budgetMs);

    kiln.on('fired', onFired);
    kiln.on('fault', onFault);
    kiln.on('close', onClose);
    kiln.program(profile);
  });
}

export async function fireBatch(port: string, profiles: readonly FiringProfile[]): Promise<FiringResult[]> {
  const done: FiringResult[] = [];
  for (const profile of profiles) {
    try {
      const result = await fireOnce(port, profile);
      await workshopDb.saveFiring(result);
      done.push(result);
    } catch (err) {
      const reason = err instanceof KilnFaultError ? err.code : 'UNKNOWN';
      await workshopDb.markPanelFailed(profile.panelId, reason);
      if (reason === 'LINK_CLOSED') {
        throw err;
      }
    }
  }
  return done;
}

export function sortByPeak(results: FiringResult[]): FiringResult[] {
  return [...results].sort((a, b) => b.peakReached - a.peakReached);
}
