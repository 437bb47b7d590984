/**
 * The crash suite's script: what the child process applies, step by step, and what the library
 * must hold once the parent knows which steps were acknowledged. Plain data, shared by both.
 */
export type Step =
  | { kind: 'add'; title: string }
  | { kind: 'note'; title: string; notes: string }
  | { kind: 'undo' }
  | { kind: 'redo' };

/** Trial `trial`'s steps: agenda items added and annotated, with an undo and a redo now and then. */
export function scriptFor(trial: number, length = 300): Step[] {
  const steps: Step[] = [];
  for (let i = 1; steps.length < length; i++) {
    const title = `t${trial}-${i}`;
    steps.push({ kind: 'add', title });
    steps.push({ kind: 'note', title, notes: `n${trial}-${i}` });
    if (i % 3 === 0) steps.push({ kind: 'undo' }, { kind: 'redo' });
  }
  return steps.slice(0, length);
}

/** Agenda titles → notes: the part of the workshop the script touches. */
export type AgendaModel = Map<string, string>;

/**
 * Applies steps to a model the way the service's undo log does: each add or note is one undo
 * step; undo reverts the newest step not undone; redo re-applies the oldest undone one; a new
 * step clears the redo stack.
 */
export class ScriptModel {
  readonly agenda: AgendaModel;
  private readonly done: Exclude<Step, { kind: 'undo' | 'redo' }>[] = [];
  private readonly undone: Exclude<Step, { kind: 'undo' | 'redo' }>[] = [];
  private readonly previousNotes = new Map<Step, string>();

  constructor(agenda: AgendaModel = new Map()) {
    this.agenda = new Map(agenda);
  }

  apply(step: Step): void {
    if (step.kind === 'undo') {
      const s = this.done.pop();
      if (!s) return;
      this.revert(s);
      this.undone.push(s);
    } else if (step.kind === 'redo') {
      const s = this.undone.pop();
      if (!s) return;
      this.forward(s);
      this.done.push(s);
    } else {
      this.undone.length = 0;
      this.forward(step);
      this.done.push(step);
    }
  }

  private forward(s: Exclude<Step, { kind: 'undo' | 'redo' }>): void {
    if (s.kind === 'add') this.agenda.set(s.title, '');
    else {
      this.previousNotes.set(s, this.agenda.get(s.title) ?? '');
      this.agenda.set(s.title, s.notes);
    }
  }

  private revert(s: Exclude<Step, { kind: 'undo' | 'redo' }>): void {
    if (s.kind === 'add') this.agenda.delete(s.title);
    else this.agenda.set(s.title, this.previousNotes.get(s) ?? '');
  }
}
