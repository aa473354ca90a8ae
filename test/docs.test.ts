import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPolicyTable } from '../src/server/platform/policy.js';

describe('docs/SECURITY.md', () => {
  it('shows the policy table exactly as the code defines it', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../docs/SECURITY.md'), 'utf8');
    expect(doc).toContain(renderPolicyTable());
  });
});
