// Reads the text of a QR code PNG the way a phone would, for the asset tests.
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with an ES-style default export: Node and its type declarations disagree on where the function is.
const jsQR = ((jsQRModule as unknown as { default?: unknown }).default ?? jsQRModule) as typeof jsQRModule.default;

export function decodeQrPng(bytes: ArrayBuffer): string | null {
  const image = PNG.sync.read(Buffer.from(bytes));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
