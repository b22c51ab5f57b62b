// expect: no-multiple-settle
// The executor waits only for the write stream's 'finish'; a disk or permission 'error' leaves the promise pending forever.
import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';

export interface BannerArtwork {
  campaignId: string;
  blimpTail: string;
  panels: Buffer[];
  widthMeters: number;
  heightMeters: number;
}

export interface StagedBanner {
  file: string;
  bytes: number;
  panelCount: number;
}

declare const printShop: {
  notifyStaged(campaignId: string, file: string, bytes: number): Promise<void>;
};

declare const fleetRegistry: {
  envelopeFor(tail: string): Promise<{ maxWidthMeters: number; maxHeightMeters: number }>;
};

const STAGING_ROOT = process.env.BANNER_STAGING ?? '/var/spool/blimp-banners';

function panelHeader(index: number, total: number): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt16BE(0xb1a9, 0);
  header.writeUInt16BE(index, 2);
  header.writeUInt16BE(total, 4);
  header.writeUInt16BE(0, 6);
  return header;
}

function writePanels(file: string, panels: Buffer[]): Promise<number> {
  return new Promise<number>((resolve) => {
    const out = createWriteStream(file, { flags: 'wx' });
    let written = 0;

    out.on('finish', () => resolve(written));

    panels.forEach((panel, index) => {
      const header = panelHeader(index, panels.length);
      out.write(header);
      out.write(panel);
      written += header.length + panel.length;
    });
    out.end();
  });
}

export async function stageBanner(artwork: BannerArtwork): Promise<StagedBanner> {
  const envelope = await fleetRegistry.envelopeFor(artwork.blimpTail);
  if (artwork.widthMeters > envelope.maxWidthMeters || artwork.heightMeters > envelope.maxHeightMeters) {
    throw new RangeError(
      `banner ${artwork.campaignId} (${artwork.widthMeters}x${artwork.heightMeters}m) exceeds envelope of ${artwork.blimpTail}`,
    );
  }
  if (artwork.panels.length === 0) {
    throw new Error(`banner ${artwork.campaignId} has no panels`);
  }

  const dir = path.join(STAGING_ROOT, artwork.blimpTail);
  await mkdir(dir, { recursive: true });

  const partial = path.join(dir, `${artwork.campaignId}.part`);
  const final = path.join(dir, `${artwork.campaignId}.bnr`);

  const bytes = await writePanels(partial, artwork.panels);
  await rename(partial, final);

  const info = await stat(final);
  if (info.size !== bytes) {
    throw new Error(`staged banner ${final} is ${info.size} bytes, expected ${bytes}`);
  }

  await printShop.notifyStaged(artwork.campaignId, final, bytes);
  return { file: final, bytes, panelCount: artwork.panels.length };
}
