import { Link } from '@utrecht/component-library-react';
import type { MouseEvent, ReactNode } from 'react';
import { sessionStore } from '@/lib/session';

function fileNameOf(response: Response, fallback: string): string {
  return /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallback;
}

/**
 * A download (CSV, iCalendar) as a plain link, so it works for everyone and can be copied. Signed in,
 * the file is fetched with the access token instead, so an editor's download includes drafts too.
 */
export function DownloadLink({ href, fileName, children }: { href: string; fileName: string; children: ReactNode }) {
  const download = async (event: MouseEvent<HTMLAnchorElement>) => {
    const token = sessionStore.accessToken();
    if (!token) return;
    event.preventDefault();
    try {
      const response = await fetch(href, { headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = fileNameOf(response, fileName);
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      window.location.assign(href);
    }
  };
  return (
    <Link href={href} download={fileName} onClick={(event) => void download(event)}>
      {children}
    </Link>
  );
}
