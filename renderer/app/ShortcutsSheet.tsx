import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { allShortcuts, keyName } from './shortcutList';

/** "Keyboard shortcuts" (?): every shortcut of the app, from the one list, in the UI language. */
export function ShortcutsSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('shortcuts.title')}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="primary" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      }
    >
      <div className="shortcut-sheet">
        {allShortcuts().map(({ group, shortcuts }) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`}>{t(`shortcuts.groups.${group}`)}</h3>
            <dl>
              {shortcuts.map((s) => (
                <Fragment key={s.id}>
                  <dt>
                    {s.keys.map((chord, i) => (
                      <Fragment key={i}>
                        {i > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
                        {chord.map((k, j) => (
                          <Fragment key={j}>
                            {j > 0 && ' + '}
                            <kbd>{keyName(k)}</kbd>
                          </Fragment>
                        ))}
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{t(`shortcuts.items.${s.id}`)}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
