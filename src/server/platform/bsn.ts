import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The BSN: valid when it has 9 digits and passes the 11-test (weights 9..2 and -1). 000000000 passes the
 * formula but is CBS's code for "unborn", 999999999 its code for "unknown": neither is a person's BSN.
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000' || value === '999999999') return false;
  const digits = [...value].map(Number);
  const sum = digits.slice(0, 8).reduce((total, digit, i) => total + digit * (9 - i), 0) - digits[8]!;
  return sum % 11 === 0;
}

export function maskBsn(bsn: string): string {
  return `•••••${bsn.slice(5)}`;
}

/** Keyed hashing and encryption of BSNs, with keys derived from SECRET_KEY. */
export class BsnVault {
  private readonly hashKey: Buffer;
  private readonly encryptionKey: Buffer;

  constructor(secretKey: string) {
    this.hashKey = Buffer.from(hkdfSync('sha256', secretKey, 'dichtbij', 'bsn-hash', 32));
    this.encryptionKey = Buffer.from(hkdfSync('sha256', secretKey, 'dichtbij', 'bsn-encryption', 32));
  }

  /** Equal BSNs give equal hashes, so matching is an exact index lookup; without the key nothing can be guessed. */
  hash(bsn: string): string {
    return createHmac('sha256', this.hashKey).update(bsn).digest('hex');
  }

  encrypt(bsn: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const encrypted = Buffer.concat([cipher.update(bsn, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), encrypted].map((b) => b.toString('base64url')).join('.');
  }

  decrypt(stored: string): string {
    const [iv, tag, encrypted] = stored.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(encrypted!), decipher.final()]).toString('utf8');
  }
}

const vaults = new Map<string, BsnVault>();

/** One vault per key: deriving keys is cheap but not free, and every request needs it. */
export function bsnVault(secretKey: string): BsnVault {
  let vault = vaults.get(secretKey);
  if (!vault) vaults.set(secretKey, (vault = new BsnVault(secretKey)));
  return vault;
}
