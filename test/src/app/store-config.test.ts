import { storeConfigFor } from '../../../src/app/index.ts';

describe('store configuration', () => {
  it('opens the SQLite file in the data folder when no MongoDB is configured', () => {
    expect(storeConfigFor({ dataDir: '/srv/data', mongodbUri: undefined })).toEqual({
      driver: 'sqlite',
      file: '/srv/data/sarathi.db',
    });
  });

  it('opens MongoDB when MONGODB_URI is set', () => {
    const uri = 'mongodb://db1,db2/sarathi?replicaSet=rs0';

    expect(storeConfigFor({ dataDir: '/srv/data', mongodbUri: uri })).toEqual({
      driver: 'mongodb',
      uri,
    });
  });
});
