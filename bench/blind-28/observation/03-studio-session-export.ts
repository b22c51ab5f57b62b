// expect: no-unobserved-promise
// The stem upload promise is created before the long mixdown render is awaited; if the upload rejects during the render it has no handler yet.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export interface RecordingSession {
  id: string;
  artist: string;
  workDir: string;
  stems: string[];
  sampleRate: 44100 | 48000 | 96000;
}

export interface ExportResult {
  sessionId: string;
  mixdownUrl: string;
  stemUrls: string[];
  mixdownBytes: number;
}

declare const archive: {
  upload(localPath: string, remoteKey: string): Promise<string>;
};

function runFfmpeg(args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', ['-hide_banner', '-y', ...args], { cwd });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.length > 8192) stderr = stderr.slice(-8192);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg exited with ${code}: ${stderr.split('\n').slice(-5).join('\n')}`));
    });
  });
}

export class SessionExporter {
  constructor(private readonly bucketPrefix: string) {}

  private remoteKey(session: RecordingSession, file: string): string {
    return `${this.bucketPrefix}/${session.artist}/${session.id}/${path.basename(file)}`;
  }

  private async uploadStems(session: RecordingSession): Promise<string[]> {
    const urls: string[] = [];
    for (const stem of session.stems) {
      const local = path.join(session.workDir, stem);
      urls.push(await archive.upload(local, this.remoteKey(session, stem)));
    }
    return urls;
  }

  private async renderMixdown(session: RecordingSession): Promise<string> {
    const out = path.join(session.workDir, `${session.id}-mixdown.wav`);
    const inputs = session.stems.flatMap((s) => ['-i', s]);
    await runFfmpeg(
      [
        ...inputs,
        '-filter_complex', `amix=inputs=${session.stems.length}:normalize=0`,
        '-ar', String(session.sampleRate),
        '-c:a', 'pcm_s24le',
        out,
      ],
      session.workDir,
    );
    return out;
  }

  async export(session: RecordingSession): Promise<ExportResult> {
    if (session.stems.length === 0) {
      throw new Error(`session ${session.id} has no stems to export`);
    }

    // Stems go up while ffmpeg renders the mix.
    const stemUpload = this.uploadStems(session);
    const mixPath = await this.renderMixdown(session);
    const { size } = await stat(mixPath);
    const mixdownUrl = await archive.upload(mixPath, this.remoteKey(session, mixPath));
    const stemUrls = await stemUpload;

    return { sessionId: session.id, mixdownUrl, stemUrls, mixdownBytes: size };
  }
}
