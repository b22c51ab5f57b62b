// expect: no-unobserved-promise
// The multi-channel test starts every fetchWaveform() up front and then awaits them one at a time, so if a later channel rejects while an earlier one is still pending, that rejection has no handler yet and surfaces as an unhandled rejection that fails the run outside the test.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Channel = 'HHZ' | 'HHN' | 'HHE';

interface Waveform {
  station: string;
  channel: Channel;
  sampleRate: number;
  counts: number[];
}

class WaveformClient {
  constructor(private readonly baseUrl: string) {}

  async fetchWaveform(station: string, channel: Channel): Promise<Waveform> {
    const res = await fetch(`${this.baseUrl}/waveform/${station}/${channel}`);
    if (!res.ok) throw new Error(`${station}.${channel}: HTTP ${res.status}`);
    return (await res.json()) as Waveform;
  }
}

function fakeArchive(delays: Partial<Record<Channel, number>>, failing: Channel[] = []): Server {
  return createServer((req, res) => {
    const [, , station, channel] = (req.url ?? '').split('/') as [string, string, string, Channel];
    const delay = delays[channel] ?? 0;
    setTimeout(() => {
      if (failing.includes(channel)) {
        res.writeHead(503).end();
        return;
      }
      const body: Waveform = { station, channel, sampleRate: 100, counts: [12, -4, 7, 3] };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }, delay);
  });
}

describe('WaveformClient', () => {
  let server: Server;
  let client: WaveformClient;

  const listen = async (s: Server): Promise<void> => {
    server = s;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    client = new WaveformClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  };

  beforeEach(async () => {
    await listen(fakeArchive({ HHZ: 40, HHN: 5, HHE: 10 }));
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('fetches all three components of a station', async () => {
    const channels: Channel[] = ['HHZ', 'HHN', 'HHE'];
    const pending = channels.map((channel) => client.fetchWaveform('UW.RATT', channel));
    const waveforms: Waveform[] = [];
    for (const p of pending) {
      waveforms.push(await p);
    }
    assert.deepEqual(
      waveforms.map((w) => w.channel),
      channels,
    );
    assert.ok(waveforms.every((w) => w.sampleRate === 100));
  });

  it('reports the failing channel by name', async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await listen(fakeArchive({}, ['HHE']));
    await assert.rejects(client.fetchWaveform('UW.RATT', 'HHE'), /UW\.RATT\.HHE: HTTP 503/);
  });
});
