import { createHash } from 'node:crypto';
import type { InvalidParam } from '../../platform/problems.js';

/*
 * Files shared in the learning network: at most 5 MiB each, at most 3 per post or reply, and only types on an
 * allow-list. The declared type must be on the list, the file name must carry one of its extensions, and the
 * first bytes must say the same (content sniffing): a renamed executable or HTML page is refused.
 */

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 3;
/** Route body limit for posts and replies: three files in base64 (4/3 of their size) plus the text. */
export const ATTACHMENT_BODY_LIMIT = MAX_ATTACHMENTS * Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 256 * 1024;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const isUtf8Text = (data: Buffer) => {
  if (data.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
};

// An Office Open XML file is a ZIP whose central directory names its main part; file names are stored uncompressed.
const isOfficeFile = (data: Buffer, mainPart: string) => data.subarray(0, 4).equals(ZIP) && data.includes(mainPart, 0, 'latin1');

export const ACCEPTED_TYPES: Record<string, { extensions: string[]; matches: (data: Buffer) => boolean }> = {
  'application/pdf': { extensions: ['pdf'], matches: (d) => d.subarray(0, 5).toString('latin1') === '%PDF-' },
  'image/png': { extensions: ['png'], matches: (d) => d.subarray(0, 8).equals(PNG) },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], matches: (d) => d[0] === 0xff && d[1] === 0xd8 && d[2] === 0xff },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extensions: ['docx'], matches: (d) => isOfficeFile(d, 'word/document.xml') },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extensions: ['xlsx'], matches: (d) => isOfficeFile(d, 'xl/workbook.xml') },
  'text/plain': { extensions: ['txt'], matches: isUtf8Text },
};

export interface AttachmentInput {
  fileName: string;
  contentType: string;
  dataBase64: string;
}

export interface CheckedAttachment {
  fileName: string;
  contentType: string;
  data: Buffer;
  sizeBytes: number;
  sha256: string;
}

/** Only the last path segment, without control characters: the name is shown and used as a download name. */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Checks every file; returns the decoded files, or every problem found (field names relative to `field`). */
export function checkAttachments(inputs: AttachmentInput[], field = 'attachments'): { files: CheckedAttachment[]; problems: InvalidParam[] } {
  const files: CheckedAttachment[] = [];
  const problems: InvalidParam[] = [];
  inputs.forEach((input, i) => {
    const at = (name: string) => `${field}.${i}.${name}`;
    const contentType = input.contentType.split(';')[0]!.trim().toLowerCase();
    const accepted = ACCEPTED_TYPES[contentType];
    if (!accepted) {
      problems.push({ name: at('contentType'), code: 'type-not-accepted', reason: 'attachment.type-not-accepted' });
      return;
    }
    const encoded = input.dataBase64.replace(/\s/g, '');
    if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) {
      problems.push({ name: at('dataBase64'), code: 'format', reason: 'attachment.not-base64' });
      return;
    }
    const data = Buffer.from(encoded, 'base64');
    if (data.length === 0) {
      problems.push({ name: at('dataBase64'), code: 'empty', reason: 'attachment.empty' });
      return;
    }
    if (data.length > MAX_ATTACHMENT_BYTES) {
      problems.push({ name: at('dataBase64'), code: 'too-large', reason: 'attachment.too-large', values: { maximum: MAX_ATTACHMENT_BYTES / 1024 / 1024 } });
      return;
    }
    const fileName = safeFileName(input.fileName);
    const extension = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
    if (!fileName || !accepted.extensions.includes(extension)) {
      problems.push({ name: at('fileName'), code: 'extension-mismatch', reason: 'attachment.extension-mismatch', values: { extensions: accepted.extensions.join(', ') } });
      return;
    }
    if (!accepted.matches(data)) {
      problems.push({ name: at('contentType'), code: 'content-mismatch', reason: 'attachment.content-mismatch' });
      return;
    }
    files.push({ fileName, contentType, data, sizeBytes: data.length, sha256: createHash('sha256').update(data).digest('hex') });
  });
  return { files, problems };
}

/** `attachment; filename="…"; filename*=UTF-8''…` with an ASCII fallback for old clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
