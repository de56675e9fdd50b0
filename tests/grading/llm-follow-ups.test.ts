import { afterEach, describe, expect, it } from 'vitest';
import { buildJudgeConfig } from '../../src/config/config.js';
import { pickFollowUps, pickOfflineFollowUps } from '../../src/grading/follow-ups.js';
import { gradeOffline } from '../../src/grading/offline.js';
import { chatReply, type FakeOpenAI, startFakeOpenAI } from '../helpers/fake-openai.js';
import { ANSWER, API_KEY, GRADABLE, PACKAGE_ROOT } from '../helpers/judge-fixtures.js';

let server: FakeOpenAI | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const result = gradeOffline(ANSWER, GRADABLE);
const base = { question: GRADABLE, result, max: 2, answer: ANSWER, packageRoot: PACKAGE_ROOT };

function llmConfig(baseURL: string) {
  return buildJudgeConfig(
    {},
    { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: baseURL, PM_COACH_LLM_TIMEOUT: '5' },
    {},
  ).config;
}

describe('pickFollowUps', () => {
  it('asks the model for pointed probes with the weakest criteria and a delimited answer', async () => {
    const probes = ['You skipped per-request lineage: what do you tell an auditor about last Tuesday?'];
    server = await startFakeOpenAI(() => chatReply({ followUps: probes }));
    const pick = await pickFollowUps({ ...base, offline: false, judgeConfig: llmConfig(server.baseURL) });
    expect(pick).toMatchObject({ source: 'model', tokens: { prompt: 120, completion: 80 } });
    expect(pick.probes.map((p) => p.prompt)).toEqual(probes);
    expect(pick.probes[0]?.targets.length).toBeGreaterThan(0);
    const body = server.requests[0]!.body;
    expect(body.response_format.json_schema.name).toBe('pm_coach_follow_ups');
    expect(body.messages[0].content).toContain('Criteria where the answer looks weakest');
    expect(body.messages[0].content).toContain('A regulator asks which data produced one prediction');
    expect(body.messages[0].content).not.toContain('rebuild provenance by hand');
    expect(body.messages[1].content).toMatch(/<answer-[0-9a-f]{16}>\nThe break happens/);
  });

  it('falls back to the bank when the model fails, with the reason', async () => {
    server = await startFakeOpenAI(() => chatReply({ followUps: [] }));
    const pick = await pickFollowUps({ ...base, offline: false, judgeConfig: llmConfig(server.baseURL) });
    expect(pick.source).toBe('answer');
    expect(pick.probes).toEqual(pickOfflineFollowUps(base));
    expect(pick.reason).toMatch(/repair/);
    expect(server.requests).toHaveLength(2);
  });

  it('uses the bank offline without any request', async () => {
    server = await startFakeOpenAI(() => chatReply({ followUps: ['never asked'] }));
    const pick = await pickFollowUps({ ...base, offline: true, judgeConfig: llmConfig(server.baseURL) });
    expect(pick).toEqual({ probes: pickOfflineFollowUps(base), source: 'answer' });
    expect(server.requests).toHaveLength(0);
  });
});
