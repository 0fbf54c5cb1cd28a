import type { bulk as english } from '../en/bulk';
import type { Translation } from '../types';

/** Arabic messages of bulk actions over a list. */
export const bulk: Translation<typeof english> = {
  'bulk.bar': 'إجراءات جماعية',
  'bulk.selected':
    '{count, plural, =0 {لم تُحدَّد أي وثيقة} zero {لم تُحدَّد أي وثيقة} one {حُدِّدت وثيقة واحدة} two {حُدِّدت وثيقتان} few {حُدِّدت # وثائق} many {حُدِّدت # وثيقة} other {حُدِّدت # وثيقة}}',
  'bulk.selectMatching':
    '{count, plural, zero {تحديد الوثائق المطابقة} one {تحديد الوثيقة المطابقة} two {تحديد الوثيقتين المطابقتين} few {تحديد الوثائق المطابقة الـ #} many {تحديد الوثائق المطابقة الـ #} other {تحديد الوثائق المطابقة الـ #}}',
  'bulk.confirm.heading': 'تأكيد التغيير',
  'bulk.confirm.text':
    '{count, plural, zero {سيغيّر هذا # وثيقة: أكِّد} one {سيغيّر هذا وثيقة واحدة: أكِّد} two {سيغيّر هذا وثيقتين: أكِّد} few {سيغيّر هذا # وثائق: أكِّد} many {سيغيّر هذا # وثيقة: أكِّد} other {سيغيّر هذا # وثيقة: أكِّد}}',
  'bulk.confirm.button': 'تأكيد',
  'bulk.confirm.cancel': 'إلغاء',
  'bulk.done.publish':
    '{count, plural, zero {لم تُنشر أي وثيقة} one {نُشرت وثيقة واحدة} two {نُشرت وثيقتان} few {نُشرت # وثائق} many {نُشرت # وثيقة} other {نُشرت # وثيقة}}',
  'bulk.done.unpublish':
    '{count, plural, zero {لم تُسحب أي وثيقة من القائمة} one {سُحبت وثيقة واحدة من القائمة} two {سُحبت وثيقتان من القائمة} few {سُحبت # وثائق من القائمة} many {سُحبت # وثيقة من القائمة} other {سُحبت # وثيقة من القائمة}}',
  'bulk.done.public':
    '{count, plural, zero {لم تُجعل أي وثيقة علنية} one {جُعلت وثيقة واحدة علنية} two {جُعلت وثيقتان علنيتين} few {جُعلت # وثائق علنية} many {جُعلت # وثيقة علنية} other {جُعلت # وثيقة علنية}}',
  'bulk.done.members':
    '{count, plural, zero {لم تُقصر أي وثيقة على الأعضاء} one {قُصرت وثيقة واحدة على الأعضاء} two {قُصرت وثيقتان على الأعضاء} few {قُصرت # وثائق على الأعضاء} many {قُصرت # وثيقة على الأعضاء} other {قُصرت # وثيقة على الأعضاء}}',
  'bulk.done.move':
    '{count, plural, zero {لم تُنقل أي وثيقة} one {نُقلت وثيقة واحدة} two {نُقلت وثيقتان} few {نُقلت # وثائق} many {نُقلت # وثيقة} other {نُقلت # وثيقة}}',
  'bulk.done.reallocate':
    '{count, plural, zero {لم يُعَد تخصيص أي وثيقة} one {أُعيد تخصيص وثيقة واحدة} two {أُعيد تخصيص وثيقتين} few {أُعيد تخصيص # وثائق} many {أُعيد تخصيص # وثيقة} other {أُعيد تخصيص # وثيقة}}',
  'bulk.done.handback':
    '{count, plural, zero {لم تُعَد أي وثيقة} one {أُعيدت وثيقة واحدة} two {أُعيدت وثيقتان} few {أُعيدت # وثائق} many {أُعيدت # وثيقة} other {أُعيدت # وثيقة}}',
};
