// The workspace's customer tags.
import { z } from 'zod';
import { Tag } from '../model';

const TagName = z.string().trim().min(1).max(40);
/** #rrggbb, the colour of the tag's chip. */
const TagColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #4f46e5');

export const CreateTagRequest = z.object({ name: TagName, color: TagColor });
export type CreateTagRequest = z.infer<typeof CreateTagRequest>;
export const UpdateTagRequest = z.object({ name: TagName.optional(), color: TagColor.optional() });
export type UpdateTagRequest = z.infer<typeof UpdateTagRequest>;

export const TagResponse = z.object({ tag: Tag });
export const TagsResponse = z.object({ tags: z.array(Tag) });
