import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface OneTimeSecretProps {
  title: string;
  label: string;
  secret: string;
  note: ReactNode;
  children?: ReactNode;
}

/**
 * A secret the API shows once (a client secret, a temporary password): in a labelled box that takes
 * focus when it appears, with why it matters and a copy button that says whether copying worked.
 */
export function OneTimeSecret({ title, label, secret, note, children }: OneTimeSecretProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Alert type="warning" className="hr-secret">
      <Heading level={2} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      {children}
      <Paragraph>
        <span className="hr-secret__label">{label}: </span>
        <code className="hr-secret__value" data-secret>
          {secret}
        </code>
      </Paragraph>
      <Paragraph>{note}</Paragraph>
      <div className="hr-actions">
        <Button appearance="secondary-action-button" onClick={() => void copy()}>
          {t('apiClients.created.copy')}
        </Button>
        <Paragraph role="status" className="hr-secret__status">
          {copied === 'yes'
            ? t('apiClients.created.copied')
            : copied === 'failed'
              ? t('apiClients.created.copyFailed')
              : ''}
        </Paragraph>
      </div>
    </Alert>
  );
}
