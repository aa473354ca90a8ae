import type { AreaKind } from '../../db/schema.js';
import type { RequestContext } from '../../platform/context.js';
import { type Page, paged } from '../../platform/paging.js';
import { notFound } from '../../platform/problems.js';
import * as repo from './repo.js';

type AreaRow = { id: string; kind: AreaKind; code: string; name: string; parent_id: string | null };
const toArea = (a: AreaRow) => ({ id: a.id, kind: a.kind, code: a.code, name: a.name, parentId: a.parent_id });

type PlaceColumns = {
  placeId: string;
  placeKind: string;
  placeCode: string;
  placeName: string;
  parentId: string | null;
  parentCode: string | null;
  parentName: string | null;
};

function municipalityAndNeighbourhood(row: PlaceColumns) {
  const place = { id: row.placeId, code: row.placeCode, name: row.placeName };
  if (row.placeKind === 'neighbourhood') {
    const municipality = row.parentId ? { id: row.parentId, code: row.parentCode!, name: row.parentName! } : null;
    return { municipality, neighbourhood: place };
  }
  return { municipality: row.placeKind === 'municipality' ? place : null, neighbourhood: null };
}

export async function listAreas(ctx: RequestContext, filter: repo.AreaFilter, page: Page) {
  const { rows, total } = await repo.listAreas(ctx.db, filter, page);
  return paged(rows.map(toArea), total, page);
}

export async function getArea(ctx: RequestContext, id: string) {
  const area = await repo.findArea(ctx.db, id);
  if (!area) throw notFound();
  return toArea(area);
}

export async function listOrganisations(ctx: RequestContext, filter: repo.OrganisationFilter, page: Page) {
  const { rows, total } = await repo.listOrganisations(ctx.db, filter, page);
  return paged(
    rows.map((o) => ({ id: o.id, name: o.name, kind: o.kind, city: o.city, ...municipalityAndNeighbourhood(o) })),
    total,
    page,
  );
}

export async function getOrganisation(ctx: RequestContext, id: string) {
  const [o, members] = await Promise.all([repo.findOrganisation(ctx.db, id), repo.membersOf(ctx.db, id)]);
  if (!o) throw notFound();
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    city: o.city,
    ...municipalityAndNeighbourhood(o),
    agbCode: o.agb_code,
    brin: o.brin,
    kvkNumber: o.kvk_number,
    streetAddress: o.street_address,
    postcode: o.postcode,
    phone: o.phone,
    email: o.email,
    website: o.website,
    description: o.description,
    professionals: members.map((m) => ({ id: m.id, name: m.name, jobFunction: m.job_function })),
  };
}

type ProfessionalRow = { id: string; name: string; job_function: string | null; themes: string[]; email: string; phone: string | null };

async function withOrganisations<T extends ProfessionalRow>(ctx: RequestContext, rows: T[]) {
  const memberships = await repo.organisationsOfUsers(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    jobFunction: r.job_function,
    themes: r.themes,
    email: r.email,
    phone: r.phone,
    organisations: memberships.filter((m) => m.user_id === r.id).map((m) => ({ id: m.id, name: m.name, kind: m.kind })),
  }));
}

export async function listProfessionals(ctx: RequestContext, filter: repo.ProfessionalFilter, page: Page) {
  const { rows, total } = await repo.listProfessionals(ctx.db, filter, page);
  return paged(await withOrganisations(ctx, rows), total, page);
}

export async function getProfessional(ctx: RequestContext, id: string) {
  const row = await repo.findProfessional(ctx.db, id);
  if (!row) throw notFound();
  const [professional] = await withOrganisations(ctx, [row]);
  return { ...professional!, bio: row.bio };
}

export async function listThemes(ctx: RequestContext) {
  return { items: (await repo.distinctThemes(ctx.db)).map((key) => ({ key })) };
}
