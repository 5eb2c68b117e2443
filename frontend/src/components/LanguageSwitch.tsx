import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage } from '@/lib/i18n';

/** Two toggle buttons, each labelled in its own language; the choice is stored by lib/i18n. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n.language);
  return (
    <div role="group" aria-label={t('language.label')} className="hr-language-switch">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className={`utrecht-button utrecht-button--subtle${language === active ? ' hr-language-switch__active' : ''}`}
          aria-pressed={language === active}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
