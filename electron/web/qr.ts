import QRCode from 'qrcode';

/**
 * The room's URL as a QR code, an SVG the page shows as an image. Error correction M survives a
 * phone camera at an angle across a meeting room; the quiet zone of 4 modules is the standard's.
 */
export function qrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}

/** What a scanner reads back from the code we draw (the encoded segments' text), for tests. */
export function qrPayload(payload: string): string {
  const code = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  return (code.segments as unknown as { data: Uint8Array | string }[])
    .map((s) => (typeof s.data === 'string' ? s.data : Buffer.from(s.data).toString('utf8')))
    .join('');
}
