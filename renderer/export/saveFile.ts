import type { ExportedFile } from '../../shared/api';
import { api } from '../api/client';

/** The service's bytes (base64 on the wire) as they are: nothing is rebuilt here. */
function decodeBase64(data: string): Uint8Array<ArrayBuffer> {
  const text = atob(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** A browser download under the file's default name (Blob + <a download>, as the browser expects). */
export function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([decodeBase64(file.dataBase64)], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; keep the bytes a moment for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Saves an exported file the way the host does: the desktop app asks where (native save dialog
 * with the default name, then an atomic write in the main process); a browser downloads it.
 * Returns what to tell the user, or null when the user closed the save dialog.
 */
export async function saveExported(file: ExportedFile): Promise<{ saved: 'path' | 'download'; name: string } | null> {
  if (api.desktopSave) {
    const result = await api.desktopSave.file({ fileName: file.fileName, dataBase64: file.dataBase64 });
    return result.saved ? { saved: 'path', name: result.path } : null;
  }
  download(file);
  return { saved: 'download', name: file.fileName };
}
