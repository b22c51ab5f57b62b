// expect: none
// Chunks are accumulated and the promise settles only from onstop (resolve, or reject with the abort reason) or onerror, after which the stopped recorder fires no more events, so it settles once with the full recording.
export interface CaptureOptions {
  maxDurationMs: number;
  sliceMs?: number;
  signal?: AbortSignal;
  onProgress?: (bytes: number) => void;
}

export function captureScreen(stream: MediaStream, opts: CaptureOptions): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(opts.signal.reason);
      return;
    }
    const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp9' });
    const chunks: Blob[] = [];
    let bytes = 0;
    let failed = false;

    const stopRecorder = () => {
      if (recorder.state !== 'inactive') recorder.stop();
    };
    const limit = setTimeout(stopRecorder, opts.maxDurationMs);

    const cleanup = () => {
      clearTimeout(limit);
      opts.signal?.removeEventListener('abort', stopRecorder);
      stream.getTracks().forEach((track) => track.stop());
    };

    recorder.ondataavailable = (event: BlobEvent) => {
      if (event.data.size === 0) return;
      chunks.push(event.data);
      bytes += event.data.size;
      opts.onProgress?.(bytes);
    };
    recorder.onerror = () => {
      failed = true;
      cleanup();
      reject(new Error('screen recording failed'));
    };
    recorder.onstop = () => {
      cleanup();
      if (failed) return;
      if (opts.signal?.aborted) {
        reject(opts.signal.reason);
        return;
      }
      resolve(new Blob(chunks, { type: recorder.mimeType }));
    };

    opts.signal?.addEventListener('abort', stopRecorder, { once: true });
    recorder.start(opts.sliceMs ?? 2000);
  });
}

export async function recordBugReport(signal: AbortSignal): Promise<File> {
  const stream = await navigator.mediaDevices.getDisplayMedia({ video: { frameRate: 15 }, audio: false });
  const blob = await captureScreen(stream, {
    maxDurationMs: 60_000,
    signal,
    onProgress: (n) => console.debug(`[bug-report] ${(n / 1024).toFixed(0)} KiB recorded`),
  });
  return new File([blob], `bug-report-${Date.now()}.webm`, { type: blob.type });
}
