// Test images made with sharp in the test itself: a detailed pattern, a phone JPEG with GPS and a camera serial
// number in its EXIF (and XMP), a sideways JPEG, a PNG header claiming 60,000 × 60,000, a text file.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { buildTestService, jsonRequest, type TestService, type TestServiceOptions } from '../../support/service.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testConfig } from '../../../service/src/config.js';

export const SERIAL = 'SN-9F3A7C21';
export const GPS_MARK = 'GPSLatitude';
export const XMP_MARK = 'Sukhumvit-home-xmp';

/** 16 px cells in two colours over a gradient: detail a blur must destroy, yet easy to compress. */
export function patternPixels(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const on = ((x >> 4) + (y >> 4)) % 2 === 0;
      const i = (y * width + x) * 3;
      data[i] = on ? 240 : 20;
      data[i + 1] = on ? 230 : Math.round((x / width) * 120);
      data[i + 2] = on ? 40 : Math.round((y / height) * 200);
    }
  }
  return data;
}

export function pattern(width: number, height: number) {
  return sharp(patternPixels(width, height), { raw: { width, height, channels: 3 } });
}

/** A phone photo: EXIF with the camera's serial number and the GPS position, XMP naming the place. */
export async function phoneJpeg(width = 1600, height = 1200): Promise<Buffer> {
  return pattern(width, height)
    .jpeg({ quality: 92 })
    .withExif({
      IFD0: { Make: 'Samsung', Model: 'SM-S918B', Software: 'camera-app' },
      IFD2: { BodySerialNumber: SERIAL, DateTimeOriginal: '2026:11:20 08:15:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '13/1 44/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '100/1 33/1 4321/100' },
    })
    .withXmp(
      `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>${XMP_MARK}</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`,
    )
    .toBuffer();
}

/** 400 × 200 stored, left half red, right half blue, EXIF orientation 6: upright it is 200 × 400, red on top. */
export async function sidewaysJpeg(): Promise<Buffer> {
  const data = Buffer.alloc(400 * 200 * 3);
  for (let y = 0; y < 200; y++) {
    for (let x = 0; x < 400; x++) {
      const i = (y * 400 + x) * 3;
      if (x < 200) data[i] = 220;
      else data[i + 2] = 220;
    }
  }
  return sharp(data, { raw: { width: 400, height: 200, channels: 3 } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A valid PNG whose header claims 60,000 × 60,000 pixels (3.6 gigapixels) over a few bytes of data. */
export function bombPng(width = 60_000, height = 60_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function form(file: Blob | string | null, fileName = 'photo.jpg', extra: Record<string, string> = {}, field = 'file') {
  const body = new FormData();
  if (file !== null) {
    if (typeof file === 'string') body.append(field, file);
    else body.append(field, file, fileName);
  }
  for (const [key, value] of Object.entries(extra)) body.append(key, value);
  return body;
}

export function blob(bytes: Uint8Array, type = 'image/jpeg'): Blob {
  return new Blob([new Uint8Array(bytes)], { type });
}

export async function upload(
  service: TestService,
  bytes: Uint8Array,
  options: { alt?: string; type?: string; name?: string } = {},
) {
  const res = await service.app.request('/api/v1/sites/demo/photos', {
    method: 'POST',
    body: form(blob(bytes, options.type), options.name, options.alt === undefined ? {} : { alt: options.alt }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

/** A service whose photos live in a fresh temporary folder. */
export async function photoService(options: TestServiceOptions & { maxBytes?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cb-photos-'));
  const base = testConfig();
  const service = await buildTestService({
    ...options,
    config: {
      ...options.config,
      photos: { ...base.photos, store: 'fs', dir, maxBytes: options.maxBytes ?? base.photos.maxBytes },
    },
  });
  const close = service.close;
  return {
    ...service,
    photoDir: dir,
    close: async () => {
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function submitWithPhotos(service: TestService, photos: string[], overrides: Record<string, unknown> = {}) {
  const res = await service.app.request(
    '/api/v1/sites/demo/posts',
    jsonRequest('POST', {
      kind: 'complaint',
      category: 'roads',
      title: 'ถนนหน้าโรงเรียนเป็นหลุมลึก',
      body: 'ถนนหน้าโรงเรียนเทศบาล 1 มีหลุมลึกกลางถนน รถจักรยานยนต์ตกหลุมเกือบทุกวัน ขอให้ซ่อมด่วน',
      consent: true,
      photos,
      ...overrides,
    }),
  );
  return { status: res.status, body: (await res.json()) as any };
}

/** Everything a stored or served image must not carry. */
export async function metadataOf(bytes: Uint8Array) {
  const meta = await sharp(bytes).metadata();
  const latin = Buffer.from(bytes).toString('latin1');
  return {
    exif: Boolean(meta.exif),
    xmp: Boolean(meta.xmp),
    iptc: Boolean(meta.iptc),
    icc: Boolean(meta.icc),
    orientation: meta.orientation,
    serial: latin.includes(SERIAL),
    gps: latin.includes('GPS') || latin.includes(GPS_MARK),
    xmpText: latin.includes(XMP_MARK) || latin.includes('x:xmpmeta'),
    exifHeader: latin.includes('Exif\0\0'),
  };
}

export const CLEAN = {
  exif: false,
  xmp: false,
  iptc: false,
  icc: false,
  serial: false,
  gps: false,
  xmpText: false,
  exifHeader: false,
};
