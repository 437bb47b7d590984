import { useTranslation } from 'react-i18next';
import type { ScoreBand } from '../../../shared/records';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { useOrdered } from '../../state/selectors';
import { CommitField } from '../../ui/CommitField';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { usePipelineSettings } from './usePipeline';

const numberOr = (raw: string): number | null => {
  const n = Number(raw);
  return raw.trim() !== '' && Number.isFinite(n) ? n : null;
};

/**
 * The assessment as the room agrees it: the criteria and their points, the thresholds of the
 * recommendation and the deck's scoring bands (score → highest probability). Every field is
 * one command when left, so each edit is one undo step; bad values are refused with a message.
 */
export function AssessmentSettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('opportunities');
  const criteria = useOrdered('criterion');
  const settings = usePipelineSettings();
  const total = criteria.reduce((s, c) => s + c.maxPoints, 0);
  const setBands = (bands: ScoreBand[]) => void dispatch({ type: 'pipeline.update', patch: { bands } });
  return (
    <Dialog
      title={t('settings.title')}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="primary" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      }
    >
      <table className="assessment-table" aria-label={t('settings.criteria')}>
        <thead>
          <tr>
            <th scope="col">{t('assessment.criterion')}</th>
            <th scope="col">{t('settings.question')}</th>
            <th scope="col">{t('settings.maxPoints')}</th>
            <th scope="col">
              <span className="sr-only">{t('settings.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr key={c.id}>
              <td>
                <CommitField
                  aria-label={t('settings.nameOf', { name: c.name })}
                  value={c.name}
                  maxLength={200}
                  onCommit={(name) => name.trim() && void dispatch({ type: 'criterion.update', id: c.id, patch: { name: name.trim() } })}
                />
              </td>
              <td>
                <CommitField
                  aria-label={t('settings.questionOf', { name: c.name })}
                  value={c.question}
                  onCommit={(question) => void dispatch({ type: 'criterion.update', id: c.id, patch: { question } })}
                />
              </td>
              <td>
                <CommitField
                  type="number"
                  min={1}
                  step={1}
                  aria-label={t('settings.maxOf', { name: c.name })}
                  value={String(c.maxPoints)}
                  onCommit={(v) => {
                    const n = numberOr(v);
                    if (n !== null) void dispatch({ type: 'criterion.update', id: c.id, patch: { maxPoints: n } });
                  }}
                />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={t('settings.delete', { name: c.name })}
                  onClick={() => void dispatchWithUndo({ type: 'criterion.delete', ids: [c.id] }, t('settings.deleted', { name: c.name }))}
                >
                  <Icon name="close" />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('settings.total', { total })}</p>
      <button type="button" onClick={() => void dispatch({ type: 'criterion.add', values: { name: t('settings.newCriterion'), maxPoints: 10 } })}>
        + {t('settings.add')}
      </button>
      <fieldset className="opp-assessment">
        <legend>{t('settings.thresholds')}</legend>
        <div className="field-row">
          <label className="field">
            <span>{t('settings.pursueFrom')}</span>
            <CommitField
              type="number"
              min={0}
              max={100}
              value={String(settings.pursueFrom)}
              onCommit={(v) => {
                const n = numberOr(v);
                if (n !== null) void dispatch({ type: 'pipeline.update', patch: { pursueFrom: n } });
              }}
            />
          </label>
          <label className="field">
            <span>{t('settings.qualifyFrom')}</span>
            <CommitField
              type="number"
              min={0}
              max={100}
              value={String(settings.qualifyFrom)}
              onCommit={(v) => {
                const n = numberOr(v);
                if (n !== null) void dispatch({ type: 'pipeline.update', patch: { qualifyFrom: n } });
              }}
            />
          </label>
        </div>
      </fieldset>
      <fieldset className="opp-assessment">
        <legend>{t('settings.bands')}</legend>
        <p className="muted small">{t('settings.bandsHelp')}</p>
        <table className="assessment-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.minScore')}</th>
              <th scope="col">{t('settings.cap')}</th>
            </tr>
          </thead>
          <tbody>
            {settings.bands.map((b, i) => (
              <tr key={i}>
                <td>
                  <CommitField
                    type="number"
                    min={0}
                    max={100}
                    aria-label={t('settings.minScoreOf', { n: i + 1 })}
                    value={String(b.minScore)}
                    onCommit={(v) => {
                      const n = numberOr(v);
                      if (n !== null) setBands(settings.bands.map((x, j) => (j === i ? { ...x, minScore: n } : x)));
                    }}
                  />
                </td>
                <td>
                  <CommitField
                    type="number"
                    min={0}
                    max={100}
                    aria-label={t('settings.capOf', { n: i + 1 })}
                    value={String(b.cap)}
                    onCommit={(v) => {
                      const n = numberOr(v);
                      if (n !== null) setBands(settings.bands.map((x, j) => (j === i ? { ...x, cap: n } : x)));
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
    </Dialog>
  );
}
