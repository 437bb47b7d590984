import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { Dialog } from '../../ui/Dialog';
import { FormButtons } from '../../ui/Field';
import { routeLabel } from './labels';
import { chipStyle, RouteChipFace } from './RouteChipView';

interface CellRuleDialogProps {
  segmentId: string;
  offeringId: string;
  cellName: string;
  rule: string;
  routes: Route[];
  onClose(): void;
}

/**
 * The rule of engagement of a cell several routes claim: who leads, who hands over, by what test.
 * A written rule resolves the conflict; saving blank text removes the rule (one command either way).
 */
export function CellRuleDialog({ segmentId, offeringId, cellName, rule, routes, onClose }: CellRuleDialogProps) {
  const { t } = useTranslation('routes');
  // The rule as it was when the dialog opened (`rule` follows the live record): untouched text
  // is not sent, so a rule another window wrote meanwhile is not put back.
  const [original] = useState(rule);
  const [text, setText] = useState(rule);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === original.trim()) return onClose();
    const result = await dispatch({ type: 'cellRule.set', segmentId, offeringId, rule: text });
    if (result) onClose();
  };
  return (
    <Dialog title={t('ruleDialog.title', { cell: cellName })} onClose={onClose}>
      <form className="form" onSubmit={save}>
        {routes.length > 0 && (
          <div className="rule-routes" aria-label={t('ruleDialog.routes')} role="group">
            {routes.map((r) => (
              <span key={r.id} className="route-chip" style={chipStyle(r)} aria-label={routeLabel(t, r)} role="img">
                <RouteChipFace route={r} />
              </span>
            ))}
          </div>
        )}
        <p className="muted">{routes.length >= 2 ? t('ruleDialog.why') : t('ruleDialog.whyOne')}</p>
        <label className="field">
          <span>{t('ruleDialog.label')}</span>
          <textarea
            autoFocus
            rows={5}
            maxLength={20000}
            value={text}
            placeholder={t('ruleDialog.placeholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <FormButtons
          cancel={t('common:actions.cancel')}
          submit={t('common:actions.save')}
          onCancel={onClose}
          before={
            rule !== '' && (
              <button type="button" className="danger-text" onClick={() => void dispatch({ type: 'cellRule.set', segmentId, offeringId, rule: '' }).then((r) => r && onClose())}>
                {t('ruleDialog.clear')}
              </button>
            )
          }
        />
      </form>
    </Dialog>
  );
}
