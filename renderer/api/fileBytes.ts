/** Larger files are refused before reading: the service takes up to ~150 MB of base64 JSON. */
export const MAX_FILE_MB = 100;

/** A picked file's bytes as base64, read by the browser (FileReader is native and fast): the API carries JSON. */
export function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}
