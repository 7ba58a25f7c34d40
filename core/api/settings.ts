// The workspace settings an admin changes.
import { z } from 'zod';
import { Settings } from '../model';

export const SettingsResponse = z.object({ settings: Settings });

export const UpdateSettingsRequest = z
  .object({
    defaultLayout: Settings.shape.defaultLayout.optional(),
    autoCloseDays: Settings.shape.autoCloseDays.optional(),
  })
  .refine((patch) => patch.defaultLayout !== undefined || patch.autoCloseDays !== undefined, {
    message: 'send at least one of defaultLayout, autoCloseDays',
  });
export type UpdateSettingsRequest = z.infer<typeof UpdateSettingsRequest>;
