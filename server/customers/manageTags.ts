// The tag catalog's writes (admin only; the route checks the role). Every write goes through the
// change feed: a new or renamed tag reaches every agent, a deleted one is removed from every copy,
// and the customers who carried it change too so they re-sync without it.
import type { CreateTagRequest, UpdateTagRequest } from '../../core/api/tags';
import type { Tag } from '../../core/model';
import { ApiException, notFound } from '../errors';
import type { Store } from '../store/createStore';
import { deleteTag, insertTag, tagNameTaken, updateTag } from '../store/repos/tags';

const nameTaken = (name: string) => new ApiException(409, 'conflict', `A tag named "${name}" already exists.`);

export function createTag(store: Store, input: CreateTagRequest, now: number): Promise<Tag> {
  return store.write(async (tx, changes) => {
    if (await tagNameTaken(tx, input.name, null)) throw nameTaken(input.name);
    const tag = await insertTag(tx, input, now);
    changes.add('tag', tag.id, null);
    return tag;
  });
}

export function changeTag(store: Store, id: string, patch: UpdateTagRequest): Promise<Tag> {
  return store.write(async (tx, changes) => {
    if (patch.name && (await tagNameTaken(tx, patch.name, id))) throw nameTaken(patch.name);
    const tag = await updateTag(tx, id, patch);
    if (!tag) throw notFound('Tag');
    changes.add('tag', id, null);
    return tag;
  });
}

export function removeTag(store: Store, id: string): Promise<void> {
  return store.write(async (tx, changes) => {
    const carriers = await deleteTag(tx, id);
    if (!carriers) throw notFound('Tag');
    changes.add('tag', id, null);
    for (const contactId of carriers) changes.add('contact', contactId, null);
  });
}
