// expect: no-swallowed-abort
// pushToCollar wraps every failure, including an AbortError, in a CollarPushError, so the rollout loop's abort check never matches.
export interface Collar {
  collarId: string;
  herd: string;
  firmware: string;
  batteryPct: number;
}

export interface RolloutOutcome {
  updated: string[];
  failed: Array<{ collarId: string; reason: string }>;
  skipped: string[];
  cancelled: boolean;
}

declare const satUplink: {
  sendImage(collarId: string, image: Uint8Array, options: { signal: AbortSignal }): Promise<void>;
  confirmVersion(collarId: string, options: { signal: AbortSignal }): Promise<string>;
};

declare const firmwareRepo: {
  image(version: string): Promise<Uint8Array>;
};

const MIN_BATTERY_FOR_FLASH = 35;

export class CollarPushError extends Error {
  constructor(readonly collarId: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CollarPushError';
  }
}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

async function pushToCollar(collar: Collar, version: string, image: Uint8Array, signal: AbortSignal): Promise<void> {
  try {
    await satUplink.sendImage(collar.collarId, image, { signal });
    const reported = await satUplink.confirmVersion(collar.collarId, { signal });
    if (reported !== version) {
      throw new Error(`collar reports ${reported} after flashing ${version}`);
    }
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new CollarPushError(collar.collarId, `firmware push to ${collar.collarId} failed: ${detail}`, { cause: err });
  }
}

export async function rollOut(
  collars: readonly Collar[],
  version: string,
  { signal }: { signal: AbortSignal },
): Promise<RolloutOutcome> {
  const outcome: RolloutOutcome = { updated: [], failed: [], skipped: [], cancelled: false };
  const image = await firmwareRepo.image(version);

  for (const collar of collars) {
    if (collar.firmware === version) {
      continue;
    }
    if (collar.batteryPct < MIN_BATTERY_FOR_FLASH) {
      outcome.skipped.push(collar.collarId);
      continue;
    }
    try {
      await pushToCollar(collar, version, image, signal);
      outcome.updated.push(collar.collarId);
    } catch (err) {
      if (isAbortError(err)) {
        outcome.cancelled = true;
        break;
      }
      outcome.failed.push({ collarId: collar.collarId, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return outcome;
}

export function herdsNeedingAttention(collars: readonly Collar[], outcome: RolloutOutcome): string[] {
  const failedIds = new Set(outcome.failed.map((f) => f.collarId));
  const herds = new Set<string>();
  for (const collar of collars) {
    if (failedIds.has(collar.collarId)) {
      herds.add(collar.herd);
    }
  }
  return [...herds].sort();
}
