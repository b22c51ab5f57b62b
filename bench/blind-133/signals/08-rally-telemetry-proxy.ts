// expect: none
// Both upstream fetches receive request.signal, so when the client disconnects the weather lookup and the streamed telemetry body are cancelled with it.
export interface ProxyConfig {
  telemetryUpstream: string;
  weatherUpstream: string;
  apiKey: string;
}

interface Irradiance {
  wattsPerSquareMetre: number;
  cloudCover: number;
}

function frameFilter(minIntervalMs: number): TransformStream<string, string> {
  let pending = '';
  let lastEmitted = 0;
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const t = Number(line.split(',', 1)[0]);
        if (Number.isNaN(t) || t - lastEmitted < minIntervalMs) continue;
        lastEmitted = t;
        controller.enqueue(line + '\n');
      }
    },
  });
}

export async function handleTelemetryRequest(request: Request, config: ProxyConfig): Promise<Response> {
  const url = new URL(request.url);
  const car = url.searchParams.get('car');
  const stage = url.searchParams.get('stage');
  if (!car || !stage) return new Response('car and stage are required', { status: 400 });
  const everyMs = Math.max(200, Number(url.searchParams.get('everyMs') ?? 1000));

  const weatherRes = await fetch(`${config.weatherUpstream}/irradiance?stage=${encodeURIComponent(stage)}`, {
    signal: request.signal,
  });
  let weather: Irradiance | undefined;
  if (weatherRes.ok) weather = (await weatherRes.json()) as Irradiance;
  else await weatherRes.body?.cancel();

  const upstream = await fetch(
    `${config.telemetryUpstream}/stages/${encodeURIComponent(stage)}/cars/${encodeURIComponent(car)}/frames`,
    { signal: request.signal, headers: { 'x-api-key': config.apiKey } },
  );
  if (!upstream.ok || !upstream.body) {
    await upstream.body?.cancel();
    return new Response(`telemetry upstream answered ${upstream.status}`, { status: 502 });
  }

  const body = upstream.body
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(frameFilter(everyMs))
    .pipeThrough(new TextEncoderStream());

  const headers = new Headers({ 'content-type': 'text/csv; charset=utf-8', 'cache-control': 'no-store' });
  if (weather) {
    headers.set('x-irradiance-wm2', String(weather.wattsPerSquareMetre));
    headers.set('x-cloud-cover', weather.cloudCover.toFixed(2));
  }
  return new Response(body, { headers });
}
