import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { Field, FormAlert, SelectField, useSchemaForm } from '~/components/form';
import { grantSchema } from '~/features/groups/role-grant';
import { forbidden } from '~/platform/errors';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { parseFormOrThrow } from '~/platform/validation';
import { useT } from '~/platform/i18n-react';
import { grantableGroups, grantRole, listRoles, revokeRole } from '~/features/groups/roles.server';
import { ROLES } from '../../db/schema';
import { metaTitle } from '~/platform/meta';
import { adminAbilities } from '~/features/groups/policy.server';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('admin.title'));

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    if (!adminAbilities(principal).area) throw forbidden();
    const groups = await grantableGroups(context.db, principal);
    const roles = await listRoles(
      context.db,
      groups.map((g) => g.id),
    );
    return json({ groups: groups.map((g) => ({ id: g.id, code: g.code, name: g.name })), roles });
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await readFormData(request);
    if (form.get('intent') === 'revoke') {
      await revokeRole(context.db, principal, {
        userId: String(form.get('userId')),
        groupId: String(form.get('groupId')),
        role: String(form.get('role')),
      });
      return json({ ok: true as const, done: 'revoked' as const });
    }
    await grantRole(context.db, principal, parseFormOrThrow(form, grantSchema));
    return json({ ok: true as const, done: 'granted' as const });
  });
}

export default function AdminRoles() {
  const { groups, roles } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { fields, formProps, refusal } = useSchemaForm(grantSchema, {
    result,
    id: 'grant',
    defaultValue: { groupId: groups[0]?.id, role: ROLES[0] },
  });
  const done = result && result.ok ? t(result.done === 'granted' ? 'admin.granted' : 'admin.revoked') : undefined;
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p className="lead">{t('admin.intro')}</p>
      <h2>{t('admin.grant')}</h2>
      <Form method="post" className="form card" {...formProps}>
        <FormAlert error={refusal?.error} ok={done} />
        <Field label={t('admin.user')} field={fields.email} type="email" required />
        <SelectField label={t('admin.group')} field={fields.groupId}>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.code} — {g.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('admin.role')} field={fields.role}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t('admin.title.label')} field={fields.title} maxLength={100} />
        <div>
          <button type="submit" name="intent" value="grant">
            {t('admin.grant')}
          </button>
        </div>
      </Form>
      <h2>{t('admin.current')}</h2>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{t('admin.group')}</th>
            <th scope="col">{t('auth.name')}</th>
            <th scope="col">{t('admin.role')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.revoke')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {roles.map((r) => (
            <tr key={`${r.userId}-${r.groupId}-${r.role}`}>
              <td>{r.groupCode}</td>
              <td>
                {r.name} <span className="muted small">{r.email}</span>
              </td>
              <td>{r.title ?? t(`role.${r.role}`)}</td>
              <td>
                <Form method="post">
                  <input type="hidden" name="userId" value={r.userId} />
                  <input type="hidden" name="groupId" value={r.groupId} />
                  <input type="hidden" name="role" value={r.role} />
                  <button
                    type="submit"
                    name="intent"
                    value="revoke"
                    className="small secondary"
                    aria-label={`${t('admin.revoke')}: ${r.name}, ${r.groupCode}, ${t(`role.${r.role}`)}`}
                  >
                    {t('admin.revoke')}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
