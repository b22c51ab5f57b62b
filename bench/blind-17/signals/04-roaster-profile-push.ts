// expect: none
// The ack/timeout race clears its timer and aborts the once() listener in finally, and the caller's signal is folded into the same controller.
import { EventEmitter, once } from 'node:events';

export interface RoastProfile {
  id: string;
  name: string;
  chargeTempC: number;
  curve: Array<{ atSecond: number; beanTempC: number; fanPct: number }>;
  dropTempC: number;
}

export interface RoasterLink extends EventEmitter {
  readonly serial: string;
  write(frame: Buffer): void;
}

export class ProfileAckTimeout extends Error {
  constructor(serial: string, ms: number) {
    super(`roaster ${serial} did not confirm profile within ${ms}ms`);
    this.name = 'ProfileAckTimeout';
  }
}

function encodeProfile(profile: RoastProfile): Buffer {
  const header = Buffer.from(`PRF1:${profile.id}:${profile.curve.length}:`, 'ascii');
  const points = Buffer.alloc(profile.curve.length * 6);
  profile.curve.forEach((p, i) => {
    points.writeUInt16BE(p.atSecond, i * 6);
    points.writeUInt16BE(Math.round(p.beanTempC * 10), i * 6 + 2);
    points.writeUInt16BE(p.fanPct, i * 6 + 4);
  });
  return Buffer.concat([header, points]);
}

/**
 * Sends a roast profile to the machine and waits for the firmware to
 * echo the profile id back on the 'profile-ack' event.
 */
export async function pushProfile(
  link: RoasterLink,
  profile: RoastProfile,
  { signal, ackTimeoutMs = 8_000 }: { signal?: AbortSignal; ackTimeoutMs?: number } = {},
): Promise<void> {
  signal?.throwIfAborted();

  const local = new AbortController();
  const listenSignal = signal ? AbortSignal.any([signal, local.signal]) : local.signal;
  let timer: NodeJS.Timeout | undefined;

  const ack = (async () => {
    for (;;) {
      const [ackedId] = (await once(link, 'profile-ack', { signal: listenSignal })) as [string];
      if (ackedId === profile.id) return;
    }
  })();

  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProfileAckTimeout(link.serial, ackTimeoutMs)), ackTimeoutMs);
  });

  link.write(encodeProfile(profile));

  try {
    await Promise.race([ack, deadline]);
  } finally {
    clearTimeout(timer);
    local.abort();
  }
}

export async function pushProfiles(link: RoasterLink, profiles: RoastProfile[], signal?: AbortSignal): Promise<string[]> {
  const pushed: string[] = [];
  for (const profile of profiles) {
    await pushProfile(link, profile, { signal });
    pushed.push(profile.id);
  }
  return pushed;
}
