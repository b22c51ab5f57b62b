// expect: no-swallowed-abort
// Bug: the retry loop treats every failure alike, so an AbortError from the caller's signal is retried and finally rethrown as a generic 'did not acknowledge' error.
interface TurnoutCommand {
  address: number;
  thrown: boolean;
}

interface Route {
  name: string;
  from: string;
  to: string;
  turnouts: TurnoutCommand[];
  signalAspect: 'clear' | 'caution' | 'danger';
  signalAddress: number;
}

declare const commandStation: {
  host: string;
  send(packet: Uint8Array, opts: { signal?: AbortSignal }): Promise<{ ack: boolean; current_mA: number }>;
};

function accessoryPacket(address: number, active: boolean): Uint8Array {
  const a = address - 1;
  const b1 = 0x80 | ((a >> 2) & 0x3f);
  const b2 = 0x80 | ((~(a >> 8) & 0x07) << 4) | ((a & 0x03) << 1) | (active ? 1 : 0);
  return Uint8Array.of(b1, b2, b1 ^ b2);
}

async function sendWithRetry(
  packet: Uint8Array,
  { signal, attempts = 4 }: { signal?: AbortSignal; attempts?: number },
): Promise<number> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await commandStation.send(packet, { signal });
      if (!res.ack) throw new Error('no acknowledgement from decoder');
      return res.current_mA;
    } catch (err) {
      lastError = err;
      if (attempt < attempts) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
  throw new Error(`decoder did not acknowledge after ${attempts} attempts`, { cause: lastError });
}

export async function setRoute(route: Route, signal?: AbortSignal): Promise<{ peakCurrent_mA: number }> {
  let peak = 0;
  for (const t of route.turnouts) {
    const mA = await sendWithRetry(accessoryPacket(t.address, t.thrown), { signal });
    peak = Math.max(peak, mA);
    if (mA > 1_800) {
      throw new Error(`turnout ${t.address} drew ${mA} mA on route ${route.name}; possible short`);
    }
  }
  const aspectOn = route.signalAspect !== 'danger';
  await sendWithRetry(accessoryPacket(route.signalAddress, aspectOn), { signal });
  return { peakCurrent_mA: peak };
}

export async function setTimetable(routes: readonly Route[], signal?: AbortSignal): Promise<string[]> {
  const done: string[] = [];
  for (const route of routes) {
    await setRoute(route, signal);
    done.push(`${route.from} -> ${route.to} (${route.name})`);
  }
  return done;
}
