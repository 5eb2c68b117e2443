import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { isoToday } from '@/lib/catalogue';
import { Section } from '@/components/Section';
import { useFollowFunding } from '../api/followFunding';
import { useFollows } from '../api/getFollows';
import { useUnfollowFunding } from '../api/unfollowFunding';
import { FOLLOWS_PATH } from '../paths';

/**
 * "Volg deze regeling" on a funding item's page, for signed-in people: an e-mail 14 and 3 days before it
 * closes, with the closing date for their calendar. Following again or stopping is one click.
 */
export function FollowFunding({
  fundingId,
  title,
  closesOn,
}: {
  fundingId: string;
  title: string;
  closesOn: string | null | undefined;
}) {
  const { t } = useTranslation();
  const follows = useFollows();
  const follow = useFollowFunding();
  const unfollow = useUnfollowFunding();
  const mine = follows.data?.find((candidate) => candidate.fundingId === fundingId);
  const error = follows.error ?? follow.error ?? unfollow.error;
  return (
    <Section title={t('follow.heading')} className="hr-follow">
      <Paragraph role="status">{t(mine ? 'follow.following' : 'follow.explain')}</Paragraph>
      {!closesOn && <Paragraph>{t('follow.unknownDate')}</Paragraph>}
      {closesOn && closesOn < isoToday() && <Paragraph>{t('follow.closed')}</Paragraph>}
      {follows.data &&
        (mine ? (
          <Button
            appearance="secondary-action-button"
            busy={unfollow.isPending}
            disabled={unfollow.isPending}
            aria-label={t('follow.unfollowNamed', { title })}
            onClick={() => unfollow.mutate(mine.id)}
          >
            {t('follow.unfollow')}
          </Button>
        ) : (
          <Button
            appearance="primary-action-button"
            busy={follow.isPending}
            disabled={follow.isPending}
            onClick={() => follow.mutate(fundingId)}
          >
            {t('follow.follow')}
          </Button>
        ))}
      {error && <ProblemAlert error={error} headingLevel={3} />}
      <Paragraph>
        <RouterLink to={FOLLOWS_PATH}>{t('follow.allLink')}</RouterLink>
      </Paragraph>
    </Section>
  );
}
