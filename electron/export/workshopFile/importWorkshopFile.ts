import type { ApiArgs } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import type { WorkshopInfo } from '../../../shared/workshop';
import type { ServiceContext } from '../../service/context';

/** Adds a .salesmap file to the library as a new workshop, or refuses it and writes nothing. */
export function importWorkshopFile(_ctx: ServiceContext, args: ApiArgs<'importWorkshopFile'>): WorkshopInfo {
  throw new AppError('not_workshop_file', 'Workshop files cannot be imported yet', { file: args.fileName });
}
