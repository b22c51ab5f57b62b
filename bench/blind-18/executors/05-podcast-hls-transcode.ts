// expect: no-multiple-settle
// The 'close' handler rejects on a non-zero exit but keeps going, reads a playlist that was never written and throws inside the event handler (uncaught) after rejecting.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface EpisodeUpload {
  showSlug: string;
  episodeId: string;
  sourcePath: string;
}

export interface HlsRendition {
  playlist: string;
  segments: string[];
  totalSeconds: number;
}

declare const cdn: {
  uploadDirectory(localDir: string, remotePrefix: string): Promise<void>;
};

function parsePlaylist(text: string): Omit<HlsRendition, 'playlist'> {
  const segments: string[] = [];
  let totalSeconds = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#EXTINF:')) {
      totalSeconds += parseFloat(line.slice('#EXTINF:'.length));
    } else if (line.trim() && !line.startsWith('#')) {
      segments.push(line.trim());
    }
  }
  return { segments, totalSeconds };
}

function transcodeToHls(sourcePath: string, outDir: string, bitrateK = 96): Promise<HlsRendition> {
  const playlist = join(outDir, 'index.m3u8');
  return new Promise((resolve, reject) => {
    const child = spawn(
      'ffmpeg',
      [
        '-hide_banner',
        '-y',
        '-i',
        sourcePath,
        '-vn',
        '-c:a',
        'aac',
        '-b:a',
        `${bitrateK}k`,
        '-f',
        'hls',
        '-hls_time',
        '6',
        '-hls_playlist_type',
        'vod',
        playlist,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );

    let stderrTail = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-4000);
    });

    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`ffmpeg exited with ${code}: ${stderrTail.trim().split('\n').pop()}`));
      }
      const parsed = parsePlaylist(readFileSync(playlist, 'utf8'));
      resolve({ playlist, ...parsed });
    });
  });
}

export async function publishEpisode(upload: EpisodeUpload, workDir: string): Promise<HlsRendition> {
  const outDir = join(workDir, upload.showSlug, upload.episodeId);
  await mkdir(outDir, { recursive: true });
  const rendition = await transcodeToHls(upload.sourcePath, outDir);
  if (rendition.segments.length === 0) {
    throw new Error(`episode ${upload.episodeId} produced no audio segments`);
  }
  await cdn.uploadDirectory(outDir, `shows/${upload.showSlug}/${upload.episodeId}`);
  return rendition;
}
