import { Alert, Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { type MouseEvent, type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api';
import { formatWait } from '@/lib/format';
import { problemMessage } from './ProblemAlert';

/** The reason per field from a problem's invalidParams (the first reason when a field has several). */
export function fieldErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const param of error.problem.invalidParams ?? []) {
      errors[param.name] ??= param.reason;
    }
  }
  return errors;
}

/** A message in words the reader can take in on its own, with the language it is written in. */
export interface Sentence {
  text: string;
  /** Set when the text is not in the UI's language (an API reason the app has no words for). */
  lang?: string;
}

/** The API's reasons the app has its own words for, so they read in the UI's language. */
const KNOWN_REASONS: { pattern: RegExp; say: (t: TFunction, match: RegExpExecArray) => string }[] = [
  { pattern: /^is verplicht$/, say: (t) => t('error.reasons.required') },
  { pattern: /^is langer dan ([\d.]+) tekens$/, say: (t, match) => t('error.reasons.tooLong', { max: match[1] }) },
];

/**
 * A field's message as a full sentence: a message the form wrote itself is one already (it starts with a
 * capital); an API reason ("is verplicht") is put after the field's label ("Onderwerp is verplicht.").
 */
export function fieldSentence(label: string | undefined, message: string, t: TFunction, language: string): Sentence {
  if (/^\p{Lu}/u.test(message)) return { text: message };
  const known = KNOWN_REASONS.map(({ pattern, say }) => {
    const match = pattern.exec(message);
    return match ? say(t, match) : undefined;
  }).find(Boolean);
  const reason = known ?? message;
  const text = label ? t('error.fieldSentence', { label: label.trim(), reason }) : reason;
  // An unknown reason is the API's Dutch; say so when the UI speaks another language.
  return known || language === 'nl' ? { text } : { text, lang: 'nl' };
}

/** The message under a field's label; the label makes an API reason a sentence. */
export function FieldMessage({ label, message }: { label: ReactNode; message: string }) {
  const { t, i18n } = useTranslation();
  const sentence = fieldSentence(typeof label === 'string' ? label : undefined, message, t, i18n.language);
  return <span lang={sentence.lang}>{sentence.text}</span>;
}

/** The control a summary entry points at, found by name in the summary's form, and the label it has. */
interface Target {
  id: string | undefined;
  label: string | undefined;
}

function controlOf(form: HTMLFormElement | null | undefined, name: string): HTMLElement | undefined {
  const found = form?.elements.namedItem(name);
  if (!found) return undefined;
  if (found instanceof RadioNodeList) return (found[0] as HTMLElement | undefined) ?? undefined;
  return found as HTMLElement;
}

function labelOf(control: HTMLElement): string | undefined {
  const group =
    control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')
      ? control.closest('fieldset')
      : null;
  const text = group
    ? group.querySelector('legend')?.textContent
    : (control as HTMLInputElement).labels?.[0]?.textContent;
  return text?.trim() || undefined;
}

interface ErrorSummaryProps {
  /** The API's refusal of the last submit, if any: its invalidParams become entries. */
  error?: unknown;
  /** What the form found wrong itself before sending, per field name, as full sentences. */
  errors?: Record<string, string>;
  /** False when the children list the invalidParams their own way (lines of an import, not fields). */
  listParams?: boolean;
  /** More about the refusal, such as the bad lines of an import. */
  children?: ReactNode;
}

/**
 * "Er is een probleem" at the top of a form (the GOV.UK and NL Design System error summary): takes focus
 * when a submit fails, names each problem in a sentence and links it to its field, which the link focuses.
 * A refusal that is about no field (a wrong password, a conflict) is told in the problem's own words.
 */
export function ErrorSummary({ error, errors, listParams = true, children }: ErrorSummaryProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);
  const [targets, setTargets] = useState<Record<string, Target>>({});
  const apiError = error instanceof ApiError ? error : undefined;
  const reasons = { ...(listParams ? fieldErrors(error) : {}), ...errors };
  const names = Object.keys(reasons);
  const shown = Boolean(error) || names.length > 0;
  const key = names.join('\n');

  // Once rendered, each name is looked up among the form's controls, for the link and its label.
  useLayoutEffect(() => {
    const form = box.current?.closest('form');
    const found: Record<string, Target> = {};
    for (const name of key ? key.split('\n') : []) {
      const control = controlOf(form, name);
      found[name] = { id: control?.id || undefined, label: control ? labelOf(control) : undefined };
    }
    setTargets(found);
  }, [key]);

  // A new failed submit (a new error, or a new set of the form's own findings) moves focus here.
  useEffect(() => {
    if (error) box.current?.focus();
  }, [error]);
  useEffect(() => {
    if (errors && Object.keys(errors).length > 0) box.current?.focus();
  }, [errors]);

  if (!shown) return null;

  const follow = (name: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const control = controlOf(box.current?.closest('form'), name);
    if (!control) return;
    event.preventDefault();
    control.focus();
    control.scrollIntoView?.({ block: 'center' });
  };

  return (
    <div ref={box} role="alert" aria-labelledby={headingId} tabIndex={-1} className="hr-error-summary">
      {/* The summary itself is the alert (named by its heading, and focused); the box only draws it. */}
      <Alert type="error" role="none">
        <Heading level={2} id={headingId}>
          {t('error.summaryTitle')}
        </Heading>
        {Boolean(error) && names.length === 0 && (
          // The API words its details in Dutch.
          <Paragraph lang={apiError?.problem.detail && i18n.language !== 'nl' ? 'nl' : undefined}>
            {problemMessage(error, t)}
          </Paragraph>
        )}
        {names.length > 0 && (
          <UnorderedList className="hr-error-summary__list">
            {names.map((name) => {
              const target = targets[name];
              const sentence = fieldSentence(target?.label, reasons[name] ?? '', t, i18n.language);
              return (
                <UnorderedListItem key={name}>
                  {target?.id ? (
                    <Link href={`#${target.id}`} onClick={follow(name)} lang={sentence.lang}>
                      {sentence.text}
                    </Link>
                  ) : (
                    <span lang={sentence.lang}>{target?.label ? sentence.text : `${name}: ${sentence.text}`}</span>
                  )}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        )}
        {children}
        {apiError?.retryAfter !== undefined && (
          <Paragraph>{t('error.retryAfter', { when: formatWait(apiError.retryAfter, i18n.language) })}</Paragraph>
        )}
      </Alert>
    </div>
  );
}
