/** Step 2 of the submission form: the document's type, title, cover fields, proposed groups and contacts. */
import { Field } from '~/components/form';
import { useT } from '~/platform/i18n-react';
import type { MessageKey } from '~/i18n';
import { ContactFields } from './contact-fields';
import type { CoverNotice } from './cover-prefill.server';
import { CoverNotices } from './cover-read';
import type { MetaValues } from './submission-meta-input';

const PURPOSES = ['discussion', 'proposal', 'information', 'decision', 'approval'] as const;

export function MetadataFields(props: {
  values: MetaValues;
  types: string[];
  fixedType?: string;
  proposable: { code: string; name: string }[];
  /** The fields the meeting requires besides type and title. */
  required: Set<string>;
  errors: Record<string, string>;
  notices?: CoverNotice[];
}) {
  const t = useT();
  const { values: v, required, errors: fe, notices } = props;
  return (
    <fieldset className="stack">
      <legend>{t('submissions.submit.step2')}</legend>
      {props.fixedType ? (
        <input type="hidden" name="type" value={props.fixedType} />
      ) : (
        <div className="field">
          <label htmlFor="type">{t('submissions.submit.type')}</label>
          <select
            id="type"
            name="type"
            defaultValue={v.type}
            required
            aria-invalid={fe.type ? true : undefined}
            aria-describedby={fe.type ? 'type-error' : undefined}
          >
            <option value="">{t('submissions.submit.choose')}</option>
            {props.types.map((ty) => (
              <option key={ty} value={ty}>
                {t(`submissions.type.${ty}` as MessageKey)}
              </option>
            ))}
          </select>
          {fe.type && (
            <span id="type-error" className="field-error">
              {fe.type}
            </span>
          )}
          <CoverNotices notices={notices} field="type" />
        </div>
      )}
      <div className="field">
        <label htmlFor="title">{t('submissions.submit.f.title')}</label>
        <textarea
          id="title"
          name="title"
          defaultValue={v.title}
          rows={2}
          required
          aria-invalid={fe.title ? true : undefined}
          aria-describedby={fe.title ? 'title-error' : undefined}
        />
        {fe.title && (
          <span id="title-error" className="field-error">
            {fe.title}
          </span>
        )}
      </div>
      <Field
        label={t('submissions.submit.f.source')}
        name="source"
        defaultValue={v.source}
        required={required.has('source')}
        error={fe.source}
      />
      <div className="field">
        <label htmlFor="purpose">{t('submissions.submit.f.purpose')}</label>
        <select
          id="purpose"
          name="purpose"
          defaultValue={v.purpose}
          required={required.has('purpose')}
          aria-invalid={fe.purpose ? true : undefined}
          aria-describedby={fe.purpose ? 'purpose-error' : undefined}
        >
          <option value="">{t('submissions.submit.choose')}</option>
          {PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`submissions.purpose.${p}`)}
            </option>
          ))}
        </select>
        {fe.purpose && (
          <span id="purpose-error" className="field-error">
            {fe.purpose}
          </span>
        )}
        <CoverNotices notices={notices} field="purpose" />
      </div>
      <Field
        label={t('submissions.submit.f.keywords')}
        name="keywords"
        defaultValue={v.keywords}
        required={required.has('keywords')}
        error={fe.keywords}
      />
      <div className="field">
        <label htmlFor="abstract">{t('submissions.submit.f.abstract')}</label>
        <textarea
          id="abstract"
          name="abstract"
          defaultValue={v.abstract}
          rows={4}
          required={required.has('abstract')}
          aria-invalid={fe.abstract ? true : undefined}
          aria-describedby={fe.abstract ? 'abstract-error' : undefined}
        />
        {fe.abstract && (
          <span id="abstract-error" className="field-error">
            {fe.abstract}
          </span>
        )}
      </div>
      {props.proposable.length > 0 && (
        <fieldset className="checks" aria-describedby={fe.proposedGroups ? 'proposedGroups-error' : undefined}>
          <legend className="label">{t('submissions.submit.f.proposed')}</legend>
          {fe.proposedGroups && (
            <span id="proposedGroups-error" className="field-error">
              {fe.proposedGroups}
            </span>
          )}
          <CoverNotices notices={notices} field="proposedGroups" />
          {props.proposable.map((g) => (
            <label key={g.code} className="check">
              <input
                type="checkbox"
                name="proposedGroups"
                value={g.code}
                defaultChecked={v.proposedGroups.includes(g.code)}
              />{' '}
              {g.code} <span className="muted small">{g.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      <ContactFields contacts={v.contacts} errors={fe} notices={notices} />
    </fieldset>
  );
}
