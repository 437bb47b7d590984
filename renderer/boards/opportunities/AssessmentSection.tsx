import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/calc/pipeline';
import type { Criterion } from '../../../shared/records';
import { Icon } from '../../ui/Icon';

interface AssessmentSectionProps {
  criteria: readonly Criterion[];
  scores: Record<string, number>;
  assessment: Assessment;
  onScores(scores: Record<string, number>): void;
}

/**
 * The opportunity assessment (商机评估表, go / no-go): each criterion scored, the total mapped to
 * pursue / qualify further / walk away and to the probability the score allows.
 */
export function AssessmentSection({ criteria, scores, assessment, onScores }: AssessmentSectionProps) {
  const { t } = useTranslation('opportunities');
  if (criteria.length === 0) return <p className="muted small">{t('assessment.noCriteria')}</p>;
  const score = (id: string, raw: string) => {
    const next = { ...scores };
    if (raw === '') delete next[id];
    else next[id] = Math.max(0, Number(raw) || 0);
    onScores(next);
  };
  return (
    <fieldset className="opp-assessment">
      <legend>{t('assessment.title')}</legend>
      <table className="assessment-table">
        <thead>
          <tr>
            <th scope="col">{t('assessment.criterion')}</th>
            <th scope="col">{t('assessment.points')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <span className="criterion-name">{c.name}</span>
                {c.question && <span className="muted small criterion-question">{c.question}</span>}
              </th>
              <td>
                <label className="assessment-score">
                  <input
                    type="number"
                    min={0}
                    max={c.maxPoints}
                    step={1}
                    value={scores[c.id] === undefined ? '' : String(scores[c.id])}
                    onChange={(e) => score(c.id, e.target.value)}
                    aria-label={t('assessment.scoreOf', { name: c.name, max: c.maxPoints })}
                  />
                  <span aria-hidden="true">/ {c.maxPoints}</span>
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="assessment-result" role="status">
        {assessment.recommendation ? (
          <span className={`opp-rec rec-${assessment.recommendation}`}>
            <Icon name={assessment.recommendation === 'pursue' ? 'check' : assessment.recommendation === 'walkAway' ? 'close' : 'info'} size={16} />
            {t('assessment.result', {
              points: assessment.points,
              max: assessment.maxPoints,
              percent: Math.round(assessment.percent),
              rec: t(`assessment.rec.${assessment.recommendation}`),
              cap: assessment.cap ?? 100,
            })}
          </span>
        ) : (
          t('assessment.notScored')
        )}
      </p>
    </fieldset>
  );
}
