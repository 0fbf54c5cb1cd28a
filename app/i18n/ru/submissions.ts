import type { submissions as english } from '../en/submissions';
import type { Translation } from '../types';

/** Russian messages of submissions: meeting set-up, templates, the submission form, receipts, my documents, the document page. */
export const submissions: Translation<typeof english> = {
  'submissions.tooLong': 'Слишком длинный текст; сократите его.',
  'submissions.titleTooLong':
    'Название слишком длинное (не более 500 символов); сократите его, а остальное перенесите в резюме.',
  'submissions.purposeRequired': 'Выберите цель: обсуждение, предложение, информация, решение или утверждение.',
  'submissions.contactRequired': 'Укажите хотя бы одно контактное лицо с адресом электронной почты.',
  'submissions.abstractRequired':
    'Напишите резюме: несколько предложений о том, что предлагается или сообщается в документе.',
  'submissions.keywordsRequired': 'Укажите хотя бы одно ключевое слово.',
  'submissions.proposedRequired': 'Отметьте хотя бы один Вопрос или рабочую группу, для которых предназначен документ.',
  'submissions.tooManyContacts':
    'В документе может быть указано не более 20 контактных лиц (каждое получает уведомления о получении по электронной почте). Оставьте тех, к кому следует обращаться по документу.',
  'submissions.fieldTooLarge': 'Текстовое поле слишком длинное; сократите его и представьте документ еще раз.',
  'submissions.tooManyFiles':
    'В одном представлении может быть не более {max, plural, one {# файла} few {# файлов} many {# файлов} other {# файла}} (основной файл и вложения). Остальные файлы поместите во вложение .zip.',
  'submissions.upload.unreadable':
    'Загрузка прервалась до получения всей формы (возможно, было потеряно соединение). Отправьте ее со страницы еще раз.',
  'submissions.typeNotTaken': 'Это собрание не принимает документы этого типа; выберите тип из списка.',
  'submissions.mainRequired': 'Выберите основной файл (.docx) документа.',
  'submissions.uploadGone':
    'Ранее загруженный вами файл больше не ожидает отправки; выберите его снова и представьте документ.',
  'submissions.deadlinePassed':
    'Предельный срок представления вкладов на это собрание истек, и документы, представленные с опозданием, не принимаются. Если ваш документ все же должен быть рассмотрен, обратитесь в секретариат.',
  'submissions.closed': 'Это собрание не принимает документы.',
  'submissions.stale':
    'Пока вы просматривали этот документ, его изменил кто-то другой; обновите страницу и повторите попытку.',
  'submissions.replaceRegistered': 'Этот документ уже зарегистрирован: вместо замены файла представьте пересмотр.',
  'submissions.reviseUnregistered':
    'Пересмотреть можно только зарегистрированный документ; пока документ ожидает регистрации, замените его файл.',
  'submissions.alreadyRevised': 'У этого документа уже есть более новый пересмотр; пересматривайте последний.',
  'submissions.alreadyWithdrawn': 'Этот документ уже отозван.',
  'submissions.template.unknownType': 'У этого собрания нет шаблона для документов этого типа.',
  'submissions.file.empty':
    'Файл «{filename}» пуст (0 байт). Сохраните документ заново в Word или LibreOffice и загрузите сохраненный файл.',
  'submissions.file.program': 'Файл «{filename}» — программа, а не документ. Загрузите подготовленный вами файл .docx.',
  'submissions.file.notDocx':
    'Файл «{filename}» не является документом Word (.docx), что бы ни говорило его имя. Откройте его в Word или LibreOffice, сохраните как «Документ Word (.docx)» и загрузите снова.',
  'submissions.file.mainNotDocx':
    'Основной файл «{filename}» должен быть документом Word (.docx). Сохраните его в формате .docx и загрузите снова; файлы PDF и слайды можно приложить как вложения.',
  'submissions.file.legacy':
    'Файл «{filename}» сохранен в старом формате Word/Office (.doc, .xls, .ppt). Сохраните его в формате .docx (или .xlsx, .pptx) и загрузите снова.',
  'submissions.file.doc':
    'Файл «{filename}» — документ Word 97–2003 (.doc). Откройте его в Word или LibreOffice, сохраните как «Документ Word (.docx)» и загрузите сохраненный файл.',
  'submissions.file.xls':
    'Файл «{filename}» — книга Excel 97–2003 (.xls). Откройте его в Excel или LibreOffice, сохраните как «Книга Excel (.xlsx)» и загрузите сохраненный файл.',
  'submissions.file.ppt':
    'Файл «{filename}» — презентация PowerPoint 97–2003 (.ppt). Откройте его в PowerPoint или LibreOffice, сохраните как «Презентация PowerPoint (.pptx)» и загрузите сохраненный файл.',
  'submissions.file.odt':
    'Файл «{filename}» — текстовый документ OpenDocument (.odt), собственный формат LibreOffice. Откройте его в LibreOffice или Word, сохраните как «Word 2007–365 (.docx)» и загрузите сохраненный файл.',
  'submissions.file.ods':
    'Файл «{filename}» — электронная таблица OpenDocument (.ods). Откройте его в LibreOffice или Excel, сохраните как «Excel 2007–365 (.xlsx)» и загрузите сохраненный файл.',
  'submissions.file.odp':
    'Файл «{filename}» — презентация OpenDocument (.odp). Откройте его в LibreOffice или PowerPoint, сохраните как «PowerPoint 2007–365 (.pptx)» и загрузите сохраненный файл.',
  'submissions.file.encrypted':
    'Файл «{filename}» защищен паролем, поэтому никто не сможет его открыть. Снимите пароль (в Word: Файл > Сведения > Защита документа > Зашифровать с использованием пароля, и очистите поле; в LibreOffice: сохраните файл заново без параметра «Сохранить с паролем»), затем загрузите сохраненный файл .docx.',
  'submissions.file.corrupt':
    'Файл «{filename}» поврежден или неполон (возможно, загрузка или копирование были прерваны). Откройте его в Word для проверки, сохраните заново и загрузите сохраненный файл.',
  'submissions.file.macro':
    'Файл «{filename}» содержит макросы. Сохраните его как «Документ Word (.docx)» (не .docm), чтобы удалить их, и загрузите снова.',
  'submissions.file.bomb':
    'Файл «{filename}» распаковывается в объем данных, намного превышающий объем любого документа, поэтому он не был прочитан. Сохраните документ заново и загрузите сохраненный файл.',
  'submissions.file.format':
    'Файл «{filename}» имеет формат, который это собрание не принимает в качестве вложения. Допустимые форматы: {formats}.',
  'submissions.file.tooLarge':
    'Файл «{filename}» превышает допустимый для этого собрания размер файла ({max}). Уменьшите его (сожмите изображения, разделите приложения) и загрузите снова.',

  'submissions.cover.tableCut':
    'Таблица на титульной странице очень длинная: прочитаны только {rows, plural, one {первая # строка} few {первые # строки} many {первые # строк} other {первые # строки}}.',
  'submissions.cover.tooLong':
    'Поле «{field}» на титульной странице длиннее {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}}: прочитано только его начало.',
  'submissions.cover.duplicate': 'Поле «{field}» указано на титульной странице дважды: прочитано первое значение.',
  'submissions.cover.tooManyContacts':
    'На титульной странице указано более {max, plural, one {# контактного лица: прочитано первое} few {# контактных лиц: прочитаны первые #} many {# контактных лиц: прочитаны первые #} other {# контактного лица: прочитаны первые #}}.',
  'submissions.cover.contactNoEmail':
    'У контактного лица «{name}» на титульной странице нет адреса электронной почты: добавьте его ниже.',
  'submissions.cover.purposeUnknown':
    'Цель, указанная на титульной странице («{text}»), не является ни обсуждением, ни предложением, ни информацией, ни решением, ни утверждением: выберите цель ниже.',
  'submissions.cover.typeUnknown':
    'На титульной странице указан тип документа «{text}», неизвестный порталу: выберите тип ниже.',
  'submissions.cover.unlabelled': 'У строки таблицы на титульной странице нет заголовка («{text}»): она не прочитана.',
  'submissions.cover.unreadable': 'Часть титульной страницы не удалось прочитать: проверьте все поля ниже.',
  'submissions.cover.questionsAll':
    'В поле Вопросов или рабочих групп на титульной странице указано «{text}»: отметьте те, для которых предназначен документ.',
  'submissions.cover.questionsUnmatched':
    'На титульной странице указаны {values}, которых нет в {group}: отметьте правильные.',
  'submissions.cover.typeNotTaken':
    'Согласно титульной странице, тип документа — «{type}», но это собрание не принимает такие документы: выберите тип ниже.',
  'submissions.cover.otherGroup':
    'На титульной странице указана группа {cover}, а это собрание — собрание {group}: проверьте, что вы представляете документ на нужное собрание.',

  'submissions.meeting.newTitle': 'Новое собрание: {group}',
  'submissions.meeting.editTitle': 'Изменение: {meeting}',
  'submissions.meeting.number': 'Укажите целое число или оставьте поле пустым.',
  'submissions.meeting.date': 'Укажите дату в формате ГГГГ-ММ-ДД.',
  'submissions.meeting.time': 'Укажите время в формате ЧЧ:ММ (24-часовой формат).',
  'submissions.meeting.timeZone': 'Укажите часовой пояс IANA, например Europe/Zurich или Asia/Shanghai.',
  'submissions.meeting.maxFileMb': 'Укажите размер в МБ от 1 до 2048.',
  'submissions.meeting.endBeforeStart': 'Последний день не может быть раньше первого.',
  'submissions.meeting.f.title': 'Название',
  'submissions.meeting.f.number': 'Номер (1-е, 2-е…)',
  'submissions.meeting.f.startsOn': 'Первый день',
  'submissions.meeting.f.endsOn': 'Последний день',
  'submissions.meeting.f.startTime': 'Время начала (для коротких собраний)',
  'submissions.meeting.f.endTime': 'Время окончания',
  'submissions.meeting.f.timeZone': 'Часовой пояс (IANA)',
  'submissions.meeting.f.locationKind': 'Формат',
  'submissions.meeting.f.place': 'Место проведения',
  'submissions.meeting.f.host': 'Принимающая сторона',
  'submissions.meeting.f.deadline': 'Предельный срок представления вкладов',
  'submissions.meeting.f.deadlineRule':
    'Правило группы: за {days, plural, one {# календарный день} few {# календарных дня} many {# календарных дней} other {# календарного дня}} до первого дня, {time} по времени собрания',
  'submissions.meeting.f.deadlineRuleNow': 'Правило группы (сейчас: {when})',
  'submissions.meeting.f.deadlineCustom': 'Задать вручную (дата и время по часовому поясу собрания):',
  'submissions.meeting.f.deadlineNone': 'Без нумерованных документов (мероприятие)',
  'submissions.meeting.f.deadlineDate': 'Дата предельного срока',
  'submissions.meeting.f.deadlineTime': 'Время предельного срока',
  'submissions.meeting.f.acceptsLate': 'Принимать документы, представленные с опозданием (с пометкой об опоздании)',
  'submissions.meeting.f.documentTypes': 'Принимаемые типы документов',
  'submissions.meeting.f.requiredFields': 'При представлении обязательно указать (помимо типа и названия)',
  'submissions.meeting.f.attachmentFormats': 'Форматы вложений (основной файл всегда .docx)',
  'submissions.meeting.f.maxFileMb': 'Максимальный размер файла (МБ)',
  'submissions.meeting.f.documentAccess': 'Доступ к документам',
  'submissions.meeting.f.notes': 'Примечания',
  'submissions.meeting.f.language': 'Рабочий язык',
  'submissions.meeting.f.languageHint':
    'Язык подписей в шаблонах, повестке дня, заявлениях о взаимодействии и отчете собрания; сам текст документов не переводится.',
  'submissions.meeting.physical': 'Очное',
  'submissions.meeting.virtual': 'Виртуальное',
  'submissions.meeting.hybrid': 'Смешанное',
  'submissions.meeting.public': 'Общедоступные (открыты для всех)',
  'submissions.meeting.members': 'Только для членов',
  'submissions.meeting.save': 'Сохранить собрание',
  'submissions.meeting.create': 'Создать собрание',
  'submissions.meeting.saved': 'Собрание сохранено.',
  'submissions.meeting.newLink': 'Новое собрание',

  'submissions.type.contribution': 'Вклад',
  'submissions.type.td': 'Временный документ (TD)',
  'submissions.type.input': 'Входной документ',
  'submissions.type.output': 'Выходной документ',
  'submissions.type.jca': 'Документ JCA',
  'submissions.type.ls_in': 'Входящее заявление о взаимодействии',
  'submissions.type.ls_out': 'Исходящее заявление о взаимодействии',
  'submissions.type.agenda': 'Повестка дня',
  'submissions.type.report': 'Отчет',
  'submissions.purpose.discussion': 'Обсуждение',
  'submissions.purpose.proposal': 'Предложение',
  'submissions.purpose.information': 'Информация',
  'submissions.purpose.decision': 'Решение',
  'submissions.purpose.approval': 'Утверждение',
  'submissions.state.submitted': 'Представлен, ожидает регистрации',
  'submissions.state.reserved': 'Номер зарезервирован',
  'submissions.state.registered': 'Зарегистрирован',
  'submissions.state.withdrawn': 'Отозван',
  'submissions.role.main': 'Основной файл',
  'submissions.role.attachment': 'Вложение',
  'submissions.role.stamped': 'Копия со штампом',
  'submissions.role.pdf': 'PDF',

  'submissions.submit.title': 'Представление документа: {meeting}',
  'submissions.submit.deadline': 'Предельный срок представления вкладов',
  'submissions.submit.deadlinePassed':
    'Предельный срок представления вкладов истек. Это собрание не принимает документы, представленные с опозданием.',
  'submissions.submit.lateWarning':
    'Предельный срок представления вкладов истек. Это собрание принимает документы, представленные с опозданием: ваш документ будет помечен как поступивший с опозданием, и эта пометка будет видна всем.',
  'submissions.submit.secretariatLate':
    'Предельный срок истек; как секретариат вы можете представить документ (он будет помечен как поступивший с опозданием).',
  'submissions.submit.templates': 'Шаблоны',
  'submissions.submit.templatesHint':
    'Подготовьте документ по шаблону группы: портал считывает титульную страницу, чтобы заполнить эту форму.',
  'submissions.submit.step1': '1. Ваш файл',
  'submissions.submit.step2': '2. Проверка сведений',
  'submissions.submit.main': 'Основной файл (.docx)',
  'submissions.submit.mainHint': 'Не более {max}. Титульная страница считывается для заполнения формы ниже.',
  'submissions.submit.mainStaged': 'Загружен: {filename} ({size}). Чтобы заменить его, выберите другой файл.',
  'submissions.submit.attachments': 'Вложения (необязательно)',
  'submissions.submit.attachmentsHint': 'Допустимые форматы: {formats}; не более {max} каждое.',
  'submissions.submit.noAttachments': 'Это собрание не принимает вложения.',
  'submissions.submit.keep': 'Оставить {filename} ({size})',
  'submissions.submit.read': 'Загрузить и считать титульную страницу',
  'submissions.submit.readDone':
    'Титульная страница файла {filename} считана. Проверьте все поля ниже, исправьте неверное и заполните недостающее.',
  'submissions.submit.readNothing': 'В файле {filename} не найдены поля титульной страницы; заполните форму ниже.',
  'submissions.submit.missing': 'Отсутствует в файле, заполните: {fields}',
  'submissions.submit.fromTemplate': 'Подготовлен по шаблону портала.',
  'submissions.submit.type': 'Тип документа',
  'submissions.submit.choose': 'Выберите…',
  'submissions.submit.f.title': 'Название',
  'submissions.submit.f.source': 'Источник (организации-члены)',
  'submissions.submit.f.purpose': 'Цель',
  'submissions.submit.f.keywords': 'Ключевые слова (через запятую)',
  'submissions.submit.f.abstract': 'Резюме',
  'submissions.submit.f.proposed': 'Предлагаемые Вопросы / рабочие группы',
  'submissions.submit.contacts': 'Контактные лица',
  'submissions.submit.contact': 'Контактное лицо {n}',
  'submissions.submit.c.name': 'Имя',
  'submissions.submit.c.organisation': 'Организация',
  'submissions.submit.c.country': 'Страна',
  'submissions.submit.c.email': 'Электронная почта',
  'submissions.submit.c.phone': 'Телефон',
  'submissions.submit.contactsHint':
    'Соавторы, адрес электронной почты которых совпадает с учетной записью, видят документ в разделе «Мои документы».',
  'submissions.submit.submit': 'Представить документ',
  'submissions.submit.uploading': 'Загрузка… {percent}%',
  'submissions.submit.processing': 'Загрузка завершена; проверка файлов…',
  'submissions.submit.networkError':
    'Соединение прервалось во время загрузки. Ничего не представлено; повторите попытку.',
  'submissions.submit.progress': 'Ход загрузки',

  'submissions.receipt.title': 'Подтверждение получения',
  'submissions.receipt.lead':
    'Ваш документ получен. Сохраните эту страницу: на ней точно указано, что сохранил портал.',
  'submissions.receipt.number': 'Номер документа',
  'submissions.receipt.numberPending':
    'Еще не присвоен: секретариат присваивает номер при регистрации документа. Затем номер появится здесь и на странице документа.',
  'submissions.receipt.numberOnRegistration':
    '(сохраняется от исходного документа; этот пересмотр получит его при регистрации секретариатом)',
  'submissions.receipt.numberNone': 'Нет: документ был отозван до регистрации.',
  'submissions.receipt.status': 'Статус',
  'submissions.receipt.received': 'Получен',
  'submissions.receipt.utc': '{time} UTC',
  'submissions.receipt.files': 'Полученные файлы',
  'submissions.receipt.mail': 'Подтверждение получения отправлено по электронной почте: {to}.',
  'submissions.receipt.open': 'Открыть страницу документа',
  'submissions.late': 'С опозданием',

  'submissions.my.title': 'Мои документы',
  'submissions.my.lead': 'Документы, которые вы представили или в которых вы указаны как контактное лицо.',
  'submissions.my.none':
    'У вас пока нет документов. Откройте собрание, принимающее документы, и выберите «Представить документ».',
  'submissions.my.document': 'Документ',
  'submissions.my.meeting': 'Собрание',
  'submissions.my.state': 'Состояние',
  'submissions.my.submitted': 'Представлен',
  'submissions.my.coauthor': 'соавтор',

  'submissions.doc.number': 'Номер',
  'submissions.doc.notNumbered': 'Номер еще не присвоен',
  'submissions.doc.type': 'Тип',
  'submissions.doc.meeting': 'Собрание',
  'submissions.doc.state': 'Состояние',
  'submissions.doc.source': 'Источник',
  'submissions.doc.purpose': 'Цель',
  'submissions.doc.keywords': 'Ключевые слова',
  'submissions.doc.abstract': 'Резюме',
  'submissions.doc.contacts': 'Контактные лица',
  'submissions.doc.proposed': 'Предлагается для',
  'submissions.doc.submittedBy': 'Представил(а)',
  'submissions.doc.submittedAt': 'Представлен',
  'submissions.doc.files': 'Файлы',
  'submissions.doc.file': 'Файл',
  'submissions.doc.role': 'Роль',
  'submissions.doc.version': 'Версия',
  'submissions.doc.size': 'Размер',
  'submissions.doc.sha256': 'SHA-256',
  'submissions.doc.superseded': 'заменен',
  'submissions.doc.revisionOf': 'Это Rev.{revision} документа',
  'submissions.doc.original': 'исходный документ',
  'submissions.doc.revisedBy': 'Пересмотрен в',
  'submissions.doc.history': 'История',
  'submissions.doc.when': 'Когда',
  'submissions.doc.who': 'Кто',
  'submissions.doc.what': 'Что',
  'submissions.doc.withdrawnBanner': 'Этот документ отозван. Он сохраняется для справки.',
  'submissions.doc.lateBanner':
    'Этот документ поступил после предельного срока представления вкладов и был принят с опозданием.',
  'submissions.doc.actions': 'Ваши действия',
  'submissions.doc.replace': 'Заменить основной файл',
  'submissions.doc.replaceHint':
    'До регистрации документа секретариатом вы можете заменить файл; предыдущие версии сохраняются.',
  'submissions.doc.revise': 'Представить пересмотр',
  'submissions.doc.withdraw': 'Отозвать этот документ…',
  'submissions.doc.withdrawConfirm': 'Да, отозвать',
  'submissions.doc.withdrawHint':
    'Отозванный документ остается в списке с пометкой «отозван»; он никогда не удаляется.',
  'submissions.doc.withdrawn': 'Документ отозван.',
  'submissions.doc.replaced': 'Файл заменен.',
  'submissions.revise.title': 'Пересмотр документа «{title}»',
  'submissions.revise.lead': 'После регистрации пересмотр станет Rev.{revision} с тем же номером.',
  'submissions.event.document.submitted': 'Представлен',
  'submissions.event.document.file_replaced': 'Основной файл заменен',
  'submissions.event.document.revision_submitted': 'Представлен пересмотр',
  'submissions.event.document.revised_by': 'Представлен пересмотр документа',
  'submissions.event.document.withdrawn': 'Отозван',
  'submissions.event.document.reserved': 'Номер зарезервирован',
  'submissions.event.document.registered': 'Зарегистрирован',
  'submissions.event.document.filled': 'К зарезервированному номеру добавлен файл; документ зарегистрирован',
  'submissions.event.document.stamped': 'Создана копия со штампом',
  'submissions.event.document.allocated': 'Изменено распределение или пункт повестки дня',
  'submissions.event.document.handed_back': 'Возвращен секретариату',
  'submissions.event.document.decided': 'Зафиксировано решение',
  'submissions.event.document.linked_revision': 'Связан как пересмотр другого документа',
  'submissions.event.document.published': 'Опубликован',
  'submissions.event.document.unpublished': 'Исключен из опубликованного списка',
  'submissions.event.document.access_changed': 'Изменен доступ',
  'submissions.event.agenda.publish': 'Опубликован как повестка дня собрания',
  'submissions.event.liaison.register_incoming': 'Зарегистрирован как входящее заявление о взаимодействии',
  'submissions.event.liaison.agreed': 'Заявление о взаимодействии согласовано',
  'submissions.event.liaison.approved': 'Заявление о взаимодействии утверждено',
  'submissions.event.liaison.sent': 'Заявление о взаимодействии отправлено',
  'submissions.event.liaison.reopen': 'Заявление о взаимодействии вновь открыто как проект',
  'submissions.event.other': 'Изменено ({action})',
  'submissions.event.detail.inheritedFrom': 'унаследовано от {number}',
  'submissions.event.detail.decision': '{decision}',
  'submissions.event.detail.decisionLink': '{decision}: {number}',

  'submissions.mail.title': 'Почта разработки',
  'submissions.mail.lead':
    'Сообщения, которые портал записал в свою почтовую папку (встроенный режим без SMTP). В рабочей среде недоступно.',
  'submissions.mail.none': 'Сообщений пока нет.',
  'submissions.mail.to': 'Кому',
};
