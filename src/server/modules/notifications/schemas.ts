import { z } from 'zod';
import { pageQuery, pagedSchema } from '../../platform/paging.js';

export const idParams = z.strictObject({ id: z.uuid() });

export const notificationsQuery = z.strictObject({
  unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('true: alleen ongelezen meldingen'),
  ...pageQuery,
});

export const notification = z.object({
  id: z.uuid(),
  kind: z.string().describe('Soort melding: group-post, post-reply, questionnaire-sent, questionnaire-submitted'),
  data: z.record(z.string(), z.unknown()).describe('Wat de webapp nodig heeft om de melding te tonen (per soort), nooit gegevens over een kind'),
  link: z.string().nullable().describe('Pagina in de webapp om te openen'),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});

export const notificationPage = pagedSchema(notification).extend({ unreadCount: z.number().int().describe('Aantal ongelezen meldingen in totaal') });
export const allRead = z.object({ marked: z.number().int() });
