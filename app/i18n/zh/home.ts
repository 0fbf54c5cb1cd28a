import type { home as english } from '../en/home';
import type { Translation } from '../types';

/** Chinese (Simplified) messages of the pages the home leads to: a sub-group's documents, presence, list filters. */
export const home: Translation<typeof english> = {
  'group.documents.title': '分配给 {group} 的文件',
  'group.documents.none': '尚无分配给本组的文件。',
  'group.documents.number': '编号',
  'group.documents.document': '文件',
  'group.documents.decision': '决定',
  'group.documents.all': '{group} 在本次会议的全部 {count, plural, other {# 份文件}}',
  'group.documents.list': '{group} 在本次会议的文件列表',
  'collab.presence.editing': '{name}（编辑中）',
  'collab.presence.reading': '{name}（阅读中）',
  'publication.filter.label': '显示',
  'publication.filter.all': '全部文件',
  'publication.filter.unpublished': '已登记、未发布',
  'publication.filter.noneUnpublished': '所有已登记的文件均已发布。',
};
