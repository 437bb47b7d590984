import { Component, Suspense, useState, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardId } from '../../shared/records';
import { BOARDS, retryBoard } from '../boards/registry';
import './boardSlot.css';

/**
 * Where a board goes (the facilitator's window, present mode, the projector view): its code is
 * loaded on first show, and if that load fails (or the board throws while drawing), the room sees
 * a plain sentence and a retry button instead of a blank screen. The rest of the window (top bar,
 * timer, board list) keeps working.
 */
export function BoardSlot({ board }: { board: BoardId }) {
  const { t } = useTranslation();
  // A retry remounts the boundary and the board with a fresh load.
  const [attempt, setAttempt] = useState(0);
  const Board = BOARDS[board];
  return (
    <BoardBoundary
      key={`${board}:${attempt}`}
      onRetry={() => {
        retryBoard(board);
        setAttempt((n) => n + 1);
      }}
    >
      <Suspense fallback={<p className="muted">{t('loading')}</p>}>
        <Board />
      </Suspense>
    </BoardBoundary>
  );
}

interface BoundaryProps {
  onRetry(): void;
  children: ReactNode;
}

class BoardBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[salesmap] a board could not be shown:', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <BoardFailed onRetry={this.props.onRetry} /> : this.props.children;
  }
}

function BoardFailed({ onRetry }: { onRetry(): void }) {
  const { t } = useTranslation();
  return (
    // Not an .empty-state: a read-only board hides those buttons; retrying changes nothing, so it stays.
    <div className="board-failed" role="alert" data-read-only-allowed>
      <p className="board-failed-title">{t('boardFailed.title')}</p>
      <p>{t('boardFailed.body')}</p>
      <button type="button" className="primary" onClick={onRetry}>
        {t('boardFailed.retry')}
      </button>
    </div>
  );
}
