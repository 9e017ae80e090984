// The photo store the configuration names, made once per configuration.
import type { Config } from '../../config.js';
import { filesystemPhotoStore } from './filesystem-store.js';
import type { PhotoStore } from './photo-store.js';
import { s3PhotoStore } from './s3-store.js';

export type { PhotoStore } from './photo-store.js';

const stores = new WeakMap<Config, PhotoStore>();

export function photoStoreFor(config: Config): PhotoStore {
  let store = stores.get(config);
  if (!store) {
    const { photos } = config;
    store = photos.store === 's3' && photos.s3 ? s3PhotoStore(photos.s3) : filesystemPhotoStore(photos.dir);
    stores.set(config, store);
  }
  return store;
}
