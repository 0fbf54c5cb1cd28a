/**
 * The words of an ITU cover page in the six languages the membership writes in: the labels of the cover
 * table ("Question(s):", "Источник:", "来源："...), the purposes and the document types.
 */
import { PURPOSES, type DocumentType, type Purpose } from '../../../db/schema';
import { CATALOGUES } from '../../i18n/catalogues';
import type { MessageKey } from '../../i18n/en';

export type CoverLabel =
  | 'questions'
  | 'studyGroup'
  | 'workingParty'
  | 'meeting'
  | 'type'
  | 'source'
  | 'title'
  | 'purpose'
  | 'contact'
  | 'keywords'
  | 'abstract';

/** A label as written, reduced for comparison: lower case, no accents, no "*", no trailing colon, single spaces. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*[:：]\s*$/, '')
    .trim();
}

const LABEL_WORDS: Record<CoverLabel, string[]> = {
  questions: [
    'question(s)',
    'questions',
    'question',
    'q',
    'question(s) concerned',
    'working group(s)',
    'working groups',
    'working group',
    'wg(s)',
    'wgs',
    'wg',
    'cuestion(es)',
    'cuestiones',
    'cuestion',
    'вопрос(ы)',
    'вопросы',
    'вопрос',
    '课题',
    '研究课题',
    'المسائل',
    'المسألة',
    'المسألة (المسائل)',
    'المسألة/المسائل',
  ],
  studyGroup: [
    'study group',
    "commission d'etudes",
    'commission d’etudes',
    'comision de estudio',
    'исследовательская комиссия',
    '研究组',
    'لجنة الدراسات',
  ],
  workingParty: ['working party', 'groupe de travail', 'grupo de trabajo', 'рабочая группа', '工作组', 'فرقة العمل'],
  meeting: [
    'meeting, date',
    'meeting',
    'place and date',
    'date and place',
    'lieu et date',
    'reunion, date',
    'lugar y fecha',
    'reunion',
    'собрание, дата',
    'место и дата',
    '会议、日期',
    '会议，日期',
    '会议日期',
    'الاجتماع، التاريخ',
    'الاجتماع والتاريخ',
  ],
  type: [
    'intended type of document',
    'intended type of document (r-c-td)',
    'type of document',
    'document type',
    'type de document prevu',
    'type de document',
    'tipo de documento previsto',
    'tipo de documento',
    'предполагаемый тип документа',
    'тип документа',
    '文件类型',
    '拟议文件类型',
    'نوع الوثيقة',
  ],
  source: ['source', 'origine', 'origen', 'fuente', 'источник', '来源', '文稿来源', 'المصدر'],
  title: ['title', 'titre', 'titulo', 'название', 'заголовок', '标题', '题目', 'العنوان'],
  purpose: ['purpose', 'objet', 'but', 'finalidad', 'proposito', 'objetivo', 'цель', '目的', 'الغرض'],
  contact: [
    'contact',
    'contacts',
    'contact person',
    'contacto',
    'contactos',
    'для контактов',
    'контактное лицо',
    'контакт',
    '联系人',
    '联系方式',
    'جهة الاتصال',
    'للاتصال',
  ],
  keywords: [
    'keywords',
    'keyword',
    'key words',
    'mots cles',
    'mots-cles',
    'palabras clave',
    'palabras claves',
    'ключевые слова',
    '关键词',
    '关键字',
    'الكلمات الأساسية',
    'الكلمات الرئيسية',
    'كلمات رئيسية',
  ],
  abstract: [
    'abstract',
    'summary',
    'resume',
    'resumen',
    'аннотация',
    'резюме',
    'краткое содержание',
    '摘要',
    '概要',
    'الملخص',
    'ملخص',
  ],
};

/** The cover labels the portal's own templates write, in each language it has a catalogue for. */
const TEMPLATE_LABELS: [CoverLabel, MessageKey][] = [
  ['questions', 'doc.question'],
  ['meeting', 'doc.meetingDate'],
  ['source', 'doc.source'],
  ['title', 'doc.title'],
  ['purpose', 'doc.purpose'],
  ['contact', 'doc.contact'],
  ['keywords', 'doc.keywords'],
  ['abstract', 'doc.abstract'],
];
const catalogues = Object.values(CATALOGUES);

const LABELS = new Map<string, CoverLabel>([
  ...(Object.entries(LABEL_WORDS) as [CoverLabel, string[]][]).flatMap(([label, words]) =>
    words.map((w) => [normalizeLabel(w), label] as const),
  ),
  ...TEMPLATE_LABELS.flatMap(([label, key]) => catalogues.map((c) => [normalizeLabel(c[key]), label] as const)),
]);

/** The cover field a label names ("Question(s):", "Meeting, date:", "Intended type of document (R-C-TD):"), or null. */
export function labelOf(text: string): CoverLabel | null {
  const n = normalizeLabel(text);
  if (!n || n.length > 60 || n.includes('\n')) return null;
  return LABELS.get(n) ?? LABELS.get(n.replace(/\s*\([^)]*\)$/, '')) ?? null;
}

/** "Source: ETRI" written in one cell or paragraph: the label and what follows it. */
export function inlineLabel(text: string): { label: CoverLabel; value: string } | null {
  const m = /^\s*([^:：\n]{1,60}?)\s*[:：]\s*([\s\S]*)$/.exec(text);
  if (!m) return null;
  const label = labelOf(m[1]);
  return label ? { label, value: m[2] } : null;
}

/** Whether `text` (normalized) is one of `words`, or starts with one followed by a non-letter. */
function startsWithWord(text: string, words: string[], whole = false) {
  return words
    .map(normalizeLabel)
    .some((w) => text === w || (!whole && text.startsWith(w) && !/^[\p{L}\p{N}]/u.test(text.slice(w.length))));
}

const PURPOSE_WORDS: Record<Purpose, string[]> = {
  discussion: ['discussion', 'discusión', 'обсуждение', '讨论', 'مناقشة'],
  proposal: ['proposal', 'proposition', 'propuesta', 'предложение', '提案', '建议', 'اقتراح'],
  information: ['information', 'información', 'информация', '信息', '参考', 'معلومات', 'للعلم'],
  decision: ['decision', 'décision', 'decisión', 'решение', '决定', 'قرار'],
  approval: ['approval', 'approbation', 'aprobación', 'утверждение', '批准', 'موافقة'],
};

/** The purpose named in a cell ("Discussion", "Proposition", "提案"...), or null. */
export function purposeOf(text: string): Purpose | null {
  const n = normalizeLabel(text);
  const words = n.split(/[^\p{L}]+/u).filter(Boolean);
  for (const p of PURPOSES) {
    const wanted = PURPOSE_WORDS[p].map(normalizeLabel);
    if (wanted.some((w) => words.includes(w) || (!/^[a-z\u0400-\u04ff]/.test(w) && n.includes(w)))) return p;
  }
  return null;
}

const TYPE_WORDS: [DocumentType, string[], boolean][] = [
  [
    'td',
    [
      'td',
      'temporary document',
      'document temporaire',
      'documento temporal',
      'временный документ',
      '临时文件',
      'وثيقة مؤقتة',
    ],
    false,
  ],
  ['contribution', ['c', 'contribution', 'contribución', 'вклад', '文稿', 'مساهمة'], true],
  ['report', ['r', 'report', 'rapport', 'informe', 'отчет', 'отчёт', '报告', 'تقرير'], true],
  [
    'input',
    [
      'input document',
      'input',
      "document d'entrée",
      'documento de entrada',
      'входной документ',
      '输入文件',
      'وثيقة دخل',
    ],
    false,
  ],
  [
    'output',
    [
      'output document',
      'output',
      'document de sortie',
      'documento de salida',
      'выходной документ',
      '输出文件',
      'وثيقة خرج',
    ],
    false,
  ],
  ['jca', ['jca document'], false],
  [
    'ls_in',
    [
      'liaison statement',
      'ls',
      'déclaration de liaison',
      'declaración de coordinación',
      'заявление о взаимодействии',
      '联络声明',
      'بيان اتصال',
    ],
    false,
  ],
  [
    'agenda',
    ['agenda', 'draft agenda', 'ordre du jour', 'orden del día', 'повестка дня', '议程', 'جدول الأعمال'],
    false,
  ],
];

/** The type headings the portal's own templates write, in each language it has a catalogue for. */
const TEMPLATE_HEADINGS: [DocumentType, MessageKey][] = [
  ['contribution', 'doc.kind.contribution'],
  ['td', 'doc.kind.td'],
  ['input', 'doc.kind.input'],
  ['output', 'doc.kind.output'],
  ['jca', 'doc.kind.jca'],
  ['report', 'doc.kind.report'],
  ['agenda', 'doc.kind.agenda'],
  ['ls_in', 'doc.kind.liaisonIn'],
  ['ls_out', 'doc.kind.liaisonOut'],
  ['ls_in', 'doc.kind.liaison'],
];
const HEADING_WORDS: [DocumentType, string[], boolean][] = TEMPLATE_HEADINGS.map(([type, key]) => [
  type,
  catalogues.map((c) => c[key]),
  true,
]);

/** The document type a cover names ("TD", "C", "CONTRIBUTION", "Input document"...), or null. */
export function documentTypeOf(text: string): DocumentType | null {
  const n = normalizeLabel(text.replace(/\[[^\]]*\]/g, ' '));
  return (
    HEADING_WORDS.find(([, words, whole]) => startsWithWord(n, words, whole))?.[0] ??
    TYPE_WORDS.find(([, words, whole]) => startsWithWord(n, words, whole))?.[0] ??
    null
  );
}

const CONTACT_LINE_WORDS = {
  phone: [
    'tel',
    'tel.',
    'tél',
    'phone',
    'telephone',
    'téléphone',
    'teléfono',
    'mobile',
    'mob',
    'cell',
    'тел',
    'тел.',
    'телефон',
    '电话',
    '手机',
    'الهاتف',
    'هاتف',
  ],
  fax: ['fax', 'telefax', 'télécopie', 'факс', '传真', 'الفاكس', 'فاكس'],
  email: [
    'e-mail',
    'email',
    'e-mail address',
    'mail',
    'courriel',
    'correo-e',
    'correo electrónico',
    'эл. почта',
    'эл.почта',
    'e-mail/эл. почта',
    'электронная почта',
    '电子邮件',
    '电邮',
    '邮箱',
    'البريد الإلكتروني',
  ],
  name: ['name', 'nom', 'nombre', 'имя', 'фио', 'ф.и.о', '姓名', 'الاسم'],
  organisation: [
    'organization',
    'organisation',
    'company',
    'organización',
    'организация',
    '单位',
    '组织',
    'المنظمة',
    'الجهة',
  ],
  country: ['country', 'pays', 'país', 'страна', '国家', 'البلد'],
};
export type ContactLine = keyof typeof CONTACT_LINE_WORDS;
const CONTACT_LINES = new Map<string, ContactLine>(
  (Object.entries(CONTACT_LINE_WORDS) as [ContactLine, string[]][]).flatMap(([k, words]) =>
    words.map((w) => [normalizeLabel(w).replace(/\.$/, ''), k] as const),
  ),
);

/** Inside a contact block: what a line label names ("Tel:", "Fax:", "E-mail:", "Courriel :", "电子邮件："...), or null. */
export function contactLineOf(label: string): ContactLine | null {
  return CONTACT_LINES.get(normalizeLabel(label).replace(/\.$/, '')) ?? null;
}
