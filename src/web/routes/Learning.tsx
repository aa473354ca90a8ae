import '../components/programmes/programmes.css';
import { ButtonGroup, Heading2, Heading3, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { type GroupPost, type LearningGroup, programmesApi, type PostAuthor } from '../api/client';
import { ErrorAlert, Loading, StatusMessage } from '../components/Feedback';
import { formatDateTime, useLabels } from '../components/labels';
import { AttachmentList } from '../components/learning/AttachmentList';
import { PostForm } from '../components/learning/PostForm';
import { PageTitle } from '../components/PageTitle';
import { Pagination } from '../components/Pagination';
import { AppLink } from '../components/RouterLink';
import { useAction } from '../components/useAction';
import { useLoad } from '../components/useLoad';

function JoinButton({ group, onJoined }: { group: Pick<LearningGroup, 'id' | 'name'>; onJoined: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const join = async () => {
    if ((await action.run(() => programmesApi.joinGroup(group.id))).ok) onJoined();
  };
  return (
    <>
      <ErrorAlert error={action.error} />
      <ButtonGroup>
        <PrimaryActionButton type="button" onClick={() => void join()} busy={action.busy} aria-disabled={action.busy || undefined} aria-label={t('learning.joinGroup', { name: group.name })}>
          {t('learning.join')}
        </PrimaryActionButton>
      </ButtonGroup>
    </>
  );
}

function Author({ author, at }: { author: PostAuthor; at: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const about = [labels.jobFunction(author.jobFunction), author.organisations.map((o) => o.name).join(', ')].filter(Boolean).join(', ');
  return (
    <Paragraph className="dichtbij-result__meta">
      {t('learning.postedBy')} <AppLink to={`/netwerk/professionals/${author.id}`}>{author.name}</AppLink>
      {about && <> ({about})</>} · {formatDateTime(at)}
    </Paragraph>
  );
}

export function GroupsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [page, setPage] = useState(1);
  const [message, setMessage] = useState('');
  const groups = useLoad((signal) => programmesApi.groups({ page, pageSize: 20 }, signal), [page]);
  return (
    <>
      <PageTitle title={t('learning.title')} />
      <Paragraph lead>{t('learning.intro')}</Paragraph>
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={groups.error} />
      {groups.loading && !groups.data && <Loading />}
      {groups.data && (
        <>
          <ul className="dichtbij-result-list">
            {groups.data.items.map((group) => (
              <li key={group.id} className="dichtbij-result">
                <Heading2 className="dichtbij-result__title">
                  <AppLink to={`/leernetwerk/groepen/${group.id}`}>{group.name}</AppLink>
                </Heading2>
                <Paragraph>{group.description}</Paragraph>
                <Paragraph className="dichtbij-result__meta">
                  {group.theme && <>{t('learning.theme', { theme: labels.theme(group.theme) })} · </>}
                  {t('learning.memberCount', { count: group.memberCount })} · {t('learning.postCount', { count: group.postCount })}
                  {group.programme && <> · {t('learning.ofProgramme', { name: group.programme.name })}</>}
                  {group.isMember && <> · {t('learning.youAreMember')}</>}
                </Paragraph>
                {!group.isMember && (
                  <JoinButton
                    group={group}
                    onJoined={() => {
                      setMessage(t('learning.joined', { name: group.name }));
                      groups.reload();
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
          <Pagination page={groups.data.page} pageSize={groups.data.pageSize} total={groups.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}

function PostItem({ post, groupId }: { post: GroupPost; groupId: string }) {
  const { t } = useTranslation();
  return (
    <li className="dichtbij-post">
      <Heading3 className="dichtbij-result__title">
        <AppLink to={`/leernetwerk/groepen/${groupId}/berichten/${post.id}`}>{post.title ?? t('learning.untitled', { text: post.body.slice(0, 60) })}</AppLink>
      </Heading3>
      <Author author={post.author} at={post.createdAt} />
      <p className="dichtbij-post__body">{post.body}</p>
      <AttachmentList attachments={post.attachments} />
      <Paragraph className="dichtbij-result__meta">{t('learning.replyCount', { count: post.replyCount })}</Paragraph>
    </li>
  );
}

export function GroupPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { id = '' } = useParams();
  const [postsPage, setPostsPage] = useState(1);
  const [membersPage, setMembersPage] = useState(1);
  const [message, setMessage] = useState('');
  const group = useLoad((signal) => programmesApi.group(id, signal), [id]);
  const members = useLoad((signal) => programmesApi.groupMembers(id, { page: membersPage, pageSize: 20 }, signal), [id, membersPage]);
  const posts = useLoad((signal) => programmesApi.groupPosts(id, { page: postsPage, pageSize: 20 }, signal), [id, postsPage]);
  const g = group.data;

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to="/leernetwerk">{t('learning.back')}</AppLink>
      </p>
      <PageTitle title={g?.name ?? t('learning.group')} />
      <ErrorAlert error={group.error} />
      {group.loading && !g && <Loading />}
      <StatusMessage>{message}</StatusMessage>
      {g && (
        <>
          <Paragraph lead>{g.description}</Paragraph>
          <Paragraph className="dichtbij-result__meta">
            {g.theme && <>{t('learning.theme', { theme: labels.theme(g.theme) })} · </>}
            {t('learning.memberCount', { count: g.memberCount })}
            {g.programme && (
              <>
                {' · '}
                <AppLink to={`/programmas/${g.programme.id}`}>{t('learning.ofProgramme', { name: g.programme.name })}</AppLink>
              </>
            )}
          </Paragraph>
          {g.isMember ? (
            <Paragraph>{g.myRole === 'moderator' ? t('learning.youAreModerator') : t('learning.youAreMember')}</Paragraph>
          ) : (
            <JoinButton
              group={g}
              onJoined={() => {
                setMessage(t('learning.joined', { name: g.name }));
                group.reload();
                members.reload();
              }}
            />
          )}

          <section aria-labelledby="group-posts">
            <Heading2 id="group-posts">{t('learning.posts')}</Heading2>
            <ErrorAlert error={posts.error} />
            {posts.loading && !posts.data && <Loading />}
            {posts.data &&
              (posts.data.items.length === 0 ? (
                <Paragraph>{t('learning.noPosts')}</Paragraph>
              ) : (
                <>
                  <ul className="dichtbij-result-list">
                    {posts.data.items.map((post) => (
                      <PostItem key={post.id} post={post} groupId={g.id} />
                    ))}
                  </ul>
                  <Pagination page={posts.data.page} pageSize={posts.data.pageSize} total={posts.data.total} onPage={setPostsPage} />
                </>
              ))}
          </section>

          {g.isMember && (
            <section aria-labelledby="group-new-post" className="dichtbij-panel">
              <Heading2 id="group-new-post">{t('learning.newPost')}</Heading2>
              <PostForm
                groupId={g.id}
                onDone={() => {
                  setMessage(t('learning.posted'));
                  setPostsPage(1);
                  posts.reload();
                  group.reload();
                }}
              />
            </section>
          )}

          <section aria-labelledby="group-members">
            <Heading2 id="group-members">{t('learning.members')}</Heading2>
            <ErrorAlert error={members.error} />
            {members.data && (
              <>
                <ul className="dichtbij-result-list">
                  {members.data.items.map((member) => (
                    <li key={member.id} className="dichtbij-result">
                      <AppLink to={`/netwerk/professionals/${member.id}`}>{member.name}</AppLink>
                      {member.role === 'moderator' && <> ({t('learning.moderator')})</>}
                      <span className="dichtbij-result__meta">
                        {' · '}
                        {[labels.jobFunction(member.jobFunction), member.organisations.map((o) => o.name).join(', ')].filter(Boolean).join(', ')}
                      </span>
                    </li>
                  ))}
                </ul>
                <Pagination page={members.data.page} pageSize={members.data.pageSize} total={members.data.total} onPage={setMembersPage} />
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}

/** Scrolls to and focuses `#reactie-{id}` once the replies are there (links from notifications). */
function useFocusHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash.startsWith('#reactie-')) return;
    const target = document.getElementById(hash.slice(1));
    if (target) {
      target.scrollIntoView();
      target.focus();
    }
  }, [ready, hash]);
}

export function PostPage() {
  const { t } = useTranslation();
  const { groupId = '', postId = '' } = useParams();
  const [message, setMessage] = useState('');
  const post = useLoad((signal) => programmesApi.post(postId, signal), [postId]);
  const group = useLoad((signal) => programmesApi.group(groupId, signal), [groupId]);
  const p = post.data;
  useFocusHash(Boolean(p));

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to={`/leernetwerk/groepen/${p?.groupId ?? groupId}`}>{t('learning.backToGroup', { name: p?.groupName ?? t('learning.group') })}</AppLink>
      </p>
      <PageTitle title={p ? (p.title ?? t('learning.untitled', { text: p.body.slice(0, 60) })) : t('learning.post')} />
      <ErrorAlert error={post.error} />
      {post.loading && !p && <Loading />}
      {p && (
        <>
          <Author author={p.author} at={p.createdAt} />
          <p className="dichtbij-post__body">{p.body}</p>
          <AttachmentList attachments={p.attachments} />

          <section aria-labelledby="post-replies">
            <Heading2 id="post-replies">{t('learning.replies', { count: p.replies.length })}</Heading2>
            {p.replies.length === 0 && <Paragraph>{t('learning.noReplies')}</Paragraph>}
            {p.replies.map((reply) => (
              <article key={reply.id} id={`reactie-${reply.id}`} className="dichtbij-reply" tabIndex={-1} aria-labelledby={`reactie-${reply.id}-by`}>
                <Heading3 id={`reactie-${reply.id}-by`} className="dichtbij-result__title">
                  {t('learning.replyBy', { name: reply.author.name })}
                </Heading3>
                <Author author={reply.author} at={reply.createdAt} />
                <p className="dichtbij-post__body">{reply.body}</p>
                <AttachmentList attachments={reply.attachments} />
              </article>
            ))}
          </section>
          <StatusMessage>{message}</StatusMessage>
          <section aria-labelledby="post-reply-form" className="dichtbij-panel">
            <Heading2 id="post-reply-form">{t('learning.reply')}</Heading2>
            {group.data?.isMember ? (
              <PostForm
                postId={p.id}
                onDone={(replyId) => {
                  setMessage(t('learning.replied'));
                  post.reload();
                  window.history.replaceState(null, '', `#reactie-${replyId}`);
                }}
              />
            ) : (
              group.data && <Paragraph>{t('learning.joinToReply')}</Paragraph>
            )}
          </section>
        </>
      )}
      {group.data && !group.data.isMember && p && (
        <JoinButton
          group={group.data}
          onJoined={() => {
            setMessage(t('learning.joined', { name: group.data?.name ?? '' }));
            group.reload();
          }}
        />
      )}
    </>
  );
}
