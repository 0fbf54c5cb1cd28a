import type { bulk as english } from '../en/bulk';
import type { Translation } from '../types';

/** Chinese messages of bulk actions over a list. */
export const bulk: Translation<typeof english> = {
  'bulk.bar': '批量操作',
  'bulk.selected': '{count, plural, =0 {未选择文件} other {已选择 # 份文件}}',
  'bulk.selectMatching': '{count, plural, other {选择全部 # 份符合条件的文件}}',
  'bulk.confirm.heading': '确认更改',
  'bulk.confirm.text': '{count, plural, other {此操作将更改 # 份文件：请确认}}',
  'bulk.confirm.button': '确认',
  'bulk.confirm.cancel': '取消',
  'bulk.done.publish': '{count, plural, other {已发布 # 份文件}}',
  'bulk.done.unpublish': '{count, plural, other {已从列表中撤下 # 份文件}}',
  'bulk.done.public': '{count, plural, other {已将 # 份文件设为公开}}',
  'bulk.done.members': '{count, plural, other {已将 # 份文件设为仅限成员}}',
  'bulk.done.move': '{count, plural, other {已移动 # 份文件}}',
  'bulk.done.reallocate': '{count, plural, other {已重新分配 # 份文件}}',
  'bulk.done.handback': '{count, plural, other {已退回 # 份文件}}',
};
