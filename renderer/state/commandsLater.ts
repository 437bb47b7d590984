import type * as CommandsModule from '../../shared/commands';

type Commands = typeof CommandsModule;

/**
 * The command definitions (and zod with every record schema: ~100 ms to start on a cold page) are
 * needed here only to guess a move's outcome before the service commits it. They load once the
 * first screen has painted, out of the first chunk, instead of before anything is on screen.
 */
let loaded: Commands | null = null;
let loading: Promise<Commands> | null = null;

export function loadCommands(): Promise<Commands> {
  loading ??= import('../../shared/commands').then((m) => (loaded = m));
  return loading;
}

/** The commands' code if it has arrived (null: a guess is skipped, the commit still lands). */
export function commandsNow(): Commands | null {
  return loaded;
}

/** At the first idle moment after start-up. */
export function loadCommandsWhenIdle(): void {
  requestIdleCallback(
    () =>
      void loadCommands().catch(() => {
        loading = null; // Tried again at the next guess's idle moment; guesses are optional.
      }),
    { timeout: 2000 },
  );
}
