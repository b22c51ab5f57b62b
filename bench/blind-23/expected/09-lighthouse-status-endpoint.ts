// expect: no-uncalled-async-function
// The status payload stores the lastRotationCheck async method itself instead of its awaited result, so JSON.stringify silently drops the field from every response.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';

interface MaintenanceEntry {
  task: 'lamp-change' | 'lens-clean' | 'rotation-check' | 'battery-test';
  completedAt: string;
  keeper: string;
}

declare const lampController: {
  burnHours(): Promise<number>;
  lensTemperatureC(): Promise<number>;
  onBatteryBackup(): Promise<boolean>;
};

export class LighthouseMonitor {
  private readonly startedAt = Date.now();

  constructor(
    private readonly stationName: string,
    private readonly logPath: string,
  ) {}

  private async maintenanceLog(): Promise<MaintenanceEntry[]> {
    try {
      return JSON.parse(await readFile(this.logPath, 'utf8')) as MaintenanceEntry[];
    } catch {
      return [];
    }
  }

  async lastRotationCheck(): Promise<string | null> {
    const entries = await this.maintenanceLog();
    const checks = entries.filter((e) => e.task === 'rotation-check').map((e) => e.completedAt);
    return checks.sort().at(-1) ?? null;
  }

  async lampChangeDue(): Promise<boolean> {
    const hours = await lampController.burnHours();
    return hours > 2_000;
  }

  async statusPayload(): Promise<Record<string, unknown>> {
    const [burnHours, lensTempC, onBattery, lampChangeDue] = await Promise.all([
      lampController.burnHours(),
      lampController.lensTemperatureC(),
      lampController.onBatteryBackup(),
      this.lampChangeDue(),
    ]);

    return {
      station: this.stationName,
      uptimeSec: Math.round((Date.now() - this.startedAt) / 1000),
      burnHours,
      lensTempC,
      onBattery,
      lampChangeDue,
      lastRotationCheck: this.lastRotationCheck,
    };
  }

  listen(port: number): void {
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      if (req.method !== 'GET' || req.url !== '/status') {
        res.writeHead(404).end();
        return;
      }
      this.statusPayload()
        .then((payload) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(payload));
        })
        .catch((err: unknown) => {
          res.writeHead(503, { 'content-type': 'text/plain' });
          res.end(String(err));
        });
    });
    server.listen(port);
  }
}
