export const SIGN_IN_PATH = '/aanmelden';
export const RETURN_PARAM = 'terug';

interface PathLike {
  pathname: string;
  search?: string;
  hash?: string;
}

/**
 * The page to go back to after signing in, if `value` is a path on this site; anything else (another
 * host, `//host`, `javascript:`, a backslash trick) gives undefined, so sign-in is never an open redirect.
 */
export function safeReturnPath(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined;
  const base = 'https://handreiking.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base || url.pathname === SIGN_IN_PATH) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering where the reader was (unless that is home or the sign-in page itself). */
export function signInPath(from?: PathLike): string {
  const back = from ? safeReturnPath(`${from.pathname}${from.search ?? ''}${from.hash ?? ''}`) : undefined;
  return back && back !== '/'
    ? `${SIGN_IN_PATH}?${new URLSearchParams({ [RETURN_PARAM]: back }).toString()}`
    : SIGN_IN_PATH;
}
