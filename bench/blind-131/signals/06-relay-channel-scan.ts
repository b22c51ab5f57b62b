// expect: none
// The probe races a deadline whose timer is cleared in finally, and the probe's own controller is aborted there too, so neither side of the race outlives it.
export interface ProbeResult {
  channel: number;
  relayId: string;
  snrDb: number;
}

export interface RadioClient {
  probe(channel: number, options: { signal: AbortSignal }): Promise<ProbeResult>;
}

export async function probeChannel(
  radio: RadioClient,
  channel: number,
  listenMs: number,
  parent?: AbortSignal,
): Promise<ProbeResult | 'silent'> {
  const controller = new AbortController();
  const signal = parent ? AbortSignal.any([parent, controller.signal]) : controller.signal;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const quiet = new Promise<'silent'>((resolve) => {
    timer = setTimeout(() => resolve('silent'), listenMs);
  });

  try {
    return await Promise.race([radio.probe(channel, { signal }), quiet]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

export interface BandScan {
  heard: ProbeResult[];
  silent: number[];
}

export async function scanBand(
  radio: RadioClient,
  channels: number[],
  options: { listenMs?: number; signal?: AbortSignal } = {},
): Promise<BandScan> {
  const listenMs = options.listenMs ?? 1_500;
  const scan: BandScan = { heard: [], silent: [] };
  for (const channel of channels) {
    options.signal?.throwIfAborted();
    const result = await probeChannel(radio, channel, listenMs, options.signal);
    if (result === 'silent') scan.silent.push(channel);
    else scan.heard.push(result);
  }
  scan.heard.sort((a, b) => b.snrDb - a.snrDb);
  return scan;
}

export function bestRelay(scan: BandScan, minSnrDb = 6): ProbeResult | undefined {
  return scan.heard.find((r) => r.snrDb >= minSnrDb);
}
