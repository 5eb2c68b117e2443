import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useChangeUser } from '@/features/user/api/changeUser';
import type { User } from '@/features/user/api/getUsers';
import { useResetPassword } from '@/features/user/api/resetPassword';
import { ConfirmAction } from '@/components/ConfirmAction';
import { OneTimeSecret } from '@/components/OneTimeSecret';

/** Deactivate or reactivate an account, and give it a temporary password (shown here once). */
export function UserActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const change = useChangeUser(user.id);
  const reset = useResetPassword(user.id);

  const setActive = (active: boolean) => {
    reset.reset();
    change.mutate({ active });
  };

  return (
    <section aria-labelledby="user-actions" className="hr-user-actions">
      <Heading level={2} id="user-actions">
        {t('users.actions')}
      </Heading>
      <Paragraph role="status">
        {change.isSuccess ? (change.data.active ? t('users.reactivated') : t('users.deactivated')) : ''}
      </Paragraph>
      {change.error && <ProblemAlert error={change.error} headingLevel={3} />}
      {reset.error && <ProblemAlert error={reset.error} headingLevel={3} />}
      {reset.data && (
        <OneTimeSecret
          title={t('users.temporaryPassword')}
          label={t('users.temporaryPassword')}
          secret={reset.data.temporaryPassword}
          note={t('users.temporaryPasswordNote')}
        />
      )}
      <div className="hr-actions">
        {/* One button whose label flips, so focus stays on it after the change. */}
        <Button
          appearance="secondary-action-button"
          hint={user.active ? 'danger' : undefined}
          busy={change.isPending}
          onClick={() => change.isPending || setActive(!user.active)}
        >
          {user.active ? t('users.deactivate') : t('users.reactivate')}
        </Button>
        {!reset.data && (
          <ConfirmAction
            label={t('users.resetPassword')}
            question={t('users.resetConfirm', { name: user.displayName })}
            confirmLabel={t('users.resetConfirmYes')}
            busy={reset.isPending}
            onConfirm={() => {
              change.reset();
              reset.mutate();
            }}
          />
        )}
      </div>
    </section>
  );
}
