import {
  createMemoryConversationReferenceStore,
  toStoredReference,
  type IncomingActivity,
} from '../../../channels/botframework/index.ts';

const activity: IncomingActivity = {
  type: 'message',
  id: 'activity-1',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/in/',
  from: { id: '29:person', name: 'Asha Rao', aadObjectId: 'aad-1' },
  recipient: { id: '28:sarathi', name: 'Sarathi' },
  conversation: {
    id: 'a:conversation-1',
    name: 'Asha and Sarathi',
    conversationType: 'personal',
    tenantId: 'tenant-1',
  },
  text: 'something private',
  locale: 'en-IN',
};

describe('toStoredReference', () => {
  it('keeps ids and the serviceUrl, and drops text and display names', () => {
    const reference = toStoredReference(activity);
    expect(reference).toEqual({
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/in/',
      conversation: { id: 'a:conversation-1', conversationType: 'personal', tenantId: 'tenant-1' },
      bot: { id: '28:sarathi', name: 'Sarathi' },
      user: { id: '29:person', aadObjectId: 'aad-1' },
      locale: 'en-IN',
    });
    expect(JSON.stringify(reference)).not.toMatch(/private|Asha/u);
  });

  it('is undefined when a reply could not be addressed', () => {
    expect(toStoredReference({ ...activity, serviceUrl: undefined })).toBeUndefined();
    expect(toStoredReference({ ...activity, recipient: undefined })).toBeUndefined();
  });
});

describe('the in-memory conversation reference store', () => {
  it('returns what was saved under a key, the latest save winning', async () => {
    const store = createMemoryConversationReferenceStore();
    const reference = toStoredReference(activity)!;
    await store.save('a:conversation-1', reference);
    await store.save('a:conversation-1', { ...reference, serviceUrl: 'https://other.example/' });
    expect((await store.get('a:conversation-1'))?.serviceUrl).toBe('https://other.example/');
  });

  it('gives undefined for an unknown key', async () => {
    expect(await createMemoryConversationReferenceStore().get('nobody')).toBeUndefined();
  });

  it('hands out copies, so a caller cannot change what is stored', async () => {
    const store = createMemoryConversationReferenceStore();
    await store.save('k', toStoredReference(activity)!);
    const copy = (await store.get('k')) as { serviceUrl: string };
    copy.serviceUrl = 'http://changed.example/';
    expect((await store.get('k'))?.serviceUrl).toBe('https://smba.trafficmanager.net/in/');
  });
});
