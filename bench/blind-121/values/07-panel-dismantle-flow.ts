// expect: no-promise-as-value
// The guard tests !this.archive.hasPhotos(panel.id) without awaiting, and a promise is always truthy, so panels are dismantled without the mandatory before-photographs ever being taken.
export interface Panel {
  id: string;
  church: string;
  window: string;
  position: string;
  leadCondition: 'sound' | 'fatigued' | 'failed';
}

export interface PhotoArchive {
  hasPhotos(panelId: string): Promise<boolean>;
  store(panelId: string, images: Uint8Array[], tags: string[]): Promise<void>;
}

export interface Camera {
  capture(mode: 'transmitted' | 'reflected' | 'raking'): Promise<Uint8Array>;
}

export interface Workbench {
  rubbing(panelId: string): Promise<string>;
  unlead(panelId: string): Promise<number>;
}

export class DismantleFlow {
  constructor(
    private readonly archive: PhotoArchive,
    private readonly camera: Camera,
    private readonly bench: Workbench,
  ) {}

  private async photograph(panel: Panel): Promise<void> {
    const images = [
      await this.camera.capture('transmitted'),
      await this.camera.capture('reflected'),
      await this.camera.capture('raking'),
    ];
    await this.archive.store(panel.id, images, [panel.church, panel.window, panel.position, 'before-treatment']);
  }

  async dismantle(panel: Panel): Promise<{ panelId: string; rubbingRef: string; pieces: number }> {
    if (panel.leadCondition === 'sound') {
      throw new Error(`panel ${panel.id} has sound leading; consolidate in situ instead`);
    }

    if (!this.archive.hasPhotos(panel.id)) {
      await this.photograph(panel);
    }

    const rubbingRef = await this.bench.rubbing(panel.id);
    const pieces = await this.bench.unlead(panel.id);
    return { panelId: panel.id, rubbingRef, pieces };
  }

  async dismantleWindow(panels: Panel[]): Promise<number> {
    let total = 0;
    for (const panel of panels.filter((p) => p.leadCondition !== 'sound')) {
      const { pieces } = await this.dismantle(panel);
      total += pieces;
    }
    return total;
  }
}
