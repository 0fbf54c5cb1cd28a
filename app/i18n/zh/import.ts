import type { importing as english } from '../en/import';
import type { Translation } from '../types';

/** Chinese (Simplified) messages of importing a meeting's document list and of the mailbox bridge. */
export const importing: Translation<typeof english> = {
  'import.list.empty': '列表为空：须有一个至少包含“Number”和“Title”的标题行，且每份文件一行。',
  'import.list.tooLarge': '列表文件大于 {max}。请将其拆分，或不在其中包含电子文件（电子文件放入 zip）。',
  'import.list.tooManyRows': '列表有 {count} 行；一次最多可导入 {max} 行。请将其拆分为多个列表并逐一导入。',
  'import.list.columnsMissing':
    '列表须有一个标题行，至少列出“Number”和“Title”两列（会议 CSV 导出文件的列可按原样识别）。',
  'import.list.utf16NoBom':
    '该列表似乎是不带字节顺序标记的 UTF-16 文本，无法安全读取。请重新另存为“CSV UTF-8”（或 .xlsx）。',
  'import.list.unknownEncoding':
    '无法识别清单的文本编码。可读取的编码为：{accepted}。请将其重新另存为“CSV UTF-8”（或 .xlsx）。',
  'import.list.badCsv': '无法将列表作为 CSV 读取：{reason}。请检查引号，并重新另存为“CSV UTF-8”。',
  'import.list.badXlsx': '无法将该 .xlsx 文件作为电子表格读取。请在 Excel 或 LibreOffice 中打开并重新保存。',
  'import.list.ignoredColumn': '导入功能无法识别“{column}”列；该列已略去。',
  'import.list.noRows': '列表中没有文件行。',
  'import.refused': '未导入任何内容：{count, plural, other {# 行}}存在问题。请更正列表后重试。',
  'import.row.numberMissing': '无编号。',
  'import.row.titleMissing': '无标题。',
  'import.row.unknownType':
    '未知的文件类型“{type}”（请使用 contribution、td、input、output、jca、ls_in、ls_out、agenda 或 report）。',
  'import.row.typeUnknownFromNumber': '本次会议没有任何编号方案生成类似 {number} 的编号；请添加“Type”列。',
  'import.row.noScheme': '本次会议没有 {type} 类型的编号方案；请先在本组的编号方案页面添加一个。',
  'import.row.numberFormat': '编号 {number} 不符合方案格式（编号形如 {example}）。',
  'import.row.unknownGroup': '未知的工作组或课题“{code}”（不是本次会议所属组的下属组）。',
  'import.row.unknownAgenda': '议程项目“{item}”不在本次会议议程中；该文件将在无议程项目的情况下导入。',
  'import.row.unknownDecision': '未知的决定“{decision}”（请使用 {allowed}，或留空）。',
  'import.row.unknownAccess': '未知的访问权限“{access}”（请使用 public 或 members，或留空）。',
  'import.row.unknownPurpose': '未知的目的“{purpose}”（请使用 {allowed}，或留空）。',
  'import.row.badEmail': '“{value}”不是电子邮件地址。',
  'import.row.badDate': '“{value}”不是日期（请使用 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SSZ）。',
  'import.row.duplicate': '编号 {number} 已出现在本列表第 {line} 行。',
  'import.row.numberTaken': '编号 {number} 属于另一次会议的文件。',
  'import.row.originalMissing': '{number} 需要其原文件 {original}，但该原文件既不在本列表中，也不在本次会议中。',
  'import.row.noMainFile': '其电子文件中没有 .docx：该文件将在无主文件的情况下导入。',
  'import.zip.corrupt': '无法读取该 zip（已损坏或不是 zip）。请重新制作后再试一次。',
  'import.zip.bomb': '该 zip 声明的条目数或字节数超出导入上限（最多 20,000 个电子文件，解压后 16 GB）。',
  'import.zip.unmatched': 'zip 条目“{name}”与列表中的任何编号均不匹配；未予导入。',
  'import.zip.notNeeded': 'zip 条目“{name}”属于本次会议已有的文件；不再重复导入。',
  'import.zip.entryUnreadable': '无法读取 zip 条目 {filename}。',
  'import.form.listRequired': '请选择文件列表（.csv 或 .xlsx）。',
  'import.form.listType': '清单必须是 .csv 或 .xlsx 文件。',
  'import.form.zipType': '文件必须打包在一个 .zip 文件中。',
  'import.page.title': '向 {meeting} 导入文件列表',
  'import.page.intro':
    '将现有的会议文件列表导入门户：每一行成为一份已登记的文件，保留其原有编号，编号计数器随之越过这些编号。请先检查列表：所有行均正确之前不会存储任何内容。再次导入同一列表不会作任何更改。一次最多 {max} 行。',
  'import.page.link': '导入文件列表',
  'import.page.list': '文件列表（.csv 或 .xlsx）',
  'import.page.listHint':
    '一个标题行，然后每份文件一行。列：Number、Title、Source、Type、WG/Question、Agenda item、Decision、Access、Contact（会议 CSV 导出文件包含这些列）。CSV 可采用 UTF-8、UTF-16 或电子表格程序保存时使用的编码（Windows-1252、GB18030、Big5、Shift_JIS、EUC-KR、Windows-1251…）；单元格一律视为文本，绝不作为公式。',
  'import.page.zip': '电子文件（.zip，可选）',
  'import.page.zipHint':
    '每个电子文件以其文件编号命名，例如 FGMV-I-012.docx 或“FGMV-I-012 - Proposal.pdf”（与“全部下载”压缩包中的命名相同）。.docx 为主文件；其他为附件。',
  'import.page.check': '检查列表',
  'import.page.import': '导入',
  'import.page.dryRunTitle': '列表检查（未存储任何内容）',
  'import.page.resultTitle': '导入',
  'import.page.imported':
    '已导入：创建 {created, plural, other {# 份文件}}，{unchanged} 份已存在，存储 {files, plural, other {# 个电子文件}}。',
  'import.page.wouldImport':
    '列表已就绪：将创建 {created, plural, other {# 份文件}}（{files, plural, other {# 个电子文件}}），{unchanged} 份已存在。',
  'import.page.nothingToDo': '无需导入：本次会议已有列表中全部 {unchanged} 份文件。',
  'import.page.line': '行',
  'import.page.number': '编号',
  'import.page.titleColumn': '标题',
  'import.page.action': '结果',
  'import.page.files': '电子文件',
  'import.page.problems': '问题',
  'import.action.create': '新建',
  'import.action.unchanged': '已存在',
  'import.action.error': '已拒绝',
  'mailbox.reply.noMeeting':
    'Plenary 已收到您的邮件，但没有任何会议通过 {address} 以邮件方式接收文稿。请改为从会议页面在门户上提交。',
  'mailbox.reply.closed':
    'Plenary 已收到您的邮件，但 {meeting} 已不再接收文稿（截止日期已过或提交已关闭）。未存储任何内容。请向秘书处询问是否可以接受逾期文稿：{url}',
  'mailbox.reply.noDocx':
    'Plenary 已收到您发给 {meeting} 的邮件，但其中没有 Word 文件（.docx）。请以根据本组模板撰写的一个 .docx 附件重新发送文稿，或在门户上提交。',
  'mailbox.reply.severalDocx':
    'Plenary 已收到您的邮件，其中含有 {count} 个 Word 文件；一封邮件只能包含一份文稿。未存储任何内容。请将每份文稿单独用一封邮件发送。',
  'mailbox.reply.badFile': 'Plenary 已收到您的邮件，但其中的文件无法接受：{reason} 未存储任何内容；请更正后重新发送。',
  'mailbox.reply.confirm':
    'Plenary 已收到您提交给 {meeting} 的文稿 {filename}。收到时间以您的邮件送达时间为准，但只有在您确认后才算提交：请核对从其封面页读取的字段，并在此确认：{link}',
  'mailbox.reply.signUp':
    'Plenary 已收到您提交给 {meeting} 的文稿 {filename}。目前尚无使用此地址的账户：请用此地址创建账户（{signup}），确认地址后打开 {link} 核对并确认提交。收到时间以您的邮件送达时间为准。',
  'mailbox.page.title': '通过邮件提交给 {meeting} 的文稿',
  'mailbox.page.received': '来自 {from} 的邮件（“{subject}”），收到时间',
  'mailbox.page.intro':
    '以下字段读取自邮件所附文件的封面页。请核对后确认：提交将以 {sender}（{email}）的名义进行，时间为邮件送达的时间。',
  'mailbox.page.confirm': '确认提交',
  'mailbox.page.submitted': '这份通过邮件发送的文稿已提交。',
  'mailbox.page.alreadyConfirmed': '这份通过邮件发送的文稿已经确认过，只提交了一次。',
  'mailbox.page.expired': '这份通过邮件发送的文稿在到达后 {days} 天内未获确认，已过期，其文件已删除。',
  'mailbox.page.submitInstead': '在门户上提交',
  'mailbox.page.open': '打开文件',
  'mailbox.page.noAccount': '发件人尚无账户；一旦其使用发件地址注册，即可在此确认。',
  'mailbox.queue.title': '通过电子邮件收到、等待确认',
  'mailbox.queue.review': '代发件人核对并确认',
  'mailbox.queue.byEmail': '通过电子邮件',
  'mailbox.meeting.intakeAddress': '邮件提交文稿的接收地址（可选）',
  'mailbox.meeting.intakeAddressHint':
    '发送至此地址（并转发至门户）的邮件将成为提交给本次会议的文件，等待发件人确认。留空：发送至本组邮箱的邮件将转至本组下一次接收文稿的会议。',
};
