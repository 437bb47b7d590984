import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableData } from '../../../../shared/api';
import { detectMapping, nameKey, prepareImport, withField, type Mapping } from '../../../../shared/import';
import { dispatchWithUndo } from '../../../state/actions';
import { useRecordMap } from '../../../state/selectors';
import { Dialog } from '../../../ui/Dialog';
import { CheckStep } from './CheckStep';
import { ColumnsStep } from './ColumnsStep';
import { FileStep } from './FileStep';
import { useNumberFormat } from './format';
import { ReadChoices, type ReadOptions } from './ReadChoices';
import { isStoppedRead, useStoppableRead } from './readFile';
import { useReadErrorText } from './readErrorText';
import './import.css';

type Step = 'file' | 'columns' | 'check';
const STEPS: Step[] = ['file', 'columns', 'check'];

/** Yuan per US dollar until the facilitator types the client's rate (no network to ask). */
const DEFAULT_USD_RATE = '7.2';

/**
 * The import wizard: file → columns → check → one `account.import` command (one undo step).
 * Everything before the last click is view state: the workshop is not touched until then.
 */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('import');
  const formatNumber = useNumberFormat();
  const accounts = useRecordMap('account');
  const [step, setStep] = useState<Step>('file');
  const [table, setTable] = useState<TableData | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [rereading, setRereading] = useState(false);
  const [rereadError, setRereadError] = useState<string | null>(null);
  const explain = useReadErrorText();
  // A read again (another encoding, sheet or header row) still running when the dialog closes stops.
  const reader = useStoppableRead();
  const [mapping, setMapping] = useState<Mapping>([]);
  const [usdRate, setUsdRate] = useState(DEFAULT_USD_RATE);
  const [skipExisting, setSkipExisting] = useState(true);
  const [importShortRows, setImportShortRows] = useState(false);
  const [blank, setBlank] = useState<ReadonlySet<string>>(new Set());
  const [importing, setImporting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const existingNames = useMemo(() => new Set([...accounts.values()].map((a) => nameKey(a.name))), [accounts]);
  const rate = Number(usdRate);
  const rateOk = Number.isFinite(rate) && rate > 0;
  const plan = useMemo(
    () => (table ? prepareImport(table, mapping, { usdRate: rateOk ? rate : 0, existingNames, skipExisting, importShortRows, blank }) : null),
    [table, mapping, rate, rateOk, existingNames, skipExisting, importShortRows, blank],
  );
  const existing = useMemo(() => plan?.problems.filter((p) => p.code === 'already_on_board').length ?? 0, [plan]);
  const hasName = mapping.some((m) => m.field === 'name');

  // Keyboards land on the file button, then on each new step's title (read out by screen
  // readers). This runs after the Dialog (a child) has called showModal, which moves focus too.
  const chooseButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step === 'file') chooseButton.current?.focus();
    else heading.current?.focus();
  }, [step]);

  const onRead = (read: TableData, picked: File) => {
    setFile(picked);
    showTable(read);
    setStep('columns');
  };
  const showTable = (read: TableData) => {
    setTable(read);
    setMapping(detectMapping(read));
    setBlank(new Set());
    setRereadError(null);
  };
  // A correction (encoding, sheet, header row) reads the file again; a refusal keeps the table.
  const reread = async (options: ReadOptions) => {
    if (!file) return;
    setRereading(true);
    try {
      showTable(await reader.read(file, options));
    } catch (e) {
      if (!isStoppedRead(e)) setRereadError(explain(e));
    } finally {
      setRereading(false);
    }
  };

  const importNow = async () => {
    if (!plan || plan.accounts.length === 0) return;
    setImporting(true);
    const n = plan.accounts.length;
    const message =
      plan.skippedRows > 0
        ? t('doneSkipped', { count: n, n: formatNumber(n), skipped: formatNumber(plan.skippedRows) })
        : t('done', { count: n, n: formatNumber(n) });
    const result = await dispatchWithUndo({ type: 'account.import', accounts: plan.accounts }, message);
    setImporting(false);
    if (result) onClose();
  };

  const footer =
    step === 'file' ? (
      <button type="button" onClick={onClose}>
        {t('common:actions.cancel')}
      </button>
    ) : step === 'columns' ? (
      <>
        <button type="button" onClick={() => setStep('file')}>
          {t('columns.back')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="primary" disabled={!hasName || !rateOk} onClick={() => setStep('check')}>
          {t('columns.next')}
        </button>
      </>
    ) : (
      <>
        <button type="button" onClick={() => setStep('columns')} disabled={importing}>
          {t('check.back')}
        </button>
        <button type="button" onClick={onClose} disabled={importing}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="primary" disabled={importing || !plan?.accounts.length} onClick={() => void importNow()}>
          {importing ? t('check.importing') : t('check.import', { count: plan?.accounts.length ?? 0, n: formatNumber(plan?.accounts.length ?? 0) })}
        </button>
      </>
    );

  return (
    <Dialog title={t('title')} onClose={onClose} footer={footer} wide>
      <ol className="import-steps" aria-label={t('steps.label')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={s === step ? 'is-current' : STEPS.indexOf(step) > i ? 'is-done' : undefined}>
            <span className="import-step-number" aria-hidden="true">
              {i + 1}
            </span>
            {t(`steps.${s}`)}
          </li>
        ))}
      </ol>
      <h3 ref={heading} tabIndex={-1} className="sr-only">
        {t(`steps.${step}`)}
      </h3>
      {step === 'file' && <FileStep onRead={onRead} buttonRef={chooseButton} />}
      {step === 'columns' && table && plan && (
        <ColumnsStep
          table={table}
          mapping={mapping}
          onMapping={setMapping}
          plan={plan}
          usdRate={usdRate}
          onUsdRate={setUsdRate}
          choices={<ReadChoices table={table} onReread={(o) => void reread(o)} busy={rereading} error={rereadError} />}
        />
      )}
      {step === 'check' && table && plan && (
        <CheckStep
          table={table}
          plan={plan}
          existing={existing}
          skipExisting={skipExisting}
          onSkipExisting={setSkipExisting}
          importShortRows={importShortRows}
          onImportShortRows={setImportShortRows}
          onDropColumn={(column) => setMapping(withField(table, mapping, column, null))}
          blank={blank}
          onBlank={(keys, on) =>
            setBlank((old) => {
              const next = new Set(old);
              for (const k of keys) if (on) next.add(k);
              else next.delete(k);
              return next;
            })
          }
        />
      )}
    </Dialog>
  );
}
