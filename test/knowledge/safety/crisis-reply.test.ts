import path from 'node:path';
import {
  assessCrisis,
  composeCrisisReply,
  loadHelplines,
  resolveRegion,
} from '../../../knowledge/safety/index.ts';
import type { CrisisAssessment, Language } from '../../../knowledge/safety/index.ts';
import type { ReplyPart, Resource } from '../../../src/messages/index.ts';
import { PROJECT_ROOT } from '../../helpers/project.ts';

const helplines = loadHelplines(path.join(PROJECT_ROOT, 'corpus', 'helplines.json'));

function reply(text: string, region?: string, language?: Language): readonly ReplyPart[] {
  const assessment = assessCrisis(text);
  expect(assessment.level).toBe('crisis');
  return composeCrisisReply({
    assessment,
    ...(region === undefined ? {} : { region }),
    language: language ?? assessment.language,
    helplines,
  });
}

function resourcesOf(parts: readonly ReplyPart[]): readonly Resource[] {
  const part = parts.find((p) => p.type === 'resources');
  return part?.type === 'resources' ? part.resources : [];
}

function textOf(parts: readonly ReplyPart[]): string {
  return parts.map((p) => (p.type === 'text' ? p.text : '')).join(' ');
}

describe('composeCrisisReply', () => {
  it('starts with words, carries helplines, and never a verse', () => {
    const parts = reply('I want to die', 'IN');
    expect(parts[0]?.type).toBe('text');
    expect(parts.some((p) => p.type === 'verse')).toBe(false);
    expect(resourcesOf(parts).length).toBeGreaterThan(0);
    expect(textOf(parts)).toMatch(/keep writing to me/);
  });

  it('shows India’s lines for IN: mental health and suicide prevention, then emergency', () => {
    const names = resourcesOf(reply('I want to die', 'IN')).map((r) => r.name);
    expect(names).toEqual(['Tele-MANAS', 'AASRA', 'Emergency Response Support System (ERSS)']);
  });

  it('shows the 988 Lifeline first for US', () => {
    const resources = resourcesOf(reply('I want to kill myself', 'US'));
    expect(resources[0]).toMatchObject({ phone: '988', region: 'US' });
    expect(resources.every((r) => r.region === 'US')).toBe(true);
  });

  it('shows Samaritans first for GB', () => {
    const resources = resourcesOf(reply('I want to kill myself', 'GB'));
    expect(resources[0]).toMatchObject({ name: 'Samaritans', phone: '116 123', region: 'GB' });
  });

  it('shows India first and then the international directory when the region is unknown', () => {
    const resources = resourcesOf(reply('I want to kill myself'));
    expect(resources[0]?.region).toBe('IN');
    expect(resources.at(-1)).toMatchObject({ region: 'INTL', url: 'https://findahelpline.com' });
    expect(textOf(reply('I want to kill myself'))).toMatch(
      /local emergency number \(112 in India\)/,
    );
  });

  it('shows only the international directory for a region we have no lines for', () => {
    const parts = reply('I want to kill myself', 'DE');
    expect(resourcesOf(parts).map((r) => r.region)).toEqual(['INTL']);
    expect(textOf(parts)).toMatch(/call your local emergency number/);
  });

  it('puts emergency services first for someone being hurt right now', () => {
    const parts = reply('my husband beats me and I am scared for my life', 'IN');
    const resources = resourcesOf(parts);
    expect(resources[0]).toMatchObject({ phone: '112' });
    expect(resources.map((r) => r.name)).toContain('Women Helpline');
    expect(textOf(parts)).toMatch(/call 112/);
  });

  it('puts emergency services first after an overdose', () => {
    const resources = resourcesOf(reply('I took 30 sleeping pills', 'US'));
    expect(resources[0]).toMatchObject({ phone: '911' });
  });

  it('puts the child line before the women’s line when a child is at risk', () => {
    const names = resourcesOf(reply('my uncle is abusing my little sister', 'IN')).map(
      (r) => r.name,
    );
    expect(names.indexOf('Child Helpline')).toBeLessThan(names.indexOf('Women Helpline'));
    expect(names[0]).toBe('Emergency Response Support System (ERSS)');
  });

  it('answers Hindi in Hindi, in India', () => {
    const parts = reply('मैं मरना चाहता हूँ');
    expect(textOf(parts)).toMatch(/मैं यहाँ हूँ/);
    expect(resourcesOf(parts).every((r) => r.region === 'IN')).toBe(true);
  });

  it('answers Hinglish in simple English with Hindi words, in India', () => {
    const parts = reply('marna chahta hu');
    expect(textOf(parts)).toMatch(/akele nahi/);
    expect(textOf(parts)).toMatch(/Please talk to someone/);
    expect(resourcesOf(parts)[0]?.region).toBe('IN');
  });

  it('helps someone worried about a friend help them', () => {
    const text = textOf(reply('my friend said she wants to die', 'IN'));
    expect(text).toMatch(/don't leave them alone/);
    expect(text).toMatch(/here for you too/);
  });

  it('gently corrects scripture turned into permission, after the help', () => {
    const parts = reply('the soul never dies so suicide is fine', 'IN');
    expect(parts[0]?.type === 'text' && parts[0].text).not.toMatch(/Gita/);
    expect(parts.at(-1)?.type === 'text' && parts.at(-1)).toMatchObject({
      text: expect.stringMatching(/never asks anyone to end their life/),
    });
  });

  it('still answers sensibly if called for a message that is not a crisis', () => {
    const assessment: CrisisAssessment = { level: 'none', categories: [], language: 'en' };
    const parts = composeCrisisReply({ assessment, region: 'IN', language: 'en', helplines });
    expect(parts[0]?.type).toBe('text');
    expect(resourcesOf(parts).length).toBeGreaterThan(0);
  });
});

describe('resolveRegion', () => {
  it('prefers the person’s own setting, then the channel, then the language', () => {
    expect(resolveRegion({ userSetting: 'gb', channelRegion: 'US', language: 'hi' })).toBe('GB');
    expect(resolveRegion({ channelRegion: 'US', language: 'hi' })).toBe('US');
    expect(resolveRegion({ language: 'hi' })).toBe('IN');
    expect(resolveRegion({ language: 'hinglish' })).toBe('IN');
    expect(resolveRegion({ language: 'en' })).toBeUndefined();
  });

  it('ignores values that are not region codes', () => {
    expect(resolveRegion({ userSetting: 'India', language: 'en' })).toBeUndefined();
    expect(resolveRegion({ userSetting: ' in ', language: 'en' })).toBe('IN');
  });
});
