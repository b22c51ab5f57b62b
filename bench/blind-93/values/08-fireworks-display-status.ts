// expect: no-promise-as-value
// `armed: controller.isArmed(id)` puts a pending promise into the JSON response; it serialises as {} and the dashboard reads it as truthy.
interface Req {
  params: { displayId: string };
  query: Record<string, string | undefined>;
}

interface Res {
  status(code: number): Res;
  json(body: unknown): void;
  setHeader(name: string, value: string): void;
}

declare const app: { get(path: string, handler: (req: Req, res: Res) => Promise<void>): void };

interface DisplayRecord {
  id: string;
  site: string;
  showTime: string;
  windLimitMs: number;
  modules: number;
}

declare const displays: { find(id: string): Promise<DisplayRecord | null> };
declare const weather: { windAt(site: string): Promise<{ speedMs: number; gustMs: number; bearing: number }> };

class FiringController {
  private readonly armedAt = new Map<string, number>();

  async isArmed(displayId: string): Promise<boolean> {
    const since = this.armedAt.get(displayId);
    if (since === undefined) return false;
    // the hardware auto-disarms after 30 minutes; ask the key switch to be sure
    return Date.now() - since < 30 * 60_000 && (await this.keySwitchOn(displayId));
  }

  private async keySwitchOn(displayId: string): Promise<boolean> {
    const res = await fetch(`http://firing-panel.local/displays/${displayId}/key`);
    return res.ok && ((await res.json()) as { on: boolean }).on;
  }

  markArmed(displayId: string): void {
    this.armedAt.set(displayId, Date.now());
  }
}

const controller = new FiringController();

app.get('/displays/:displayId/status', async (req, res) => {
  const display = await displays.find(req.params.displayId);
  if (!display) {
    res.status(404).json({ error: 'unknown display' });
    return;
  }

  const wind = await weather.windAt(display.site);
  const windOk = wind.gustMs <= display.windLimitMs;

  res.setHeader('cache-control', 'no-store');
  res.status(200).json({
    id: display.id,
    site: display.site,
    showTime: display.showTime,
    modules: display.modules,
    armed: controller.isArmed(display.id),
    wind: { ...wind, withinLimit: windOk },
    goNoGo: windOk ? 'GO' : 'HOLD',
  });
});

export { controller };
