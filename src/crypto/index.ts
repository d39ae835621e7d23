export { dataKeyAad, recordAad } from './aad.ts';
export type { SealedKind } from './aad.ts';
export { fromBlob, KEY_BYTES, open, seal, toBlob } from './aes-gcm.ts';
export type { Sealed } from './aes-gcm.ts';
export { createDataKeys, unwrapDataKey, wrapDataKey } from './data-keys.ts';
export type { DataKeys } from './data-keys.ts';
export { DataKeyMissingError, DecryptionError, MasterKeyError } from './errors.ts';
export {
  addGeneratedMasterKey,
  GENERATED_KEY_FILE,
  generatedKeyFile,
  loadMasterKeys,
} from './load-master-keys.ts';
export type { MasterKeySettings, MasterKeyWarnings } from './load-master-keys.ts';
export { createMasterKeyRing, formatMasterKey, parseMasterKeys } from './master-key-ring.ts';
export type { MasterKey, MasterKeyRing } from './master-key-ring.ts';
export { rotateDataKeys } from './rotate-data-keys.ts';
export type { RotationOptions, RotationProgress, RotationResult } from './rotate-data-keys.ts';
export { createUserCipher } from './user-cipher.ts';
export type { RecordRef, UserCipher } from './user-cipher.ts';
