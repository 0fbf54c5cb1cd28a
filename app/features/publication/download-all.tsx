import { useRef, useState } from 'react';
import { useT } from '~/platform/i18n-react';

const fmt = (n: number) =>
  n >= 1024 ** 3
    ? `${(n / 1024 ** 3).toFixed(2)} GB`
    : n >= 1024 ** 2
      ? `${(n / 1024 ** 2).toFixed(1)} MB`
      : `${Math.max(1, Math.round(n / 1024))} KB`;
/** Above this, the browser's own download manager (which shows progress from Content-Length) is better than memory. */
const IN_PAGE_LIMIT = 1024 ** 3;

/**
 * "Download all" as a plain link (works without JavaScript; the server sends Content-Length so the browser shows
 * progress), enhanced to show the bytes received in the page while the archive streams in.
 */
export function DownloadAll({ href, count }: { href: string; count: number }) {
  const t = useT();
  const [state, setState] = useState<{
    phase: 'idle' | 'running' | 'done' | 'failed';
    received: number;
    total: number | null;
    reason?: string;
  }>({ phase: 'idle', received: 0, total: null });
  const abort = useRef<AbortController | null>(null);

  async function start(e: React.MouseEvent<HTMLAnchorElement>) {
    if (typeof ReadableStream === 'undefined' || !window.fetch || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: 'running', received: 0, total: null });
    try {
      const res = await fetch(href, { signal: controller.signal, credentials: 'same-origin' });
      if (!res.ok || !res.body) throw new Error((await res.text()).slice(0, 200) || String(res.status));
      const total = Number(res.headers.get('content-length')) || null;
      if (total && total > IN_PAGE_LIMIT) {
        controller.abort();
        setState({ phase: 'idle', received: 0, total: null });
        window.location.assign(href);
        return;
      }
      const reader = res.body.getReader();
      const chunks: Uint8Array[] = [];
      let received = 0;
      let last = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        if (received - last > 256 * 1024 || received === total) {
          last = received;
          setState({ phase: 'running', received, total });
        }
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'documents.zip';
      const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: 'application/zip' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ phase: 'done', received, total });
    } catch (err) {
      if (controller.signal.aborted) return setState({ phase: 'idle', received: 0, total: null });
      setState({ phase: 'failed', received: 0, total: null, reason: (err as Error).message });
    }
  }

  return (
    <div className="download-all">
      <a href={href} download className="button" onClick={start} aria-disabled={state.phase === 'running' || undefined}>
        {t('documents.archive', { count })}
      </a>
      <span role="status" aria-live="polite" className="download-status">
        {state.phase === 'running' && (
          <>
            <progress
              max={state.total ?? undefined}
              value={state.total ? state.received : undefined}
              aria-label={t('documents.archive.preparing')}
            />{' '}
            {state.total
              ? t('documents.archive.progress', { received: fmt(state.received), total: fmt(state.total) })
              : state.received
                ? t('documents.archive.progressUnknown', { received: fmt(state.received) })
                : t('documents.archive.preparing')}{' '}
            <button type="button" className="link-button" onClick={() => abort.current?.abort()}>
              {t('documents.archive.cancel')}
            </button>
          </>
        )}
        {state.phase === 'done' && t('documents.archive.done', { size: fmt(state.received) })}
        {state.phase === 'failed' && (
          <span className="field-error">{t('documents.archive.failed', { reason: state.reason ?? '' })}</span>
        )}
      </span>
    </div>
  );
}
