// The workspace settings an admin changes.
import { z } from 'zod';
import { Settings } from '../model';

export const SettingsResponse = z.object({ settings: Settings });

export const UpdateSettingsRequest = z
  .object({
    defaultLayout: Settings.shape.defaultLayout.optional(),
    autoCloseDays: Settings.shape.autoCloseDays.optional(),
    pageContext: Settings.shape.pageContext.optional(),
    defaultCountry: Settings.shape.defaultCountry.optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'send at least one of defaultLayout, autoCloseDays, pageContext, defaultCountry',
  });
export type UpdateSettingsRequest = z.infer<typeof UpdateSettingsRequest>;
