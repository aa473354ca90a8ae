import { ButtonGroup, PrimaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmesApi } from '../../api/client';
import { ErrorAlert } from '../Feedback';
import { TextAreaField } from '../TextAreaField';
import { TextField } from '../TextField';
import { useAction } from '../useAction';
import { AttachmentsField, attachmentErrors, toAttachments } from './AttachmentsField';

/**
 * A new post (with `groupId`) or a reply (with `postId`): text and attachments. The server refuses a number that
 * looks like a BSN, and files it does not accept; its Dutch reasons are shown at the fields.
 */
export function PostForm({ groupId, postId, onDone }: { groupId?: string; postId?: string; onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<FileList | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const action = useAction();
  const isReply = Boolean(postId);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(async () => {
      const attachments = await toAttachments(files);
      const extra = attachments.length ? { attachments } : {};
      if (postId) return programmesApi.createReply(postId, { body, ...extra });
      return programmesApi.createPost(groupId ?? '', { title: title.trim() || null, body, ...extra });
    });
    if (result.ok) {
      setTitle('');
      setBody('');
      setFiles(null);
      setInputKey((k) => k + 1);
      onDone(result.value.id);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form dichtbij-form--wide">
      <ErrorAlert error={action.error} />
      {!isReply && <TextField label={t('learning.postTitle')} name="title" value={title} onChange={setTitle} errorMessage={action.fieldErrors.title} />}
      <TextAreaField
        label={isReply ? t('learning.replyBody') : t('learning.postBody')}
        description={t('learning.noChildData')}
        name="body"
        value={body}
        onChange={setBody}
        errorMessage={action.fieldErrors.body}
        required
        rows={5}
      />
      <AttachmentsField name="attachments" inputKey={inputKey} onChange={setFiles} errors={attachmentErrors(action.fieldErrors)} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {isReply ? t('learning.sendReply') : t('learning.sendPost')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
