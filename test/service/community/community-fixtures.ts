// Test helpers: citizens with their own browser token, posting, supporting and reporting through the real routes.
import { randomBytes } from 'node:crypto';
import { aPost, jsonRequest, type TestService } from '../../support/service.js';

export interface Citizen {
  token: string;
  address: string;
}

let counter = 0;

/** A citizen with a fresh browser token; give `address` to put several behind one (carrier-grade NAT). */
export function aCitizen(address = `10.0.0.${++counter % 250}`): Citizen {
  return { token: randomBytes(18).toString('base64url'), address };
}

export function citizenHeaders(citizen: Citizen): Record<string, string> {
  return { 'x-client-token': citizen.token, 'x-test-client': citizen.address };
}

export async function publish(service: TestService, overrides: Record<string, unknown> = {}) {
  const res = await service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost(overrides)));
  if (res.status !== 201) throw new Error(`submit failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { id: number; trackingCode: string; state: string };
  if (body.state !== 'published') throw new Error(`expected a clean post, got ${body.state}`);
  return body;
}

export async function support(service: TestService, citizen: Citizen, id: number | string, body?: unknown) {
  const res = await service.app.request(
    `/api/v1/sites/demo/posts/${id}/support`,
    jsonRequest('POST', body, citizenHeaders(citizen)),
  );
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as any, headers: res.headers };
}

export async function report(service: TestService, citizen: Citizen, id: number | string, body: unknown = { reason: 'abusive' }) {
  const res = await service.app.request(
    `/api/v1/sites/demo/posts/${id}/flags`,
    jsonRequest('POST', body, citizenHeaders(citizen)),
  );
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as any, headers: res.headers };
}

export async function similar(service: TestService, query: Record<string, string | number>) {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const res = await service.app.request(`/api/v1/sites/demo/posts/similar?${qs}`);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as any };
}

export async function feedIds(service: TestService): Promise<number[]> {
  const res = await service.app.request('/api/v1/sites/demo/posts?limit=50');
  return ((await res.json()) as { items: { id: number }[] }).items.map((i) => i.id);
}

/** Two clean posts about one broken street light, and one about something else. */
export const STREET_LIGHT_1 = {
  category: 'lighting',
  title: 'ไฟถนนดับ ซอยเทศบาล 5',
  body: 'ไฟฟ้าส่องสว่างถนนในซอยเทศบาล 5 หน้าร้านข้าวแกงดับมาหนึ่งสัปดาห์แล้ว กลางคืนมืดมาก อันตราย',
  location: { text: 'ซอยเทศบาล 5', lat: 13.7563, lng: 100.5018 },
};
export const STREET_LIGHT_2 = {
  category: 'lighting',
  title: 'เสาไฟฟ้าดับ ซอยเทศบาล 5',
  body: 'เสาไฟฟ้าในซอยเทศบาล 5 ดับทั้งแถว เดินกลับบ้านตอนกลางคืนไม่ปลอดภัย',
  location: { text: 'ซอยเทศบาล 5', lat: 13.7566, lng: 100.502 },
};
export const POTHOLE = {
  category: 'roads',
  title: 'ถนนหน้าตลาดเป็นหลุมบ่อ',
  body: 'ถนนหน้าตลาดสดเทศบาลเป็นหลุมบ่อหลายจุด น้ำขังเวลาฝนตก รถเสียหลัก',
  location: { text: 'หน้าตลาดสด', lat: 13.79, lng: 100.54 },
};
