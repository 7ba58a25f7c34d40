// Sign-in, sign-out and who the token belongs to.
import { z } from 'zod';
import { LoginResponse, MeResponse } from '@/core/api/auth';
import type { Requester } from './request';

export function createAuthClient(request: Requester) {
  return {
    login: (email: string, password: string, signal?: AbortSignal) =>
      request.json(LoginResponse, '/v1/auth/login', { method: 'POST', body: { email, password }, signal }),
    logout: () => request.json(z.unknown(), '/v1/auth/logout', { method: 'POST', body: {} }),
    me: () => request.json(MeResponse, '/v1/me'),
  };
}
