/**
 * The crash suite's child: the real service on the parent's library, applying the trial's script
 * through `call`, exactly as a host would. One line per event on stdout, flushed before the next
 * step, so every "ack" the parent reads was acknowledged before the kill:
 *   opening · ready · ack <step index> · done
 * Built into a plain Node bundle by the suite (test/crash/buildChild.ts).
 */
import fs from 'node:fs';
import { createService } from '../../electron/service/service';
import { scriptFor } from './script';

const [dataDir, workshopId, trialArg] = process.argv.slice(2) as [string, string, string];
const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  say('opening');
  const service = await createService({ dataDir, host: 'web', appVersion: 'crash' });
  say('ready');
  const snapshot = await service.call('openWorkshop', { workshopId });
  if (!snapshot.ok) throw new Error(`openWorkshop: ${snapshot.error.message}`);
  const ids = new Map<string, string>();
  for (const r of (snapshot.value as { records: { type: string; id: string; title?: string }[] }).records) {
    if (r.type === 'agendaItem' && r.title) ids.set(r.title, r.id);
  }
  const script = scriptFor(Number(trialArg));
  for (const [i, step] of script.entries()) {
    const r =
      step.kind === 'undo' || step.kind === 'redo'
        ? await service.call(step.kind, { workshopId })
        : step.kind === 'add'
          ? await service.call('dispatch', { workshopId, command: { type: 'agenda.add', values: { title: step.title } } })
          : await service.call('dispatch', { workshopId, command: { type: 'agenda.update', id: ids.get(step.title), patch: { notes: step.notes } } });
    if (!r.ok) throw new Error(`step ${i} (${step.kind}): ${r.error.code} ${r.error.message}`);
    if (step.kind === 'add') {
      const added = (r.value as { diff: { added: { type: string; id: string }[] } }).diff.added.find((x) => x.type === 'agendaItem');
      if (added) ids.set(step.title, added.id);
    }
    if (step.kind === 'undo' || step.kind === 'redo') {
      // An undone add comes back with its id on redo; keep the map of titles current.
      for (const x of (r.value as { diff: { added: { type: string; id: string; title?: string }[] } }).diff.added) {
        if (x.type === 'agendaItem' && x.title) ids.set(x.title, x.id);
      }
    }
    say(`ack ${i}`);
  }
  say('done');
  service.close();
}

main().catch((e: unknown) => {
  say(`error ${(e as Error).message}`);
  process.exit(1);
});
