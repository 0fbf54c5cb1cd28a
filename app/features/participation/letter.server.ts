/**
 * The visa-support letter, in the ITU layout (documents/itu-layout.server.ts): letterhead, place and date, the
 * embassy or consulate addressed, the participant's passport identity, the meeting, the request to facilitate the
 * visa, and the signature block with the name and title set on the meeting. The PDF is LibreOffice's conversion of
 * the .docx, run as a child process (the event loop stays free), one at a time, cached until the data is purged.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AlignmentType } from 'docx';
import { documentLocale } from '~/i18n/document-labels';
import { translator, type Locale } from '~/i18n';
import { formatDate, formatDateRange } from '../../platform/format';
import { gap, ituCoverTable, ituDocx, textParagraph } from '../documents/itu-layout.server';

export interface LetterData {
  requestId: string;
  decidedAt: Date;
  meeting: {
    title: string;
    startsOn: string;
    endsOn: string;
    place: string;
    host: string;
    timeZone: string;
    language: string | null;
  };
  groupName: string;
  settings: { signatoryName: string; signatoryTitle: string; hostCountry: string; hostCity: string };
  participant: { organisation: string; email: string };
  passport: {
    nameInPassport: string;
    nationality: string;
    passportNumber: string;
    birthDate: string;
    stayFrom: string;
    stayTo: string;
    consulate: string;
  };
}

/** The letter's language: the meeting's working language, else English. */
export const letterLocale = (data: Pick<LetterData, 'meeting'>): Locale => documentLocale(data.meeting);

export async function visaLetterDocx(data: LetterData): Promise<Buffer> {
  const locale = letterLocale(data);
  const t = translator(locale);
  const dateLocale = locale === 'en' ? 'en-GB' : locale;
  const { meeting, passport: p, settings: s } = data;
  const day = (d: string) => formatDate(d, dateLocale);
  const decided = new Intl.DateTimeFormat('en-CA', { timeZone: meeting.timeZone }).format(data.decidedAt);
  const place = s.hostCity || meeting.place;
  const venue = [meeting.place, s.hostCountry].filter(Boolean).join(', ');
  const reference = `TSB/VISA/${data.requestId.slice(0, 8).toUpperCase()}`;
  const body = (text: string) => textParagraph(text, { spaceAfter: 160, align: AlignmentType.JUSTIFIED });
  return ituDocx(
    [
      textParagraph('ITU', { bold: true, size: 40, color: '009CD6' }),
      textParagraph(t('doc.itu'), { bold: true, size: 20 }),
      textParagraph(t('participation.letter.bureau'), { bold: true, size: 20, spaceAfter: 360 }),
      textParagraph(t('participation.letter.placeDate', { place, date: day(decided) }), {
        align: AlignmentType.RIGHT,
        spaceAfter: 240,
      }),
      ituCoverTable([
        { label: t('participation.letter.ref'), value: reference },
        { label: t('participation.letter.to'), value: p.consulate },
        {
          label: t('participation.letter.subject'),
          value: t('participation.letter.subjectText', { name: p.nameInPassport, meeting: meeting.title }),
          ruleBelow: true,
        },
      ]),
      gap(),
      textParagraph(t('participation.letter.salutation'), { spaceBefore: 240, spaceAfter: 200 }),
      body(
        t('participation.letter.intro', {
          group: data.groupName,
          meeting: meeting.title,
          dates: formatDateRange(meeting.startsOn, meeting.endsOn, dateLocale),
          venue: venue || meeting.place,
        }),
      ),
      body(t('participation.letter.invited', { organisation: data.participant.organisation })),
      ituCoverTable([
        { label: t('participation.letter.name'), value: p.nameInPassport },
        { label: t('participation.letter.nationality'), value: p.nationality },
        { label: t('participation.letter.passport'), value: p.passportNumber },
        { label: t('participation.letter.birthDate'), value: day(p.birthDate) },
        {
          label: t('participation.letter.stay'),
          value: formatDateRange(p.stayFrom, p.stayTo, dateLocale),
          ruleBelow: true,
        },
      ]),
      gap(),
      body(t('participation.letter.request')),
      body(t('participation.letter.costs')),
      body(t('participation.letter.closing')),
      textParagraph(t('participation.letter.regards'), { spaceBefore: 240, spaceAfter: 720 }),
      textParagraph(s.signatoryName || t('participation.letter.noSignatory'), { bold: true }),
      textParagraph(s.signatoryTitle),
      textParagraph(t('participation.letter.bureau')),
    ],
    { title: t('participation.letter.subjectText', { name: p.nameInPassport, meeting: meeting.title }) },
  );
}

const run = promisify(execFile);
/** One conversion at a time in this process: LibreOffice is heavy, and a burst of approvals must not fork many. */
let queue: Promise<unknown> = Promise.resolve();

/** Where converted letters are kept until their data is purged (per process). */
export const letterCacheDir = () => path.join(os.tmpdir(), 'plenary-visa-letters');
const cachePath = (requestId: string, decidedAt: Date) =>
  path.join(letterCacheDir(), `${requestId}-${decidedAt.getTime()}.pdf`);

/** The .docx as PDF through `soffice --headless --convert-to pdf`, in a private profile and folder. */
export async function convertToPdf(docx: Buffer, timeoutMs = 120_000): Promise<Buffer> {
  const job = queue.then(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plenary-letter-'));
    try {
      const input = path.join(dir, 'letter.docx');
      await fs.writeFile(input, docx);
      await run(
        'soffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
        { timeout: timeoutMs },
      );
      return await fs.readFile(path.join(dir, 'letter.pdf'));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
  queue = job.catch(() => undefined);
  return job;
}

/** The letter as PDF, converted once per decision and kept in the cache. */
export async function visaLetterPdf(data: LetterData): Promise<Buffer> {
  const cached = cachePath(data.requestId, data.decidedAt);
  const hit = await fs.readFile(cached).catch(() => null);
  if (hit) return hit;
  const pdf = await convertToPdf(await visaLetterDocx(data));
  await fs.mkdir(letterCacheDir(), { recursive: true, mode: 0o700 });
  await fs.writeFile(cached, pdf, { mode: 0o600 });
  return pdf;
}

/** Removes a request's cached letters (its passport data was deleted). */
export async function dropCachedLetters(requestId: string) {
  const names = await fs.readdir(letterCacheDir()).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.startsWith(`${requestId}-`))
      .map((n) => fs.rm(path.join(letterCacheDir(), n), { force: true })),
  );
}
