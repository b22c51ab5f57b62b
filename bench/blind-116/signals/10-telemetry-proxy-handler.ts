// expect: none
// The handler forwards req.signal to the upstream telemetry fetch and to the cancellable setTimeout used for pacing, so a client disconnect stops both.
import { setTimeout as delay } from 'node:timers/promises';

export interface TelemetryFrame {
  spacecraft: string;
  vcid: number;
  seq: number;
  hex: string;
}

export interface ProxyConfig {
  upstream: string;
  maxFrames: number;
  paceMs: number;
}

function parseFrames(text: string, spacecraft: string): TelemetryFrame[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [vcid, seq, hex] = line.split(' ');
      return { spacecraft, vcid: Number(vcid), seq: Number(seq), hex };
    });
}

export function makeTelemetryHandler(config: ProxyConfig) {
  return async function handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const spacecraft = url.searchParams.get('sc');
    if (!spacecraft) return new Response('missing ?sc=', { status: 400 });

    const upstream = await fetch(`${config.upstream}/frames/${encodeURIComponent(spacecraft)}`, {
      signal: req.signal,
      headers: { accept: 'text/plain' },
    });
    if (!upstream.ok) return new Response(`upstream ${upstream.status}`, { status: 502 });

    const frames = parseFrames(await upstream.text(), spacecraft).slice(0, config.maxFrames);
    const encoder = new TextEncoder();
    const signal = req.signal;

    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const frame = frames.shift();
        if (!frame) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(JSON.stringify(frame) + '\n'));
        await delay(config.paceMs, undefined, { signal });
      },
    });

    return new Response(body, { headers: { 'content-type': 'application/x-ndjson' } });
  };
}

export function framesPerSecond(paceMs: number): number {
  return paceMs <= 0 ? Infinity : 1000 / paceMs;
}

export function gaps(frames: TelemetryFrame[]): number[] {
  const missing: number[] = [];
  for (let i = 1; i < frames.length; i++) {
    for (let s = frames[i - 1].seq + 1; s < frames[i].seq; s++) missing.push(s);
  }
  return missing;
}
