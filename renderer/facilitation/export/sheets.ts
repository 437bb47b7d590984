import { addGrid, type BookContext, type GridColumn } from '../../../shared/export/book';
import { facilitationFigures } from './figures';

/** The room's work in the workbook: votes (a row per item per vote), notes, parking lot, the groups' proposals. */
export async function facilitationSheets(book: BookContext): Promise<void> {
  const input = book.input;
  const t = (key: string, values?: Record<string, unknown>) => input.t(`facilitation:${key}`, values);
  const f = facilitationFigures(input);
  if (f.votes.length > 0) {
    type K = 'question' | 'status' | 'rank' | 'item' | 'dots';
    const columns: GridColumn<K>[] = [
      { key: 'question', header: t('export.question'), format: 'text', maxWidth: 40 },
      { key: 'status', header: t('export.status'), format: 'text' },
      { key: 'rank', header: t('export.rank'), format: 'int' },
      { key: 'item', header: t('votes.items'), format: 'text', maxWidth: 40 },
      { key: 'dots', header: t('export.dots'), format: 'int' },
    ];
    const grid = addGrid(book, t('export.sheets.votes'), columns);
    let row = 2;
    for (const v of f.votes) {
      if (!v.visible) {
        grid.put(row, 'question', v.vote.question);
        grid.put(row, 'status', t(`votes.status.${v.vote.status}`));
        grid.put(row++, 'item', t('export.hidden'));
        continue;
      }
      for (const r of v.results) {
        grid.put(row, 'question', v.vote.question);
        grid.put(row, 'status', t(`votes.status.${v.vote.status}`));
        grid.put(row, 'rank', r.rank);
        grid.put(row, 'item', r.item);
        grid.put(row++, 'dots', r.dots);
      }
    }
    grid.finish({ frozenRows: 1, filter: { header: 1, last: row - 1 } });
  }
  if (f.notes.length > 0) {
    type K = 'board' | 'text' | 'author' | 'on';
    const grid = addGrid(book, t('export.sheets.notes'), [
      { key: 'board', header: t('export.board'), format: 'text' },
      { key: 'text', header: t('notes.text'), format: 'text', maxWidth: 60 },
      { key: 'author', header: t('notes.author'), format: 'text' },
      { key: 'on', header: t('export.on'), format: 'text', maxWidth: 40 },
    ] satisfies GridColumn<K>[]);
    f.notes.forEach((n, i) => {
      grid.put(i + 2, 'board', input.t(`common:boards.${n.note.board}`));
      grid.put(i + 2, 'text', n.note.text);
      grid.put(i + 2, 'author', n.note.author);
      grid.put(i + 2, 'on', n.on === null ? t('notes.detached') : n.on || t('notes.onBoard'));
    });
    grid.finish({ frozenRows: 1, filter: { header: 1, last: f.notes.length + 1 } });
  }
  if (f.parking.length > 0) {
    type K = 'question' | 'owner' | 'status' | 'board' | 'answer';
    const grid = addGrid(book, t('export.sheets.parking'), [
      { key: 'question', header: t('export.question'), format: 'text', maxWidth: 60 },
      { key: 'owner', header: t('export.owner'), format: 'text' },
      { key: 'status', header: t('export.status'), format: 'text' },
      { key: 'board', header: t('export.board'), format: 'text' },
      { key: 'answer', header: t('export.answer'), format: 'text', maxWidth: 60 },
    ] satisfies GridColumn<K>[]);
    f.parking.forEach((p, i) => {
      grid.put(i + 2, 'question', p.text);
      grid.put(i + 2, 'owner', p.owner);
      grid.put(i + 2, 'status', t(`parking.status.${p.status}`));
      grid.put(i + 2, 'board', p.board ? input.t(`common:boards.${p.board}`) : '');
      grid.put(i + 2, 'answer', p.answer);
    });
    grid.finish({ frozenRows: 1, filter: { header: 1, last: f.parking.length + 1 } });
  }
  if (f.proposals.length > 0) {
    type K = 'group' | 'board' | 'item' | 'main' | 'proposed' | 'conflict';
    const grid = addGrid(book, t('export.sheets.breakout'), [
      { key: 'group', header: t('breakout.groups'), format: 'text' },
      { key: 'board', header: t('export.board'), format: 'text' },
      { key: 'item', header: t('export.item'), format: 'text', maxWidth: 40 },
      { key: 'main', header: t('breakout.main'), format: 'text', maxWidth: 50 },
      { key: 'proposed', header: t('export.proposed'), format: 'text', maxWidth: 50 },
      { key: 'conflict', header: t('export.conflict'), format: 'text' },
    ] satisfies GridColumn<K>[]);
    let row = 2;
    for (const p of f.proposals) {
      for (const c of p.changes) {
        grid.put(row, 'group', p.group.name);
        grid.put(row, 'board', input.t(`common:boards.${p.board}`));
        grid.put(row, 'item', c.item);
        grid.put(row, 'main', c.main);
        grid.put(row, 'proposed', c.proposed);
        grid.put(row++, 'conflict', c.conflict ? t('export.yes') : '');
      }
    }
    grid.finish({ frozenRows: 1, filter: { header: 1, last: Math.max(1, row - 1) } });
  }
  await book.job.step();
}
