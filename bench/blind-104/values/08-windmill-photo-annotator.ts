// expect: no-read-before-settle
// sailWidthPx is assigned in the image's load listener but read right after setting src, before the image has loaded, so the canvas is sized 0×0 and every annotation scale is computed from zero.
export interface Annotation {
  label: string;
  xM: number;
  yM: number;
  kind: 'rot' | 'crack' | 'missing-slat' | 'loose-bolt';
}

export interface SailPhoto {
  url: string;
  sailLengthM: number;
  annotations: Annotation[];
}

const COLOURS: Record<Annotation['kind'], string> = {
  rot: '#8b4513',
  crack: '#d62828',
  'missing-slat': '#f77f00',
  'loose-bolt': '#457b9d',
};

export class SailAnnotator {
  private readonly ctx: CanvasRenderingContext2D;

  constructor(private readonly canvas: HTMLCanvasElement) {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('2D canvas not supported');
    this.ctx = ctx;
  }

  show(photo: SailPhoto): void {
    const img = new Image();
    img.crossOrigin = 'anonymous';
    let sailWidthPx = 0;
    let sailHeightPx = 0;
    img.addEventListener('load', () => {
      sailWidthPx = img.naturalWidth;
      sailHeightPx = img.naturalHeight;
      this.ctx.drawImage(img, 0, 0);
    });
    img.src = photo.url;

    this.canvas.width = sailWidthPx;
    this.canvas.height = sailHeightPx;
    const pxPerMetre = sailWidthPx / photo.sailLengthM;

    for (const a of photo.annotations) {
      const x = a.xM * pxPerMetre;
      const y = a.yM * pxPerMetre;
      this.ctx.strokeStyle = COLOURS[a.kind];
      this.ctx.lineWidth = 3;
      this.ctx.beginPath();
      this.ctx.arc(x, y, 18, 0, Math.PI * 2);
      this.ctx.stroke();
      this.ctx.fillStyle = COLOURS[a.kind];
      this.ctx.font = '14px sans-serif';
      this.ctx.fillText(a.label, x + 22, y + 5);
    }
  }

  exportPng(): Promise<Blob> {
    return new Promise<Blob>((resolve, reject) => {
      this.canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas export failed'))), 'image/png');
    });
  }
}
