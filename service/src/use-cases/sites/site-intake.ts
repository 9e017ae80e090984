// An archived site keeps its records readable but takes nothing new: every intake (web form, photo upload, Open311,
// LINE, a case staff enter) is refused with the same sentence, in Thai and in English.
import type { Site } from '../../storage/site.repository.js';
import { UseCaseError } from '../errors.js';

/** Both languages in one detail: the widget shows a problem's detail as it comes, whatever its own language. */
export function archivedDetail(site: Pick<Site, 'name' | 'nameEn' | 'settings'>): string {
  const hotline = site.settings.hotline;
  const th = `${site.name} ปิดรับเรื่องทางช่องทางนี้แล้ว${hotline ? ` กรุณาติดต่อ โทร ${hotline}` : ' กรุณาติดต่อสำนักงานโดยตรง'}`;
  const en = `${site.nameEn} no longer accepts posts here; ${hotline ? `please call ${hotline}` : 'please contact the office directly'}.`;
  return `${th} / ${en}`;
}

export function assertAcceptingPosts(site: Pick<Site, 'name' | 'nameEn' | 'settings' | 'archivedAt'>): void {
  if (site.archivedAt !== null) {
    throw new UseCaseError('gone', archivedDetail(site), [{ path: 'site', message: 'This site is archived' }]);
  }
}
