/**
 * The visa-support letter, in the ITU layout (documents/itu-layout.server.ts): letterhead, place and date, the
 * embassy or consulate addressed, the participant's passport identity, the meeting, the request to facilitate the
 * visa, and the signature block with the name and title set on the meeting. The PDF is LibreOffice's conversion of
 * the .docx, run as a child process (the event loop stays free), one at a time; letters are kept in the portal's
 * storage (letter-store.server.ts), never in a process's own folders.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
  // The host country once: a place such as "Geneva, Switzerland" names it already.
  const namesCountry = s.hostCountry && meeting.place.toLowerCase().includes(s.hostCountry.toLowerCase());
  const venue = [meeting.place, namesCountry ? '' : s.hostCountry].filter(Boolean).join(', ');
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

/** One conversion at a time in this process: LibreOffice is heavy, and a burst of approvals must not fork many. */
let queue: Promise<unknown> = Promise.resolve();
/** This process's LibreOffice profile, made at the first conversion and reused (only one conversion uses it at once). */
let profile: Promise<string> | null = null;
/** Conversions' folders older than this were left by a process that died mid-conversion (they hold passport data). */
const STALE_MS = 3_600_000;
const WORK_PREFIX = 'plenary-letter-';

/** Removes what conversions of a process that died left in the temporary folder (letters in progress). */
async function removeStaleWork(now = Date.now()) {
  const names = await fs.readdir(os.tmpdir()).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(WORK_PREFIX))) {
    const dir = path.join(os.tmpdir(), name);
    const info = await fs.stat(dir).catch(() => null);
    if (info && now - info.mtimeMs > STALE_MS) await fs.rm(dir, { recursive: true, force: true });
  }
}

function processProfile() {
  profile ??= (async () => {
    await removeStaleWork();
    return fs.mkdtemp(path.join(os.tmpdir(), 'plenary-soffice-profile-'));
  })();
  return profile;
}

/**
 * Runs soffice as a child process in its own process group (the event loop only waits for its exit); past the timeout
 * the whole group is killed, so no soffice.bin outlives a conversion that hung.
 */
function runSoffice(args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('soffice', args, { detached: true, stdio: 'ignore' });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
      reject(new Error(`LibreOffice did not convert the letter within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`LibreOffice exited with ${code}`));
    });
  });
}

/**
 * The .docx as PDF through `soffice --headless --convert-to pdf`: in a child process (the event loop stays free), one
 * conversion at a time per process, with this process's own profile (two processes never share one) and a private
 * folder for the letter, removed at once.
 */
export async function convertToPdf(docx: Buffer, timeoutMs = 120_000): Promise<Buffer> {
  const job = queue.then(async () => {
    const home = await processProfile();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), WORK_PREFIX));
    try {
      const input = path.join(dir, 'letter.docx');
      await fs.writeFile(input, docx, { mode: 0o600 });
      await runSoffice(
        [`-env:UserInstallation=file://${home}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
        timeoutMs,
      );
      return await fs.readFile(path.join(dir, 'letter.pdf'));
    } catch (err) {
      // A conversion that failed or was killed may leave its profile locked: the next one starts a fresh profile.
      const stale = profile;
      profile = null;
      await stale?.then((p) => fs.rm(p, { recursive: true, force: true })).catch(() => undefined);
      throw err;
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
  queue = job.catch(() => undefined);
  return job;
}
