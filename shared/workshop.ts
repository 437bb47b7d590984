import { z } from 'zod';
import { nameSchema } from './records';

export const languageSchema = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof languageSchema>;
export const LANGUAGES: readonly Language[] = languageSchema.options;

/** A workshop as the library lists it (its records are loaded on open). */
export const workshopInfoSchema = z.object({
  id: z.string(),
  name: nameSchema,
  client: z.string().max(200),
  language: languageSchema,
  templateId: z.string().nullable(),
  version: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkshopInfo = z.infer<typeof workshopInfoSchema>;
