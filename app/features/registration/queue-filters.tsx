import { Form, Link } from '@remix-run/react';
import type { SerializeFrom } from '@remix-run/node';
import { useT } from '~/platform/i18n-react';
import type { RegistrationPage } from './registration-queue.server';

type Page = SerializeFrom<RegistrationPage>;

/** The registration page's search and filters (a GET form: the filters live in the URL). */
export function QueueFilters({
  documentTypes,
  options: o,
  counts,
  paging,
}: {
  documentTypes: Page['meeting']['documentTypes'];
  options: Page['options'];
  counts: Page['counts'];
  paging: Page['paging'];
}) {
  const t = useT();
  const filtered = o.late || !!o.type || !!o.q || o.unallocated;
  return (
    <Form method="get" className="toolbar" role="search" aria-label={t('registration.filters')}>
      <div className="field">
        <label htmlFor="q">{t('registration.searchLabel')}</label>
        <input id="q" name="q" type="search" defaultValue={o.q} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="filter-type">{t('registration.type')}</label>
        <select id="filter-type" name="type" defaultValue={o.type}>
          <option value="">{t('registration.allTypes')}</option>
          {documentTypes.map((ty) => (
            <option key={ty} value={ty}>
              {t(`numbering.type.${ty}` as never)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="show">{t('registration.filter')}</label>
        <select id="show" name="show" defaultValue={o.unallocated ? 'unallocated' : 'all'}>
          <option value="all">{t('registration.filter.all')}</option>
          <option value="unallocated">
            {t('registration.filter.unallocated')} ({counts.unallocated})
          </option>
        </select>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" name="late" value="1" defaultChecked={o.late} /> {t('registration.lateOnly')} (
          {counts.late})
        </label>
      </div>
      <div className="field">
        <label htmlFor="per">{t('registration.perPage')}</label>
        <select id="per" name="per" defaultValue={String(paging.perPage)}>
          {paging.sizes.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="secondary">
        {t('dashboard.apply')}
      </button>
      {filtered && <Link to="?">{t('registration.clear')}</Link>}
    </Form>
  );
}
