// expect: none
// The server's port is read only after awaiting once(server, 'listening'), and the event-fed lastSample is read later by request handlers, never synchronously after wiring.
import { createServer, type Server } from 'node:http';
import { once, type EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';

export interface IceSample {
  sheet: string;
  surfaceC: number;
  brineSupplyC: number;
  humidityPct: number;
  at: number;
}

declare const brineSensors: EventEmitter;

const STALE_AFTER_MS = 30_000;

export class IceTelemetryServer {
  private lastSample = new Map<string, IceSample>();
  private server?: Server;

  constructor() {
    brineSensors.on('sample', (sample: IceSample) => {
      this.lastSample.set(sample.sheet, sample);
    });
  }

  private snapshot(): Array<IceSample & { stale: boolean }> {
    const now = Date.now();
    return [...this.lastSample.values()]
      .sort((a, b) => a.sheet.localeCompare(b.sheet))
      .map((s) => ({ ...s, stale: now - s.at > STALE_AFTER_MS }));
  }

  private dewPointWarning(sample: IceSample): boolean {
    const a = 17.27;
    const b = 237.7;
    const gamma = (a * 10) / (b + 10) + Math.log(sample.humidityPct / 100);
    const dewPoint = (b * gamma) / (a - gamma);
    return dewPoint > sample.surfaceC;
  }

  async listen(port = 0): Promise<number> {
    const server = createServer((req, res) => {
      if (req.url !== '/sheets') {
        res.writeHead(404).end();
        return;
      }
      const sheets = this.snapshot().map((s) => ({ ...s, frostRisk: this.dewPointWarning(s) }));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ generatedAt: new Date().toISOString(), sheets }));
    });
    server.listen(port);
    await once(server, 'listening');
    this.server = server;
    const { port: actualPort } = server.address() as AddressInfo;
    return actualPort;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.close();
    await once(server, 'close');
  }
}
