// expect: no-multiple-settle
// writeFrame settles on the file stream's 'finish' only; an open/write failure ('error', e.g. EEXIST from flags 'wx') never settles the promise.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

interface FrameHeader {
  cameraId: string;
  capturedAt: number;
  width: number;
  height: number;
  burrowCount: number;
}

interface CameraFrame {
  header: FrameHeader;
  jpeg: Buffer;
}

interface CameraInfo {
  id: string;
  ledge: string;
  active: boolean;
}

declare const colonyFeed: {
  latestFrame(cameraId: string): Promise<CameraFrame>;
  listCameras(): Promise<CameraInfo[]>;
};

declare const archiveIndex: {
  record(entry: { cameraId: string; file: string; bytes: number; capturedAt: number }): Promise<void>;
};

const ARCHIVE_ROOT = process.env.PUFFIN_ARCHIVE_ROOT ?? '/var/lib/puffin-cams';
const MIN_FRAME_BYTES = 2_048;

export interface ArchiveSummary {
  archived: number;
  skipped: string[];
  failed: Array<{ cameraId: string; reason: string }>;
}

function frameFileName(header: FrameHeader): string {
  const stamp = new Date(header.capturedAt).toISOString().replace(/[:.]/g, '-');
  return `${header.cameraId}-${stamp}.jpg`;
}

function ledgeDirectory(camera: CameraInfo, capturedAt: number): string {
  const day = new Date(capturedAt).toISOString().slice(0, 10);
  return join(ARCHIVE_ROOT, camera.ledge.toLowerCase().replace(/\s+/g, '-'), day);
}

function writeFrame(file: string, frame: CameraFrame): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    if (frame.jpeg.length < MIN_FRAME_BYTES) {
      reject(new Error(`frame from ${frame.header.cameraId} is truncated (${frame.jpeg.length} bytes)`));
      return;
    }

    const out = createWriteStream(file, { flags: 'wx' });
    let written = 0;

    out.on('finish', () => resolve(written));

    out.write(frame.jpeg);
    written += frame.jpeg.length;
    out.end();
  });
}

export async function archiveColony(): Promise<ArchiveSummary> {
  const summary: ArchiveSummary = { archived: 0, skipped: [], failed: [] };
  const cameras = await colonyFeed.listCameras();

  for (const camera of cameras) {
    if (!camera.active) {
      summary.skipped.push(camera.id);
      continue;
    }

    try {
      const frame = await colonyFeed.latestFrame(camera.id);
      if (frame.header.burrowCount === 0 && frame.header.width < 640) {
        summary.skipped.push(camera.id);
        continue;
      }

      const dir = ledgeDirectory(camera, frame.header.capturedAt);
      await mkdir(dir, { recursive: true });
      const file = join(dir, frameFileName(frame.header));
      const bytes = await writeFrame(file, frame);

      await archiveIndex.record({
        cameraId: camera.id,
        file,
        bytes,
        capturedAt: frame.header.capturedAt,
      });
      summary.archived += 1;
    } catch (err) {
      summary.failed.push({
        cameraId: camera.id,
        reason: err instanceof Error ? err.message : String(err),
      });
    }
  }

  return summary;
}
