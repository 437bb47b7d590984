import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/records';
import { Icon } from '../../ui/Icon';

const ROLES: Contact['role'][] = ['decisionMaker', 'influencer', 'user', 'coach'];
const ATTITUDES: Contact['attitude'][] = ['supporter', 'neutral', 'opponent'];

/** The relationship map: people on the buying side with their buying role and where they stand. */
export function ContactsEditor({ legend, contacts, onChange }: { legend: string; contacts: Contact[]; onChange(next: Contact[]): void }) {
  const { t } = useTranslation('opportunities');
  const set = (i: number, patch: Partial<Contact>) => onChange(contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <fieldset className="plan-list">
      <legend>{legend}</legend>
      {contacts.map((c, i) => (
        <div key={i} className="plan-row plan-row-contact" role="group" aria-label={t('plan.contactN', { n: i + 1 })}>
          <input aria-label={t('plan.contactName')} placeholder={t('plan.contactName')} value={c.name} maxLength={200} onChange={(e) => set(i, { name: e.target.value })} />
          <input aria-label={t('plan.contactTitle')} placeholder={t('plan.contactTitle')} value={c.title} maxLength={200} onChange={(e) => set(i, { title: e.target.value })} />
          <select aria-label={t('plan.buyingRole')} value={c.role} onChange={(e) => set(i, { role: e.target.value as Contact['role'] })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`plan.role.${r}`)}
              </option>
            ))}
          </select>
          <select aria-label={t('plan.attitude')} value={c.attitude} onChange={(e) => set(i, { attitude: e.target.value as Contact['attitude'] })}>
            {ATTITUDES.map((a) => (
              <option key={a} value={a}>
                {t(`plan.att.${a}`)}
              </option>
            ))}
          </select>
          <button type="button" aria-label={t('plan.removeContact', { n: i + 1 })} onClick={() => onChange(contacts.filter((_, j) => j !== i))}>
            <Icon name="close" />
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...contacts, { name: '', title: '', role: 'decisionMaker', attitude: 'neutral' }])}>
        + {t('plan.addContact')}
      </button>
    </fieldset>
  );
}
