import { Link } from '@remix-run/react';
import { useT } from '~/platform/i18n-react';

/** Links to the participation pages the viewer may use (shared by the participation pages). */
export function ParticipationNav({ slug, may }: { slug: string; may: { viewList: boolean; manage: boolean } }) {
  const t = useT();
  if (!may.viewList && !may.manage) return null;
  return (
    <nav aria-label={t('meeting.sections')} className="subnav">
      {may.viewList && <Link to={`/meetings/${slug}/participants`}>{t('participation.nav.participants')}</Link>}
      {may.manage && <Link to={`/meetings/${slug}/visas`}>{t('participation.nav.visas')}</Link>}
      {may.manage && <Link to={`/meetings/${slug}/participation`}>{t('participation.nav.settings')}</Link>}
    </nav>
  );
}
