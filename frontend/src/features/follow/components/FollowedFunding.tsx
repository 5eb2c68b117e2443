import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { formatDate } from '@/lib/format';
import { useFollows } from '../api/getFollows';
import { useUnfollowFunding } from '../api/unfollowFunding';
import { isoToday } from '@/lib/catalogue';

/**
 * The funding the signed-in person follows, the soonest closing first, each with its closing date — or
 * "Sluitingsdatum onbekend", never a guessed date — and a button to stop following it.
 */
export function FollowedFunding() {
  const { t, i18n } = useTranslation();
  const follows = useFollows();
  const unfollow = useUnfollowFunding();
  if (follows.error) return <ProblemAlert error={follows.error} onRetry={() => void follows.refetch()} />;
  if (!follows.data) return <Loading />;
  if (follows.data.length === 0)
    return (
      <Paragraph>
        {t('follow.none')} <RouterLink to="/financiering">{t('follow.findFunding')}</RouterLink>
      </Paragraph>
    );
  return (
    <>
      {unfollow.error && <ProblemAlert error={unfollow.error} />}
      <ul className="hr-follow-list" aria-label={t('follow.listLabel')}>
        {follows.data.map((follow) => (
          <li key={follow.id} className="hr-follow-list__item">
            <RouterLink to={`/financiering/${follow.fundingId}`}>{follow.title}</RouterLink>
            <span className="hr-follow-list__date">
              {follow.closesOn
                ? t(follow.closesOn < isoToday() ? 'follow.closedOn' : 'follow.closesOn', {
                    date: formatDate(follow.closesOn, i18n.language),
                  })
                : t('follow.noClosingDate')}
            </span>
            <Button
              appearance="secondary-action-button"
              disabled={unfollow.isPending && unfollow.variables === follow.id}
              aria-label={t('follow.unfollowNamed', { title: follow.title })}
              onClick={() => unfollow.mutate(follow.id)}
            >
              {t('follow.unfollow')}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
