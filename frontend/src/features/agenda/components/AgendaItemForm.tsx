import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '@/components/ErrorSummary';
import { SelectField } from '@/components/SelectField';
import { TextAreaField } from '@/components/TextAreaField';
import { TextField } from '@/components/TextField';
import { EditorForm } from '@/components/EditorForm';
import { domainName } from '@/components/labels';
import {
  AGENDA_DOMAINS,
  AGENDA_STATUSES,
  type AgendaDomain,
  type AgendaItem,
  type AgendaItemRequest,
  type AgendaStatus,
} from '@/features/agenda/api/agenda';
import { euroInput, parseEuro } from './euro';

interface MilestoneDraft {
  key: number;
  dueOn: string;
  title: string;
  done: boolean;
}

export interface AgendaItemFormProps {
  /** The action as loaded; undefined for a new one. */
  item?: AgendaItem;
  /** The organisations that can own an action. */
  owners: readonly { value: string; label: string }[] | undefined;
  onSubmit: (request: AgendaItemRequest) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  pendingLabel: string;
  onReload?: () => void;
  reloading?: boolean;
}

let nextKey = 1;
const draftOf = (milestone?: Omit<MilestoneDraft, 'key'>): MilestoneDraft => ({
  key: nextKey++,
  dueOn: '',
  title: '',
  done: false,
  ...milestone,
});

/** One milestone: date, what is due, done; and a button that removes it. */
function MilestoneFields({
  milestone,
  index,
  onChange,
  onRemove,
}: {
  milestone: MilestoneDraft;
  index: number;
  onChange: (next: MilestoneDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const number = index + 1;
  return (
    <Fieldset className="hr-milestone-fields" data-milestone={number}>
      <FieldsetLegend>{t('agenda.form.milestone', { number })}</FieldsetLegend>
      <TextField
        label={t('agenda.form.milestoneDate')}
        name={`milestones.${index}.dueOn`}
        type="date"
        value={milestone.dueOn}
        onChange={(dueOn) => onChange({ ...milestone, dueOn })}
      />
      <TextField
        label={t('agenda.form.milestoneTitle')}
        name={`milestones.${index}.title`}
        value={milestone.title}
        onChange={(title) => onChange({ ...milestone, title })}
      />
      <FormField type="checkbox" className="hr-checkbox">
        <Checkbox
          id={`${id}-done`}
          name={`milestones.${index}.done`}
          checked={milestone.done}
          onChange={(event) => onChange({ ...milestone, done: event.target.checked })}
        />
        <FormLabel htmlFor={`${id}-done`} type="checkbox">
          {t('agenda.form.milestoneDone')}
        </FormLabel>
      </FormField>
      <Button appearance="subtle-button" onClick={onRemove}>
        {t('agenda.form.removeMilestone', { number })}
      </Button>
    </Fieldset>
  );
}

/**
 * An action of the agenda: title, description, domain, owner, status, financial consequence and its
 * note, source, and its milestones (added and removed here; they replace the old ones on save).
 */
export function AgendaItemForm({
  item,
  owners,
  onSubmit,
  pending,
  error,
  submitLabel,
  pendingLabel,
  onReload,
  reloading,
}: AgendaItemFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(item?.title ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [domain, setDomain] = useState<AgendaDomain>(item?.domain ?? 'housing');
  const [owner, setOwner] = useState(item?.owner.code ?? '');
  const [status, setStatus] = useState<AgendaStatus>(item?.status ?? 'planned');
  const [financial, setFinancial] = useState(euroInput(item?.financialEur));
  const [financialNote, setFinancialNote] = useState(item?.financialNote ?? '');
  const [source, setSource] = useState(item?.source ?? '');
  const [milestones, setMilestones] = useState<MilestoneDraft[]>(() =>
    (item?.milestones ?? []).map((milestone) => draftOf(milestone)),
  );
  const [ownErrors, setOwnErrors] = useState<Record<string, string>>();
  const [focusMilestone, setFocusMilestone] = useState<number>();
  const list = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const errors = fieldErrors(error);

  // After adding a milestone its date takes focus; after removing one, the add button does.
  useEffect(() => {
    if (focusMilestone === undefined) return;
    if (focusMilestone < 0) addButton.current?.focus();
    else list.current?.querySelector<HTMLElement>(`[data-milestone="${focusMilestone}"] input`)?.focus();
    setFocusMilestone(undefined);
  }, [focusMilestone]);

  const submit = () => {
    const amount = parseEuro(financial);
    if (amount === undefined) {
      setOwnErrors({ financialEur: t('agenda.form.financialInvalid') });
      return;
    }
    setOwnErrors(undefined);
    const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
    onSubmit({
      title: title.trim(),
      description: description.trim(),
      domain,
      owner,
      status,
      milestones: milestones.map(({ dueOn, title: text, done }) => ({ dueOn, title: text.trim(), done })),
      financialEur: amount,
      financialNote: orNull(financialNote),
      source: orNull(source),
    });
  };

  return (
    <EditorForm
      label={item ? t('agenda.form.editTitle', { title: item.title }) : t('agenda.form.newTitle')}
      onSubmit={submit}
      errors={ownErrors}
      pending={pending}
      error={error}
      submitLabel={submitLabel}
      pendingLabel={pendingLabel}
      onReload={onReload}
      reloading={reloading}
    >
      <TextField
        label={t('agenda.fields.title')}
        name="title"
        value={title}
        onChange={setTitle}
        error={errors.title}
        required
      />
      <TextAreaField
        label={t('agenda.fields.description')}
        name="description"
        value={description}
        onChange={setDescription}
        error={errors.description}
        required
      />
      <SelectField
        label={t('agenda.fields.domain')}
        name="domain"
        value={domain}
        onChange={(value) => setDomain(value as AgendaDomain)}
        error={errors.domain}
        required
      >
        {AGENDA_DOMAINS.map((value) => (
          <option key={value} value={value}>
            {domainName(t, value)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('agenda.fields.owner')}
        name="owner"
        value={owner}
        onChange={setOwner}
        error={errors.owner}
        busy={!owners}
        required
      >
        <option value="">{t('agenda.form.chooseOwner')}</option>
        {owners?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {owner && owners && !owners.some((option) => option.value === owner) && <option value={owner}>{owner}</option>}
      </SelectField>
      <SelectField
        label={t('agenda.fields.status')}
        name="status"
        value={status}
        onChange={(value) => setStatus(value as AgendaStatus)}
        error={errors.status}
        required
      >
        {AGENDA_STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`agenda.statuses.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('agenda.fields.financialEur')}
        name="financialEur"
        inputMode="decimal"
        value={financial}
        onChange={setFinancial}
        description={t('agenda.form.financialHint')}
        error={ownErrors?.financialEur ?? errors.financialEur}
      />
      <TextAreaField
        label={t('agenda.fields.financialNote')}
        name="financialNote"
        value={financialNote}
        onChange={setFinancialNote}
        error={errors.financialNote}
        rows={3}
      />
      <TextField
        label={t('agenda.fields.source')}
        name="source"
        value={source}
        onChange={setSource}
        error={errors.source}
      />
      <Fieldset className="hr-milestones-fieldset">
        <FieldsetLegend>{t('agenda.fields.milestones')}</FieldsetLegend>
        {milestones.length === 0 && <Paragraph>{t('agenda.form.noMilestones')}</Paragraph>}
        <div ref={list} className="hr-milestone-list">
          {milestones.map((milestone, index) => (
            <MilestoneFields
              key={milestone.key}
              milestone={milestone}
              index={index}
              onChange={(next) =>
                setMilestones((current) => current.map((candidate) => (candidate.key === next.key ? next : candidate)))
              }
              onRemove={() => {
                setMilestones((current) => current.filter((candidate) => candidate.key !== milestone.key));
                setFocusMilestone(-1);
              }}
            />
          ))}
        </div>
        <Button
          ref={addButton}
          appearance="secondary-action-button"
          onClick={() => {
            setMilestones((current) => [...current, draftOf()]);
            setFocusMilestone(milestones.length + 1);
          }}
        >
          {t('agenda.form.addMilestone')}
        </Button>
      </Fieldset>
    </EditorForm>
  );
}
