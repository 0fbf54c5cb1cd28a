/** The formats a meeting may take as attachments: the meeting form offers them, the file checks enforce them. */
export const ATTACHMENT_FORMATS = ['pdf', 'docx', 'pptx', 'xlsx', 'zip'] as const;
export type FileFormat = (typeof ATTACHMENT_FORMATS)[number];
