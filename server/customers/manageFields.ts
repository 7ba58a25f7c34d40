// The information-field catalog's writes (admin only; the route checks the role). A deleted field
// takes its values with it, and the customers who had one change so they re-sync without it.
import type { CreateFieldRequest, UpdateFieldRequest } from '../../core/api/fields';
import type { FieldDefinition } from '../../core/model';
import { ApiException, notFound } from '../errors';
import type { Store } from '../store/createStore';
import {
  contactsWithFieldValue,
  deleteField,
  fieldKeyTaken,
  insertField,
  updateField,
} from '../store/repos/fieldDefinitions';

export function createField(store: Store, input: CreateFieldRequest, now: number): Promise<FieldDefinition> {
  return store.write(async (tx, changes) => {
    if (await fieldKeyTaken(tx, input.key))
      throw new ApiException(409, 'conflict', `A field with the key "${input.key}" already exists.`);
    const field = await insertField(tx, { ...input, choices: input.type === 'choice' ? input.choices : [] }, now);
    changes.add('field', field.id, null);
    return field;
  });
}

export function changeField(store: Store, id: string, patch: UpdateFieldRequest): Promise<FieldDefinition> {
  return store.write(async (tx, changes) => {
    const [current] = await tx.query<{ type: string }>('SELECT type FROM field_definitions WHERE id = $1', [id]);
    if (!current) throw notFound('Field');
    if (patch.choices && current.type === 'choice' && patch.choices.length === 0) {
      throw new ApiException(400, 'invalid', 'choices: a choice field needs at least one choice');
    }
    const field = await updateField(tx, id, {
      ...patch,
      choices: current.type === 'choice' ? patch.choices : undefined,
    });
    if (!field) throw notFound('Field');
    changes.add('field', id, null);
    return field;
  });
}

export function removeField(store: Store, id: string): Promise<void> {
  return store.write(async (tx, changes) => {
    const holders = await contactsWithFieldValue(tx, id);
    if (!(await deleteField(tx, id))) throw notFound('Field');
    changes.add('field', id, null);
    for (const contactId of holders) changes.add('contact', contactId, null);
  });
}
