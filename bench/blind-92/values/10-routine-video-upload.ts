// expect: no-promise-as-value
// sha256Of() is async, but its promise is put un-awaited into the `checksum` field of the job published to the transcode queue (payload: unknown), so the worker receives {} instead of a hash.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

export interface RoutineUpload {
  teamId: string;
  routineName: string;
  style: 'appalachian' | 'clogging-line' | 'buck-and-wing';
  filePath: string;
}

declare const storage: {
  putObject(key: string, body: NodeJS.ReadableStream, opts: { contentLength: number; contentType: string }): Promise<void>;
};

declare const queue: {
  publish(topic: string, payload: unknown): Promise<{ messageId: string }>;
};

const MAX_BYTES = 2 * 1024 ** 3;

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function contentTypeFor(path: string): string {
  if (path.endsWith('.mov')) return 'video/quicktime';
  if (path.endsWith('.webm')) return 'video/webm';
  return 'video/mp4';
}

/**
 * Teams upload a video of their routine for the regional qualifier. The
 * raw file goes to object storage and a transcode job is queued; the worker
 * verifies the checksum before it spends GPU time on the file.
 */
export async function submitRoutine(upload: RoutineUpload): Promise<string> {
  const info = await stat(upload.filePath);
  if (info.size > MAX_BYTES) throw new Error('videos must be under 2 GB');
  if (info.size === 0) throw new Error('video file is empty');

  const key = `qualifiers/${upload.teamId}/${Date.now()}-${basename(upload.filePath)}`;
  await storage.putObject(key, createReadStream(upload.filePath), {
    contentLength: info.size,
    contentType: contentTypeFor(upload.filePath),
  });

  const { messageId } = await queue.publish('routine.transcode', {
    key,
    teamId: upload.teamId,
    routine: upload.routineName,
    style: upload.style,
    bytes: info.size,
    checksum: sha256Of(upload.filePath),
    renditions: ['1080p', '720p', 'judge-slowmo'],
  });

  return messageId;
}
