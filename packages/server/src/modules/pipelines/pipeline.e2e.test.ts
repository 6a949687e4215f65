import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphqlClient, type TenantSession, type TestServer, type Page, sleep } from '../../../test/harness';
import { Stage } from './stage.entity';

interface StageNode {
  id: string;
  name: string;
  kind: 'OPEN' | 'WON' | 'LOST';
  position: number;
  probability: number;
}

interface PipelineNode {
  id: string;
  name: string;
  isDefault: boolean;
  version: number;
  stages: StageNode[];
}

const STAGE_FIELDS = `id name kind position probability`;
const PIPELINE_FIELDS = `id name isDefault version stages { ${STAGE_FIELDS} }`;

const Q = {
  pipelines: `query($first: Int, $after: String, $last: Int, $before: String) {
    pipelines(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${PIPELINE_FIELDS} } }
    }
  }`,
  pipeline: `query($id: ID!) { pipeline(id: $id) { ${PIPELINE_FIELDS} } }`,
  create: `mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { ${PIPELINE_FIELDS} } }`,
  update: `mutation($input: UpdatePipelineInput!) { updatePipeline(input: $input) { ${PIPELINE_FIELDS} } }`,
  delete: `mutation($input: IdInput!) { deletePipeline(input: $input) }`,
  createStage: `mutation($input: CreateStageInput!) { createStage(input: $input) { ${STAGE_FIELDS} } }`,
  updateStage: `mutation($input: UpdateStageInput!) { updateStage(input: $input) { ${STAGE_FIELDS} } }`,
  reorderStages: `mutation($input: ReorderStagesInput!) { reorderStages(input: $input) { ${STAGE_FIELDS} } }`,
  deleteStage: `mutation($input: DeleteStageInput!) { deleteStage(input: $input) }`,
  createDeal: `mutation($input: CreateDealInput!) { createDeal(input: $input) { id version stage { id name } } }`,
  moveDeal: `mutation($input: MoveDealInput!) { moveDeal(input: $input) { id version } }`,
  dealsInStage: `query($stageId: ID!) { deals(filter: { stageId: $stageId }, orderBy: { field: TITLE }) {
    totalCount edges { node { id title stage { id } } } } }`,
  dealHistory: `query($id: ID!) { deal(id: $id) { stage { name } stageHistory { fromStage { name } toStage { name } } } }`,
  board: `query($pipelineId: ID!) { pipelineBoard(pipelineId: $pipelineId) { columns { stage { name } count deals { edges { node { title } } } } } }`,
};

/** [name, kind, position, probability] of each stage, in order. */
type StageShape = [string, string, number, number];
const shape = (stages: StageNode[]): StageShape[] => stages.map((stage) => [stage.name, stage.kind, stage.position, stage.probability]);

const STANDARD_STAGES: StageShape[] = [
  ['Prospecting', 'OPEN', 0, 10],
  ['Preparation', 'OPEN', 1, 20],
  ['Approach', 'OPEN', 2, 30],
  ['Presentation', 'OPEN', 3, 50],
  ['Objection handling', 'OPEN', 4, 60],
  ['Closing', 'OPEN', 5, 80],
  ['Follow-up', 'OPEN', 6, 90],
  ['Won', 'WON', 7, 100],
  ['Lost', 'LOST', 8, 0],
];

async function list(client: GraphqlClient, variables: Record<string, unknown> = {}): Promise<Page<PipelineNode>> {
  return (await client.query<{ pipelines: Page<PipelineNode> }>(Q.pipelines, { first: 100, ...variables })).pipelines;
}

async function all(client: GraphqlClient): Promise<PipelineNode[]> {
  return (await list(client)).edges.map((edge) => edge.node);
}

async function get(client: GraphqlClient, id: string): Promise<PipelineNode> {
  return (await client.query<{ pipeline: PipelineNode }>(Q.pipeline, { id })).pipeline;
}

async function createPipeline(client: GraphqlClient, input: Record<string, unknown>): Promise<PipelineNode> {
  return (await client.query<{ createPipeline: PipelineNode }>(Q.create, { input })).createPipeline;
}

/** A pipeline with open stages of these names (probabilities 10, 20, …). */
async function pipelineWith(client: GraphqlClient, name: string, stages: string[]): Promise<PipelineNode> {
  return createPipeline(client, { name, stages: stages.map((stage, index) => ({ name: stage, probability: (index + 1) * 10 })) });
}

const stageNamed = (pipeline: PipelineNode, name: string): StageNode => {
  const stage = pipeline.stages.find((candidate) => candidate.name === name);
  if (!stage) throw new Error(`No stage ${name} in ${pipeline.name}`);
  return stage;
};

describe('pipelines', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const invite = (owner: TenantSession, role: string) => server.invite(owner, role);

  /** Stage rows of the tenant as stored, whatever the API shows. */
  function storedStages(tenantId: string, pipelineId?: string): Promise<number> {
    return server.app.database.manager.count(Stage, { where: { tenantId, ...(pipelineId ? { pipelineId } : {}) } });
  }

  async function createDeal(client: GraphqlClient, title: string, pipeline: PipelineNode, stage: string) {
    const input = { title, pipelineId: pipeline.id, stageId: stageNamed(pipeline, stage).id };
    return (await client.query(Q.createDeal, { input })).createDeal as { id: string; version: number; stage: { id: string; name: string } };
  }

  describe('createPipeline', () => {
    it('a new workspace has one default pipeline with the standard stages', async () => {
      const owner = await server.signup();
      const pipelines = await all(owner.client);
      expect(pipelines).toHaveLength(1);
      expect(pipelines[0]).toMatchObject({ name: 'Sales pipeline', isDefault: true });
      expect(shape(pipelines[0]!.stages)).toEqual(STANDARD_STAGES);
    });

    it('with custom stages: WON and LOST are appended and the probabilities kept', async () => {
      const owner = await server.signup();
      const created = await createPipeline(owner.client, {
        name: '  Renewals ',
        stages: [
          { name: 'Cold', probability: 0 },
          { name: ' Discovery ', probability: 15 },
          { name: 'Demo', probability: 40 },
          { name: 'Sure thing', probability: 100 },
        ],
      });
      expect(created).toMatchObject({ name: 'Renewals', isDefault: false, version: 1 });
      expect(shape(created.stages)).toEqual([
        ['Cold', 'OPEN', 0, 0],
        ['Discovery', 'OPEN', 1, 15],
        ['Demo', 'OPEN', 2, 40],
        ['Sure thing', 'OPEN', 3, 100],
        ['Won', 'WON', 4, 100],
        ['Lost', 'LOST', 5, 0],
      ]);
      expect(await get(owner.client, created.id)).toEqual(created);
      const pipelines = await all(owner.client);
      expect(pipelines.map((pipeline) => [pipeline.name, pipeline.isDefault])).toEqual([['Renewals', false], ['Sales pipeline', true]]);
      expect(await storedStages(owner.tenantId)).toBe(9 + 6);
    });

    it('without stages: the standard seven plus won and lost', async () => {
      const owner = await server.signup();
      const created = await createPipeline(owner.client, { name: 'Partners' });
      expect(created.isDefault).toBe(false);
      expect(shape(created.stages)).toEqual(STANDARD_STAGES);
      const original = (await all(owner.client)).find((pipeline) => pipeline.name === 'Sales pipeline')!;
      expect(created.stages.map((stage) => stage.id)).not.toContain(original.stages[0]!.id);
    });

    it('with isDefault: true it becomes the only default', async () => {
      const owner = await server.signup();
      const created = await createPipeline(owner.client, { name: 'Enterprise', isDefault: true });
      expect(created.isDefault).toBe(true);
      const defaults = (await all(owner.client)).filter((pipeline) => pipeline.isDefault);
      expect(defaults.map((pipeline) => pipeline.id)).toEqual([created.id]);
      // A board asked for without a pipeline is the default one's.
      const board = (await owner.client.query(`{ pipelineBoard { pipeline { id } } }`)).pipelineBoard;
      expect(board.pipeline.id).toBe(created.id);
    });

    it('refuses a name already used, ignoring case and surrounding spaces', async () => {
      const owner = await server.signup();
      await createPipeline(owner.client, { name: 'Renewals' });
      for (const name of ['sales PIPELINE', '  Sales pipeline ', 'RENEWALS']) {
        const error = await owner.client.error(Q.create, { input: { name } });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      }
      expect((await all(owner.client)).map((pipeline) => pipeline.name)).toEqual(['Renewals', 'Sales pipeline']);
      expect(await storedStages(owner.tenantId)).toBe(18);
    });

    // MySQL's collation treats "Café" and "Cafe" as one name; the service agrees on every
    // database, so the answer is the same clear error rather than a constraint violation.
    it('names differing only by an accent or case are the same name on every database', async () => {
      const owner = await server.signup();
      await createPipeline(owner.client, { name: 'Cafe' });
      const error = await owner.client.error(Q.create, { input: { name: 'CAFÉ' } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect((await all(owner.client)).map((pipeline) => pipeline.name)).toEqual(['Cafe', 'Sales pipeline']);
    });

    it('another workspace may use the same names', async () => {
      const owner = await server.signup();
      const neighbour = await server.signup();
      await createPipeline(owner.client, { name: 'Renewals' });
      expect((await createPipeline(neighbour.client, { name: 'Renewals' })).name).toBe('Renewals');
    });

    it.each([
      ['two stages of the same name, ignoring case', { stages: [{ name: 'Demo', probability: 10 }, { name: 'demo ', probability: 20 }] }, 'stages'],
      ['a stage named like the WON stage', { stages: [{ name: 'won', probability: 50 }] }, 'stages'],
      ['a probability over 100', { stages: [{ name: 'Demo', probability: 101 }] }, 'stages.0.probability'],
      ['a negative probability', { stages: [{ name: 'Demo', probability: 10 }, { name: 'Deal', probability: -1 }] }, 'stages.1.probability'],
      ['a blank stage name', { stages: [{ name: '  ', probability: 10 }] }, 'stages.0.name'],
      ['a stage name over 80 characters', { stages: [{ name: 'x'.repeat(81), probability: 10 }] }, 'stages.0.name'],
      ['an empty stage list', { stages: [] }, 'stages'],
      ['more than 30 stages', { stages: Array.from({ length: 31 }, (_, i) => ({ name: `S${i}`, probability: 10 })) }, 'stages'],
      ['a blank name', { name: '   ' }, 'name'],
      ['a name over 80 characters', { name: 'x'.repeat(81) }, 'name'],
    ])('refuses %s (BAD_USER_INPUT on %s) and writes nothing', async (_case, patch, field) => {
      const owner = await server.signup();
      const error = await owner.client.error(Q.create, { input: { name: 'New one', ...patch } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect((await all(owner.client)).map((pipeline) => pipeline.name)).toEqual(['Sales pipeline']);
      expect(await storedStages(owner.tenantId)).toBe(9);
    });
  });

  describe('updatePipeline and deletePipeline', () => {
    it('renames, refusing a name in use and a blank one', async () => {
      const owner = await server.signup();
      const created = await createPipeline(owner.client, { name: 'Enterprise' });
      const renamed = (await owner.client.query(Q.update, { input: { id: created.id, name: ' Key accounts ' } })).updatePipeline;
      expect(renamed).toEqual({ ...created, name: 'Key accounts', version: 2 });
      // Its own name in another case is no clash.
      const recased = (await owner.client.query(Q.update, { input: { id: created.id, name: 'KEY accounts' } })).updatePipeline;
      expect(recased).toMatchObject({ name: 'KEY accounts', version: 3 });

      const taken = await owner.client.error(Q.update, { input: { id: created.id, name: 'sales pipeline' } });
      expect(taken.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      const blank = await owner.client.error(Q.update, { input: { id: created.id, name: '   ' } });
      expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      const missing = await owner.client.error(Q.update, { input: { id: '01900000-0000-7000-8000-000000000000', name: 'X' } });
      expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect((await all(owner.client)).map((pipeline) => [pipeline.name, pipeline.version])).toEqual([['KEY accounts', 3], ['Sales pipeline', 1]]);
    });

    it('isDefault: true moves the default flag, and new deals follow it; isDefault: false is refused', async () => {
      const owner = await server.signup();
      const original = (await all(owner.client))[0]!;
      const enterprise = await pipelineWith(owner.client, 'Enterprise', ['Qualify', 'Negotiate']);

      const moved = (await owner.client.query(Q.update, { input: { id: enterprise.id, isDefault: true } })).updatePipeline;
      expect(moved).toMatchObject({ id: enterprise.id, isDefault: true });
      expect((await all(owner.client)).map((pipeline) => [pipeline.name, pipeline.isDefault])).toEqual([['Enterprise', true], ['Sales pipeline', false]]);
      const deal = (await owner.client.query(Q.createDeal, { input: { title: 'Lands in the default' } })).createDeal;
      expect(deal.stage).toEqual({ id: stageNamed(enterprise, 'Qualify').id, name: 'Qualify' });

      // Asking again changes nothing but the version.
      await owner.client.query(Q.update, { input: { id: enterprise.id, isDefault: true } });
      expect((await all(owner.client)).filter((pipeline) => pipeline.isDefault).map((pipeline) => pipeline.id)).toEqual([enterprise.id]);

      for (const id of [enterprise.id, original.id]) {
        const unset = await owner.client.error(Q.update, { input: { id, isDefault: false } });
        expect(unset.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'isDefault' });
      }
      const back = (await owner.client.query(Q.update, { input: { id: original.id, isDefault: true } })).updatePipeline;
      expect(back.isDefault).toBe(true);
      expect((await all(owner.client)).map((pipeline) => [pipeline.name, pipeline.isDefault])).toEqual([['Enterprise', false], ['Sales pipeline', true]]);
    });

    it('the default pipeline cannot be deleted', async () => {
      const owner = await server.signup();
      const original = (await all(owner.client))[0]!;
      const error = await owner.client.error(Q.delete, { input: { id: original.id } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(await get(owner.client, original.id)).toEqual(original);
      expect(await storedStages(owner.tenantId, original.id)).toBe(9);
    });

    it('a pipeline with deals cannot be deleted, open or closed', async () => {
      const owner = await server.signup();
      const enterprise = await pipelineWith(owner.client, 'Enterprise', ['Qualify']);
      const deal = await createDeal(owner.client, 'Still here', enterprise, 'Qualify');
      const open = await owner.client.error(Q.delete, { input: { id: enterprise.id } });
      expect(open.extensions?.code).toBe('CONFLICT');
      await owner.client.query(`mutation($input: WinDealInput!) { winDeal(input: $input) { id } }`, { input: { id: deal.id, version: deal.version } });
      const won = await owner.client.error(Q.delete, { input: { id: enterprise.id } });
      expect(won.extensions?.code).toBe('CONFLICT');
      expect(await get(owner.client, enterprise.id)).toEqual(enterprise);
      expect(await storedStages(owner.tenantId, enterprise.id)).toBe(3);
    });

    it('an empty pipeline that is not the default is deleted with its stages', async () => {
      const owner = await server.signup();
      const original = (await all(owner.client))[0]!;
      const empty = await pipelineWith(owner.client, 'Short-lived', ['One', 'Two']);
      expect(await storedStages(owner.tenantId, empty.id)).toBe(4);

      const deleted = (await owner.client.query(Q.delete, { input: { id: empty.id } })).deletePipeline;
      expect(deleted).toBe(empty.id);
      expect(await owner.client.request(Q.pipeline, { id: empty.id })).toEqual({ data: { pipeline: null } });
      expect(await all(owner.client)).toEqual([original]);
      expect(await storedStages(owner.tenantId, empty.id)).toBe(0);
      expect(await storedStages(owner.tenantId)).toBe(9);
      const again = await owner.client.error(Q.delete, { input: { id: empty.id } });
      expect(again.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it('the former default can be deleted once another pipeline is the default', async () => {
      const owner = await server.signup();
      const original = (await all(owner.client))[0]!;
      const next = await createPipeline(owner.client, { name: 'Next', isDefault: true });
      expect((await owner.client.query(Q.delete, { input: { id: original.id } })).deletePipeline).toBe(original.id);
      expect((await all(owner.client)).map((pipeline) => [pipeline.id, pipeline.isDefault])).toEqual([[next.id, true]]);
    });
  });

  describe('stages', () => {
    it('createStage inserts among the open stages at a position, renumbering; WON and LOST stay last', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B', 'C']);

      const x = (await owner.client.query(Q.createStage, { input: { pipelineId: pipeline.id, name: ' X ', probability: 25, position: 1 } })).createStage;
      expect(x).toMatchObject({ name: 'X', kind: 'OPEN', position: 1, probability: 25 });
      expect(shape((await get(owner.client, pipeline.id)).stages)).toEqual([
        ['A', 'OPEN', 0, 10], ['X', 'OPEN', 1, 25], ['B', 'OPEN', 2, 20], ['C', 'OPEN', 3, 30], ['Won', 'WON', 4, 100], ['Lost', 'LOST', 5, 0],
      ]);

      const first = (await owner.client.query(Q.createStage, { input: { pipelineId: pipeline.id, name: 'First', probability: 5, position: 0 } })).createStage;
      expect(first.position).toBe(0);
      const last = (await owner.client.query(Q.createStage, { input: { pipelineId: pipeline.id, name: 'Last', probability: 95 } })).createStage;
      expect(last.position).toBe(5);
      const far = (await owner.client.query(Q.createStage, { input: { pipelineId: pipeline.id, name: 'Far', probability: 99, position: 1000 } })).createStage;
      expect(far.position).toBe(6);
      const stages = (await get(owner.client, pipeline.id)).stages;
      expect(stages.map((stage) => stage.name)).toEqual(['First', 'A', 'X', 'B', 'C', 'Last', 'Far', 'Won', 'Lost']);
      expect(stages.map((stage) => stage.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
      expect(stages.find((stage) => stage.id === x.id)?.position).toBe(2);
    });

    it('createStage refuses bad input and writes nothing', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B']);
      for (const [input, code, field] of [
        [{ name: 'x', probability: 101 }, 'BAD_USER_INPUT', 'probability'],
        [{ name: '   ', probability: 10 }, 'BAD_USER_INPUT', 'name'],
        [{ name: 'x', probability: 10, position: -1 }, 'BAD_USER_INPUT', 'position'],
        [{ name: 'x', probability: 10, pipelineId: '01900000-0000-7000-8000-000000000000' }, 'NOT_FOUND', 'pipelineId'],
      ] as const) {
        const error = await owner.client.error(Q.createStage, { input: { pipelineId: pipeline.id, ...input } });
        expect(error.extensions).toMatchObject({ code, field });
      }
      expect(await get(owner.client, pipeline.id)).toEqual(pipeline);
    });

    it('createStage refuses a name the pipeline already has, ignoring case, WON and LOST included', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B']);
      for (const name of ['b', ' A ', 'WON', 'lost']) {
        const error = await owner.client.error(Q.createStage, { input: { pipelineId: pipeline.id, name, probability: 10 } });
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect(await get(owner.client, pipeline.id)).toEqual(pipeline);
      // The same name in another pipeline is fine.
      const other = await pipelineWith(owner.client, 'Other', ['Z']);
      expect((await owner.client.query(Q.createStage, { input: { pipelineId: other.id, name: 'B', probability: 10 } })).createStage.name).toBe('B');
    });

    it('createStage names the `name` field when the name is taken', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B']);
      const error = await owner.client.error(Q.createStage, { input: { pipelineId: pipeline.id, name: 'b', probability: 10 } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    });

    it('updateStage renames and changes the probability, keeping the order', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B', 'C']);
      const b = stageNamed(pipeline, 'B');
      const updated = (await owner.client.query(Q.updateStage, { input: { id: b.id, name: ' Qualified ', probability: 35 } })).updateStage;
      expect(updated).toEqual({ ...b, name: 'Qualified', probability: 35 });
      const probabilityOnly = (await owner.client.query(Q.updateStage, { input: { id: b.id, probability: 0 } })).updateStage;
      expect(probabilityOnly).toMatchObject({ name: 'Qualified', probability: 0 });
      const recased = (await owner.client.query(Q.updateStage, { input: { id: b.id, name: 'QUALIFIED' } })).updateStage;
      expect(recased).toMatchObject({ name: 'QUALIFIED', probability: 0 });
      expect(shape((await get(owner.client, pipeline.id)).stages)).toEqual([
        ['A', 'OPEN', 0, 10], ['QUALIFIED', 'OPEN', 1, 0], ['C', 'OPEN', 2, 30], ['Won', 'WON', 3, 100], ['Lost', 'LOST', 4, 0],
      ]);
    });

    it('updateStage refuses a name in use, a blank name and a probability on WON or LOST', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B']);
      const other = await pipelineWith(owner.client, 'Other', ['Z']);
      const a = stageNamed(pipeline, 'A');
      for (const [input, field] of [
        [{ id: a.id, name: 'b' }, 'name'],
        [{ id: a.id, name: 'Won' }, 'name'],
        [{ id: stageNamed(pipeline, 'Won').id, name: 'Lost' }, 'name'],
        [{ id: a.id, name: '   ' }, 'name'],
        [{ id: a.id, probability: 101 }, 'probability'],
        [{ id: stageNamed(pipeline, 'Won').id, probability: 90 }, 'probability'],
        [{ id: stageNamed(pipeline, 'Won').id, probability: 100 }, 'probability'],
        [{ id: stageNamed(pipeline, 'Lost').id, probability: 5 }, 'probability'],
      ] as const) {
        const error = await owner.client.error(Q.updateStage, { input });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(await get(owner.client, pipeline.id)).toEqual(pipeline);
      // A name used in another pipeline is fine, and WON may be renamed.
      expect((await owner.client.query(Q.updateStage, { input: { id: a.id, name: 'Z' } })).updateStage.name).toBe('Z');
      const won = (await owner.client.query(Q.updateStage, { input: { id: stageNamed(pipeline, 'Won').id, name: 'Closed won' } })).updateStage;
      expect(won).toMatchObject({ name: 'Closed won', kind: 'WON', probability: 100 });
      expect(await get(owner.client, other.id)).toEqual(other);
    });

    it('reorderStages applies a permutation of the open stages', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B', 'C', 'D']);
      const id = (name: string) => stageNamed(pipeline, name).id;
      const reordered = (await owner.client.query(Q.reorderStages, { input: { pipelineId: pipeline.id, stageIds: [id('D'), id('B'), id('A'), id('C')] } }))
        .reorderStages as StageNode[];
      const expected: StageShape[] = [
        ['D', 'OPEN', 0, 40], ['B', 'OPEN', 1, 20], ['A', 'OPEN', 2, 10], ['C', 'OPEN', 3, 30], ['Won', 'WON', 4, 100], ['Lost', 'LOST', 5, 0],
      ];
      expect(shape(reordered)).toEqual(expected);
      expect(shape((await get(owner.client, pipeline.id)).stages)).toEqual(expected);
    });

    it('reorderStages refuses a list that is not exactly the open stages', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B', 'C']);
      const other = await pipelineWith(owner.client, 'Other', ['Z']);
      const id = (name: string) => stageNamed(pipeline, name).id;
      for (const stageIds of [
        [id('C'), id('B')], // one missing
        [id('C'), id('B'), id('A'), id('A')], // a duplicate
        [id('C'), id('B'), id('B')], // a duplicate in place of one
        [id('C'), id('B'), id('Won')], // WON instead of an open stage
        [id('C'), id('B'), id('A'), id('Won')], // WON as well
        [id('C'), id('B'), stageNamed(other, 'Z').id], // another pipeline's stage
        [id('C'), id('B'), 'not-a-stage'],
        [],
      ]) {
        const error = await owner.client.error(Q.reorderStages, { input: { pipelineId: pipeline.id, stageIds } });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageIds' });
      }
      expect(await get(owner.client, pipeline.id)).toEqual(pipeline);
    });

    it('deleteStage deletes an empty open stage and renumbers the rest', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B', 'C']);
      const b = stageNamed(pipeline, 'B');
      expect((await owner.client.query(Q.deleteStage, { input: { id: b.id } })).deleteStage).toBe(b.id);
      expect(shape((await get(owner.client, pipeline.id)).stages)).toEqual([
        ['A', 'OPEN', 0, 10], ['C', 'OPEN', 1, 30], ['Won', 'WON', 2, 100], ['Lost', 'LOST', 3, 0],
      ]);
      expect(await storedStages(owner.tenantId, pipeline.id)).toBe(4);
      const again = await owner.client.error(Q.deleteStage, { input: { id: b.id } });
      expect(again.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it('deleteStage of a stage with deals needs a target stage and moves the deals there', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B', 'C']);
      const other = await pipelineWith(owner.client, 'Other', ['Z']);
      const b = stageNamed(pipeline, 'B');
      const c = stageNamed(pipeline, 'C');
      await createDeal(owner.client, 'b1', pipeline, 'B');
      await createDeal(owner.client, 'b2', pipeline, 'B');
      await createDeal(owner.client, 'c1', pipeline, 'C');
      await createDeal(owner.client, 'a1', pipeline, 'A');

      const without = await owner.client.error(Q.deleteStage, { input: { id: b.id } });
      expect(without.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'moveDealsToStageId' });
      for (const target of [b.id, stageNamed(pipeline, 'Won').id, stageNamed(pipeline, 'Lost').id, stageNamed(other, 'Z').id, 'nowhere']) {
        const error = await owner.client.error(Q.deleteStage, { input: { id: b.id, moveDealsToStageId: target } });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'moveDealsToStageId' });
      }
      expect(await get(owner.client, pipeline.id)).toEqual(pipeline);
      expect((await owner.client.query(Q.dealsInStage, { stageId: b.id })).deals.totalCount).toBe(2);

      expect((await owner.client.query(Q.deleteStage, { input: { id: b.id, moveDealsToStageId: c.id } })).deleteStage).toBe(b.id);
      const inC = (await owner.client.query(Q.dealsInStage, { stageId: c.id })).deals;
      expect(inC.totalCount).toBe(3);
      expect(inC.edges.map((edge: any) => [edge.node.title, edge.node.stage.id])).toEqual([['b1', c.id], ['b2', c.id], ['c1', c.id]]);
      // The move is a stage change like any other: a new version and a history step.
      const moved = await owner.client.query(`query($id: ID!) { deal(id: $id) { version stageHistory { toStage { name } } } }`, { id: inC.edges[0].node.id });
      expect(moved.deal.version).toBe(2);
      expect(moved.deal.stageHistory.map((step: any) => step.toStage?.name ?? null)).toEqual([null, 'C']);
      const board = (await owner.client.query(Q.board, { pipelineId: pipeline.id })).pipelineBoard;
      expect(board.columns.map((column: any) => [column.stage.name, column.count])).toEqual([['A', 1], ['C', 3], ['Won', 0], ['Lost', 0]]);
      expect(shape((await get(owner.client, pipeline.id)).stages).map(([name, , position]) => [name, position]))
        .toEqual([['A', 0], ['C', 1], ['Won', 2], ['Lost', 3]]);
    });

    it('a deleted stage shows as null in the stage history of deals that passed through it', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B']);
      const deal = await createDeal(owner.client, 'Traveller', pipeline, 'A');
      await owner.client.query(Q.moveDeal, { input: { id: deal.id, version: deal.version, stageId: stageNamed(pipeline, 'B').id } });
      await owner.client.query(Q.deleteStage, { input: { id: stageNamed(pipeline, 'A').id } });
      const read = (await owner.client.query(Q.dealHistory, { id: deal.id })).deal;
      expect(read).toEqual({
        stage: { name: 'B' },
        stageHistory: [{ fromStage: null, toStage: null }, { fromStage: null, toStage: { name: 'B' } }],
      });
    });

    it('WON and LOST cannot be deleted, nor the last open stage', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B']);
      for (const name of ['Won', 'Lost']) {
        const error = await owner.client.error(Q.deleteStage, { input: { id: stageNamed(pipeline, name).id } });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      }
      await owner.client.query(Q.deleteStage, { input: { id: stageNamed(pipeline, 'A').id } });
      const lastOpen = await owner.client.error(Q.deleteStage, { input: { id: stageNamed(pipeline, 'B').id } });
      expect(lastOpen.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(shape((await get(owner.client, pipeline.id)).stages)).toEqual([['B', 'OPEN', 0, 20], ['Won', 'WON', 1, 100], ['Lost', 'LOST', 2, 0]]);
    });
  });

  describe('roles', () => {
    it('a MANAGER and a REP may read pipelines but change none of their structure; an ADMIN may', async () => {
      const owner = await server.signup();
      const pipeline = await pipelineWith(owner.client, 'Custom', ['A', 'B', 'C']);
      const before = await all(owner.client);
      const id = (name: string) => stageNamed(pipeline, name).id;
      const attempts: Array<[string, Record<string, unknown>]> = [
        [Q.create, { name: 'Mine' }],
        [Q.create, { name: 'Mine too', stages: [{ name: 'One', probability: 10 }] }],
        [Q.update, { id: pipeline.id, name: 'Renamed' }],
        [Q.update, { id: pipeline.id, isDefault: true }],
        [Q.delete, { id: pipeline.id }],
        [Q.createStage, { pipelineId: pipeline.id, name: 'New', probability: 50 }],
        [Q.updateStage, { id: id('A'), name: 'Renamed', probability: 55 }],
        [Q.reorderStages, { pipelineId: pipeline.id, stageIds: [id('C'), id('B'), id('A')] }],
        [Q.deleteStage, { id: id('B') }],
      ];
      for (const role of ['MANAGER', 'REP']) {
        const member = await invite(owner, role);
        expect(await all(member.client)).toEqual(before);
        expect(await get(member.client, pipeline.id)).toEqual(pipeline);
        for (const [mutation, input] of attempts) {
          const error = await member.client.error(mutation, { input });
          expect(error.extensions?.code, `${role}: ${mutation.slice(0, 60)}`).toBe('FORBIDDEN');
        }
      }
      expect(await all(owner.client)).toEqual(before);
      expect(await storedStages(owner.tenantId)).toBe(9 + 5);

      const admin = await invite(owner, 'ADMIN');
      expect((await createPipeline(admin.client, { name: 'By the admin' })).name).toBe('By the admin');
      expect((await admin.client.query(Q.deleteStage, { input: { id: id('B') } })).deleteStage).toBe(id('B'));
    });

    it('anonymous callers are turned away', async () => {
      expect((await server.client.error(Q.pipelines)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await server.client.error(Q.create, { input: { name: 'Anon' } })).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('the pipelines connection', () => {
    it('filters by name and default flag, and orders by creation either way', async () => {
      const owner = await server.signup();
      for (const name of ['Renewals', 'Partner deals', 'Enterprise']) await createPipeline(owner.client, { name });
      const names = async (variables: Record<string, unknown>) =>
        (await owner.client.query(`query($filter: PipelineFilter, $orderBy: PipelineOrderBy) { pipelines(filter: $filter, orderBy: $orderBy) { totalCount edges { node { name } } } }`, variables))
          .pipelines.edges.map((edge: any) => edge.node.name);
      expect(await names({ filter: { search: 'deal' } })).toEqual(['Partner deals']);
      expect(await names({ filter: { isDefault: true } })).toEqual(['Sales pipeline']);
      expect(await names({ filter: { isDefault: false } })).toEqual(['Enterprise', 'Partner deals', 'Renewals']);
      expect(await names({ orderBy: { field: 'CREATED_AT', direction: 'DESC' } })).toEqual(['Enterprise', 'Partner deals', 'Renewals', 'Sales pipeline']);
      expect(await names({ orderBy: { field: 'NAME', direction: 'DESC' } })).toEqual(['Sales pipeline', 'Renewals', 'Partner deals', 'Enterprise']);
    });

    it('lists by name with totalCount, paging both ways', async () => {
      const owner = await server.signup();
      for (const name of ['Renewals', 'Enterprise', 'Partners', 'Channel']) {
        await createPipeline(owner.client, { name });
        await sleep(2);
      }
      const full = await list(owner.client);
      expect(full.totalCount).toBe(5);
      expect(full.edges.map((edge) => edge.node.name)).toEqual(['Channel', 'Enterprise', 'Partners', 'Renewals', 'Sales pipeline']);

      const first = await list(owner.client, { first: 2 });
      expect(first.edges.map((edge) => edge.node.name)).toEqual(['Channel', 'Enterprise']);
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(first.totalCount).toBe(5);

      await createPipeline(owner.client, { name: 'Apex' }); // before the cursor: not repeated
      const second = await list(owner.client, { first: 2, after: first.pageInfo.endCursor });
      expect(second.edges.map((edge) => edge.node.name)).toEqual(['Partners', 'Renewals']);
      expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      const third = await list(owner.client, { first: 2, after: second.pageInfo.endCursor });
      expect(third.edges.map((edge) => edge.node.name)).toEqual(['Sales pipeline']);
      expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(third.totalCount).toBe(6);

      const last = await list(owner.client, { first: undefined, last: 2 });
      expect(last.edges.map((edge) => edge.node.name)).toEqual(['Renewals', 'Sales pipeline']);
      expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const earlier = await list(owner.client, { first: undefined, last: 3, before: last.pageInfo.startCursor });
      expect(earlier.edges.map((edge) => edge.node.name)).toEqual(['Channel', 'Enterprise', 'Partners']);
      expect(earlier.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

      expect((await owner.client.error(Q.pipelines, { first: 101 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect((await owner.client.error(Q.pipelines, { first: 2, after: 'garbage' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('lists only the caller\'s workspace', async () => {
      const owner = await server.signup();
      const neighbour = await server.signup();
      const theirs = await createPipeline(neighbour.client, { name: 'Theirs' });
      expect((await list(owner.client)).totalCount).toBe(1);
      expect(await owner.client.request(Q.pipeline, { id: theirs.id })).toEqual({ data: { pipeline: null } });
    });
  });
});
