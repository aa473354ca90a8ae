import { z } from 'zod';
import { pageQuery, pagedSchema } from '../../platform/paging.js';
import { ACCEPTED_TYPES } from './attachments.js';

const moment = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);

export const idParams = z.strictObject({ id: z.uuid() });
export const memberParams = z.strictObject({ id: z.uuid(), userId: z.uuid() });
export const created = z.object({ id: z.uuid() });

export const groupsQuery = z.strictObject({
  query: z.string().trim().min(1).max(200).optional().describe('Zoek op naam'),
  theme: z.string().trim().min(1).max(100).optional().describe('Thema, zoals vroegsignalering, armoede of corona'),
  programmeId: z.uuid().optional(),
  mine: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('true: alleen groepen waarvan ik lid ben'),
  ...pageQuery,
});

export const groupSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  theme: z.string().nullable(),
  programme: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  memberCount: z.number().int(),
  postCount: z.number().int(),
  lastActivityAt: moment.nullable(),
  isMember: z.boolean(),
});
export const groupPage = pagedSchema(groupSummary);
export const groupDetail = groupSummary.extend({
  myRole: z.enum(['member', 'moderator']).nullable(),
  canManage: z.boolean(),
  createdAt: moment,
});

export const newGroup = z.strictObject({
  name: text(200),
  description: text(2000),
  theme: z.string().trim().min(1).max(100).nullish(),
  programmeId: z.uuid().nullish(),
});
export const groupChanges = z.strictObject({ name: text(200).optional(), description: text(2000).optional(), theme: z.string().trim().min(1).max(100).nullish() });

export const membership = z.object({ groupId: z.uuid(), userId: z.uuid(), role: z.enum(['member', 'moderator']), joinedAt: moment });

const organisationRef = z.object({ id: z.uuid(), name: z.string(), kind: z.string() });

export const member = z.object({
  id: z.uuid().describe('Id van de professional: het profiel staat op /professionals/{id}'),
  name: z.string(),
  jobFunction: z.string().nullable(),
  isActive: z.boolean(),
  role: z.enum(['member', 'moderator']),
  joinedAt: moment,
  organisations: z.array(organisationRef),
});
export const memberPage = pagedSchema(member);

const attachmentTypes = Object.keys(ACCEPTED_TYPES).join(', ');
export const attachmentInput = z.strictObject({
  fileName: text(255),
  contentType: text(200).describe(`Toegestaan: ${attachmentTypes}`),
  dataBase64: z.string().min(1).describe('De inhoud, base64-gecodeerd; hoogstens 5 MiB na decoderen'),
});

export const attachment = z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() });
const author = z.object({ id: z.uuid(), name: z.string(), jobFunction: z.string().nullable(), organisations: z.array(z.object({ id: z.uuid(), name: z.string() })) });

export const newPost = z.strictObject({
  title: z.string().trim().min(1).max(200).nullish(),
  body: text(20_000),
  attachments: z.array(attachmentInput).max(10).optional().describe('Hoogstens 3 bijlagen'),
});
export const newReply = z.strictObject({
  body: text(20_000),
  attachments: z.array(attachmentInput).max(10).optional().describe('Hoogstens 3 bijlagen'),
});

export const postSummary = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  title: z.string().nullable(),
  body: z.string(),
  author,
  createdAt: moment,
  lastActivityAt: moment,
  replyCount: z.number().int(),
  attachments: z.array(attachment),
});
export const postPage = pagedSchema(postSummary);

export const reply = z.object({ id: z.uuid(), postId: z.uuid(), body: z.string(), author, createdAt: moment, attachments: z.array(attachment) });
export const postDetail = postSummary.extend({ groupName: z.string(), replies: z.array(reply) });
