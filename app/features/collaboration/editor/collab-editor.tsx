/**
 * Client-only wrapper: the server (and a browser without JavaScript) shows the last saved text; in the browser the
 * Tiptap editor (editor.client.tsx, loaded lazily so Tiptap, Yjs and the provider never run on the server) takes over.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useT } from '~/platform/i18n-react';
import type { EditorProps } from './editor.client';

const Editor = lazy(() => import('./editor.client'));

export function CollabEditor({ fallback, ...props }: EditorProps & { fallback: ReactNode }) {
  const t = useT();
  const [mounted, setMounted] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the editor replaces the saved text only once hydrated
  useEffect(() => setMounted(true), []);
  const saved = <div className="collab-saved">{fallback}</div>;
  if (!mounted)
    return (
      <>
        <noscript>
          <p className="muted">{t('collab.noScript')}</p>
        </noscript>
        {saved}
      </>
    );
  return (
    <Suspense
      fallback={
        <>
          {saved}
          <p className="muted">{t('collab.loadingEditor')}</p>
        </>
      }
    >
      <Editor {...props} />
    </Suspense>
  );
}

/** The stored ProseMirror JSON as plain HTML (no JavaScript needed). */
export function SavedText({ content, text }: { content: PMJson | null; text: string }) {
  if (!content?.content?.length) return <pre className="saved-text">{text}</pre>;
  return (
    <div className="prose">
      {content.content.map((n, i) => (
        <Node key={i} n={n} />
      ))}
    </div>
  );
}

export interface PMJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PMJson[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

function Node({ n }: { n: PMJson }): ReactNode {
  const kids = (n.content ?? []).map((c, i) => <Node key={i} n={c} />);
  switch (n.type) {
    case 'text': {
      let el: ReactNode = n.text;
      for (const m of n.marks ?? []) {
        if (m.type === 'bold') el = <strong>{el}</strong>;
        else if (m.type === 'italic') el = <em>{el}</em>;
        else if (m.type === 'link' && typeof m.attrs?.href === 'string' && /^(https?:|mailto:)/.test(m.attrs.href))
          el = <a href={m.attrs.href}>{el}</a>;
      }
      return el;
    }
    case 'paragraph':
      return <p>{kids}</p>;
    case 'heading': {
      const level = Math.min(6, Math.max(2, Number(n.attrs?.level ?? 2) + 1));
      const H = `h${level}` as 'h2';
      return <H>{kids}</H>;
    }
    case 'orderedList':
      return <ol start={Number(n.attrs?.start ?? 1) || 1}>{kids}</ol>;
    case 'bulletList':
      return <ul>{kids}</ul>;
    case 'listItem':
      return <li>{kids}</li>;
    case 'table':
      return (
        <table>
          <tbody>{kids}</tbody>
        </table>
      );
    case 'tableRow':
      return <tr>{kids}</tr>;
    case 'tableHeader':
      return <th>{kids}</th>;
    case 'tableCell':
      return <td>{kids}</td>;
    case 'blockquote':
      return <blockquote>{kids}</blockquote>;
    case 'hardBreak':
      return <br />;
    case 'horizontalRule':
      return <hr />;
    default:
      return <>{kids}</>;
  }
}
