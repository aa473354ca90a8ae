import { useState } from 'react';
import { StatusMessage } from '../Feedback';

/** A section's own confirmation line ("Doel toegevoegd."), announced politely near where the user worked. */
export function useSectionMessage() {
  const [message, setMessage] = useState('');
  return { message, setMessage, view: <StatusMessage>{message}</StatusMessage> };
}
