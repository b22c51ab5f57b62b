// expect: none
// Every sensor promise is awaited (together via Promise.all) before its value is put into the JSON body, the status line template and the `closed` truthiness check, so no Promise object ever stands in for a reading.
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';

interface DomeSensors {
  shutterClosed(): Promise<boolean>;
  azimuth(): Promise<number>;
  insideTempC(): Promise<number>;
  humidityPct(): Promise<number>;
}

export interface DomeStatus {
  shutter: 'open' | 'closed';
  azimuth: number;
  insideTempC: number;
  humidityPct: number;
  condensationRisk: boolean;
}

function dewPoint(tempC: number, humidity: number): number {
  const a = 17.27;
  const b = 237.7;
  const alpha = (a * tempC) / (b + tempC) + Math.log(humidity / 100);
  return (b * alpha) / (a - alpha);
}

export class DomeStatusEndpoint {
  private server: Server | undefined;

  constructor(private readonly sensors: DomeSensors) {}

  async snapshot(): Promise<DomeStatus> {
    const [closed, azimuth, insideTempC, humidityPct] = await Promise.all([
      this.sensors.shutterClosed(),
      this.sensors.azimuth(),
      this.sensors.insideTempC(),
      this.sensors.humidityPct(),
    ]);
    return {
      shutter: closed ? 'closed' : 'open',
      azimuth,
      insideTempC,
      humidityPct,
      condensationRisk: insideTempC - dewPoint(insideTempC, humidityPct) < 2,
    };
  }

  async statusLine(): Promise<string> {
    const s = await this.snapshot();
    return `dome ${s.shutter} az=${s.azimuth.toFixed(1)}° ${s.insideTempC.toFixed(1)}°C ${s.humidityPct}%RH`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.url === '/status.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`${await this.statusLine()}\n`);
      return;
    }
    const status = await this.snapshot();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(status));
  }

  listen(port: number): Server {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: Error) => {
        res.writeHead(503, { 'content-type': 'text/plain' }).end(`sensors unavailable: ${err.message}\n`);
      });
    });
    return this.server.listen(port);
  }

  close(): void {
    this.server?.close();
  }
}
