import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { Field, FormAlert } from '~/components/form';
import { forbidden } from '~/platform/errors';
import { act, formData, load, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { grantableGroups, grantRole, listRoles, revokeRole } from '~/features/groups/roles.server';
import { ROLES } from '../../db/schema';

export const meta: MetaFunction = () => [{ title: 'Roles — Plenary' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    const groups = await grantableGroups(context.db, principal);
    if (groups.length === 0) throw forbidden();
    const roles = await listRoles(context.db, groups.map((g) => g.id));
    return json({ groups: groups.map((g) => ({ id: g.id, code: g.code, name: g.name })), roles });
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await formData(request);
    if (form.intent === 'revoke') {
      await revokeRole(context.db, principal, { userId: String(form.userId), groupId: String(form.groupId), role: String(form.role) });
      return json({ ok: true as const, done: 'revoked' as const });
    }
    await grantRole(context.db, principal, form);
    return json({ ok: true as const, done: 'granted' as const });
  });
}

export default function AdminRoles() {
  const { groups, roles } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const failed = result && !result.ok ? result : undefined;
  const done = result && result.ok ? t(result.done === 'granted' ? 'admin.granted' : 'admin.revoked') : undefined;
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p className="lead">{t('admin.intro')}</p>
      <h2>{t('admin.grant')}</h2>
      <Form method="post" className="form card">
        <FormAlert error={failed?.error} ok={done} />
        <Field label={t('admin.user')} name="email" type="email" required error={failed?.fieldErrors.email} />
        <div className="field">
          <label htmlFor="groupId">{t('admin.group')}</label>
          <select id="groupId" name="groupId">{groups.map((g) => <option key={g.id} value={g.id}>{g.code} — {g.name}</option>)}</select>
        </div>
        <div className="field">
          <label htmlFor="role">{t('admin.role')}</label>
          <select id="role" name="role">{ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}</select>
        </div>
        <Field label={t('admin.title.label')} name="title" maxLength={100} error={failed?.fieldErrors.title} />
        <div><button type="submit" name="intent" value="grant">{t('admin.grant')}</button></div>
      </Form>
      <h2>{t('admin.current')}</h2>
      <table className="list">
        <thead><tr><th scope="col">{t('admin.group')}</th><th scope="col">{t('auth.name')}</th><th scope="col">{t('admin.role')}</th><th scope="col"><span className="visually-hidden">{t('admin.revoke')}</span></th></tr></thead>
        <tbody>
          {roles.map((r) => (
            <tr key={`${r.userId}-${r.groupId}-${r.role}`}>
              <td>{r.groupCode}</td>
              <td>{r.name} <span className="muted small">{r.email}</span></td>
              <td>{r.title ?? t(`role.${r.role}`)}</td>
              <td>
                <Form method="post">
                  <input type="hidden" name="userId" value={r.userId} /><input type="hidden" name="groupId" value={r.groupId} /><input type="hidden" name="role" value={r.role} />
                  <button type="submit" name="intent" value="revoke" className="small secondary" aria-label={`${t('admin.revoke')}: ${r.name}, ${r.groupCode}, ${t(`role.${r.role}`)}`}>{t('admin.revoke')}</button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
