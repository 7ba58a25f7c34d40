import { FieldType } from '@/core/model';

export const FIELD_TYPES = FieldType.options;
