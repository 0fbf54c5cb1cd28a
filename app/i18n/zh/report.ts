import type { report as english } from '../en/report';
import type { Translation } from '../types';

/** Chinese messages of chair’s notes, meeting reports, a meeting’s outputs and what became of a document. */
export const report: Translation<typeof english> = {
  'notes.title': '主席笔记',
  'notes.write': '撰写笔记',
  'notes.edit': '编辑笔记',
  'notes.close': '关闭笔记',
  'notes.editorLabel': '关于议项 {label} 的主席笔记',
  'notes.chairsOnly': '只有会议所属组的主席和秘书处可以撰写主席笔记。',
  'report.title': '会议报告',
  'report.nav': '报告',
  'report.none': '本次会议尚未起草报告。',
  'report.draftHelp':
    '门户根据议程起草初稿：每个议项及其主席笔记、所涉文件及其决定，已发出的联络声明，下次会议以及已注册与会者名单。请共同编辑；随后由秘书处将其发布为编号文件。',
  'report.draft': '起草报告',
  'report.drafted': '已根据会议起草报告。',
  'report.noAgenda': '本次会议尚无议程，而报告需根据议程的议项起草：请先创建议程。未做任何更改。',
  'report.draftExists': '报告草稿已存在，且可能已被编辑：未予替换。如需根据会议重新开始，请确认重新起草。',
  'report.redraft': '根据会议重新起草…',
  'report.redraftWarning':
    '重新起草会用根据会议当前情况生成的新草稿替换当前文本。当前文本会先保存为一个版本，您可以在下方比较和恢复。',
  'report.redraftConfirm': '用新草稿替换',
  'report.redraftCancel': '保留当前草稿',
  'report.redrafted': '报告已重新起草；之前的文本保存为版本“{label}”。',
  'report.keptVersion': '重新起草之前（{date}）',
  'report.publish': '发布为编号文件',
  'report.published': '报告已发布，编号为 {number}。',
  'report.alreadyPublished': '报告已发布，编号为 {number}：报告只发布一次。未作任何更改。',
  'report.publishedHint': '报告已发布；此后对本文本的修改不属于已发布的文件。',
  'report.state.draft': '草稿',
  'report.state.published': '已发布',
  'report.noAccess': '报告草稿向会议所属组的成员开放。',
  'report.noScheme':
    '本次会议没有报告的编号方案（也没有报告可以代用的 TD、输出文件或 JCA 文件的编号方案）。秘书处可在该组的编号方案页面添加；未发布任何内容。',
  'report.outputs.report': '会议报告',
  'report.outputs.reportDraft': '报告正在起草中。',
  'report.outputs.statements': '已发出的联络声明',
  'report.outputs.deliverables': '已同意的交付成果',
  'report.outputs.others': '其他成果',
  'fate.title': '处理结果',
  'fate.decision': '决定：{decision}',
  'fate.pending': '尚未记录决定。',
  'fate.revisedBy': '修订版：{number}',
  'fate.answeredBy': '答复：{number}',
  'fate.replyDrafting': '答复正在起草中。',
  'fate.inReport': '已载入会议报告 {number}',
};
