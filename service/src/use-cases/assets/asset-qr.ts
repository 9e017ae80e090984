// QR images (SVG, PNG) of an asset's landing page URL, for the printed sheet.
import QRCode from 'qrcode';

/** The landing page a QR code opens; `base` is the service's public origin. */
export function assetLandingUrl(base: string, siteSlug: string, code: string): string {
  return new URL(`/qr/${encodeURIComponent(siteSlug)}/${encodeURIComponent(code)}`, base).toString();
}

// Level M survives a scuffed sticker on a pole and keeps the code small enough to print 8 per page.
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: 'svg' });
}

export async function qrPng(url: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width });
}
