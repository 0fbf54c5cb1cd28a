import { describe, expect, it } from 'vitest';
import { generateToken, hashToken, isWellFormedToken, parseBearer } from '../../app/features/api/tokens.server';

describe('personal access tokens', () => {
  it('are recognisable, random and stored only as their SHA-256', () => {
    const a = generateToken();
    const b = generateToken();
    expect(a).toMatch(/^plenary_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).toBe(hashToken(a));
    expect(hashToken(a)).not.toContain(a.slice(8));
  });

  it('are read from a Bearer header only when well formed', () => {
    const t = generateToken();
    expect(parseBearer(`Bearer ${t}`)).toBe(t);
    expect(parseBearer(`bearer  ${t} `)).toBe(t);
    expect(parseBearer(undefined)).toBeUndefined();
    expect(parseBearer('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(parseBearer('Bearer')).toBeNull();
    expect(parseBearer('Bearer plenary_short')).toBeNull();
    expect(parseBearer(`Bearer ${t}x`)).toBeNull();
    expect(parseBearer(`Bearer ${t} extra`)).toBeNull();
    expect(isWellFormedToken(t.replace('plenary_', 'other___'))).toBe(false);
  });
});
