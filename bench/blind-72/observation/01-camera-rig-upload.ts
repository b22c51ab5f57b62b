// expect: no-unobserved-promise
// publishDive starts the metadata upload first and only awaits it after the clip loop, so if it rejects during the (long) clip uploads nothing is attached to it.
import { stat } from 'node:fs/promises';
import path from 'node:path';

export interface DiveClip {
  file: string;
  camera: 'port' | 'starboard' | 'bow';
  depthM: number;
  startedAt: Date;
}

export interface DiveSession {
  id: string;
  site: string;
  diver: string;
  rig: string;
  clips: DiveClip[];
  maxDepthM: number;
  waterTempC: number;
}

export interface PublishedDive {
  diveId: string;
  metadataVersion: number;
  clipIds: string[];
  totalBytes: number;
}

interface DiveMetadata {
  site: string;
  diver: string;
  rig: string;
  maxDepthM: number;
  waterTempC: number;
  cameras: string[];
  clipCount: number;
}

declare const archive: {
  putMetadata(diveId: string, metadata: DiveMetadata): Promise<{ version: number }>;
  uploadClip(diveId: string, filePath: string, tags: Record<string, string>): Promise<string>;
  markPublished(diveId: string, clipIds: string[]): Promise<void>;
};

function buildMetadata(dive: DiveSession): DiveMetadata {
  return {
    site: dive.site,
    diver: dive.diver,
    rig: dive.rig,
    maxDepthM: dive.maxDepthM,
    waterTempC: dive.waterTempC,
    cameras: [...new Set(dive.clips.map((c) => c.camera))].sort(),
    clipCount: dive.clips.length,
  };
}

function clipTags(clip: DiveClip): Record<string, string> {
  return {
    camera: clip.camera,
    depth: clip.depthM.toFixed(1),
    started: clip.startedAt.toISOString(),
    name: path.basename(clip.file),
  };
}

export async function publishDive(dive: DiveSession): Promise<PublishedDive> {
  if (dive.clips.length === 0) {
    throw new Error(`dive ${dive.id} has no clips to publish`);
  }

  const metadataUpload = archive.putMetadata(dive.id, buildMetadata(dive));

  const ordered = [...dive.clips].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const clipIds: string[] = [];
  let totalBytes = 0;
  for (const clip of ordered) {
    const { size } = await stat(clip.file);
    totalBytes += size;
    clipIds.push(await archive.uploadClip(dive.id, clip.file, clipTags(clip)));
  }

  const { version } = await metadataUpload;
  await archive.markPublished(dive.id, clipIds);

  return { diveId: dive.id, metadataVersion: version, clipIds, totalBytes };
}

export async function publishDay(dives: readonly DiveSession[]): Promise<PublishedDive[]> {
  const published: PublishedDive[] = [];
  for (const dive of dives) {
    published.push(await publishDive(dive));
  }
  return published;
}
