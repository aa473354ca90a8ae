import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from '../../../../test/helpers/app.js';
import { checkPermissionMatrix } from '../../../../test/helpers/permissions.js';
import { MAX_ATTACHMENT_BYTES } from './attachments.js';
import { containsBsnLikeNumber } from './service.js';

let t: TestApp;
let ib: SignedInClient;
let jvk: SignedInClient;
let pohRolde: SignedInClient;
let beleid: SignedInClient;
let groups: { id: string; name: string; theme: string | null; isMember: boolean; memberCount: number }[];

const group = (name: string) => groups.find((g) => g.name === name)!;
const count = async (table: 'group_posts' | 'post_replies' | 'attachments' | 'notifications') =>
  Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR-fictief-plaatje')]);

beforeAll(async () => {
  t = await createTestApp();
  [ib, jvk, pohRolde, beleid] = await Promise.all([
    t.signIn('ib.zuiderbreedte@dichtbij.example'),
    t.signIn('jvk.hoogeveen@dichtbij.example'),
    t.signIn('poh.rolde@dichtbij.example'),
    t.signIn('beleid.hoogeveen@dichtbij.example'),
  ]);
  groups = (await pohRolde.get('/api/v1/groups?pageSize=100')).json().items;
});
afterAll(() => t.close());

describe('the BSN guard', () => {
  it('finds nine digits passing the 11-test, with or without dots and spaces, and leaves other numbers alone', () => {
    for (const text of ['BSN 111222333', 'nummer 111.222.333 graag', '111 222 333', 'test 999900006.']) expect(containsBsnLikeNumber(text), text).toBe(true);
    for (const text of ['123456789 faalt de elfproef', 'bel 06-12345678', '0612345678', '1112223334 is te lang', 'schooljaar 2025-2026', '000000000', '']) {
      expect(containsBsnLikeNumber(text), text).toBe(false);
    }
  });
});

describe('themed groups in the learning network', () => {
  it('holds the themed groups of Samen voor Ryan, with the Kansrijke Start professionals as members', () => {
    expect(groups.map((g) => g.name)).toEqual(expect.arrayContaining(['Vroegsignalering', 'Armoede en bestaanszekerheid', 'Corona en opgroeien']));
    expect(group('Vroegsignalering')).toMatchObject({ id: expect.any(String), theme: 'vroegsignalering' });
    expect(group('Vroegsignalering').memberCount).toBeGreaterThan(100);
  });

  it('a non-member may not post; after joining she posts, and a post with a BSN is refused in Dutch with nothing written', async () => {
    const armoede = group('Armoede en bestaanszekerheid');
    expect(armoede.isMember).toBe(false);
    const before = await count('group_posts');
    const early = await pohRolde.post(`/api/v1/groups/${armoede.id}/posts`, { title: 'Vraag', body: 'Hoe pakken jullie dit aan?' });
    expect(early.statusCode).toBe(403);
    expect(early.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(early.json()).toMatchObject({ code: 'not-a-member' });
    expect(early.json().detail).toMatch(/Word eerst lid/);
    expect(await count('group_posts')).toBe(before);
    const refusal = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', pohRolde.user.id).where('outcome', '=', 'denied').execute();
    expect(refusal.at(-1)).toMatchObject({ resource: 'group-post', resource_id: armoede.id });

    const joined = await pohRolde.post(`/api/v1/groups/${armoede.id}/members`);
    expect(joined.statusCode).toBe(201);
    expect(joined.json()).toMatchObject({ groupId: armoede.id, userId: pohRolde.user.id, role: 'member' });
    expect((await pohRolde.post(`/api/v1/groups/${armoede.id}/members`)).statusCode).toBe(200);
    const joins = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', pohRolde.user.id).where('resource', '=', 'group-member').execute();
    expect(joins.map((a) => [a.action, a.subject_id])).toEqual([['join', pohRolde.user.id]]);

    const posted = await pohRolde.post(`/api/v1/groups/${armoede.id}/posts`, { title: 'Geldzorgen in de spreekkamer', body: 'Wat werkt bij jullie? Bel gerust: 0592-000131.' });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json()).toMatchObject({ groupId: armoede.id, title: 'Geldzorgen in de spreekkamer', author: { id: pohRolde.user.id, organisations: [{ name: 'Huisartsenpraktijk Rolde' }] }, replyCount: 0 });
    t.clock.advance(1000);
    const withoutTitle = await pohRolde.post(`/api/v1/groups/${armoede.id}/posts`, { body: 'Nog een vraag zonder titel.' });
    expect(withoutTitle.statusCode).toBe(201);

    const afterPosting = await count('group_posts');
    const withBsn = await pohRolde.post(`/api/v1/groups/${armoede.id}/posts`, { title: 'Casus', body: 'Het gaat om een jongen met BSN 111.222.333, wie kent hem?' });
    expect(withBsn.statusCode).toBe(400);
    expect(withBsn.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(withBsn.json().invalidParams).toEqual([{ name: 'body', code: 'bsn-like-number', reason: expect.stringMatching(/burgerservicenummer.*nooit gegevens over een kind/) }]);
    const inTitle = await pohRolde.post(`/api/v1/groups/${armoede.id}/posts`, { title: '999900006', body: 'Zie titel' });
    expect(inTitle.json().invalidParams[0]).toMatchObject({ name: 'title', code: 'bsn-like-number' });
    const inFile = await pohRolde.post(`/api/v1/groups/${armoede.id}/posts`, { body: 'Zie bijlage', attachments: [{ fileName: 'notitie.txt', contentType: 'text/plain', dataBase64: base64('BSN: 111 222 333') }] });
    expect(inFile.json().invalidParams[0]).toMatchObject({ name: 'attachments.0', code: 'bsn-like-number' });
    expect(await count('group_posts')).toBe(afterPosting);

    const posts = (await beleid.get(`/api/v1/groups/${armoede.id}/posts`)).json();
    expect(posts.items[0]).toMatchObject({ id: withoutTitle.json().id });
    expect(posts.items.map((p: { id: string }) => p.id)).toContain(posted.json().id);
  });

  it('the member list links each member to their directory profile', async () => {
    const armoede = group('Armoede en bestaanszekerheid');
    let members: { id: string; name: string; organisations: { name: string }[] }[] = [];
    for (let page = 1; ; page++) {
      const r = (await beleid.get(`/api/v1/groups/${armoede.id}/members?pageSize=100&page=${page}`)).json();
      members = [...members, ...r.items];
      if (members.length >= r.total) break;
    }
    const poh = members.find((m) => m.id === pohRolde.user.id)!;
    expect(poh.organisations.map((o) => o.name)).toEqual(['Huisartsenpraktijk Rolde']);
    const profile = await beleid.get(`/api/v1/professionals/${poh.id}`);
    expect(profile.statusCode).toBe(200);
    expect(profile.json().name).toBe(poh.name);

    expect((await pohRolde.delete(`/api/v1/groups/${armoede.id}/members/${ib.user.id}`)).statusCode).toBe(403);
    expect((await pohRolde.delete(`/api/v1/groups/${armoede.id}/members/${pohRolde.user.id}`)).statusCode).toBe(204);
    expect((await pohRolde.get(`/api/v1/groups/${armoede.id}`)).json().isMember).toBe(false);
  });

  it('a reply reaches the post\'s author as an unread notification, which she marks read; members hear of new posts', async () => {
    const vroeg = group('Vroegsignalering');
    const post = await ib.post(`/api/v1/groups/${vroeg.id}/posts`, { title: 'Signalen bij kleuters', body: 'Welke signalen zien jullie het eerst bij kleuters die thuis weinig taal horen?' });
    expect(post.statusCode, post.body).toBe(201);
    const postId = post.json().id;

    // Every other member hears of the new post.
    const jvkNotes = (await jvk.get('/api/v1/notifications?unread=true&pageSize=100')).json();
    expect(jvkNotes.items.find((n: { kind: string; data: { postId: string } }) => n.kind === 'group-post' && n.data.postId === postId)).toMatchObject({
      link: `/leernetwerk/groepen/${vroeg.id}/berichten/${postId}`,
      data: { groupId: vroeg.id, groupName: 'Vroegsignalering', authorName: ib.user.name },
    });
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('resource', '=', 'group-post').where('resource_id', '=', postId).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.context).toMatchObject({ groupId: vroeg.id, notified: vroeg.memberCount - 1 });

    const unreadBefore = (await ib.get('/api/v1/notifications?unread=true')).json().unreadCount;
    const reply = await jvk.post(`/api/v1/group-posts/${postId}/replies`, { body: 'Bij ons valt het eerst op in de kring: korte zinnen, weinig vragen.' });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json()).toMatchObject({ postId, author: { id: jvk.user.id } });

    const notes = (await ib.get('/api/v1/notifications?unread=true')).json();
    expect(notes.unreadCount).toBe(unreadBefore + 1);
    const note = notes.items[0];
    expect(note).toMatchObject({
      kind: 'post-reply',
      readAt: null,
      link: `/leernetwerk/groepen/${vroeg.id}/berichten/${postId}#reactie-${reply.json().id}`,
      data: { postId, replyId: reply.json().id, postTitle: 'Signalen bij kleuters', authorName: jvk.user.name },
    });
    // The replier is not told of her own reply.
    expect((await jvk.get('/api/v1/notifications?unread=true&pageSize=100')).json().items.some((n: { kind: string; data: { postId: string } }) => n.kind === 'post-reply' && n.data.postId === postId)).toBe(false);

    const read = await ib.post(`/api/v1/notifications/${note.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await ib.get('/api/v1/notifications?unread=true')).json().unreadCount).toBe(unreadBefore);
    expect((await jvk.post(`/api/v1/notifications/${note.id}/read`)).statusCode).toBe(404);

    const thread = (await beleid.get(`/api/v1/group-posts/${postId}`)).json();
    expect(thread).toMatchObject({ replyCount: 1, groupName: 'Vroegsignalering' });
    expect(thread.replies[0].body).toMatch(/in de kring/);

    const outsider = await pohRolde.post(`/api/v1/group-posts/${postId}/replies`, { body: 'Mag ik ook?' });
    expect(outsider.statusCode).toBe(403);
  });
});

describe('attachments', () => {
  it('accepts an allowed file and gives it back with its name; refuses unaccepted types, disguised files and files over the limit, writing nothing', async () => {
    const vroeg = group('Vroegsignalering');
    const docx = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('....[Content_Types].xml....word/document.xml....')]);
    const posted = await ib.post(`/api/v1/groups/${vroeg.id}/posts`, {
      title: 'Gesprekskaart',
      body: 'Onze gesprekskaart en een foto van de kring.',
      attachments: [
        { fileName: 'kring.png', contentType: 'image/png', dataBase64: base64(PNG) },
        { fileName: 'gesprekskaart versie 2 – één.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', dataBase64: base64(docx) },
      ],
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const [png, word] = posted.json().attachments;
    expect(png).toMatchObject({ fileName: 'kring.png', contentType: 'image/png', sizeBytes: PNG.length });

    const download = await beleid.get(`/api/v1/attachments/${png.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toBe('attachment; filename="kring.png"; filename*=UTF-8\'\'kring.png');
    expect(download.rawPayload.equals(PNG)).toBe(true);
    const wordDownload = await beleid.get(`/api/v1/attachments/${word.id}`);
    expect(wordDownload.headers['content-disposition']).toContain("filename*=UTF-8''gesprekskaart%20versie%202%20%E2%80%93%20%C3%A9%C3%A9n.docx");

    const before = { posts: await count('group_posts'), attachments: await count('attachments'), notifications: await count('notifications') };
    const send = (attachment: Record<string, string>) => ib.post(`/api/v1/groups/${vroeg.id}/posts`, { body: 'Met bijlage', attachments: [attachment] });

    const zip = await send({ fileName: 'map.zip', contentType: 'application/zip', dataBase64: base64('PK\u0003\u0004rest') });
    expect(zip.statusCode).toBe(400);
    expect(zip.json().invalidParams[0]).toMatchObject({ name: 'attachments.0.contentType', code: 'type-not-accepted' });
    expect(zip.json().invalidParams[0].reason).toMatch(/wordt niet geaccepteerd/);

    const disguised = await send({ fileName: 'rapport.pdf', contentType: 'application/pdf', dataBase64: base64(Buffer.from('MZ\u0090\u0000 dit is een programma', 'latin1')) });
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().invalidParams[0]).toMatchObject({ name: 'attachments.0.contentType', code: 'content-mismatch' });

    const renamed = await send({ fileName: 'pagina.html', contentType: 'text/plain', dataBase64: base64('<script>alert(1)</script>') });
    expect(renamed.json().invalidParams[0]).toMatchObject({ name: 'attachments.0.fileName', code: 'extension-mismatch' });

    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0x20);
    big.write('%PDF-1.7', 0, 'latin1');
    const tooLarge = await send({ fileName: 'groot.pdf', contentType: 'application/pdf', dataBase64: base64(big) });
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json().invalidParams[0]).toMatchObject({ name: 'attachments.0.dataBase64', code: 'too-large' });
    expect(tooLarge.json().invalidParams[0].reason).toBe('Het bestand is te groot: een bijlage mag hoogstens 5 MB zijn.');

    const four = await ib.post(`/api/v1/groups/${vroeg.id}/posts`, { body: 'Veel', attachments: Array.from({ length: 4 }, (_, i) => ({ fileName: `${i}.png`, contentType: 'image/png', dataBase64: base64(PNG) })) });
    expect(four.json().invalidParams[0]).toMatchObject({ name: 'attachments', code: 'too-many' });

    expect({ posts: await count('group_posts'), attachments: await count('attachments'), notifications: await count('notifications') }).toEqual(before);
  });
});

describe('permissions', () => {
  it('refuses anonymous callers and the roles without the permission of each route', async () => {
    await checkPermissionMatrix(t, [
      ['GET', '/api/v1/groups', 'learning:participate'], ['POST', '/api/v1/groups', 'programmes:manage'], ['GET', '/api/v1/groups/:id', 'learning:participate'],
      ['PATCH', '/api/v1/groups/:id', 'learning:participate'], ['GET', '/api/v1/groups/:id/members', 'learning:participate'],
      ['POST', '/api/v1/groups/:id/members', 'learning:participate'], ['DELETE', '/api/v1/groups/:id/members/:id', 'learning:participate'],
      ['GET', '/api/v1/groups/:id/posts', 'learning:participate'], ['POST', '/api/v1/groups/:id/posts', 'learning:participate'],
      ['GET', '/api/v1/group-posts/:id', 'learning:participate'], ['POST', '/api/v1/group-posts/:id/replies', 'learning:participate'],
      ['GET', '/api/v1/attachments/:id', 'learning:participate'],
      ['GET', '/api/v1/notifications', 'inbox:read'], ['POST', '/api/v1/notifications/:id/read', 'inbox:read'], ['POST', '/api/v1/notifications/all-read', 'inbox:read'],
    ]);
  });
});
