import { useTranslation } from 'react-i18next';
import { PIPELINE_FIGURES, type ReviewMeeting } from '../../../shared/records';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { useOrdered } from '../../state/selectors';
import { CommitField } from '../../ui/CommitField';
import { Icon } from '../../ui/Icon';
import { ReportFigures } from './ReportFigures';
import { useReadOnly } from '../../ui/readOnly';

type TextKey = 'day' | 'level' | 'attendees' | 'purpose' | 'inputs' | 'decisions';
const TEXT_KEYS: readonly TextKey[] = ['day', 'level', 'attendees', 'purpose', 'inputs', 'decisions'];

/**
 * The weekly review cadence (每周销售业绩回顾例会) as an editable table: one row per level, Day 1
 * account review … Day 5 executive review, on the deck's short-term tactical → long-term strategic
 * axis, each with its standard report. Each field is one command when left (one undo step).
 */
export function CadenceTable() {
  const { t } = useTranslation('cadence');
  const readOnly = useReadOnly();
  const meetings = useOrdered('reviewMeeting');
  const update = (m: ReviewMeeting, patch: Partial<ReviewMeeting>) => void dispatch({ type: 'review.update', id: m.id, patch }, { optimistic: true });
  const toggle = (m: ReviewMeeting, figure: (typeof PIPELINE_FIGURES)[number]) =>
    update(m, { report: m.report.includes(figure) ? m.report.filter((x) => x !== figure) : PIPELINE_FIGURES.filter((x) => x === figure || m.report.includes(x)) });
  return (
    <section className="panel cadence-panel" aria-labelledby="cadence-table-title">
      <header className="board-header">
        <h3 id="cadence-table-title">{t('table.title')}</h3>
        {!readOnly && (
          <button type="button" className="primary" onClick={() => void dispatch({ type: 'review.add', values: { day: t('table.newDay', { n: meetings.length + 1 }), level: t('table.newLevel') } })}>
            + {t('table.add')}
          </button>
        )}
      </header>
      <p className="cadence-axis" aria-label={t('axis.label')}>
        <span>{t('axis.tactical')}</span>
        <span className="cadence-axis-line" aria-hidden="true">
          →
        </span>
        <span>{t('axis.strategic')}</span>
      </p>
      {meetings.length === 0 ? (
        <p className="empty-state">{t('table.empty')}</p>
      ) : (
        <ol className="cadence-list" aria-label={t('table.title')}>
          {meetings.map((m) => (
            <li key={m.id} className="cadence-row" aria-label={`${m.day} ${m.level}`} style={{ ['--horizon' as string]: m.horizon }}>
              <div className="cadence-fields">
                {TEXT_KEYS.map((key) => (
                  <label key={key} className={`field cadence-${key}`}>
                    <span>{t(`field.${key}`)}</span>
                    <CommitField
                      value={m[key]}
                      maxLength={key === 'day' ? 50 : 2000}
                      onCommit={(v) => (key === 'day' || key === 'level' ? v.trim() && update(m, { [key]: v.trim() }) : update(m, { [key]: v }))}
                    />
                  </label>
                ))}
                <label className="field cadence-timebox">
                  <span>{t('field.timeBox')}</span>
                  <CommitField
                    type="number"
                    min={5}
                    max={480}
                    step={5}
                    value={String(m.timeBox)}
                    onCommit={(v) => {
                      const n = Math.round(Number(v));
                      if (v !== '' && Number.isFinite(n)) update(m, { timeBox: n });
                    }}
                  />
                </label>
                <label className="field cadence-horizon">
                  <span>{t('field.horizon')}</span>
                  {readOnly ? (
                    <span className="as-content">{t(`horizon.${m.horizon}`)}</span>
                  ) : (
                    <select value={m.horizon} onChange={(e) => update(m, { horizon: Number(e.target.value) })}>
                      {[1, 2, 3, 4, 5].map((h) => (
                        <option key={h} value={h}>
                          {t(`horizon.${h}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </label>
              </div>
              <fieldset className="cadence-report-pick">
                <legend>{t('report.title', { level: m.level })}</legend>
                {readOnly ? (
                  <span className="as-content">{m.report.map((figure) => t(`figure.${figure}`)).join(t('table.listSeparator'))}</span>
                ) : (
                  PIPELINE_FIGURES.map((figure) => (
                    <label key={figure} className="choice">
                      <input type="checkbox" checked={m.report.includes(figure)} onChange={() => toggle(m, figure)} />
                      <span>{t(`figure.${figure}`)}</span>
                    </label>
                  ))
                )}
              </fieldset>
              <ReportFigures meeting={m} />
              {!readOnly && (
                <button
                  type="button"
                  className="cadence-delete"
                  aria-label={t('table.delete', { name: `${m.day} ${m.level}` })}
                  onClick={() => void dispatchWithUndo({ type: 'review.delete', ids: [m.id] }, t('table.deleted', { name: `${m.day} ${m.level}` }))}
                >
                  <Icon name="close" />
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
