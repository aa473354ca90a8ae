import { authorizeFamily } from '../../platform/case-access.js';
import type { RequestContext } from '../../platform/context.js';
import { getFamily, familyTimeline } from './service.js';

/**
 * The family's right of access (inzageverzoek, AVG art. 15): everything held on the family and its children,
 * including who looked at their file (from the audit trail). The export itself is an audited act.
 */
export async function exportFamily(ctx: RequestContext, familyId: string) {
  const access = await authorizeFamily(ctx, familyId, 'export');
  const [family, timeline, accessLog] = await Promise.all([
    getFamily(ctx, familyId),
    familyTimeline(ctx, familyId),
    ctx.db
      .selectFrom('audit_events as e')
      .leftJoin('users as u', 'u.id', 'e.actor_id')
      .select(['e.at', 'e.subject_id', 'u.name as actor_name', 'e.actor_organisation_ids', 'e.resource', 'e.action', 'e.outcome'])
      .where('e.subject_id', 'in', access.childIds.length ? access.childIds : ['00000000-0000-0000-0000-000000000000'])
      .orderBy('e.seq')
      .execute(),
  ]);
  const organisations = await ctx.db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', [...new Set(accessLog.flatMap((a) => a.actor_organisation_ids)), '00000000-0000-0000-0000-000000000000']).execute();
  const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
  return {
    exportedAt: ctx.now().toISOString(),
    family,
    timeline: timeline.items,
    accessLog: accessLog.map((a) => ({
      at: a.at.toISOString(),
      childId: a.subject_id,
      who: a.actor_name ?? 'systeem',
      organisations: a.actor_organisation_ids.map((id) => organisationName.get(id) ?? id),
      resource: a.resource,
      action: a.action,
      outcome: a.outcome,
    })),
  };
}

const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The same export as a readable, printable Dutch document. */
export function renderExportHtml(data: Awaited<ReturnType<typeof exportFamily>>): string {
  const { family } = data;
  const rows = (cells: unknown[][]) => cells.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('');
  const plan = family.plan;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Inzage ${escape(family.name)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}</style></head><body>
<h1>Inzage: ${escape(family.name)}</h1>
<p>Alles wat in Dichtbij over dit gezin is vastgelegd, en wie het dossier heeft ingezien. Opgemaakt op ${escape(data.exportedAt)}.</p>
<h2>Kinderen</h2><table><tr><th>Naam</th><th>Geboortedatum</th><th>Gemeente</th><th>School</th></tr>${rows(family.children.map((c) => [`${c.givenName} ${c.familyName}`, c.birthDate ?? `verwacht ${c.expectedBirthDate}`, c.municipality.name, c.school?.name ?? '']))}</table>
<h2>Ouders en verzorgers</h2><table><tr><th>Naam</th><th>Relatie</th><th>Gezag</th><th>Contact</th></tr>${rows(family.guardians.map((g) => [`${g.givenName} ${g.familyName}`, g.relation, g.hasParentalAuthority ? 'ja' : 'nee', [g.phone, g.email].filter(Boolean).join(', ')]))}</table>
<h2>Toestemmingen</h2><table><tr><th>Doel</th><th>Gegeven door</th><th>Van</th><th>Tot</th><th>Ingetrokken</th></tr>${rows(family.consents.map((c) => [c.purpose, c.givenBy.join(', '), c.validFrom, c.validUntil ?? '', c.withdrawnAt ?? '']))}</table>
<h2>Gezinsplan</h2>${plan ? `<p>Status: ${escape(plan.status)}. Regisseur: ${escape(plan.coordinator?.name ?? '-')}.</p>
<h3>Doelen</h3><table><tr><th>Leefgebied</th><th>Doel</th><th>Status</th><th>Evaluaties</th></tr>${rows(plan.goals.map((g) => [g.domain, g.description, g.status, g.evaluations.map((e) => `${e.evaluatedOn}: ${e.score} ${e.note ?? ''}`).join('; ')]))}</table>
<h3>Team</h3><table><tr><th>Naam</th><th>Organisatie</th></tr>${rows(plan.team.map((m) => [m.name, m.organisation?.name ?? '']))}</table>
<h3>Hulp (inzet)</h3><table><tr><th>Niveau</th><th>Aanbieder</th><th>Status</th><th>Aangevraagd</th><th>Gestart</th><th>Beëindigd</th></tr>${rows(plan.episodes.map((e) => [e.level, e.provider.name, e.status, e.requestedOn, e.startedOn ?? '', e.endedOn ?? '']))}</table>` : '<p>Geen gezinsplan.</p>'}
<h2>Tijdlijn</h2><table><tr><th>Wanneer</th><th>Wat</th><th>Door</th></tr>${rows(data.timeline.map((t) => [t.at, t.kind, t.actorName ?? '']))}</table>
<h2>Wie heeft het dossier ingezien</h2><table><tr><th>Wanneer</th><th>Wie</th><th>Organisatie</th><th>Wat</th><th>Uitkomst</th></tr>${rows(data.accessLog.map((a) => [a.at, a.who, a.organisations.join(', '), `${a.resource} ${a.action}`, a.outcome === 'allowed' ? 'toegestaan' : 'geweigerd']))}</table>
</body></html>`;
}
