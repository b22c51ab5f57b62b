// expect: none
// Errors are wrapped in a FurnaceUploadError for context, but when the signal is aborted the original AbortError is rethrown untouched so callers still see a cancellation.
export interface FiringStep {
  rampCPerHour: number;
  targetC: number;
  holdMin: number;
}

export interface FurnaceProfile {
  name: string;
  furnaceId: string;
  steps: FiringStep[];
}

export class FurnaceUploadError extends Error {
  override name = 'FurnaceUploadError';
  constructor(
    message: string,
    readonly furnaceId: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const MAX_TARGET_C = 1_260;

function checkProfile(profile: FurnaceProfile): void {
  if (profile.steps.length === 0) throw new RangeError(`profile ${profile.name} has no steps`);
  for (const [i, step] of profile.steps.entries()) {
    if (step.targetC > MAX_TARGET_C) {
      throw new RangeError(`step ${i + 1} of ${profile.name} targets ${step.targetC}C, above the ${MAX_TARGET_C}C crown limit`);
    }
    if (step.rampCPerHour <= 0 || step.rampCPerHour > 600) {
      throw new RangeError(`step ${i + 1} of ${profile.name} ramps at ${step.rampCPerHour}C/h`);
    }
  }
}

export async function uploadProfile(
  controllerUrl: string,
  profile: FurnaceProfile,
  signal: AbortSignal,
): Promise<{ revision: number }> {
  checkProfile(profile);
  try {
    const res = await fetch(`${controllerUrl}/furnaces/${encodeURIComponent(profile.furnaceId)}/profiles`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(profile),
      signal,
    });
    if (!res.ok) {
      throw new Error(`controller rejected profile: ${res.status} ${await res.text()}`);
    }
    return (await res.json()) as { revision: number };
  } catch (err) {
    if (signal.aborted) throw err;
    throw new FurnaceUploadError(
      `uploading "${profile.name}" to furnace ${profile.furnaceId} failed: ${err instanceof Error ? err.message : String(err)}`,
      profile.furnaceId,
      { cause: err },
    );
  }
}

export async function uploadAll(
  controllerUrl: string,
  profiles: FurnaceProfile[],
  signal: AbortSignal,
): Promise<Map<string, number>> {
  const revisions = new Map<string, number>();
  for (const profile of profiles) {
    const { revision } = await uploadProfile(controllerUrl, profile, signal);
    revisions.set(`${profile.furnaceId}/${profile.name}`, revision);
  }
  return revisions;
}
