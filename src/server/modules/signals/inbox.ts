import type { DbOrTx } from '../../db/database.js';
import { type BsnVault, maskBsn } from '../../platform/bsn.js';

/**
 * Match items for a professional's inbox: for each match on one of their active signals, who the other
 * professional is and how to reach them. Never the other's note or domain: only that they worry too.
 */
export async function matchItems(db: DbOrTx, professionalId: string, vault: BsnVault) {
  const side = (mine: 'signal_id' | 'other_signal_id', theirs: 'signal_id' | 'other_signal_id') =>
    db
      .selectFrom('signal_matches as m')
      .innerJoin('signals as mine', 'mine.id', `m.${mine}`)
      .innerJoin('signals as theirs', 'theirs.id', `m.${theirs}`)
      .innerJoin('users as u', 'u.id', 'theirs.professional_id')
      .innerJoin('organisations as o', 'o.id', 'theirs.organisation_id')
      .leftJoin('organisations as proposed', 'proposed.id', 'm.proposed_organisation_id')
      .select([
        'm.id', 'm.kind', 'm.created_at', 'mine.id as my_signal_id', 'mine.domain as my_domain', 'mine.bsn_encrypted as my_bsn',
        'u.id as other_id', 'u.name as other_name', 'u.job_function as other_function', 'u.email as other_email', 'u.phone as other_phone',
        'o.id as organisation_id', 'o.name as organisation_name', 'o.kind as organisation_kind', 'o.phone as organisation_phone',
        'proposed.id as proposed_id', 'proposed.name as proposed_name',
      ])
      .where('mine.professional_id', '=', professionalId)
      .where('mine.closed_at', 'is', null);
  const rows = await side('signal_id', 'other_signal_id').unionAll(side('other_signal_id', 'signal_id')).orderBy('created_at', 'desc').limit(200).execute();
  const confirmations = rows.length
    ? await db.selectFrom('coordination_confirmations').selectAll().where('match_id', 'in', rows.map((r) => r.id)).execute()
    : [];
  return rows.map((r) => {
    const confirmed = confirmations.filter((c) => c.match_id === r.id);
    const agreed = confirmed.length >= 2 && confirmed.every((c) => c.organisation_id === confirmed[0]!.organisation_id) ? confirmed[0]!.organisation_id : null;
    return {
      type: 'signal-match' as const,
      id: r.id,
      at: r.created_at.toISOString(),
      matchKind: r.kind,
      // The professional's own signal, so they know which child it is about (they gave its BSN themselves).
      mySignal: { id: r.my_signal_id, domain: r.my_domain, bsnMasked: maskBsn(vault.decrypt(r.my_bsn)) },
      otherProfessional: { id: r.other_id, name: r.other_name, jobFunction: r.other_function, email: r.other_email, phone: r.other_phone },
      otherOrganisation: { id: r.organisation_id, name: r.organisation_name, kind: r.organisation_kind, phone: r.organisation_phone },
      proposedCoordinator: r.proposed_id ? { id: r.proposed_id, name: r.proposed_name! } : null,
      myConfirmation: confirmed.find((c) => c.professional_id === professionalId)?.organisation_id ?? null,
      agreedCoordinator: agreed,
    };
  });
}
