// expect: none
// Correct: the in-flight map holds promises, so `inflight.get(key) ?? startRender(key)` chooses between two promises and the result is awaited.
export interface CanopyDesign {
  parasolId: string;
  motif: 'wisteria' | 'crane' | 'wave' | 'plain';
  colours: string[];
  diameterCm: number;
  ribs: number;
}

export interface RenderedPanel {
  parasolId: string;
  panelIndex: number;
  pngPath: string;
}

declare const stencilRenderer: {
  renderPanel(design: CanopyDesign, panelIndex: number): Promise<string>;
};

declare const cutter: {
  queue(panels: RenderedPanel[]): Promise<{ jobId: string }>;
};

function designKey(design: CanopyDesign): string {
  return [design.parasolId, design.motif, design.colours.join('+'), design.diameterCm, design.ribs].join('|');
}

export class CanopyRenderCache {
  private readonly done = new Map<string, RenderedPanel[]>();
  private readonly inflight = new Map<string, Promise<RenderedPanel[]>>();

  constructor(private readonly maxEntries = 200) {}

  async panels(design: CanopyDesign): Promise<RenderedPanel[]> {
    const key = designKey(design);
    const cached = this.done.get(key);
    if (cached) return cached;

    const pending = this.inflight.get(key) ?? this.startRender(key, design);
    return await pending;
  }

  get rendering(): number {
    return this.inflight.size;
  }

  private startRender(key: string, design: CanopyDesign): Promise<RenderedPanel[]> {
    const job = this.render(design).then(
      (panels) => {
        this.inflight.delete(key);
        this.remember(key, panels);
        return panels;
      },
      (err: unknown) => {
        this.inflight.delete(key);
        throw err;
      },
    );
    this.inflight.set(key, job);
    return job;
  }

  private async render(design: CanopyDesign): Promise<RenderedPanel[]> {
    // One panel per gap between ribs; washi is cut panel by panel.
    const indices = Array.from({ length: design.ribs }, (_, i) => i);
    const paths = await Promise.all(indices.map((i) => stencilRenderer.renderPanel(design, i)));
    return paths.map((pngPath, panelIndex) => ({ parasolId: design.parasolId, panelIndex, pngPath }));
  }

  private remember(key: string, panels: RenderedPanel[]): void {
    if (this.done.size >= this.maxEntries) {
      const oldest = this.done.keys().next().value;
      if (oldest !== undefined) this.done.delete(oldest);
    }
    this.done.set(key, panels);
  }
}

export async function sendToCutter(cache: CanopyRenderCache, designs: CanopyDesign[]): Promise<string> {
  const all = await Promise.all(designs.map((d) => cache.panels(d)));
  const { jobId } = await cutter.queue(all.flat());
  return jobId;
}
